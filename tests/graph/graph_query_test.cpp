#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>

#include "graph_test_util.hpp"
#include "kg/error.hpp"
#include "kg/graph/query.hpp"

using namespace kg;
using kg::test::triple;
using P = Predicate;
using T = EntityType;

namespace {
std::vector<std::string> names(const graph::Path& p) {
  std::vector<std::string> out;
  for (const auto& n : p.nodes) out.push_back(n.name);
  return out;
}
}  // namespace

TEST_CASE("shortest path ignores direction and reports each step's real direction") {
  const auto g = kg::test::ecosystem();
  auto paths = graph::find_paths(g, "Tencent", "OpenAI");
  REQUIRE(paths.size() == 1);
  CHECK(names(paths[0]) == std::vector<std::string>{"Tencent", "Yao Shunyu", "OpenAI"});
  REQUIRE(paths[0].steps.size() == 2);
  CHECK_FALSE(paths[0].steps[0].forward);  // Yao Shunyu --works_at--> Tencent, walked backwards
  CHECK(paths[0].steps[0].relation.predicate == P::works_at);
  CHECK(paths[0].steps[1].forward);
  CHECK(paths[0].steps[1].relation.best_evidence()->sentence.find("OpenAI") != std::string::npos);
  // Same query by alias and accents.
  CHECK(graph::find_paths(g, "tencent", "openai").front().hops() == 2);
  CHECK(graph::find_paths(g, "Qwen", "Qwen").front().hops() == 0);
}

TEST_CASE("path options: max hops, predicates, types, directed") {
  const auto g = kg::test::ecosystem();
  graph::PathOptions o;
  SECTION("max hops") {
    CHECK(graph::find_paths(g, "Qwen", "DeepSeek-R1", o).front().hops() == 4);
    o.max_hops = 3;
    CHECK(graph::find_paths(g, "Qwen", "DeepSeek-R1", o).empty());
    o.max_hops = 4;
    CHECK(graph::find_paths(g, "Qwen", "DeepSeek-R1", o).size() == 1);
  }
  SECTION("predicate filter") {
    o.filter.predicates = {P::based_in, P::develops};
    CHECK(graph::find_paths(g, "Tencent", "Qwen", o).front().hops() == 3);  // via China, not competes_with
    o.filter.predicates = {P::develops};
    CHECK(graph::find_paths(g, "Tencent", "Qwen", o).empty());
  }
  SECTION("type filter on intermediate entities") {
    o.filter.types = {T::Company, T::Person};
    CHECK(graph::find_paths(g, "Tencent", "Qwen", o).front().hops() == 2);
    o.filter.types = {T::Person};
    CHECK(graph::find_paths(g, "Tencent", "Qwen", o).empty());
  }
  SECTION("directed") {
    o.directed = true;
    CHECK(graph::find_paths(g, "Yao Shunyu", "OpenAI", o).front().hops() == 1);
    CHECK(graph::find_paths(g, "OpenAI", "Yao Shunyu", o).empty());
    CHECK(graph::find_paths(g, "Tencent", "OpenAI", o).empty());
    // competes_with is symmetric: either way is "its direction".
    CHECK(graph::find_paths(g, "Tencent", "Alibaba", o).front().hops() == 1);
    CHECK(graph::find_paths(g, "Alibaba", "Tencent", o).front().hops() == 1);
  }
  SECTION("unknown entity") {
    CHECK_THROWS_WITH(graph::find_paths(g, "Alibeba", "Qwen"), "no entity 'Alibeba'; did you mean: Alibaba");
  }
}

TEST_CASE("k shortest loop-free paths (Yen) and weighted paths") {
  using kg::test::triple;
  graph::Graph g;
  // Two routes from A to D: A-B-D (weak evidence) and A-C-D (strong), and a long one A-E-F-D.
  g.add_triple(triple("A", T::Company, P::invests_in, "B", T::Company, "x.txt", "A investit dans B.", 0.2));
  g.add_triple(triple("B", T::Company, P::invests_in, "D", T::Company, "x.txt", "B invests in D.", 0.2));
  g.add_triple(triple("A", T::Company, P::invests_in, "C", T::Company, "x.txt", "A a financé C.", 0.95));
  g.add_triple(triple("C", T::Company, P::invests_in, "D", T::Company, "x.txt", "C funds D.", 0.95));
  g.add_triple(triple("A", T::Company, P::part_of, "E", T::Company, "x.txt", "s", 0.9));
  g.add_triple(triple("E", T::Company, P::part_of, "F", T::Company, "x.txt", "s", 0.9));
  g.add_triple(triple("F", T::Company, P::part_of, "D", T::Company, "x.txt", "s", 0.9));
  g.freeze();
  graph::PathOptions o;
  o.k = 5;
  auto paths = graph::find_paths(g, "A", "D", o);
  REQUIRE(paths.size() == 3);
  CHECK(paths[0].hops() == 2);
  CHECK(paths[1].hops() == 2);
  CHECK(paths[2].hops() == 3);
  std::set<std::vector<std::string>> distinct;
  for (const auto& p : paths) distinct.insert(names(p));
  CHECK(distinct.size() == 3);
  o.k = 1;
  o.weighted = true;
  paths = graph::find_paths(g, "A", "D", o);
  REQUIRE(paths.size() == 1);
  CHECK(names(paths[0]) == std::vector<std::string>{"A", "C", "D"});
  CHECK(graph::edge_cost(0.95, 1) < graph::edge_cost(0.2, 1));
  CHECK(graph::edge_cost(0.9, 3) < graph::edge_cost(0.9, 1));
}

TEST_CASE("bidirectional BFS finds paths as short as Dijkstra's on random graphs") {
  graph::Graph g;
  std::mt19937 rng(7);
  const int n = 400;
  for (int i = 0; i < 900; ++i) {
    const int a = static_cast<int>(rng() % n), b = static_cast<int>(rng() % n);
    g.add_triple(triple("E" + std::to_string(a), T::Company, kPredicates[rng() % 14], "E" + std::to_string(b),
                        T::Company, "r.txt", "s" + std::to_string(i)));
  }
  g.freeze();
  graph::PathSearch ps(g);
  graph::PathOptions bfs, dij;
  dij.k = 2;  // forces the Yen/Dijkstra route
  for (int q = 0; q < 200; ++q) {
    const std::size_t a = rng() % g.entity_count(), b = rng() % g.entity_count();
    const auto p1 = ps.run(a, b, bfs);
    const auto p2 = ps.run(a, b, dij);
    REQUIRE(p1.empty() == p2.empty());
    if (!p1.empty()) {
      CHECK(p1[0].hops() == p2[0].hops());
      CHECK(p1[0].nodes.front().id == g.entities()[a].id);
      CHECK(p1[0].nodes.back().id == g.entities()[b].id);
      for (std::size_t i = 0; i < p1[0].steps.size(); ++i) {  // each step is a real relation
        const auto& st = p1[0].steps[i];
        CHECK((st.forward ? st.relation.subject : st.relation.object) == p1[0].nodes[i].id);
        CHECK((st.forward ? st.relation.object : st.relation.subject) == p1[0].nodes[i + 1].id);
      }
    }
  }
}

TEST_CASE("neighbours to a depth, with filters, and subgraphs") {
  const auto g = kg::test::ecosystem();
  graph::NeighborOptions o;
  auto nb = graph::neighbors(g, "Alibaba", o);
  std::vector<std::string> ids;
  for (const auto& n : nb.neighbors) ids.push_back(n.entity.id);
  CHECK(ids == std::vector<std::string>{"china", "qwen", "tencent"});
  CHECK(nb.relations.size() == 4);  // Alibaba-Qwen, Alibaba-China, Alibaba-Tencent, Tencent-China
  o.depth = 2;
  nb = graph::neighbors(g, "Alibaba", o);
  CHECK(nb.neighbors.size() == 5);  // + DeepSeek, Yao Shunyu
  CHECK(nb.neighbors.back().distance == 2);
  o.filter.predicates = {P::develops};
  nb = graph::neighbors(g, "Alibaba", o);
  REQUIRE(nb.neighbors.size() == 1);
  CHECK(nb.neighbors[0].entity.name == "Qwen");

  std::vector<std::string> keep{"alibaba", "qwen", "china"};
  const auto sub = graph::subgraph(g, keep);
  CHECK(sub.entity_count() == 3);
  CHECK(sub.relation_count() == 2);
  CHECK(sub.find("Alibaba Group"));  // aliases travel
  CHECK(sub.documents().empty());    // the source graph recorded no document metadata
}

TEST_CASE("stats, degree, PageRank, betweenness, components, communities") {
  const auto g = kg::test::ecosystem();
  const auto st = graph::stats(g);
  CHECK(st.entities == 11);
  CHECK(st.relations == 10);
  CHECK(st.evidence == 11);
  CHECK(st.components == 2);
  CHECK(st.largest_component == 8);
  CHECK(st.by_predicate.at("develops") == 3);

  const auto pr = graph::pagerank(g);
  double sum = 0;
  for (double x : pr) sum += x;
  CHECK(sum == Approx(1.0));
  graph::RankOptions ro;
  ro.by = graph::Centrality::degree;
  ro.top = 2;
  auto top = graph::rank(g, ro);
  REQUIRE(top.size() == 2);
  CHECK(top[0].entity.name == "Alibaba");  // 3 relations, ties broken by id
  CHECK(top[0].score == 3);
  CHECK(top[1].entity.name == "China");
  ro.by = graph::Centrality::betweenness;
  ro.types = {T::Person};
  top = graph::rank(g, ro);
  REQUIRE(top.size() == 1);
  CHECK(top[0].entity.name == "Yao Shunyu");
  CHECK(top[0].score > 0);

  const auto comps = graph::connected_components(g);
  REQUIRE(comps.size() == 2);
  CHECK(comps[1] == std::vector<std::string>{"nvidia", "nvidia-gpus", "united-states"});
}

TEST_CASE("communities: two cliques joined by one edge split in two, the same for a seed") {
  graph::Graph g;
  for (int c = 0; c < 2; ++c)
    for (int i = 0; i < 6; ++i)
      for (int j = i + 1; j < 6; ++j)
        g.add_triple(triple("N" + std::to_string(c) + std::to_string(i), T::Company, P::competes_with,
                            "N" + std::to_string(c) + std::to_string(j), T::Company, "d.txt", "s"));
  g.add_triple(triple("N00", T::Company, P::invests_in, "N10", T::Company, "d.txt", "bridge"));
  g.freeze();
  for (unsigned seed : {1u, 2u, 42u}) {
    const auto lab = graph::communities(g, seed);
    CHECK(lab == graph::communities(g, seed));
    const auto ents = g.entities();
    for (std::size_t v = 0; v < ents.size(); ++v)
      for (std::size_t u = 0; u < ents.size(); ++u)
        CHECK((lab[v] == lab[u]) == (ents[v].id[1] == ents[u].id[1]));
  }
}

TEST_CASE("make_view: ego map, path highlight, filters, max_nodes, importance, communities") {
  const auto g = kg::test::ecosystem();
  graph::ViewOptions o;
  o.title = "t";
  SECTION("whole graph") {
    const auto v = graph::make_view(g, o);
    CHECK(v.nodes.size() == 11);
    CHECK(v.edges.size() == 10);
    double mx = 0;
    for (const auto& n : v.nodes) {
      CHECK(n.importance >= 0);
      CHECK(n.importance <= 1);
      mx = std::max(mx, n.importance);
    }
    CHECK(mx == 1);
    CHECK(std::is_sorted(v.nodes.begin(), v.nodes.end(), [](auto& a, auto& b) { return a.id < b.id; }));
  }
  SECTION("ego map") {
    o.focus = "Qwen";
    o.depth = 1;
    const auto v = graph::make_view(g, o);
    REQUIRE(v.nodes.size() == 2);
    REQUIRE(v.edges.size() == 1);
    CHECK(v.edges[0].evidence.size() == 2);
    CHECK(v.edges[0].evidence[0].doc == "004.txt");  // best first
    CHECK(std::count_if(v.nodes.begin(), v.nodes.end(), [](auto& n) { return n.highlighted; }) == 1);
    CHECK(v.focus == "qwen");  // render puts it in the centre
    CHECK(v.path.empty());
  }
  SECTION("path highlight") {
    o.path = std::make_pair(std::string("Tencent"), std::string("OpenAI"));
    const auto v = graph::make_view(g, o);
    CHECK(v.nodes.size() == 3);
    CHECK(std::count_if(v.edges.begin(), v.edges.end(), [](auto& e) { return e.highlighted; }) == 2);
    // In path order, FROM first: render draws the map from Tencent to OpenAI.
    CHECK(v.path == std::vector<std::string>{"tencent", "yao-shunyu", "openai"});
    CHECK(v.focus.empty());
  }
  SECTION("filters") {
    o.predicates = {P::based_in};
    auto v = graph::make_view(g, o);
    CHECK(v.edges.size() == 3);
    CHECK(v.nodes.size() == 4);
    o.predicates.clear();
    o.docs = {"000.txt"};
    v = graph::make_view(g, o);
    CHECK(v.edges.size() == 2);
    o.docs.clear();
    o.types = {T::Company};
    v = graph::make_view(g, o);
    for (const auto& n : v.nodes) CHECK(n.type == T::Company);
    o.types.clear();
    o.dates.as_of = "2025-02";
    v = graph::make_view(g, o);
    CHECK(v.edges.size() == 2);  // only DeepSeek's January facts
  }
  SECTION("max_nodes keeps the most important and says what it dropped") {
    o.max_nodes = 4;
    o.communities = true;
    const auto v = graph::make_view(g, o);
    CHECK(v.nodes.size() == 4);
    REQUIRE(v.notes.size() == 1);
    CHECK(v.notes[0].rfind("dropped 7 of 11 entities (--max-nodes 4", 0) == 0);
    for (const auto& n : v.nodes) CHECK_FALSE(n.community.empty());
    for (const auto& e : v.edges) {
      CHECK(std::any_of(v.nodes.begin(), v.nodes.end(), [&](auto& n) { return n.id == e.source; }));
      CHECK(std::any_of(v.nodes.begin(), v.nodes.end(), [&](auto& n) { return n.id == e.target; }));
    }
  }
}

TEST_CASE("betweenness: exact on small graphs, sampled past the budget, and a full sample is exact") {
  // Issue 12 item 7: a 1M-entity graph ran for minutes; past 2e9 steps it is sampled.
  const auto g = kg::test::ecosystem();
  CHECK(graph::betweenness_sources(g, std::nullopt) == g.entity_count());
  CHECK(graph::betweenness_sources(g, 3) == 3);
  CHECK(graph::betweenness_sources(g, 0) == g.entity_count());
  CHECK(graph::betweenness(g, g.entity_count()) == graph::betweenness(g, 0));
  CHECK(graph::betweenness(g, 3, 7) == graph::betweenness(g, 3, 7));  // seeded
  graph::Graph big;
  for (int i = 0; i < 40000; ++i)
    big.add_triple(kg::test::triple("E" + std::to_string(i), EntityType::Company, Predicate::uses,
                                    "E" + std::to_string((i * 7919 + 1) % 40000), EntityType::Product, "d.txt", "s"));
  big.freeze();
  const std::size_t k = graph::betweenness_sources(big, std::nullopt);
  CHECK(k < big.entity_count());
  CHECK(k >= 100);
}

TEST_CASE("make_view leaves out what only the lexicon knows, or marks it") {
  graph::Graph g;
  g.add_entity(EntityRecord{"DeepSeek", T::Company, "China", {}});
  g.add_entity(EntityRecord{"Mistral AI", T::Company, "France", {}});
  auto maker = triple("DeepSeek", T::Company, P::develops, "DeepSeek V3", T::Model, "002.txt", "Deepseek V3 est bon marché.");
  maker.rule = "lexicon.maker";
  g.add_triple(maker);
  g.add_triple(triple("Mistral AI", T::Company, P::competes_with, "DeepSeek", T::Company, "003.txt",
                      "Mistral AI rivalise avec DeepSeek."));
  g.add_triple(triple("Mistral AI", T::Company, P::based_in, "France", T::Country, "003.txt",
                      "La start-up française Mistral AI."));
  g.freeze();
  graph::ViewOptions o;
  auto v = graph::make_view(g, o);  // omit: the default
  CHECK(v.edges.size() == 2);
  CHECK(std::none_of(v.nodes.begin(), v.nodes.end(), [](const ViewNode& n) { return n.name == "DeepSeek V3"; }));
  const auto node = [&](const std::string& id) {
    return *std::find_if(v.nodes.begin(), v.nodes.end(), [&](const ViewNode& n) { return n.id == id; });
  };
  CHECK(node("deepseek").country.empty());  // only the lexicon says China
  CHECK(node("mistral-ai").country == "France");
  o.lexicon = graph::LexiconKnowledge::mark;
  v = graph::make_view(g, o);
  REQUIRE(v.edges.size() == 3);
  CHECK(std::count_if(v.edges.begin(), v.edges.end(), [](const ViewEdge& e) { return e.from_lexicon; }) == 1);
  CHECK(node("deepseek").country == "China");
  CHECK(node("deepseek").country_from_lexicon);
  CHECK_FALSE(node("mistral-ai").country_from_lexicon);
}

TEST_CASE("a capped map leaves out what only the lexicon knows before it keeps the most important entities") {
  // DeepSeek V3 is known only through the lexicon's facts, and it is the most connected
  // neighbour: the map drops it first, then keeps the two most important of what is left.
  graph::Graph g;
  g.add_entity(EntityRecord{"DeepSeek", T::Company, "China", {}});
  auto maker = triple("DeepSeek", T::Company, P::develops, "DeepSeek V3", T::Model, "002.txt", "Deepseek V3 est bon marché.");
  maker.rule = "lexicon.maker";
  g.add_triple(maker);
  for (const char* chip : {"H800", "H20"}) {
    auto t = triple("DeepSeek V3", T::Model, P::uses, chip, T::Chip, "002.txt", std::string("V3 et ") + chip + ".");
    t.rule = "lexicon.uses";
    g.add_triple(t);
  }
  g.add_triple(triple("Mistral AI", T::Company, P::competes_with, "DeepSeek", T::Company, "003.txt",
                      "Mistral AI rivalise avec DeepSeek."));
  g.freeze();
  graph::ViewOptions o;
  o.focus = "DeepSeek";
  o.depth = 1;
  o.max_nodes = 2;
  o.importance = "degree";
  const auto v = graph::make_view(g, o);
  std::vector<std::string> names;
  for (const auto& n : v.nodes) names.push_back(n.name);
  CHECK(names == std::vector<std::string>{"DeepSeek", "Mistral AI"});
  CHECK(v.notes.empty());
}

TEST_CASE("a dated map ranks its entities as the news stood then, not by what came later") {
  // January: a square Alder-Birch-Dogwood-Cobalt. July: Birch becomes a hub.
  graph::Graph g;
  const auto jan = [&](const char* s, const char* o) {
    g.add_triple(triple(s, T::Company, P::invests_in, o, T::Company, "jan.txt", std::string(s) + " funds " + o + ".",
                        0.7, 0, "2025-01-10"));
  };
  jan("Alder", "Birch");
  jan("Birch", "Dogwood");
  jan("Alder", "Cobalt");
  jan("Cobalt", "Dogwood");
  for (const char* o : {"Elm", "Fir", "Gum", "Hazel", "Ivy"})
    g.add_triple(triple("Birch", T::Company, P::invests_in, o, T::Company, "jul.txt", std::string("Birch funds ") + o + ".",
                        0.8, 0, "2025-07-15"));
  g.freeze();
  text::DateRange january;
  january.as_of = "2025-01";
  const auto ents = g.entities();
  const auto at = [&](const std::string& id) {
    return static_cast<std::size_t>(
        std::find_if(ents.begin(), ents.end(), [&](const graph::EntityInfo& e) { return e.id == id; }) - ents.begin());
  };
  for (const std::string measure : {"pagerank", "degree"}) {
    const auto then = graph::importance(g, measure, january);
    REQUIRE(then.size() == g.entity_count());
    CHECK(then[at("elm")] == 0);  // not in January's graph
    CHECK(then[at("alder")] == Approx(then[at("birch")]));  // the square: all alike
    const auto now = graph::importance(g, measure);
    CHECK(now[at("birch")] > now[at("alder")]);
  }
  CHECK_THROWS_AS(graph::importance(g, "fame"), UsageError);
  graph::ViewOptions o;
  o.max_nodes = 1;
  CHECK(graph::make_view(g, o).nodes.at(0).id == "birch");
  o.dates = january;
  CHECK(graph::make_view(g, o).nodes.at(0).id == "alder");  // ties go to the first id
  // Scores passed in are the caller's: the same as computing them.
  const auto scores = graph::importance(g, "pagerank", january);
  o.importance_scores = &scores;
  CHECK(graph::make_view(g, o).nodes.at(0).id == "alder");
}
