"""Streamlit glue shared by dashboard.py and the pages: cached loading, the sidebar, URL state,
headers, source lines and the chart + table block. Domain logic stays in `paradiplomacy`."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from paradiplomacy import figures, geo, metrics
from paradiplomacy import filters as flt
from paradiplomacy.data import DATA_DIR, DataError, Package, cached_package
from paradiplomacy.i18n import column_label, name_col, t
from paradiplomacy.ties import KINDS, build_ties

PLOTLY_CONFIG = {
    "displaylogo": False,
    "toImageButtonOptions": {"format": "png", "scale": 3},
    "modeBarButtonsToRemove": ["lasso2d", "select2d"],
    # Plotly's geo maps fetch a base-layer topojson (cdn.plot.ly by default); the app serves its own
    # copy from static/topojson/ (Streamlit static serving) so that no request leaves the machine.
    "topojsonURL": "/app/static/topojson/",
}
PAGE_KEYS = {"measure", "view", "code", "iso3", "table", "page"}  # page-level URL parameters besides the shared filters


@dataclass
class Context:
    pkg: Package
    ties: pd.DataFrame  # all ties
    view: pd.DataFrame  # ties that pass the filters
    f: flt.Filters

    @property
    def lang(self) -> str:
        return self.f.lang


def _data_dir() -> str:
    # PARADIPLOMACY_DATA_DIR points the app at another copy of the package (tests use it).
    return os.environ.get("PARADIPLOMACY_DATA_DIR", str(DATA_DIR))


@st.cache_resource(show_spinner=False)
def _package(root: str) -> Package:
    return cached_package(root)


@st.cache_resource(show_spinner=False)
def _ties(root: str) -> pd.DataFrame:
    return build_ties(_package(root))


def regions_geojson() -> str:
    """The regions for Plotly: a URL of the app's static files (see paradiplomacy.geo.geojson_url)."""
    return geo.geojson_url("regions")


def countries_geojson() -> str:
    return geo.geojson_url("countries")


@st.cache_resource(show_spinner=False)
def country_ids() -> list[str]:
    """The iso3 codes that have a shape on the world map."""
    return [f["properties"]["iso3"] for f in geo.countries_geojson()["features"]]


def load() -> tuple[Package, pd.DataFrame]:
    """The package and ties; on a data error, show the message (not a traceback) and stop."""
    try:
        root = _data_dir()
        return _package(root), _ties(root)
    except DataError as e:
        lang = st.query_params.get("lang", "en")
        st.error(t("data_error", "ru" if lang == "ru" else "en", message=str(e)))
        st.stop()


def _init_state(pkg: Package) -> None:
    """On the first run of a session, take the widget state from the URL."""
    if st.session_state.get("_initialised"):
        return
    vocab = flt.Vocabulary.from_package(pkg)
    params = {k: v for k, v in st.query_params.to_dict().items() if k not in PAGE_KEYS}
    f = flt.from_query(params, vocab)
    ss = st.session_state
    ss["lang"] = f.lang
    ss["f_region"] = list(f.regions)
    ss["f_district"] = list(f.districts)
    ss["f_type"] = list(f.types)
    ss["f_border"] = f.border_only
    ss["f_partner"] = list(f.partners)
    ss["f_group"] = list(f.groups)
    ss["f_kind"] = list(f.kinds)
    ss["f_period_on"] = f.has_period
    ss["f_period"] = (f.year_from or 1990, f.year_to or flt.YEAR_MAX)
    ss["f_undated"] = f.undated
    ss["f_status"] = f.status
    ss["f_annexed"] = f.annexed
    ss["_notices"] = list(f.notices)
    for key in PAGE_KEYS - {"page"}:
        if key in st.query_params:
            ss[f"_url_{key}"] = st.query_params[key]
    ss["_initialised"] = True


def _reset() -> None:
    """Back to the default filters (the language stays)."""
    for k in list(st.session_state.keys()):
        if k.startswith("f_"):
            del st.session_state[k]
    lang = st.session_state.get("lang", "en")
    st.query_params.clear()  # otherwise the next run would restore the filters from the URL
    if lang != "en":
        st.query_params["lang"] = lang
    st.session_state["_initialised"] = False


def _widget_key(base: str, lang: str | None) -> str:
    """The key of the widget bound to `base`: one per language, or one for all (`lang` None)."""
    return f"{base}__{lang}" if lang else f"{base}__w"


def bind(base: str, per_language: bool = True) -> str:
    """The widget key for the session state `base`, which the widget reads and writes.

    The state lives under `base`, not under the widget's key, for two reasons: Streamlit drops the
    state of a widget whose key it did not see in a run (a page switch in mid-run, for instance),
    and its select boxes keep the option labels they were first drawn with, so after a language
    switch they would still show the old language. With `per_language`, each language gets a widget
    of its own. Call it just before drawing the widget.
    """
    ss = st.session_state
    wkey = _widget_key(base, ss.get("lang", "en") if per_language else None)
    if wkey in ss:
        ss[base] = ss[wkey]
    else:
        ss[wkey] = ss[base]
    return wkey


def sidebar(pkg: Package) -> flt.Filters:
    """Draw the shared sidebar and return the Filters it sets."""
    _init_state(pkg)
    ss = st.session_state
    with st.sidebar:
        lang_key = bind("lang", per_language=False)
        if ss["lang"] not in ("en", "ru"):  # a segmented control can be deselected: keep a language
            ss["lang"] = ss[lang_key] = ss.get("_last_lang", "en")
        ss["_last_lang"] = ss["lang"]
        st.segmented_control(
            t("language", ss["lang"]),
            ["en", "ru"],
            key=lang_key,
            format_func=lambda v: {"en": "English", "ru": "Русский"}[v],
        )
        lang = ss["lang"]
        nc = name_col(lang)
        other = "name_en" if lang == "ru" else "name_ru"
        st.header(t("filters", lang))
        regions = pkg.regions.sort_values(nc)
        label = {r.region_code: f"{getattr(r, nc)} · {getattr(r, other)}" for r in regions.itertuples()}
        st.multiselect(
            t("f_region", lang), list(label), key=bind("f_region"), format_func=label.get, placeholder=t("choose", lang)
        )
        st.multiselect(
            t("f_district", lang),
            sorted(pkg.regions.federal_district.unique()),
            key=bind("f_district"),
            format_func=lambda d: t(f"fd_{d}", lang),
            placeholder=t("choose", lang),
        )
        st.multiselect(
            t("f_type", lang),
            sorted(pkg.regions.type.unique()),
            key=bind("f_type"),
            format_func=lambda d: t(f"type_{d}", lang),
            placeholder=t("choose", lang),
        )
        st.checkbox(t("f_border", lang), key=bind("f_border", False))
        countries = pkg.countries.sort_values(nc)
        clabel = {c.iso3: f"{getattr(c, nc)} · {getattr(c, other)}" for c in countries.itertuples()}
        st.multiselect(
            t("f_partner", lang),
            list(clabel),
            key=bind("f_partner"),
            format_func=clabel.get,
            placeholder=t("choose", lang),
        )
        st.multiselect(
            t("f_group", lang),
            list(flt.GROUPS),
            key=bind("f_group"),
            format_func=lambda g: t(f"group_{g}", lang),
            placeholder=t("choose", lang),
        )
        st.multiselect(
            t("f_kind", lang),
            list(KINDS),
            key=bind("f_kind"),
            format_func=lambda k: t(f"kind_{k}", lang),
            placeholder=t("choose", lang),
        )
        st.checkbox(t("f_period_on", lang), key=bind("f_period_on", False))
        if ss["f_period_on"]:
            st.slider(t("f_period", lang), flt.YEAR_MIN, flt.YEAR_MAX, key=bind("f_period", False))
            st.checkbox(t("f_undated", lang), key=bind("f_undated", False))
        st.radio(
            t("f_status", lang), list(flt.STATUSES), key=bind("f_status"), format_func=lambda s: t(f"status_{s}", lang)
        )
        st.toggle(t("f_annexed", lang), key=bind("f_annexed", False), help=t("f_annexed_help", lang))
        st.button(t("f_reset", lang), on_click=_reset)
    period = ss["f_period"] if ss["f_period_on"] else (None, None)
    return flt.Filters(
        lang=lang,
        regions=tuple(ss["f_region"]),
        districts=tuple(ss["f_district"]),
        types=tuple(ss["f_type"]),
        border_only=ss["f_border"],
        partners=tuple(ss["f_partner"]),
        groups=tuple(ss["f_group"]),
        kinds=tuple(ss["f_kind"]),
        year_from=period[0],
        year_to=period[1],
        undated=ss["f_undated"],
        status=ss["f_status"],
        annexed=ss["f_annexed"],
    )


def sync_url(f: flt.Filters, page_params: dict[str, str] | None = None) -> None:
    """Write the filters (and page-level parameters) to the URL so the view can be shared."""
    want = flt.to_query(f) | (page_params or {})
    if st.query_params.to_dict() != want:
        st.query_params.from_dict(want)


def page_param(key: str, options: list[str], default: str) -> str:
    """A page-level choice restored from the URL on the first run (bad values fall back with a notice)."""
    url_val = st.session_state.pop(f"_url_{key}", None)
    if url_val is not None:
        if url_val in options:
            st.session_state[f"p_{key}"] = url_val
            for lang in flt.LANGS:  # the explicit value wins over what the widget last held
                st.session_state.pop(_widget_key(f"p_{key}", lang), None)
        else:
            st.session_state.setdefault("_notices", []).append(f"{key}={str(url_val)[:40]}")
    if st.session_state.get(f"p_{key}") not in options:
        st.session_state[f"p_{key}"] = default
    return bind(f"p_{key}")


def describe(ctx: Context) -> str:
    """The active filters in words."""
    f, lang, pkg = ctx.f, ctx.lang, ctx.pkg
    nc = name_col(lang)
    parts = []
    if f.regions:
        names = pkg.regions.set_index("region_code").loc[list(f.regions), nc]
        parts.append(", ".join(names))
    if f.districts:
        parts.append(", ".join(t(f"fd_{d}", lang) for d in f.districts))
    if f.types:
        parts.append(", ".join(t(f"type_{x}", lang) for x in f.types))
    if f.border_only:
        parts.append(t("f_border", lang).lower())
    if not (f.regions or f.districts or f.types or f.border_only):
        parts.append(t("all_regions", lang))
    parts.append(", ".join(t(f"kind_{k}", lang) for k in f.kinds) if f.kinds else t("all_kinds", lang))
    if f.partners:
        parts.append(", ".join(pkg.countries.set_index("iso3").loc[list(f.partners), nc]))
    if f.groups:
        parts.append(", ".join(t(f"group_{g}", lang) for g in f.groups))
    if not (f.partners or f.groups):
        parts.append(t("all_partners", lang))
    if f.has_period:
        parts.append(f"{f.year_from or '…'}–{f.year_to or '…'}")
        n = int(ctx.view.year.isna().sum())
        parts.append(t("undated_kept", lang, n=n) if f.undated else t("undated_dropped", lang))
    else:
        parts.append(t("period_any", lang))
    if f.status != "all":
        parts.append(t(f"status_{f.status}", lang).lower())
    parts.append(t("annexed_included" if f.annexed else "annexed_excluded", lang))
    return "; ".join(parts)


def header(ctx: Context, page_key: str) -> None:
    st.title(t(page_key, ctx.lang))
    st.caption(t("active_filters", ctx.lang, text=describe(ctx)))
    notices = st.session_state.get("_notices") or []
    if notices:
        st.warning(t("notice_dropped", ctx.lang, items=", ".join(notices)), icon="⚠️")


def short_citation(citation: str, limit: int = 90) -> str:
    """The first sentence of a citation (a '. ' ends it, not the dot of a domain name), cut at a word."""
    first = re.split(r"(?<=[a-z0-9\)\]'\"])\.\s", citation, maxsplit=1)[0]
    return first if len(first) <= limit else first[:limit].rsplit(" ", 1)[0] + "…"


def source_line(ctx: Context, ties: pd.DataFrame, limit: int = 6) -> None:
    """The sources behind `ties`, most cited first, as a caption."""
    ids = ties.sources.str.split(";").explode()
    top = ids.value_counts().index[:limit]
    src = ctx.pkg.sources.set_index("source_id")
    names = [short_citation(src.at[i, "citation"]) for i in top if i in src.index]
    st.caption(t("source_line", ctx.lang, sources="; ".join(names) if names else "—"))


def localised(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A table for display with its column names in `lang`."""
    return table.rename(columns=lambda c: column_label(str(c), lang))


def chart_with_table(
    fig, table: pd.DataFrame, key: str, lang: str, column_config: dict | None = None, selectable: bool = False
):
    """The chart, then its data table (with a CSV download) in an expander. With `selectable`, a click
    on the chart reruns the page and the selection event is returned."""
    select = dict(on_select="rerun", selection_mode="points") if selectable else {}
    event = st.plotly_chart(fig, config=PLOTLY_CONFIG, key=f"chart_{key}", width="stretch", **select)
    with st.expander(t("table", lang)):
        st.dataframe(localised(table, lang), hide_index=True, column_config=column_config, width="stretch")
        st.download_button(
            t("download_csv", lang),
            table.to_csv(index=False).encode("utf-8"),
            file_name=f"{key}.csv",
            mime="text/csv",
            key=f"dl_{key}",
        )
    return event if selectable else None


def activity_class_map(idx: pd.DataFrame, pkg: Package, lang: str):
    """The map of activity classes for an `metrics.activity_index` result, and its rows with names
    (used by the Activity classes page and by the Map page's 'activity' measure)."""
    nc = name_col(lang)
    df = idx.reset_index().merge(pkg.regions[["region_code", nc]], on="region_code")
    counts = df["class"].value_counts()
    title = t("activity_title", lang, **{c: int(counts.get(c, 0)) for c in metrics.CLASSES})
    fig = figures.russia_categorical(
        df,
        regions_geojson(),
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


def open_region_profile(code: str) -> None:
    """Go to the Region profile of `code` (a click on a map)."""
    st.session_state["_url_code"] = code
    st.switch_page("views/region.py")


def clicked_location(event) -> str | None:
    """The `location` (region code or iso3) of the first point clicked on a choropleth, if any."""
    try:
        points = event.selection.points
    except AttributeError:
        return None
    for p in points or []:
        loc = p.get("location") if isinstance(p, dict) else None
        if loc:
            return str(loc)
    return None


def region_facts(r: pd.Series, lang: str, pkg: Package) -> pd.DataFrame:
    """A region's facts as a two-column table, in the chosen language."""
    cn = pkg.countries.set_index("iso3")[name_col(lang)]
    borders = ", ".join(cn.get(c, c) for c in (r.border_countries or "").split(";") if c) or "—"

    def val(v):
        return "—" if v is None or (not isinstance(v, str) and pd.isna(v)) or v == "" else v

    pop = (
        f"{int(r.population):,}".replace(",", "\u202f") + f" ({int(r.population_year)})"
        if pd.notna(r.population)
        else "—"
    )
    rows = [
        (t("fact_type", lang), t(f"type_{r.type}", lang)),
        (t("col_district", lang), t(f"fd_{r.federal_district}", lang)),
        (
            t("fact_fd_history", lang),
            val(r.federal_district_history_ru if lang == "ru" else r.federal_district_history),
        ),
        (t("fact_capital", lang), val(r.capital_ru if lang == "ru" else r.capital_en)),
        (t("fact_population", lang), pop),
        (t("fact_area", lang), f"{int(r.area_km2):,}".replace(",", "\u202f") if pd.notna(r.area_km2) else "—"),
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


def _blank(years: pd.Series) -> pd.Series:
    """Years as text with an empty cell where no source gives one (not 'None')."""
    return years.astype("string").fillna("")


def ties_table(ties: pd.DataFrame, lang: str, pkg: Package) -> pd.DataFrame:
    """Ties for display: region, local side, partner, country, year, status, sources."""
    cn = pkg.countries.set_index("iso3")[name_col(lang)]
    ru = lang == "ru"
    return pd.DataFrame(
        {
            t("col_region", lang): ties["region_ru" if ru else "region_en"],
            t("col_local", lang): ties["local_ru" if ru else "local_en"],
            t("col_partner", lang): ties["partner_ru" if ru else "partner_en"],
            t("col_country", lang): ties.partner_iso3.map(lambda c: cn.get(c, c) if c else "—"),
            t("col_year", lang): _blank(ties.year),
            t("col_status", lang): ties.status,
            t("col_status_year", lang): _blank(ties.status_year),
            t("col_sources", lang): ties.sources,
        }
    )


def filtered_tables(ctx: Context) -> dict[str, pd.DataFrame]:
    return flt.filter_tables(ctx.pkg, ctx.view, ctx.f)


def citation_cff() -> bytes:
    return (DATA_DIR.parent / "CITATION.cff").read_bytes()
