"""URL state: parsing drops bad values with notices and never raises; round trip is lossless."""

import pytest

from paradiplomacy.filters import Filters, Vocabulary, from_query, to_query

VOCAB = Vocabulary(
    regions=frozenset({"RU-TA", "RU-MOW", "UA-43"}),
    districts=frozenset({"Volga", "Central"}),
    types=frozenset({"republic", "oblast"}),
    neighbours=frozenset({"KAZ"}),
    countries=frozenset({"TUR", "CHN", "DEU"}),
)


def test_defaults_when_no_parameters():
    f = from_query({}, VOCAB)
    assert f == Filters() and f.notices == ()


def test_valid_parameters_are_parsed():
    f = from_query(
        {
            "lang": "ru",
            "region": "RU-TA,ru-mow",
            "partner": "TUR",
            "group": "cis,eu",
            "kind": "twinning",
            "from": "2014",
            "to": "2024",
            "status": "inactive",
            "annexed": "0",
            "border": "1",
        },
        VOCAB,
    )
    assert f.lang == "ru" and f.regions == ("RU-TA", "RU-MOW") and f.partners == ("TUR",)
    assert f.groups == ("cis", "eu") and f.kinds == ("twinning",)
    assert (f.year_from, f.year_to, f.status, f.annexed, f.border_only) == (2014, 2024, "inactive", False, True)
    assert f.notices == ()


@pytest.mark.parametrize(
    "params, dropped",
    [
        ({"region": "RU-TA,RU-XXX"}, "region=RU-XXX"),
        ({"lang": "de"}, "lang=de"),
        ({"from": "19x4"}, "from=19x4"),
        ({"to": "3000"}, "to=3000"),
        ({"status": "<script>"}, "status=<script>"),
        ({"annexed": "maybe"}, "annexed=maybe"),
        ({"group": "g7"}, "group=g7"),
        ({"kind": "trade"}, "kind=trade"),
        ({"bogus": "1"}, "bogus"),
    ],
)
def test_bad_values_are_dropped_with_a_notice(params, dropped):
    f = from_query(params, VOCAB)
    assert dropped in f.notices
    expected = Filters(regions=("RU-TA",)) if "region" in params else Filters()
    assert f == expected  # the valid part is kept, the bad value is gone


def test_reversed_period_is_dropped():
    f = from_query({"from": "2020", "to": "2010"}, VOCAB)
    assert f.year_from is None and f.year_to is None and f.notices


def test_round_trip():
    f = Filters(
        lang="ru",
        regions=("RU-TA",),
        districts=("Volga",),
        partners=("TUR", "CHN"),
        groups=("eu",),
        kinds=("agreement",),
        year_from=2000,
        year_to=2010,
        undated=False,
        status="active",
        annexed=False,
    )
    assert from_query(to_query(f), VOCAB) == f
    assert to_query(Filters()) == {}
