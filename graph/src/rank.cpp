// Centralities, components and communities. All treat the graph as undirected with one
// edge per relation (parallel relations between two entities count separately), matching
// a NetworkX MultiGraph built from the relations.
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/pending/disjoint_sets.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "kg/io.hpp"
#include "kg/graph/query.hpp"
#include "query_util.hpp"
#include "store.hpp"

namespace kg::graph {

using detail::Index;
using detail::Store;

std::optional<Centrality> parse_centrality(std::string_view s) {
  if (s == "degree") return Centrality::degree;
  if (s == "pagerank") return Centrality::pagerank;
  if (s == "betweenness") return Centrality::betweenness;
  return std::nullopt;
}

std::vector<double> degree_centrality(const Graph& g) {
  const auto& s = g.store();
  std::vector<double> d(s.ents.size(), 0);
  for (const auto& r : s.rels) {
    d[r.s] += 1;
    if (r.o != r.s) d[r.o] += 1;
  }
  return d;
}

std::vector<double> pagerank(const Graph& g, double damping, double tol, int max_iter) {
  const auto& s = g.store();
  const std::size_t n = s.ents.size();
  if (n == 0) return {};
  const auto deg = degree_centrality(g);
  std::vector<double> x(n, 1.0 / static_cast<double>(n)), nx(n);
  for (int it = 0; it < max_iter; ++it) {
    double dangling = 0;
    for (Index v = 0; v < n; ++v)
      if (deg[v] == 0) dangling += x[v];
    const double base = (1.0 - damping) / static_cast<double>(n) + damping * dangling / static_cast<double>(n);
    std::fill(nx.begin(), nx.end(), base);
    for (const auto& r : s.rels) {
      // Undirected: mass flows both ways along each relation (once for a self-loop).
      nx[r.o] += damping * x[r.s] / deg[r.s];
      if (r.o != r.s) nx[r.s] += damping * x[r.o] / deg[r.o];
    }
    double err = 0;
    for (Index v = 0; v < n; ++v) err += std::fabs(nx[v] - x[v]);
    x.swap(nx);
    if (err < static_cast<double>(n) * tol) break;
    io::check_interrupted();
  }
  return x;
}

std::vector<double> betweenness(const Graph& g) {
  const auto& s = g.store();
  const std::size_t n = s.ents.size();
  // Shortest paths are counted between vertices, so parallel relations collapse into one
  // edge here (as in NetworkX); both directions are stored.
  std::vector<std::pair<Index, Index>> edges;
  edges.reserve(2 * s.rels.size());
  for (const auto& r : s.rels) {
    if (r.s == r.o) continue;
    edges.emplace_back(r.s, r.o);
    edges.emplace_back(r.o, r.s);
  }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  using Simple = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                    boost::no_property, std::uint32_t, std::uint32_t>;
  Simple sg(boost::edges_are_sorted, edges.begin(), edges.end(), n);
  std::vector<double> c(n, 0.0);
  boost::brandes_betweenness_centrality(
      sg, boost::centrality_map(boost::make_iterator_property_map(c.begin(), boost::get(boost::vertex_index, sg))));
  // Each unordered pair was counted in both directions; NetworkX's normalisation for
  // undirected graphs divides that double count by (n-1)(n-2).
  if (n > 2)
    for (auto& x : c) x /= static_cast<double>((n - 1) * (n - 2));
  return c;
}

std::vector<Ranked> rank(const Graph& g, const RankOptions& opt) {
  const auto& s = g.store();
  std::vector<double> score;
  switch (opt.by) {
    case Centrality::degree: score = degree_centrality(g); break;
    case Centrality::pagerank: score = pagerank(g); break;
    case Centrality::betweenness: score = betweenness(g); break;
  }
  std::vector<Index> idx;
  for (Index v = 0; v < s.ents.size(); ++v)
    if (opt.types.empty() || std::find(opt.types.begin(), opt.types.end(), s.ents[v].type) != opt.types.end())
      idx.push_back(v);
  auto better = [&](Index a, Index b) {
    if (score[a] != score[b]) return score[a] > score[b];
    return s.ents[a].id < s.ents[b].id;
  };
  const std::size_t k = opt.top == 0 ? idx.size() : std::min(opt.top, idx.size());
  std::partial_sort(idx.begin(), idx.begin() + static_cast<long>(k), idx.end(), better);
  std::vector<Ranked> out;
  for (std::size_t i = 0; i < k; ++i) out.push_back(Ranked{s.entity_info(idx[i]), score[idx[i]]});
  return out;
}

namespace detail {

std::pair<std::vector<Index>, std::vector<std::size_t>> component_labels(const Store& s) {
  const std::size_t n = s.ents.size();
  std::vector<Index> rank(n), parent(n);
  boost::disjoint_sets<Index*, Index*> ds(rank.data(), parent.data());
  for (Index v = 0; v < n; ++v) ds.make_set(v);
  for (const auto& r : s.rels) ds.union_set(r.s, r.o);
  std::vector<Index> label(n, kNone), root_label(n, kNone);
  std::vector<std::size_t> sizes;
  for (Index v = 0; v < n; ++v) {
    const Index root = ds.find_set(v);
    if (root_label[root] == kNone) {
      root_label[root] = static_cast<Index>(sizes.size());
      sizes.push_back(0);
    }
    label[v] = root_label[root];
    ++sizes[label[v]];
  }
  return {label, sizes};
}

std::vector<std::size_t> label_propagation(const std::vector<std::vector<Index>>& adj, unsigned seed) {
  const std::size_t n = adj.size();
  std::vector<std::size_t> label(n);
  std::iota(label.begin(), label.end(), 0);
  std::mt19937 rng(seed);
  std::vector<Index> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::vector<std::size_t> count(n, 0);
  std::vector<std::size_t> touched;
  for (int round = 0; round < 50; ++round) {
    // Fisher-Yates with raw mt19937 output: the same order on every platform.
    for (std::size_t i = n; i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    bool changed = false;
    for (Index v : order) {
      if (adj[v].empty()) continue;
      touched.clear();
      for (Index u : adj[v]) {
        if (count[label[u]]++ == 0) touched.push_back(label[u]);
      }
      // The most frequent neighbour label; keep the current one if it is among the most
      // frequent, else the smallest of them (no randomness beyond the visiting order).
      std::size_t max_n = 0;
      for (auto l : touched) max_n = std::max(max_n, count[l]);
      std::size_t best = label[v];
      if (count[label[v]] != max_n) {
        best = n;
        for (auto l : touched)
          if (count[l] == max_n) best = std::min(best, l);
      }
      for (auto l : touched) count[l] = 0;
      if (best != label[v]) {
        label[v] = best;
        changed = true;
      }
    }
    if (!changed) break;
  }
  // Renumber: largest community 0, ties by smallest member.
  std::vector<std::size_t> size(n, 0), first(n, n);
  for (std::size_t v = 0; v < n; ++v) {
    ++size[label[v]];
    first[label[v]] = std::min(first[label[v]], v);
  }
  std::vector<std::size_t> labels;
  for (std::size_t l = 0; l < n; ++l)
    if (size[l]) labels.push_back(l);
  std::sort(labels.begin(), labels.end(), [&](auto a, auto b) {
    return size[a] != size[b] ? size[a] > size[b] : first[a] < first[b];
  });
  std::vector<std::size_t> renum(n);
  for (std::size_t i = 0; i < labels.size(); ++i) renum[labels[i]] = i;
  for (auto& l : label) l = renum[l];
  return label;
}

}  // namespace detail

std::vector<std::vector<std::string>> connected_components(const Graph& g) {
  const auto& s = g.store();
  const auto [label, sizes] = detail::component_labels(s);
  std::vector<std::vector<std::string>> out(sizes.size());
  for (Index v = 0; v < s.ents.size(); ++v) out[label[v]].push_back(s.ents[v].id);  // ids ascend with v
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a.front() < b.front();
  });
  return out;
}

std::vector<std::size_t> communities(const Graph& g, unsigned seed) {
  const auto& s = g.store();
  std::vector<std::vector<Index>> adj(s.ents.size());
  for (const auto& r : s.rels) {
    if (r.s == r.o) continue;
    adj[r.s].push_back(r.o);
    adj[r.o].push_back(r.s);
  }
  return detail::label_propagation(adj, seed);
}

}  // namespace kg::graph
