"""What the pages show, composed from the data without Streamlit: the filters in words, display
tables, a region's facts, short citations, the credits line and the activity-class map.
Pure functions: DataFrames and Filters in, text, DataFrames and figures out."""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

import pandas as pd

from . import figures, geo, metrics
from .data import Package
from .filters import FILTERS, SIDES, Filter, Filters
from .i18n import bloc_label, lang_col, name_col, num, t


def _names(pkg: Package, table: str, key: str, lang: str) -> pd.Series:
    df = pkg.table(table)
    col = name_col(lang)
    return df.set_index(key)[col].where(df.set_index(key)[col].fillna("") != "", df.set_index(key)["name_en"])


def code_label(spec: Filter, code: str, lang: str, pkg: Package) -> str:
    """How one code of a filter reads in `lang`."""
    if spec.code_label == "region":
        return str(_names(pkg, "regions", "region_code", lang).get(code, code))
    if spec.code_label == "country":
        return str(_names(pkg, "countries", "iso3", lang).get(code, code))
    if spec.code_label:
        return t(f"{spec.code_label}{code}", lang)
    return str(code)


def describe(f: Filters, pkg: Package, shown: pd.DataFrame, lang: str) -> str:
    """The active filters in words ('all regions; all kinds of ties; …'), one part per side."""
    parts: list[str] = []
    for side in SIDES:
        specs = [s for s in FILTERS if s.side == side]
        if side == "period":
            if f.has_period:
                parts.append(f"{f.year_from or '…'}–{f.year_to or '…'}")
                n = int(shown.year.isna().sum())
                parts.append(t("undated_kept", lang, n=num(n, lang)) if f.undated else t("undated_dropped", lang))
            else:
                parts.append(t("period_any", lang))
            continue
        if side == "annexed":
            parts.append(t("annexed_included" if f.annexed else "annexed_excluded", lang))
            continue
        said = []
        for spec in specs:
            value = getattr(f, spec.field)
            if value == getattr(Filters(), spec.field):
                continue
            if spec.kind == "codes":
                text = ", ".join(code_label(spec, c, lang, pkg) for c in value)
                said.append(t(spec.phrase, lang, items=text) if spec.phrase else text)
            elif spec.kind == "flag":
                said.append(t(spec.label, lang).lower())
            elif spec.kind == "choice":
                said.append(code_label(spec, value, lang, pkg).lower())
        if said:
            parts += said
        elif side in ("region", "kind", "partner"):
            parts.append(t({"region": "all_regions", "kind": "all_kinds", "partner": "all_partners"}[side], lang))
    return "; ".join(parts)


def short_citation(citation: str, limit: int = 90) -> str:
    """The first sentence of a citation (a '. ' ends it, not the dot of a domain name), cut at a word."""
    first = re.split(r"(?<=[a-z0-9\)\]'\"])\.\s", citation, maxsplit=1)[0]
    return first if len(first) <= limit else first[:limit].rsplit(" ", 1)[0] + "…"


def source_link(row) -> str:
    """The address a reader opens for a source: its DOI, else its URL ('' when it has neither)."""
    doi, url = getattr(row, "doi", "") or "", getattr(row, "url", "") or ""
    return f"https://doi.org/{doi}" if doi else url


def top_sources(ties: pd.DataFrame, pkg: Package, limit: int = 6) -> pd.DataFrame:
    """The sources behind `ties`, most cited first: source_id, short citation, link, records citing it."""
    # a plain count over the cells: pandas' split/explode on Arrow strings costs ~8 ms a view
    counts = Counter(s for cell in ties.sources.tolist() if isinstance(cell, str) for s in cell.split(";") if s)
    src = pkg.indexed("sources", "source_id")
    top = list(islice(((sid, n) for sid, n in counts.most_common() if sid in src.index), limit))
    found = src.loc[[sid for sid, _ in top]]  # one look-up for all, not one per source
    rows = [(sid, short_citation(r.citation), source_link(r), int(n)) for (sid, n), r in zip(top, found.itertuples())]
    return pd.DataFrame(rows, columns=["source_id", "short", "link", "records"])


def sources_text(ids: str, pkg: Package) -> str:
    """A record's `sources` cell as short citations ('Wikipedia, …; Kazan City Hall …')."""
    src = pkg.indexed("sources", "source_id")
    return "; ".join(short_citation(src.at[i, "citation"], 60) for i in str(ids).split(";") if i in src.index)


def sources_links(ids: str, pkg: Package) -> str:
    """The first link among a record's sources (for a link column), '' when none has one."""
    src = pkg.indexed("sources", "source_id")
    for i in str(ids).split(";"):
        if i in src.index:
            link = source_link(src.loc[i].rename(None))
            if link:
                return link
    return ""


def _blank(years: pd.Series) -> pd.Series:
    """Years as text with an empty cell where no source gives one (not 'None')."""
    return years.astype("string").fillna("")


KIND_TABLE = {
    "twinning": "twinning",
    "agreement": "agreements",
    "membership": "memberships",
    "representation": "representations",
}


def category_label(pkg: Package, table: str, field: str, value: str, lang: str) -> str:
    """A coded value's label in `lang`, from the field's `categories` in datapackage.json (the one
    place data codes are labelled); the code itself when it has none."""
    for c in pkg.field(table, field).get("categories", []):
        if c["value"] == value:
            return c.get("label_ru" if lang == "ru" else "label") or c["label"]
    return value


def coded_for_display(pkg: Package, table: str, df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """`df` (rows of package table `table`) with every coded column shown by its label in `lang`."""
    out = df.copy()
    for col in out.columns:
        cats = pkg.field(table, col).get("categories") if col in set(pkg.table(table).columns) else None
        if cats:
            labels = {c["value"]: c.get("label_ru" if lang == "ru" else "label") or c["label"] for c in cats}
            out[col] = out[col].map(lambda v, lab=labels: lab.get(v, v))
    return out


def ties_table(ties: pd.DataFrame, lang: str, pkg: Package) -> pd.DataFrame:
    """Ties for display: region, local side (the Russian place, the document, the role or the office),
    partner, (why the link is questioned, when any is), country,
    year, status, sources (as citations)."""
    cn = _names(pkg, "countries", "iso3", lang)
    kinds = set(ties.kind)  # the local column is a place, a document, a role or an office, by kind
    local = t(f"col_local_{kinds.pop()}", lang) if len(kinds) == 1 else t("col_local", lang)
    table = pd.DataFrame(
        {
            t("col_region", lang): ties[lang_col(ties.columns, "region", lang)],
            local: ties[lang_col(ties.columns, "local", lang)],
            t("col_partner", lang): ties[lang_col(ties.columns, "partner", lang)],
            t("col_country", lang): ties.partner_iso3.map(lambda c: cn.get(c, c) if c else "—"),
            t("col_year", lang): _blank(ties.year),
            t("col_status", lang): [
                category_label(pkg, KIND_TABLE[k], "status", s, lang) for k, s in zip(ties.kind, ties.status)
            ],
            t("col_status_year", lang): _blank(ties.status_year),
            t("col_sources", lang): ties.sources.map(lambda s: sources_text(s, pkg)),
            t("col_link", lang): ties.sources.map(lambda s: sources_links(s, pkg)),
        }
    )
    if (ties.questioned != "").any():  # a page casts doubt on some of these links
        # the curator's reason is an English sentence (as the notes are); the Russian table says that
        # the link is questioned, and Data & sources shows why
        why = ties.questioned if lang == "en" else ties.questioned.map(lambda q: t("questioned_yes", lang) if q else "")
        table.insert(3, t("col_questioned", lang), why.values)
    return table


def questioned_note(ties: pd.DataFrame, lang: str) -> str:
    """A line naming the links of `ties` that a page casts doubt on ('' when none is questioned)."""
    q = ties[ties.questioned != ""]
    if q.empty:
        return ""
    pairs = [
        f"{a} — {b}" for a, b in zip(q[lang_col(q.columns, "local", lang)], q[lang_col(q.columns, "partner", lang)])
    ]
    return t("questioned_note", lang, n=len(q), links="; ".join(pairs), col=t("col_questioned", lang))


def region_facts(r: pd.Series, lang: str, pkg: Package) -> pd.DataFrame:
    """A region's facts as a two-column table, in the chosen language."""
    cn = _names(pkg, "countries", "iso3", lang)
    borders = ", ".join(cn.get(c, c) for c in (r.border_countries or "").split(";") if c) or "—"

    def val(v):
        return "—" if v is None or (not isinstance(v, str) and pd.isna(v)) or v == "" else v

    pop = f"{num(r.population, lang)} ({int(r.population_year)})" if pd.notna(r.population) else "—"
    rows = [
        (t("fact_type", lang), t(f"type_{r.type}", lang)),
        (t("col_district", lang), t(f"fd_{r.federal_district}", lang)),
        (t("fact_fd_history", lang), val(r[lang_col(r.index, "federal_district_history", lang)])),
        (t("fact_capital", lang), val(r[lang_col(r.index, "capital", lang)])),
        (t("fact_population", lang), pop),
        (t("fact_area", lang), num(r.area_km2, lang) if pd.notna(r.area_km2) else "—"),
        (t("fact_borders", lang), borders),
        (
            t("fact_arctic", lang),
            t(f"arctic_{r.arctic_zone_extent}", lang) if val(r.arctic_zone_extent) != "—" else "—",
        ),
        (t("col_status", lang), t(f"region_status_{r.status}", lang)),
        (
            t("fact_merged", lang),
            f"{r.merged_from.replace(';', ' + ')} ({r.merger_date:%Y-%m-%d})" if val(r.merged_from) != "—" else "—",
        ),
        ("Wikidata", r.wikidata_id),
    ]
    return pd.DataFrame(rows, columns=[t("fact", lang), t("col_value", lang)])


def activity_class_map(idx: pd.DataFrame, pkg: Package, lang: str, geojson) -> tuple:
    """The map of activity classes for a `metrics.activity_index` result, and its rows with names
    (the Activity classes page and the Map page's 'activity' measure)."""
    nc = name_col(lang)
    df = idx.reset_index().merge(pkg.regions[["region_code", nc, "status"]], on="region_code")
    counts = df["class"].value_counts()
    title = t("activity_title", lang, **{c: int(counts.get(c, 0)) for c in metrics.CLASSES})
    fig = figures.russia_categorical(
        df,
        geojson,
        "class",
        dict(reversed(figures.CLASS_PALETTE.items())),
        {c: t(f"class_{c}", lang) for c in metrics.CLASSES},
        lang,
        title,
        geo.russia_projection(),
        ["index", "class"],
        [t("index", lang), t("class", lang)],
    )
    return fig, df


def partner_bars(countries: pd.DataFrame, pkg: Package, lang: str, title: str):
    """Leading partner countries (rows of metrics.country_summary) as bars coloured by partner bloc."""
    nc = name_col(lang)
    bloc = metrics.partner_bloc(pkg.countries)
    labelled = countries.assign(
        label=countries[nc].fillna(countries.iso3), bloc=countries.iso3.map(bloc).fillna("rest")
    )
    return figures.bloc_bars(labelled, "ties", "label", "bloc", lang, title)


def credits(descriptor: dict, lang: str) -> dict[str, str]:
    """The provenance every page shows in its footer, from the package's metadata: the dataset's
    title, version and licence, and the credits of its sources (geometry, gazetteer, names), in `lang`."""
    ru = lang == "ru"

    def title(x: dict) -> str:
        return (x.get("title_ru") if ru else None) or x.get("title", "")

    lic = (descriptor.get("licenses") or [{}])[0]
    return {
        "title": title(descriptor),
        "version": str(descriptor.get("version", "")),
        "licence": title(lic) or lic.get("name", ""),
        "licence_url": lic.get("path", ""),
        "credits": "; ".join(title(c) for c in descriptor.get("sources", [])[1:]),
    }


def coverage_table(pkg: Package, region_code: str, lang: str) -> pd.DataFrame:
    """How complete a region's data is, per kind of tie (data/coverage.csv): records held, the
    judgement, and the official list searched (a link where there is one)."""
    cov = pkg.coverage[pkg.coverage.region_code == region_code]
    link = cov.searched.map(lambda s: next((x.strip() for x in s.split(";") if x.strip().startswith("http")), ""))
    return pd.DataFrame(
        {
            t("col_kind", lang): cov.kind.map(lambda k: t(f"kind_{k}", lang)),
            t("col_records", lang): cov.records.astype(int),
            t("col_judgement", lang): cov.judgement.map(lambda j: t(f"judgement_{j}", lang)),
            t("col_link", lang): link,
        }
    )


def coverage_summary(pkg: Package, lang: str, regions: pd.DataFrame | None = None) -> str:
    """One phrase per kind: for how many regions the records were reconciled with an official
    list (the Activity classes method says which components rest on partial coverage)."""
    cov = pkg.coverage if regions is None else pkg.coverage[pkg.coverage.region_code.isin(regions.region_code)]
    n = cov.region_code.nunique()
    parts = []
    for kind, grp in cov.groupby("kind", sort=False):
        parts.append(
            t(
                "coverage_kind_sentence",
                lang,
                kind=t(f"kind_{kind}", lang),
                complete=int((grp.judgement == "complete").sum()),
                n=n,
            )
        )
    return "; ".join(parts)


def partial_coverage_points(pkg: Package, kind: str, shown_codes, lang: str) -> pd.DataFrame:
    """The points (lat, lon, name) of the shown regions whose records of `kind` are not judged
    complete per an official list (data/coverage.csv)."""
    cov = pkg.coverage[(pkg.coverage.kind == kind) & (pkg.coverage.judgement != "complete")]
    codes = [c for c in shown_codes if c in set(cov.region_code)]
    pts = geo.region_points().reindex(codes).dropna()
    names = pkg.regions.set_index("region_code")[name_col(lang)]
    return pd.DataFrame(
        {
            "lat": pts.lat.values,
            "lon": pts.lon.values,
            "name": [f"{names[c]}: {t('coverage_legend', lang)}" for c in pts.index],
        }
    )


def _labels_of(pkg: Package, column: str, lang: str) -> dict[str, str]:
    """Labels of a column's codes: from the categories of every package field of that name."""
    out: dict[str, str] = {}
    for r in pkg.descriptor["resources"]:
        for f in r["schema"]["fields"]:
            if f["name"] == column:
                for c in f.get("categories", []):
                    out.setdefault(c["value"], c.get("label_ru" if lang == "ru" else "label") or c["label"])
    return out


DERIVED_CODES = {"class": "class_", "side": "net_", "period": "period_"}  # codes the app derives, labelled in i18n


def readable(df: pd.DataFrame, pkg: Package, lang: str) -> pd.DataFrame:
    """A table for reading (not for download): coded values by their labels in `lang`, partner
    blocs and derived codes by their i18n labels, `sources` as short citations."""
    out = df.copy()
    for col in out.columns:
        if not (out[col].dtype == object or pd.api.types.is_string_dtype(out[col])):
            continue
        if col == "sources":
            out[col] = out[col].map(lambda s: sources_text(s, pkg))
        elif col == "bloc":
            out[col] = out[col].map(lambda b: bloc_label(b, lang) if isinstance(b, str) and b else b)
        elif col in DERIVED_CODES:
            prefix = DERIVED_CODES[col]
            out[col] = out[col].map(lambda v, p=prefix: t(f"{p}{v}", lang) if isinstance(v, str) and v else v)
        else:
            labels = _labels_of(pkg, col, lang)
            if labels:
                out[col] = out[col].map(lambda v, lab=labels: lab.get(v, v) if isinstance(v, str) else v)
    return out
