#!/usr/bin/env python
"""Build the data package, every step in order (the Makefile of the package).

    .venv/bin/python data/build/run.py            # every step
    .venv/bin/python data/build/run.py --from agreements
    .venv/bin/python data/build/run.py --list

Each step is a script that reads what the steps before it wrote; hand-curated records live in CSV
fragments (data/build/FRAGMENTS.md). The steps that read ../shared/reference or Debian's GeoNames
catalogue run offline. The last step validates the package with Frictionless and the package's
own checks (paradiplomacy.data.load_package).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STEPS = [  # name, script, what it writes
    ("countries", "data/build/build_countries.py", "data/countries.csv"),
    ("regions", "data/build/build_regions.py", "data/regions.csv"),
    ("twinning", "data/build/curate_twinning.py", "data/places.csv, data/twinning.csv from the compilations"),
    ("fragments", "data/build/apply_twinning.py", "the twin-town fragments applied"),
    ("place_names", "data/build/place_names.py", "Russian names of foreign places, from language-tagged sources"),
    ("place_names_apply", "data/build/apply_place_names.py", "the Russian names written into data/places.csv"),
    ("agreements", "data/build/agreements/build.py", "data/agreements.csv, data/representations.csv"),
    ("coverage", "data/build/build_coverage.py", "data/coverage.csv"),
    ("sources", "data/build/build_sources.py", "data/sources.csv"),
    ("descriptor", "data/build/build_descriptor.py", "field titles, descriptions and category labels"),
]


def main(argv: list[str]) -> int:
    if "--help" in argv or "-h" in argv:
        print(__doc__)
        return 0
    if "--list" in argv:
        for name, script, out in STEPS:
            print(f"{name:12} {script:36} {out}")
        return 0
    names = [s[0] for s in STEPS]
    start = names.index(argv[argv.index("--from") + 1]) if "--from" in argv else 0
    for name, script, _ in STEPS[start:]:
        if not (ROOT / script).exists():
            print(f"[{name}] skipped: {script} does not exist")
            continue
        print(f"[{name}] {script}", flush=True)
        code = subprocess.call([sys.executable, script], cwd=ROOT)
        if code:
            print(f"[{name}] failed with exit code {code}", file=sys.stderr)
            return code
    sys.path.insert(0, str(ROOT))
    from paradiplomacy.data import load_package

    pkg = load_package()
    print("valid:", ", ".join(f"{n} {len(pkg.table(n))}" for n in pkg.names))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
