"""deploy/run_many.sh: two app processes behind nginx; a session gets script_finished through the
proxy, and the proxy hands out the sticky-session cookie."""

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import load  # noqa: E402

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
pytestmark = [
    pytest.mark.deploy,
    pytest.mark.skipif(NGINX is None, reason="nginx is not installed (apt-get install -y nginx)"),
]


def _two_free_ports() -> int:
    """A port p such that p and p + 1 are free (run_many.sh numbers its processes consecutively)."""
    while True:
        p = load.free_port()
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", p + 1))
                return p
            except OSError:
                continue


@pytest.fixture(scope="module")
def proxy():
    port, first = load.free_port(), _two_free_ports()
    proc = subprocess.Popen(
        ["bash", str(ROOT / "deploy" / "run_many.sh"), "2", str(port), str(first)],
        env={**os.environ, "PYTHON": sys.executable, "NGINX": str(NGINX)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    deadline, lines = time.monotonic() + 120, []
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        if line.startswith("pids="):
            break
    try:
        assert lines and lines[-1].startswith("pids="), "".join(lines)
        yield port, [int(p) for p in lines[-1].strip().split("=")[1].split(",")]
    finally:
        proc.terminate()  # run_many.sh stops nginx and both processes on SIGTERM
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)


def test_two_processes_behind_nginx(proxy):
    port, pids = proxy
    assert len(pids) == 2 and all(Path(f"/proc/{p}").exists() for p in pids)
    results = asyncio.run(load.room(f"ws://127.0.0.1:{port}/_stcore/stream", ["", "region=RU-TA"], 1, 60))
    assert [r.error for r in results] == [None, None]
    assert [r.finished for r in results] == [2, 2]


def test_sticky_cookie(proxy):
    port, _ = proxy
    url = f"http://127.0.0.1:{port}/_stcore/health"
    with urllib.request.urlopen(url) as r:
        route = _route(r)
    assert route and len(route) > len("st_route=")
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Cookie": route})) as r:
        assert _route(r) == route  # a browser that has the cookie keeps its key, hence its process


def _route(response) -> str | None:
    cookies = [c.split(";")[0] for c in response.headers.get_all("Set-Cookie") or []]
    return next((c for c in cookies if c.startswith("st_route=")), None)
