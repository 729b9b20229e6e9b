"""The page registry: one line per page. Navigation (with its sections), the pages' own URL
parameters, the tests' page lists and the README's page list all derive from `PAGES`.

A page is a module in this folder plus one line here. (The folder is not called `pages/`: a folder
of that name switches Streamlit to its legacy multipage mode, which bypasses st.navigation.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from paradiplomacy.deck import THEMES, VIEWS, deck_ids
from paradiplomacy.filters import parse_period
from paradiplomacy.metrics import MEASURES, parse_weights


@dataclass(frozen=True)
class Page:
    module: str  # views/<module>.py; also the URL path (the home page is at /)
    icon: str  # Material Symbols name, served locally
    section: str  # navigation section: explore, analyse, data
    params: dict = field(default_factory=dict)  # own URL parameters: name -> allowed values, a
    # vocabulary of the data ('regions': region codes, 'countries': iso3, 'tables': table names,
    # 'slides': slide ids of the decks in decks/), or a parser (text -> value, None when malformed)
    home: bool = False

    @property
    def title_key(self) -> str:
        return f"page_{self.module}"

    @property
    def file(self) -> str:
        return f"views/{self.module}.py"

    @property
    def url(self) -> str:
        return "/" if self.home else f"/{self.module}"


SECTIONS = ("explore", "analyse", "data")
PAGES: tuple[Page, ...] = (
    Page(
        "map",
        ":material/map:",
        "explore",
        {"view": ("russia", "world", "flows"), "measure": MEASURES + ("activity",)},
        home=True,
    ),
    Page("region", ":material/location_on:", "explore", {"code": "regions"}),
    Page("partner", ":material/public:", "explore", {"iso3": "countries"}),
    Page("timeline", ":material/timeline:", "explore", {"a": parse_period, "b": parse_period}),
    Page("activity", ":material/leaderboard:", "analyse", {"w": parse_weights}),
    Page("orgs", ":material/account_balance:", "analyse"),
    Page("network", ":material/hub:", "analyse"),
    Page("findings", ":material/co_present:", "analyse"),
    Page(
        "seminar",
        ":material/slideshow:",
        "analyse",
        {"deck": deck_ids(), "slide": "slides", "view": VIEWS, "theme": THEMES},
    ),
    Page("sources", ":material/menu_book:", "data", {"table": "tables"}),
)
BY_MODULE = {p.module: p for p in PAGES}
PAGE_PARAMS: tuple[str, ...] = tuple(dict.fromkeys(k for p in PAGES for k in p.params))
