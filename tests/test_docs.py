"""The README documents what the registries declare (as Datasette's test_docs does): every URL
parameter of the filter registry, every page of the page registry, every table of the package."""

import re

from helpers import ROOT

from paradiplomacy.data import TABLES
from paradiplomacy.filters import FILTERS
from views import PAGE_PARAMS, PAGES

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


def test_readme_lists_every_table():
    text = _section("The data package (`data/`)")
    for name in TABLES:
        assert f"`{name}.csv`" in text, name
