"""The README documents what the registries declare (as Datasette's test_docs does): every URL
parameter of the filter registry, every page of the page registry (its lists of pages and of their
parameters are written from it), every table of the package. The page registry is read from the
pages' declarations: a new declaration file is a new page."""

import re
import shutil

import pytest
from helpers import ROOT

import views
from paradiplomacy.data import TABLES
from paradiplomacy.filters import FILTERS
from views import FOLDER, PAGE_PARAMS, PAGES, README_BLOCKS, read_pages, readme_block

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = README.index(f"## {title}")
    end = README.find("\n## ", start + 3)
    return README[start:end]


def test_readme_url_table_is_the_filter_registry():
    rows = re.findall(r"^\| `(\w+)` \| (.+) \|$", _section("Shareable URLs"), flags=re.M)
    documented = dict(rows)
    assert list(documented) == ["lang"] + [f.url for f in FILTERS]
    for f in FILTERS:
        assert documented[f.url] == f.doc, f.url


def test_readme_names_every_page_and_page_parameter():
    text = _section("Shareable URLs")
    for p in PAGES:
        if not p.home:
            assert f"`{p.url}`" in text, p.url
    for key in PAGE_PARAMS:
        assert f"`{key}`" in text, key


@pytest.mark.parametrize("name", README_BLOCKS)
def test_readme_page_lists_are_written_from_the_registry(name):
    assert readme_block(name) in README, f"run: .venv/bin/python -m views --readme ({name} is stale)"


def test_a_new_declaration_file_is_a_new_page(tmp_path, monkeypatch):
    for path in FOLDER.glob("*.toml"):
        shutil.copy(path, tmp_path)
        (tmp_path / f"{path.stem}.py").touch()
    assert read_pages(tmp_path) == PAGES
    (tmp_path / "extra.py").touch()
    (tmp_path / "extra.toml").write_text(
        '[page]\nicon = ":material/star:"\nsection = "explore"\norder = 9\n'
        '[page.params]\nside = ["left", "right"]\ncode = "regions"\n[page.readme]\ncode = "a region"\n',
        encoding="utf-8",
    )
    pages = read_pages(tmp_path)
    explore = [p.module for p in pages if p.section == "explore"]
    assert explore == [p.module for p in PAGES if p.section == "explore"] + ["extra"]
    extra = pages[len(explore) - 1]
    assert (extra.url, extra.params, extra.home) == ("/extra", {"side": ("left", "right"), "code": "regions"}, False)
    monkeypatch.setattr(views, "t", lambda key, lang: key)  # its title is in its own (temporary) file
    assert "- page_extra (`/extra`): `side` (`left`, `right`), `code` (a region)\n" in readme_block(
        "page-params", pages
    )
    (tmp_path / "extra.toml").write_text(
        '[page]\nicon = ":material/star:"\nsection = "explore"\norder = 9\n[page.params]\nx = "nowhere"\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="'x'"):
        read_pages(tmp_path)


def test_readme_lists_every_table():
    text = _section("The data package (`data/`)")
    for name in TABLES:
        assert f"`{name}.csv`" in text, name


def test_readme_coverage_figures_are_the_data():
    """The README's coverage paragraph states the package's headline counts; they are measured on
    the data, so a curation round that changes the data without restating them fails here."""
    import pandas as pd

    text = re.sub(r"\s+", " ", (ROOT / "README.md").read_text(encoding="utf-8"))
    para = text[text.index("Coverage (") :]
    para = para[: para.index("Rules:")]

    def count(name: str) -> int:
        return len(pd.read_csv(ROOT / "data" / f"{name}.csv", dtype=str))

    def stated(pattern: str) -> int:
        m = re.search(pattern, para)
        assert m, pattern
        return int(m.group(1).replace(",", ""))

    assert stated(r"([\d,]+) places") == count("places")
    assert stated(r"\*\*([\d,]+) twin-town links\*\*") == count("twinning")
    assert stated(r"\*\*([\d,]+) agreements") == count("agreements")
    assert stated(r"([\d,]+) offices abroad") == count("representations")
    assert stated(r"([\d,]+) sources\.") == count("sources")
    assert stated(r"([\d,]+) organisations") == count("organisations")
    assert stated(r"([\d,]+) dated events") == count("events")
    cov = pd.read_csv(ROOT / "data" / "coverage.csv", dtype=str)
    judged = cov[cov.kind == "twinning"].judgement.value_counts()
    assert stated(r"for twin towns: ([\d,]+) regions complete") == judged.get("complete", 0)
    assert stated(r"([\d,]+) partial, [\d,]+ with no list the stored") == judged.get("partial", 0)
    assert stated(r"([\d,]+) with no list the stored") == judged.get("no_list_found", 0)
    assert stated(r"the ([\d,]+) annexed Ukrainian regions not yet searched") == judged.get("not_searched", 0)
