"""Timeline: ties established per year by partner group, suspensions, dated events, two periods compared."""

import streamlit as st

import ui
from paradiplomacy import figures, geo, metrics
from paradiplomacy import filters as flt
from paradiplomacy.i18n import name_col, t

ctx = ui.page("timeline")
lang, pkg = ctx.lang, ctx.pkg
nc = name_col(lang)

per_year = metrics.per_year(ctx.shown, metrics.partner_bloc(pkg.countries))
events = pkg.events
dated, undated = int(ctx.shown.year.notna().sum()), int(ctx.shown.year.isna().sum())
st.info(t("timeline_dated", lang, dated=dated, undated=undated), icon="ℹ️")
if len(per_year):
    peak = per_year.groupby("year").n.sum().idxmax()
    title = t("timeline_title", lang, n=int(per_year.n.sum()), peak=int(peak))
else:
    title = t("timeline_title_empty", lang)
fig = figures.per_year_bars(per_year, lang, title, events, y_label=t("h_ties", lang))
ui.chart_with_table(fig, per_year, "per_year", lang)

ends = metrics.endings_per_year(ctx.shown)
if len(ends):
    fig = figures.count_bars(
        ends.assign(year=ends.status_year.astype(int)),
        "year",
        "n",
        lang,
        t("endings_title", lang, n=int(ends.n.sum())),
        horizontal=False,
        height=360,
    )
    ui.chart_with_table(fig, ends, "endings", lang)
else:
    st.caption(t("endings_none", lang))

st.markdown(f"### {t('compare_title', lang)}")
c1, c2 = st.columns(2)
a = c1.slider(t("period_a", lang), 1990, flt.YEAR_MAX, (2000, 2013), key="cmp_a")
b = c2.slider(t("period_b", lang), 1990, flt.YEAR_MAX, (2014, 2026), key="cmp_b")
regions = flt.selected_regions(pkg.regions, ctx.f)
sa = metrics.region_summary(
    flt.apply(ctx.shown, pkg, ctx.f.with_(year_from=a[0], year_to=a[1], undated=False)), regions
)
sb = metrics.region_summary(
    flt.apply(ctx.shown, pkg, ctx.f.with_(year_from=b[0], year_to=b[1], undated=False)), regions
)
c1.metric(t("h_ties", lang) + f" {a[0]}–{a[1]}", int(sa.ties.sum()))
c2.metric(t("h_ties", lang) + f" {b[0]}–{b[1]}", int(sb.ties.sum()), delta=int(sb.ties.sum() - sa.ties.sum()))
change = sa[["region_code", nc]].assign(change=(sb.ties.values - sa.ties.values).astype(int))
label = t("change_label", lang)
fig = figures.russia_diverging(
    change,
    ui.regions_geojson(),
    "change",
    lang,
    t(
        "change_title",
        lang,
        a=f"{a[0]}–{a[1]}",
        b=f"{b[0]}–{b[1]}",
        up=int((change.change > 0).sum()),
        down=int((change.change < 0).sum()),
    ),
    geo.russia_projection(),
    label,
)
ui.chart_with_table(fig, change.sort_values("change"), "change", lang)
ui.source_line(ctx, ctx.shown)
ev = events.assign(title=events["title_ru" if lang == "ru" else "title_en"].fillna(events.title_en))
with st.expander(t("events", lang) + f" ({len(ev)})"):
    st.dataframe(ev[["date", "year", "kind", "title", "sources"]], hide_index=True, width="stretch")
ui.done(ctx)
