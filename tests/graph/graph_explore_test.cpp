// The queries kg serve explores with: name search, an entity's facts by predicate, a
// document's facts, facts first seen since a date, rankings from scores computed once, and
// views drawn with importance computed once.
#include <catch2/catch.hpp>

#include "graph_test_util.hpp"
#include "kg/error.hpp"
#include "kg/graph/json.hpp"
#include "kg/graph/query.hpp"

using namespace kg;
using P = Predicate;
using T = EntityType;

namespace {
std::vector<std::string> hit_names(const std::vector<graph::SearchHit>& hits) {
  std::vector<std::string> out;
  for (const auto& h : hits) out.push_back(h.entity.name);
  return out;
}
}  // namespace

TEST_CASE("name search: exact, prefix, contains, case, accents and aliases, ranked by relations") {
  const auto g = kg::test::ecosystem();
  const graph::NameSearch search(g);
  SECTION("prefix of a name, any case") {
    const auto hits = search.run("ALI");
    REQUIRE(!hits.empty());
    CHECK(hits[0].entity.name == "Alibaba");
    CHECK(hits[0].match == graph::SearchHit::Match::prefix);
    CHECK(hits[0].relations == 3);
    CHECK(hits[0].entity.country == "China");
  }
  SECTION("an alias with accents, typed without them, names its entity and the alias") {
    const auto hits = search.run("etats-u");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].entity.name == "United States");
    CHECK(hits[0].matched == "États-Unis");
  }
  SECTION("exact before prefix before contains, then more relations first") {
    const auto hits = search.run("deepseek");
    CHECK(hit_names(hits) == std::vector<std::string>{"DeepSeek", "DeepSeek-R1"});
    CHECK(hits[0].match == graph::SearchHit::Match::exact);
    CHECK(search.run("r1").front().entity.name == "DeepSeek-R1");  // contains ("deepseek-r1")
    CHECK(search.run("r1").front().match == graph::SearchHit::Match::contains);
    CHECK(search.run("阿里巴巴").front().entity.name == "Alibaba");
  }
  SECTION("type filter, limit, nothing for an empty text") {
    graph::SearchOptions o;
    o.types = {T::Model};
    CHECK(hit_names(search.run("deep", o)) == std::vector<std::string>{"DeepSeek-R1"});
    o = {};
    o.limit = 1;
    CHECK(search.run("a", o).size() == 1);
    CHECK(search.run("  ").empty());
    CHECK(search.run("zzzz").empty());
  }
  SECTION("the JSON record of a hit") {
    rapidjson::StringBuffer buf;
    graph::json::Writer w(buf);
    graph::json::hit(w, search.run("qwen").front());
    CHECK(graph::json::text(buf) ==
          R"({"id":"qwen","name":"Qwen","type":"Model","type_from":"articles","country":"","country_from":"",)"
          R"("stated_countries":[],"aliases":[],"matched":"Qwen","match":"exact","relations":1})");
  }
}

TEST_CASE("an entity's facts grouped by predicate and side, most confident first") {
  const auto g = kg::test::ecosystem();
  const auto f = graph::entity_facts(g, "alibaba");
  CHECK(f.entity.name == "Alibaba");
  CHECK(f.relations == 3);
  REQUIRE(f.groups.size() == 3);
  CHECK(f.groups[0].predicate == P::develops);
  CHECK(f.groups[0].outgoing);
  CHECK(f.groups[0].relations.front().evidence.size() == 2);
  CHECK(f.groups[1].predicate == P::based_in);
  // Symmetric facts are on the entity's side whichever way they were written.
  CHECK(f.groups[2].predicate == P::competes_with);
  CHECK(f.groups[2].outgoing);

  const auto tencent = graph::entity_facts(g, "Tencent");
  bool incoming_works_at = false;
  for (const auto& grp : tencent.groups)
    if (grp.predicate == P::works_at) incoming_works_at = !grp.outgoing;
  CHECK(incoming_works_at);

  SECTION("filters: predicate, the other end's type, dates narrow the evidence") {
    graph::EdgeFilter ef;
    ef.types = {T::Country};
    CHECK(graph::entity_facts(g, "alibaba", ef).relations == 1);
    ef = {};
    ef.dates.as_of = "2025-09";
    const auto old = graph::entity_facts(g, "alibaba", ef);
    REQUIRE(!old.groups.empty());
    CHECK(old.groups[0].predicate == P::develops);
    CHECK(old.groups[0].relations.front().evidence.size() == 1);  // the October sentence is later
  }
  SECTION("a cut per group keeps the count") {
    const auto china = graph::entity_facts(g, "China", {}, 1);
    REQUIRE(china.groups.size() == 1);
    CHECK(china.groups[0].total == 3);
    CHECK(china.groups[0].relations.size() == 1);
  }
  CHECK_THROWS_AS(graph::entity_facts(g, "Alibeba"), UsageError);
}

TEST_CASE("a document's facts, with its evidence only, in text order") {
  const auto g = kg::test::ecosystem();
  const auto facts = graph::document_facts(g, "003.txt");
  REQUIRE(facts.size() == 3);
  CHECK(facts[0].predicate == P::develops);  // start 40
  CHECK(facts[0].evidence.size() == 1);
  CHECK(facts[0].evidence[0].doc == "003.txt");
  CHECK(facts[1].predicate == P::competes_with);  // 90
  CHECK(facts[2].predicate == P::based_in);       // 300
  CHECK(graph::document_facts(g, "nope.txt").empty());
  CHECK(graph::document_facts(g, "").empty());
}

TEST_CASE("document_count counts the documents' records, as documents() lists them") {
  auto g = kg::test::ecosystem();
  CHECK(g.document_count() == g.documents().size());
  const auto before = g.document_count();
  DocumentInfo d;
  d.name = "zz-new.txt";
  g.add_document(d);
  d.title = "the same document, described again";
  g.add_document(d);
  CHECK(g.document_count() == before + 1);
  CHECK(g.document_count() == g.documents().size());
}

TEST_CASE("facts first seen since a date, newest first") {
  const auto g = kg::test::ecosystem();
  const auto n = graph::first_seen_since(g, "2025-09");
  CHECK(n.total == 3);  // Yao Shunyu's two jobs (09-01) and Alibaba based_in China (10-02)
  REQUIRE(n.relations.size() == 3);
  CHECK(n.relations[0].first_seen == "2025-10-02");
  // Alibaba develops Qwen was first seen in August: not new, though seen again in October.
  for (const auto& r : n.relations) CHECK(r.predicate != P::develops);
  graph::EdgeFilter ef;
  ef.predicates = {P::works_at};
  CHECK(graph::first_seen_since(g, "2025-09", ef).total == 1);
  CHECK(graph::first_seen_since(g, "2025-09", {}, 1).relations.size() == 1);
  CHECK(graph::first_seen_since(g, "2026").total == 0);
}

TEST_CASE("rankings and views from scores computed once are those computed each time") {
  const auto g = kg::test::ecosystem();
  const auto pr = graph::pagerank(g);
  graph::RankOptions ro;
  ro.by = graph::Centrality::pagerank;
  ro.top = 5;
  const auto a = graph::rank(g, ro), b = graph::top_ranked(g, pr, ro);
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) CHECK(a[i].entity.id == b[i].entity.id);

  graph::ViewOptions v;
  v.focus = "China";
  v.max_nodes = 3;
  const auto v1 = graph::make_view(g, v);
  v.importance_scores = &pr;
  const auto v2 = graph::make_view(g, v);
  REQUIRE(v1.nodes.size() == 3);
  REQUIRE(v1.nodes.size() == v2.nodes.size());
  for (std::size_t i = 0; i < v1.nodes.size(); ++i) CHECK(v1.nodes[i].id == v2.nodes[i].id);
  CHECK(v1.edges.size() == v2.edges.size());
  CHECK(v1.notes == v2.notes);
  std::vector<double> wrong(2, 0.0);
  v.importance_scores = &wrong;
  CHECK_THROWS_AS(graph::make_view(g, v), Error);
}
