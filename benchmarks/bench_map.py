"""Benchmark of the Map page (prints figures; not a pass/fail test).

    .venv/bin/python benchmarks/bench_map.py [runs]

For each interaction: the median server-side script run time over `runs` AppTest runs, against an
empty Streamlit page as the floor, for a cached view (one that a session of this process has
already seen: ui.cache) and for a new one (the view cache emptied before each run); and the size of the figure payload sent to the browser (plus the
geometry files the browser fetches once and caches).
"""

import statistics
import sys
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the app's ui package, for its view cache
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 20

INTERACTIONS = {
    "default (Russia map)": {},
    "one region (Tatarstan)": {"region": "RU-TA"},
    "Russian UI": {"lang": "ru"},
    "period 2014-2024": {"from": "2014", "to": "2024"},
    "annexed excluded": {"annexed": "0"},
    "world map": {"view": "world"},
    "flows": {"view": "flows"},
}


def median_run(make, params):
    times, payload = [], 0
    at = make()
    for k, v in params.items():
        at.query_params[k] = v
    at.run()  # warm caches
    for _ in range(RUNS):
        t0 = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - t0)
    charts = at.get("plotly_chart")
    payload = sum(len(c.proto.spec.encode()) for c in charts)
    return statistics.median(times) * 1000, payload / 1024


def new_view_run(params):
    """A view no session has asked for: the per-process view cache (ui.cache) emptied before each run,
    the loaded data and the pickers' labels (one set per language) kept."""
    from ui.cache import _memo

    times = []
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    for _ in range(max(RUNS // 2, 3)):
        _memo().clear(keep=("options", "vocabulary"))  # the pickers' labels depend on the language only
        t0 = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main():
    floor, _ = median_run(lambda: AppTest.from_string("import streamlit as st\nst.title('empty')"), {})
    print(f"{'interaction':28s} {'cached ms':>10s} {'new view ms':>12s} {'payload KB':>11s}")
    print(f"{'empty page (floor)':28s} {floor:10.1f} {'':12s} {0:11.1f}")
    for name, params in INTERACTIONS.items():
        ms, kb = median_run(lambda: AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120), params)
        print(f"{name:28s} {ms:10.1f} {new_view_run(params):12.1f} {kb:11.1f}")
    # The maps' geometry is not in the figures: the browser fetches it once from the app's static
    # files (paradiplomacy.geo.geojson_url) and caches it.
    for path in sorted((ROOT / "static" / "geo").glob("*.json")):
        print(f"{'once per browser: ' + path.name:28s} {'':10s} {'':12s} {path.stat().st_size / 1024:11.1f}")


if __name__ == "__main__":
    main()
