#!/usr/bin/env python
"""Build data/coverage.csv: for each of the 89 regions and each kind of tie, what was searched, how
many records the package holds and how complete they are judged to be.

Run from the repository root (data/build/run.py runs it after the tables are built):

    .venv/bin/python data/build/build_coverage.py

Input: the curators' logs in data/build/coverage/*.csv (region_code, kind, searched, accessed,
records_found, judgement, note), one row per region, kind and list searched. Output: one row per
region and kind. The count of records is recomputed from the package's tables (a log's own count is
what the curator saw at the time). Several logs for one region and kind are combined: the searched
addresses and notes are joined, and the judgement is the weakest of them for memberships (one
organisation's complete member list does not make a region's memberships complete), the strongest
for the other kinds. A region and kind that no log covers is `not_searched`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

DATA = Path(__file__).resolve().parents[1]
KINDS = ("twinning", "agreement", "membership", "representation")
ORDER = {"complete": 0, "partial": 1, "no_list_found": 2, "not_searched": 3}


def counts() -> dict[tuple[str, str], int]:
    def read(name):
        return pd.read_csv(DATA / f"{name}.csv", dtype=str, keep_default_na=False)

    places = read("places").set_index("place_id")
    tw = read("twinning")
    out: dict[tuple[str, str], int] = {}
    for region, n in tw.ru_place_id.map(places.region_code).value_counts().items():
        out[(region, "twinning")] = int(n)
    for kind, name in (("agreement", "agreements"), ("membership", "memberships"), ("representation", "representations")):
        for region, n in read(name).region_code.value_counts().items():
            out[(region, kind)] = int(n)
    return out


def main() -> int:
    regions = pd.read_csv(DATA / "regions.csv", dtype=str, keep_default_na=False).region_code
    logs = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in sorted((DATA / "build" / "coverage").glob("*.csv"))]
    log = pd.concat(logs, ignore_index=True) if logs else pd.DataFrame(columns=["region_code", "kind"])
    bad = log[~log.judgement.isin(["complete", "partial", "no_list_found"]) | ~log.kind.isin(KINDS)
              | ~log.region_code.isin(set(regions))]
    if len(bad):
        raise SystemExit(f"data/build/coverage: rows with an unknown region, kind or judgement: {bad.head(3).to_dict('records')}")
    n = counts()
    rows = []
    for region in regions:
        for kind in KINDS:
            sub = log[(log.region_code == region) & (log.kind == kind)]
            if sub.empty:
                rows.append(dict(region_code=region, kind=kind, searched="", accessed="", records=n.get((region, kind), 0),
                                 judgement="not_searched", note=""))
                continue
            ranks = sub.judgement.map(ORDER)
            judgement = sub.judgement.iloc[int(ranks.argmax() if kind == "membership" else ranks.argmin())]
            searched = "; ".join(dict.fromkeys(s for s in sub.searched if s and s != "no list found")) or "no list found"
            rows.append(dict(region_code=region, kind=kind, searched=searched, accessed=max(sub.accessed),
                             records=n.get((region, kind), 0), judgement=judgement,
                             note=" | ".join(dict.fromkeys(x for x in sub.note if x))[:1000]))
    out = pd.DataFrame(rows)
    out.to_csv(DATA / "coverage.csv", index=False)
    print("coverage:", out.groupby("kind").judgement.value_counts().unstack(fill_value=0).to_dict("index"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
