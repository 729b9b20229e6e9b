"""The region–partner-country network (networkx): a bipartite graph weighted by the number of ties."""

from __future__ import annotations

import math

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
    rows = [
        {
            "node": n,
            "side": d["side"],
            "code": d["code"],
            "degree": g.degree(n),
            "ties": g.degree(n, weight="weight"),
            "betweenness": between[n],
            "community": comms[n],
        }
        for n, d in g.nodes(data=True)
    ]
    return pd.DataFrame(rows).sort_values(["degree", "ties"], ascending=False).reset_index(drop=True)


def communities(g: nx.Graph) -> dict[str, int]:
    """Greedy modularity communities on the weighted graph, numbered from 0 by size; communities of
    one size in the order of their first node's name, so that the numbering (and so the drawing)
    does not depend on the order of Python's sets, which changes from one process to the next."""
    parts = sorted(nx.community.greedy_modularity_communities(g, weight="weight"), key=lambda p: (-len(p), min(p)))
    return {n: i for i, part in enumerate(parts) for n in part}


def layout(g: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """A reproducible layout that keeps communities apart.

    One force-directed drawing of the whole bipartite graph piles the hubs into an unreadable knot.
    Instead each community (see `communities`) is laid out on its own (unweighted spring layout),
    scaled by the square root of its size, and the communities are placed around a circle, largest
    first; the edges between communities are drawn across.
    """
    if g.number_of_nodes() == 0:
        return {}
    comms = communities(g)
    groups: dict[int, list[str]] = {}
    for n, c in comms.items():
        groups.setdefault(c, []).append(n)
    order = sorted(groups, key=lambda c: (-len(groups[c]), c))
    radii = {c: 1.3 * len(groups[c]) ** 0.5 for c in order}
    ring = 0.0 if len(order) == 1 else 1.25 * sum(2 * r for r in radii.values()) / (2 * math.pi)
    pos: dict[str, tuple[float, float]] = {}
    for i, c in enumerate(order):
        # a graph of its own with its nodes in name order (a subgraph view iterates a set's order)
        sub = nx.Graph()
        sub.add_nodes_from(sorted(groups[c]))
        sub.add_edges_from(g.subgraph(groups[c]).edges)
        local = (
            nx.spring_layout(sub, weight=None, seed=seed, k=2.0 / max(len(sub), 1) ** 0.5, iterations=150)
            if len(sub) > 1
            else {groups[c][0]: (0.0, 0.0)}
        )
        angle = 2 * math.pi * i / len(order)
        cx, cy = ring * math.cos(angle), ring * math.sin(angle)
        for n, (x, y) in local.items():
            pos[n] = (cx + radii[c] * float(x), cy + radii[c] * float(y))
    return pos


def community_names(nodes: pd.DataFrame, top: int = 2) -> dict[int, str]:
    """Each community named by its most connected members ('Belarus · Moscow'); `nodes`: community,
    degree, label."""
    out = {}
    for c, grp in nodes.sort_values(["degree", "ties"], ascending=False).groupby("community", sort=True):
        out[int(c)] = " · ".join(str(x) for x in grp.label.head(top))
    return out


def leader_explained(g: nx.Graph, nodes: pd.DataFrame) -> dict:
    """Why the most central node (by betweenness) is central, from its numbers: its degree and rank
    by degree, its ties, its betweenness, and how many communities its neighbours belong to."""
    lead = nodes.sort_values("betweenness", ascending=False).iloc[0]
    comm = dict(zip(nodes.node, nodes.community))
    neighbour_comms = {comm[n] for n in g.neighbors(lead.node)}
    side_nodes = nodes[nodes.side == lead.side]
    rank = int((side_nodes.degree > lead.degree).sum()) + 1
    return {
        "label": lead.label,
        "degree": int(lead.degree),
        "ties": int(lead.ties),
        "betweenness": float(lead.betweenness),
        "rank": rank,
        "communities": len(neighbour_comms),
        "k": int(nodes.community.nunique()),
        "side": lead.side,
    }
