"""Organisations & formats: kinds and formats of cooperation, who takes part, Russia's exits, Tatarstan."""

import textwrap

import pandas as pd
import streamlit as st

import ui
from paradiplomacy import figures, present
from paradiplomacy import filters as flt
from paradiplomacy.i18n import name_col, t

ctx = ui.page("orgs")
lang, pkg = ctx.lang, ctx.pkg
nc = name_col(lang)
orgs = pkg.organisations.assign(name=pkg.organisations[nc].replace("", pd.NA).fillna(pkg.organisations.name_en))

by_format = orgs.groupby(["format", "kind"]).size().rename("n").reset_index()
by_format["label"] = (
    by_format.format.map(
        lambda f: present.category_label(pkg, "organisations", "format", f, lang) if f else t("format_none", lang)
    )
    + " · "
    + by_format.kind.map(lambda k: present.category_label(pkg, "organisations", "kind", k, lang))
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
    m = m.assign(
        col=m.org.map(lambda n: n if len(n) <= 34 else n[:33].rstrip() + "…"),
        status=m.status.where(m.status.isin(list(figures.STATUS_COLOURS)), "unknown"),
    )
    labels = {s: present.category_label(pkg, "memberships", "status", s, lang) for s in figures.STATUS_COLOURS}
    cells = m.assign(
        row=m.region,
        hover=m.region
        + " — "
        + m.org
        + ": "
        + m.status.map(labels)
        + (m.local_ru if lang == "ru" else m.local_en).map(lambda r: f" ({r})" if r else ""),
    )
    rows = sorted(cells.row.unique())
    cols = list(cells.col.value_counts().index)
    fig = figures.status_matrix(cells, rows, cols, labels, t("matrix_title", lang, r=len(rows), o=len(cols)))
    table = (
        cells[["row", "org", "status"]]
        .assign(status=cells.status.map(labels))
        .rename(columns={"row": "region", "org": "organisation"})
    )
    ui.chart_with_table(fig, table, "matrix", lang)
else:
    st.info(t("no_memberships", lang), icon="ℹ️")

exits = ended[ended.russia_participation_end_year.notna()].sort_values("russia_participation_end_year")
if len(exits):
    note_col = "russia_participation_end_note_ru" if lang == "ru" else "russia_participation_end_note"
    labels = {
        s: present.category_label(pkg, "organisations", "russia_participation", s, lang) for s in ("ended", "suspended")
    }
    dots = pd.DataFrame(
        {
            "name": exits.name,
            "year": exits.russia_participation_end_year.astype(int),
            "status": exits.russia_participation,
            "note": exits[note_col]
            .where(exits[note_col] != "", exits.russia_participation_end_note)
            .map(lambda x: "<br>".join(textwrap.wrap(x, 70))),
        }
    )
    fig = figures.exits_timeline(dots, labels, lang, t("exits_title", lang, n=len(exits)))
    ui.chart_with_table(
        fig,
        exits[
            [
                "name",
                "russia_participation",
                "russia_participation_end_year",
                note_col,
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
