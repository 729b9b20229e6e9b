"""Partner-country profile: which regions and places have ties with it, and how they changed."""

import streamlit as st

import ui
from paradiplomacy import figures, geo, metrics
from paradiplomacy import filters as flt
from paradiplomacy.data import ANNEXED_STATUSES
from paradiplomacy.i18n import name_col, t

ctx = ui.page("partner")
lang, pkg = ctx.lang, ctx.pkg
nc = name_col(lang)

countries = pkg.countries.sort_values(nc)
codes = countries.iso3.tolist()
names = dict(zip(countries.iso3, countries[nc]))
if ctx.f.partners:
    default = ctx.f.partners[0]
else:
    ranked = metrics.country_summary(ctx.shown, pkg.countries)
    default = ranked.iso3.iloc[0] if len(ranked) else "CHN"
key = ui.page_param("iso3", codes, default)
iso3 = st.selectbox(t("pick_partner", lang), codes, key=key, format_func=names.get)
c = pkg.countries.set_index("iso3").loc[iso3]

# Keep every shared filter except the partner-side ones.
ties = flt.apply(ctx.ties, pkg, ctx.f.with_(partners=(iso3,), groups=()))
st.subheader(names[iso3])
groups = [t(f"group_{g}", lang) for g in flt.GROUPS if iso3 in flt.group_members(pkg.countries, g)]
st.caption(" · ".join(groups + ([c.recognition_note] if c.recognition_note else [])))

if ties.empty:
    st.info(t("partner_no_ties", lang, country=names[iso3]), icon="ℹ️")
else:
    head = metrics.headline(ties)
    a, b, cc, d = st.columns(4)
    a.metric(t("h_ties", lang), head["ties"])
    b.metric(t("h_regions", lang), head["regions"])
    cc.metric(t("h_twinning", lang), head["twinning"])
    d.metric(t("h_inactive", lang), head["inactive"])
    summary = metrics.region_summary(ties, flt.selected_regions(pkg.regions, ctx.f))
    top = summary.sort_values("ties", ascending=False).iloc[0]
    title = t(
        "partner_map_title", lang, country=names[iso3], k=int((summary.ties > 0).sum()), top=top[nc], n=int(top.ties)
    )
    fig = figures.russia_choropleth(
        summary, ui.regions_geojson(), "ties", lang, title, geo.russia_projection(), ANNEXED_STATUSES
    )
    ui.chart_with_table(
        fig,
        summary[summary.ties > 0][["region_code", nc, "ties", "twinning", "agreement", "representation"]].sort_values(
            "ties", ascending=False
        ),
        f"partner_{iso3}",
        lang,
        records=ties,
    )
    periods = ties.assign(period=ties.year.map(metrics.period_of))
    table = (
        periods.groupby(["period", "kind"])
        .size()
        .unstack(fill_value=0)
        .reindex(["before_2014", "2014_2021", "since_2022", "undated"], fill_value=0)
    )
    table.index = [t(f"period_{p}", lang) for p in table.index]
    table.columns = [t(f"kind_{k}", lang) for k in table.columns]
    st.markdown(f"**{t('partner_periods', lang)}**")
    st.dataframe(table, width="stretch")
    ended = ties[ties.status_group == "inactive"]
    st.markdown(f"**{t('partner_ended', lang, n=len(ended))}**")
    if len(ended):
        ui.ties_table(ended, ctx)
    st.markdown(f"**{t('partner_all', lang)}**")
    ui.ties_table(ties, ctx)
tw = ties[ties.kind == "twinning"]
if len(tw):
    st.caption(t("incomplete_note", lang, n=int(tw.year.isna().sum()), m=len(tw)))
ui.source_line(ctx, ties)
ui.done(ctx, {"iso3": iso3})
