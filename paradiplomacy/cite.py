"""How to cite: the dataset (from CITATION.cff) and the sources behind any set of records, as
BibTeX, RIS and CSV. Pure functions."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import yaml

CITATION = Path(__file__).resolve().parent.parent / "CITATION.cff"


def load_cff(path: Path = CITATION) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _bib_escape(text: str) -> str:
    return re.sub(r"([{}%&$#_])", r"\\\1", str(text))


def dataset_bibtex(cff: dict) -> str:
    p = cff["preferred-citation"]
    author = " and ".join(
        "{" + a["name"] + "}" if "name" in a else f"{a['family-names']}, {a['given-names']}" for a in p["authors"]
    )
    return (
        f"@misc{{paradiplomacy_{p['year']},\n  author = {{{author}}},\n  title = {{{_bib_escape(p['title'])}}},\n"
        f"  year = {{{p['year']}}},\n  version = {{{p['version']}}},\n  note = {{Licence: {p['license']}}}\n}}\n"
    )


def dataset_ris(cff: dict) -> str:
    p = cff["preferred-citation"]
    lines = ["TY  - DATA"] + [
        f"AU  - {a.get('name') or a['family-names'] + ', ' + a['given-names']}" for a in p["authors"]
    ]
    lines += [
        f"TI  - {p['title']}",
        f"PY  - {p['year']}",
        f"ET  - {p['version']}",
        f"N1  - Licence: {p['license']}",
        "ER  - ",
    ]
    return "\n".join(lines) + "\n"


def cited_sources(records: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The rows of sources.csv that the `sources` cells of `records` cite, most cited first."""
    ids = records["sources"].str.split(";").explode()
    counts = ids[ids.fillna("") != ""].value_counts()
    out = sources.set_index("source_id").reindex(counts.index).dropna(subset=["citation"])
    out = out.assign(records=counts.reindex(out.index).astype(int))
    return out.rename_axis("source_id").reset_index()


def sources_bibtex(rows: pd.DataFrame) -> str:
    """One @misc entry per source (the citation as the title; URL or DOI; date accessed)."""
    out = []
    for r in rows.itertuples():
        fields = [f"  title = {{{_bib_escape(r.citation)}}}"]
        if r.doi:
            fields.append(f"  doi = {{{r.doi}}}")
        if r.url:
            fields.append(f"  url = {{{r.url}}}")
        if r.accessed:
            fields.append(f"  urldate = {{{r.accessed}}}")
        fields.append(f"  keywords = {{{r.kind}}}")
        out.append(f"@misc{{{r.source_id},\n" + ",\n".join(fields) + "\n}\n")
    return "\n".join(out)
