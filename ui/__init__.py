"""Streamlit glue shared by dashboard.py and the pages, one module per concern: loading, state and
URL, the sidebar, the page frame and the blocks pages are built from. Domain logic stays in the
`paradiplomacy` package (no Streamlit there).

A page reads: `ctx = ui.page("map")` at the top, `ui.done(ctx, params)` at the end."""

from .blocks import (
    PLOTLY_CONFIG,
    activity_class_map,
    chart_with_table,
    clicked_location,
    download,
    headline,
    localised,
    open_region_profile,
    source_line,
    table,
    ties_table,
)
from .cache import fingerprint, memo
from .frame import Context, done, page
from .loading import countries_geojson, country_ids, load, regions_geojson
from .sidebar import sidebar
from .state import page_param, page_value, sync_url

__all__ = [
    "PLOTLY_CONFIG",
    "Context",
    "activity_class_map",
    "chart_with_table",
    "clicked_location",
    "countries_geojson",
    "country_ids",
    "done",
    "download",
    "headline",
    "fingerprint",
    "load",
    "localised",
    "memo",
    "open_region_profile",
    "page",
    "page_param",
    "page_value",
    "regions_geojson",
    "sidebar",
    "source_line",
    "sync_url",
    "table",
    "ties_table",
]
