// The graph as of a date (kg::graph::as_of, the one slice every command uses), and every
// output of one dated graph agreeing on what it says of each fact: first/last seen and
// confidence in JSON, .kgb, GraphML, RDF and CSV, with undated evidence present.
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <cmath>
#include <filesystem>
#include <functional>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "kg/error.hpp"
#include "kg/export/export.hpp"
#include "kg/export/graph_export.hpp"
#include "kg/graph/query.hpp"
#include "kg/io.hpp"

using namespace kg;
using kg::graph::Graph;
using kg::text::DateRange;

namespace {

void add(Graph& g, const std::string& s, EntityType st, Predicate p, const std::string& o, EntityType ot, double c,
         const std::string& doc, std::size_t start, const std::string& date) {
  Triple t;
  t.subject = Entity{s, st};
  t.predicate = p;
  t.object = Entity{o, ot};
  t.confidence = c;
  const std::string sentence = s + " " + std::string(to_string(p)) + " " + o + ".";
  t.evidence = Evidence{doc, sentence, start, start + sentence.size(), date};
  g.add_triple(t);
}

void doc(Graph& g, const std::string& name, const std::string& date) {
  DocumentInfo d;
  d.name = name;
  d.date = date;
  g.add_document(d);
}

// French news in January, English in March, a December rivalry, and an undated article.
// "Open AI" (a later, sloppier spelling) and "Open-AI" share a slug: ids open-ai, open-ai-2.
Graph news() {
  Graph g;
  g.add_entity(EntityRecord{"Alibaba", EntityType::Company, "China", {"Alibaba Group"}});
  add(g, "Alibaba", EntityType::Company, Predicate::develops, "Qwen", EntityType::Model, 0.5, "fr.txt", 10, "2025-01-15");
  add(g, "Alibaba", EntityType::Company, Predicate::develops, "Qwen", EntityType::Model, 0.9, "en.txt", 0, "2025-03-02");
  add(g, "Alibaba", EntityType::Company, Predicate::develops, "Qwen", EntityType::Model, 0.6, "old.txt", 0, "");
  add(g, "Cmd", EntityType::Company, Predicate::uses, "Qwen", EntityType::Model, 0.5, "old.txt", 50, "");
  add(g, "Evil Corp", EntityType::Company, Predicate::competes_with, "Alibaba", EntityType::Company, 0.7, "dec.txt", 100,
      "2024-12-31");
  add(g, "Open AI", EntityType::Company, Predicate::competes_with, "Alibaba", EntityType::Company, 0.6, "en.txt", 300,
      "2025-03-02");
  add(g, "Open-AI", EntityType::Company, Predicate::develops, "GPT", EntityType::Model, 0.8, "fr.txt", 200, "2025-01-15");
  doc(g, "fr.txt", "2025-01-15");
  doc(g, "en.txt", "2025-03-02");
  doc(g, "dec.txt", "2024-12-31");
  doc(g, "old.txt", "");
  doc(g, "quiet.txt", "2025-01-20");  // no facts
  g.freeze();
  return g;
}

const graph::RelationInfo* find(const std::vector<graph::RelationInfo>& rels, const std::string& s, Predicate p,
                                const std::string& o) {
  for (const auto& r : rels)
    if (r.subject == s && r.predicate == p && r.object == o) return &r;
  return nullptr;
}

std::vector<std::string> names(const std::vector<DocumentInfo>& docs) {
  std::vector<std::string> out;
  for (const auto& d : docs) out.push_back(d.name);
  return out;
}

}  // namespace

TEST_CASE("the graph as of a date keeps the news as it stood") {
  const Graph g = news();
  SECTION("as of the end of 2024: the December fact; the undated ones only when asked for") {
    Graph f = graph::as_of(g, DateRange{"2024-12-31", "", false});
    auto rels = f.relations();
    REQUIRE(rels.size() == 1);
    CHECK(rels[0].predicate == Predicate::competes_with);
    CHECK(names(f.documents()) == std::vector<std::string>{"dec.txt"});
    f = graph::as_of(g, DateRange{"2024-12-31", "", true});
    rels = f.relations();
    REQUIRE(rels.size() == 3);
    const auto* dev = find(rels, "alibaba", Predicate::develops, "qwen");
    REQUIRE(dev);
    CHECK(dev->evidence.size() == 1);  // the undated sentence only
    CHECK(dev->first_seen.empty());
    CHECK(dev->confidence == Approx(0.6));
    CHECK(f.entity_count() == 4);  // alibaba, cmd, evil-corp, qwen
    CHECK(names(f.documents()) == std::vector<std::string>{"dec.txt", "old.txt"});
  }
  SECTION("as of February: the French evidence, confidence and dates recomputed; ids stay") {
    const Graph f = graph::as_of(g, DateRange{"2025-02-01", "", false});
    const auto rels = f.relations();
    const auto* dev = find(rels, "alibaba", Predicate::develops, "qwen");
    REQUIRE(dev);
    REQUIRE(dev->evidence.size() == 1);
    CHECK(dev->evidence[0].doc == "fr.txt");
    CHECK(dev->first_seen == "2025-01-15");
    CHECK(dev->last_seen == "2025-01-15");
    CHECK(dev->confidence == Approx(0.5));
    // "Open AI" is not in the news yet; "Open-AI" keeps the id it has in the whole graph.
    CHECK(find(rels, "open-ai-2", Predicate::develops, "gpt"));
    CHECK_FALSE(f.find("Open AI"));
    CHECK(f.require("Alibaba Group").id == "alibaba");  // names resolve as before
    CHECK(f.require("Open-AI").id == "open-ai-2");
    CHECK(names(f.documents()) == std::vector<std::string>{"dec.txt", "fr.txt", "quiet.txt"});
  }
  SECTION("since March, undated included: first/last seen from the dated evidence only") {
    const Graph f = graph::as_of(g, DateRange{"", "2025-03-01", true});
    const auto rels = f.relations();  // relations() returns a copy: keep it while `dev` points into it
    const auto* dev = find(rels, "alibaba", Predicate::develops, "qwen");
    REQUIRE(dev);
    CHECK(dev->evidence.size() == 2);
    CHECK(dev->first_seen == "2025-03-02");  // the undated sentence does not empty it
    CHECK(dev->last_seen == "2025-03-02");
    CHECK(dev->confidence == Approx(1 - 0.1 * 0.4));
  }
  SECTION("no bound: every fact") {
    const Graph f = graph::as_of(g, DateRange{});
    CHECK(f.relation_count() == g.relation_count());
    CHECK(find(f.relations(), "alibaba", Predicate::develops, "qwen")->confidence == Approx(1 - 0.5 * 0.1 * 0.4));
  }
  SECTION("bad dates are usage errors") {
    CHECK_THROWS_AS(graph::as_of(g, DateRange{"2025-13-01", "", false}), UsageError);
    CHECK_THROWS_AS(graph::as_of(g, DateRange{"", "yesterday", false}), UsageError);
    CHECK_THROWS_AS(graph::as_of(g, DateRange{"2024-01-01", "2025-01-01", false}), UsageError);
  }
}

TEST_CASE("a subgraph and a slice by document follow the same rule") {
  const Graph g = news();
  graph::EdgeFilter f;
  f.dates = DateRange{"2025-02-01", "", true};
  const Graph sub = graph::subgraph(g, {"alibaba", "qwen", "cmd"}, f);
  const auto sub_rels = sub.relations();  // a copy: keep it while `dev` points into it
  const auto* dev = find(sub_rels, "alibaba", Predicate::develops, "qwen");
  REQUIRE(dev);
  CHECK(dev->evidence.size() == 2);  // fr.txt and the undated old.txt
  CHECK(dev->first_seen == "2025-01-15");
  CHECK(dev->confidence == Approx(1 - 0.5 * 0.4));
  CHECK(names(sub.documents()) == std::vector<std::string>{"fr.txt", "old.txt"});

  const Graph without = graph::filtered(
      g, [](std::string_view d, std::string_view) { return d != "old.txt"; },
      [](const DocumentInfo& d) { return d.name != "old.txt"; });
  CHECK_FALSE(without.find("cmd"));
  CHECK(find(without.relations(), "alibaba", Predicate::develops, "qwen")->confidence == Approx(1 - 0.5 * 0.1));
  CHECK(names(without.documents()) == std::vector<std::string>{"dec.txt", "en.txt", "fr.txt", "quiet.txt"});
}

namespace {

// What one output says of a fact: first/last seen and confidence.
struct Said {
  std::string first, last;
  double confidence = 0;
};
using Key = std::tuple<std::string, std::string, std::string>;  // subject id, predicate, object id

std::string render(const std::function<void(std::ostream&)>& f) {
  std::ostringstream out;
  f(out);
  return out.str();
}

// The fact-level view from per-evidence rows (RDF, CSV): dates and confidences.
struct Rows {
  std::map<Key, std::vector<std::pair<std::string, double>>> by_fact;
  std::map<Key, Said> said() const {
    std::map<Key, Said> out;
    for (const auto& [k, rows] : by_fact) {
      Said s;
      double keep = 1;
      for (const auto& [date, c] : rows) {
        if (!date.empty() && (s.first.empty() || date < s.first)) s.first = date;
        if (!date.empty() && date > s.last) s.last = date;
        keep *= 1 - c;  // one document per sentence here, no copies: independent statements
      }
      s.confidence = 1 - keep;
      out[k] = s;
    }
    return out;
  }
};

std::map<Key, Said> from_json(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str());
  REQUIRE_FALSE(d.HasParseError());
  std::map<Key, Said> out;
  for (const auto& r : d["relations"].GetArray())
    out[{r["subject"].GetString(), r["predicate"].GetString(), r["object"].GetString()}] =
        Said{r["first_seen"].GetString(), r["last_seen"].GetString(), r["confidence"].GetDouble()};
  return out;
}

std::map<Key, Said> from_graph(const Graph& g) {
  std::map<Key, Said> out;
  for (const auto& r : g.relations())
    out[{r.subject, std::string(to_string(r.predicate)), r.object}] = Said{r.first_seen, r.last_seen, r.confidence};
  return out;
}

std::map<Key, Said> from_graphml(const std::string& text) {
  std::map<Key, Said> out;
  const std::regex edge(R"re(<edge id="[^"]*" source="([^"]*)" target="([^"]*)">)re");
  const std::regex data(R"re(<data key="([a-z_]+)">([^<]*)</data>)re");
  std::istringstream in(text);
  std::string line, s, o;
  std::map<std::string, std::string> fields;
  std::smatch m;
  while (std::getline(in, line)) {
    if (std::regex_search(line, m, edge)) {
      s = m[1];
      o = m[2];
      fields.clear();
    } else if (!s.empty() && std::regex_search(line, m, data)) {
      fields[m[1]] = m[2];
    } else if (!s.empty() && line.find("</edge>") != std::string::npos) {
      out[{s, fields["predicate"], o}] = Said{fields["first_seen"], fields["last_seen"], std::stod(fields["confidence"])};
      s.clear();
    }
  }
  return out;
}

std::map<Key, Said> from_ntriples(const std::string& text, const std::string& base) {
  // Each evidence is an rdf:Statement with subject, predicate, object, an optional date
  // and its confidence.
  struct Ev {
    std::string s, p, o, date;
    double c = 0;
  };
  std::map<std::string, Ev> ev;
  const std::regex triple(R"re(^<([^>]*)> <([^>]*)> (.*) \.$)re");
  std::istringstream in(text);
  std::string line;
  std::smatch m;
  const std::string rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  const auto iri_tail = [&](const std::string& obj, const std::string& prefix) {
    return obj.substr(1 + prefix.size(), obj.size() - prefix.size() - 2);
  };
  const auto literal = [](const std::string& obj) { return obj.substr(1, obj.find('"', 1) - 1); };
  while (std::getline(in, line)) {
    if (!std::regex_match(line, m, triple) || m[1].str().rfind(base + "evidence/", 0) != 0) continue;
    Ev& e = ev[m[1]];
    const std::string p = m[2], obj = m[3];
    if (p == rdf + "subject") e.s = iri_tail(obj, base + "entity/");
    if (p == rdf + "predicate") e.p = iri_tail(obj, base + "schema/");
    if (p == rdf + "object") e.o = iri_tail(obj, base + "entity/");
    if (p == base + "schema/date") e.date = literal(obj);
    if (p == base + "schema/confidence") e.c = std::stod(literal(obj));
  }
  Rows rows;
  for (const auto& [id, e] : ev) rows.by_fact[{e.s, e.p, e.o}].emplace_back(e.date, e.c);
  return rows.said();
}

std::map<Key, Said> from_csv(const std::string& text, const Graph& g) {
  // subject,subject_type,predicate,object,object_type,confidence,doc,date,sentence: the
  // test's names and sentences hold no comma or quote.
  std::map<std::string, std::string> id_of;
  for (const auto& e : g.entities()) id_of[e.name] = e.id;
  Rows rows;
  std::istringstream in(text);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> f;
    std::stringstream cells(line);
    for (std::string c; std::getline(cells, c, ',');) f.push_back(c);
    if (line.back() == ',') f.emplace_back();
    REQUIRE(f.size() == 9);
    rows.by_fact[{id_of.at(f[0]), f[2], id_of.at(f[3])}].emplace_back(f[7], std::stod(f[5]));
  }
  return rows.said();
}

void same(const std::map<Key, Said>& want, const std::map<Key, Said>& got, const std::string& format) {
  INFO(format);
  REQUIRE(got.size() == want.size());
  for (const auto& [k, w] : want) {
    INFO(std::get<0>(k) << " " << std::get<1>(k) << " " << std::get<2>(k));
    const auto it = got.find(k);
    REQUIRE(it != got.end());
    CHECK(it->second.first == w.first);
    CHECK(it->second.last == w.last);
    CHECK(it->second.confidence == Approx(w.confidence).margin(2e-6));
  }
}

}  // namespace

TEST_CASE("JSON, .kgb, GraphML, RDF and CSV of one dated graph agree on first/last seen and confidence") {
  const Graph whole = news();
  const auto dir = std::filesystem::temp_directory_path() / ("kg_slice_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  for (const DateRange& dates : {DateRange{"2025-02-01", "", true}, DateRange{"", "2025-01-01", true},
                                 DateRange{"2025-03-31", "", false}, DateRange{}}) {
    INFO("as of '" << dates.as_of << "' since '" << dates.since << "' undated " << dates.include_undated);
    const Graph g = graph::as_of(whole, dates);
    const auto want = from_graph(g);
    REQUIRE_FALSE(want.empty());
    if (dates.include_undated) {  // the case export used to get wrong: dated and undated evidence kept
      const auto& dev = want.at({"alibaba", "develops", "qwen"});
      CHECK_FALSE(dev.first.empty());
    }
    const auto json = (dir / "g.json").string(), kgb = (dir / "g.kgb").string();
    g.save(json);
    g.save(kgb);
    same(want, from_json(io::read_file(json)), "json");
    same(want, from_graph(Graph::load(kgb)), "kgb");
    const auto snap = interop::snapshot(g);
    same(want, from_graphml(render([&](std::ostream& o) { interop::write_graphml(o, snap); })), "graphml");
    const std::string base(interop::kDefaultBaseIri);
    same(want, from_ntriples(render([&](std::ostream& o) { interop::write_ntriples(o, snap); }), base), "ntriples");
    same(want, from_csv(render([&](std::ostream& o) { interop::write_triples_csv(o, snap); }), g), "csv");
  }
  std::filesystem::remove_all(dir);
}
