"""Region profile: facts, every tie, partners on a map, a timeline, the activity class, sources."""

import streamlit as st

import ui
from paradiplomacy import figures, geo, metrics, present
from paradiplomacy import filters as flt
from paradiplomacy.data import ANNEXED_STATUSES
from paradiplomacy.i18n import name_col, t

ctx = ui.page("region")
lang, pkg = ctx.lang, ctx.pkg
nc = name_col(lang)
regions = pkg.regions.sort_values(nc)
codes = regions.region_code.tolist()
default = ctx.f.regions[0] if ctx.f.regions else "RU-TA"
key = ui.page_param("code", codes, default)
names = dict(zip(regions.region_code, regions[nc]))
code = st.selectbox(t("pick_region", lang), codes, key=key, format_func=names.get)
r = pkg.regions.set_index("region_code").loc[code]


def profile(code: str) -> dict:
    """Everything the profile of `code` shows, built once per process and (filters, region)."""
    # The profile keeps every shared filter except the region-side ones; the annexed-territories
    # switch holds here too: with it off, an annexed territory's profile shows its facts and no ties.
    ties = flt.apply(ctx.ties, pkg, ctx.f.without("region").with_(regions=(code,)))
    others = ctx.f.without("region")
    out: dict = {
        "ties": ties,
        "facts": present.region_facts(r, lang, pkg),
        "head": metrics.headline(ties),
        "representation": int((ties.kind == "representation").sum()),
        "idx": metrics.activity_index(
            metrics.activity_components(flt.apply(ctx.ties, pkg, others), flt.selected_regions(pkg.regions, others))
        ),
        "coverage": present.coverage_table(pkg, code, lang),
        "charts": [],
        "kinds": [],
        "twinning": ties[ties.kind == "twinning"],
    }
    out["questioned"] = present.questioned_note(out["twinning"], lang)
    if ties.empty:
        return out
    summary = metrics.country_summary(ties, pkg.countries)
    if len(summary):
        top = summary.iloc[0]
        title = t("region_partners_title", lang, region=names[code], k=len(summary), top=top[nc], n=int(top.ties))
        fig = figures.world_choropleth(
            summary, ui.countries_geojson(), lang, title, geo.world_projection(), ui.country_ids()
        )
        table = summary[["iso3", nc, "ties", "twinning", "agreement", "representation"]]
        out["charts"].append((fig, table, f"partners_{code}"))
    per_year = metrics.per_year(ties, metrics.partner_bloc(pkg.countries))
    if len(per_year):
        fig = figures.per_year_bars(
            per_year,
            lang,
            t("region_timeline_title", lang, region=names[code], n=int(per_year.n.sum()), u=out["head"]["undated"]),
            y_label=t("h_ties", lang),
        )
        out["charts"].append((fig, per_year, f"timeline_{code}"))
    for kind in ("twinning", "agreement", "membership", "representation"):
        sub = ties[ties.kind == kind]
        if len(sub):
            out["kinds"].append((kind, len(sub), present.ties_table(sub, lang, pkg)))
    return out


p = ui.memo("region_profile", (ctx.f, code), lambda: profile(code))
ties, head, idx = p["ties"], p["head"], p["idx"]
excluded = r.status in ANNEXED_STATUSES and not ctx.f.annexed

st.subheader(names[code])
if r.status != "constitutional_entity":
    st.warning(t(f"region_status_{r.status}", lang), icon="⚠️")
if excluded:
    st.info(t("region_excluded_by_switch", lang), icon="ℹ️")
facts = p["facts"]
c1, c2 = st.columns([1, 1])
c1.table(facts.set_index(facts.columns[0]))  # a static table: long facts wrap instead of being cut
with c2:
    figures_ = [(t(f"h_{k}", lang), head[k]) for k in ("twinning", "agreement", "membership", "partners")]
    figures_ += [(t("kind_representation", lang), p["representation"]), (t("h_inactive", lang), head["inactive"])]
    ui.headline(figures_, lang, per_row=3)
if code in idx.index:
    row = idx.loc[code]
    c2.markdown(
        t(
            "region_class",
            lang,
            cls=t(f"class_{row['class']}", lang),
            index=row["index"],
            rank=list(idx.index).index(code) + 1,
            n=len(idx),
        )
    )
    comp = [
        {
            t("col_component", lang): t(f"comp_{c}", lang),
            t("col_value", lang): int(row[c]),
            t("col_normalised", lang): round(float(row[f"{c}_norm"]), 2),
        }
        for c in metrics.COMPONENTS
    ]
    c2.dataframe(comp, hide_index=True, width="stretch")
c2.markdown(f"**{t('coverage_title', lang)}**")
with c2:
    ui.table(p["coverage"], lang)

if ties.empty:
    st.info(t("region_no_ties", lang), icon="ℹ️")
else:
    for fig, table, key in p["charts"]:
        ui.chart_with_table(fig, table, key, lang, records=ties)
    for kind, n, table in p["kinds"]:
        st.markdown(f"**{t(f'kind_{kind}', lang)}** ({n})")
        if kind == "twinning" and p["questioned"]:
            st.caption(p["questioned"])
        ui.table(table, lang)
tw = p["twinning"]
if len(tw):
    st.caption(t("incomplete_note", lang, n=int(tw.year.isna().sum()), m=len(tw)))
ui.source_line(ctx, ties if len(ties) else ctx.shown.head(0))
ui.done(ctx, {"code": code})
