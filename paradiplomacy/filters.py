"""One Filters value, applied the same way to every table, and its URL form.

Every filter is declared once, in `FILTERS`: its URL key, its field of `Filters`, its kind, its
vocabulary, its label, and the part of the "showing …" sentence it belongs to. URL parsing and
writing (`from_query`, `to_query`), the sidebar's widgets and session state (`ui.sidebar`), the
sentence (`paradiplomacy.present.describe`) and the README's table of URL parameters (checked by a
test) all loop over it. An unknown or malformed URL value is dropped and reported as a notice;
parsing never raises.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace

import pandas as pd

from .data import ANNEXED_STATUSES, Package
from .i18n import LANGS
from .ties import KINDS, membership_ids

STATUSES = ("all", "active", "inactive")
YEAR_MIN, YEAR_MAX = 1900, 2026  # what a URL may ask for; the slider's range follows the data
# Partner groups: column of countries.csv (or continent) that defines each.
GROUPS = {
    "cis": ("cis", "member"),
    "eaeu": ("eaeu", True),
    "csto": ("csto", True),
    "sco": ("sco", True),
    "brics": ("brics", True),
    "eu": ("eu", True),
    "nato": ("nato", True),
    "post_soviet": ("post_soviet", True),
    "unfriendly": ("unfriendly_2022", True),
    "asia": ("continent", "Asia"),
    "europe": ("continent", "Europe"),
    "africa": ("continent", "Africa"),
    "americas": ("continent", "America"),
    "oceania": ("continent", "Oceania"),
}
SIDES = ("region", "kind", "partner", "period", "status", "annexed")  # order of the "showing …" sentence


@dataclass(frozen=True)
class Filter:
    """The declaration of one filter."""

    url: str  # URL query key
    field: str  # attribute of Filters
    kind: str  # codes (several values) | flag (yes/no) | choice (one value) | year
    label: str  # i18n key of the widget's label
    side: str  # part of the sentence; 'region' and 'partner' filters are reset together
    vocab: str | tuple = ()  # codes/choice: a Vocabulary attribute, or the fixed values
    norm: Callable[[str], str] = str.strip
    code_label: str = ""  # how a code reads: 'region', 'country', or an i18n key prefix ('fd_')
    phrase: str = ""  # i18n key that wraps the labels in the sentence ('bordering {items}')
    widget: str = ""  # flag: checkbox (default) or toggle
    help: str = ""  # i18n key of the widget's help
    doc: str = ""  # meaning, for the README's table

    @property
    def state_key(self) -> str:
        """The session-state key that holds this filter's value in the app."""
        return f"f_{self.field}"


FILTERS: tuple[Filter, ...] = (
    Filter(
        "region",
        "regions",
        "codes",
        "f_region",
        "region",
        "regions",
        str.upper,
        "region",
        doc="regions: ISO 3166-2 codes, e.g. `RU-TA,RU-MOW`, `UA-43`",
    ),
    Filter(
        "district",
        "districts",
        "codes",
        "f_district",
        "region",
        "districts",
        code_label="fd_",
        doc="federal districts: `Central`, `Northwestern`, `Southern`, `North Caucasian`, `Volga`, `Ural`, "
        "`Siberian`, `Far Eastern`, `none` (the four territories annexed in 2022, in no district)",
    ),
    Filter(
        "type",
        "types",
        "codes",
        "f_type",
        "region",
        "types",
        str.lower,
        "type_",
        doc="region types: `republic`, `krai`, `oblast`, `federal_city`, `autonomous_oblast`, `autonomous_okrug`",
    ),
    Filter("border", "border_only", "flag", "f_border", "region", doc="`1`: border regions only"),
    Filter(
        "borders",
        "borders",
        "codes",
        "f_borders",
        "region",
        "neighbours",
        str.upper,
        "country",
        phrase="borders_phrase",
        doc="regions that border these countries (ISO 3166-1 alpha-3, e.g. `KAZ`), from `regions.border_countries`",
    ),
    Filter(
        "partner",
        "partners",
        "codes",
        "f_partner",
        "partner",
        "countries",
        str.upper,
        "country",
        doc="partner countries: ISO 3166-1 alpha-3, e.g. `CHN,TUR`",
    ),
    Filter(
        "group",
        "groups",
        "codes",
        "f_group",
        "partner",
        tuple(GROUPS),
        str.lower,
        "group_",
        doc="partner groups: " + ", ".join(f"`{g}`" for g in GROUPS),
    ),
    Filter(
        "kind",
        "kinds",
        "codes",
        "f_kind",
        "kind",
        KINDS,
        str.lower,
        "kind_",
        doc="kinds of tie: " + ", ".join(f"`{k}`" for k in KINDS),
    ),
    Filter(
        "from",
        "year_from",
        "year",
        "f_period",
        "period",
        doc=f"period, first year ({YEAR_MIN}–{YEAR_MAX}): the year the tie was established",
    ),
    Filter("to", "year_to", "year", "f_period", "period", doc=f"period, last year ({YEAR_MIN}–{YEAR_MAX})"),
    Filter(
        "undated",
        "undated",
        "flag",
        "f_undated",
        "period",
        doc="`0` / `1` (default): with a period set, keep records with no known year",
    ),
    Filter(
        "status",
        "status",
        "choice",
        "f_status",
        "status",
        STATUSES,
        str.lower,
        "status_",
        doc="`all` (default), `active` (active or status unknown), `inactive` (suspended or ended)",
    ),
    Filter(
        "annexed",
        "annexed",
        "flag",
        "f_annexed",
        "annexed",
        widget="toggle",
        help="f_annexed_help",
        doc="`1` (default) / `0`: include the territories annexed in 2014 and 2022 in every count",
    ),
)
BY_URL = {spec.url: spec for spec in FILTERS}
URL_KEYS = ("lang",) + tuple(BY_URL)  # every shared URL parameter; pages add their own (views.PAGES)


@dataclass(frozen=True)
class Filters:
    lang: str = "en"
    regions: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    border_only: bool = False
    borders: tuple[str, ...] = ()  # regions bordering these countries
    partners: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()  # empty = every kind
    year_from: int | None = None
    year_to: int | None = None
    undated: bool = True  # keep records with no known year when a period is set
    status: str = "all"
    annexed: bool = True  # include the territories annexed in 2014 and 2022
    notices: tuple[str, ...] = field(default=(), compare=False)

    @property
    def has_period(self) -> bool:
        return self.year_from is not None or self.year_to is not None

    def with_(self, **kw) -> Filters:
        return replace(self, **kw)

    def without(self, side: str) -> Filters:
        """These filters with every filter of one side ('region', 'partner', …) back to its default."""
        default = Filters()
        return replace(self, **{s.field: getattr(default, s.field) for s in FILTERS if s.side == side})

    def active(self, side: str) -> bool:
        default = Filters()
        return any(getattr(self, s.field) != getattr(default, s.field) for s in FILTERS if s.side == side)


assert {s.field for s in FILTERS} | {"lang", "notices"} == {f.name for f in fields(Filters)}, (
    "FILTERS and Filters differ"
)


@dataclass(frozen=True)
class Vocabulary:
    """The values a URL may name, taken from the data."""

    regions: frozenset
    districts: frozenset
    types: frozenset
    countries: frozenset
    neighbours: frozenset  # countries that border at least one region

    @classmethod
    def from_package(cls, pkg: Package) -> Vocabulary:
        r = pkg.regions
        neighbours = {c for v in r.border_countries for c in str(v).split(";") if c}
        return cls(
            frozenset(r.region_code),
            frozenset(r.federal_district),
            frozenset(r.type),
            frozenset(pkg.countries.iso3),
            frozenset(neighbours),
        )

    def values(self, spec: Filter):
        return spec.vocab if isinstance(spec.vocab, tuple) else getattr(self, spec.vocab)


def _one(value) -> str:
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    return str(value)


def _bool(value: str) -> bool | None:
    return {"1": True, "true": True, "yes": True, "0": False, "false": False, "no": False}.get(value.lower())


def from_query(params: Mapping[str, object], vocab: Vocabulary, known: tuple[str, ...] = ()) -> Filters:
    """Parse URL query parameters; every dropped value becomes a notice. `known`: other parameters
    that are not filters (a page's own) and are left alone."""
    notices: list[str] = []
    kw: dict = {}
    if "lang" in params:
        v = _one(params["lang"]).strip().lower()
        if v in LANGS:
            kw["lang"] = v
        else:
            notices.append(f"lang={v[:40]}")
    for spec in FILTERS:
        if spec.url not in params:
            continue
        raw = _one(params[spec.url])
        if spec.kind == "codes":
            allowed, keep = vocab.values(spec), []
            for part in raw.split(","):
                v = spec.norm(part.strip())
                if not v:
                    continue
                if v in allowed and v not in keep:
                    keep.append(v)
                else:
                    notices.append(f"{spec.url}={part.strip()[:40]}")
            kw[spec.field] = tuple(keep)
        elif spec.kind == "year":
            v = raw.strip()
            if v.isdigit() and YEAR_MIN <= int(v) <= YEAR_MAX:
                kw[spec.field] = int(v)
            else:
                notices.append(f"{spec.url}={v[:40]}")
        elif spec.kind == "flag":
            b = _bool(raw.strip())
            if b is None:
                notices.append(f"{spec.url}={raw[:40]}")
            else:
                kw[spec.field] = b
        elif spec.kind == "choice":
            v = spec.norm(raw.strip())
            if v in vocab.values(spec):
                kw[spec.field] = v
            else:
                notices.append(f"{spec.url}={v[:40]}")
    if kw.get("year_from") and kw.get("year_to") and kw["year_from"] > kw["year_to"]:
        notices.append(f"from={kw['year_from']} > to={kw['year_to']}")
        kw.pop("year_from"), kw.pop("year_to")
    notices += [k for k in params if k not in URL_KEYS and k not in known]
    return Filters(**kw, notices=tuple(notices))


def to_query(f: Filters) -> dict[str, str]:
    """The URL parameters for `f`; defaults are left out so links stay short."""
    d = Filters()
    q: dict[str, str] = {"lang": f.lang} if f.lang != d.lang else {}
    for spec in FILTERS:
        val = getattr(f, spec.field)
        if val == getattr(d, spec.field):
            continue
        if spec.kind == "codes":
            q[spec.url] = ",".join(val)
        elif spec.kind == "flag":
            q[spec.url] = "1" if val else "0"
        else:
            q[spec.url] = str(val)
    return q


def parse_period(text: str) -> tuple[int, int] | None:
    """'2000-2013' -> (2000, 2013); None when malformed or outside YEAR_MIN..YEAR_MAX."""
    parts = str(text).strip().split("-")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    a, b = int(parts[0]), int(parts[1])
    return (a, b) if YEAR_MIN <= a <= b <= YEAR_MAX else None


def format_period(period: tuple[int, int]) -> str:
    return f"{period[0]}-{period[1]}"


def group_members(countries: pd.DataFrame, group: str) -> set[str]:
    col, value = GROUPS[group]
    if col == "continent":
        return set(countries.loc[countries.continent.str.contains(value, na=False), "iso3"])
    return set(countries.loc[countries[col] == value, "iso3"])


def selected_regions(regions: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The regions that the region-side filters (and the annexed-territories switch) keep."""
    keep = pd.Series(True, index=regions.index)
    if f.regions:
        keep &= regions.region_code.isin(f.regions)
    if f.districts:
        keep &= regions.federal_district.isin(f.districts)
    if f.types:
        keep &= regions.type.isin(f.types)
    if f.border_only:
        keep &= regions.is_border_region.fillna(False).astype(bool)
    if f.borders:
        wanted = set(f.borders)
        keep &= regions.border_countries.map(lambda v: bool(wanted & set(str(v).split(";"))))
    if not f.annexed:
        keep &= ~regions.status.isin(ANNEXED_STATUSES)
    return regions[keep]


def apply(ties: pd.DataFrame, pkg: Package, f: Filters) -> pd.DataFrame:
    """Ties that pass every filter."""
    keep = ties.region_code.isin(selected_regions(pkg.regions, f).region_code)
    if not f.annexed:
        keep &= ~ties.annexed
    if f.partners:
        keep &= ties.partner_iso3.isin(f.partners)
    if f.groups:
        members = set().union(*(group_members(pkg.countries, g) for g in f.groups))
        keep &= ties.partner_iso3.isin(members)
    if f.kinds:
        keep &= ties.kind.isin(f.kinds)
    if f.has_period:
        lo = f.year_from if f.year_from is not None else YEAR_MIN
        hi = f.year_to if f.year_to is not None else YEAR_MAX
        dated = ties.year.notna()
        in_period = dated & ties.year.fillna(0).between(lo, hi)
        keep &= in_period | (~dated & f.undated)
    if f.status == "active":
        keep &= ties.status_group.isin(["active", "unknown"])
    elif f.status == "inactive":
        keep &= ties.status_group == "inactive"
    return ties[keep]


def dropped_kinds(ties: pd.DataFrame, pkg: Package, f: Filters) -> list[str]:
    """Kinds of tie that the partner-side filters remove entirely although the user did not exclude
    them: memberships have no partner country, so any partner or group filter drops them all."""
    if not f.active("partner"):
        return []
    present = set(apply(ties, pkg, f).kind)
    without = set(apply(ties, pkg, f.without("partner")).kind)
    return [k for k in KINDS if k in without and k not in present]


def filter_tables(pkg: Package, shown: pd.DataFrame, f: Filters) -> dict[str, pd.DataFrame]:
    """Every table of the package restricted to the records behind the filtered ties `shown`."""
    ids = set(shown.tie_id)
    tw = pkg.twinning[pkg.twinning.link_id.isin(ids)]
    place_ids = set(tw.ru_place_id) | set(tw.foreign_place_id)
    out = {name: pkg.table(name) for name in pkg.names}
    out.update(
        {
            "regions": selected_regions(pkg.regions, f),
            "places": pkg.places[pkg.places.place_id.isin(place_ids)],
            "twinning": tw,
            "memberships": pkg.memberships[membership_ids(pkg.memberships).isin(ids)],
            "agreements": pkg.agreements[pkg.agreements.agreement_id.isin(ids)],
            "representations": pkg.representations[pkg.representations.representation_id.isin(ids)],
        }
    )
    return out
