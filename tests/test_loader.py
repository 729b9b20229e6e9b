"""The loader accepts a valid package and rejects broken copies with file, line and column."""

import pytest
from helpers import edit, mini_copy

from paradiplomacy.data import DataError, load_package


@pytest.fixture
def mini(tmp_path):
    return mini_copy(tmp_path / "pkg")


def test_valid_fixture_loads_with_types(mini):
    pkg = load_package(mini)
    assert len(pkg.regions) == 4 and len(pkg.twinning) == 4
    assert str(pkg.twinning.year_start.dtype) == "Int64"
    assert pkg.places.lat.dtype == "float64"
    assert pkg.regions.is_border_region.tolist() == [False, False, True, False]


@pytest.mark.parametrize(
    "file, old, new, line, column, words",
    [
        # a type error
        (
            "twinning.csv",
            "tw_00002,524901,2950159,twin_town,1991",
            "tw_00002,524901,2950159,twin_town,19x1",
            3,
            "year_start",
            "type",
        ),
        # an enum violation
        (
            "twinning.csv",
            "2950159,twin_town,1991,,suspended",
            "2950159,twin_town,1991,,paused",
            3,
            "status",
            "constraint",
        ),
        # a required value missing
        ("regions.csv", "RU-PSK,Pskov Oblast,", "RU-PSK,,", 4, "name_en", "constraint"),
        # a foreign key to a place that does not exist
        ("twinning.csv", "tw_00001,551487,750269", "tw_00001,551487,999999", 2, None, "foreign"),
        # a duplicate primary key
        ("twinning.csv", "tw_00004,", "tw_00003,", 5, None, "primary"),
        # a source id that is not in sources.csv
        ("agreements.csv", "in_force,s_ref", "in_force,s_nowhere", 2, "sources", "s_nowhere"),
        # a year range the wrong way round
        ("memberships.csv", "1995,2022", "2022,1995", 2, "year_to", "before"),
        # a border country code that does not exist
        ("regions.csv", "EST;LVA", "EST;XYZ", 4, "border_countries", "XYZ"),
        # a duplicate link under a new id
        ("twinning.csv", "tw_00004,524901,1796236", "tw_00004,551487,750269", 5, "foreign_place_id", "duplicate"),
        # a Russian place without region
        ("places.csv", "10381222,RU-MOW", "10381222,", 3, "region_code", "region"),
    ],
)
def test_broken_copy_is_rejected_with_location(mini, file, old, new, line, column, words):
    edit(mini / file, old, new)
    with pytest.raises(DataError) as exc:
        load_package(mini)
    err = exc.value
    assert err.file.endswith(file)
    assert err.line == line
    if column:
        assert err.column == column
    msg = str(err)
    assert file in msg and f"line {line}" in msg
    assert words.lower() in msg.lower()


def test_missing_file_is_named(mini):
    (mini / "events.csv").unlink()
    with pytest.raises(DataError, match="events.csv"):
        load_package(mini)


def test_missing_column_is_named(mini):
    edit(mini / "representations.csv", "year_opened,", "opened,")
    with pytest.raises(DataError) as exc:
        load_package(mini)
    assert "representations.csv" in str(exc.value) and "line 1" in str(exc.value)


def test_indexed_table_is_built_once_and_matches_the_table(mini):
    pkg = load_package(mini)
    by_id = pkg.indexed("sources", "source_id")
    assert by_id is pkg.indexed("sources", "source_id")  # one per package, not one per call
    assert list(by_id.index) == list(pkg.sources.source_id)
    assert by_id.loc[pkg.sources.source_id.iloc[0], "citation"] == pkg.sources.citation.iloc[0]
