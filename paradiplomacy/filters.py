"""One Filters value, applied the same way to every table, and its URL form.

URL parameters (lists comma-separated): lang, region, district, type, border, partner, group,
kind, from, to, undated, status, annexed. An unknown or malformed value is dropped and reported
in the list of notices; parsing never raises.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Mapping

import pandas as pd

from .data import ANNEXED_STATUSES, Package
from .ties import KINDS

LANGS = ("en", "ru")
STATUSES = ("all", "active", "inactive")
YEAR_MIN, YEAR_MAX = 1945, 2026
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


@dataclass(frozen=True)
class Filters:
    lang: str = "en"
    regions: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    border_only: bool = False
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

    def with_(self, **kw) -> "Filters":
        return replace(self, **kw)


@dataclass(frozen=True)
class Vocabulary:
    """The values a URL may name, taken from the data."""

    regions: frozenset
    districts: frozenset
    types: frozenset
    partners: frozenset

    @classmethod
    def from_package(cls, pkg: Package) -> "Vocabulary":
        r = pkg.regions
        return cls(
            frozenset(r.region_code), frozenset(r.federal_district), frozenset(r.type), frozenset(pkg.countries.iso3)
        )


def _one(value) -> str:
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    return str(value)


def _bool(value: str) -> bool | None:
    return {"1": True, "true": True, "yes": True, "0": False, "false": False, "no": False}.get(value.lower())


def from_query(params: Mapping[str, object], vocab: Vocabulary) -> Filters:
    """Parse URL query parameters; every dropped value becomes a notice."""
    notices: list[str] = []
    kw: dict = {}

    def listed(name: str, allowed, norm=lambda s: s) -> tuple[str, ...]:
        if name not in params:
            return ()
        keep = []
        for raw in _one(params[name]).split(","):
            v = norm(raw.strip())
            if not v:
                continue
            if v in allowed and v not in keep:
                keep.append(v)
            else:
                notices.append(f"{name}={raw.strip()[:40]}")
        return tuple(keep)

    if "lang" in params:
        v = _one(params["lang"]).lower()
        if v in LANGS:
            kw["lang"] = v
        else:
            notices.append(f"lang={v[:40]}")
    kw["regions"] = listed("region", vocab.regions, str.upper)
    kw["districts"] = listed("district", vocab.districts)
    kw["types"] = listed("type", vocab.types, str.lower)
    kw["partners"] = listed("partner", vocab.partners, str.upper)
    kw["groups"] = listed("group", GROUPS, str.lower)
    kw["kinds"] = listed("kind", KINDS, str.lower)
    for name, key in (("from", "year_from"), ("to", "year_to")):
        if name in params:
            v = _one(params[name])
            if v.isdigit() and YEAR_MIN <= int(v) <= YEAR_MAX:
                kw[key] = int(v)
            else:
                notices.append(f"{name}={v[:40]}")
    if kw.get("year_from") and kw.get("year_to") and kw["year_from"] > kw["year_to"]:
        notices.append(f"from={kw['year_from']} > to={kw['year_to']}")
        kw.pop("year_from"), kw.pop("year_to")
    for name, key in (("border", "border_only"), ("undated", "undated"), ("annexed", "annexed")):
        if name in params:
            b = _bool(_one(params[name]))
            if b is None:
                notices.append(f"{name}={_one(params[name])[:40]}")
            else:
                kw[key] = b
    if "status" in params:
        v = _one(params["status"]).lower()
        if v in STATUSES:
            kw["status"] = v
        else:
            notices.append(f"status={v[:40]}")
    known = {
        "lang",
        "region",
        "district",
        "type",
        "border",
        "partner",
        "group",
        "kind",
        "from",
        "to",
        "undated",
        "status",
        "annexed",
        "page",
    }
    notices += [f"{k}" for k in params if k not in known]
    return Filters(**kw, notices=tuple(notices))


def to_query(f: Filters) -> dict[str, str]:
    """The URL parameters for `f`; defaults are left out so links stay short."""
    q: dict[str, str] = {}
    d = Filters()
    if f.lang != d.lang:
        q["lang"] = f.lang
    for name, val in (
        ("region", f.regions),
        ("district", f.districts),
        ("type", f.types),
        ("partner", f.partners),
        ("group", f.groups),
        ("kind", f.kinds),
    ):
        if val:
            q[name] = ",".join(val)
    if f.year_from is not None:
        q["from"] = str(f.year_from)
    if f.year_to is not None:
        q["to"] = str(f.year_to)
    for name, val, default in (
        ("border", f.border_only, d.border_only),
        ("undated", f.undated, d.undated),
        ("annexed", f.annexed, d.annexed),
    ):
        if val != default:
            q[name] = "1" if val else "0"
    if f.status != d.status:
        q["status"] = f.status
    return q


def group_members(countries: pd.DataFrame, group: str) -> set[str]:
    col, value = GROUPS[group]
    if col == "continent":
        return set(countries.loc[countries.continent.str.contains(value, na=False), "iso3"])
    return set(countries.loc[countries[col] == value, "iso3"])


def selected_regions(regions: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The regions that the region-side filters keep."""
    keep = pd.Series(True, index=regions.index)
    if f.regions:
        keep &= regions.region_code.isin(f.regions)
    if f.districts:
        keep &= regions.federal_district.isin(f.districts)
    if f.types:
        keep &= regions.type.isin(f.types)
    if f.border_only:
        keep &= regions.is_border_region.fillna(False).astype(bool)
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


def filter_tables(pkg: Package, view: pd.DataFrame, f: Filters) -> dict[str, pd.DataFrame]:
    """Every table of the package restricted to the records behind the filtered ties `view`."""
    ids = set(view.tie_id)
    tw = pkg.twinning[pkg.twinning.link_id.isin(ids)]
    place_ids = set(tw.ru_place_id) | set(tw.foreign_place_id)
    mem_ids = "m:" + pkg.memberships.region_code + ":" + pkg.memberships.org_id
    return {
        "regions": selected_regions(pkg.regions, f),
        "countries": pkg.countries,
        "places": pkg.places[pkg.places.place_id.isin(place_ids)],
        "twinning": tw,
        "organisations": pkg.organisations,
        "memberships": pkg.memberships[mem_ids.isin(ids)],
        "agreements": pkg.agreements[pkg.agreements.agreement_id.isin(ids)],
        "representations": pkg.representations[pkg.representations.representation_id.isin(ids)],
        "events": pkg.events,
        "sources": pkg.sources,
    }
