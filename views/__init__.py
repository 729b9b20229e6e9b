"""The page registry, read from the pages' declarations. Navigation (with its sections), the pages'
own URL parameters, the tests' page lists and the README's page list all derive from `PAGES`.

A page is two files in this folder: its module `<name>.py` and its declaration `<name>.toml`, whose
`[page]` table gives its icon, navigation section, order within the section, home flag, own URL
parameters (allowed values: a list, or the name of a vocabulary in `VOCABULARIES`) and the README's
words for them, and whose `[en]` and `[ru]` tables hold its title (`page_<name>`) and the strings
only it uses (`paradiplomacy.i18n` merges them into the catalogues). (The folder is not called
`pages/`: a folder of that name switches Streamlit to its legacy multipage mode, which bypasses
st.navigation.)

`python -m views --readme` rewrites the README's list of pages and of their URL parameters from the
registry (tests/test_docs.py
checks it is current).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from paradiplomacy.deck import THEMES, VIEWS, deck_ids
from paradiplomacy.filters import parse_period
from paradiplomacy.i18n import t
from paradiplomacy.metrics import MEASURES, parse_weights

FOLDER = Path(__file__).resolve().parent
SECTIONS = ("explore", "analyse", "data")

# What a page declaration may name as a parameter's allowed values: a tuple of values, a parser
# (text -> value, None when malformed), or a vocabulary of the data, resolved against the loaded
# package by ui.frame (region codes, iso3 codes, table names, slide ids of the decks in decks/).
VOCABULARIES: dict[str, object] = {
    "measures": MEASURES + ("activity",),  # the Map's: the counts, and the activity class
    "decks": deck_ids(),
    "deck_views": VIEWS,
    "themes": THEMES,
    "period": parse_period,
    "weights": parse_weights,
    "regions": "regions",
    "countries": "countries",
    "tables": "tables",
    "slides": "slides",
}


@dataclass(frozen=True)
class Page:
    module: str  # views/<module>.py; also the URL path (the home page is at /)
    icon: str  # Material Symbols name, served locally
    section: str  # navigation section: explore, analyse, data
    params: dict = field(default_factory=dict)  # own URL parameters: name -> allowed values, a
    # tuple, a parser (text -> value, None when malformed) or the name of a vocabulary of the data
    home: bool = False
    order: int = 0  # place within its section
    readme: dict = field(default_factory=dict)  # the README's words for a parameter
    about: str = ""  # the README's words for the page, after its title in its list of pages

    @property
    def title_key(self) -> str:
        return f"page_{self.module}"

    @property
    def file(self) -> str:
        return f"views/{self.module}.py"

    @property
    def url(self) -> str:
        return "/" if self.home else f"/{self.module}"


_PAGE_KEYS = {"icon", "section", "order", "home", "params", "readme", "about"}


def _allowed(page: str, name: str, values) -> object:
    if isinstance(values, list):
        return tuple(values)
    if isinstance(values, str) and values in VOCABULARIES:
        return VOCABULARIES[values]
    raise ValueError(
        f"views/{page}.toml: parameter '{name}': {values!r} is neither a list nor one of {list(VOCABULARIES)}"
    )


def read_page(path: Path) -> Page:
    """The page that the declaration `path` (views/<name>.toml) describes."""
    with open(path, "rb") as fh:
        decl = tomllib.load(fh)["page"]
    name = path.stem
    if set(decl) - _PAGE_KEYS or decl.get("section") not in SECTIONS or not (path.parent / f"{name}.py").exists():
        raise ValueError(f"{path}: [page] needs views/{name}.py, a section of {SECTIONS} and only {sorted(_PAGE_KEYS)}")
    params = {k: _allowed(name, k, v) for k, v in decl.get("params", {}).items()}
    if set(decl.get("readme", {})) - set(params):
        raise ValueError(f"{path}: [page.readme] describes a parameter the page does not have")
    return Page(
        name,
        decl["icon"],
        decl["section"],
        params,
        home=bool(decl.get("home", False)),
        order=int(decl["order"]),
        readme=dict(decl.get("readme", {})),
        about=str(decl.get("about", "")),
    )


def read_pages(folder: Path = FOLDER) -> tuple[Page, ...]:
    """Every page declared in `folder`, in navigation order (section, then order); exactly one home."""
    pages = sorted((read_page(p) for p in folder.glob("*.toml")), key=lambda p: (SECTIONS.index(p.section), p.order))
    if [p.home for p in pages].count(True) != 1:
        raise ValueError(f"{folder}: exactly one page is the home page")
    return tuple(pages)


PAGES: tuple[Page, ...] = read_pages()
BY_MODULE = {p.module: p for p in PAGES}
PAGE_PARAMS: tuple[str, ...] = tuple(dict.fromkeys(k for p in PAGES for k in p.params))

README_BLOCKS = ("page-list", "page-params")  # the README's parts written from the registry


def readme_markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}: written from views/*.toml by `.venv/bin/python -m views --readme` -->", f"<!-- /{name} -->"


def _describe(page: Page, name: str) -> str:
    values = page.params[name]
    if name in page.readme:
        return f"`{name}` ({page.readme[name]})"
    if isinstance(values, tuple):
        return f"`{name}` (" + ", ".join(f"`{v}`" for v in values) + ")"
    return f"`{name}`"


def readme_block(name: str, pages: tuple[Page, ...] | None = None) -> str:
    """The README's part `name` with its markers: the list of pages (`page-list`) or the pages' URLs
    and their own URL parameters (`page-params`)."""
    pages = PAGES if pages is None else pages
    begin, end = readme_markers(name)
    if name == "page-list":
        items = [
            t(p.title_key, "en") + (" (home)" if p.home else "") + (f" ({p.about})" if p.about else "") for p in pages
        ]
        return "\n".join([begin, " · ".join(items) + ".", end])
    lines = [begin, "Pages, their URLs and their own parameters (declared in `views/<page>.toml`):", ""]
    for p in pages:
        where = f"`{p.url}`, the home page" if p.home else f"`{p.url}`"
        params = ", ".join(_describe(p, k) for k in p.params)
        lines.append(f"- {t(p.title_key, 'en')} ({where})" + (f": {params}" if params else ""))
    return "\n".join(lines + ["", end])
