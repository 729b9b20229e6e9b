"""Citing: CITATION.cff is complete (no placeholder values) and agrees with the data package; the
dataset's BibTeX/RIS and the bibliography of any set of records are built from the data."""

import re

import pandas as pd
from helpers import ROOT

from paradiplomacy import cite
from paradiplomacy.data import load_package

PKG = load_package()


def test_citation_cff_is_complete_and_agrees_with_the_package():
    cff = cite.load_cff()
    for key in (
        "cff-version",
        "title",
        "abstract",
        "version",
        "date-released",
        "license",
        "authors",
        "keywords",
        "preferred-citation",
        "message",
    ):
        assert cff.get(key), key
    assert str(cff["version"]) == PKG.descriptor["version"] == str(cff["preferred-citation"]["version"])
    assert cff["license"] == PKG.descriptor["licenses"][0]["name"]
    assert all("name" in a or ("family-names" in a and "given-names" in a) for a in cff["authors"])
    text = (ROOT / "CITATION.cff").read_text(encoding="utf-8").lower()
    for placeholder in ("todo", "tbd", "xxx", "example.org", "not verified", "placeholder", "lorem"):
        assert placeholder not in text, placeholder
    for ref in cff.get("references", []):
        assert ref.get("doi") and ref.get("authors") and ref.get("title"), ref


def test_dataset_bibtex_and_ris():
    cff = cite.load_cff()
    bib = cite.dataset_bibtex(cff)
    assert bib.startswith("@misc{") and cff["preferred-citation"]["title"].split(":")[0] in bib
    assert "version = {1.1.0}" in bib
    ris = cite.dataset_ris(cff).splitlines()
    assert ris[0] == "TY  - DATA" and ris[-1] == "ER  - " and any(line.startswith("TI  - ") for line in ris)


def test_bibliography_of_records_lists_exactly_their_sources():
    rows = PKG.agreements[PKG.agreements.region_code == "RU-KGD"]
    wanted = {s for cell in rows.sources for s in cell.split(";") if s}
    bib = cite.cited_sources(rows, PKG.sources)
    assert set(bib.source_id) == wanted and bib.records.sum() >= len(rows)
    text = cite.sources_bibtex(bib)
    assert len(re.findall(r"^@misc\{", text, flags=re.M)) == len(wanted)
    assert cite.cited_sources(rows.head(0), PKG.sources).empty
    assert isinstance(bib, pd.DataFrame)
