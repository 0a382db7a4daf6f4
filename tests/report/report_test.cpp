// kg::report: what a report holds (sections, figures, facts), escaping of article text in
// both formats, and writing the files.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <unistd.h>

#include "../graph/graph_test_util.hpp"
#include "kg/error.hpp"
#include "kg/graph/query.hpp"
#include "kg/io.hpp"
#include "kg/report/report.hpp"
#include "kg/triple_io.hpp"

namespace fs = std::filesystem;
using namespace kg;

namespace {
fs::path scratch(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("kg_report_test_" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d / name;
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto i = s.find(what); i != std::string::npos; i = s.find(what, i + what.size())) ++n;
  return n;
}

report::Options options(const std::string& output) {
  report::Options o;
  o.output = output;
  o.graph_file = "data/eco.json";
  o.top = 2;
  o.id_prefix = "eco-";
  return o;
}
}  // namespace

TEST_CASE("the report's format comes from the output's extension") {
  CHECK(report::format_for("a/r.html") == report::Format::html);
  CHECK(report::format_for("r.htm") == report::Format::html);
  CHECK(report::format_for("r.md") == report::Format::markdown);
  CHECK(report::format_for("r.markdown") == report::Format::markdown);
  CHECK_THROWS_AS(report::format_for("r.pdf"), UsageError);
  CHECK_THROWS_WITH(report::format_for("r.pdf"), Catch::Contains("use .html or .md"));
}

TEST_CASE("an HTML report: corpus, overview, top entities, path maps, facts and method") {
  const auto g = kg::test::ecosystem();
  const auto pr = graph::pagerank(g);
  auto o = options("out/eco.html");
  o.title = "AI <ecosystem>";
  o.paths.emplace_back(g.require("Yao Shunyu"), g.require("Alibaba"));
  const auto r = report::make(g, pr, o);
  CHECK(r.format == report::Format::html);
  REQUIRE(r.figures.size() == 1 + 2 + 1);  // overview, 2 ego maps, 1 path map
  CHECK(r.figures[0].heading == "Overview");
  CHECK(r.figures.back().heading == "Yao Shunyu \u2192 Alibaba");
  CHECK(r.figures.back().file == "eco-path-1.svg");
  CHECK(r.text.find("<h1>AI &lt;ecosystem&gt;</h1>") != std::string::npos);
  CHECK(count(r.text, "<svg") == 4);
  CHECK(r.text.find("id=\"eco-overview-") != std::string::npos);  // each figure its own id prefix
  CHECK(r.text.find("id=\"eco-path-1-") != std::string::npos);
  CHECK(r.text.find("<h2 id=\"facts\">") != std::string::npos);
  CHECK(r.text.find("Le géant chinois Alibaba investit massivement.") != std::string::npos);
  CHECK(r.text.find("from the graph eco.json.") != std::string::npos);
  CHECK(r.facts_listed == g.relation_count());
  CHECK(r.documents == g.documents().size());
  CHECK(report::figure_paths(r, "out/eco.html").empty());  // SVG inlined
}

TEST_CASE("the top entities are the most important ones by the scores passed in") {
  const auto g = kg::test::ecosystem();
  // Scores that make Nvidia and the United States the two most important entities.
  std::vector<double> scores(g.entity_count(), 0.01);
  const auto ents = g.entities();
  for (std::size_t v = 0; v < ents.size(); ++v) {
    if (ents[v].id == "nvidia") scores[v] = 0.9;
    if (ents[v].id == "united-states") scores[v] = 0.8;
  }
  const auto r = report::make(g, scores, options("eco.md"));
  REQUIRE(r.figures.size() == 3);
  CHECK(r.figures[1].heading == "Nvidia");
  CHECK(r.figures[2].heading == "United States");
  CHECK_THROWS_AS(report::make(g, std::vector<double>(2, 0.5), options("eco.md")), Error);  // another graph's
}

TEST_CASE("a Markdown report links its figures, caps the facts table and escapes article text") {
  graph::Graph g;
  for (auto& t : read_triples_file(std::string(KG_TEST_DATA_DIR) + "/render/hostile.jsonl")) g.add_triple(t);
  g.freeze();
  auto o = options("dir/hostile.md");
  o.max_facts = 1;
  const auto r = report::make(g, graph::pagerank(g), o);
  CHECK(r.format == report::Format::markdown);
  CHECK(r.facts_listed == 1);
  CHECK(r.text.find("](hostile-overview.svg)") != std::string::npos);
  CHECK(r.text.find("less confident facts not listed: kg report --max-facts") != std::string::npos);
  CHECK(r.text.find("<script>") == std::string::npos);
  CHECK(r.text.find("<img") == std::string::npos);
  const auto paths = report::figure_paths(r, "dir/hostile.md");
  REQUIRE(paths.size() == r.figures.size());
  CHECK(paths[0] == (fs::path("dir") / "hostile-overview.svg").string());
}

TEST_CASE("write puts the figures beside the report, then the report") {
  const auto g = kg::test::ecosystem();
  const auto out = scratch("written.md");
  const auto r = report::make(g, graph::pagerank(g), options(out.string()));
  report::write(r, out.string());
  CHECK(io::read_file(out.string()) == r.text);
  const auto paths = report::figure_paths(r, out.string());
  REQUIRE(paths.size() == 3);
  for (std::size_t i = 0; i < paths.size(); ++i) CHECK(io::read_file(paths[i]) == r.figures[i].svg);
}

TEST_CASE("what only the lexicon knows is left out of the tables, or listed when marked") {
  graph::Graph g;
  g.add_entity(EntityRecord{"DeepSeek", EntityType::Company, "China", {}});
  auto maker = kg::test::triple("DeepSeek", EntityType::Company, Predicate::develops, "DeepSeek V3", EntityType::Model,
                                "002.txt", "Deepseek V3 est bon marché.");
  maker.rule = "lexicon.maker";
  g.add_triple(maker);
  g.add_triple(kg::test::triple("Mistral AI", EntityType::Company, Predicate::competes_with, "DeepSeek",
                                EntityType::Company, "003.txt", "Mistral AI rivalise avec DeepSeek."));
  g.freeze();
  auto o = options("lex.md");
  o.top = 0;
  auto r = report::make(g, graph::pagerank(g), o);
  CHECK(r.facts_listed == 1);
  CHECK(r.text.find("are left out (--from-lexicon mark shows them, marked).") != std::string::npos);
  o.lexicon = graph::LexiconKnowledge::mark;
  r = report::make(g, graph::pagerank(g), o);
  CHECK(r.facts_listed == 2);
  CHECK(r.text.find("are shown, marked") != std::string::npos);
}
