"""Findings: five statements computed from the filtered records, each with its chart and sources."""

import pandas as pd
import streamlit as st

import ui
from paradiplomacy import figures, metrics, present
from paradiplomacy import filters as flt
from paradiplomacy.i18n import name_col, t

ctx = ui.page("findings")
lang, pkg = ctx.lang, ctx.pkg
nc = name_col(lang)
st.markdown(t("findings_intro", lang))
regions = flt.selected_regions(pkg.regions, ctx.f)
rname = dict(zip(pkg.regions.region_code, pkg.regions[nc]))


def findings() -> list:
    """The five findings in order, once per process and Filters value: each a chart with its table,
    key and caption, or a notice that there is nothing to show."""
    out: list = []
    # 1. concentration among regions
    share, top = metrics.concentration(ctx.shown, k=10)
    if top:
        summary = metrics.region_summary(ctx.shown, regions).set_index("region_code").loc[top].reset_index()
        title = t("f1_title", lang, k=len(top), share=100 * share, first=rname[top[0]], n=int(summary.ties.iloc[0]))
        fig = figures.count_bars(summary.assign(label=summary.region_code.map(rname)), "ties", "label", lang, title)
        table = summary[["region_code", nc, "ties", "twinning", "agreement", "membership", "representation"]]
        note = t("f1_base", lang, n=metrics.headline(ctx.shown)["ties"], r=int(ctx.shown.region_code.nunique()))
        out.append((fig, table, "f_regions", note))
    else:
        out.append(t("f_none", lang))

    # 2. leading partner countries
    countries = metrics.country_summary(ctx.shown, pkg.countries)
    if len(countries):
        top5 = countries.head(5)
        title = t(
            "f2_title",
            lang,
            top=top5[nc].iloc[0],
            n=int(top5.ties.iloc[0]),
            share=100 * top5.ties.sum() / countries.ties.sum(),
        )
        head = countries.head(15)
        fig = present.partner_bars(head, pkg, lang, title)
        table = head[["iso3", nc, "ties", "twinning", "agreement", "representation", "regions"]]
        note = t("f2_base", lang, n=int(countries.ties.sum()), m=int((ctx.shown.kind == "membership").sum()))
        out.append((fig, table, "f_partners", note))

    # 3. the turn of partners over time
    shares = metrics.period_shares(ctx.shown, metrics.partner_bloc(pkg.countries))
    if len(shares):
        ps = shares[shares.bloc == "post_soviet"].set_index("period").share
        title = t("f3_title", lang, a=100 * ps.get("before_2014", 0.0), b=100 * ps.get("since_2022", 0.0))
        dated = int((ctx.shown.year.notna() & (ctx.shown.partner_iso3 != "")).sum())
        note = t("f3_note", lang, n=dated, m=int((ctx.shown.partner_iso3 != "").sum()))
        out.append((figures.share_bars(shares, lang, title), shares, "f_periods", note))

    # 4. suspensions and endings
    ends = metrics.endings_per_year(ctx.shown)
    if len(ends):
        per = ends.groupby("status_year").n.sum()
        title = t("f4_title", lang, n=int(per.sum()), y=int(per.max()), year=int(per.idxmax()))
        labels = {s: present.category_label(pkg, "twinning", "status", s, lang) for s in ("suspended", "ended")}
        fig = figures.status_bars(ends.assign(year=ends.status_year.astype(int)), labels, lang, title, height=340)
        inactive = int((ctx.shown.status_group == "inactive").sum())
        checked = int(
            ctx.shown.tie_id.isin(set(pkg.twinning.loc[pkg.twinning.status_checked.notna(), "link_id"])).sum()
        )
        out.append((fig, ends, "f_endings", t("f4_base", lang, n=int(per.sum()), m=inactive, c=checked)))

    # 5. border regions as actors
    b = metrics.border_contrast(ctx.shown, regions)
    if {True, False} <= set(b.index):
        title = t(
            "f5_title",
            lang,
            a=b.at[True, "ties"],
            pa=b.at[True, "partners"],
            b=b.at[False, "ties"],
            pb=b.at[False, "partners"],
        )
        bars = pd.DataFrame(
            {
                "label": [t("border_yes", lang), t("border_no", lang)],
                "ties": [round(b.at[True, "ties"], 1), round(b.at[False, "ties"], 1)],
            }
        )
        fig = figures.count_bars(bars, "ties", "label", lang, title, height=240)
        note = t("f5_base", lang, a=int(b.at[True, "regions"]), b=int(b.at[False, "regions"]))
        out.append((fig, b.reset_index(), "f_border", note))
    return out


for item in ui.memo("findings", ctx.f, findings):
    if isinstance(item, str):
        st.info(item)
    else:
        fig, table, key, note = item
        ui.chart_with_table(fig, table, key, lang)
        st.caption(note)
ui.source_line(ctx, ctx.shown)
ui.done(ctx)
