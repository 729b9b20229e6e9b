"""The Russian interface is Russian: every page rendered in Russian (AppTest) shows no English code
word of the data and no untranslated English label in its visible text (titles, captions, text,
notices, metrics, tables, chart titles and legends). Proper names are allowed, and the English names
of places that no source names in Russian (marked as such)."""

import json
import re

import pytest
from helpers import ROOT
from streamlit.testing.v1 import AppTest

from paradiplomacy.data import load_package
from paradiplomacy.i18n import strings
from views import PAGES

PKG = load_package()
NOTE_LABEL = strings("ru")["curator_note"]
# the data's codes (twin_town, suspended, founding_member …) and their English labels
CODES = {
    c["value"]
    for r in PKG.descriptor["resources"]
    for f in r["schema"]["fields"]
    for c in f.get("categories", [])
    if "_" in c["value"]
    or c["value"]
    in {
        "unknown",
        "suspended",
        "ended",
        "active",
        "member",
        "chair",
        "participant",
        "observer",
        "terminated",
        "closed",
        "comprehensive",
    }
}
ENGLISH_UI = {v for k, v in strings("en").items() if len(v) > 12 and "{" not in v and v != strings("ru")[k]}


def visible_text(at) -> list[str]:
    out = []
    for kind in ("title", "subheader", "header", "caption", "markdown", "info", "warning", "error", "success"):
        out += [e.value for e in at.get(kind)]
    out += [m.label for m in at.get("metric")] + [str(m.value) for m in at.get("metric")]
    for df in list(at.dataframe) + list(at.table):
        frame = df.value
        out += [str(c) for c in frame.columns]
        # curators' notes are kept as written (the Data & sources page says so in the column's name)
        cols = [c for c in frame.columns if c not in ("note", NOTE_LABEL)]
        out += [str(v) for col in cols for v in frame[col].head(40).tolist() if isinstance(v, str)]
    for chart in at.get("plotly_chart"):
        spec = json.loads(chart.proto.spec)
        title = spec["layout"].get("title", {})
        out.append(title.get("text", "") if isinstance(title, dict) else str(title))
        out += [tr.get("name", "") for tr in spec["data"] if tr.get("name") and tr.get("showlegend", True)]
    return [x for x in out if x]


def offending(texts: list[str]) -> list[str]:
    bad = []
    for text in texts:
        if re.match(r"- .* `[a-z0-9_]+`$", text):  # a bibliography entry: cited as published
            continue
        plain = re.sub(r"https?://\S+|`[^`]*`|\([^)]*\)\]|data/\S+|\S+\.csv", " ", text)
        for word in re.findall(r"[A-Za-z_]+", plain):
            if word in CODES:
                bad.append(f"code {word!r} in {text[:80]!r}")
        for label in ENGLISH_UI:
            if label in text:
                bad.append(f"English label {label[:40]!r} in {text[:80]!r}")
    return bad


QUERIES = {"region": {"code": "RU-KGD"}, "partner": {"iso3": "DEU"}}


@pytest.mark.parametrize("page", [p.module for p in PAGES])
def test_every_page_in_russian_shows_no_english_codes_or_labels(page):
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params["lang"] = "ru"
    for k, v in QUERIES.get(page, {}).items():
        at.query_params[k] = v
    at.switch_page(f"views/{page}.py")
    at.run()
    assert not at.exception, at.exception
    bad = offending(visible_text(at))
    assert bad == [], bad[:10]
