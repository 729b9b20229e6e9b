"""Analyses a reader can trust and share (issue 12): the annexed-territories switch holds on every page,
filters say when they drop a whole kind of tie, analyses live in the URL, the new comparisons exist,
charts say what their marks mean."""

import json

import pytest
from helpers import headline, run_page

from paradiplomacy.data import ANNEXED_STATUSES, load_package
from paradiplomacy.i18n import t
from views import PAGES

PKG = load_package()
ANNEXED = PKG.regions[PKG.regions.status.isin(ANNEXED_STATUSES)]
CODES = set(ANNEXED.region_code)
NAMES = set(ANNEXED.name_en) | set(ANNEXED.name_ru)


run = run_page


def figures(at):
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


@pytest.mark.parametrize("page", [p.module for p in PAGES if p.module not in ("region", "sources")])
def test_switch_off_no_annexed_territory_in_any_table_or_figure(page):
    at = run(page, {"annexed": "0"})
    for fig in figures(at):
        for tr in fig["data"]:
            assert not CODES & set(tr.get("locations") or []), (page, tr.get("name"))
            assert not NAMES & {str(x) for x in (tr.get("text") or []) if isinstance(x, str)}, (page, tr.get("name"))
    for df in at.dataframe:
        frame = df.value
        for col in frame.columns:
            values = {str(v) for v in frame[col].tolist()}
            assert not (CODES | NAMES) & values, (page, col)


def test_region_profile_of_an_annexed_territory_honours_the_switch():
    at = run("region", {"code": "UA-43", "annexed": "0"})
    assert any(t("region_excluded_by_switch", "en") in i.value for i in at.info)
    assert list(headline(at).values()) == ["0"] * 6
    assert not any("rank" in m.value for m in at.markdown)  # left out of every rank
    on = run("region", {"code": "UA-43"})
    assert int(next(iter(headline(on).values()))) > 0
    ranks = [m.value for m in on.markdown if "rank" in m.value]
    assert ranks and "of 89" in ranks[0]


def test_ranks_exclude_annexed_territories_with_the_switch_off():
    at = run("region", {"code": "RU-TA", "annexed": "0"})
    assert any("of 83" in m.value for m in at.markdown)


def test_a_partner_filter_says_it_drops_memberships():
    at = run("map", {"partner": "KAZ"})
    assert any(t("kind_membership", "en") in i.value and "partner" in i.value for i in at.info)
    assert not run("map", {}).info or not any(t("kind_membership", "en") in i.value for i in run("map", {}).info)


def test_weights_and_periods_restore_from_the_url():
    at = run("activity", {"w": "3,1,1,1,1,0.5"})
    assert [s.value for s in at.slider][:2] == [3.0, 1.0]
    assert at.query_params.get("w") in ("3,1,1,1,1,0.5", ["3,1,1,1,1,0.5"])
    at = run("timeline", {"a": "1960-1989", "b": "2022-2026"})
    assert tuple(at.slider[0].value) == (1960, 1989) and tuple(at.slider[1].value) == (2022, 2026)
    assert at.slider[0].min <= int(PKG.twinning.year_start.min())  # Period A from the first attested year
    bad = run("timeline", {"a": "2030-1990"})
    assert bad.warning and "a=2030-1990" in bad.warning[0].value


def test_partner_country_change_map_between_two_periods():
    at = run("timeline", {"a": "2000-2013", "b": "2014-2026"})
    titles = [f["layout"]["title"]["text"] for f in figures(at)]
    assert any(x.startswith("Partner countries, ties established in 2014–2026 versus 2000–2013") for x in titles)


def test_borders_filter_keeps_the_regions_that_border_the_country():
    at = run("map", {"borders": "KAZ"})
    border = set(PKG.regions[PKG.regions.border_countries.str.contains("KAZ")].region_code)
    fig = figures(at)[0]
    shown = {
        loc
        for tr in fig["data"]
        if tr.get("name") != "context" and tr["type"] == "choropleth"
        for loc in tr.get("locations", [])
    }
    assert shown == border and "regions bordering Kazakhstan" in at.caption[0].value


def test_flows_for_one_partner_country_are_drawn_town_to_town():
    at = run("map", {"view": "flows", "partner": "FIN"})
    title = figures(at)[0]["layout"]["title"]["text"]
    assert title.startswith(t("flow_title_place", "en", n=0).split("(")[0].strip()[:10])


def test_orgs_charts_say_what_marks_mean():
    at = run("orgs", {})
    figs = figures(at)
    matrix = next(f for f in figs if "Who takes part" in f["layout"]["title"]["text"])
    assert {tr["name"] for tr in matrix["data"]} >= {"member", "ended"} or len(matrix["data"]) >= 2
    assert all(tr["type"] == "scatter" for tr in matrix["data"])  # squares per membership, not a 0-1 colour bar
    exits = next(f for f in figs if "exits" in f["layout"]["title"]["text"])
    assert all(tr["type"] == "scatter" and tr["mode"] == "markers" for tr in exits["data"])  # dots on a time axis
    assert {tr["name"] for tr in exits["data"]} <= {"ended", "suspended", "Ended", "Suspended"} or len(
        exits["data"]
    ) == 2


def test_network_communities_are_named_and_the_leader_explained():
    at = run("network", {})
    fig = figures(at)[0]
    names = [tr["name"] for tr in fig["data"] if tr.get("showlegend") is not False and tr.get("name")]
    assert any(" · " in n for n in names)  # named by their most connected members
    assert any(m.value.startswith("**Why ") for m in at.markdown)


def test_every_source_line_links_to_the_full_entries():
    for page in ("map", "timeline", "findings"):
        at = run(page, {"lang": "ru"})
        assert any("(/sources?table=sources&lang=ru)" in c.value for c in at.caption), page


@pytest.mark.parametrize("annexed", ["1", "0"])
def test_counts_agree_across_pages(annexed):
    """The Map's headline, the Partner profile and the Findings base count the same ties."""
    m = run("map", {"partner": "KAZ", "annexed": annexed})
    ties_map = int(headline(m)["Ties"])
    p = run("partner", {"iso3": "KAZ", "annexed": annexed})
    assert int(headline(p)["Ties"]) == ties_map
    f = run("findings", {"partner": "KAZ", "annexed": annexed})
    assert any(f"Base: {ties_map:,} ties" in c.value for c in f.caption)
