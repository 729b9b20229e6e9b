"""The region–partner-country network (networkx): a bipartite graph weighted by the number of ties."""
from __future__ import annotations

import networkx as nx
import pandas as pd


def build_graph(ties: pd.DataFrame) -> nx.Graph:
    """Nodes 'R:<region_code>' and 'C:<iso3>'; edge weight = number of ties between them."""
    g = nx.Graph()
    t = ties[ties.partner_iso3 != ""]
    for (region, country), n in t.groupby(["region_code", "partner_iso3"]).size().items():
        g.add_node(f"R:{region}", side="region", code=region)
        g.add_node(f"C:{country}", side="country", code=country)
        g.add_edge(f"R:{region}", f"C:{country}", weight=int(n))
    return g


def measures(g: nx.Graph) -> pd.DataFrame:
    """Degree (distinct partners), weighted degree (ties), betweenness centrality, community."""
    if g.number_of_nodes() == 0:
        return pd.DataFrame(columns=["node", "side", "code", "degree", "ties", "betweenness", "community"])
    between = nx.betweenness_centrality(g, normalized=True)
    comms = communities(g)
    rows = [{"node": n, "side": d["side"], "code": d["code"], "degree": g.degree(n),
             "ties": g.degree(n, weight="weight"), "betweenness": between[n], "community": comms[n]}
            for n, d in g.nodes(data=True)]
    return pd.DataFrame(rows).sort_values(["degree", "ties"], ascending=False).reset_index(drop=True)


def communities(g: nx.Graph) -> dict[str, int]:
    """Greedy modularity communities on the weighted graph, numbered from 0 by size."""
    parts = nx.community.greedy_modularity_communities(g, weight="weight")
    return {n: i for i, part in enumerate(parts) for n in part}


def layout(g: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """A reproducible force-directed layout."""
    if g.number_of_nodes() == 0:
        return {}
    return nx.spring_layout(g, weight="weight", seed=seed, k=1.5 / max(g.number_of_nodes(), 1) ** 0.5)
