"""Load test over Streamlit's own websocket protocol (prints figures; not a pass/fail test).

    .venv/bin/python benchmarks/load.py [--sessions 1,10,50] [--url ws://127.0.0.1:PORT]

Each simulated session does what a browser tab does: it connects to /_stcore/stream, sends a
`rerun_script` BackMsg whose ClientState carries the page's query string (the first message the
frontend sends), and times until the server's `script_finished` ForwardMsg; then it asks for three
more reruns, timed the same way. Every session opens the Map page (the home page) with one of
twelve typical query strings: in the 'same link' scenarios all sessions open one link (a room of
students following the lecturer's link), in the 'mixed links' scenarios session i opens link
i mod 12.

It starts its own servers on free loopback ports (headless, usage statistics off): the app, and an
empty Streamlit page as the floor, and runs every scenario against both in the same run, so the
machine's load at that moment affects both alike. Bounded: at most 50 sessions at once (`--max`),
and every session gives up after `--timeout` seconds. With `--url`, it measures a server that is
already running (e.g. nginx in front of several processes, see deploy/) and starts only the floor.
Memory is the resident set size of the server process (/proc), before and after each scenario.
`--floors widgets,elements,chart` measures further floors in the same run (FLOOR_PAGES): Streamlit
drawing the Map's widgets, as many other elements, or one chart of its size, with no app behind them.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parent.parent
EMPTY_PAGE = "import streamlit as st\n\nst.title('empty')\n"

# Optional further floors (`--floors`): Streamlit drawing what the Map page draws, with no data and no
# work of the app's: its widgets (the sidebar's 7 pickers with as many options, 4 checkboxes, slider,
# radio, two segmented controls, a selectbox, a button), as many other elements as a Map run sends,
# and one chart of the Map's size. What the app costs above these is the app's own; what these cost
# above the empty page is Streamlit's, for that many elements.
FLOOR_PAGES = {
    "widgets": """import streamlit as st
st.title("widgets")
with st.sidebar:
    st.segmented_control("lang", ["en", "ru"], key="lang")
    st.header("Filters")
    for i, n in enumerate((89, 9, 6, 17, 253, 14, 4)):
        st.multiselect(f"picker {i}", [f"option {j} · вариант {j}" for j in range(n)], key=f"m{i}")
    for i in range(4):
        st.checkbox(f"flag {i}", key=f"c{i}")
    st.slider("period", 1900, 2026, (1990, 2026), key="period")
    st.radio("annexed", ["include", "exclude"], key="radio")
    st.button("reset")
st.segmented_control(" ", ["russia", "world", "flows"], key="view")
st.selectbox("measure", ["ties", "twinning", "agreement"], key="measure")
""",
    "elements": """import streamlit as st
st.title("elements")
for i in range(20):
    st.markdown(f"Paragraph {i}: a sentence of about the length of the app's captions and notes, **bold**.")
""",
    "chart": """import plotly.graph_objects as go
import streamlit as st

@st.cache_resource
def figure():
    fig = go.Figure(go.Choropleth(locations=[f"R{i}" for i in range(89)], z=list(range(89)),
                                  text=[f"Region {i}: {i} ties" for i in range(89)]))
    frozen = fig.to_dict()  # as the app's ui.memo does: no deep copy per run
    fig.to_dict = lambda: frozen
    return fig

st.title("chart")
st.plotly_chart(figure(), key="chart")
""",
}

# Twelve typical links to the Map page (what a lecturer shares, what a student changes).
QUERIES = (
    "",
    "region=RU-TA",
    "lang=ru",
    "from=2014&to=2024",
    "annexed=0",
    "view=world",
    "view=flows",
    "measure=twinning",
    "measure=activity",
    "district=Far+Eastern",
    "partner=CHN,TUR",
    "kind=twinning&status=active",
)
SAME_LINK = "from=2014&to=2024"
RERUNS = 3


# ---------------------------------------------------------------- servers


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def streamlit_cmd(script: str | Path, port: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
        "--server.runOnSave",
        "false",
    ]


@dataclass
class Server:
    proc: subprocess.Popen
    port: int

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/_stcore/stream"

    def rss_mb(self) -> float:
        return rss_mb(self.proc.pid)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def wait_healthy(port: int, timeout: float = 60.0, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"no healthy server on port {port} after {timeout:.0f} s")


def start_server(script: str | Path, port: int | None = None, env: dict | None = None) -> Server:
    port = port or free_port()
    proc = subprocess.Popen(
        streamlit_cmd(script, port),
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_healthy(port, proc=proc)
    except Exception:
        proc.kill()
        raise
    return Server(proc, port)


def rss_mb(pid: int) -> float:
    """Resident set size of `pid` in MB, from /proc (Linux)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


# ---------------------------------------------------------------- the client


def rerun_msg(query: str, page_name: str = "") -> bytes:
    msg = BackMsg()
    msg.rerun_script.query_string = query
    msg.rerun_script.page_name = page_name
    msg.rerun_script.page_script_hash = ""
    return msg.SerializeToString()


@dataclass
class SessionResult:
    times: list[float] = field(default_factory=list)  # seconds per run (first, then reruns)
    finished: int = 0  # script_finished messages received
    error: str | None = None


async def _until_finished(ws, timeout: float) -> ForwardMsg:
    async def loop() -> ForwardMsg:
        while True:
            data = await ws.recv()
            if isinstance(data, str):
                continue
            fm = ForwardMsg()
            fm.ParseFromString(data)
            if fm.WhichOneof("type") == "script_finished":
                if fm.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    continue  # a newer run follows
                return fm

    return await asyncio.wait_for(loop(), timeout)


async def session(
    url: str,
    query: str,
    reruns: int = RERUNS,
    page_name: str = "",
    timeout: float = 120.0,
    ran: asyncio.Queue | None = None,
    hold: asyncio.Event | None = None,
) -> SessionResult:
    """One simulated browser tab: connect, first run, `reruns` reruns. With `ran` and `hold`, it
    reports on `ran` when its runs are over and keeps the connection open until `hold` is set (so
    the server's memory can be read with every session still live)."""
    res = SessionResult()
    try:
        async with websockets.connect(
            url, subprotocols=["streamlit"], max_size=None, open_timeout=timeout, ping_interval=None
        ) as ws:
            for _ in range(1 + reruns):
                t0 = time.perf_counter()
                await ws.send(rerun_msg(query, page_name))
                fm = await _until_finished(ws, timeout)
                res.times.append(time.perf_counter() - t0)
                if fm.script_finished != ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    res.finished += 1
            if ran is not None:
                ran.put_nowait(res)
                ran = None
            if hold is not None:
                await hold.wait()
    except Exception as e:  # noqa: BLE001 - a benchmark reports failures, it does not stop on them
        res.error = f"{type(e).__name__}: {e}"
    if ran is not None:
        ran.put_nowait(res)
    return res


async def room(
    url: str, queries: list[str], reruns: int = RERUNS, timeout: float = 120.0, on_all_done=None
) -> list[SessionResult]:
    """len(queries) sessions at once; `on_all_done()` is called once every session has made its
    runs, while they are all still connected."""
    ran: asyncio.Queue = asyncio.Queue()
    hold = asyncio.Event()
    tasks = [asyncio.create_task(session(url, q, reruns, timeout=timeout, ran=ran, hold=hold)) for q in queries]
    for _ in tasks:
        await ran.get()
    if on_all_done is not None:
        on_all_done()
    hold.set()
    return list(await asyncio.gather(*tasks))


# ---------------------------------------------------------------- report


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


@dataclass
class Row:
    scenario: str
    target: str
    times: list[float]
    errors: int
    rss_before: float
    rss_peak: float
    sessions: int

    @property
    def median(self) -> float:
        return statistics.median(self.times) * 1000 if self.times else float("nan")

    @property
    def p95(self) -> float:
        return pct(self.times, 0.95) * 1000

    @property
    def max(self) -> float:
        return max(self.times) * 1000 if self.times else float("nan")


def measure(name: str, target: str, url: str, pid: int | None, queries: list[str], timeout: float) -> Row:
    peak: list[float] = []
    before = rss_mb(pid) if pid else float("nan")
    results = asyncio.run(
        room(url, queries, timeout=timeout, on_all_done=lambda: peak.append(rss_mb(pid) if pid else float("nan")))
    )
    times = [t for r in results for t in r.times]
    errors = sum(1 for r in results if r.error)
    for r in results:
        if r.error:
            print(f"  ! {target}: {r.error}", file=sys.stderr)
    return Row(name, target, times, errors, before, peak[0] if peak else float("nan"), len(queries))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sessions", default="1,10,50", help="comma-separated numbers of simultaneous sessions")
    ap.add_argument("--max", type=int, default=50, help="upper bound on simultaneous sessions")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds a session waits for one run")
    ap.add_argument("--url", help="measure this websocket URL instead of starting the app (floor still started)")
    ap.add_argument("--pids", default="", help="with --url: comma-separated server pids whose RSS to add up")
    ap.add_argument(
        "--floors", default="", help=f"further floors to measure beside the empty page: {','.join(FLOOR_PAGES)}"
    )
    args = ap.parse_args(argv)
    extra = [f for f in args.floors.split(",") if f]
    unknown = set(extra) - set(FLOOR_PAGES)
    if unknown:
        ap.error(f"unknown floor(s) {', '.join(sorted(unknown))}; known: {', '.join(FLOOR_PAGES)}")
    counts = [min(int(n), args.max) for n in args.sessions.split(",")]

    with tempfile.TemporaryDirectory() as tmp:
        floors: dict[str, Server] = {}
        for name, text in {"empty page": EMPTY_PAGE, **{f: FLOOR_PAGES[f] for f in extra}}.items():
            script = Path(tmp) / f"{name.replace(' ', '_')}.py"
            script.write_text(text)
            floors[name] = start_server(script)
        app = None if args.url else start_server(ROOT / "dashboard.py")
        app_url = args.url or (app.url if app else "")
        app_pids = [int(p) for p in args.pids.split(",") if p] if args.url else [app.proc.pid] if app else []
        try:
            # warm both servers (imports, data load, first figures) so that the scenarios measure serving
            for url in [f.url for f in floors.values()] + [app_url]:
                asyncio.run(room(url, list(QUERIES), reruns=0, timeout=args.timeout))
            rows: list[Row] = []
            for n in counts:
                scenarios = [("same link", [SAME_LINK] * n)]
                if n > 1:
                    scenarios.append(("mixed links", [QUERIES[i % len(QUERIES)] for i in range(n)]))
                for label, queries in scenarios:
                    name = f"{n} × {label}"
                    # floors and app one after the other, in the same run and scenario
                    for target, fl in floors.items():
                        rows.append(measure(name, target, fl.url, fl.proc.pid, queries, args.timeout))
                    rows.append(_measure_app(name, app_url, app_pids, queries, args.timeout))
        finally:
            for fl in floors.values():
                fl.stop()
            if app:
                app.stop()
    report(rows)


def _measure_app(name: str, url: str, pids: list[int], queries: list[str], timeout: float) -> Row:
    if len(pids) <= 1:
        return measure(name, "app", url, pids[0] if pids else None, queries, timeout)
    # several processes: add up their RSS
    peak: list[float] = []
    before = sum(rss_mb(p) for p in pids)
    results = asyncio.run(room(url, queries, timeout=timeout, on_all_done=lambda: peak.append(sum(map(rss_mb, pids)))))
    times = [t for r in results for t in r.times]
    return Row(name, "app", times, sum(1 for r in results if r.error), before, peak[0], len(queries))


def report(rows: list[Row]) -> None:
    print(time.strftime("measured %Y-%m-%d %H:%M UTC", time.gmtime()), f"on {os.cpu_count()} cores")
    print(f"each session: 1 run + {RERUNS} reruns of the Map page; times in ms over all runs of a scenario")
    head = f"{'scenario':22s} {'server':11s} {'median':>8s} {'p95':>8s} {'max':>8s} {'err':>4s}"
    print(head + f" {'RSS before':>11s} {'RSS live':>9s} {'MB/session':>11s}")
    for r in rows:
        per = (r.rss_peak - r.rss_before) / r.sessions
        print(
            f"{r.scenario:22s} {r.target:11s} {r.median:8.0f} {r.p95:8.0f} {r.max:8.0f} {r.errors:4d}"
            f" {r.rss_before:10.0f}M {r.rss_peak:8.0f}M {per:11.2f}"
        )
    print()
    print("ratios to the floors measured in the same scenario (server / empty page):")
    empty = {r.scenario: r for r in rows if r.target == "empty page"}
    for r in rows:
        if r.target != "empty page":
            e = empty[r.scenario]
            print(f"  {r.scenario:22s} {r.target:11s} median ×{r.median / e.median:5.1f}   p95 ×{r.p95 / e.p95:5.1f}")


if __name__ == "__main__":
    main()
