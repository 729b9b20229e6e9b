"""Downloads: CSV and XLSX of filtered tables, with spreadsheet formulas neutralised."""

from __future__ import annotations

import io

import pandas as pd

from .i18n import t

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(df: pd.DataFrame) -> pd.DataFrame:
    """Prefix text cells that a spreadsheet would run as a formula with an apostrophe (OWASP CSV injection)."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(lambda v: "'" + v if isinstance(v, str) and v.startswith(FORMULA_START) else v)
    return out


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    return neutralise(df).to_csv(index=False).encode("utf-8")


def to_xlsx_bytes(tables: dict[str, pd.DataFrame]) -> bytes:
    """One sheet per table (sheet names cut to Excel's 31 characters)."""
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xw:
        for name, df in tables.items():
            d = neutralise(df)
            for col in d.columns:
                if isinstance(d[col].dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_any_dtype(d[col]):
                    d[col] = d[col].dt.strftime("%Y-%m-%d")
            d.to_excel(xw, sheet_name=name[:31], index=False)
    return buf.getvalue()


def with_names(
    name: str,
    df: pd.DataFrame,
    places: pd.DataFrame,
    regions: pd.DataFrame,
    countries: pd.DataFrame,
    organisations: pd.DataFrame,
    lang: str = "en",
) -> pd.DataFrame:
    """A table for reading: the package's ids kept, names in `lang` added beside them.

    twinning gets the two places' names, the Russian side's region and the partner's country;
    memberships, agreements and representations get region (and organisation or country) names.
    Other tables are returned unchanged.
    """
    col = "name_ru" if lang == "ru" else "name_en"
    pl = places.set_index("place_id")
    untranslated = t("untranslated_suffix", lang) if lang == "ru" else ""
    pname = pl[col].where(pl[col].fillna("") != "", pl["name_en"] + untranslated)
    rname = regions.set_index("region_code")[col]
    cname = countries.set_index("iso3")[col]
    out = df.copy()
    if name == "twinning":
        ru, fo = out.ru_place_id, out.foreign_place_id
        extra = {
            "ru_place": ru.map(pname),
            "region": ru.map(pl.region_code).map(rname),
            "foreign_place": fo.map(pname),
            "country": fo.map(pl.country_iso3).map(cname),
        }
    elif name in ("memberships", "agreements", "representations"):
        extra = {"region": out.region_code.map(rname)}
        if name == "memberships":
            extra["organisation"] = out.org_id.map(organisations.set_index("org_id")[col].fillna(""))
        else:
            extra["country"] = out[{"agreements": "partner_iso3", "representations": "country_iso3"}[name]].map(cname)
    else:
        return out
    front = list(extra)
    for k, v in extra.items():
        out[k] = v.fillna("").values
    return out[front + [c for c in df.columns]]
