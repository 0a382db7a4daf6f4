// The shortest path `kg path` prints among ties is defined by a plain traversal (query.hpp,
// PathSearch): these tests hold the fast search to a plain reference of that definition on
// random graphs, with hubs, parallel relations, loops, symmetric predicates, directed
// search, filters and hop limits.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <unistd.h>

#include "graph_test_util.hpp"
#include "kg/error.hpp"
#include "kg/graph/graph.hpp"
#include "kg/graph/query.hpp"

namespace {

using namespace kg;
using kg::test::triple;
using graph::EntityInfo;
using graph::RelationInfo;
using P = Predicate;
using T = EntityType;

// The reference: the rows as query.hpp defines them (each vertex's relations in the order
// of Graph::relations(), a relation once per end), and the bidirectional search written
// plainly, with fresh per-query state.
struct Reference {
  struct Edge {
    std::size_t from, to, rel;  // scanned from `from`'s row
    bool forward;  // the walk follows the relation's direction
  };
  std::vector<RelationInfo> rels;
  std::vector<EntityInfo> ents;
  std::vector<std::vector<Edge>> rows;

  explicit Reference(const graph::Graph& g) : rels(g.relations()), ents(g.entities()), rows(ents.size()) {
    for (std::size_t r = 0; r < rels.size(); ++r) {
      const std::size_t s = graph::require_index(g, rels[r].subject), o = graph::require_index(g, rels[r].object);
      rows[s].push_back({s, o, r, true});
      rows[o].push_back({o, s, r, false});
    }
  }

  bool usable(const Edge& e, std::size_t from, std::size_t to, int side, const graph::PathOptions& opt) const {
    const RelationInfo& r = rels[e.rel];
    if (opt.directed && e.forward != (side == 0) && !is_symmetric(r.predicate)) return false;
    const auto& f = opt.filter;
    if (!f.predicates.empty() && std::find(f.predicates.begin(), f.predicates.end(), r.predicate) == f.predicates.end())
      return false;
    if (f.dates.bounded() &&
        std::none_of(r.evidence.begin(), r.evidence.end(), [&](const Evidence& ev) { return f.dates.contains(ev.date); }))
      return false;
    if (e.to != from && e.to != to && !f.types.empty() &&
        std::find(f.types.begin(), f.types.end(), ents[e.to].type) == f.types.end())
      return false;
    return true;
  }

  // Vertices and (relation, forward) steps of the path, or nothing.
  struct Found {
    std::vector<std::size_t> verts;
    std::vector<std::pair<std::size_t, bool>> steps;
  };
  std::optional<Found> path(std::size_t from, std::size_t to, const graph::PathOptions& opt) const {
    Found out;
    if (from == to) {
      out.verts.push_back(from);
      return out;
    }
    const std::size_t n = ents.size();
    std::vector<char> seen[2] = {std::vector<char>(n, 0), std::vector<char>(n, 0)};
    std::vector<const Edge*> via[2] = {std::vector<const Edge*>(n), std::vector<const Edge*>(n)};
    std::vector<std::size_t> front[2] = {{from}, {to}};
    seen[0][from] = seen[1][to] = 1;
    std::size_t work[2] = {rows[from].size(), rows[to].size()};
    std::size_t depth = 0;
    const std::size_t limit = opt.max_hops > 0 ? static_cast<std::size_t>(opt.max_hops) : n + 1;
    std::size_t meet = n;
    // Level by level, the side with less to scan first (ties: the forward side); within a
    // level, its vertices in the order they were reached, each one's row in order; the
    // first vertex reached that the other side has reached is where the path meets.
    while (meet == n && !front[0].empty() && !front[1].empty() && depth < limit) {
      const int side = work[0] <= work[1] ? 0 : 1;
      std::vector<std::size_t> next;
      std::size_t w = 0;
      for (std::size_t u : front[side]) {
        for (const Edge& e : rows[u]) {
          if (seen[side][e.to] || !usable(e, from, to, side, opt)) continue;
          seen[side][e.to] = 1;
          via[side][e.to] = &e;
          if (seen[1 - side][e.to]) {
            meet = e.to;
            break;
          }
          next.push_back(e.to);
          w += rows[e.to].size();
        }
        if (meet != n) break;
      }
      front[side] = std::move(next);
      work[side] = w;
      ++depth;
    }
    if (meet == n) return std::nullopt;
    std::vector<std::size_t> left{meet};
    std::vector<std::pair<std::size_t, bool>> lsteps;
    for (std::size_t v = meet; v != from;) {
      const Edge* e = via[0][v];
      lsteps.push_back({e->rel, e->forward});
      v = e->from;
      left.push_back(v);
    }
    out.verts.assign(left.rbegin(), left.rend());
    out.steps.assign(lsteps.rbegin(), lsteps.rend());
    for (std::size_t v = meet; v != to;) {
      const Edge* e = via[1][v];
      out.steps.push_back({e->rel, !e->forward});
      v = e->from;
      out.verts.push_back(v);
    }
    if (out.steps.size() > limit) return std::nullopt;
    return out;
  }
};

// A random graph: `hubs` entities draw most relations (a heavy tail), some pairs have
// several relations, a few relations are loops.
graph::Graph random_graph(std::mt19937& rng, int n, int m, int hubs) {
  graph::Graph g;
  const T types[] = {T::Company, T::Person, T::Model, T::Country};
  auto pick = [&]() { return static_cast<int>(rng() % 3 == 0 ? rng() % static_cast<unsigned>(hubs) : rng() % static_cast<unsigned>(n)); };
  const char* dates[] = {"2024-01-05", "2024-06-01", "2025-02-10", "2025-09-30"};
  auto label = [](const char* prefix, int i, const char* suffix = "") {
    std::string s = prefix;  // (appending: gcc 12 warns wrongly about "E" + std::to_string(i))
    s += std::to_string(i);
    s += suffix;
    return s;
  };
  for (int i = 0; i < m; ++i) {
    const int a = pick(), b = rng() % 50 == 0 ? a : pick();
    g.add_triple(triple(label("E", a), types[a % 4], kPredicates[rng() % std::size(kPredicates)], label("E", b),
                        types[b % 4], label("r", i % 7, ".txt"), label("s", i), 0.8, 0, dates[rng() % 4]));
  }
  g.freeze();
  return g;
}

void check_against_reference(const graph::Graph& g, std::mt19937& rng, const graph::PathOptions& opt, int queries) {
  const Reference ref(g);
  graph::PathSearch ps(g);
  const std::size_t n = g.entity_count();
  int found = 0;
  for (int q = 0; q < queries; ++q) {
    // Hubs (low numbers) are often ends too.
    const std::size_t a = rng() % n, b = q % 4 == 0 ? a : rng() % n;
    const auto want = ref.path(a, b, opt);
    const auto got = ps.run(a, b, opt);
    INFO("query " << q << ": " << ref.ents[a].id << " -> " << ref.ents[b].id);
    REQUIRE(got.size() == (want ? 1u : 0u));
    if (!want) continue;
    ++found;
    const graph::Path& p = got[0];
    REQUIRE(p.nodes.size() == want->verts.size());
    for (std::size_t i = 0; i < p.nodes.size(); ++i) CHECK(p.nodes[i].id == ref.ents[want->verts[i]].id);
    REQUIRE(p.steps.size() == want->steps.size());
    for (std::size_t i = 0; i < p.steps.size(); ++i) {
      const RelationInfo& r = ref.rels[want->steps[i].first];
      CHECK(p.steps[i].relation.subject == r.subject);
      CHECK(p.steps[i].relation.object == r.object);
      CHECK(p.steps[i].relation.predicate == r.predicate);
      CHECK(p.steps[i].forward == want->steps[i].second);
    }
  }
  CHECK(found > 0);
}

}  // namespace

TEST_CASE("the path among ties is the reference traversal's, on random graphs with hubs") {
  std::mt19937 rng(11);
  for (int round = 0; round < 6; ++round) {
    const int n = 50 + round * 120;
    const auto g = random_graph(rng, n, n * (2 + round % 3), 1 + round);
    graph::PathOptions plain;
    check_against_reference(g, rng, plain, 150);
    graph::PathOptions directed;
    directed.directed = true;
    check_against_reference(g, rng, directed, 100);
    graph::PathOptions hops;
    hops.max_hops = 1 + round % 3;
    check_against_reference(g, rng, hops, 100);
  }
}

TEST_CASE("the path among ties is the reference traversal's with predicate, type and date filters") {
  std::mt19937 rng(23);
  for (int round = 0; round < 4; ++round) {
    const int n = 80 + round * 150;
    const auto g = random_graph(rng, n, n * 3, 2 + round);
    graph::PathOptions preds;
    preds.filter.predicates = {P::develops, P::works_at, P::competes_with, P::based_in, P::invests_in};
    check_against_reference(g, rng, preds, 100);
    graph::PathOptions types;
    types.filter.types = {T::Company, T::Model};
    types.directed = round % 2 == 1;
    check_against_reference(g, rng, types, 100);
    graph::PathOptions dated;
    dated.filter.dates.as_of = "2025-03";
    dated.max_hops = round % 2 == 0 ? 0 : 3;
    check_against_reference(g, rng, dated, 100);
  }
}

namespace {
// Same path, same records: nodes, and each step's relation with all its evidence.
void check_same_path(const graph::Path& x, const graph::Path& y) {
  REQUIRE(x.nodes.size() == y.nodes.size());
  for (std::size_t i = 0; i < x.nodes.size(); ++i) {
    CHECK(x.nodes[i].index == y.nodes[i].index);
    CHECK(x.nodes[i].id == y.nodes[i].id);
    CHECK(x.nodes[i].name == y.nodes[i].name);
    CHECK(x.nodes[i].type == y.nodes[i].type);
  }
  CHECK(x.cost == y.cost);
  REQUIRE(x.steps.size() == y.steps.size());
  for (std::size_t i = 0; i < x.steps.size(); ++i) {
    const RelationInfo &r = x.steps[i].relation, &q = y.steps[i].relation;
    CHECK(x.steps[i].from == y.steps[i].from);
    CHECK(x.steps[i].to == y.steps[i].to);
    CHECK(x.steps[i].forward == y.steps[i].forward);
    CHECK(r.subject == q.subject);
    CHECK(r.object == q.object);
    CHECK(r.predicate == q.predicate);
    CHECK(r.confidence == q.confidence);
    CHECK(r.evidence == q.evidence);
    CHECK(r.evidence_confidence == q.evidence_confidence);
    CHECK(r.first_seen == q.first_seen);
    CHECK(r.last_seen == q.last_seen);
  }
}

void check_same_paths(const graph::Graph& g, const graph::Graph& h, std::size_t a, std::size_t b,
                      const graph::PathOptions& opt = {}) {
  graph::PathSearch pg(g), ph(h);
  const auto x = pg.run(a, b, opt), y = ph.run(a, b, opt);
  INFO(a << " -> " << b);
  REQUIRE(x.size() == y.size());
  for (std::size_t k = 0; k < x.size(); ++k) check_same_path(x[k], y[k]);
}

std::filesystem::path scratch_file(const std::string& name) {
  const auto d = std::filesystem::temp_directory_path() / ("kg_path_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(d);
  return d / name;
}
}  // namespace

// A path's records are read ahead of building them (PathSearch's touch_records), from the
// mapped file of a reopened graph: the same records as the graph saved, for relations with
// no evidence, with more evidence rows than are read ahead, and for an isolated entity
// whose (empty) row ends the rows.
TEST_CASE("paths on a reopened graph file have the records of the graph saved") {
  const auto json = scratch_file("records.json"), kgb = scratch_file("records.kgb");
  std::string evidence;
  for (int i = 0; i < 6; ++i)
    evidence += std::string(i ? "," : "") + R"({"doc": "d)" + std::to_string(i) +
                R"(.txt", "sentence": "B uses C, says story )" + std::to_string(i) + R"(.", "start": 0, "end": 23,)" +
                R"( "date": "2025-0)" + std::to_string(i + 1) + R"(-01", "confidence": 0.)" + std::to_string(i + 3) + "}";
  const auto ent = [](const char* id, const char* type) {
    return std::string(R"({"id": ")") + id + R"(", "name": ")" + id + R"(", "type": ")" + type +
           R"(", "type_from": "articles", "country": "", "aliases": []})";
  };
  const auto rel = [](const char* s, const char* p, const char* o, const std::string& ev) {
    return std::string(R"({"subject": ")") + s + R"(", "predicate": ")" + p + R"(", "object": ")" + o +
           R"(", "confidence": 0.7, "evidence": [)" + ev + "]}";
  };
  std::ofstream(json) << R"({"format": "kg-graph", "version": 2, "entities": [)" << ent("a", "Company") << ","
                      << ent("b", "Company") << "," << ent("c", "Model") << "," << ent("d", "Person") << ","
                      << ent("zz", "Company") << R"(], "relations": [)" << rel("a", "invests_in", "b", "") << ","
                      << rel("b", "uses", "c", evidence) << ","
                      << rel("d", "works_at", "c",
                             R"({"doc": "e.txt", "sentence": "D works on C.", "start": 5, "end": 18, "date": "", "confidence": 0.9})")
                      << R"(], "documents": []})";
  const auto g = graph::Graph::load(json.string());
  g.save(kgb.string());
  const auto h = graph::Graph::load(kgb.string());
  const std::size_t a = graph::require_index(g, "a"), d = graph::require_index(g, "d"),
                    zz = graph::require_index(g, "zz");
  REQUIRE(zz == g.entity_count() - 1);
  REQUIRE(graph::find_paths(g, "a", "d").front().hops() == 3);
  REQUIRE(graph::find_paths(g, "a", "d").front().steps[1].relation.evidence.size() == 6);
  for (std::size_t x = 0; x < g.entity_count(); ++x)
    for (std::size_t y = 0; y < g.entity_count(); ++y) check_same_paths(g, h, x, y);
  graph::PathOptions dated;
  dated.filter.dates.as_of = "2025-03";
  check_same_paths(g, h, a, d, dated);
  graph::PathOptions k3;
  k3.k = 3;
  k3.weighted = true;
  check_same_paths(g, h, d, a, k3);
  std::filesystem::remove_all(json.parent_path());
}

TEST_CASE("paths on a reopened random graph have the records of the graph saved") {
  std::mt19937 rng(5);
  const auto g = random_graph(rng, 400, 1600, 4);
  const auto kgb = scratch_file("random.kgb");
  g.save(kgb.string());
  const auto h = graph::Graph::load(kgb.string());
  for (int q = 0; q < 200; ++q) check_same_paths(g, h, rng() % g.entity_count(), rng() % g.entity_count());
  std::filesystem::remove_all(kgb.parent_path());
}

// find() is the search alone: the paths run() returns, by index, and record() of each is
// run()'s path, records and cost, for every kind of search (BFS with each filter, Dijkstra,
// Yen, dated slices), with one search object reused across queries and options.
TEST_CASE("find then record gives run's paths, by index and with their records") {
  std::mt19937 rng(31);
  const auto g = random_graph(rng, 300, 1100, 3);
  const auto rels = g.relations();
  std::vector<graph::PathOptions> opts(9);
  opts[1].directed = true;
  opts[2].max_hops = 2;
  opts[3].filter.predicates = {P::develops, P::works_at, P::competes_with};
  opts[4].filter.types = {T::Company, T::Model};
  opts[5].filter.dates.as_of = "2025-03";
  opts[6].weighted = true;
  opts[7].k = 3;
  opts[8].weighted = true;
  opts[8].k = 2;
  opts[8].filter.dates.as_of = "2025-03";
  graph::PathSearch ps(g), fresh_for_run(g);
  std::size_t found = 0;
  for (int q = 0; q < 400; ++q) {
    const auto& opt = opts[q % opts.size()];
    const std::size_t a = rng() % g.entity_count(), b = q % 10 == 0 ? a : rng() % g.entity_count();
    INFO("query " << q << ": " << a << " -> " << b);
    const auto ids = ps.find(a, b, opt);
    const auto want = fresh_for_run.run(a, b, opt);
    REQUIRE(ids.size() == want.size());
    for (std::size_t k = 0; k < ids.size(); ++k) {
      ++found;
      const auto& p = ids[k];
      REQUIRE(p.nodes.size() == want[k].nodes.size());
      REQUIRE(p.links.size() == want[k].steps.size());
      CHECK(p.hops() == want[k].hops());
      CHECK(p.cost == want[k].cost);
      for (std::size_t i = 0; i < p.nodes.size(); ++i) CHECK(p.nodes[i] == want[k].nodes[i].index);
      for (std::size_t i = 0; i < p.links.size(); ++i) {
        REQUIRE(p.links[i].relation < rels.size());
        const RelationInfo& r = rels[p.links[i].relation];
        CHECK(r.subject == want[k].steps[i].relation.subject);
        CHECK(r.object == want[k].steps[i].relation.object);
        CHECK(r.predicate == want[k].steps[i].relation.predicate);
        CHECK(p.links[i].forward == want[k].steps[i].forward);
      }
      check_same_path(ps.record(p, opt), want[k]);
    }
  }
  CHECK(found > 200);
}

TEST_CASE("record refuses a path that is not one of the graph's") {
  std::mt19937 rng(7);
  const auto g = random_graph(rng, 40, 80, 1);
  graph::PathSearch ps(g);
  graph::PathIds none;
  CHECK_THROWS_AS(ps.record(none, {}), UsageError);
  graph::PathIds bad_vertex{{0, g.entity_count()}, {{0, true}}, 1};
  CHECK_THROWS_AS(ps.record(bad_vertex, {}), UsageError);
  graph::PathIds bad_relation{{0, 1}, {{g.relation_count(), true}}, 1};
  CHECK_THROWS_AS(ps.record(bad_relation, {}), UsageError);
  graph::PathIds short_links{{0, 1, 2}, {{0, true}}, 1};
  CHECK_THROWS_AS(ps.record(short_links, {}), UsageError);
  graph::PathIds lone{{3}, {}, 0};
  CHECK(ps.record(lone, {}).nodes.at(0).index == 3);
  // A relation between other entities, or walked the wrong way.
  const auto rels = g.relations();
  std::size_t r = 0;
  while (rels[r].subject == rels[r].object) ++r;  // (not a loop)
  const std::size_t s0 = graph::require_index(g, rels[r].subject), o0 = graph::require_index(g, rels[r].object);
  graph::PathIds right{{s0, o0}, {{r, true}}, 1};
  CHECK(ps.record(right, {}).steps.at(0).relation.subject == rels[r].subject);
  CHECK(ps.find(s0, o0, {}).at(0).hops() == 1);
  graph::PathIds reversed{{s0, o0}, {{r, false}}, 1};
  CHECK_THROWS_AS(ps.record(reversed, {}), UsageError);
  std::size_t other = 0;
  while (other == s0 || other == o0) ++other;
  graph::PathIds elsewhere{{s0, other}, {{r, true}}, 1};
  CHECK_THROWS_AS(ps.record(elsewhere, {}), UsageError);
}
