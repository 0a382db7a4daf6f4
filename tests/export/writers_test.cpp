#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "kg/error.hpp"
#include "kg/export/export.hpp"
#include "kg/io.hpp"

using namespace kg;
using namespace kg::interop;

namespace {

const std::string kEvilName = "Evil \"Corp\", <script>alert(1)</script>\nline2";
const std::string kFormula = "=cmd|' /C calc'!A0";

// A small graph: French and English evidence, hostile names and sentences.
ExportGraph sample() {
  ExportGraph g;
  g.entities = {
      {"alibaba", "Alibaba", EntityType::Company, "China", {"Alibaba Group", "阿里巴巴"}},
      {"cmd", kFormula, EntityType::Company, "", {"-2+3", "@evil;alias"}},
      {"evil-corp", kEvilName, EntityType::Company, "United States", {}},
      {"qwen", "Qwen", EntityType::Model, "", {"Tongyi Qianwen"}},
  };
  g.relations = {
      {"alibaba", "qwen", Predicate::develops, 0.95,
       {{"004_fr.txt", "Alibaba a dévoilé « Qwen », son modèle d'IA.", 10, 60, "2025-01-15"},
        {"en_news.txt", "Alibaba released \"Qwen\" on Tuesday.", 0, 40, "2025-03-02"}},
       "2025-01-15", "2025-03-02", {}},
      {"cmd", "qwen", Predicate::uses, 0.5, {{"evil.txt", "=HYPERLINK(\"http://x\")\r\nDROP", 5, 9, ""}}, "", "", {}},
      {"evil-corp", "alibaba", Predicate::competes_with, 0.7,
       {{"evil.txt", "Evil \"Corp\" rivalise avec Alibaba\\; '}) DETACH DELETE n", 100, 150, "2024-12-31"}},
       "2024-12-31", "2024-12-31", {}},
  };
  DocumentInfo d1;
  d1.name = "004_fr.txt"; d1.title = "L'IA chinoise"; d1.date = "2025-01-15"; d1.lang = "fr";
  DocumentInfo d2;
  d2.name = "en_news.txt"; d2.url = "https://example.com/a?b=c&d=\"e\""; d2.lang = "en";
  DocumentInfo d3;
  d3.name = "evil.txt";
  g.documents = {d1, d2, d3};
  return g;
}

// RFC 4180 reader for the tests: returns records of fields.
std::vector<std::vector<std::string>> parse_csv(const std::string& s) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') { rows.back().back() += '"'; ++i; }
      else if (c == '"') quoted = false;
      else rows.back().back() += c;
    } else if (c == '"') {
      REQUIRE(rows.back().back().empty());  // quotes only open a field
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      continue;
    } else if (c == '\n') {
      rows.emplace_back(1);
    } else {
      rows.back().back() += c;
    }
  }
  REQUIRE_FALSE(quoted);
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

template <class F>
std::string render(F&& f) {
  std::ostringstream out;
  f(out);
  return out.str();
}

}  // namespace

TEST_CASE("formats are named and guessed from extensions") {
  CHECK(parse_format("GraphML") == Format::graphml);
  CHECK(parse_format("nt") == Format::ntriples);
  CHECK(parse_format("ttl") == Format::turtle);
  CHECK(parse_format("neo4j") == Format::neo4j);
  CHECK_FALSE(parse_format("gexf"));
  CHECK(format_from_path("out/g.graphml") == Format::graphml);
  CHECK(format_from_path("g.NT") == Format::ntriples);
  CHECK(format_from_path("g.ttl") == Format::turtle);
  CHECK(format_from_path("g.cypher") == Format::cypher);
  CHECK(format_from_path("g.csv") == Format::csv);
  CHECK_FALSE(format_from_path("out/neo4j"));
  for (Format f : {Format::graphml, Format::ntriples, Format::turtle, Format::neo4j, Format::cypher, Format::csv})
    CHECK(parse_format(to_string(f)) == f);
}

TEST_CASE("GraphML declares typed keys and escapes hostile text") {
  const std::string x = render([](std::ostream& o) { write_graphml(o, sample()); });
  CHECK(x.find("<key id=\"confidence\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/>") != std::string::npos);
  CHECK(x.find("attr.name=\"evidence_count\" attr.type=\"int\"") != std::string::npos);
  CHECK(x.find("<script>") == std::string::npos);
  CHECK(x.find("Evil &quot;Corp&quot;, &lt;script&gt;") != std::string::npos);
  CHECK(x.find("<data key=\"aliases\">Alibaba Group; 阿里巴巴</data>") != std::string::npos);
  CHECK(x.find("<data key=\"evidence_count\">2</data>") != std::string::npos);
  CHECK(x.find("&#13;") != std::string::npos);  // CR survives XML end-of-line normalisation
  std::size_t nodes = 0, edges = 0;
  for (std::size_t p = 0; (p = x.find("<node id=", p)) != std::string::npos; ++p) ++nodes;
  for (std::size_t p = 0; (p = x.find("<edge id=", p)) != std::string::npos; ++p) ++edges;
  CHECK(nodes == 4);
  CHECK(edges == 3);
}

TEST_CASE("N-Triples: every line is one well-formed triple") {
  const std::string nt = render([](std::ostream& o) { write_ntriples(o, sample(), "https://kg.example/"); });
  const std::regex iri(R"(<[^<>"{}|^`\\\x00-\x20]+>)");
  const std::regex line(R"(^(<[^<>"{}|^`\\ ]+>) (<[^<>"{}|^`\\ ]+>) (<[^<>"{}|^`\\ ]+>|"([^"\\\n\r]|\\["\\nrtbf]|\\u[0-9A-F]{4})*"(\^\^<[^<> ]+>)?) \.$)");
  std::istringstream in(nt);
  std::string l;
  std::size_t n = 0;
  while (std::getline(in, l)) {
    CAPTURE(l);
    CHECK(std::regex_match(l, line));
    ++n;
  }
  CHECK(n > 40);
  CHECK(nt.find("<https://kg.example/entity/alibaba> <https://kg.example/schema/develops> "
                "<https://kg.example/entity/qwen> .\n") != std::string::npos);
  CHECK(nt.find("<https://kg.example/entity/alibaba> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                "<https://kg.example/schema/Company> .\n") != std::string::npos);
  CHECK(nt.find("<http://www.w3.org/2000/01/rdf-schema#label> \"Evil \\\"Corp\\\", <script>alert(1)</script>\\nline2\" .") !=
        std::string::npos);
  CHECK(nt.find("\"2025-01-15\"^^<http://www.w3.org/2001/XMLSchema#date>") != std::string::npos);
  CHECK(nt.find("<https://kg.example/doc/004_fr.txt>") != std::string::npos);
  // One reified statement per evidence: 4 pieces of evidence in the sample.
  std::size_t statements = 0;
  for (std::size_t p = 0; (p = nt.find("22-rdf-syntax-ns#Statement>", p)) != std::string::npos; ++p) ++statements;
  CHECK(statements == 4);
  // Another base moves every minted IRI.
  const std::string other = render([](std::ostream& o) { write_ntriples(o, sample(), "urn:kg:"); });
  CHECK(other.find("https://kg.example/") == std::string::npos);
  CHECK(other.find("<urn:kg:/entity/qwen>") != std::string::npos);
}

TEST_CASE("Turtle holds the same statements as N-Triples") {
  const ExportGraph g = sample();
  const std::string ttl = render([&](std::ostream& o) { write_turtle(o, g); });
  const std::string nt = render([&](std::ostream& o) { write_ntriples(o, g); });
  CHECK(ttl.find("@prefix ent: <https://kg.example/entity/> .") != std::string::npos);
  CHECK(ttl.find("ent:alibaba\n    a kg:Company ;") != std::string::npos);
  CHECK(ttl.find("kg:develops ent:qwen") != std::string::npos);
  CHECK(ttl.find("skos:altLabel \"Alibaba Group\" ,\n        \"阿里巴巴\"") != std::string::npos);
  CHECK(ttl.find("kg:doc doc:en_news.txt ;") != std::string::npos);  // an inner '.' is fine
  CHECK(ttl.find("kg:start \"10\"^^xsd:integer ;") != std::string::npos);
  CHECK(ttl.find("<https://kg.example/entity/evil-corp>") == std::string::npos);  // shortened to ent:
  CHECK(ttl.find("doc:evil.txt") != std::string::npos);
  // Same number of objects: count terminators/separators vs lines.
  std::size_t nt_lines = 0;
  for (char c : nt) nt_lines += c == '\n';
  std::size_t ttl_objects = 0;
  std::istringstream in(ttl);
  std::string l;
  while (std::getline(in, l)) {
    if (l.empty() || l[0] == '@' || l[0] == '#' || l[0] != ' ') continue;
    ++ttl_objects;
  }
  CHECK(ttl_objects == nt_lines);
}

TEST_CASE("Neo4j CSV has the import headers and reads back field for field") {
  const ExportGraph g = sample();
  const auto nodes = parse_csv(render([&](std::ostream& o) { write_neo4j_nodes(o, g); }));
  REQUIRE(nodes.size() == 5);
  CHECK(nodes[0] == std::vector<std::string>{"id:ID", "name", "type", "country", "aliases:string[]", ":LABEL"});
  CHECK(nodes[1] == std::vector<std::string>{"alibaba", "Alibaba", "Company", "China", "Alibaba Group;阿里巴巴",
                                             "Entity;Company"});
  CHECK(nodes[2][4] == "-2+3;@evil,alias");  // ';' inside an alias cannot split it
  CHECK(nodes[3][1] == kEvilName);
  const auto rels = parse_csv(render([&](std::ostream& o) { write_neo4j_relationships(o, g); }));
  REQUIRE(rels.size() == 4);
  CHECK(rels[0] == std::vector<std::string>{":START_ID", ":END_ID", ":TYPE", "confidence:float", "evidence_count:int",
                                            "first_seen", "last_seen", "evidence", "doc"});
  CHECK(rels[1] == std::vector<std::string>{"alibaba", "qwen", "DEVELOPS", "0.95", "2", "2025-01-15", "2025-03-02",
                                            "Alibaba a dévoilé « Qwen », son modèle d'IA.", "004_fr.txt"});
  CHECK(rels[3][2] == "COMPETES_WITH");
  for (const auto& row : rels) CHECK(row.size() == 9);
}

TEST_CASE("Cypher script: one statement per line, every literal closed") {
  const std::string cy = render([](std::ostream& o) { write_cypher(o, sample()); });
  std::istringstream in(cy);
  std::string l;
  std::size_t merges = 0, matches = 0;
  while (std::getline(in, l)) {
    if (l.rfind("//", 0) == 0) continue;
    CAPTURE(l);
    CHECK(l.back() == ';');
    // Walk the line: outside literals there must be no text from the articles.
    bool in_str = false;
    std::string outside;
    for (std::size_t i = 0; i < l.size(); ++i) {
      if (in_str && l[i] == '\\') { ++i; continue; }
      if (l[i] == '\'') { in_str = !in_str; continue; }
      if (!in_str) outside += l[i];
    }
    CHECK_FALSE(in_str);
    CHECK(outside.find("DETACH") == std::string::npos);
    CHECK(outside.find("script") == std::string::npos);
    merges += l.rfind("MERGE (n:Entity", 0) == 0;
    matches += l.rfind("MATCH (s:Entity", 0) == 0;
  }
  CHECK(merges == 4);
  CHECK(matches == 3);
  CHECK(cy.find("MERGE (n:Entity {id: 'alibaba'}) SET n:`Company`, n.name = 'Alibaba'") != std::string::npos);
  CHECK(cy.find("MERGE (s)-[r:DEVELOPS]->(o) SET r.confidence = 0.95, r.evidence_count = 2") != std::string::npos);
}

TEST_CASE("triples CSV: one row per evidence, formulas neutralised") {
  const auto rows = parse_csv(render([](std::ostream& o) { write_triples_csv(o, sample()); }));
  REQUIRE(rows.size() == 5);
  CHECK(rows[0] == std::vector<std::string>{"subject", "subject_type", "predicate", "object", "object_type",
                                            "confidence", "doc", "date", "sentence"});
  CHECK(rows[1] == std::vector<std::string>{"Alibaba", "Company", "develops", "Qwen", "Model", "0.95", "004_fr.txt",
                                            "2025-01-15", "Alibaba a dévoilé « Qwen », son modèle d'IA."});
  CHECK(rows[2][8] == "Alibaba released \"Qwen\" on Tuesday.");
  CHECK(rows[3][0] == "'" + kFormula);
  CHECK(rows[3][8] == "'=HYPERLINK(\"http://x\")\r\nDROP");
  CHECK(rows[4][0] == kEvilName);
  for (const auto& row : rows) {
    CHECK(row.size() == 9);
    for (const auto& cell : row) {
      CAPTURE(cell);
      CHECK((cell.empty() || std::string("=+-@").find(cell[0]) == std::string::npos));
    }
  }
}

TEST_CASE("best evidence: highest confidence, then document, then start") {
  ExportRelation r;
  r.evidence = {{"a.txt", "one", 0, 3, ""}, {"b.txt", "two", 0, 3, ""}, {"b.txt", "three", 5, 9, ""}};
  CHECK(r.best_evidence()->sentence == "one");  // no confidences: the first by (doc, start)
  r.evidence_confidence = {0.5, 0.8, 0.8};
  CHECK(r.best_evidence()->sentence == "two");
  r.evidence_confidence = {0.5, 0.7, 0.8};
  CHECK(r.best_evidence()->sentence == "three");
  CHECK(ExportRelation{}.best_evidence() == nullptr);
}

TEST_CASE("per-evidence confidence lands in the CSV and RDF rows") {
  ExportGraph g = sample();
  g.relations[0].evidence_confidence = {0.5, 0.9};
  const auto csv = render([&](std::ostream& o) { write_triples_csv(o, g); });
  CHECK(csv.find(",Model,0.5,004_fr.txt,") != std::string::npos);
  CHECK(csv.find(",Model,0.9,en_news.txt,") != std::string::npos);
  const auto nt = render([&](std::ostream& o) { write_ntriples(o, g); });
  CHECK(nt.find("\"0.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>") != std::string::npos);
  const auto rels = render([&](std::ostream& o) { write_neo4j_relationships(o, g); });
  CHECK(rels.find("Alibaba released") != std::string::npos);  // the 0.9 evidence is the best one
}

TEST_CASE("write_export writes atomically where asked") {
  const auto dir = std::filesystem::temp_directory_path() / ("kg_export_test_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  const ExportGraph g = sample();
  ExportOptions opt;
  const auto files = write_export(g, Format::neo4j, (dir / "neo").string(), opt);
  REQUIRE(files.size() == 2);
  CHECK(std::filesystem::exists(dir / "neo" / "nodes.csv"));
  CHECK(std::filesystem::exists(dir / "neo" / "relationships.csv"));
  const auto prefixed = write_export(g, Format::neo4j, (dir / "kg-").string(), opt);
  CHECK(prefixed[0] == (dir / "kg-nodes.csv").string());
  CHECK(std::filesystem::exists(dir / "kg-relationships.csv"));
  write_export(g, Format::ntriples, (dir / "g.nt").string(), opt);
  const std::string first = kg::io::read_file((dir / "g.nt").string());
  write_export(g, Format::ntriples, (dir / "g.nt").string(), opt);
  CHECK(kg::io::read_file((dir / "g.nt").string()) == first);  // deterministic
  opt.base_iri = "not an iri";
  CHECK_THROWS_AS(write_export(g, Format::turtle, (dir / "g.ttl").string(), opt), kg::UsageError);
  CHECK_FALSE(std::filesystem::exists(dir / "g.ttl"));
  CHECK_THROWS_AS(write_export(g, Format::neo4j, (dir / "g.nt").string(), ExportOptions{}), kg::UsageError);
  std::size_t leftovers = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) leftovers += e.path().filename().string()[0] == '.';
  CHECK(leftovers == 0);
  std::filesystem::remove_all(dir);
}
