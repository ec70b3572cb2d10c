"""One peer measurement in its own process, so a budget can kill it:
    python bench/measure_peer.py LIB GRAPH.json MEASURE SCORES.json
LIB is networkx or igraph. Prints one JSON line: {seconds, maxRssMb, extra}.
Scores follow networkx's conventions; igraph's are rescaled to them:
betweenness / ((n-1)(n-2)/2), closeness times reached/(n-1) (Wasserman-Faust).
Only the computation is timed, not reading the file or building the graph."""
import json
import random
import resource
import sys
import time


def run_networkx(data, measure):
    import networkx as nx
    g = nx.Graph()
    g.add_nodes_from(data["nodes"])
    g.add_edges_from((u, v) for u, v in data["edges"] if u != v)
    extra = {}
    start = time.perf_counter()
    if measure == "betweenness":
        scores = nx.betweenness_centrality(g, normalized=True)
    elif measure == "closeness":
        scores = nx.closeness_centrality(g)
    elif measure == "harmonic":
        scores = nx.harmonic_centrality(g)
    elif measure == "pagerank":
        scores = nx.pagerank(g, alpha=0.85, tol=1e-10, max_iter=10000)
    elif measure == "louvain":
        parts = nx.community.louvain_communities(g, seed=42)
        scores = {}
        extra = {"modularity": nx.community.modularity(g, parts), "communities": len(parts)}
    else:
        raise SystemExit(f"unknown measure {measure}")
    return time.perf_counter() - start, scores, extra


def run_igraph(data, measure):
    import igraph as ig
    ids = data["nodes"]
    index = {v: i for i, v in enumerate(ids)}
    edges = {(min(index[u], index[v]), max(index[u], index[v])) for u, v in data["edges"] if u != v}
    g = ig.Graph(n=len(ids), edges=sorted(edges), directed=False)
    n = len(ids)
    extra = {}
    start = time.perf_counter()
    if measure == "betweenness":
        raw = g.betweenness(directed=False)
        scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
        values = [b * scale for b in raw]
    elif measure == "closeness":
        raw = g.closeness(normalized=True)  # reached / total distance, within the component
        sizes = g.connected_components().sizes()
        membership = g.connected_components().membership
        values = [0.0 if (c != c or n < 2) else c * (sizes[membership[i]] - 1) / (n - 1) for i, c in enumerate(raw)]
    elif measure == "harmonic":
        values = g.harmonic_centrality(normalized=False)
    elif measure == "pagerank":
        values = g.pagerank(damping=0.85)
    elif measure == "louvain":
        random.seed(42)
        parts = g.community_multilevel()
        values = []
        extra = {"modularity": parts.modularity, "communities": len(parts)}
    else:
        raise SystemExit(f"unknown measure {measure}")
    seconds = time.perf_counter() - start
    return seconds, {ids[i]: v for i, v in enumerate(values)}, extra


def main():
    lib, graph_file, measure, scores_file = sys.argv[1:5]
    with open(graph_file) as f:
        data = json.load(f)
    run = run_networkx if lib == "networkx" else run_igraph
    # Short runs repeat (up to 5 times, about 1 s in all) and keep the fastest, as the JS side does.
    seconds, spent = float("inf"), 0.0
    for _ in range(5):
        once, scores, extra = run(data, measure)
        seconds, spent = min(seconds, once), spent + once
        if spent >= 1:
            break
    if scores_file:
        with open(scores_file, "w") as f:
            json.dump(scores, f)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "maxRssMb": rss, "extra": extra}), flush=True)


if __name__ == "__main__":
    main()
