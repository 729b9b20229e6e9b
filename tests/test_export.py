"""Exports neutralise spreadsheet formulas and keep the data."""
import io

import openpyxl
import pandas as pd

from paradiplomacy.export import neutralise, to_csv_bytes, to_xlsx_bytes

DF = pd.DataFrame({"name": ["=HYPERLINK(\"http://x\")", "+1", "Kazan", "-2", "@SUM(A1)"], "n": [1, 2, 3, 4, 5]})


def test_formulas_are_neutralised():
    out = neutralise(DF)
    assert out.name.tolist() == ["'=HYPERLINK(\"http://x\")", "'+1", "Kazan", "'-2", "'@SUM(A1)"]
    assert out.n.tolist() == [1, 2, 3, 4, 5]


def test_csv_and_xlsx_carry_neutralised_values():
    assert b"'=HYPERLINK" in to_csv_bytes(DF)
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes({"twinning": DF})))
    ws = wb["twinning"]
    cells = [c.value for c in ws["A"]][1:]
    assert cells[0].startswith("'=") and ws["A2"].data_type == "s"  # text, not a formula
    assert [c.value for c in ws["B"]][1:] == [1, 2, 3, 4, 5]
