#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "kg/export/graph_export.hpp"
#include "kg/io.hpp"

using namespace kg;
using namespace kg::interop;

namespace {

Triple triple(const std::string& s, EntityType st, Predicate p, const std::string& o, EntityType ot, double c,
              const std::string& doc, std::size_t start, const std::string& sentence, const std::string& date) {
  Triple t;
  t.subject = Entity{s, st};
  t.predicate = p;
  t.object = Entity{o, ot};
  t.confidence = c;
  t.evidence = Evidence{doc, sentence, start, start + sentence.size(), date};
  return t;
}

// Graph A: French news; graph B: English news naming the same firms differently.
kg::graph::Graph graph_a() {
  kg::graph::Graph g;
  g.add_entity(EntityRecord{"Alibaba", EntityType::Company, "China", {"Alibaba Group", "阿里巴巴"}});
  g.add_triple(triple("Alibaba", EntityType::Company, Predicate::develops, "Qwen", EntityType::Model, 0.9, "fr1.txt", 0,
                      "Alibaba développe le modèle Qwen.", "2025-01-10"));
  g.add_triple(triple("Mistral AI", EntityType::Company, Predicate::based_in, "France", EntityType::Country, 0.8,
                      "fr1.txt", 40, "La start-up Mistral AI, basée à Paris, en France.", "2025-01-10"));
  DocumentInfo d;
  d.name = "fr1.txt"; d.lang = "fr"; d.date = "2025-01-10"; d.title = "Titre A";
  g.add_document(d);
  g.freeze();
  return g;
}

kg::graph::Graph graph_b() {
  kg::graph::Graph g;
  g.add_entity(EntityRecord{"Alibaba Group", EntityType::Company, "", {"Alibaba Group Holding"}});
  g.add_triple(triple("Alibaba Group", EntityType::Company, Predicate::develops, "qwen", EntityType::Model, 0.6,
                      "en1.txt", 0, "Alibaba Group's Qwen model leads the charts.", "2025-02-01"));
  g.add_triple(triple("Mistral AI", EntityType::Company, Predicate::based_in, "France", EntityType::Country, 0.8,
                      "fr1.txt", 40, "La start-up Mistral AI, basée à Paris, en France.", "2025-01-10"));
  DocumentInfo d;
  d.name = "en1.txt"; d.lang = "en";
  g.add_document(d);
  DocumentInfo other;
  other.name = "fr1.txt"; other.title = "Titre B";  // same name, other metadata: A's wins
  g.add_document(other);
  g.freeze();
  return g;
}

std::string saved(const kg::graph::Graph& g, const std::string& name) {
  const auto path = std::filesystem::temp_directory_path() / ("kg_export_" + std::to_string(::getpid()) + name);
  g.save(path.string());
  std::string bytes = kg::io::read_file(path.string());
  std::filesystem::remove(path);
  return bytes;
}

}  // namespace

TEST_CASE("snapshot copies entities, relations with per-evidence confidence, documents") {
  const auto x = snapshot(graph_a());
  REQUIRE(x.entities.size() == 4);
  CHECK(x.entities[0].id == "alibaba");
  CHECK(x.entities[0].country == "China");
  REQUIRE(x.relations.size() == 2);
  CHECK(x.relations[0].predicate == Predicate::develops);
  REQUIRE(x.relations[0].evidence_confidence.size() == 1);
  CHECK(x.relations[0].evidence_confidence[0] == Approx(0.9));
  REQUIRE(x.documents.size() == 1);
  CHECK(x.documents[0].title == "Titre A");
}

TEST_CASE("merge joins entities by name or alias and unions evidence") {
  kg::graph::Graph acc;
  merge_into(acc, graph_a());
  merge_into(acc, graph_b());
  acc.freeze();
  const auto x = snapshot(acc);
  CHECK(x.entities.size() == 4);  // Alibaba Group and qwen joined Alibaba and Qwen
  const auto alibaba = acc.find("Alibaba Group Holding");
  REQUIRE(alibaba);
  CHECK(alibaba->name == "Alibaba");  // the first input's canonical name
  CHECK(alibaba->country == "China");
  REQUIRE(x.relations.size() == 2);
  const auto& dev = x.relations[0];
  CHECK(dev.subject == "alibaba");
  CHECK(dev.evidence.size() == 2);  // FR + EN
  CHECK(dev.confidence == Approx(1 - (1 - 0.9) * (1 - 0.6)).epsilon(1e-6));
  CHECK(x.relations[1].evidence.size() == 1);  // the same sentence in both: counted once
  REQUIRE(x.documents.size() == 2);
  CHECK(x.documents[1].title == "Titre A");
}

TEST_CASE("merging a graph with itself changes nothing") {
  const auto a = graph_a();
  kg::graph::Graph acc;
  merge_into(acc, a);
  acc.freeze();
  const std::string once = saved(acc, "once.json");
  merge_into(acc, a);
  acc.freeze();
  CHECK(saved(acc, "twice.json") == once);
  CHECK(once == saved(a, "a.json"));
}

TEST_CASE("merge order changes only the documented tie-breaks") {
  kg::graph::Graph ab, ba;
  merge_into(ab, graph_a());
  merge_into(ab, graph_b());
  ab.freeze();
  merge_into(ba, graph_b());
  merge_into(ba, graph_a());
  ba.freeze();
  const auto x = snapshot(ab), y = snapshot(ba);
  REQUIRE(x.relations.size() == y.relations.size());
  for (std::size_t i = 0; i < x.relations.size(); ++i) {
    CHECK(x.relations[i].evidence == y.relations[i].evidence);
    CHECK(x.relations[i].confidence == Approx(y.relations[i].confidence));
  }
  CHECK(x.entities.size() == y.entities.size());
  CHECK(ab.find("Alibaba")->name == "Alibaba");        // A first: A's name
  CHECK(ba.find("Alibaba")->name == "Alibaba Group");  // B first: B's name
}

TEST_CASE("merge joins documents by their text: one name may hide two articles, two names one") {
  const auto one = [](const std::string& doc, const std::string& hash, const std::string& sentence) {
    kg::graph::Graph g;
    g.add_triple(triple("Alibaba", EntityType::Company, Predicate::develops, "Qwen", EntityType::Model, 0.75, doc, 0,
                        sentence, ""));
    DocumentInfo d;
    d.name = doc;
    d.hash = hash;
    d.locations = {"scrape/" + hash + "/" + doc};
    g.add_document(d);
    g.freeze();
    return g;
  };
  kg::graph::Graph acc = one("article.txt", "1111111111111111", "Alibaba développe Qwen.");
  merge_into(acc, one("article.txt", "2222222222222222", "Alibaba develops Qwen."));  // another article
  merge_into(acc, one("copie.txt", "1111111111111111", "Alibaba développe Qwen."));   // the same text
  acc.freeze();
  const auto docs = acc.documents();
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].name == "2222222222222222/article.txt");
  CHECK(docs[1].name == "article.txt");
  CHECK(docs[1].locations ==
        std::vector<std::string>{"scrape/1111111111111111/article.txt", "scrape/1111111111111111/copie.txt"});
  const auto rels = acc.relations();
  REQUIRE(rels.size() == 1);
  REQUIRE(rels[0].evidence.size() == 2);  // the same sentence of the same text counts once
  CHECK(rels[0].evidence[0].doc == "2222222222222222/article.txt");
  CHECK(rels[0].confidence == Approx(1 - 0.25 * 0.25));
}
