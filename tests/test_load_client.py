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


def test_floor_pages_draw_what_the_map_draws(tmp_path):
    """The further floors run, and the widgets floor has the sidebar's pickers with as many options
    as the app's filters offer (so the floor follows the app when a filter is added)."""
    from streamlit.testing.v1 import AppTest

    from paradiplomacy import filters as flt
    from paradiplomacy.data import load_package

    runs = {}
    for name, text in load.FLOOR_PAGES.items():
        (tmp_path / f"{name}.py").write_text(text)
        runs[name] = AppTest.from_file(str(tmp_path / f"{name}.py"), default_timeout=60).run()
        assert not runs[name].exception, name
    vocab = flt.Vocabulary.from_package(load_package())
    app_options = sorted(len(list(vocab.values(s))) for s in flt.FILTERS if s.kind == "codes")
    assert sorted(len(m.options) for m in runs["widgets"].multiselect) == app_options
    assert len(runs["elements"].markdown) == 20
    assert len(runs["chart"].get("plotly_chart")) == 1
