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
