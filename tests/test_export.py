"""Exports neutralise spreadsheet formulas and keep the data."""

import io

import openpyxl
import pandas as pd

from paradiplomacy.export import neutralise, to_csv_bytes, to_xlsx_bytes

DF = pd.DataFrame({"name": ['=HYPERLINK("http://x")', "+1", "Kazan", "-2", "@SUM(A1)"], "n": [1, 2, 3, 4, 5]})


def test_formulas_are_neutralised():
    out = neutralise(DF)
    assert out.name.tolist() == ['\'=HYPERLINK("http://x")', "'+1", "Kazan", "'-2", "'@SUM(A1)"]
    assert out.n.tolist() == [1, 2, 3, 4, 5]


def test_csv_and_xlsx_carry_neutralised_values():
    assert b"'=HYPERLINK" in to_csv_bytes(DF)
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes({"twinning": DF})))
    ws = wb["twinning"]
    cells = [c.value for c in ws["A"]][1:]
    assert cells[0].startswith("'=") and ws["A2"].data_type == "s"  # text, not a formula
    assert [c.value for c in ws["B"]][1:] == [1, 2, 3, 4, 5]


def test_tables_for_reading_add_names_beside_the_ids():
    import shutil
    import tempfile
    from pathlib import Path

    from helpers import mini_copy

    from paradiplomacy.data import load_package
    from paradiplomacy.export import with_names

    root = mini_copy(Path(tempfile.mkdtemp()) / "pkg")
    pkg = load_package(root)
    tw = with_names("twinning", pkg.twinning, pkg.places, pkg.regions, pkg.countries, pkg.organisations, "ru")
    row = tw[tw.link_id == "tw_00001"].iloc[0]
    assert (row.ru_place, row.region, row.foreign_place, row.country) == (
        "Казань",
        "Республика Татарстан",
        "Бурса",
        "Турция",
    )
    assert list(tw.columns[-len(pkg.twinning.columns) :]) == list(pkg.twinning.columns)  # the ids are kept
    ms = with_names("memberships", pkg.memberships, pkg.places, pkg.regions, pkg.countries, pkg.organisations, "en")
    assert (ms.iloc[0].region, ms.iloc[0].organisation) == ("Republic of Tatarstan", "Assembly A")
    same = with_names("sources", pkg.sources, pkg.places, pkg.regions, pkg.countries, pkg.organisations)
    assert same.equals(pkg.sources)
    shutil.rmtree(root.parent)
