"""Blocks that pages put together: a chart with its table and downloads, a table with column help,
the source line, a download, the activity-class map, clicks on maps."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from paradiplomacy import cite, export, present
from paradiplomacy.data import Package
from paradiplomacy.i18n import column_label, num, t

from .cache import fingerprint, memo
from .frame import Context
from .loading import regions_geojson

PLOTLY_CONFIG = {
    "displaylogo": False,
    "toImageButtonOptions": {"format": "png", "scale": 3},
    "modeBarButtonsToRemove": ["lasso2d", "select2d"],
    # Plotly's geo maps fetch a base-layer topojson (cdn.plot.ly by default); the app serves its own
    # copy from static/topojson/ (Streamlit static serving) so that no request leaves the machine.
    "topojsonURL": "/app/static/topojson/",
}


HEADLINE_STYLE = {
    "grid": "display:grid;gap:0.5rem 1rem;margin:0.25rem 0 1rem;grid-template-columns:{columns}",
    "cell": "display:flex;flex-direction:column;justify-content:space-between",  # numbers aligned below wrapped labels
    "label": "font-size:0.875rem;color:rgba(49,51,63,0.75);line-height:1.4",
    "value": "font-size:2.1rem;line-height:1.25;font-variant-numeric:tabular-nums",
}


def headline(items: list[tuple[str, int | float | str]], lang: str, per_row: int | None = None) -> None:
    """Headline figures (label above, number below) as one element: a row of six st.metric in six
    columns is 13 messages on every run, which a room of fifty pays fifty times (issue 14). Numbers
    are written by `i18n.num`; `per_row` fixes the number of figures a row, else they fill the width."""
    columns = f"repeat({per_row},minmax(0,1fr))" if per_row else "repeat(auto-fit,minmax(6.5rem,1fr))"
    cells = "".join(
        f'<div style="{HEADLINE_STYLE["cell"]}"><div class="pd-label" style="{HEADLINE_STYLE["label"]}">{html.escape(label)}</div>'
        f'<div class="pd-value" style="{HEADLINE_STYLE["value"]}">{html.escape(value if isinstance(value, str) else num(value, lang))}'
        "</div></div>"
        for label, value in items
    )
    grid = HEADLINE_STYLE["grid"].format(columns=columns)
    st.markdown(f'<div class="pd-headline" style="{grid}">{cells}</div>', unsafe_allow_html=True)


def localised(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A table for display with its column names in `lang`."""
    return table.rename(columns=lambda c: column_label(str(c), lang))


def download(
    data: pd.DataFrame | dict | bytes, file_name: str, label: str, key: str | None = None, mime: str | None = None
) -> None:
    """Every download goes through here, so every table passes the spreadsheet-formula guard: a
    DataFrame becomes CSV, a dict of DataFrames an XLSX workbook (one sheet each), bytes go as they are."""
    if isinstance(data, pd.DataFrame):
        payload, mime = export.to_csv_bytes(data), mime or "text/csv"
    elif isinstance(data, dict):
        payload = export.to_xlsx_bytes(data)
        mime = mime or "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        payload = data
    st.download_button(label, payload, file_name=file_name, mime=mime or "application/octet-stream", key=key)


def table(df: pd.DataFrame, lang: str, pkg: Package | None = None, name: str | None = None, **kw) -> None:
    """A table; with a package table's `name`, its columns are headed by the descriptor's field
    titles in `lang`, carry the field's description as help, and URL columns are links."""
    config = {}
    if pkg is not None and name is not None:
        ru = lang == "ru"
        headers = {}
        for col in df.columns:
            fld = pkg.field(name, col)
            if fld:
                title = (fld.get("title_ru") if ru else None) or fld.get("title") or col
                help_text = (fld.get("description_ru") if ru else None) or fld.get("description")
                if title in headers.values():  # a name column added beside its id column: keep both apart
                    title = f"{title} ({col})"
                headers[col] = title
                kind = st.column_config.LinkColumn if col in ("url", "link") else st.column_config.Column
                config[title] = kind(title, help=help_text)
            else:
                label = column_label(str(col), lang)
                headers[col] = label if label not in headers.values() else f"{label} ({col})"
        df = df.rename(columns=headers)
    link = t("col_link", lang)
    if link in df.columns:
        config[link] = st.column_config.LinkColumn(link, display_text=t("open_link", lang))
    st.dataframe(df, hide_index=True, width="stretch", column_config=config or None, **kw)


def ties_table(ties: pd.DataFrame, ctx: Context) -> None:
    table(present.ties_table(ties, ctx.lang, ctx.pkg), ctx.lang)


def chart_with_table(
    fig,
    data: pd.DataFrame,
    key: str,
    lang: str,
    column_config: dict | None = None,
    selectable: bool = False,
    records: pd.DataFrame | None = None,
):
    """The chart, then its data table (with a CSV download) and the bibliography of the records
    behind it (`records`, by default the ties the filters keep) in an expander. With `selectable`,
    a click on the chart reruns the page and the selection event is returned."""
    select = dict(on_select="rerun", selection_mode="points") if selectable else {}
    event = st.plotly_chart(fig, config=PLOTLY_CONFIG, key=f"chart_{key}", width="stretch", **select)
    # The table is built and sent only while its expander is open (a closed one reruns when opened).
    exp = st.expander(t("table", lang), key=f"table_{key}", on_change="rerun")
    if exp.open:
        with exp:
            pkg = st.session_state["_ctx"].pkg
            shown = localised(present.readable(data, pkg, lang), lang)
            st.dataframe(shown, hide_index=True, column_config=column_config, width="stretch")
            behind = st.session_state["_ctx"].shown if records is None else records
            bib = cite.cited_sources(behind, pkg.sources)
            c1, c2, c3 = st.columns(3)
            with c1:
                download(data, f"{key}.csv", t("download_csv", lang), key=f"dl_{key}")
            with c2:
                download(
                    cite.sources_bibtex(bib).encode("utf-8"),
                    f"{key}_sources.bib",
                    t("download_bib", lang),
                    key=f"bib_{key}",
                    mime="application/x-bibtex",
                )
            with c3:
                download(bib, f"{key}_sources.csv", t("download_sources_csv", lang, n=len(bib)), key=f"src_{key}")
    return event if selectable else None


def source_line(ctx: Context, ties: pd.DataFrame, limit: int = 6) -> None:
    """The sources behind `ties`, most cited first, each linked, and a pointer to the bibliography."""
    # the page's filtered ties are one shared object per Filters value: their key is the Filters
    key = (ctx.f, limit) if ties is ctx.shown else (fingerprint(ties, "sources"), limit, ctx.lang)
    st.caption(memo("source_line", key, lambda: _source_line(ties, ctx.pkg, ctx.lang, limit)))


def _source_line(ties: pd.DataFrame, pkg: Package, lang: str, limit: int) -> str:
    top = present.top_sources(ties, pkg, limit)
    names = [f"[{r.short}]({r.link})" if r.link else r.short for r in top.itertuples()]
    full = "/sources?table=sources" + ("&lang=ru" if lang == "ru" else "")
    return (
        t("source_line", lang, sources="; ".join(names) if names else "—") + " " + t("source_line_full", lang, url=full)
    )


def activity_class_map(idx: pd.DataFrame, pkg: Package, lang: str):
    return present.activity_class_map(idx, pkg, lang, regions_geojson())


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


__all__ = [
    "PLOTLY_CONFIG",
    "activity_class_map",
    "chart_with_table",
    "clicked_location",
    "download",
    "localised",
    "open_region_profile",
    "source_line",
    "table",
    "ties_table",
]
