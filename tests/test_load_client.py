"""The load test's client (benchmarks/load.py) against a served empty page: two sessions, each
receives script_finished for its first run and its reruns."""

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import load  # noqa: E402


def test_client_gets_script_finished(tmp_path):
    page = tmp_path / "empty.py"
    page.write_text(load.EMPTY_PAGE)
    server = load.start_server(page)
    try:
        results = asyncio.run(load.room(server.url, ["", "lang=ru"], reruns=1, timeout=15))
    finally:
        server.stop()
    assert [r.error for r in results] == [None, None]
    assert [r.finished for r in results] == [2, 2]
    assert all(len(r.times) == 2 and all(t > 0 for t in r.times) for r in results)
