"""One peer measurement in its own process, so a budget can kill it:
    python bench/measure_peer.py LIB GRAPH.json MEASURE SCORES.json
LIB is networkx or igraph. Prints one JSON line: {seconds, maxRssMb, extra}.
Scores follow networkx's conventions; igraph's are rescaled to them:
betweenness / ((n-1)(n-2)/2), closeness times reached/(n-1) (Wasserman-Faust),
eigenvector to unit length.
Only the computation is timed, not reading the file or building the graph.

MEASURE projection-home / projection-foreign (two-mode graphs with a "home"
list): the weighted one-mode projection onto that side (weight = shared
neighbours; networkx weighted_projected_graph, igraph bipartite_projection with
multiplicity). SCORES.json gets a digest of the projected edges, rendered
exactly as bench/projection-digest.ts renders it.

MEASURE clustering: local clustering (networkx clustering; igraph
transitivity_local_undirected, zero below degree 2), its average and
transitivity (networkx transitivity; igraph transitivity_undirected).
clustering-home / clustering-foreign (two-mode graphs): the same on the
one-mode projection onto that side, the projection included in the time
(networkx weighted_projected_graph; igraph bipartite_projection without
multiplicity, which clustering does not need). clustering-two-mode (networkx
only; igraph has no two-mode clustering): bipartite.clustering(mode="dot") and
robins_alexander_clustering. SCORES.json gets the local coefficients."""
import hashlib
import json
import random
import resource
import sys
import time


FULL_WEIGHTS_LIMIT = 300_000  # as bench/projection-digest.ts


def home_side(data):
    if "home" not in data:
        raise SystemExit('projections need a two-mode graph: the edge list has no "home" side')
    return set(data["home"])


def projection_side(data, measure):
    """The nodes projected onto, in file order: the home side or the other one."""
    home, want_home = home_side(data), measure == "projection-home"
    return [v for v in data["nodes"] if (v in home) == want_home]


def projection_digest(edges):
    """Edges (u, v, weight) -> the digest bench/projection-digest.ts writes, byte for byte."""
    lines = sorted(f"{u}\t{v}\t{w}" if u < v else f"{v}\t{u}\t{w}" for u, v, w in edges)
    weights = [int(line.rsplit("\t", 1)[1]) for line in lines]
    histogram = {}
    for w in weights:
        histogram[str(w)] = histogram.get(str(w), 0) + 1
    h = hashlib.sha256()
    for i in range(0, len(lines), 10_000):
        h.update("".join(f"{line}\n" for line in lines[i:i + 10_000]).encode())
    digest = {"edges": len(lines), "totalWeight": sum(weights), "histogram": histogram, "sha256": h.hexdigest()}
    if len(lines) <= FULL_WEIGHTS_LIMIT:
        digest["weights"] = {line.rsplit("\t", 1)[0]: w for line, w in zip(lines, weights)}
    return digest


def run_networkx(data, measure):
    import networkx as nx
    g = nx.Graph()
    g.add_nodes_from(data["nodes"])
    g.add_edges_from((u, v) for u, v in data["edges"] if u != v)
    extra = {}
    if measure.startswith("projection"):
        side = projection_side(data, measure)
        start = time.perf_counter()
        p = nx.bipartite.weighted_projected_graph(g, side, ratio=False)
        seconds = time.perf_counter() - start
        return seconds, [(u, v, int(w)) for u, v, w in p.edges(data="weight")], extra
    if measure.startswith("clustering"):
        start = time.perf_counter()
        if measure == "clustering-two-mode":
            scores = nx.bipartite.clustering(g, mode="dot")
            transitivity = nx.bipartite.robins_alexander_clustering(g)
        else:
            h = g if measure == "clustering" else nx.bipartite.weighted_projected_graph(g, projection_side(data, measure.replace("clustering", "projection")), ratio=False)
            scores = nx.clustering(h)
            transitivity = nx.transitivity(h)
        average = sum(scores.values()) / len(scores) if scores else None
        seconds = time.perf_counter() - start
        if measure != "clustering-two-mode" and measure != "clustering":
            extra["edges"] = h.number_of_edges()
        return seconds, scores, {**extra, "averageClustering": average, "transitivity": transitivity}
    start = time.perf_counter()
    if measure == "betweenness":
        scores = nx.betweenness_centrality(g, normalized=True)
    elif measure == "closeness":
        scores = nx.closeness_centrality(g)
    elif measure == "harmonic":
        scores = nx.harmonic_centrality(g)
    elif measure == "pagerank":
        scores = nx.pagerank(g, alpha=0.85, tol=1e-10, max_iter=10000)
    elif measure == "eigenvector":
        # Power iteration on A + I over the whole graph (eigenvector_centrality_numpy refuses disconnected
        # graphs); it converges to the dominant component's vector, ~0 elsewhere.
        scores = nx.eigenvector_centrality(g, max_iter=100000, tol=1e-10)
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
    if measure.startswith("projection"):
        home = home_side(data)
        types = [v in home for v in ids]
        which = 1 if measure == "projection-home" else 0  # 1: the projection onto type True (home)
        start = time.perf_counter()
        p = g.bipartite_projection(types=types, multiplicity=True, which=which)
        seconds = time.perf_counter() - start
        # The projection keeps the side's vertices in id order: the i-th is the side's i-th node.
        side = [ids[i] for i in range(n) if types[i] == bool(which)]
        return seconds, [(side[s], side[t], int(w)) for (s, t), w in zip(p.get_edgelist(), p.es["weight"])], extra
    if measure == "clustering-two-mode":
        raise SystemExit("igraph has no two-mode clustering")
    if measure.startswith("clustering"):
        names = ids
        if measure != "clustering":
            home = home_side(data)
            types = [v in home for v in ids]
            which = 1 if measure == "clustering-home" else 0
            names = [ids[i] for i in range(n) if types[i] == bool(which)]
        start = time.perf_counter()
        h = g if measure == "clustering" else g.bipartite_projection(types=types, multiplicity=False, which=which)
        values = h.transitivity_local_undirected(mode="zero")
        transitivity = h.transitivity_undirected(mode="zero")
        average = sum(values) / len(values) if values else None
        seconds = time.perf_counter() - start
        if measure != "clustering":
            extra["edges"] = h.ecount()
        return seconds, {names[i]: v for i, v in enumerate(values)}, {**extra, "averageClustering": average, "transitivity": transitivity}
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
    elif measure == "eigenvector":
        raw = g.eigenvector_centrality(scale=True)  # ARPACK, largest entry 1
        norm = sum(x * x for x in raw) ** 0.5
        values = [x / norm for x in raw]  # unit length, as networkx
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
    # Short runs repeat (up to 20 times, until the timed parts add up to 1 s or 10 s of wall
    # time have passed) and keep the fastest, as the JS side does; firstSeconds and rounds as there.
    seconds, spent, first, rounds = float("inf"), 0.0, None, 0
    wall_start = time.perf_counter()
    for _ in range(20):
        once, scores, extra = run(data, measure)
        seconds, spent, rounds = min(seconds, once), spent + once, rounds + 1
        first = once if first is None else first
        if spent >= 1 or time.perf_counter() - wall_start >= 10:
            break
    extra = {**extra, "firstSeconds": first, "rounds": rounds}
    rss = None
    if measure.startswith("projection"):
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # the projection's peak, not the digest's
        extra = {**extra, "edges": len(scores)}
        scores = projection_digest(scores)
        extra["totalWeight"] = scores["totalWeight"]
    if scores_file:
        with open(scores_file, "w") as f:
            json.dump(scores, f)
    if rss is None:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "maxRssMb": rss, "extra": extra}), flush=True)


if __name__ == "__main__":
    main()
