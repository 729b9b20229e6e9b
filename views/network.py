"""Network: the region–partner-country network, its most connected nodes and communities."""

import streamlit as st

import ui
from paradiplomacy import figures, network, present
from paradiplomacy.i18n import name_col, t

ctx = ui.page("network")
lang, pkg = ctx.lang, ctx.pkg
nc = name_col(lang)


def build() -> dict | None:
    """The network's figure, tables and leader sentence, once per process and Filters value."""
    g = network.build_graph(ctx.shown)
    m = network.measures(g)
    if m.empty:
        return None
    names = {f"R:{c}": n for c, n in zip(pkg.regions.region_code, pkg.regions[nc])} | {
        f"C:{c}": n for c, n in zip(pkg.countries.iso3, pkg.countries[nc])
    }
    pos = network.layout(g)
    nodes = m.assign(label=m.node.map(names), x=m.node.map(lambda n: pos[n][0]), y=m.node.map(lambda n: pos[n][1]))
    edges = [(a, b, d["weight"]) for a, b, d in g.edges(data=True)]
    top_r = nodes[nodes.side == "region"].iloc[0]
    top_c = nodes[nodes.side == "country"].iloc[0]
    title = t(
        "network_title",
        lang,
        r=top_r.label,
        rd=int(top_r.degree),
        c=top_c.label,
        cd=int(top_c.degree),
        k=int(nodes.community.nunique()),
    )
    cnames = network.community_names(nodes)
    fig = figures.network_figure(edges, nodes, lang, title, cnames)
    table = nodes[["label", "side", "degree", "ties", "betweenness", "community"]].round({"betweenness": 4})
    table = table.assign(community=table.community.map(cnames))

    def shown(df):
        return ui.localised(present.readable(df, pkg, lang), lang)

    return {
        "fig": fig,
        "table": table,
        "why": network.leader_explained(g, nodes),
        "regions": shown(table[table.side == "region"].head(15)),
        "partners": shown(table[table.side == "country"].head(15)),
        "between": shown(table.sort_values("betweenness", ascending=False).head(15)),
    }


view = ui.memo("network", ctx.f, build)
if view is None:
    st.info(t("network_empty", lang), icon="ℹ️")
else:
    ui.chart_with_table(view["fig"], view["table"], "network", lang)
    st.markdown(t("network_leader", lang, **view["why"]))
    c1, c2 = st.columns(2)
    c1.markdown(f"**{t('net_top_regions', lang)}**")
    c1.dataframe(view["regions"], hide_index=True, width="stretch")
    c2.markdown(f"**{t('net_top_partners', lang)}**")
    c2.dataframe(view["partners"], hide_index=True, width="stretch")
    st.markdown(f"**{t('net_between', lang)}**")
    st.dataframe(view["between"], hide_index=True, width="stretch")
st.markdown(f"### {t('method', lang)}")
st.markdown(t("network_method", lang))
ui.source_line(ctx, ctx.shown)
ui.done(ctx)
