#!/usr/bin/env python3
"""Reference values for Kota Kembar's network analysis, computed with networkx
(and python-igraph as a second opinion), written as JSON fixtures that
test/analysis/*.test.ts compare against.

Two stages, both run by generate.sh:

  generate.py graphs  OUT_DIR
      Writes OUT_DIR/graphs/<name>.json: the standard graphs (nodes, edges,
      attributes) so the TypeScript side can run Louvain on them.
  generate.py metrics OUT_DIR
      Reads OUT_DIR/graphs/*.json (standard graphs) and OUT_DIR/dataset-edges/*.json
      (the shipped dataset's network under several filters, written by
      export-edges.ts, with Louvain partitions computed by the TypeScript code)
      and writes OUT_DIR/<name>.json with every expected value.

Conventions (mirroring src/analysis/*.ts): unweighted everywhere (weight=None);
betweenness normalized=True; closeness wf_improved=True; harmonic unnormalised;
PageRank alpha=0.85 iterated to tol=1e-15; eigenvector per connected component
(numpy.linalg.eigh of the component's adjacency, unit length, positive);
Latapy 'dot' clustering and Robins-Alexander on two-mode graphs; NaN -> null.
"""
import json
import math
import sys
from itertools import combinations
from pathlib import Path

import igraph
import networkx as nx
import numpy as np
from networkx.algorithms import bipartite


# ---------------------------------------------------------------- graphs

def standard_graphs():
    """The standard graphs, as (name, description, nx.Graph with string ids and 'level' attrs)."""
    out = []

    karate = nx.Graph()
    for n, data in nx.karate_club_graph().nodes(data=True):
        # The two factions stand in for two government levels in level assortativity.
        karate.add_node(str(n), level="CITY" if data["club"] == "Mr. Hi" else "PROVINCE", isIndonesian=data["club"] == "Mr. Hi")
    karate.add_edges_from((str(u), str(v)) for u, v in nx.karate_club_graph().edges())
    out.append(("karate", "Zachary's karate club (networkx karate_club_graph, unweighted); level = faction", karate))

    davis_src = nx.davis_southern_women_graph()
    davis = nx.Graph()
    for n, data in davis_src.nodes(data=True):
        women = data["bipartite"] == 0
        davis.add_node(n, level="CITY" if women else "PROVINCE", isIndonesian=women)
    davis.add_edges_from(davis_src.edges())
    out.append(("davis", "Davis Southern Women (two-mode: 18 women x 14 events); women play the Indonesian side", davis))

    disconnected = nx.Graph()
    flo = nx.florentine_families_graph()
    disconnected.add_edges_from(flo.edges())
    disconnected.add_edges_from([("c1", "c2"), ("c2", "c3"), ("c3", "c4"), ("c4", "c1")])  # 4-cycle
    disconnected.add_edges_from([("p1", "p2"), ("p2", "p3")])  # path of 3
    disconnected.add_edge("e1", "e2")  # a lone pair
    for n in disconnected:
        disconnected.nodes[n]["level"] = "CITY" if n[0] in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" else "PROVINCE"
        disconnected.nodes[n]["isIndonesian"] = True
    out.append(("disconnected", "Florentine families + a 4-cycle + a 3-path + a lone pair", disconnected))

    isolates = nx.Graph()
    isolates.add_edges_from((f"v{u}", f"v{v}") for u, v in nx.petersen_graph().edges())
    isolates.add_edges_from([("v0", "t1"), ("t1", "t2"), ("t2", "v0")])  # a triangle hanging off v0
    isolates.add_nodes_from(["z1", "z2", "z3"])  # isolates
    for n in isolates:
        isolates.nodes[n]["level"] = "REGENCY" if n.startswith("v") else "CITY"
        isolates.nodes[n]["isIndonesian"] = True
    out.append(("isolates", "Petersen graph + a triangle on v0 + three isolated nodes", isolates))

    path = nx.Graph()
    path.add_edges_from((f"p{i:02d}", f"p{i + 1:02d}") for i in range(9))
    for i, n in enumerate(sorted(path)):
        path.nodes[n]["level"] = "CITY" if i % 2 == 0 else "PROVINCE"
        path.nodes[n]["isIndonesian"] = i % 2 == 0
    out.append(("path", "A path of 10 nodes (alternating levels)", path))

    star = nx.Graph()
    star.add_edges_from(("hub", f"leaf{i}") for i in range(1, 7))
    for n in star:
        star.nodes[n]["level"] = "PROVINCE" if n == "hub" else "CITY"
        star.nodes[n]["isIndonesian"] = n == "hub"
    out.append(("star", "A star: hub with 6 leaves", star))

    # Deep trees hanging from a cyclic core, a separate tree component and isolates:
    # the fast path peels trees off the 2-core (src/analysis/fast/hanging-trees.ts).
    trees = nx.Graph()
    trees.add_edges_from((f"k{i:02d}", f"k{(i + 1) % 15:02d}") for i in range(15))  # a 15-cycle
    trees.add_edges_from([("k00", "k05"), ("k03", "k10"), ("k07", "k12")])  # chords
    state = 7  # a fixed linear congruential sequence, independent of Python's random module
    attach = [f"k{i:02d}" for i in range(15)]
    for i in range(60):
        state = (state * 1103515245 + 12345) % 2**31
        # Mostly onto earlier tree nodes, so trees grow deep, not just leaves.
        parent = attach[state % len(attach)] if state % 3 else attach[-1 - (state // 3) % min(5, len(attach))]
        trees.add_edge(f"t{i:02d}", parent)
        attach.append(f"t{i:02d}")
    trees.add_edges_from((f"r{i:02d}", f"r{(i - 1) // 2:02d}") for i in range(1, 15))  # a binary tree component
    trees.add_edges_from([("r14", "r15"), ("r15", "r16"), ("r16", "r17")])  # with a long branch
    trees.add_nodes_from(["z1", "z2"])
    for i, n in enumerate(sorted(trees)):
        trees.nodes[n]["level"] = "CITY" if i % 2 == 0 else "REGENCY"
        trees.nodes[n]["isIndonesian"] = True
    out.append(("hanging-trees", "A 15-cycle with 3 chords and 60 tree nodes hanging from it, an 18-node tree component, two isolates", trees))
    return out


def graph_to_json(name, description, g):
    return {
        "name": name,
        "description": description,
        "nodes": [{"id": n, **{k: g.nodes[n][k] for k in ("level", "isIndonesian") if k in g.nodes[n]}} for n in sorted(g)],
        "edges": sorted([sorted([u, v]) for u, v in g.edges()]),
    }


def graph_from_json(data):
    g = nx.Graph()
    for node in data["nodes"]:
        g.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
    g.add_edges_from((e[0], e[1]) for e in data["edges"])
    return g


# ---------------------------------------------------------------- measures

def clean(x):
    """float() numpy scalars; NaN/inf -> None."""
    if isinstance(x, dict):
        return {str(k): clean(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [clean(v) for v in x]
    if isinstance(x, (bool, str)) or x is None:
        return x
    if isinstance(x, (int, np.integer)):
        return int(x)
    x = float(x)
    return None if math.isnan(x) or math.isinf(x) else x


def sorted_components(g):
    comps = [sorted(c) for c in nx.connected_components(g)]
    comps.sort(key=lambda c: (-len(c), c[0]))
    return comps


def eigenvector_per_component(g):
    scores, component_of, eigenvalues = {}, {}, []
    for index, members in enumerate(sorted_components(g)):
        a = nx.to_numpy_array(g, nodelist=members, weight=None)
        values, vectors = np.linalg.eigh(a)
        v = vectors[:, -1]
        v = np.abs(v) / np.linalg.norm(v)  # Perron vector: one sign; abs removes -0.0 noise
        eigenvalues.append(float(values[-1]))
        for n, s in zip(members, v):
            scores[n] = float(s)
            component_of[n] = index
    dominant = None if not eigenvalues else int(max(range(len(eigenvalues)), key=lambda i: (eigenvalues[i] - 1e-12 * i)))
    return {"scores": scores, "componentOf": component_of, "eigenvalues": eigenvalues, "dominantComponent": dominant}


def pagerank(g):
    for tol in (1e-15, 1e-14, 1e-13):
        try:
            return nx.pagerank(g, alpha=0.85, weight=None, tol=tol, max_iter=100000), tol
        except nx.PowerIterationFailedConvergence:
            continue
    raise RuntimeError("pagerank did not converge")


def averages(coefficients):
    values = list(coefficients.values())
    non_zero = [v for v in values if v != 0]
    return (sum(values) / len(values) if values else None, sum(non_zero) / len(non_zero) if non_zero else None)


def clustering_report(g):
    coefficients = nx.clustering(g)
    with_zeros = nx.average_clustering(g, count_zeros=True) if len(g) else None
    try:
        without_zeros = nx.average_clustering(g, count_zeros=False)
    except ZeroDivisionError:
        without_zeros = None
    return {"coefficients": coefficients, "averageWithZeros": with_zeros, "averageWithoutZeros": without_zeros, "transitivity": nx.transitivity(g)}


def latapy_report(g):
    coefficients = bipartite.clustering(g, mode="dot")
    with_zeros = bipartite.average_clustering(g, mode="dot") if len(g) else None
    _, without_zeros = averages(coefficients)
    return {
        "coefficients": coefficients,
        "averageWithZeros": with_zeros,
        "averageWithoutZeros": without_zeros,
        "transitivity": bipartite.robins_alexander_clustering(g),
    }


def assortativity(g, fn, *args):
    if g.number_of_edges() == 0:
        return None
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(g, *args)


def igraph_opinion(g):
    """python-igraph's values for the measures it has, on the same graph."""
    nodes = sorted(g)
    pos = {n: i for i, n in enumerate(nodes)}
    ig = igraph.Graph(n=len(nodes), edges=[(pos[u], pos[v]) for u, v in g.edges()], directed=False)
    n = len(nodes)
    out = {}
    if n == 0:
        return out
    raw_bc = ig.betweenness(directed=False)
    scale = 2 / ((n - 1) * (n - 2)) if n > 2 else 1
    out["betweenness"] = {nodes[i]: b * scale for i, b in enumerate(raw_bc)}
    # igraph closeness normalises over reachable nodes only; apply Wasserman-Faust ourselves.
    comp_size = {}
    for comp in ig.connected_components():
        for i in comp:
            comp_size[i] = len(comp)
    clo = ig.closeness(normalized=True)
    out["closeness"] = {
        nodes[i]: (0.0 if (c is None or math.isnan(c) or comp_size[i] == 1) else c * (comp_size[i] - 1) / (n - 1))
        for i, c in enumerate(clo)
    }
    out["harmonic"] = {nodes[i]: h for i, h in enumerate(ig.harmonic_centrality(normalized=False))}
    out["pagerank"] = {nodes[i]: p for i, p in enumerate(ig.pagerank(damping=0.85, directed=False))}
    out["transitivity"] = ig.transitivity_undirected()
    out["clustering"] = {nodes[i]: c for i, c in enumerate(ig.transitivity_local_undirected(mode="zero"))}
    out["articulationPoints"] = sorted(nodes[i] for i in ig.articulation_points())
    out["bridges"] = sorted(sorted([nodes[ig.es[e].source], nodes[ig.es[e].target]]) for e in ig.bridges())
    if ig.ecount() > 0:
        out["degreeAssortativity"] = ig.assortativity_degree(directed=False)
    if ig.is_connected() and n > 1:
        ev = np.array(ig.eigenvector_centrality(scale=True))
        ev = ev / np.linalg.norm(ev)
        out["eigenvector"] = {nodes[i]: float(x) for i, x in enumerate(ev)}
    return out


def modularity_checks(g, partitions):
    out = []
    for label, membership in partitions:
        groups = {}
        for n, c in membership.items():
            groups.setdefault(c, set()).add(n)
        q = nx.community.modularity(g, list(groups.values()), weight=None, resolution=1) if g.number_of_edges() else None
        out.append({"label": label, "membership": membership, "networkx": q})
    return out


def expected_values(g, bipartite_graph, partitions):
    pr, pr_tol = pagerank(g)
    exp = {
        "degree": nx.degree_centrality(g),
        "betweenness": nx.betweenness_centrality(g, normalized=True, weight=None),
        "closeness": nx.closeness_centrality(g, wf_improved=True),
        "harmonic": nx.harmonic_centrality(g),
        "pagerank": pr,
        "pagerankTolerance": pr_tol,
        "eigenvector": eigenvector_per_component(g),
        "clustering": clustering_report(g),
        "components": sorted_components(g),
        "articulationPoints": sorted(nx.articulation_points(g)),
        "bridges": sorted(sorted([u, v]) for u, v in nx.bridges(g)),
        "degreeAssortativity": assortativity(g, nx.degree_assortativity_coefficient),
        "levelAssortativity": assortativity(g, nx.attribute_assortativity_coefficient, "level"),
        "modularity": modularity_checks(g, partitions),
        "igraph": igraph_opinion(g),
    }
    if len(g) and nx.is_connected(g) and len(g) > 1:
        # Whole-graph networkx eigenvector_centrality, for the claim that it equals ours on a connected graph.
        exp["eigenvectorNetworkx"] = nx.eigenvector_centrality(g, max_iter=100000, tol=1e-15, weight=None)
    if bipartite_graph:
        exp["latapy"] = latapy_report(g)
    return exp


# ---------------------------------------------------------------- projections (independent of the TS code)

def one_mode_projections(g):
    """The three projections, built from their definitions with networkx."""
    indonesian = sorted(n for n in g if g.nodes[n].get("isIndonesian"))
    foreign = sorted(n for n in g if not g.nodes[n].get("isIndonesian"))
    cross = nx.Graph()
    cross.add_nodes_from(g.nodes(data=True))
    cross.add_edges_from((u, v) for u, v in g.edges() if g.nodes[u]["isIndonesian"] != g.nodes[v]["isIndonesian"])
    out = {}
    for name, side, attr in (("INDONESIAN_BY_SHARED_PARTNER", indonesian, "sharedPartners"), ("FOREIGN_BY_SHARED_PARTNER", foreign, "sharedPartners")):
        p = bipartite.weighted_projected_graph(cross, side, ratio=False)
        out[name] = (p, attr)
    countries = {n: {g.nodes[m]["countryCode"] for m in cross[n]} for n in indonesian}
    p = nx.Graph()
    p.add_nodes_from((n, g.nodes[n]) for n in indonesian)
    for a, b in combinations(indonesian, 2):
        common = countries[a] & countries[b]
        if common:
            p.add_edge(a, b, weight=len(common))
    out["INDONESIAN_BY_SHARED_COUNTRY"] = (p, "sharedCountries")
    return out


def projection_fixture(p, attr):
    return {
        "nodes": sorted(p),
        "edges": sorted([min(u, v), max(u, v), d["weight"]] for u, v, d in p.edges(data=True)),
        "weightAttribute": attr,
        "clustering": clustering_report(p),
    }


# ---------------------------------------------------------------- main

def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(clean(data), indent=1, sort_keys=True, allow_nan=False) + "\n")


def main():
    stage, out_dir = sys.argv[1], Path(sys.argv[2])
    versions = {"networkx": nx.__version__, "igraph": igraph.__version__, "numpy": np.__version__}
    if stage == "graphs":
        for name, description, g in standard_graphs():
            write(out_dir / "graphs" / f"{name}.json", graph_to_json(name, description, g))
        return
    assert stage == "metrics", stage
    for path in sorted((out_dir / "graphs").glob("*.json")):
        data = json.loads(path.read_text())
        g = graph_from_json(data)
        partitions = [(f"louvain seed {s}", m) for s, m in sorted(data.get("louvain", {}).items())]
        if data["name"] == "karate":
            partitions.append(("factions", {n: g.nodes[n]["level"] for n in g}))
        bip = data["name"] == "davis"
        write(out_dir / f"{data['name']}.json", {**data, "versions": versions, "expected": expected_values(g, bip, partitions)})
    for path in sorted((out_dir / "dataset-edges").glob("*.json")):
        data = json.loads(path.read_text())
        g = graph_from_json(data)
        partitions = [(f"louvain seed {s}", m) for s, m in sorted(data.get("louvain", {}).items())]
        exp = expected_values(g, True, partitions)
        exp["projections"] = {name: projection_fixture(p, attr) for name, (p, attr) in one_mode_projections(g).items()}
        write(out_dir / f"dataset-{data['name']}.json", {**data, "versions": versions, "expected": exp})


if __name__ == "__main__":
    main()
