"""Ties, filters and metrics on the small fixture, with expectations counted by hand from its CSVs."""

import pytest
from helpers import mini_copy

from paradiplomacy import filters as flt
from paradiplomacy import metrics
from paradiplomacy.data import load_package
from paradiplomacy.ties import build_ties


@pytest.fixture(scope="module")
def pkg(tmp_path_factory):
    return load_package(mini_copy(tmp_path_factory.mktemp("m") / "pkg"))


@pytest.fixture(scope="module")
def ties(pkg):
    return build_ties(pkg)


def summary_of(pkg, ties, f):
    return metrics.region_summary(flt.apply(ties, pkg, f), flt.selected_regions(pkg.regions, f)).set_index(
        "region_code"
    )


def test_every_record_becomes_one_tie(ties):
    # 4 twin links + 2 agreements + 1 membership + 1 office
    assert ties.kind.value_counts().to_dict() == {"twinning": 4, "agreement": 2, "membership": 1, "representation": 1}
    # Moscow–Yalta is the one tie touching an annexed territory (Yalta lies in Crimea)
    assert ties.loc[ties.annexed, "tie_id"].tolist() == ["tw_00003"]


def test_region_summary_counts(pkg, ties):
    s = summary_of(pkg, ties, flt.Filters())
    # Moscow: Berlin, Yalta, Shanghai -> 3 twin links with 3 partner countries (DEU, UKR, CHN)
    assert (s.at["RU-MOW", "twinning"], s.at["RU-MOW", "partners"], s.at["RU-MOW", "ties"]) == (3, 3, 3)
    # Tatarstan: Bursa link, Bursa agreement, org membership, Istanbul office -> 4 ties, 1 partner country (TUR)
    assert (s.at["RU-TA", "ties"], s.at["RU-TA", "partners"], s.at["RU-TA", "membership"]) == (4, 1, 1)
    assert s.at["UA-43", "ties"] == 0


def test_annexed_switch_removes_territories_and_their_ties(pkg, ties):
    s = summary_of(pkg, ties, flt.Filters(annexed=False))
    assert "UA-43" not in s.index
    assert (s.at["RU-MOW", "twinning"], s.at["RU-MOW", "partners"]) == (2, 2)


def test_period_with_and_without_undated(pkg, ties):
    keep = flt.apply(ties, pkg, flt.Filters(year_from=2000, year_to=2014, undated=False))
    assert keep.tie_id.tolist() == ["tw_00004", "rep_1"]  # 2010 and 2012
    keep_undated = flt.apply(ties, pkg, flt.Filters(year_from=2000, year_to=2014, undated=True))
    assert set(keep_undated.tie_id) == {"tw_00004", "rep_1", "tw_00001", "tw_00003", "agr_2"}
    assert flt.apply(ties, pkg, flt.Filters(year_from=1950, year_to=1960, undated=False)).empty


def test_status_partner_group_kind_filters(pkg, ties):
    assert set(flt.apply(ties, pkg, flt.Filters(status="inactive")).tie_id) == {"tw_00002", "m:RU-TA:org_a"}
    assert "tw_00002" not in set(flt.apply(ties, pkg, flt.Filters(status="active")).tie_id)
    assert set(flt.apply(ties, pkg, flt.Filters(partners=("TUR",))).tie_id) == {"tw_00001", "agr_1", "rep_1"}
    # EU partners: Germany (Berlin link) and Estonia (Pskov agreement)
    assert set(flt.apply(ties, pkg, flt.Filters(groups=("eu",))).tie_id) == {"tw_00002", "agr_2"}
    assert set(flt.apply(ties, pkg, flt.Filters(kinds=("agreement",), border_only=True)).tie_id) == {"agr_2"}


def test_country_summary_and_headline(pkg, ties):
    c = metrics.country_summary(ties, pkg.countries).set_index("iso3")
    assert (c.at["TUR", "ties"], c.at["TUR", "regions"]) == (3, 1)
    assert c.index[0] == "TUR"  # most ties first
    h = metrics.headline(ties)
    assert (h["ties"], h["partners"], h["inactive"], h["undated"]) == (8, 5, 2, 3)


def test_partner_blocs(pkg):
    b = metrics.partner_bloc(pkg.countries)
    # Estonia is post-Soviet but in the EU: coloured with the 'unfriendly' list, not the post-Soviet bloc
    assert b.to_dict() == {
        "RUS": "post_soviet",
        "TUR": "asia",
        "DEU": "unfriendly",
        "UKR": "post_soviet",
        "EST": "unfriendly",
        "LVA": "unfriendly",
        "CHN": "asia",
    }


def test_flows_aggregate_region_to_country(pkg, ties):
    f = metrics.flows(ties).set_index(["region_code", "partner_iso3"]).n
    assert f[("RU-TA", "TUR")] == 3 and f[("RU-MOW", "DEU")] == 1
    places = metrics.flows(ties, by_place=True)
    assert len(places) == 4


def test_class_breaks_cover_the_maximum():
    import pandas as pd

    from paradiplomacy.figures import class_breaks, classify

    v = pd.Series([0, 1, 3, 7, 180])
    br = class_breaks(v)
    assert br[-1] >= 180 and len(br) <= 6
    idx, labels = classify(v, br)
    assert idx.iloc[0] == 0 and labels[0] == "0"
    assert idx.iloc[-1] == len(labels) - 1


def test_period_shares_by_bloc(pkg, ties):
    out = metrics.period_shares(ties, metrics.partner_bloc(pkg.countries))
    # dated ties with a partner country in the fixture: Moscow–Berlin 1991 (DEU, on the 'unfriendly'
    # list), Moscow–Shanghai 2010 (CHN, Asia), the Istanbul office 2012 (TUR, Asia) before 2014;
    # the Tatarstan–Bursa agreement 2015 (TUR, Asia) in 2014–2021
    got = {(r.period, r.bloc): (r.n, round(r.share, 3)) for r in out.itertuples()}
    assert got == {
        ("before_2014", "asia"): (2, 0.667),
        ("before_2014", "unfriendly"): (1, 0.333),
        ("2014_2021", "asia"): (1, 1.0),
    }
    assert out.period.tolist() == ["before_2014", "before_2014", "2014_2021"]  # in time order
    assert out.groupby("period").share.sum().round(6).eq(1).all()
    assert out.n.sum() == 4


def test_concentration_and_border_contrast(pkg, ties):
    share, top = metrics.concentration(ties, k=1)
    # Tatarstan has 4 of the 8 ties; Moscow 3; Pskov 1 (the Võru agreement)
    assert top == ["RU-TA"] and share == pytest.approx(4 / 8)
    b = metrics.border_contrast(ties, pkg.regions)
    # one border region (Pskov: 1 tie, 1 partner) against three others (Tatarstan 4, Moscow 3, Crimea 0)
    assert b.at[True, "regions"] == 1 and b.at[True, "ties"] == 1 and b.at[True, "partners"] == 1
    assert b.at[False, "regions"] == 3 and b.at[False, "ties"] == pytest.approx(7 / 3)


def _with_agreement(tmp_path, old: str, new: str):
    """The fixture package with one agreements.csv row rewritten: (package, ties)."""
    from helpers import edit

    root = mini_copy(tmp_path / "pkg")
    edit(root / "agreements.csv", old, new)
    p = load_package(root)
    return p, build_ties(p)


def test_an_agreement_with_partners_in_two_states_is_one_record(tmp_path):
    """A trilateral agreement is one row of agreements.csv: it counts once for its region and once
    for each partner state (the ties table has a row per partner, with the same id)."""
    p, t = _with_agreement(
        tmp_path,
        "agr_2,RU-PSK,EST,,region,Võru County,Уезд Выру",
        "agr_2,RU-PSK,EST;TUR,,region,Võru County; Bursa,Уезд Выру; Бурса",
    )
    assert (t.tie_id == "agr_2").sum() == 2
    assert metrics.headline(t)["agreement"] == 2 and metrics.headline(t)["ties"] == 8
    assert metrics.region_summary(t, p.regions).set_index("region_code").at["RU-PSK", "agreement"] == 1
    by_country = metrics.country_summary(t, p.countries).set_index("iso3")
    assert by_country.at["EST", "agreement"] == 1 and by_country.at["TUR", "agreement"] == 2
    assert set(flt.apply(t, p, flt.Filters(partners=("TUR",))).tie_id) >= {"agr_1", "agr_2"}


def test_a_partner_in_an_annexed_territory_is_excluded_with_the_switch(tmp_path):
    """The one disputed-territory rule: an agreement with a partner in Crimea carries partner_iso3 UKR
    and partner_disputed_territory crimea, and the annexed switch removes it from every count."""
    p, t = _with_agreement(
        tmp_path,
        "agr_1,RU-TA,TUR,,region,Bursa Province,Провинция Бурса",
        "agr_1,RU-TA,UKR,crimea,region,Autonomous Republic of Crimea,Автономная Республика Крым",
    )
    assert bool(t.set_index("tie_id").at["agr_1", "annexed"])
    assert "agr_1" not in set(flt.apply(t, p, flt.Filters(annexed=False)).tie_id)
    assert "agr_1" in set(flt.apply(t, p, flt.Filters()).tie_id)
