# GraphML read back by NetworkX and igraph (Debian python3-networkx / python3-igraph);
# each part skips itself when its package is absent, the whole test when both are.
. "$DATA/export/common.sh"
[ -x "$PY" ] || { echo "no /usr/bin/python3: skipped"; exit 77; }
"$KG" export g.json -o g.graphml 2>/dev/null
ran=0
if "$PY" -c 'import networkx' 2>/dev/null; then
  "$PY" - <<'PYEOF'
import networkx as nx
g = nx.read_graphml("g.graphml")
assert g.number_of_nodes() == 14, g.number_of_nodes()
assert g.number_of_edges() == 11, g.number_of_edges()
# Two facts between the same pair (develops, offers): NetworkX reads a MultiDiGraph.
assert g.is_multigraph() and g.is_directed()
assert sorted(d["predicate"] for u, v, d in g.edges(data=True) if (u, v) == ("alibaba", "qwen")) == ["develops", "offers"]
e = [d for u, v, d in g.edges(data=True) if (u, v) == ("alibaba", "qwen") and d["predicate"] == "develops"][0]
assert e["predicate"] == "develops" and e["evidence_count"] == 2, e
assert isinstance(e["confidence"], float) and abs(e["confidence"] - 0.96) < 1e-9, e
assert e["first_seen"] == "2025-01-15" and e["last_seen"] == "2025-03-02", e
assert e["doc"] == "fr_2025-01.txt", e
evil = [n for n, d in g.nodes(data=True) if d["name"].startswith("Evil")][0]
assert g.nodes[evil]["name"] == 'Evil "Corp", <script>alert(1)</script>', g.nodes[evil]
assert g.nodes["qwen"]["type"] == "Model"
print("networkx ok")
PYEOF
  ran=1
fi
if "$PY" -c 'import igraph' 2>/dev/null; then
  "$PY" - <<'PYEOF'
import igraph as ig
g = ig.Graph.Read_GraphML("g.graphml")
assert g.vcount() == 14 and g.ecount() == 11, (g.vcount(), g.ecount())
assert g.is_directed()
preds = sorted(g.es["predicate"])
assert preds.count("develops") == 2, preds
assert sum(int(c) for c in g.es["evidence_count"]) == 12
assert "Qwen" in g.vs["name"]
print("igraph ok")
PYEOF
  ran=1
fi
[ "$ran" = 1 ] || { echo "neither networkx nor igraph: skipped"; exit 77; }
echo ok
