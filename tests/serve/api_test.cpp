// kg serve's API without sockets: every endpoint, its error paths, the shapes it shares
// with the commands' --json, and escaping with hostile names.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <filesystem>
#include <map>
#include <fstream>
#include <thread>

#include "../graph/graph_test_util.hpp"
#include "kg/error.hpp"
#include "kg/graph/json.hpp"
#include "kg/graph/query.hpp"
#include "kg/serve/api.hpp"
#include "kg/triple_io.hpp"

using namespace kg;
using serve::Request;
using serve::Response;

namespace {

Request req(std::string path, std::vector<std::pair<std::string, std::string>> params = {}) {
  return Request{std::move(path), std::move(params)};
}

rapidjson::Document parse(const Response& r) {
  INFO(r.body.substr(0, 500));
  REQUIRE(r.content_type == "application/json");
  rapidjson::Document d;
  d.Parse(r.body.data(), r.body.size());
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

// The body of an error answer, checked: JSON, the status, a message.
rapidjson::Document error_of(const Response& r, int status) {
  INFO(r.body.substr(0, 500));
  CHECK(r.status == status);
  auto d = parse(r);
  REQUIRE(d.IsObject());
  CHECK(d["status"].GetInt() == status);
  CHECK(d["error"].GetStringLength() > 0);
  return d;
}

template <class F>
std::string json_of(F&& write) {
  rapidjson::StringBuffer buf;
  graph::json::Writer w(buf);
  write(w);
  return graph::json::text(buf);
}

graph::Graph hostile_graph() {
  graph::Graph g;
  for (auto& t : read_triples_file(std::string(KG_TEST_DATA_DIR) + "/render/hostile.jsonl")) g.add_triple(t);
  DocumentInfo d;
  d.name = "<doc>&amp;.txt";
  d.title = "<script>alert('title')</script>";
  d.url = "javascript:alert(1)";
  g.add_document(d);
  g.freeze();
  return g;
}

const std::string kEvil = "<script>alert(1)</script>";

}  // namespace

TEST_CASE("search: names and aliases, accents and case ignored, type and country beside each hit") {
  const serve::Snapshot snap(kg::test::ecosystem(), "eco.json");
  const serve::Api api;
  auto d = parse(api.handle(snap, req("/api/search", {{"q", "etats-u"}})));
  REQUIRE(d["hits"].Size() == 1);
  CHECK(std::string(d["hits"][0]["name"].GetString()) == "United States");
  CHECK(std::string(d["hits"][0]["matched"].GetString()) == "États-Unis");
  CHECK(std::string(d["hits"][0]["type"].GetString()) == "Country");
  d = parse(api.handle(snap, req("/api/search", {{"q", "ALI"}, {"type", "Company"}})));
  CHECK(std::string(d["hits"][0]["country"].GetString()) == "China");
  CHECK(parse(api.handle(snap, req("/api/search", {{"q", ""}})))["hits"].Size() == 0);
  error_of(api.handle(snap, req("/api/search", {{"q", "a"}, {"limit", "500"}})), 400);
  error_of(api.handle(snap, req("/api/search", {{"q", "a"}, {"type", "Planet"}})), 400);
}

TEST_CASE("entity: facts by predicate with evidence in parts, 404 with suggestions, 400 on bad parameters") {
  const serve::Snapshot snap(kg::test::ecosystem(), "eco.json");
  const serve::Api api;
  auto d = parse(api.handle(snap, req("/api/entity", {{"id", "alibaba group"}})));
  CHECK(std::string(d["entity"]["name"].GetString()) == "Alibaba");
  CHECK(d["entity"]["relations"].GetUint() == 3);
  CHECK(d["relations"].GetUint() == 3);
  const auto& g0 = d["groups"][0];
  CHECK(std::string(g0["predicate"].GetString()) == "develops");
  CHECK(std::string(g0["direction"].GetString()) == "out");
  const auto& r = g0["relations"][0];
  // The keys of kg neighbors --json's relations first, then the page's own.
  for (const char* k : {"subject", "predicate", "object", "confidence", "evidence_count", "evidence", "subject_id",
                        "object_id", "first_seen", "last_seen", "evidence_all"})
    CHECK(r.HasMember(k));
  REQUIRE(r["evidence_all"].Size() == 2);
  const auto& ev = r["evidence_all"][0];  // the most confident first
  CHECK(ev["confidence"].GetDouble() == Approx(0.9));
  std::string joined;
  bool object_marked = false;
  for (const auto& p : ev["parts"].GetArray()) {
    joined += p["text"].GetString();
    if (p.HasMember("role") && std::string(p["role"].GetString()) == "object")
      object_marked = std::string(p["text"].GetString()) == "Qwen";
  }
  CHECK(joined == ev["sentence"].GetString());
  CHECK(object_marked);
  CHECK(std::string(d["groups"][2]["direction"].GetString()) == "both");  // competes_with

  SECTION("filters") {
    d = parse(api.handle(snap, req("/api/entity", {{"id", "alibaba"}, {"type", "Country"}})));
    CHECK(d["relations"].GetUint() == 1);
    d = parse(api.handle(snap, req("/api/entity", {{"id", "alibaba"}, {"predicate", "develops,based_in"}})));
    CHECK(d["relations"].GetUint() == 2);
    d = parse(api.handle(snap, req("/api/entity", {{"id", "alibaba"}, {"as_of", "2025-09"}})));
    CHECK(d["groups"][0]["relations"][0]["evidence_all"].Size() == 1);
  }
  SECTION("errors") {
    auto e = error_of(api.handle(snap, req("/api/entity", {{"id", "Alibeba"}})), 404);
    REQUIRE(e.HasMember("suggestions"));
    CHECK(std::string(e["suggestions"][0].GetString()) == "Alibaba");
    error_of(api.handle(snap, req("/api/entity")), 400);
    error_of(api.handle(snap, req("/api/entity", {{"id", "alibaba"}, {"as_of", "2025-13-01"}})), 400);
    error_of(api.handle(snap, req("/api/entity", {{"id", "alibaba"}, {"as_of", "2024"}, {"since", "2025"}})), 400);
    error_of(api.handle(snap, req("/api/entity", {{"id", "alibaba"}, {"per_group", "-1"}})), 400);
    error_of(api.handle(snap, req("/api/entity", {{"id", "alibaba"}, {"per_group", "12abc"}})), 400);
    error_of(api.handle(snap, req("/api/entity", {{"id", "alibaba"}, {"predicate", "eats"}})), 400);
    auto u = error_of(api.handle(snap, req("/api/entity", {{"id", "alibaba"}, {"colour", "red"}})), 400);
    CHECK(std::string(u["error"].GetString()).find("unknown parameter 'colour'") != std::string::npos);
    error_of(api.handle(snap, req("/api/entity", {{"id", std::string("\xff\xfe", 2)}})), 400);
    error_of(api.handle(snap, req("/api/entity", {{"id", std::string(5000, 'a')}})), 400);
    std::vector<std::pair<std::string, std::string>> many(100, {"type", "Company"});
    many.emplace_back("id", "alibaba");
    error_of(api.handle(snap, req("/api/entity", many)), 400);
  }
}

TEST_CASE("neighbors, path, rank and stats answer with the commands' --json shapes") {
  const serve::Snapshot snap(kg::test::ecosystem(), "eco.json");
  const auto& g = snap.graph();
  const serve::Api api;
  SECTION("neighbors") {
    graph::NeighborOptions o;
    o.depth = 2;
    const auto nb = graph::neighbors(g, "tencent", o);
    CHECK(api.handle(snap, req("/api/neighbors", {{"id", "Tencent"}, {"depth", "2"}})).body ==
          json_of([&](auto& w) { graph::json::neighborhood(w, g, nb, 2); }));
    error_of(api.handle(snap, req("/api/neighbors", {{"id", "Tencent"}, {"depth", "4"}})), 400);
  }
  SECTION("path") {
    const auto paths = graph::find_paths(g, "Tencent", "OpenAI");
    CHECK(api.handle(snap, req("/api/path", {{"from", "tencent"}, {"to", "OPENAI"}})).body ==
          json_of([&](auto& w) { graph::json::path(w, "Tencent", "OpenAI", &paths.front()); }));
    auto d = parse(api.handle(snap, req("/api/path", {{"from", "Tencent"}, {"to", "OpenAI"}, {"k", "3"}})));
    CHECK(d["paths"].Size() >= 1);
    d = parse(api.handle(snap, req("/api/path", {{"from", "Tencent"}, {"to", "Nvidia"}})));
    CHECK_FALSE(d["found"].GetBool());
    d = parse(api.handle(snap, req("/api/path", {{"from", "Tencent"}, {"to", "Qwen"}, {"predicate", "develops"}})));
    CHECK_FALSE(d["found"].GetBool());
    error_of(api.handle(snap, req("/api/path", {{"from", "Tencent"}})), 400);
    error_of(api.handle(snap, req("/api/path", {{"from", "Tencent"}, {"to", "Tencnet"}})), 404);
    error_of(api.handle(snap, req("/api/path", {{"from", "Tencent"}, {"to", "Qwen"}, {"k", "99"}})), 400);
  }
  SECTION("rank") {
    graph::RankOptions o;
    o.by = graph::Centrality::pagerank;
    o.top = 3;
    CHECK(api.handle(snap, req("/api/rank", {{"top", "3"}})).body ==
          json_of([&](auto& w) { graph::json::ranking(w, "pagerank", graph::rank(g, o)); }));
    o.by = graph::Centrality::betweenness;
    o.types = {EntityType::Person};
    CHECK(api.handle(snap, req("/api/rank", {{"by", "betweenness"}, {"type", "Person"}, {"top", "3"}})).body ==
          json_of([&](auto& w) { graph::json::ranking(w, "betweenness", graph::rank(g, o)); }));
    error_of(api.handle(snap, req("/api/rank", {{"by", "fame"}})), 400);
  }
  SECTION("stats, info") {
    CHECK(api.handle(snap, req("/api/stats")).body == json_of([&](auto& w) { graph::json::stats(w, graph::stats(g)); }));
    auto d = parse(api.handle(snap, req("/api/info")));
    CHECK(d["entities"].GetUint() == g.entity_count());
    CHECK(std::string(d["graph"].GetString()) == "eco.json");
    CHECK(d["predicates"].Size() == 14);
  }
  SECTION("communities and components") {
    auto d = parse(api.handle(snap, req("/api/communities", {{"members", "2"}})));
    std::size_t total = 0;
    for (const auto& c : d["communities"].GetArray()) {
      total += c["size"].GetUint();
      CHECK(c["entities"].Size() <= 2);
      for (const auto& id : c["entities"].GetArray()) CHECK(d["names"].HasMember(id.GetString()));
    }
    CHECK(total == g.entity_count());
    d = parse(api.handle(snap, req("/api/components")));
    CHECK(d["count"].GetUint() == graph::connected_components(g).size());
    error_of(api.handle(snap, req("/api/communities", {{"top", "0"}})), 400);
  }
}

TEST_CASE("maps: the view's SVG as JSON for the page, and exports as SVG, PNG, DOT, GraphML") {
  const serve::Snapshot snap(kg::test::ecosystem(), "eco.json");
  const serve::Api api;
  auto d = parse(api.handle(snap, req("/api/map", {{"focus", "Tencent"}, {"depth", "1"}, {"as_of", "2025-12"}})));
  CHECK(std::string(d["title"].GetString()) == "Tencent (depth 1)");
  const std::string svg = d["svg"].GetString();
  CHECK(svg.rfind("<svg", 0) == 0);
  // Nodes open their entity's page and keep the view's filters.
  CHECK(svg.find("xlink:href=\"/entity?id=yao-shunyu&amp;as_of=2025-12&amp;depth=1\"") != std::string::npos);
  CHECK(svg.find("xlink:title=") != std::string::npos);  // evidence on hover

  d = parse(api.handle(snap, req("/api/map", {{"from", "Tencent"}, {"to", "OpenAI"}})));
  CHECK(d["entities"].GetUint() == 3);
  d = parse(api.handle(snap, req("/api/map", {{"max_nodes", "3"}})));
  CHECK(d["entities"].GetUint() == 3);
  REQUIRE(d["notes"].Size() == 1);  // says what it left out
  CHECK(std::string(d["notes"][0].GetString()).rfind("dropped", 0) == 0);

  const auto svg_file = api.handle(snap, req("/api/map", {{"focus", "Tencent"}, {"format", "svg"}, {"download", "1"}}));
  CHECK(svg_file.content_type == "image/svg+xml");
  CHECK(svg_file.filename == "kg-tencent-depth-1.svg");
  CHECK(svg_file.body.find("<svg") != std::string::npos);
  const auto png = api.handle(snap, req("/api/map", {{"focus", "Tencent"}, {"format", "png"}}));
  CHECK(png.body.substr(0, 8) == "\x89PNG\r\n\x1a\n");
  const auto dot = api.handle(snap, req("/api/map", {{"focus", "Tencent"}, {"format", "dot"}}));
  CHECK(dot.body.rfind("digraph", 0) == 0);
  const auto gml = api.handle(snap, req("/api/map", {{"focus", "Tencent"}, {"format", "graphml"}}));
  CHECK(gml.content_type == "application/graphml+xml");
  CHECK(gml.body.find("<node id=\"tencent\"") != std::string::npos);
  CHECK(gml.body.find("<node id=\"nvidia\"") == std::string::npos);  // only what the view shows

  error_of(api.handle(snap, req("/api/map", {{"format", "gif"}})), 400);
  error_of(api.handle(snap, req("/api/map", {{"focus", "Nobody"}})), 404);
  error_of(api.handle(snap, req("/api/map", {{"max_nodes", "100000"}})), 400);
  error_of(api.handle(snap, req("/api/map", {{"cluster", "planet"}})), 400);

  // The time slice and the lexicon's knowledge, as the commands' --undated and --from-lexicon.
  error_of(api.handle(snap, req("/api/map", {{"focus", "Tencent"}, {"lexicon", "maybe"}})), 400);
  error_of(api.handle(snap, req("/api/map", {{"focus", "Tencent"}, {"as_of", "2025"}, {"undated", "sometimes"}})), 400);
  d = parse(api.handle(snap, req("/api/map", {{"focus", "Tencent"}, {"as_of", "2025-12"}, {"undated", "include"},
                                              {"lexicon", "mark"}})));
  CHECK(std::string(d["svg"].GetString()).find("as_of=2025-12&amp;undated=include&amp;lexicon=mark") !=
        std::string::npos);  // the nodes' links keep them
  CHECK(parse(api.handle(snap, req("/api/entity", {{"id", "alibaba"}, {"since", "2025"}, {"undated", "include"}})))
            .HasMember("groups"));
}

TEST_CASE("the server's time slice (kg serve --as-of/--since/--undated): requests without dates get it, their own replace it") {
  const serve::Snapshot snap(kg::test::ecosystem(), "eco.json");
  serve::ApiOptions o;
  o.dates = text::DateRange{"2025-08", "", false};
  const serve::Api api(o);
  auto info = parse(api.handle(snap, req("/api/info")));
  CHECK(std::string(info["time_slice"]["as_of"].GetString()) == "2025-08");
  CHECK(std::string(info["time_slice"]["since"].GetString()).empty());
  CHECK(std::string(info["time_slice"]["undated"].GetString()) == "exclude");
  CHECK(std::string(info["time_slice"]["description"].GetString()) ==
        "evidence dated up to 2025-08 (undated evidence left out)");
  // Alibaba as the news stood at the end of August: Qwen from 003 (08-15) only, no based_in (10-02).
  auto d = parse(api.handle(snap, req("/api/entity", {{"id", "alibaba"}})));
  CHECK(d["relations"].GetUint() == 2);
  CHECK(d["groups"][0]["relations"][0]["evidence_all"].Size() == 1);
  // The page's own dates: another as_of, or none at all (given empty).
  d = parse(api.handle(snap, req("/api/entity", {{"id", "alibaba"}, {"as_of", "2025-10"}})));
  CHECK(d["relations"].GetUint() == 3);
  d = parse(api.handle(snap, req("/api/entity", {{"id", "alibaba"}, {"as_of", ""}})));
  CHECK(d["relations"].GetUint() == 3);
  CHECK(d["groups"][0]["relations"][0]["evidence_all"].Size() == 2);
  // Paths and neighbours too: Yao Shunyu's facts are of September.
  CHECK_FALSE(parse(api.handle(snap, req("/api/path", {{"from", "Tencent"}, {"to", "OpenAI"}})))["found"].GetBool());
  CHECK(parse(api.handle(snap, req("/api/path", {{"from", "Tencent"}, {"to", "OpenAI"}, {"as_of", ""}})))["found"]
            .GetBool());
  CHECK(parse(api.handle(snap, req("/api/neighbors", {{"id", "Yao Shunyu"}})))["neighbors"].Size() == 0);
  // And maps; the nodes' links carry a date the request gave, even empty, not the default.
  d = parse(api.handle(snap, req("/api/map", {{"focus", "Yao Shunyu"}})));
  CHECK(d["relations"].GetUint() == 0);
  d = parse(api.handle(snap, req("/api/map", {{"focus", "Yao Shunyu"}, {"as_of", ""}})));
  CHECK(d["relations"].GetUint() == 2);
  CHECK(std::string(d["svg"].GetString()).find("as_of=&amp;") == std::string::npos);
  CHECK(std::string(d["svg"].GetString()).find("?id=openai&amp;as_of=\"") != std::string::npos);
  // A request's since after the server's as_of: nothing could match.
  error_of(api.handle(snap, req("/api/entity", {{"id", "alibaba"}, {"since", "2025-09"}})), 400);
  error_of(api.handle(snap, req("/api/entity", {{"id", "alibaba"}, {"undated", ""}})), 400);

  // --since is also where "what changed" starts, unless the page says another date.
  o.dates = text::DateRange{"", "2025-09", true};
  const serve::Api since_api(o);
  auto ch = parse(since_api.handle(snap, req("/api/changes")));
  CHECK(std::string(ch["since"].GetString()) == "2025-09");
  CHECK(ch["total"].GetUint() == 3);  // Yao Shunyu's two facts (09-01) and Alibaba's based_in (10-02)
  ch = parse(since_api.handle(snap, req("/api/changes", {{"since", "2025-01"}})));
  CHECK(std::string(ch["since"].GetString()) == "2025-01");
  CHECK(ch["total"].GetUint() == 10);
  d = parse(since_api.handle(snap, req("/api/entity", {{"id", "alibaba"}})));
  CHECK(d["relations"].GetUint() == 2);  // Qwen (10-02) and based_in (10-02); not competes_with (08-15)
}

TEST_CASE("search hits and entity pages say when only kg's lexicon knows of an entity, as maps and reports mark it") {
  graph::Graph g = kg::test::ecosystem();
  auto lexicon_fact = kg::test::triple("DeepSeek", EntityType::Company, Predicate::develops, "DeepSeek V3",
                                       EntityType::Model, "002.txt", "DeepSeek V3 est disponible.", 0.9, 300,
                                       "2025-01-20");
  lexicon_fact.rule = "lexicon.maker";  // the lexicon knows the maker; the sentence only names the model
  g.add_triple(lexicon_fact);
  const serve::Snapshot snap(std::move(g), "eco.json");
  const serve::Api api;
  auto d = parse(api.handle(snap, req("/api/search", {{"q", "deepseek"}})));
  REQUIRE(d["hits"].Size() == 3);
  std::map<std::string, std::string> source;
  for (const auto& h : d["hits"].GetArray()) source[h["name"].GetString()] = h["source"].GetString();
  CHECK(source["DeepSeek"] == "articles");
  CHECK(source["DeepSeek-R1"] == "articles");
  CHECK(source["DeepSeek V3"] == "lexicon");
  d = parse(api.handle(snap, req("/api/entity", {{"id", "DeepSeek V3"}})));
  CHECK(std::string(d["entity"]["source"].GetString()) == "lexicon");
  CHECK(std::string(d["groups"][0]["relations"][0]["source"].GetString()) == "lexicon");
  d = parse(api.handle(snap, req("/api/entity", {{"id", "DeepSeek"}})));
  CHECK(std::string(d["entity"]["source"].GetString()) == "articles");
  // Asked again (the answer is remembered): the same.
  d = parse(api.handle(snap, req("/api/search", {{"q", "deepseek v3"}})));
  CHECK(std::string(d["hits"][0]["source"].GetString()) == "lexicon");
}

TEST_CASE("documents, a document's text with its facts, and what changed since a date") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "kg-serve-api-test";
  fs::create_directories(dir);
  const std::string text = "First line.\nTencent a recruté Yao Shunyu, ancien chercheur d'OpenAI.\nThe end.\n";
  std::ofstream(dir / "article.txt", std::ios::binary) << text;
  graph::Graph g;
  auto t = kg::test::triple("Yao Shunyu", EntityType::Person, Predicate::works_at, "Tencent", EntityType::Company,
                            "article.txt", "Tencent a recruté Yao Shunyu, ancien chercheur d'OpenAI.", 0.8, 12,
                            "2025-09-01");
  g.add_triple(t);
  g.add_triple(kg::test::triple("Alibaba", EntityType::Company, Predicate::develops, "Qwen", EntityType::Model,
                                "gone.txt", "Alibaba makes Qwen.", 0.9, 0, "2025-01-01"));
  auto doc_info = [](std::string name, std::string hash, std::string location, std::string title, std::string url,
                     std::string date, std::string lang, std::string source, std::size_t bytes) {
    DocumentInfo d;
    d.name = std::move(name);
    d.hash = std::move(hash);
    d.locations = {std::move(location)};
    d.title = std::move(title);
    d.url = std::move(url);
    d.date = std::move(date);
    d.lang = std::move(lang);
    d.source = std::move(source);
    d.bytes = bytes;
    return d;
  };
  DocumentInfo d1 = doc_info("article.txt", "", (dir / "article.txt").string(), "An article", "https://news.example/a",
                             "2025-09-01", "fr", "News", text.size());
  DocumentInfo d2 = doc_info("gone.txt", "", (dir / "gone.txt").string(), "Gone", "", "2025-01-01", "en", "", 20);
  g.add_document(d1);
  g.add_document(d2);
  const serve::Snapshot snap(std::move(g), "docs.json");
  const serve::Api api;

  auto list = parse(api.handle(snap, req("/api/documents")));
  CHECK(list["count"].GetUint() == 2);
  CHECK(parse(api.handle(snap, req("/api/info")))["documents"].GetUint() == 2);
  CHECK(std::string(list["documents"][0]["name"].GetString()) == "article.txt");  // newest first
  CHECK_FALSE(list["documents"][0].HasMember("path"));  // where the server's files are is not the API's
  CHECK_FALSE(list["documents"][0].HasMember("locations"));
  list = parse(api.handle(snap, req("/api/documents", {{"sort", "name"}, {"offset", "1"}})));
  CHECK(std::string(list["documents"][0]["name"].GetString()) == "gone.txt");
  error_of(api.handle(snap, req("/api/documents", {{"sort", "size"}})), 400);

  auto doc = parse(api.handle(snap, req("/api/document", {{"name", "article.txt"}})));
  CHECK(std::string(doc["text_state"].GetString()) == "ok");
  REQUIRE(doc["facts"].Size() == 1);
  std::string joined, highlighted;
  for (const auto& s : doc["segments"].GetArray()) {
    joined += s["text"].GetString();
    if (s.HasMember("facts")) highlighted += s["text"].GetString();
  }
  CHECK(joined == text);
  CHECK(highlighted == "Tencent a recruté Yao Shunyu, ancien chercheur d'OpenAI.");

  doc = parse(api.handle(snap, req("/api/document", {{"name", "gone.txt"}})));
  CHECK(std::string(doc["text_state"].GetString()) == "missing");
  CHECK(doc["segments"].Size() == 0);
  CHECK(doc["facts"].Size() == 1);
  auto e = error_of(api.handle(snap, req("/api/document", {{"name", "article"}})), 404);
  CHECK(std::string(e["suggestions"][0].GetString()) == "article.txt");

  // The file changed since: its text is shown, the fact whose sentence moved is not highlighted.
  std::ofstream(dir / "article.txt", std::ios::binary) << "Inserted.\n" << text;
  const DocumentInfo d3 = doc_info("article.txt", "0123456789abcdef", (dir / "article.txt").string(), "", "", "", "", "", 0);
  graph::Graph g2;
  g2.add_triple(t);
  g2.add_document(d3);
  const serve::Snapshot snap2(std::move(g2), "docs2.json");
  doc = parse(api.handle(snap2, req("/api/document", {{"name", "article.txt"}})));
  CHECK(std::string(doc["text_state"].GetString()) == "changed");
  for (const auto& s : doc["segments"].GetArray()) CHECK_FALSE(s.HasMember("facts"));

  auto ch = parse(api.handle(snap, req("/api/changes", {{"since", "2025-06"}})));
  CHECK(ch["total"].GetUint() == 1);
  CHECK(std::string(ch["relations"][0]["first_seen"].GetString()) == "2025-09-01");
  error_of(api.handle(snap, req("/api/changes")), 400);
  error_of(api.handle(snap, req("/api/changes", {{"since", "yesterday"}})), 400);
  fs::remove_all(dir);
}

TEST_CASE("pages and static files: embedded, no inline script or style, no way out of the embedded set") {
  const serve::Snapshot snap(kg::test::ecosystem(), "eco.json");
  const serve::Api api;
  for (const char* page : {"/", "/entity", "/path", "/rank", "/communities", "/documents", "/document", "/changes",
                           "/search"}) {
    const auto r = api.handle(snap, req(page, {{"id", "x"}}));
    CHECK(r.status == 200);
    CHECK(r.content_type == "text/html; charset=utf-8");
  }
  const std::string html = api.handle(snap, req("/")).body;
  CHECK(html.find("<script src=\"/app.js\"") != std::string::npos);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("style=") == std::string::npos);
  for (const char* handler : {"onclick", "onload", "onerror", "onsubmit", "oninput", "javascript:"})
    CHECK(html.find(handler) == std::string::npos);
  CHECK(html.find("http") == std::string::npos);  // nothing fetched from elsewhere
  const auto js = api.handle(snap, req("/app.js"));
  CHECK(js.content_type == "text/javascript; charset=utf-8");
  // Text from the graph reaches the page as text nodes only.
  for (const char* sink : {"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("})
    CHECK(js.body.find(sink) == std::string::npos);
  CHECK(api.handle(snap, req("/style.css")).content_type == "text/css; charset=utf-8");
  for (const char* bad : {"/../etc/passwd", "/..%2f..%2fetc/passwd", "/web/app.js", "/index.html/..", "/app.js/",
                          "/api", "/api/", "/api/../app.js", "//etc/passwd"})
    error_of(api.handle(snap, req(bad)), 404);
}

TEST_CASE("hostile names, titles and sentences stay text in every answer") {
  const serve::Snapshot snap(hostile_graph(), "hostile.json");
  const serve::Api api;
  const std::vector<Request> all{
      req("/api/search", {{"q", "<script"}}),
      req("/api/entity", {{"id", kEvil}}),
      req("/api/neighbors", {{"id", kEvil}}),
      req("/api/path", {{"from", kEvil}, {"to", "Nowhere\nLand"}}),
      req("/api/rank"),
      req("/api/communities"),
      req("/api/documents"),
      req("/api/document", {{"name", "<doc>&amp;.txt"}}),
      req("/api/changes", {{"since", "2025"}}),
      req("/api/map", {{"focus", kEvil}}),
      req("/api/entity", {{"id", "<img src=x onerror=alert(1)>"}}),
  };
  for (const auto& r : all) {
    INFO(r.path);
    const auto res = api.handle(snap, r);
    auto d = parse(res);  // valid JSON whatever the names hold
    CHECK((res.status == 200 || res.status == 404));
  }
  // Names come back as they are, to be shown as text by the page.
  auto d = parse(api.handle(snap, req("/api/entity", {{"id", kEvil}})));
  CHECK(std::string(d["entity"]["name"].GetString()) == kEvil);
  // Maps: drawn as text by Graphviz, never as markup.
  d = parse(api.handle(snap, req("/api/map", {{"focus", kEvil}})));
  const std::string svg = d["svg"].GetString();
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("<img") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  const auto raw = api.handle(snap, req("/api/map", {{"from", kEvil}, {"to", "AT&T"}, {"format", "svg"}}));
  CHECK(raw.body.find("<script") == std::string::npos);
  const auto gml = api.handle(snap, req("/api/map", {{"focus", kEvil}, {"format", "graphml"}}));
  CHECK(gml.body.find("<script") == std::string::npos);
  // A download's file name is a slug, whatever the title.
  const auto dl = api.handle(snap, req("/api/map", {{"focus", kEvil}, {"format", "svg"}, {"download", "1"}}));
  CHECK(dl.filename.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-.") == std::string::npos);
  // An error repeats what was asked only inside a JSON string.
  auto e = error_of(api.handle(snap, req("/api/entity", {{"id", "<b>\"x\"</b>"}})), 404);
  CHECK(std::string(e["error"].GetString()) == "no entity '<b>\"x\"</b>'");
}

TEST_CASE("path queries share a few searches: many threads at once get the answers of one, a failed query frees its search") {
  const serve::Snapshot snap(kg::test::ecosystem(), "eco.json");
  const serve::Api api;
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"Tencent", "OpenAI"}, {"Alibaba", "Nvidia"}, {"Qwen", "China"}, {"Yao Shunyu", "Alibaba"}};
  std::vector<std::string> expected;
  for (const auto& [a, b] : pairs) expected.push_back(api.handle(snap, req("/api/path", {{"from", a}, {"to", b}, {"k", "2"}})).body);
  // More threads than searches: some wait for a search another thread gives back.
  const std::size_t threads = 3 * serve::Snapshot::kPathSearches;
  std::vector<std::vector<std::string>> got(threads);
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      for (int round = 0; round < 20; ++round)
        for (const auto& [a, b] : pairs)
          got[t].push_back(api.handle(snap, req("/api/path", {{"from", a}, {"to", b}, {"k", "2"}})).body);
    });
  for (auto& th : pool) th.join();
  for (const auto& bodies : got) {
    REQUIRE(bodies.size() == 20 * pairs.size());
    for (std::size_t i = 0; i < bodies.size(); ++i) CHECK(bodies[i] == expected[i % pairs.size()]);
  }
  // A query that throws gives its search back: more failures than searches, then one that works.
  const auto n = snap.graph().entity_count();
  for (std::size_t i = 0; i < serve::Snapshot::kPathSearches + 2; ++i)
    CHECK_THROWS_AS(snap.find_paths(n + 1, 0, graph::PathOptions{}), UsageError);
  CHECK(snap.find_paths(0, 1, graph::PathOptions{}).size() <= 1);
}

TEST_CASE("name searches run a few at a time: many threads typing at once get the answers of one") {
  const serve::Snapshot snap(kg::test::ecosystem(), "eco.json");
  const serve::Api api;
  const std::vector<std::string> typed = {"a", "al", "ten", "etats", "q", "zzz", "alibeba"};
  std::vector<std::string> expected;
  for (const auto& q : typed) expected.push_back(api.handle(snap, req("/api/search", {{"q", q}})).body);
  // Unknown entities search for suggestions too (through the same gate).
  const std::string unknown = api.handle(snap, req("/api/entity", {{"id", "alibeba"}})).body;
  const std::size_t threads = 4 * serve::Snapshot::kSearches;
  std::vector<std::vector<std::string>> got(threads);
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      for (int round = 0; round < 20; ++round) {
        for (const auto& q : typed) got[t].push_back(api.handle(snap, req("/api/search", {{"q", q}})).body);
        got[t].push_back(api.handle(snap, req("/api/entity", {{"id", "alibeba"}})).body);
      }
    });
  for (auto& th : pool) th.join();
  for (const auto& bodies : got) {
    REQUIRE(bodies.size() == 20 * (typed.size() + 1));
    for (std::size_t i = 0; i < bodies.size(); ++i) {
      const std::size_t k = i % (typed.size() + 1);
      CHECK(bodies[i] == (k < typed.size() ? expected[k] : unknown));
    }
  }
}

// tests/data/graph/dated_costs.jsonl: in January a square Alder-Birch-Dogwood-Cobalt, where
// Alder-Cobalt-Dogwood is the confident route; Alder-Birch-Dogwood becomes so in June; in
// July Birch becomes a hub (Elm, Fir, Gum, Hazel, Ivy).
static graph::Graph dated_costs() {
  graph::Graph g;
  for (auto& t : read_triples_file(std::string(KG_TEST_DATA_DIR) + "/graph/dated_costs.jsonl")) g.add_triple(t);
  return g;
}

TEST_CASE("a dated map keeps the entities that mattered then, and the snapshot keeps the slice's PageRank") {
  // January: a square Alder-Birch-Dogwood-Cobalt; in July Birch becomes a hub.
  const serve::Snapshot snap(dated_costs(), "dated.json");
  const serve::Api api;
  const auto kept = [&](std::vector<std::pair<std::string, std::string>> params) {
    params.emplace_back("max_nodes", "1");
    params.emplace_back("format", "dot");
    return api.handle(snap, req("/api/map", params)).body;
  };
  CHECK(kept({}).find("node-birch") != std::string::npos);
  const std::string january = kept({{"as_of", "2025-01"}});
  CHECK(january.find("node-birch") == std::string::npos);
  CHECK(january.find("node-alder") != std::string::npos);
  text::DateRange jan;
  jan.as_of = "2025-01";
  const auto a = snap.pagerank(jan), b = snap.pagerank(jan);
  CHECK(a == b);  // kept, not computed again
  CHECK(a.get() != &snap.pagerank());
  CHECK(snap.pagerank(text::DateRange{}).get() == &snap.pagerank());
}

TEST_CASE("a dated rank and dated groups are those of the slice: what was known then") {
  // Elm, Fir, Gum, Hazel and Ivy first appear in July; in January there were four entities.
  const serve::Snapshot snap(dated_costs(), "dated.json");
  const serve::Api api;
  text::DateRange jan;
  jan.as_of = "2025-01";
  const graph::Graph then = graph::as_of(snap.graph(), jan);
  REQUIRE(then.entity_count() == 4);
  const std::vector<std::string> later = {"\"elm\"", "\"fir\"", "\"gum\"", "\"hazel\"", "\"ivy\""};
  const auto mentions_later = [&](const std::string& body) {
    return std::any_of(later.begin(), later.end(), [&](const auto& id) { return body.find(id) != std::string::npos; });
  };
  SECTION("rank, by each measure, is kg rank --as-of's") {
    for (const auto& [name, by] : {std::pair{"degree", graph::Centrality::degree},
                                   std::pair{"pagerank", graph::Centrality::pagerank},
                                   std::pair{"betweenness", graph::Centrality::betweenness}}) {
      INFO(name);
      graph::RankOptions o;
      o.by = by;
      o.top = 20;
      const std::string body = api.handle(snap, req("/api/rank", {{"by", name}, {"as_of", "2025-01"}})).body;
      CHECK(body == json_of([&](auto& w) { graph::json::ranking(w, name, graph::rank(then, o)); }));
      CHECK_FALSE(mentions_later(body));
      CHECK(mentions_later(api.handle(snap, req("/api/rank", {{"by", name}})).body));
    }
    error_of(api.handle(snap, req("/api/rank", {{"as_of", "January"}})), 400);
  }
  SECTION("communities and components are those of the slice") {
    auto d = parse(api.handle(snap, req("/api/components", {{"as_of", "2025-01"}})));
    CHECK(d["count"].GetUint() == 1);
    CHECK(d["components"][0]["size"].GetUint() == 4);
    CHECK_FALSE(mentions_later(api.handle(snap, req("/api/components", {{"as_of", "2025-01"}})).body));
    CHECK(parse(api.handle(snap, req("/api/components")))["components"][0]["size"].GetUint() == 9);
    const auto labels = graph::communities(then, 1);
    d = parse(api.handle(snap, req("/api/communities", {{"as_of", "2025-01"}})));
    CHECK(d["count"].GetUint() == *std::max_element(labels.begin(), labels.end()) + 1);
    std::size_t total = 0;
    for (const auto& c : d["communities"].GetArray()) total += c["size"].GetUint();
    CHECK(total == 4);
    CHECK_FALSE(mentions_later(api.handle(snap, req("/api/communities", {{"as_of", "2025-01"}})).body));
  }
  SECTION("the server's time slice applies when the request gives none; an empty as_of lifts it") {
    serve::ApiOptions o;
    o.dates = jan;
    const serve::Api dated(o);
    CHECK_FALSE(mentions_later(dated.handle(snap, req("/api/rank", {{"by", "degree"}})).body));
    CHECK_FALSE(mentions_later(dated.handle(snap, req("/api/components")).body));
    CHECK(mentions_later(dated.handle(snap, req("/api/rank", {{"by", "degree"}, {"as_of", ""}})).body));
  }
  SECTION("a slice is made once and kept with what is derived from it") {
    const auto a = snap.slice(jan), b = snap.slice(jan);
    CHECK(a == b);
    CHECK(a->graph().entity_count() == 4);
    CHECK(&a->pagerank() == &b->pagerank());
    CHECK(&snap.slice(text::DateRange{})->graph() == &snap.graph());
    CHECK(&snap.slice(text::DateRange{})->pagerank() == &snap.pagerank());
    CHECK(snap.pagerank(jan)->size() == snap.graph().entity_count());  // per vertex of the whole graph, for maps
  }
}

TEST_CASE("a dated weighted path costs its relations as the news stood then, as kg path does") {
  // In January Alder-Cobalt-Dogwood is the confident route; Alder-Birch-Dogwood became so
  // only in June. Whole-graph costs would take Birch.
  const serve::Snapshot snap(dated_costs(), "dated.json");
  const serve::Api api;
  text::DateRange jan;
  jan.as_of = "2025-01";
  graph::PathOptions o;
  o.weighted = true;
  o.filter.dates = jan;
  const graph::Graph then = graph::as_of(snap.graph(), jan);
  const auto want = graph::find_paths(then, "Alder", "Dogwood", o);
  REQUIRE(want.size() == 1);
  REQUIRE(want[0].nodes[1].name == "Cobalt");
  const auto body =
      api.handle(snap, req("/api/path", {{"from", "Alder"}, {"to", "Dogwood"}, {"weighted", "1"}, {"as_of", "2025-01"}}))
          .body;
  CHECK(body == json_of([&](auto& w) { graph::json::path(w, "Alder", "Dogwood", &want.front()); }));
  // An end the slice lacks: no path, not an error.
  const auto d = parse(api.handle(snap, req("/api/path", {{"from", "Alder"}, {"to", "Elm"}, {"weighted", "1"}, {"as_of", "2025-01"}})));
  CHECK_FALSE(d["found"].GetBool());
}
