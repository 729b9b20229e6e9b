"""Organisations & formats: kinds and formats of cooperation, who takes part, Russia's exits, Tatarstan."""

import pandas as pd
import streamlit as st

import ui
from paradiplomacy import figures
from paradiplomacy import filters as flt
from paradiplomacy.i18n import name_col, t

ctx = ui.page("orgs")
lang, pkg = ctx.lang, ctx.pkg
nc = name_col(lang)
orgs = pkg.organisations.assign(name=pkg.organisations[nc].replace("", pd.NA).fillna(pkg.organisations.name_en))

by_format = orgs.groupby(["format", "kind"]).size().rename("n").reset_index()
by_format["label"] = (
    by_format.format.map(lambda f: t(f"format_{f}", lang) if isinstance(f, str) and f else t("format_none", lang))
    + " · "
    + by_format.kind.map(lambda k: t(f"okind_{k}", lang))
)
ended = orgs[orgs.russia_participation.isin(["ended", "suspended"])]
fig = figures.count_bars(
    by_format.sort_values("n", ascending=False), "n", "label", lang, t("orgs_title", lang, n=len(orgs), e=len(ended))
)
ui.chart_with_table(
    fig,
    orgs[
        [
            "org_id",
            "name",
            "kind",
            "format",
            "founded_year",
            "russia_participation",
            "russia_participation_end_year",
            "sources",
        ]
    ],
    "orgs",
    lang,
)

mem = ctx.shown[ctx.shown.kind == "membership"]
if len(mem):
    m = mem.assign(
        org=mem.org_id.map(orgs.set_index("org_id").name), region=mem["region_ru" if lang == "ru" else "region_en"]
    )
    matrix = pd.crosstab(m.region, m.org.map(lambda n: n if len(n) <= 34 else n[:33].rstrip() + "…"))
    fig = figures.heatmap(
        matrix, lang, t("matrix_title", lang, r=matrix.shape[0], o=matrix.shape[1]), t("h_membership", lang)
    )
    ui.chart_with_table(fig, matrix.reset_index(), "matrix", lang)
else:
    st.info(t("no_memberships", lang), icon="ℹ️")

exits = ended[ended.russia_participation_end_year.notna()].sort_values("russia_participation_end_year")
if len(exits):
    fig = figures.count_bars(
        exits.assign(year=exits.russia_participation_end_year.astype(int), one=1),
        "year",
        "name",
        lang,
        t("exits_title", lang, n=len(exits)),
        horizontal=True,
    )
    fig.update_traces(text=exits.russia_participation.map(lambda s: t(f"part_{s}", lang)), textposition="inside")
    fig.update_xaxes(range=[int(exits.russia_participation_end_year.min()) - 1, 2026])
    ui.chart_with_table(
        fig,
        exits[
            [
                "name",
                "russia_participation",
                "russia_participation_end_year",
                "russia_participation_end_note",
                "sources",
            ]
        ],
        "exits",
        lang,
    )

st.markdown(f"### {t('tatarstan_case', lang)}")
ta = flt.apply(ctx.ties, pkg, ctx.f.without("region").with_(regions=("RU-TA",)))
for kind in ("membership", "representation", "agreement"):
    sub = ta[ta.kind == kind]
    st.markdown(f"**{t(f'kind_{kind}', lang)}** ({len(sub)})")
    if len(sub):
        ui.ties_table(sub, ctx)
ui.source_line(ctx, pd.concat([mem, ta]))
ui.done(ctx)
