"""Timeline: ties established per year by partner group, suspensions, dated events, two periods compared."""

import streamlit as st

import ui
from paradiplomacy import figures, geo, metrics, present
from paradiplomacy import filters as flt
from paradiplomacy.i18n import name_col, t

ctx = ui.page("timeline")
lang, pkg = ctx.lang, ctx.pkg
nc = name_col(lang)
events = pkg.events


def over_time() -> dict:
    """The per-year and endings charts and the events table, once per process and Filters value."""
    per_year = metrics.per_year(ctx.shown, metrics.partner_bloc(pkg.countries))
    if len(per_year):
        peak = per_year.groupby("year").n.sum().idxmax()
        title = t("timeline_title", lang, n=int(per_year.n.sum()), peak=int(peak))
    else:
        title = t("timeline_title_empty", lang)
    out: dict = {
        "dated": int(ctx.shown.year.notna().sum()),
        "undated": int(ctx.shown.year.isna().sum()),
        "per_year": (figures.per_year_bars(per_year, lang, title, events, y_label=t("h_ties", lang)), per_year),
        "ends": None,
    }
    ends = metrics.endings_per_year(ctx.shown)
    if len(ends):
        labels = {s: present.category_label(pkg, "twinning", "status", s, lang) for s in ("suspended", "ended")}
        fig = figures.status_bars(
            ends.assign(year=ends.status_year.astype(int)), labels, lang, t("endings_title", lang, n=int(ends.n.sum()))
        )
        out["ends"] = (fig, ends)
    ev = events.assign(title=events["title_ru" if lang == "ru" else "title_en"].fillna(events.title_en))
    out["events"] = ui.localised(present.readable(ev[["date", "year", "kind", "title", "sources"]], pkg, lang), lang)
    return out


def compared(a: tuple[int, int], b: tuple[int, int]) -> dict:
    """Two periods compared, by region and by partner country, once per process and (filters, periods)."""
    regions = flt.selected_regions(pkg.regions, ctx.f)
    ties_a = flt.apply(ctx.ties, pkg, ctx.f.with_(year_from=a[0], year_to=a[1], undated=False))
    ties_b = flt.apply(ctx.ties, pkg, ctx.f.with_(year_from=b[0], year_to=b[1], undated=False))
    sa = metrics.region_summary(ties_a, regions)
    sb = metrics.region_summary(ties_b, regions)
    change = sa[["region_code", nc]].assign(change=(sb.ties.values - sa.ties.values).astype(int))
    label = t("change_label", lang)

    def title(key: str, df) -> str:  # "… in B versus A: more in `up`, fewer in `down`"
        a_, b_ = f"{a[0]}–{a[1]}", f"{b[0]}–{b[1]}"
        return t(key, lang, a=a_, b=b_, up=int((df.change > 0).sum()), down=int((df.change < 0).sum()))

    by_region = figures.russia_diverging(
        change, ui.regions_geojson(), "change", lang, title("change_title", change), geo.russia_projection(), label
    )
    by_country = metrics.country_change(ties_a, ties_b, pkg.countries, nc)
    fig = figures.world_diverging(
        by_country,
        ui.countries_geojson(),
        lang,
        title("country_change_title", by_country),
        geo.world_projection(),
        label,
        ui.country_ids(),
    )
    return {
        "totals": (int(sa.ties.sum()), int(sb.ties.sum())),
        "change": (by_region, change.sort_values("change")),
        "country_change": (fig, by_country),
    }


view = ui.memo("timeline", ctx.f, over_time)
st.info(t("timeline_dated", lang, dated=view["dated"], undated=view["undated"]), icon="ℹ️")
ui.chart_with_table(*view["per_year"], "per_year", lang)
if view["ends"] is not None:
    ui.chart_with_table(*view["ends"], "endings", lang)
else:
    st.caption(t("endings_none", lang))

st.markdown(f"### {t('compare_title', lang)}")
c1, c2 = st.columns(2)
first = int(ctx.ties.year.min()) if ctx.ties.year.notna().any() else flt.YEAR_MIN  # the first attested year
DEFAULT_A, DEFAULT_B = (2000, 2013), (2014, flt.YEAR_MAX)
a = c1.slider(t("period_a", lang), first, flt.YEAR_MAX, key=ui.page_value("a", DEFAULT_A, flt.parse_period))
b = c2.slider(t("period_b", lang), first, flt.YEAR_MAX, key=ui.page_value("b", DEFAULT_B, flt.parse_period))
cmp = ui.memo("timeline_compared", (ctx.f, tuple(a), tuple(b)), lambda: compared(a, b))
total_a, total_b = cmp["totals"]
c1.metric(t("h_ties", lang) + f" {a[0]}–{a[1]}", total_a)
c2.metric(t("h_ties", lang) + f" {b[0]}–{b[1]}", total_b, delta=total_b - total_a)
ui.chart_with_table(*cmp["change"], "change", lang)
ui.chart_with_table(*cmp["country_change"], "country_change", lang)
st.caption(t("change_note", lang, n=view["undated"]))
ui.source_line(ctx, ctx.shown)
with st.expander(t("events", lang) + f" ({len(events)})"):
    ui.table(view["events"], lang)
ui.done(ctx, {k: flt.format_period(v) for k, v, d in (("a", a, DEFAULT_A), ("b", b, DEFAULT_B)) if tuple(v) != d})
