// Paths, neighbourhoods, subgraphs and statistics over the frozen store.
#include "kg/graph/query.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <set>
#include <unordered_set>

#include "kg/error.hpp"
#include "kg/io.hpp"
#include "kg/text.hpp"
#include "query_util.hpp"
#include "store.hpp"

namespace kg::graph {

using detail::Index;
using detail::Store;

double edge_cost(double confidence, std::size_t evidence_count) {
  // -ln(confidence) makes a path's cost the -ln of the probability that all its facts hold;
  // the 1 keeps fewer hops better, and a small bonus goes to facts seen more than once
  // (their combined confidence already rises with each independent sentence).
  const double c = std::clamp(confidence, 0.01, 1.0);
  return 1.0 - std::log(c) + 0.25 / static_cast<double>(std::max<std::size_t>(1, evidence_count));
}

namespace detail {

Filter::Filter(const Store& s, const EdgeFilter& f) : s_(s), f_(f) {
  if (!f.predicates.empty()) {
    pred_ok_.assign(std::size(kPredicates), false);
    for (auto p : f.predicates) pred_ok_[static_cast<std::size_t>(p)] = true;
  }
  if (!f.types.empty()) {
    type_ok_.assign(static_cast<std::size_t>(EntityType::Unknown) + 1, false);
    for (auto t : f.types) type_ok_[static_cast<std::size_t>(t)] = true;
  }
  dated_ = f.dates.bounded();
}

bool Filter::relation_ok(Index r) const {
  if (!pred_ok_.empty() && !pred_ok_[s_.rels[r].p]) return false;
  if (dated_ && !s_.in_range(r, f_.dates)) return false;
  return true;
}

bool Filter::vertex_ok(Index v) const {
  return type_ok_.empty() || type_ok_[static_cast<std::size_t>(s_.ents[v].type)];
}

}  // namespace detail

// ---- paths --------------------------------------------------------------------------------
struct PathSearch::Impl {
  const Store& s;
  std::uint32_t gen = 0;
  // Dijkstra's per-vertex state, valid when stamp == gen (so nothing is cleared between
  // queries); allocated by the first weighted or k-path query (the BFS needs none of it:
  // on a million-entity graph it is 20 MB per search).
  std::vector<std::uint32_t> stamp_f, stamp_b;
  std::vector<Index> parent_f;      // previous vertex
  std::vector<std::uint32_t> pedge_f;  // dir_rel of the edge used
  std::vector<std::uint32_t> depth_f;

  explicit Impl(const Store& st) : s(st) {}

  void next_gen() {
    const std::size_t n = s.ents.size();
    if (stamp_f.size() != n) {
      stamp_f.assign(n, 0);
      stamp_b.assign(n, 0);
      parent_f.resize(n);
      pedge_f.resize(n);
      depth_f.resize(n);
      gen = 0;
    }
    if (++gen == 0) {  // wrapped: clear once every 4 billion queries
      std::fill(stamp_f.begin(), stamp_f.end(), 0);
      std::fill(stamp_b.begin(), stamp_b.end(), 0);
      gen = 1;
    }
  }

  // A raw path: vertices and the dir_rel used to reach each next one, in walking order,
  // where bit 0 of a dir_rel says whether the walk follows the relation's direction.
  struct Raw {
    std::vector<Index> verts;
    std::vector<std::uint32_t> edges;
    double cost = 0;
  };

  // State of the bidirectional BFS. "Seen" is one bit per vertex and side (a
  // million-entity graph needs 250 KB: it stays in cache while hubs with tens of thousands
  // of relations are scanned); the bits set by a query are cleared by the next one from the
  // list of vertices it reached. Every other record is appended in order, never written
  // at a vertex's place (each such write was a cache miss): per side, the vertices reached
  // (its levels one after the other, so a frontier is a range of it), each with the
  // position of the vertex it was reached from and the edge used (its position in the
  // rows: the relation and direction, dir_rel, are read only for the path's edges, so an
  // unfiltered search never touches the dir_rel array). Records are written through raw
  // pointers: before a level is expanded its room is made (the level's work bounds it).
  struct Side {
    std::unique_ptr<Index[]> verts;
    std::unique_ptr<std::uint32_t[]> parent, edge;
    std::size_t size = 0, cap = 0;
    std::vector<std::uint64_t> seen;
    void clear() {
      for (std::size_t i = 0; i < size; ++i) seen[verts[i] >> 6] = 0;
      size = 0;
    }
    void room(std::size_t more) {
      if (size + more <= cap) return;
      const std::size_t c = std::max(size + more, 2 * cap);
      const auto grow = [&](auto& a) {
        std::unique_ptr<std::remove_reference_t<decltype(a[0])>[]> b(new std::remove_reference_t<decltype(a[0])>[c]);
        std::copy(a.get(), a.get() + size, b.get());
        a = std::move(b);
      };
      grow(verts);
      grow(parent);
      grow(edge);
      cap = c;
    }
    void add(Index v, std::uint32_t from_pos, std::uint32_t e) {
      seen[v >> 6] |= std::uint64_t(1) << (v & 63);
      verts[size] = v;
      parent[size] = from_pos;
      edge[size++] = e;
    }
    // The position of v, which this side has reached.
    std::size_t find(Index v) const {
      return static_cast<std::size_t>(std::find(verts.get(), verts.get() + size, v) - verts.get());
    }
  };
  Side side_[2];
  unsigned sink_ = 0;  // what touch_records read (kept, so that the reads stay)

  // The search (which path it returns among ties is part of kg's output: query.hpp):
  // level by level, the side whose frontier has fewer edges to scan first (the forward
  // side on equal counts); a level's vertices in the order they were reached, each one's
  // row in order; the first vertex reached that the other side has reached is the meeting
  // point. That first meeting is a shortest path: with levels expanded alternately, every
  // vertex the other side reached at a smaller depth has been expanded by it, so it would
  // have met this side earlier. (NetworkX stops there too.)
  std::optional<Raw> bfs2(Index from, Index to, const PathOptions& opt, const detail::Filter& f) {
    const std::size_t n = s.ents.size();
    const std::uint32_t* const off = s.adj.offsets.data();
    const Index* const column = s.adj.targets.data();
    const std::uint32_t* const dir_rel = s.adj.dir_rel.data();
    if (side_[0].seen.size() != n / 64 + 1)
      for (auto& sd : side_) sd.seen.assign(n / 64 + 1, 0);
    for (auto& sd : side_) sd.clear();
    Raw raw;
    if (from == to) {
      raw.verts.push_back(from);
      return raw;
    }
    const bool open = f.trivial() && !opt.directed;
    for (auto& sd : side_) sd.room(1);
    side_[0].add(from, 0, 0);
    side_[1].add(to, 0, 0);
    // Each side's current level: [level[k], side_[k].size).
    std::size_t level[2] = {0, 0};
    std::uint32_t dep[2] = {0, 0};
    // Edges to scan to expand each frontier (the sum of its degrees), summed only as far as
    // the choice of side needs: work[k] covers the level's vertices before summed[k] (all of
    // them once summed[k] == its end). The side chosen has its sum complete; the other's
    // may stop as soon as it is known to be larger, so a large last level (the search
    // meets before expanding it) costs no lookups of its rows.
    std::size_t work[2] = {0, 0}, summed[2] = {0, 0};
    const auto sum_until = [&](int k, auto enough) {
      const Index* const lvl = side_[k].verts.get();
      const std::size_t m = side_[k].size;
      std::size_t i = summed[k], w = work[k];
      for (; i < m && !enough(w); ++i) {
        if (i + 16 < m) __builtin_prefetch(off + lvl[i + 16]);
        const Index v = lvl[i];
        w += off[v + 1] - off[v];
      }
      summed[k] = i;
      work[k] = w;
    };
    // The side to expand: the one with less work, the forward one on equal work.
    const auto choose = [&]() -> int {
      for (;;) {
        const bool done0 = summed[0] == side_[0].size, done1 = summed[1] == side_[1].size;
        if (done0 && done1) return work[0] <= work[1] ? 0 : 1;
        if (done0) {
          if (work[1] >= work[0]) return 0;
          sum_until(1, [&](std::size_t w) { return w >= work[0]; });
        } else if (done1) {
          if (work[0] > work[1]) return 1;
          sum_until(0, [&](std::size_t w) { return w > work[1]; });
        } else if (work[0] <= work[1]) {
          sum_until(0, [&](std::size_t w) { return w > work[1]; });
        } else {
          sum_until(1, [&](std::size_t w) { return w > work[0]; });
        }
      }
    };
    const std::uint32_t limit = opt.max_hops > 0 ? static_cast<std::uint32_t>(opt.max_hops) : 0xFFFFFFFFu;
    Index meet = detail::kNone;
    int meet_side = 0;
    while (level[0] < side_[0].size && level[1] < side_[1].size && dep[0] + dep[1] < limit) {
      const int k = choose();
      Side& me = side_[k];
      me.room(work[k]);  // (complete for the side chosen) at most one record per edge scanned
      const std::uint64_t* const theirs = side_[1 - k].seen.data();
      std::uint64_t* const mine = me.seen.data();
      const Index* const lvl = me.verts.get();
      const std::size_t first = level[k], last = me.size;
      // The first rows (the loop asks for each row two vertices ahead; the level's offsets
      // are in cache: its work was summed).
      for (std::size_t i = first; i < last && i < first + 2; ++i) __builtin_prefetch(column + off[lvl[i]]);
      for (std::size_t i = first; i < last && meet == detail::kNone; ++i) {
        // The rows a few vertices ahead: a frontier's rows lie all over the arrays.
        if (i + 4 < last) __builtin_prefetch(off + lvl[i + 4]);
        if (i + 2 < last) {
          __builtin_prefetch(column + off[lvl[i + 2]]);
          if (!open) __builtin_prefetch(dir_rel + off[lvl[i + 2]]);
        }
        const Index u = lvl[i];
        const std::uint32_t end = off[u + 1];
        if (open) {
          // Without branches on what was seen (half the edges reach a vertex seen before,
          // at random: each guess missed cost more than the edge): every edge's record is
          // written at the end, and kept by counting it when its vertex is new.
          Index* const rv = me.verts.get();
          std::uint32_t* const rp = me.parent.get();
          std::uint32_t* const re = me.edge.get();
          std::size_t n_rec = me.size;
          for (std::uint32_t e = off[u]; e != end; ++e) {
            const Index v = column[e];
            const std::uint64_t bit = std::uint64_t(1) << (v & 63);
            std::uint64_t& word = mine[v >> 6];
            const std::uint64_t fresh = ~word & bit;
            word |= bit;
            rv[n_rec] = v;
            rp[n_rec] = static_cast<std::uint32_t>(i);
            re[n_rec] = e;
            if (fresh & theirs[v >> 6]) {
              ++n_rec;
              meet = v;
              meet_side = k;
              break;
            }
            n_rec += fresh != 0;
          }
          me.size = n_rec;
          continue;
        }
        for (std::uint32_t e = off[u]; e != end; ++e) {
          const Index v = column[e];
          const std::uint64_t bit = std::uint64_t(1) << (v & 63);
          if (mine[v >> 6] & bit) continue;
          const std::uint32_t dr = dir_rel[e];
          // Directed: the forward side follows subject->object, the backward side the reverse.
          if (opt.directed && ((dr & 1u) != (k == 0 ? 1u : 0u)) && !s.symmetric(dr >> 1)) continue;
          if (!f.relation_ok(dr >> 1)) continue;
          if (v != from && v != to && !f.vertex_ok(v)) continue;
          me.add(v, static_cast<std::uint32_t>(i), e);
          if (theirs[v >> 6] & bit) {
            meet = v;
            meet_side = k;
            break;
          }
        }
      }
      if (meet != detail::kNone) break;
      // The new level's work is summed when the choice of side needs it, in a pass of its
      // own (sum_until): its loads are independent (and prefetched), so they overlap, where
      // in the scan above each waited for its row.
      level[k] = last;
      work[k] = 0;
      summed[k] = last;
      ++dep[k];
    }
    if (meet == detail::kNone) return std::nullopt;
    // Each side's walk from its end to the meeting point, by positions in its records:
    // the meeting point is the last one the meeting side reached, the other side had
    // reached it before.
    std::size_t at[2];
    at[meet_side] = side_[meet_side].size - 1;
    at[1 - meet_side] = side_[1 - meet_side].find(meet);
    // The path, gathered from the records first (they are in cache): its vertices, and
    // for each step the edge's position in the rows; then the edges' relations looked up
    // in a pass of their own, whose misses overlap. from .. meet is side 0's walk
    // backwards; meet .. to is side 1's, which walked against the path, so its direction
    // bits flip.
    std::size_t len[2] = {0, 0};
    for (int k = 0; k < 2; ++k)
      for (std::size_t p = at[k]; p != 0; p = side_[k].parent[p]) ++len[k];
    const std::size_t hops = len[0] + len[1];
    if (hops > limit) return std::nullopt;
    raw.verts.resize(hops + 1);
    raw.edges.resize(hops);
    const Side& a = side_[0];
    std::size_t i = len[0];
    for (std::size_t p = at[0]; p != 0; p = a.parent[p], --i) {
      raw.verts[i] = a.verts[p];
      raw.edges[i - 1] = a.edge[p];
    }
    raw.verts[0] = from;
    const Side& b = side_[1];
    i = len[0];
    for (std::size_t p = at[1]; p != 0; p = b.parent[p], ++i) {
      raw.verts[i + 1] = b.verts[b.parent[p]];
      raw.edges[i] = b.edge[p];
    }
    for (i = 0; i < hops; ++i) raw.edges[i] = dir_rel[raw.edges[i]] ^ (i < len[0] ? 0u : 1u);
    raw.cost = static_cast<double>(hops);
    return raw;
  }

  double cost_of(std::uint32_t dr, bool weighted) const {
    if (!weighted) return 1.0;
    const Index r = dr >> 1;
    return edge_cost(s.rels[r].conf, s.evidence_count(r));
  }

  // Dijkstra from `from`, avoiding banned vertices and relations; hop-limited paths are
  // found by pruning relaxations beyond max_hops.
  std::optional<Raw> dijkstra(Index from, Index to, const PathOptions& opt, const detail::Filter& f,
                              const std::unordered_set<Index>& banned_v, const std::unordered_set<Index>& banned_r) {
    next_gen();
    using Item = std::pair<double, Index>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> pq;
    std::vector<double> dist_touched;
    // stamp_f: seen; stamp_b: settled; depth_f: hops; parent_f/pedge_f: tree.
    std::unordered_map<Index, double> dist;
    dist[from] = 0;
    stamp_f[from] = gen;
    depth_f[from] = 0;
    pq.emplace(0.0, from);
    const std::uint32_t limit = opt.max_hops > 0 ? static_cast<std::uint32_t>(opt.max_hops) : 0xFFFFFFFFu;
    while (!pq.empty()) {
      auto [du, u] = pq.top();
      pq.pop();
      if (stamp_b[u] == gen) continue;
      stamp_b[u] = gen;
      if (u == to) break;
      if (depth_f[u] >= limit) continue;
      for (auto [e, end] = out_edges(u, s.adj); e != end; ++e) {
        const std::uint32_t dr = s.adj.dir_rel[e->pos];
        if (opt.directed && !(dr & 1u) && !s.symmetric(dr >> 1)) continue;
        const Index v = target(*e, s.adj);
        if (stamp_b[v] == gen || banned_v.count(v) || banned_r.count(dr >> 1)) continue;
        if (!f.relation_ok(dr >> 1)) continue;
        if (v != from && v != to && !f.vertex_ok(v)) continue;
        const double nd = du + cost_of(dr, opt.weighted);
        auto it = dist.find(v);
        if (stamp_f[v] != gen || nd < it->second) {
          stamp_f[v] = gen;
          dist[v] = nd;
          parent_f[v] = u;
          pedge_f[v] = dr;
          depth_f[v] = depth_f[u] + 1;
          pq.emplace(nd, v);
        }
      }
    }
    if (stamp_b[to] != gen) return std::nullopt;
    Raw raw;
    for (Index v = to; v != from; v = parent_f[v]) {
      raw.verts.push_back(v);
      raw.edges.push_back(pedge_f[v]);
    }
    raw.verts.push_back(from);
    std::reverse(raw.verts.begin(), raw.verts.end());
    std::reverse(raw.edges.begin(), raw.edges.end());
    raw.cost = dist[to];
    return raw;
  }

  double raw_cost(const Raw& r, bool weighted) const {
    double c = 0;
    for (auto dr : r.edges) c += cost_of(dr, weighted);
    return c;
  }

  // Yen's k shortest loop-free paths over dijkstra().
  std::vector<Raw> yen(Index from, Index to, const PathOptions& opt, const detail::Filter& f) {
    std::vector<Raw> found;
    auto first = dijkstra(from, to, opt, f, {}, {});
    if (!first) return found;
    found.push_back(*first);
    auto cmp = [](const Raw& a, const Raw& b) {
      if (a.cost != b.cost) return a.cost < b.cost;
      if (a.verts != b.verts) return a.verts < b.verts;
      return a.edges < b.edges;
    };
    std::vector<Raw> cand;
    while (found.size() < opt.k) {
      const Raw& last = found.back();
      for (std::size_t i = 0; i + 1 < last.verts.size(); ++i) {
        const Index spur = last.verts[i];
        std::unordered_set<Index> banned_r, banned_v;
        for (const Raw& p : found)
          if (p.verts.size() > i && std::equal(p.verts.begin(), p.verts.begin() + static_cast<long>(i) + 1,
                                               last.verts.begin()))
            banned_r.insert(p.edges[i] >> 1);
        for (std::size_t j = 0; j < i; ++j) banned_v.insert(last.verts[j]);
        PathOptions o2 = opt;
        if (opt.max_hops > 0) {
          if (static_cast<int>(i) >= opt.max_hops) continue;
          o2.max_hops = opt.max_hops - static_cast<int>(i);
        }
        auto spur_path = dijkstra(spur, to, o2, f, banned_v, banned_r);
        if (!spur_path) continue;
        Raw total;
        total.verts.assign(last.verts.begin(), last.verts.begin() + static_cast<long>(i));
        total.edges.assign(last.edges.begin(), last.edges.begin() + static_cast<long>(i));
        total.verts.insert(total.verts.end(), spur_path->verts.begin(), spur_path->verts.end());
        total.edges.insert(total.edges.end(), spur_path->edges.begin(), spur_path->edges.end());
        total.cost = raw_cost(total, opt.weighted);
        auto same = [&](const Raw& x) { return x.verts == total.verts && x.edges == total.edges; };
        if (std::none_of(found.begin(), found.end(), same) && std::none_of(cand.begin(), cand.end(), same))
          cand.push_back(std::move(total));
      }
      if (cand.empty()) break;
      auto best = std::min_element(cand.begin(), cand.end(), cmp);
      found.push_back(std::move(*best));
      cand.erase(best);
      io::check_interrupted();
    }
    return found;
  }

  // A path by index, with the cost its record gives it.
  PathIds ids(const Raw& r, bool weighted) const {
    PathIds p;
    p.nodes.assign(r.verts.begin(), r.verts.end());
    p.links.reserve(r.edges.size());
    for (auto dr : r.edges) p.links.push_back(PathLink{dr >> 1, (dr & 1u) != 0});
    p.cost = weighted ? raw_cost(r, true) : static_cast<double>(r.edges.size());
    return p;
  }

  // What building a path reads lies all over memory (entity rows and their strings,
  // relation and evidence rows, sentences, document and date strings), and most of it is
  // a cache and TLB miss (the rows of a reopened graph are 4 KB pages of the mapped file):
  // read one byte of each first, stage by stage (each stage's addresses come from what the
  // one before read), so that the misses of a stage overlap instead of coming one after
  // another. Loads, not prefetch instructions: on a virtual machine those are dropped on a
  // TLB miss, and this halved the time to build a path where they changed nothing.
  void touch_records(const Raw& raw) {
    constexpr Index kEvidence = 4;  // rows per relation read ahead (most have one)
    unsigned sum = 0;
    const auto touch = [&](const void* p) { sum += *static_cast<const volatile unsigned char*>(p); };
    for (Index v : raw.verts) touch(&s.ents[v]);
    for (auto dr : raw.edges) touch(&s.rels[dr >> 1]);
    for (Index v : raw.verts) {
      touch(s.ents[v].id.data());
      touch(s.ents[v].name.data());
    }
    const auto rows = [&](std::uint32_t dr, auto f) {
      const detail::RelRow& rr = s.rels[dr >> 1];
      for (Index k = rr.ev_begin; k < rr.ev_end && k < rr.ev_begin + kEvidence; ++k) f(s.ev[k]);
    };
    for (auto dr : raw.edges) rows(dr, [&](const detail::EvRow& e) { touch(&e); });
    for (auto dr : raw.edges)
      rows(dr, [&](const detail::EvRow& e) {
        if (e.sent_len > 0 && e.sent_off < s.text.size()) touch(s.text.data() + e.sent_off);
        touch(&s.strings[e.doc]);
        touch(&s.strings[e.date]);
      });
    for (auto dr : raw.edges) rows(dr, [&](const detail::EvRow& e) { touch(s.strings[e.doc].data()); });
    sink_ += sum;
  }

  // The path's relations as the news stood in the filter's dates (their evidence in range).
  Path make(const Raw& raw, const text::DateRange& dates) {
    touch_records(raw);
    const std::vector<Index> story = dates.bounded() ? s.stories() : std::vector<Index>{};
    Path p;
    // The entities by name only: their whole records (aliases, the countries their
    // based_in facts state: a search through a hub's relations) are what no path output
    // shows, and were most of the cost of a path query on a large graph.
    p.nodes.reserve(raw.verts.size());
    for (Index v : raw.verts) {
      const detail::EntityRow& row = s.ents[v];
      p.nodes.push_back(PathNode{v, row.id, row.name, row.type});
    }
    p.steps.reserve(raw.edges.size());
    for (std::size_t i = 0; i < raw.edges.size(); ++i) {
      PathStep st;
      st.from = p.nodes[i].id;
      st.to = p.nodes[i + 1].id;
      st.forward = (raw.edges[i] & 1u) != 0;
      st.relation = s.relation_info(raw.edges[i] >> 1, dates, story);
      p.steps.push_back(std::move(st));
    }
    return p;
  }
};

// A reopened .kgb checks its evidence rows when they are first read (Store::check_evidence):
// all of them, a pass over the whole table (48 MB at 1M relations). Every path record reads
// them, so the search does that pass when it is made, not inside its first query (where it
// was most of the time of a batch's first thousand queries); a damaged file is refused here.
PathSearch::PathSearch(const Graph& g) : impl_(std::make_unique<Impl>(g.store())) { impl_->s.check_evidence(); }
PathSearch::~PathSearch() = default;

std::vector<PathIds> PathSearch::find(std::size_t from, std::size_t to, const PathOptions& opt) {
  const auto& s = impl_->s;
  if (from >= s.ents.size() || to >= s.ents.size()) throw UsageError("entity index out of range");
  detail::Filter f(s, opt.filter);
  std::vector<PathIds> out;
  const auto a = static_cast<Index>(from), b = static_cast<Index>(to);
  if (opt.k <= 1 && !opt.weighted) {
    if (auto r = impl_->bfs2(a, b, opt, f)) out.push_back(impl_->ids(*r, false));
    return out;
  }
  if (a == b) {
    out.push_back(impl_->ids(Impl::Raw{{a}, {}, 0}, opt.weighted));
    return out;
  }
  PathOptions o = opt;
  o.k = std::max<std::size_t>(1, opt.k);
  for (const auto& r : impl_->yen(a, b, o, f)) out.push_back(impl_->ids(r, opt.weighted));
  return out;
}

Path PathSearch::record(const PathIds& p, const PathOptions& opt) {
  const auto& s = impl_->s;
  if (p.nodes.empty() || p.links.size() + 1 != p.nodes.size()) throw UsageError("a path needs one link fewer than nodes");
  Impl::Raw raw;
  raw.verts.reserve(p.nodes.size());
  for (auto v : p.nodes) {
    if (v >= s.ents.size()) throw UsageError("entity index out of range");
    raw.verts.push_back(static_cast<Index>(v));
  }
  raw.edges.reserve(p.links.size());
  for (const auto& l : p.links) {
    if (l.relation >= s.rels.size()) throw UsageError("relation index out of range");
    raw.edges.push_back(static_cast<std::uint32_t>(l.relation << 1) | (l.forward ? 1u : 0u));
  }
  Path out = impl_->make(raw, opt.filter.dates);
  // (The relations' rows are in cache now: make read them.)
  for (std::size_t i = 0; i < p.links.size(); ++i) {
    const detail::RelRow& rr = s.rels[p.links[i].relation];
    const Index a = raw.verts[i], b = raw.verts[i + 1];
    if (p.links[i].forward ? (rr.s != a || rr.o != b) : (rr.s != b || rr.o != a))
      throw UsageError("relation " + std::to_string(p.links[i].relation) + " does not join entities " +
                       std::to_string(a) + " and " + std::to_string(b) + " that way");
  }
  out.cost = p.cost;
  return out;
}

std::vector<Path> PathSearch::run(std::size_t from, std::size_t to, const PathOptions& opt) {
  std::vector<Path> out;
  for (const auto& p : find(from, to, opt)) out.push_back(record(p, opt));
  return out;
}

std::size_t require_index(const Graph& g, std::string_view name) {
  const auto& s = g.store();
  if (auto v = s.find(name)) return *v;
  g.require(name);  // throws with suggestions
  return 0;
}

std::vector<Path> find_paths_between(const Graph& g, std::size_t from, std::size_t to, const PathOptions& opt) {
  PathSearch ps(g);
  return ps.run(from, to, opt);
}

std::vector<Path> find_paths(const Graph& g, std::string_view from, std::string_view to, const PathOptions& opt) {
  const std::size_t a = require_index(g, from), b = require_index(g, to);
  return find_paths_between(g, a, b, opt);
}

// ---- neighbourhoods ----------------------------------------------------------------------
namespace detail {
std::vector<std::pair<Index, int>> bfs_ball(const Store& s, Index center, int depth, const Filter& f) {
  std::vector<std::pair<Index, int>> out{{center, 0}};
  std::unordered_map<Index, int> seen{{center, 0}};
  for (std::size_t head = 0; head < out.size(); ++head) {
    const auto [u, d] = out[head];
    if (d >= depth) continue;
    for (auto [e, end] = out_edges(u, s.adj); e != end; ++e) {
      const Index v = target(*e, s.adj);
      if (seen.count(v)) continue;
      if (!f.relation_ok(s.adj.dir_rel[e->pos] >> 1) || !f.vertex_ok(v)) continue;
      seen.emplace(v, d + 1);
      out.emplace_back(v, d + 1);
    }
  }
  return out;
}

std::vector<Index> relations_among(const Store& s, const std::vector<Index>& verts, const Filter& f) {
  std::unordered_set<Index> in(verts.begin(), verts.end());
  std::vector<Index> rels;
  for (Index u : verts)
    for (auto [e, end] = out_edges(u, s.adj); e != end; ++e) {
      const std::uint32_t dr = s.adj.dir_rel[e->pos];
      if (!(dr & 1u)) continue;  // each relation once, from its subject
      if (!in.count(target(*e, s.adj)) || !f.relation_ok(dr >> 1)) continue;
      rels.push_back(dr >> 1);
    }
  std::sort(rels.begin(), rels.end());
  rels.erase(std::unique(rels.begin(), rels.end()), rels.end());
  return rels;
}
}  // namespace detail

Neighborhood neighbors(const Graph& g, std::string_view entity, const NeighborOptions& opt) {
  const auto& s = g.store();
  const Index c = static_cast<Index>(require_index(g, entity));
  detail::Filter f(s, opt.filter);
  auto ball = detail::bfs_ball(s, c, std::max(0, opt.depth), f);
  std::sort(ball.begin() + 1, ball.end(), [&](const auto& a, const auto& b) {
    return std::tie(a.second, s.ents[a.first].id) < std::tie(b.second, s.ents[b.first].id);
  });
  Neighborhood nb;
  nb.center = s.entity_info(c);
  std::vector<Index> verts;
  for (const auto& [v, d] : ball) {
    verts.push_back(v);
    if (v != c) nb.neighbors.push_back(Neighbor{s.entity_info(v), d});
  }
  const auto story = opt.filter.dates.bounded() ? s.stories() : std::vector<Index>{};
  for (Index r : detail::relations_among(s, verts, f)) nb.relations.push_back(s.relation_info(r, opt.filter.dates, story));
  return nb;
}

// ---- statistics ---------------------------------------------------------------------------
GraphStats stats(const Graph& g) {
  const auto& s = g.store();
  GraphStats st;
  st.entities = s.ents.size();
  st.relations = s.rels.size();
  for (Index r = 0; r < s.rels.size(); ++r) st.evidence += s.evidence_count(r);
  st.documents = s.docs.size();
  for (const auto& e : s.ents) ++st.by_type[std::string(to_string(e.type))];
  for (const auto& r : s.rels) ++st.by_predicate[std::string(to_string(static_cast<Predicate>(r.p)))];
  const auto deg = degree_centrality(g);
  for (Index v = 0; v < deg.size(); ++v) {
    const auto d = static_cast<std::size_t>(deg[v]);
    if (d == 0) ++st.isolated;
    if (d > st.max_degree) {
      st.max_degree = d;
      st.max_degree_entity = s.ents[v].name;
    }
  }
  st.mean_degree = s.ents.empty() ? 0 : 2.0 * static_cast<double>(s.rels.size()) / static_cast<double>(s.ents.size());
  const auto comps = detail::component_labels(s);
  st.components = comps.second.size();
  for (auto c : comps.second) st.largest_component = std::max(st.largest_component, c);
  return st;
}

}  // namespace kg::graph
