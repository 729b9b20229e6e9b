"""Name keys shared by the twin-town build steps (nothing is loaded here, so importing is cheap).

`norm` is a place name's matching key (lower-case ASCII, no punctuation); `slug` the id part of a
hand-placed place (`x_<iso3>_<slug>`).
"""

from __future__ import annotations

import re
import unicodedata

_TRANS = str.maketrans({"ł": "l", "Ł": "l", "ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae",
                        "đ": "d", "Đ": "d", "ı": "i", "ð": "d", "þ": "th", "œ": "oe",
                        "ʼ": "", "’": "", "'": "", "`": "", "ʻ": "", "‘": ""})


def norm(s: str) -> str:
    s = str(s).translate(_TRANS)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"[\W_]+", "", s)


def slug(s: str) -> str:
    s = str(s).translate(_TRANS)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "_", s).strip("_")


RU_MANUAL_LEVELS = {"district": "district", "city_district": "citydistrict", "city": "town"}  # level -> place-id prefix


def ru_manual_place_id(level: str, name_en: str) -> str:
    """The place id of a Russian district, city district or village with no GeoNames point of its own,
    drawn at its seat or parent city (ru_district_<name>, ru_citydistrict_<name>, ru_town_<name>): one spelling for the
    compilations (curate_twinning.py) and the fragments (apply_twinning.py), so both name one place."""
    return f"ru_{RU_MANUAL_LEVELS[level]}_{slug(name_en)}"


def foreign_manual_place_id(iso3: str, name_en: str) -> str:
    """The place id of a partner with no GeoNames point of its own, drawn at its seat (x_<iso3>_<name>),
    spelt once for curate_twinning.py and apply_twinning.py."""
    return f"x_{iso3.lower()}_{slug(name_en)}"
