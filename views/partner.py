"""Partner-country profile: which regions and places have ties with it, and how they changed."""

import streamlit as st

import ui
from paradiplomacy import figures, geo, metrics, present
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
    ranked = ui.memo("country_summary", ctx.f, lambda: metrics.country_summary(ctx.shown, pkg.countries))
    default = ranked.iso3.iloc[0] if len(ranked) else "CHN"
key = ui.page_param("iso3", codes, default)
iso3 = st.selectbox(t("pick_partner", lang), codes, key=key, format_func=names.get)
c = pkg.countries.set_index("iso3").loc[iso3]


def profile(iso3: str) -> dict:
    """Everything the profile of `iso3` shows, built once per process and (filters, country)."""
    # Keep every shared filter except the partner-side ones.
    ties = flt.apply(ctx.ties, pkg, ctx.f.with_(partners=(iso3,), groups=()))
    groups = [t(f"group_{g}", lang) for g in flt.GROUPS if iso3 in flt.group_members(pkg.countries, g)]
    out: dict = {"ties": ties, "groups": groups, "twinning": ties[ties.kind == "twinning"]}
    if ties.empty:
        return out
    out["head"] = metrics.headline(ties)
    summary = metrics.region_summary(ties, flt.selected_regions(pkg.regions, ctx.f))
    top = summary.sort_values("ties", ascending=False).iloc[0]
    title = t(
        "partner_map_title", lang, country=names[iso3], k=int((summary.ties > 0).sum()), top=top[nc], n=int(top.ties)
    )
    out["fig"] = figures.russia_choropleth(
        summary, ui.regions_geojson(), "ties", lang, title, geo.russia_projection(), ANNEXED_STATUSES
    )
    out["summary"] = summary[summary.ties > 0][
        ["region_code", nc, "ties", "twinning", "agreement", "representation"]
    ].sort_values("ties", ascending=False)
    periods = ties.assign(period=ties.year.map(metrics.period_of))
    table = (
        periods.groupby(["period", "kind"])
        .size()
        .unstack(fill_value=0)
        .reindex(["before_2014", "2014_2021", "since_2022", "undated"], fill_value=0)
    )
    table.index = [t(f"period_{p}", lang) for p in table.index]
    table.columns = [t(f"kind_{k}", lang) for k in table.columns]
    out["periods"] = table
    ended = ties[ties.status_group == "inactive"]
    out["ended"] = (len(ended), present.ties_table(ended, lang, pkg) if len(ended) else None)
    out["all"] = present.ties_table(ties, lang, pkg)
    out["questioned"] = present.questioned_note(ties, lang)
    return out


p = ui.memo("partner_profile", (ctx.f, iso3), lambda: profile(iso3))
ties = p["ties"]
st.subheader(names[iso3])
st.caption(" · ".join(p["groups"] + ([c.recognition_note] if c.recognition_note else [])))

if ties.empty:
    st.info(t("partner_no_ties", lang, country=names[iso3]), icon="ℹ️")
else:
    head = p["head"]
    ui.headline([(t(f"h_{k}", lang), head[k]) for k in ("ties", "regions", "twinning", "inactive")], lang)
    ui.chart_with_table(p["fig"], p["summary"], f"partner_{iso3}", lang, records=ties)
    st.markdown(f"**{t('partner_periods', lang)}**")
    st.dataframe(p["periods"], width="stretch")
    n_ended, ended_table = p["ended"]
    st.markdown(f"**{t('partner_ended', lang, n=n_ended)}**")
    if ended_table is not None:
        ui.table(ended_table, lang)
    st.markdown(f"**{t('partner_all', lang)}**")
    if p["questioned"]:
        st.caption(p["questioned"])
    ui.table(p["all"], lang)
tw = p["twinning"]
if len(tw):
    st.caption(t("incomplete_note", lang, n=int(tw.year.isna().sum()), m=len(tw)))
ui.source_line(ctx, ties)
ui.done(ctx, {"iso3": iso3})
