"""Activity classes: a transparent index of regions' international activity, with its method."""

import streamlit as st

import ui
from paradiplomacy import figures, metrics, present
from paradiplomacy import filters as flt
from paradiplomacy.i18n import name_col, t

ctx = ui.page("activity")
lang, pkg = ctx.lang, ctx.pkg
nc = name_col(lang)

st.markdown(t("activity_intro", lang))
regions = flt.selected_regions(pkg.regions, ctx.f)
comp = ui.memo("activity_components", ctx.f, lambda: metrics.activity_components(ctx.shown, regions))

st.markdown(f"**{t('weights', lang)}**")
ui.page_value("w", dict(metrics.DEFAULT_WEIGHTS), metrics.parse_weights)  # kept in the URL and across pages
saved = st.session_state["p_w"]


def _keep(c: str) -> None:
    st.session_state["p_w"] = {**st.session_state["p_w"], c: st.session_state[f"w_{c}"]}


cols = st.columns(len(metrics.COMPONENTS))
weights = {
    c: col.slider(t(f"comp_{c}", lang), 0.0, 3.0, float(saved[c]), 0.5, key=f"w_{c}", on_change=_keep, args=(c,))
    for c, col in zip(metrics.COMPONENTS, cols)
}
st.session_state["p_w"] = weights


def classes(weights: dict) -> dict:
    """The index with `weights`, its map and ranking, once per process and (filters, weights)."""
    idx = metrics.activity_index(comp, weights)
    changed = metrics.class_changes(metrics.activity_index(comp), idx)
    fig, df = ui.activity_class_map(idx, pkg, lang)
    high = df[df["class"] == "high"][nc].head(5).tolist()
    table = df[["region_code", nc, "index", "class"] + list(metrics.COMPONENTS)]
    top = df.head(25)
    ranking = figures.count_bars(
        top.assign(label=top[nc]),
        "index",
        "label",
        lang,
        t("ranking_title", lang, top=", ".join(high) or "—"),
        colour_col="class",
        colours=figures.CLASS_PALETTE,
    )
    return {
        "n": len(idx),
        "changed": changed.join(pkg.regions.set_index("region_code")[nc]),
        "map": fig,
        "ranking": ranking,
        "table": table,
    }


view = ui.memo("activity", (ctx.f, tuple(sorted(weights.items()))), lambda: classes(weights))
changed = view["changed"]
thr = metrics.CLASS_THRESHOLDS
st.caption(t("thresholds", lang, a=thr[0], b=thr[1], c=thr[2]))
if weights != metrics.DEFAULT_WEIGHTS:
    st.warning(t("class_changes", lang, n=len(changed), m=view["n"]), icon="↔️")
ui.chart_with_table(view["map"], view["table"], "activity", lang)
ui.chart_with_table(view["ranking"], view["table"], "ranking", lang)
if len(changed):
    with st.expander(t("changed_regions", lang, n=len(changed))):
        st.dataframe(changed, width="stretch")

st.markdown(f"### {t('method', lang)}")
st.markdown(t("method_text", lang, a=thr[0], b=thr[1], c=thr[2]))
st.info(
    t(
        "activity_coverage",
        lang,
        summary=ui.memo("coverage_summary", lang, lambda: present.coverage_summary(pkg, lang)),
    ),
    icon="ℹ️",
)
st.markdown(f"### {t('frameworks', lang)}")
st.markdown(t("frameworks_text", lang))


def frameworks() -> dict:
    """The ties behind the two frameworks, as tables, once per process and Filters value."""
    cultural_agreements = pkg.agreements.loc[pkg.agreements.domain == "culture_humanitarian", "agreement_id"]
    culture = ctx.shown[(ctx.shown.kind == "representation") | ctx.shown.tie_id.isin(cultural_agreements)]
    forums = pkg.organisations.loc[pkg.organisations.kind == "interregional_forum", "org_id"]
    state_agreements = pkg.agreements.loc[pkg.agreements.partner_level == "state", "agreement_id"]
    political = ctx.shown[
        ((ctx.shown.kind == "membership") & ctx.shown.org_id.isin(forums)) | ctx.shown.tie_id.isin(state_agreements)
    ]
    return {
        "culture": (len(culture), present.ties_table(culture, lang, pkg)),
        "political": (len(political), present.ties_table(political, lang, pkg)),
    }


fw = ui.memo("activity_frameworks", ctx.f, frameworks)
c1, c2 = st.columns(2)
c1.markdown(f"**{t('fw_culture', lang)}** ({fw['culture'][0]})")
with c1:
    ui.table(fw["culture"][1], lang)
c2.markdown(f"**{t('fw_political', lang)}** ({fw['political'][0]})")
with c2:
    ui.table(fw["political"][1], lang)
ui.source_line(ctx, ctx.shown)
ui.done(ctx, {"w": metrics.format_weights(weights)} if weights != metrics.DEFAULT_WEIGHTS else {})
