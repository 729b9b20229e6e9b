"""One long table of ties: twin-town links, agreements, memberships and offices abroad.

Every filter and every metric works on this table, so each kind of tie is treated the same way.
"""

from __future__ import annotations

import pandas as pd

from .data import ANNEXED_STATUSES, Package
from .i18n import t

KINDS = ("twinning", "agreement", "membership", "representation")
ANNEXED_TERRITORIES = ("crimea", "sevastopol", "donetsk", "luhansk", "zaporizhzhia", "kherson")
STATUS_GROUP = {
    "active": "active",
    "in_force": "active",
    "suspended": "inactive",
    "ended": "inactive",
    "terminated": "inactive",
    "closed": "inactive",
    "unknown": "unknown",
}
COLUMNS = [
    "tie_id",
    "kind",
    "region_code",
    "partner_iso3",
    "year",
    "status",
    "status_group",
    "status_year",
    "ru_place_id",
    "foreign_place_id",
    "org_id",
    "partner_en",
    "partner_ru",
    "local_en",
    "local_ru",
    "annexed",
    "sources",
    "questioned",
]


def _labels(pkg: Package, table: str, field: str, key: str) -> dict[str, str]:
    """code -> label (`key`: 'label' or 'label_ru') from the field's categories in the descriptor."""
    fld: dict = next((f for f in pkg.resource(table)["schema"]["fields"] if f["name"] == field), {})
    return {c["value"]: c.get(key) or c["label"] for c in fld.get("categories", [])} | {
        v: v.replace("_", " ")
        for v in pkg.table(table)[field]
        if v not in {c["value"] for c in fld.get("categories", [])}
    }


def membership_ids(ms: pd.DataFrame) -> pd.Series:
    """The tie id of each membership (memberships.csv's key: 'm:<region>:<org>[:<city>]')."""
    return ms.membership_id


def _one_row_per_partner(ag: pd.DataFrame) -> pd.DataFrame:
    """An agreement with partners in several states (partner_iso3 'BLR;KAZ') is one record; in the
    ties table it is one row per partner state, all with the agreement's id, so that it counts once
    for its region (metrics count distinct tie ids) and once for each partner state."""
    multi = ag.partner_iso3.str.contains(";")
    if not multi.any():
        return ag
    rows = []
    for r in ag[multi].to_dict("records"):
        isos = r["partner_iso3"].split(";")
        en = [x.strip() for x in r["partner_name_en"].split(";")]
        ru = [x.strip() for x in r["partner_name_ru"].split(";")]
        for i, iso in enumerate(isos):
            rows.append(
                r
                | {
                    "partner_iso3": iso,
                    "partner_name_en": en[i] if len(en) == len(isos) else r["partner_name_en"],
                    "partner_name_ru": ru[i] if len(ru) == len(isos) else r["partner_name_ru"],
                }
            )
    return pd.concat([ag[~multi], pd.DataFrame(rows, columns=ag.columns)], ignore_index=True)


def build_ties(pkg: Package) -> pd.DataFrame:
    places = pkg.places.set_index("place_id")
    annexed_regions = set(pkg.regions.loc[pkg.regions.status.isin(ANNEXED_STATUSES), "region_code"])
    region_name = pkg.regions.set_index("region_code")[["name_en", "name_ru"]]

    tw = pkg.twinning
    ru = places.loc[tw.ru_place_id]
    fo = places.loc[tw.foreign_place_id]
    twin = pd.DataFrame(
        {
            "tie_id": tw.link_id.values,
            "kind": "twinning",
            "region_code": ru.region_code.values,
            "partner_iso3": fo.country_iso3.values,
            "year": tw.year_start.values,
            "status": tw.status.values,
            "status_year": tw.status_year.values,
            "ru_place_id": tw.ru_place_id.values,
            "foreign_place_id": tw.foreign_place_id.values,
            "org_id": "",
            "partner_en": fo.name_en.values,
            "partner_ru": fo.name_ru.replace("", pd.NA).fillna(fo.name_en + t("untranslated_suffix", "ru")).values,
            "local_en": ru.name_en.values,
            "local_ru": ru.name_ru.replace("", pd.NA).fillna(ru.name_en).values,
            "annexed": (
                fo.disputed_territory.isin(ANNEXED_TERRITORIES).values | ru.region_code.isin(annexed_regions).values
            ),
            "sources": tw.sources.values,
            "questioned": tw.questioned.values,
        }
    )

    ag = _one_row_per_partner(pkg.agreements)
    agr = pd.DataFrame(
        {
            "tie_id": ag.agreement_id,
            "kind": "agreement",
            "region_code": ag.region_code,
            "partner_iso3": ag.partner_iso3,
            "year": ag.year_signed,
            "status": ag.status,
            "status_year": pd.array([pd.NA] * len(ag), dtype="Int64"),
            "ru_place_id": "",
            "foreign_place_id": "",
            "org_id": "",
            "partner_en": ag.partner_name_en,
            "partner_ru": ag.partner_name_ru.replace("", pd.NA).fillna(ag.partner_name_en),
            "local_en": ag.title,
            "local_ru": ag.title_ru.replace("", pd.NA).fillna(ag.title),
            "annexed": ag.region_code.isin(annexed_regions) | ag.partner_disputed_territory.isin(ANNEXED_TERRITORIES),
            "sources": ag.sources,
        }
    )

    ms = pkg.memberships
    org = pkg.organisations.set_index("org_id")
    mem = pd.DataFrame(
        {
            "tie_id": membership_ids(ms),
            "kind": "membership",
            "region_code": ms.region_code,
            "partner_iso3": "",
            "year": ms.year_from,
            "status": ms.status,
            "status_year": ms.year_to,
            "ru_place_id": "",
            "foreign_place_id": "",
            "org_id": ms.org_id,
            "partner_en": org.loc[ms.org_id, "name_en"].values,
            "partner_ru": org.loc[ms.org_id, "name_ru"].replace("", pd.NA).fillna(org.loc[ms.org_id, "name_en"]).values,
            "local_en": ms.role.map(_labels(pkg, "memberships", "role", "label")),
            "local_ru": ms.role.map(_labels(pkg, "memberships", "role", "label_ru")),
            "annexed": ms.region_code.isin(annexed_regions),
            "sources": ms.sources,
        }
    )

    rp = pkg.representations
    rep = pd.DataFrame(
        {
            "tie_id": rp.representation_id,
            "kind": "representation",
            "region_code": rp.region_code,
            "partner_iso3": rp.country_iso3,
            "year": rp.year_opened,
            "status": rp.status,
            "status_year": pd.array([pd.NA] * len(rp), dtype="Int64"),
            "ru_place_id": "",
            "foreign_place_id": "",
            "org_id": "",
            "partner_en": rp.city_en,
            "partner_ru": rp.city_ru.replace("", pd.NA).fillna(rp.city_en),
            "local_en": rp.title,
            "local_ru": rp.title_ru.replace("", pd.NA).fillna(rp.title),
            "annexed": rp.region_code.isin(annexed_regions) | rp.country_disputed_territory.isin(ANNEXED_TERRITORIES),
            "sources": rp.sources,
        }
    )

    ties = pd.concat([twin, agr, mem, rep], ignore_index=True)
    ties["questioned"] = ties["questioned"].fillna("")  # only twin-town links are questioned so far
    ties["year"] = ties["year"].astype("Int64")
    ties["status_year"] = ties["status_year"].astype("Int64")
    ties["annexed"] = ties["annexed"].astype(bool)
    ties["status_group"] = ties["status"].map(STATUS_GROUP).fillna("unknown")
    ties["region_en"] = region_name.name_en.reindex(ties.region_code).values
    ties["region_ru"] = region_name.name_ru.reindex(ties.region_code).values
    return ties[COLUMNS + ["region_en", "region_ru"]]
