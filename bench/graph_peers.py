#!/usr/bin/env python3
"""Path-query peers for the graph bench: NetworkX and python-igraph on the same graph
and pairs as kg (files written by `graph_bench gen`).

usage: /usr/bin/python3 bench/graph_peers.py DIR [--igraph-queries N]
       /usr/bin/python3 bench/graph_peers.py DIR --load-jsonl

--load-jsonl: igraph reading DIR/triples.jsonl as `kg load` does (one JSON object a line;
a graph with entity names, the predicate and confidence on each edge); prints
    load<TAB>igraph<TAB>vertices<TAB>edges<TAB>seconds

Reads DIR/edges.tsv (subject<TAB>object vertex indices) and DIR/pairs_idx.tsv; edge
direction is ignored, as in `kg path`. Writes DIR/nx_hops.txt and DIR/igraph_hops.txt
(one hop count per pair, -1 = no path) and prints one line per peer:
    peer<TAB>name<TAB>queries<TAB>us_per_query<TAB>build_seconds<TAB>cpu_us_per_query
(CPU time of this process: on a shared machine, wall time includes waiting for a core.)
"""
import sys
import time


def read(d):
    edges = []
    n = 0
    with open(d + "/edges.tsv") as f:
        for line in f:
            a, b = line.split("\t")
            a, b = int(a), int(b)
            edges.append((a, b))
            n = max(n, a + 1, b + 1)
    pairs = []
    with open(d + "/pairs_idx.tsv") as f:
        for line in f:
            a, b = line.split("\t")
            pairs.append((int(a), int(b)))
    return n, edges, pairs


def load_jsonl(d):
    import json
    import igraph as ig
    t0 = time.perf_counter()
    edges, preds, confs = [], [], []
    with open(d + "/triples.jsonl") as f:
        for line in f:
            t = json.loads(line)
            edges.append((t["subject"]["name"], t["object"]["name"]))
            preds.append(t["predicate"])
            confs.append(t["confidence"])
    g = ig.Graph.TupleList(edges, directed=True)
    g.es["predicate"] = preds
    g.es["confidence"] = confs
    print("load\tigraph\t%d\t%d\t%.2f" % (g.vcount(), g.ecount(), time.perf_counter() - t0), flush=True)


def main():
    d = sys.argv[1]
    if "--load-jsonl" in sys.argv:
        load_jsonl(d)
        return
    ig_limit = None
    if "--igraph-queries" in sys.argv:
        ig_limit = int(sys.argv[sys.argv.index("--igraph-queries") + 1])
    n, edges, pairs = read(d)

    import networkx as nx
    t0 = time.perf_counter()
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_edges_from(edges)
    build = time.perf_counter() - t0
    hops = []
    t0, c0 = time.perf_counter(), time.process_time()
    for a, b in pairs:
        try:
            hops.append(len(nx.shortest_path(G, a, b)) - 1)  # bidirectional BFS
        except nx.NetworkXNoPath:
            hops.append(-1)
    el, cpu = time.perf_counter() - t0, time.process_time() - c0
    with open(d + "/nx_hops.txt", "w") as f:
        f.write("".join("%d\n" % h for h in hops))
    print("peer\tnetworkx\t%d\t%.1f\t%.1f\t%.1f" % (len(pairs), 1e6 * el / len(pairs), build, 1e6 * cpu / len(pairs)),
          flush=True)
    del G

    try:
        import igraph as ig
    except ImportError:
        print("peer\tigraph\t0\tnan\tnan  (python3-igraph not installed)")
        return
    t0 = time.perf_counter()
    g = ig.Graph(n=n, edges=edges, directed=False)
    build = time.perf_counter() - t0
    sel = pairs if ig_limit is None else pairs[:ig_limit]
    hops = []
    t0, c0 = time.perf_counter(), time.process_time()
    for a, b in sel:
        p = g.get_shortest_paths(a, to=b, output="vpath")[0]
        hops.append(len(p) - 1 if p else -1)
    el, cpu = time.perf_counter() - t0, time.process_time() - c0
    with open(d + "/igraph_hops.txt", "w") as f:
        f.write("".join("%d\n" % h for h in hops))
    print("peer\tigraph\t%d\t%.1f\t%.1f\t%.1f" % (len(sel), 1e6 * el / len(sel), build, 1e6 * cpu / len(sel)),
          flush=True)


if __name__ == "__main__":
    main()
