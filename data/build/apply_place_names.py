#!/usr/bin/env python
"""Write the Russian names of foreign places (data/build/place_names_ru.csv, made by place_names.py
from language-tagged sources) into data/places.csv, with the column name_ru_source saying where each
name comes from, and cite that source in the place's `sources`.

    .venv/bin/python data/build/apply_place_names.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

DATA = Path(__file__).resolve().parents[1]
SOURCE_IDS = {"natural_earth": "natural_earth_places_ru", "geonames_ru": "geonames_ru_names",
              "geolite2": "geolite2_city_2018", "wikipedia_ru": "wikipedia_ru_titles"}


def cited_source_ids() -> dict[str, str]:
    """Manual rows: place_id -> the id of the fragment source with the row's URL (data/build/sources/*.csv),
    '' when none has it. Used for the names place_names.py marked cited_page_ru (it decides which those are)."""
    manual = pd.read_csv(DATA / "build" / "place_names_manual.csv", dtype=str, keep_default_na=False)
    frames = [pd.read_csv(f, dtype=str, keep_default_na=False) for f in sorted((DATA / "build" / "sources").glob("*.csv"))]
    by_url = {r.url: r.source_id for df in frames if {"url", "source_id"} <= set(df.columns) for r in df.itertuples()}
    return {r.place_id: by_url.get(r.url, "") for r in manual.itertuples()}


def main() -> int:
    places = pd.read_csv(DATA / "places.csv", dtype=str, keep_default_na=False)
    names = pd.read_csv(DATA / "build" / "place_names_ru.csv", dtype=str, keep_default_na=False).set_index("place_id")
    foreign = places.country_iso3 != "RUS"
    missing = sorted(set(places.loc[foreign, "place_id"]) - set(names.index))
    if missing:
        print(f"{len(missing)} foreign places have no row in place_names_ru.csv (run place_names.py): {missing[:5]}",
              file=sys.stderr)
        return 1
    src = places.place_id.map(names.name_ru_source).where(foreign, "russian_side")
    places["name_ru"] = places.name_ru.where(~foreign, places.place_id.map(names.name_ru))
    places["name_ru_source"] = src.fillna("").where(places.name_ru != "", "")
    cited = cited_source_ids()
    unsourced = [p for p, k in zip(places.place_id, places.name_ru_source) if k == "cited_page_ru" and not cited.get(p)]
    if unsourced:
        print(f"data/build/place_names_manual.csv: the URL of {unsourced} is neither a ru.wikipedia.org article nor the "
              "URL of a source in data/build/sources/*.csv", file=sys.stderr)
        return 1
    extra = [SOURCE_IDS.get(k) or (cited[p] if k == "cited_page_ru" else "") for p, k in zip(places.place_id, places.name_ru_source)]
    places["sources"] = [";".join(dict.fromkeys([s for s in cur.split(";") if s] + ([x] if x else [])))
                         for cur, x in zip(places.sources, extra)]
    cols = [c for c in places.columns if c != "name_ru_source"]
    cols.insert(cols.index("name_ru") + 1, "name_ru_source")
    places[cols].to_csv(DATA / "places.csv", index=False)
    f = places[foreign]
    print(f"foreign places: {len(f)}; with a Russian name: {(f.name_ru != '').sum()} ({(f.name_ru != '').mean():.1%}); "
          f"by source: {f.name_ru_source.value_counts().to_dict()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
