"""Every page under Streamlit's AppTest, in several filter states: default, Russian UI, an empty period,
a region with no ties, a partner with no ties, annexed territories excluded."""

import pytest
from helpers import empty_year, run_page

from paradiplomacy.data import load_package
from paradiplomacy.i18n import t
from paradiplomacy.ties import build_ties
from views import PAGES as REGISTRY

PAGES = [p.module for p in REGISTRY if not p.home]  # the Map (home) has tests of its own in test_app.py

PKG = load_package()
TIES = build_ties(PKG)
# found in the data, not hard-coded: a region and a UN member with no tie at all
REGION_WITHOUT_TIES = sorted(set(PKG.regions.region_code) - set(TIES.region_code))[0]
PARTNER_WITHOUT_TIES = sorted(set(PKG.countries[PKG.countries.un_member.fillna(False)].iso3) - set(TIES.partner_iso3))[
    0
]


EMPTY = empty_year()


def page_title(page, lang):
    return t(f"page_{page}", lang)


@pytest.mark.parametrize("page", PAGES)
def test_default_state(page):
    at = run_page(page, {})
    assert at.title[0].value == page_title(page, "en")
    assert not at.warning or page == "activity"  # the activity page warns only when weights change classes
    if page != "sources":
        assert at.get("plotly_chart"), "no chart"


@pytest.mark.parametrize("page", PAGES)
def test_russian_interface(page):
    at = run_page(page, {"lang": "ru"})
    assert at.title[0].value == page_title(page, "ru")
    assert at.caption[0].value.startswith("Показано:")


@pytest.mark.parametrize("page", PAGES)
def test_empty_period(page):
    at = run_page(page, {"from": str(EMPTY), "to": str(EMPTY), "undated": "0"})
    assert at.title[0].value == page_title(page, "en")
    assert f"{EMPTY}–{EMPTY}" in at.caption[0].value


@pytest.mark.parametrize("page", PAGES)
def test_annexed_territories_excluded(page):
    at = run_page(page, {"annexed": "0"})
    assert "annexed territories excluded" in at.caption[0].value


def test_region_with_no_ties():
    at = run_page("region", {"code": REGION_WITHOUT_TIES})
    name = PKG.regions.set_index("region_code").at[REGION_WITHOUT_TIES, "name_en"]
    assert at.subheader[0].value == name
    assert any(t("region_no_ties", "en") in i.value for i in at.info)


def test_partner_with_no_ties():
    at = run_page("partner", {"iso3": PARTNER_WITHOUT_TIES})
    name = PKG.countries.set_index("iso3").at[PARTNER_WITHOUT_TIES, "name_en"]
    assert at.subheader[0].value == name
    assert any(t("partner_no_ties", "en", country=name) in i.value for i in at.info)


def test_region_profile_restored_from_url_lists_its_ties():
    at = run_page("region", {"code": "RU-TA"})
    assert at.subheader[0].value == "Republic of Tatarstan"
    n_ties = int((TIES.region_code == "RU-TA").sum())
    assert n_ties > 0
    assert at.query_params.get("code") in ("RU-TA", ["RU-TA"])


def test_tampered_page_parameter_is_ignored_with_a_notice():
    at = run_page("partner", {"iso3": "ZZZ"})
    assert at.warning and "iso3=ZZZ" in at.warning[0].value


def test_findings_state_what_the_records_show():
    import json

    from paradiplomacy import metrics

    at = run_page("findings", {})
    titles = [json.loads(c.proto.spec)["layout"]["title"]["text"].replace("<br>", " ") for c in at.get("plotly_chart")]
    assert len(titles) == 5
    share, top = metrics.concentration(TIES, k=10)
    first = PKG.regions.set_index("region_code").at[top[0], "name_en"]
    assert titles[0] == t(
        "f1_title", "en", k=10, share=100 * share, first=first, n=int((TIES.region_code == top[0]).sum())
    )
    ends = metrics.endings_per_year(TIES).groupby("status_year").n.sum()
    assert titles[3] == t("f4_title", "en", n=int(ends.sum()), y=int(ends.max()), year=int(ends.idxmax()))


def test_no_page_mutates_the_shared_data():
    """The package and the ties are one object per server process (st.cache_resource): a page that
    changed them would change every other session's view."""
    import pandas as pd

    from paradiplomacy.data import DATA_DIR, cached_package
    from ui.loading import _ties

    def fingerprint():
        pkg = cached_package(str(DATA_DIR))
        tables = {n: int(pd.util.hash_pandas_object(pkg.table(n).astype(str)).sum()) for n in pkg.names}
        ties = _ties(str(DATA_DIR))
        return tables, int(pd.util.hash_pandas_object(ties.astype(str)).sum()), ties.shape

    before = fingerprint()
    for page in ["map"] + PAGES:
        run_page(page, {"lang": "ru", "annexed": "0"})
    assert fingerprint() == before


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_region_profile_marks_questioned_links(lang):
    """A link that a page casts doubt on stays listed, marked, with the curator's reason (English
    UI) or a pointer to it (Russian UI); a region whose links are all unquestioned has no such column."""
    tw = PKG.twinning
    region = PKG.places.set_index("place_id").region_code
    questioned = tw[tw.questioned.fillna("") != ""]
    assert len(questioned) > 0
    code = region[questioned.ru_place_id.iloc[0]]
    reasons = set(questioned[questioned.ru_place_id.map(region) == code].questioned)
    at = run_page("region", {"code": code, "lang": lang})
    col = t("col_questioned", lang)
    tables = [d.value for d in at.dataframe if col in d.value.columns]
    assert len(tables) == 1
    shown = set(tables[0][col]) - {""}
    assert shown == (reasons if lang == "en" else {t("questioned_yes", lang)})
    # the table's heading says so too, naming each questioned link
    notes = [c.value for c in at.caption if col in c.value]
    assert len(notes) == 1 and notes[0].count(" — ") >= len(reasons)
    clean = sorted(set(region[tw.ru_place_id]) - set(region[questioned.ru_place_id]))[0]
    at = run_page("region", {"code": clean, "lang": lang})
    assert not [d for d in at.dataframe if col in d.value.columns]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_region_profile_names_what_each_table_lists(lang):
    """The local column of a profile's table is the Russian place for twin towns and the document for
    agreements (an agreement's title under "Russian side" misled a reader): the agreements table's
    header says Document and holds the titles, the twin-town table's says Russian side."""
    code = TIES[TIES.kind == "agreement"].region_code.value_counts().index[0]
    at = run_page("region", {"code": code, "lang": lang})
    headers = [list(d.value.columns) for d in at.dataframe]
    twin, doc = t("col_local_twinning", lang), t("col_local_agreement", lang)
    agreements = [h for h in headers if doc in h]
    assert len(agreements) == 1 and twin not in agreements[0]
    titles = set(PKG.agreements[PKG.agreements.region_code == code]["title_ru" if lang == "ru" else "title"]) - {""}
    table = next(d.value for d in at.dataframe if doc in d.value.columns)
    assert set(table[doc]) & titles
    assert [h for h in headers if twin in h]
