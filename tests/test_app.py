"""The real app under Streamlit's AppTest: every filter state the Map page must survive."""

import json

import pytest
from helpers import ROOT, edit, empty_year, headline, mini_copy
from streamlit.testing.v1 import AppTest

from paradiplomacy.i18n import t

APP = str(ROOT / "dashboard.py")


EMPTY = empty_year()
ANNEXED_CODES = ["UA-43", "UA-40", "UA-14", "UA-09", "UA-23", "UA-65"]


def run(params=None, env_dir=None, monkeypatch=None):
    if env_dir is not None:
        monkeypatch.setenv("PARADIPLOMACY_DATA_DIR", str(env_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    for k, v in (params or {}).items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    return at


def figure(at, index=0):
    charts = at.get("plotly_chart")
    assert charts, "no chart rendered"
    return json.loads(charts[index].proto.spec)


def metric(at, label):
    """A metric as shown, without its thousands separators (comma in English, thin space in Russian)."""
    return headline(at)[label]


def locations(fig):
    """Locations of the data traces (the grey context behind a selection is left out)."""
    return [
        loc
        for tr in fig["data"]
        if tr["type"] == "choropleth" and tr.get("name") != "context"
        for loc in tr.get("locations", [])
    ]


def context_locations(fig):
    return [loc for tr in fig["data"] if tr.get("name") == "context" for loc in tr.get("locations", [])]


def test_default_state_draws_every_region():
    at = run()
    fig = figure(at)
    assert len(set(locations(fig))) == 89
    assert "leads with" in fig["layout"]["title"]["text"]
    assert int(metric(at, "Ties").replace("\u202f", "")) > 1700
    assert not at.warning


def test_one_region():
    at = run({"region": "RU-TA"})
    assert "Republic of Tatarstan" in at.caption[0].value
    fig = figure(at)
    assert set(locations(fig)) == {"RU-TA"}
    assert len(context_locations(fig)) == 88  # the rest of Russia drawn in grey behind the selection
    assert int(metric(at, "Regions with ties")) == 1


def test_period_with_no_records():
    at = run({"from": str(EMPTY), "to": str(EMPTY), "undated": "0"})
    assert metric(at, "Ties") == "0"
    assert "no records" in figure(at)["layout"]["title"]["text"]


def test_russian_interface():
    at = run({"lang": "ru"})
    assert at.title[0].value == "Карта"
    assert "Показано:" in at.caption[0].value
    assert "по регионам" in figure(at)["layout"]["title"]["text"]


def test_annexed_territories_excluded():
    at = run({"annexed": "0"})
    locs = set(locations(figure(at)))
    assert len(locs) == 83 and not any(code.startswith("UA-") for code in locs)
    assert "annexed territories excluded" in at.caption[0].value


def test_annexed_territories_drawn_distinctly_by_default():
    fig = figure(run())
    annexed = [tr for tr in fig["data"] if tr.get("showlegend") and tr["type"] == "choropleth"]
    assert len(annexed) == 1
    assert set(annexed[0]["locations"]) == {"UA-43", "UA-40", "UA-14", "UA-09", "UA-23", "UA-65"}
    assert "internationally recognised as Ukraine" in annexed[0]["name"]


def test_tampered_url_is_ignored_with_a_notice():
    at = run({"region": "RU-TA,RU-XXX", "from": "19x4", "status": "<b>", "evil": "1", "view": "nowhere"})
    assert at.warning, "no notice shown"
    text = at.warning[0].value
    for bad in ("region=RU-XXX", "from=19x4", "status=<b>", "evil", "view=nowhere"):
        assert bad in text
    assert set(locations(figure(at))) == {"RU-TA"}  # the valid part is kept


@pytest.mark.parametrize("view", ["world", "flows"])
def test_world_and_flow_views(view):
    at = run({"view": view})
    fig = figure(at)
    if view == "world":
        assert len(locations(fig)) > 80
    else:
        assert sum(1 for tr in fig["data"] if tr["type"] == "scattergeo") >= 3
    assert at.query_params.get("view") in (view, [view])


def test_broken_data_file_shows_message_not_traceback(tmp_path, monkeypatch):
    broken = mini_copy(tmp_path / "pkg")
    edit(broken / "twinning.csv", "2950159,twin_town,1991", "2950159,twin_town,19x1")
    at = run(env_dir=broken, monkeypatch=monkeypatch)
    assert at.error
    msg = at.error[0].value
    assert "twinning.csv" in msg and "line 3" in msg and "year_start" in msg


def test_activity_class_measure_on_the_map():
    at = run({"measure": "activity"})
    fig = figure(at)
    annexed = t("annexed_legend", "en")
    classes = {tr["name"] for tr in fig["data"] if tr["type"] == "choropleth"} - {annexed}
    assert classes <= {"High", "Medium", "Low", "Minimal"} and len(classes) >= 3
    assert len(set(locations(fig))) == 89
    assert not at.warning


def test_categorical_maps_mark_the_annexed_territories_or_leave_them_out():
    """The activity-class map outlines the six annexed territories (legend + status in the hover);
    with the switch off, none of them is on the map at all."""
    annexed = t("annexed_legend", "en")
    fig = figure(run({"measure": "activity"}))
    outline = [tr for tr in fig["data"] if tr.get("name") == annexed]
    assert len(outline) == 1 and sorted(outline[0]["locations"]) == sorted(ANNEXED_CODES)
    assert all("Ukraine" in cd[1] for cd in outline[0]["customdata"])
    fig = figure(run({"measure": "activity", "annexed": "0"}))
    assert not set(locations(fig)) & set(ANNEXED_CODES) and not [tr for tr in fig["data"] if tr.get("name") == annexed]


def test_incomplete_note_writes_its_numbers_in_the_language():
    """The Map's note on undated links groups thousands as each language does (it showed '1439')."""
    import re

    en = next(i.value for i in run().info if "have no year" in i.value)
    assert re.search(r"\(\d,\d{3} of \d,\d{3} links have no year\)", en), en
    ru = next(i.value for i in run({"lang": "ru"}).info if "без года" in i.value)
    assert re.search(r"без года: \d\u202f\d{3} из \d\u202f\d{3}\)", ru), ru
