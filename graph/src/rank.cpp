// Centralities, components and communities. All treat the graph as undirected with one
// edge per relation (parallel relations between two entities count separately), matching
// a NetworkX MultiGraph built from the relations.
#include <boost/pending/disjoint_sets.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "kg/error.hpp"
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

namespace {
// Brandes' edges: parallel relations collapse into one edge (shortest paths are counted
// between vertices, as in NetworkX), both directions stored, as CSR offsets and targets.
struct Adjacency {
  std::vector<std::uint64_t> off;
  std::vector<Index> to;
  std::size_t edges() const { return to.size(); }
};

Adjacency adjacency(const Store& s) {
  std::vector<std::pair<Index, Index>> edges;
  edges.reserve(2 * s.rels.size());
  for (const auto& r : s.rels) {
    if (r.s == r.o) continue;
    edges.emplace_back(r.s, r.o);
    edges.emplace_back(r.o, r.s);
  }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  Adjacency a;
  a.off.assign(s.ents.size() + 1, 0);
  a.to.reserve(edges.size());
  for (const auto& [u, v] : edges) {
    ++a.off[u + 1];
    a.to.push_back(v);
  }
  std::partial_sum(a.off.begin(), a.off.end(), a.off.begin());
  return a;
}

// Exact betweenness costs a breadth-first search from every entity: n * edges steps. Up to
// this many it runs exact by default; past it, sources are sampled so that a default run
// stays within seconds (a 1M-entity graph with hubs took minutes and ignored Ctrl-C).
constexpr double kExactBudget = 2e9;

std::size_t sources_for(std::size_t n, std::size_t edges, std::optional<std::size_t> requested) {
  if (requested) return *requested == 0 ? n : std::min(*requested, n);
  if (static_cast<double>(n) * static_cast<double>(edges) <= kExactBudget) return n;
  const auto k = static_cast<std::size_t>(kExactBudget / std::max<double>(1.0, static_cast<double>(edges)));
  return std::min(n, std::max<std::size_t>(k, 100));
}
}  // namespace

std::size_t betweenness_sources(const Graph& g, std::optional<std::size_t> requested) {
  const auto& s = g.store();
  std::size_t edges = 0;  // an upper bound (parallel relations not collapsed) is enough here
  for (const auto& r : s.rels) edges += r.s != r.o ? 2 : 0;
  return sources_for(s.ents.size(), edges, requested);
}

// Brandes (2001) for unweighted graphs, from every entity or from `k` sampled ones (seeded:
// the same graph and options rank the same), with the estimate scaled by n / k. Progress on
// a terminal, Ctrl-C between two sources.
std::vector<double> betweenness(const Graph& g, std::optional<std::size_t> samples, unsigned seed) {
  const auto& s = g.store();
  const std::size_t n = s.ents.size();
  const Adjacency adj = adjacency(s);
  const std::size_t k = sources_for(n, adj.edges(), samples);
  std::vector<Index> sources(n);
  std::iota(sources.begin(), sources.end(), Index{0});
  if (k < n) {
    std::mt19937_64 rng(seed);
    for (std::size_t i = 0; i < k; ++i)
      std::swap(sources[i], sources[i + std::uniform_int_distribution<std::size_t>(0, n - 1 - i)(rng)]);
    sources.resize(k);
  }
  std::vector<double> c(n, 0.0), delta(n, 0.0), sigma(n, 0.0);
  std::vector<std::int64_t> dist(n, -1);
  std::vector<Index> order;  // vertices in BFS order (non-decreasing distance)
  order.reserve(n);
  io::Progress progress("betweenness", k);
  for (const Index src : sources) {
    io::check_interrupted();
    order.clear();
    dist[src] = 0;
    sigma[src] = 1;
    order.push_back(src);
    for (std::size_t head = 0; head < order.size(); ++head) {
      const Index v = order[head];
      for (std::uint64_t e = adj.off[v]; e < adj.off[v + 1]; ++e) {
        const Index w = adj.to[e];
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          order.push_back(w);
        }
        if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    // Dependencies, farthest first: a predecessor v of w is a neighbour one step closer.
    for (std::size_t i = order.size(); i-- > 0;) {
      const Index w = order[i];
      for (std::uint64_t e = adj.off[w]; e < adj.off[w + 1]; ++e) {
        const Index v = adj.to[e];
        if (dist[v] == dist[w] - 1) delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
      }
      if (w != src) c[w] += delta[w];
    }
    for (const Index v : order) {
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
    progress.tick();
  }
  // Each unordered pair was counted in both directions; NetworkX's normalisation for
  // undirected graphs divides that double count by (n-1)(n-2). A sample is scaled up.
  const double scale = (n > 2 ? 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2)) : 1.0) *
                       (k ? static_cast<double>(n) / static_cast<double>(k) : 0.0);
  for (auto& x : c) x *= scale;
  return c;
}

std::vector<Ranked> rank(const Graph& g, const RankOptions& opt) {
  std::vector<double> score;
  switch (opt.by) {
    case Centrality::degree: score = degree_centrality(g); break;
    case Centrality::pagerank: score = pagerank(g); break;
    case Centrality::betweenness: score = betweenness(g, opt.samples, opt.seed); break;
  }
  return top_ranked(g, score, opt);
}

std::vector<Ranked> top_ranked(const Graph& g, const std::vector<double>& score, const RankOptions& opt) {
  const auto& s = g.store();
  if (score.size() != s.ents.size()) throw Error("scores for another graph");
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
