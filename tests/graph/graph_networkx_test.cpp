// Cross-checks path lengths, degree and PageRank against NetworkX (python3-networkx) on a
// few-thousand-node heavy-tailed graph. Without networkx in /usr/bin/python3 it exits 77, which
// CTest reports as skipped.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <unistd.h>

#include "graph_test_util.hpp"
#include "kg/graph/query.hpp"

namespace fs = std::filesystem;
using namespace kg;

namespace {
bool have_networkx() {
  return fs::exists("/usr/bin/python3") && std::system("/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1") == 0;
}
}  // namespace

TEST_CASE("path lengths, degree and PageRank agree with NetworkX") {
  if (!have_networkx()) {
    // a skip CTest can see (SKIP_RETURN_CODE 77), not a pass that checked nothing
    std::fprintf(stderr, "skipped: /usr/bin/python3 has no networkx\n");
    std::exit(77);
  }
  // Preferential attachment: a few hubs, many leaves, several parallel relations.
  std::mt19937 rng(2024);
  const int n = 3000;
  std::vector<int> ends{0, 1};
  graph::Graph g;
  const fs::path dir = fs::temp_directory_path() / ("kg_nx_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream edges(dir / "edges.tsv");
  auto add = [&](int a, int b, int i) {
    g.add_triple(kg::test::triple("E" + std::to_string(a), EntityType::Company, kPredicates[i % 14],
                                  "E" + std::to_string(b), EntityType::Company, "doc.txt", "s" + std::to_string(i)));
  };
  int i = 0;
  add(0, 1, i++);
  for (int v = 2; v < n; ++v) {
    const int m = 1 + static_cast<int>(rng() % 3);
    for (int k = 0; k < m; ++k) {
      const int u = ends[rng() % ends.size()];
      if (u == v) continue;
      add(v, u, i++);
      ends.push_back(u);
      ends.push_back(v);
    }
  }
  // Isolated entities too (dangling mass in PageRank).
  for (int v = n; v < n + 20; ++v) g.add_entity(EntityRecord{"E" + std::to_string(v), EntityType::Company, "", {}});
  g.freeze();
  for (const auto& r : g.relations()) edges << r.subject << "\t" << r.object << "\n";
  edges.close();
  std::ofstream nodes(dir / "nodes.txt");
  for (const auto& e : g.entities()) nodes << e.id << "\n";
  nodes.close();
  // 200 random pairs.
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  std::ofstream pf(dir / "pairs.tsv");
  const auto ents = g.entities();
  for (int q = 0; q < 200; ++q) {
    pairs.emplace_back(rng() % ents.size(), rng() % ents.size());
    pf << ents[pairs.back().first].id << "\t" << ents[pairs.back().second].id << "\n";
  }
  pf.close();
  const std::string script = R"(
import sys, networkx as nx
d = sys.argv[1]
G = nx.MultiGraph()
G.add_nodes_from(l.strip() for l in open(d + '/nodes.txt'))
for l in open(d + '/edges.tsv'):
    a, b = l.rstrip('\n').split('\t'); G.add_edge(a, b)
pr = nx.pagerank(G, tol=1e-12, max_iter=500)
with open(d + '/nx_nodes.tsv', 'w') as f:
    for v in G.nodes: f.write('%s\t%d\t%.12f\n' % (v, G.degree(v), pr[v]))
with open(d + '/nx_paths.txt', 'w') as f:
    for l in open(d + '/pairs.tsv'):
        a, b = l.rstrip('\n').split('\t')
        try: f.write('%d\n' % (len(nx.shortest_path(G, a, b)) - 1))
        except nx.NetworkXNoPath: f.write('-1\n')
)";
  std::ofstream(dir / "nx.py") << script;
  REQUIRE(std::system(("/usr/bin/python3 " + (dir / "nx.py").string() + " " + dir.string()).c_str()) == 0);

  std::map<std::string, std::size_t> index;
  for (std::size_t v = 0; v < ents.size(); ++v) index[ents[v].id] = v;
  const auto deg = graph::degree_centrality(g);
  const auto pr = graph::pagerank(g, 0.85, 1e-12, 500);
  std::ifstream nf(dir / "nx_nodes.tsv");
  std::string id;
  double d, p;
  std::size_t checked = 0;
  while (nf >> id >> d >> p) {
    const std::size_t v = index.at(id);
    CHECK(deg[v] == d);
    CHECK(pr[v] == Approx(p).epsilon(1e-6));
    ++checked;
  }
  CHECK(checked == ents.size());
  std::ifstream pathf(dir / "nx_paths.txt");
  graph::PathSearch ps(g);
  for (const auto& [a, b] : pairs) {
    int len;
    REQUIRE(pathf >> len);
    const auto paths = ps.run(a, b, {});
    CHECK((paths.empty() ? -1 : static_cast<int>(paths[0].hops())) == len);
  }
  fs::remove_all(dir);
}
