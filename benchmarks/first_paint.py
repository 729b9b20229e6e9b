"""First paint of every page in headless Chromium (prints figures; not a pass/fail test).

    .venv/bin/python benchmarks/first_paint.py [runs] [--url http://127.0.0.1:PORT]

For each page: the time from navigation until every chart of the page is drawn (Plotly has laid it
out and, for a map, drawn its shapes), on a first visit (a fresh browser profile: nothing cached)
and on a reload (the browser's cache warm). The number of charts a page has is taken from a settled
visit first. Median of `runs` (default 3). It starts the app on a free loopback port unless `--url`
is given. Targets (issue 14): first visit <= 1.5 s, reload <= 0.8 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
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

# How many charts are drawn: a chart counts once Plotly has laid it out, and a map once it has shapes.
DRAWN_JS = """() => {
  if (document.querySelector('[data-testid="stStatusWidget"] [data-testid="stStatusWidgetRunningIcon"]')) return -1;
  const charts = [...document.querySelectorAll('.js-plotly-plot')];
  return charts.filter(gd => gd._fullLayout && gd.querySelector('.main-svg') &&
      (!gd.querySelector('.geo') || gd.querySelector('.geo path.choroplethlocation, .geo path.js-line, .geo .point')))
    .length;
}"""


def settle_count(page, url: str) -> int:
    """The number of charts of a settled page: its title shown, then no change for four seconds
    (the script's run over: DRAWN_JS says -1 while Streamlit shows it running)."""
    page.goto(url, wait_until="load")
    page.locator("h1").first.wait_for(timeout=60_000)
    n, since = -1, time.perf_counter()
    deadline = since + 90
    while (time.perf_counter() - since < 4.0 or n < 0) and time.perf_counter() < deadline:
        m = page.evaluate(DRAWN_JS)
        if m != n:
            n, since = m, time.perf_counter()
        page.wait_for_timeout(100)
    return max(n, 0)


def time_until_drawn(page, n: int, start: float, timeout: float = 30.0) -> float:
    while time.perf_counter() - start < timeout:
        if page.evaluate(DRAWN_JS) >= n and (n > 0 or page.locator("h1").count() > 0):
            return time.perf_counter() - start
        page.wait_for_timeout(10)
    return float("nan")


def measure(browser, url: str, runs: int) -> tuple[int, list[float], list[float]]:
    ctx = browser.new_context(viewport={"width": 1600, "height": 1000})
    n = settle_count(ctx.new_page(), url)
    ctx.close()
    first, reload = [], []
    for _ in range(runs):
        ctx = browser.new_context(viewport={"width": 1600, "height": 1000})  # nothing cached
        page = ctx.new_page()
        t0 = time.perf_counter()
        page.goto(url, wait_until="commit")
        first.append(time_until_drawn(page, n, t0))
        page.wait_for_timeout(300)
        t0 = time.perf_counter()
        page.reload(wait_until="commit")
        reload.append(time_until_drawn(page, n, t0))
        ctx.close()
    return n, first, reload


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("runs", nargs="?", type=int, default=3)
    ap.add_argument("--url", help="base URL of a running app (default: start one)")
    args = ap.parse_args(argv)
    server = None if args.url else load.start_server(load.ROOT / "dashboard.py")
    base = args.url or f"http://127.0.0.1:{server.port}"  # type: ignore[union-attr]
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            print(time.strftime("measured %Y-%m-%d %H:%M UTC", time.gmtime()), f"median of {args.runs}")
            print(f"{'page':12s} {'charts':>6s} {'first visit s':>14s} {'reload s':>9s}")
            for pg in PAGES:
                n, first, reload = measure(browser, base + pg.url + QUERY.get(pg.module, ""), args.runs)
                f, r = statistics.median(first), statistics.median(reload)
                marks = ("" if f <= FIRST_VISIT_TARGET else " >1.5") + ("" if r <= RELOAD_TARGET else " >0.8")
                print(f"{pg.module:12s} {n:6d} {f:14.2f} {r:9.2f}{marks}")
            browser.close()
    finally:
        if server:
            server.stop()


if __name__ == "__main__":
    main()
