"""Build data/sources.csv from the per-table fragments in data/build/sources/*.csv.

Run from the repository root:  python data/build/build_sources.py

Each curation step keeps the sources it cites in a fragment of its own (countries, regions, papers,
organisations, agreements, twinning). This script concatenates them, keeps one row per source_id
(a fragment may cite a source another fragment defines; the two rows must then agree on the URL/DOI),
and sorts by source_id so the output is reproducible.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
FRAGMENTS = ROOT / "data" / "build" / "sources"
OUT = ROOT / "data" / "sources.csv"
COLUMNS = ["source_id", "kind", "citation", "url", "doi", "accessed"]
# the tables that cite sources: every resource of the package's descriptor (the table registry)
TABLES = tuple(r["name"] for r in json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))["resources"]
               if r["name"] != "sources")


def cited_ids(data_dir: Path) -> set[str]:
    ids: set[str] = set()
    for name in TABLES:
        path = data_dir / f"{name}.csv"
        if not path.exists():
            continue
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        if "sources" in df.columns:
            for value in df["sources"]:
                ids.update(v for v in value.split(";") if v)
    return ids


def merge(fragments: list[Path]) -> pd.DataFrame:
    frames = []
    for path in fragments:
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        missing = [c for c in COLUMNS if c not in df.columns]
        if missing:
            raise SystemExit(f"{path.relative_to(ROOT)}: missing columns {missing}")
        frames.append(df[COLUMNS].assign(_fragment=path.name))
    allrows = pd.concat(frames, ignore_index=True)
    for sid, group in allrows.groupby("source_id"):
        if group[["url", "doi"]].drop_duplicates().shape[0] > 1:
            raise SystemExit(f"source id '{sid}' is defined differently in {sorted(group._fragment)}")
    return allrows.drop_duplicates("source_id").drop(columns="_fragment")


def main() -> int:
    sources = merge(sorted(FRAGMENTS.glob("*.csv")))
    used = cited_ids(OUT.parent)
    undefined = used - set(sources.source_id)
    if undefined:
        print("cited but not defined in any fragment:", ", ".join(sorted(undefined)), file=sys.stderr)
    uncited = sorted(set(sources.source_id) - used)
    if uncited:  # kept: e.g. 'geonames' is the source of every place's coordinates, cited by the descriptor
        print("defined but not cited by a row:", ", ".join(uncited))
    sources = sources.sort_values("source_id")
    sources.to_csv(OUT, index=False, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(sources)} sources from {len(list(FRAGMENTS.glob('*.csv')))} fragments")
    return 1 if undefined else 0


if __name__ == "__main__":
    sys.exit(main())
