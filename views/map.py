"""Map (home): Russia by region, partner countries, and flows, for the current filters."""

import streamlit as st

import ui
from paradiplomacy import figures, geo, metrics, present
from paradiplomacy import filters as flt
from paradiplomacy.data import ANNEXED_STATUSES
from paradiplomacy.i18n import name_col, t

ctx = ui.page("map")
lang, pkg = ctx.lang, ctx.pkg
nc = name_col(lang)
views = ["russia", "world", "flows"]
view_key = ui.page_param("view", views, "russia")
MEASURES = list(metrics.MEASURES) + ["activity"]  # counts, and the activity class of the project's index
COVERED = {"agreement": "agreement", "membership": "membership", "representation": "representation"}
measure_key = ui.page_param("measure", MEASURES, "ties")


def russia(measure: str):
    regions = flt.selected_regions(pkg.regions, ctx.f)
    drawn = pkg.regions if ctx.f.annexed else pkg.regions[~pkg.regions.status.isin(ANNEXED_STATUSES)]
    if measure == "activity":  # the default-weight index of the Activity classes page
        idx = metrics.activity_index(metrics.activity_components(ctx.shown, regions))
        fig, df = ui.activity_class_map(idx, pkg, lang)
        return fig, df[["region_code", nc, "index", "class"]].sort_values("index", ascending=False)
    summary = metrics.region_summary(ctx.shown, regions)
    top = summary.sort_values(measure, ascending=False).iloc[0] if len(summary) else None
    if top is not None and top[measure] > 0:
        title = t("russia_title", lang, measure=t(f"m_{measure}", lang), top=top[nc], n=int(top[measure]))
    else:
        title = t("russia_title_empty", lang, measure=t(f"m_{measure}", lang))
    context = sorted(set(drawn.region_code) - set(summary.region_code))
    fig = figures.russia_choropleth(
        summary, ui.regions_geojson(), measure, lang, title, geo.russia_projection(), ANNEXED_STATUSES, context
    )
    if measure in COVERED:  # counts that depend on how well each region's sources were covered
        figures.coverage_marks(
            fig, present.partial_coverage_points(pkg, COVERED[measure], summary.region_code, lang), lang
        )
    return fig, summary[["region_code", nc, "federal_district", "status", measure]].sort_values(
        measure, ascending=False
    )


def world():
    summary = metrics.country_summary(ctx.shown, pkg.countries)
    if len(summary):
        top = summary.iloc[0]
        title = t("world_title", lang, top=top[nc], n=int(top.ties), k=len(summary))
    else:
        title = t("world_title_empty", lang)
    fig = figures.world_choropleth(
        summary, ui.countries_geojson(), lang, title, geo.world_projection(), ui.country_ids()
    )
    return fig, summary[["iso3", nc, "ties", "twinning", "agreement", "representation", "regions"]]


def flows():
    by_place = 0 < len(ctx.f.regions) <= 3 or len(ctx.f.partners) == 1  # towns, for a few regions or one partner
    fl = metrics.flows(ctx.shown, by_place=by_place)
    bloc = metrics.partner_bloc(pkg.countries)
    if by_place:
        pts = pkg.places.set_index("place_id")[["lat", "lon"]]
        names = {
            "local": "local_ru" if lang == "ru" else "local_en",
            "partner": "partner_ru" if lang == "ru" else "partner_en",
        }
        lines = metrics.flow_lines(fl, pts, pts, bloc, True, names)
        title = t("flow_title_place", lang, n=len(lines))
    else:
        names = dict(zip(pkg.regions.region_code, pkg.regions[nc])) | dict(zip(pkg.countries.iso3, pkg.countries[nc]))
        lines = metrics.flow_lines(fl, geo.region_points(), geo.country_points(), bloc, False, names)
        title = t("flow_title", lang, n=len(lines))
    outline = {"geojson": ui.countries_geojson(), "key": "properties.iso3", "ids": ui.country_ids()}
    return figures.flow_map(lines, lang, title, geo.world_projection(), outline), lines


head = ui.memo("headline", ctx.f, lambda: metrics.headline(ctx.shown))
ui.headline(
    [(t(f"h_{k}", lang), head[k]) for k in ("ties", "twinning", "agreement", "membership", "regions", "partners")], lang
)

choice = (
    st.segmented_control(
        " ", views, key=view_key, label_visibility="collapsed", format_func=lambda v: t(f"tab_{v}", lang)
    )
    or "russia"
)
page_params = {"view": choice} if choice != "russia" else {}

# Each view's figure and table are built once per process and (filters, view, measure).
if choice == "russia":
    measure = st.selectbox(t("measure", lang), MEASURES, key=measure_key, format_func=lambda m: t(f"m_{m}", lang))
    if measure != "ties":
        page_params["measure"] = measure
    fig, table = ui.memo("map", (ctx.f, choice, measure), lambda: russia(measure))
    event = ui.chart_with_table(fig, table, "russia", lang, selectable=True)
    st.caption(t("click_region", lang))
    if measure in COVERED:
        st.caption(t("coverage_map_note", lang, measure=t(f"m_{measure}", lang).lower()))
    code = ui.clicked_location(event)
    if code is not None and code in set(pkg.regions.region_code):  # only when a region was clicked
        ui.open_region_profile(code)
elif choice == "world":
    fig, table = ui.memo("map", (ctx.f, choice), world)
    ui.chart_with_table(fig, table, "world", lang)
else:
    fig, table = ui.memo("map", (ctx.f, choice), flows)
    ui.chart_with_table(fig, table, "flows", lang)

ui.source_line(ctx, ctx.shown)
undated, n_twinning = ui.memo("undated_twinning", ctx.f, lambda: metrics.undated(ctx.shown, "twinning"))
st.info(t("incomplete_note", lang, n=undated, m=n_twinning), icon="ℹ️")
ui.done(ctx, page_params)
