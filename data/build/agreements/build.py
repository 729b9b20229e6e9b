"""Build data/agreements.csv and data/representations.csv from their hand-curated fragments.

Run from the repository root:  python data/build/agreements/build.py   (or python data/build/run.py)

Input
  data/build/agreements/fragments/*.csv  agreements, one file per part of the curation (v1 = the first
                                         three passes; regions_a, regions_b, …); format in FRAGMENTS.md
  data/build/agreements/title_ru.csv     Russian titles of agreements whose fragment has none
  data/build/agreements/representations/*.csv     offices abroad, one file per part (v1 = the first
                                                  passes); same rules, columns REP_COLS below
  data/build/agreements/representations_ru.csv    their Russian titles and city names
  data/build/sources/*.csv               the sources every row cites
Every check names the file, line and column of the row it rejects.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1]
ROOT = DATA.parent
DISPUTED = {"crimea", "sevastopol", "donetsk", "luhansk", "zaporizhzhia", "kherson", "abkhazia", "south_ossetia",
            "transnistria"}
DISPUTED_STATE = {"crimea": "UKR", "sevastopol": "UKR", "donetsk": "UKR", "luhansk": "UKR", "zaporizhzhia": "UKR",
                  "kherson": "UKR", "abkhazia": "GEO", "south_ossetia": "GEO", "transnistria": "MDA"}
AGR_COLS = ["agreement_id", "region_code", "partner_iso3", "partner_disputed_territory", "partner_level",
            "partner_name_en", "partner_name_ru", "title", "title_ru", "title_ru_origin", "year_signed", "date_signed",
            "domain", "status", "sources"]
REP_COLS = ["representation_id", "region_code", "country_iso3", "country_disputed_territory", "city_en", "city_ru",
            "title", "title_ru", "title_ru_origin", "year_opened", "status", "sources"]


class BuildError(SystemExit):
    pass


def read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False) if path.exists() else pd.DataFrame()


def fail(path: Path, line: int, column: str, message: str) -> None:
    raise BuildError(f"{path.relative_to(ROOT)}, line {line}, column '{column}': {message}")


def read_fragment(path: Path, columns: list[str]) -> list[dict]:
    """A fragment's rows, with the columns every fragment of its kind must have."""
    df = read(path)
    missing = [c for c in columns if c not in df.columns]
    if missing:
        fail(path, 1, missing[0], "column is missing from the header")
    return df[columns].to_dict("records")


def check_row(path: Path, line: int, r: dict, regions: set, countries: set, source_ids: set, year_col: str,
              iso_col: str, disputed_col: str, levels: tuple | None, statuses: tuple) -> None:
    if r["region_code"] not in regions:
        fail(path, line, "region_code", f"'{r['region_code']}' is not a region code")
    isos = [c for c in r[iso_col].split(";") if c]
    if not isos or any(c not in countries for c in isos):
        fail(path, line, iso_col, f"'{r[iso_col]}' is not a list of iso3 codes")
    disp = r.get(disputed_col, "")
    if disp and (disp not in DISPUTED or DISPUTED_STATE[disp] not in isos):
        fail(path, line, disputed_col, f"'{disp}' is not a disputed territory of {r[iso_col]}")
    if any(c in ("XAB", "XSO", "XPR") for c in isos):
        fail(path, line, iso_col, "Abkhazia, South Ossetia, Transnistria: use GEO/MDA and the disputed-territory column")
    if levels and r["partner_level"] not in levels:
        fail(path, line, "partner_level", f"'{r['partner_level']}' not in {levels}")
    if r["status"] not in statuses:
        fail(path, line, "status", f"'{r['status']}' not in {statuses}")
    y = r[year_col]
    if y and not (y.isdigit() and 1900 <= int(y) <= 2026):
        fail(path, line, year_col, f"'{y}' is not a year 1900-2026")
    ids = [s for s in r["sources"].split(";") if s]
    if not ids:
        fail(path, line, "sources", "a record must cite at least one source")
    for s in ids:
        if s not in source_ids:
            fail(path, line, "sources", f"source '{s}' is not defined in data/build/sources/*.csv")


def build() -> tuple[pd.DataFrame, pd.DataFrame]:
    regions = set(read(DATA / "regions.csv").region_code)
    countries = set(read(DATA / "countries.csv").iso3)
    source_ids = set().union(*(set(read(p).source_id) for p in (DATA / "build" / "sources").glob("*.csv")))
    titles = read(HERE / "title_ru.csv")
    titles = dict(zip(titles.agreement_id, zip(titles.title_ru, titles.title_ru_origin))) if len(titles) else {}
    rows, seen = [], {}
    fragments = []
    for path in sorted((HERE / "fragments").glob("*.csv")):
        fragments.append((path, read_fragment(path, AGR_COLS)))
    # Records first, then corrections: a row whose agreement_id belongs to another fragment's record
    # is applied after every record exists, whatever the files' alphabetical order.
    records = [(p, i, r) for p, recs in fragments for i, r in enumerate(recs)
               if not r["agreement_id"] or p.stem == "v1"]
    corrections = [(p, i, r) for p, recs in fragments for i, r in enumerate(recs)
                   if r["agreement_id"] and p.stem != "v1"]
    n_records = len(records)
    for n, (path, i, r) in enumerate(records + corrections):
        line = i + 2
        if n >= n_records:  # a correction: its empty cells leave the record's values as they are
            if r["agreement_id"] not in seen:
                fail(path, line, "agreement_id", f"corrects {r['agreement_id']}, which no fragment defines")
            r = {**rows[seen[r["agreement_id"]]], **{k: v for k, v in r.items() if v}}
        check_row(path, line, r, regions, countries, source_ids, "year_signed", "partner_iso3",
                  "partner_disputed_territory", ("state", "region", "city", "organisation"),
                  ("in_force", "suspended", "terminated", "unknown"))
        if r["date_signed"]:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date_signed"]):
                fail(path, line, "date_signed", "not a date YYYY-MM-DD")
            r["year_signed"] = r["year_signed"] or r["date_signed"][:4]
            if r["date_signed"][:4] != r["year_signed"]:
                fail(path, line, "date_signed", "the date's year differs from year_signed")
        if not r["agreement_id"]:
            r["agreement_id"] = f"agr_{path.stem}_{i + 1:03d}"
        aid = r["agreement_id"]
        if aid in seen:  # a correction, already merged above: it replaces the record
            rows[seen[aid]] = r
            continue
        key = (r["region_code"], r["partner_name_en"].lower(), r["title"].lower(), r["year_signed"])
        if key in {(x["region_code"], x["partner_name_en"].lower(), x["title"].lower(), x["year_signed"])
                   for x in rows}:
            fail(path, line, "title", f"duplicate of an earlier agreement {key}")
        seen[aid] = len(rows)
        rows.append(r)
    for r in rows:  # the reviewed Russian titles (title_ru.csv) replace a fragment's partial wording
        if r["agreement_id"] in titles and titles[r["agreement_id"]][0]:
            r["title_ru"], r["title_ru_origin"] = titles[r["agreement_id"]]
    agr = pd.DataFrame(rows, columns=AGR_COLS)

    extra = read(HERE / "representations_ru.csv")
    ru = {r.representation_id: r for r in extra.itertuples()} if len(extra) else {}
    out, rep_seen, rep_keys = [], set(), set()
    for path in sorted((HERE / "representations").glob("*.csv")):
        for i, r in enumerate(read_fragment(path, REP_COLS)):
            check_row(path, i + 2, r, regions, countries, source_ids, "year_opened", "country_iso3",
                      "country_disputed_territory", None, ("active", "closed", "unknown"))
            r["representation_id"] = r["representation_id"] or f"rep_{path.stem}_{i + 1:03d}"
            key = (r["region_code"], r["country_iso3"], r["city_en"].lower(), r["title"].lower())
            if r["representation_id"] in rep_seen or key in rep_keys:
                fail(path, i + 2, "title", f"duplicate of an earlier office {key}")
            rep_seen.add(r["representation_id"])
            rep_keys.add(key)
            x = ru.get(r["representation_id"])
            if x is not None:
                r["title_ru"] = r["title_ru"] or x.title_ru
                r["city_ru"] = r["city_ru"] or x.city_ru
                r["title_ru_origin"] = r["title_ru_origin"] or x.title_ru_origin
            out.append(r)
    return agr, pd.DataFrame(out, columns=REP_COLS)


def main() -> int:
    agr, rep = build()
    agr.to_csv(DATA / "agreements.csv", index=False)
    rep.to_csv(DATA / "representations.csv", index=False)
    print(f"agreements: {len(agr)} in {agr.region_code.nunique()} regions; with a year: {(agr.year_signed != '').sum()}; "
          f"Russian title: {(agr.title_ru != '').sum()}; representations: {len(rep)}")
    top = agr.region_code.value_counts().head(12)
    print("most agreements:", ", ".join(f"{k} {v}" for k, v in top.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
