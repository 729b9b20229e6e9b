"""First paint of every page in headless Chromium (prints figures; not a pass/fail test).

    .venv/bin/python benchmarks/first_paint.py [runs] [--url http://127.0.0.1:PORT] [--timeout S]

For each page: the time from navigation until every chart of the page is drawn, on a first visit (a
fresh browser profile: nothing cached) and on a reload (the browser's cache warm). A chart counts as
drawn once Plotly has laid it out and its traces have plot paths (a map: its shapes, lines or
points; a bar chart: its bars). How many charts a page has is not guessed from the browser: the
page's script is run once with AppTest for the same URL and its plotly_chart elements counted.
Every wait is bounded (`--timeout`, default 20 s): a page whose charts are not all drawn by then is
reported with how many were ("timeout 2/4"). Median of `runs` (default 3). It starts the app on a
free loopback port unless `--url` is given. Targets (issue 14): first visit <= 1.5 s, reload <= 0.8 s.

Two floors are measured in the same run, the same way, on servers of their own: an empty Streamlit
page (its title) and a page with one small Plotly bar chart: what Chromium and Streamlit's frontend
cost on this machine before the app does anything.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import load  # noqa: E402

from views import PAGES  # noqa: E402

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
FIRST_VISIT_TARGET, RELOAD_TARGET = 1.5, 0.8
QUERY = {"region": "?code=RU-TA", "partner": "?iso3=CHN"}  # a profile page shows charts for one region/country
FLOORS = {  # name: (script, charts it draws)
    "floor: empty": ("import streamlit as st\n\nst.title('empty')\n", 0),
    "floor: 1 chart": (
        "import plotly.graph_objects as go\nimport streamlit as st\n\nst.title('one chart')\n"
        "st.plotly_chart(go.Figure(go.Bar(x=['a', 'b'], y=[1, 2])))\n",
        1,
    ),
}

# How many charts are drawn: laid out by Plotly, with the plot paths of their traces (a map: its
# shapes, lines or points; any other chart: bars, markers, lines or heatmap cells).
DRAWN_JS = """() => {
  const MAP = '.geo path.choroplethlocation, .geo path.js-line, .geo .point';
  const PLOT = '.barlayer path, .scatterlayer path, .scatterlayer text, .heatmaplayer image';
  const drawn = gd => !!(gd._fullLayout && gd.querySelector('.main-svg') &&
    gd.querySelector(gd.querySelector('.geo') ? MAP : PLOT));
  return [...document.querySelectorAll('.js-plotly-plot')].filter(drawn).length;
}"""


def expected_charts(path: str) -> int:
    """The number of charts the page at `path` (with its query) shows: its script run once by AppTest."""
    from streamlit.testing.v1 import AppTest

    page, _, query = path.partition("?")
    at = AppTest.from_file(str(load.ROOT / "dashboard.py"), default_timeout=120)
    for part in filter(None, query.split("&")):
        k, _, v = part.partition("=")
        at.query_params[k] = v
    if page != "/":
        at.switch_page(f"views{page}.py")
    at.run()
    return len(at.get("plotly_chart"))


def time_until_drawn(page, n: int, start: float, timeout: float) -> tuple[float, int]:
    """Seconds from `start` until `n` charts are drawn (and the title, for a page without charts),
    or NaN after `timeout`; and how many were drawn."""
    drawn = 0
    while time.perf_counter() - start < timeout:
        drawn = page.evaluate(DRAWN_JS)
        if drawn >= n and page.locator("h1").count() > 0:
            return time.perf_counter() - start, drawn
        page.wait_for_timeout(10)
    return float("nan"), drawn


def measure(browser, url: str, n: int, runs: int, timeout: float) -> tuple[list[float], list[float], int]:
    """First-visit and reload times over `runs` fresh browser contexts; the fewest charts drawn in a
    run that timed out (n when none did)."""
    first, reload, least = [], [], n
    for _ in range(runs):
        ctx = browser.new_context(viewport={"width": 1600, "height": 1000})  # nothing cached
        page = ctx.new_page()
        t0 = time.perf_counter()
        page.goto(url, wait_until="commit")
        s, k = time_until_drawn(page, n, t0, timeout)
        first.append(s)
        least = min(least, k)
        page.wait_for_timeout(300)
        t0 = time.perf_counter()
        page.reload(wait_until="commit")
        s, k = time_until_drawn(page, n, t0, timeout)
        reload.append(s)
        least = min(least, k)
        ctx.close()
    return first, reload, least


def _median(xs: list[float]) -> float:
    """The median, NaN when any run timed out (a bound, not a time)."""
    return float("nan") if any(x != x for x in xs) else statistics.median(xs)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("runs", nargs="?", type=int, default=3)
    ap.add_argument("--url", help="base URL of a running app (default: start one)")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for a page's charts")
    args = ap.parse_args(argv)
    paths = {pg.module: pg.url + QUERY.get(pg.module, "") for pg in PAGES}
    counts = {m: expected_charts(path) for m, path in paths.items()}
    server = None if args.url else load.start_server(load.ROOT / "dashboard.py")
    base = args.url or f"http://127.0.0.1:{server.port}"  # type: ignore[union-attr]
    tmp = tempfile.TemporaryDirectory()
    floors = {}
    for name, (script, n) in FLOORS.items():
        f = Path(tmp.name) / f"floor{len(floors)}.py"
        f.write_text(script)
        floors[name] = (load.start_server(f), n)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            targets = {name: (f"http://127.0.0.1:{srv.port}/", n) for name, (srv, n) in floors.items()}
            targets.update({module: (base + path, counts[module]) for module, path in paths.items()})
            # one visit first, so that the servers' imports and first views do not count as paint
            warm = browser.new_context()
            for url, _ in targets.values():
                page = warm.new_page()
                page.goto(url, wait_until="commit")
                time_until_drawn(page, 0, time.perf_counter(), args.timeout)
                page.close()
            warm.close()
            print(time.strftime("measured %Y-%m-%d %H:%M UTC", time.gmtime()), f"median of {args.runs}")
            print(f"{'page':14s} {'charts':>6s} {'first visit s':>14s} {'reload s':>9s}")
            for module, (url, n) in targets.items():
                first, reload, least = measure(browser, url, n, args.runs, args.timeout)
                f, r = _median(first), _median(reload)
                marks = ("" if f <= FIRST_VISIT_TARGET else " >1.5") + ("" if r <= RELOAD_TARGET else " >0.8")
                note = f"  timeout {least}/{n} drawn" if least < n else ""
                print(f"{module:14s} {n:6d} {f:14.2f} {r:9.2f}{marks}{note}  (runs: {_runs(first)} | {_runs(reload)})")
            browser.close()
    finally:
        if server:
            server.stop()
        for srv, _ in floors.values():
            srv.stop()
        tmp.cleanup()


def _runs(xs: list[float]) -> str:
    return " ".join(f"{x:.2f}" for x in xs)


if __name__ == "__main__":
    main()
