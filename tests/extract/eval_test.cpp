// kg eval's scoring: the matching rules of shared/gold/score.py.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "kg/error.hpp"
#include "kg/extract/eval.hpp"

using namespace kg::extract;
namespace fs = std::filesystem;

namespace {
std::string write(const std::string& name, const std::string& content) {
  auto p = fs::temp_directory_path() / ("kg_eval_test_" + name);
  std::ofstream(p) << content;
  return p.string();
}
const char* kGold = R"({"entities": [
  {"id": "a", "name": "Alibaba", "type": "Company", "aliases": ["Alibaba Group"]},
  {"id": "q", "name": "Qwen", "type": "Model", "aliases": ["QWEN"]},
  {"id": "r1", "name": "DeepSeek-R1", "type": "Model"},
  {"id": "o1", "name": "o1", "type": "Model"},
  {"id": "us", "name": "United States", "type": "Country", "aliases": ["États-Unis"]},
  {"id": "c", "name": "China", "type": "Country"}],
 "triples": [
  {"subject": "a", "predicate": "develops", "object": "q", "doc": "d1.txt", "evidence": "Qwen d'Alibaba"},
  {"subject": "a", "predicate": "develops", "object": "q", "doc": "d2.txt", "evidence": "again"},
  {"subject": "r1", "predicate": "competes_with", "object": "o1", "doc": "d1.txt", "evidence": "x"},
  {"subject": "us", "predicate": "restricts", "object": "c", "doc": "d1.txt", "evidence": "y"}]})";
}  // namespace

TEST_CASE("eval: aliases, case/accents, symmetric predicates, distinct facts") {
  auto gold = write("gold.json", kGold);
  auto sys = write("sys.jsonl",
                   "{\"subject\":{\"name\":\"alibaba group\",\"type\":\"Company\"},\"predicate\":\"develops\",\"object\":{\"name\":\"qwen\",\"type\":\"Model\"}}\n"
                   "{\"subject\":\"ALIBABA\",\"predicate\":\"develops\",\"object\":\"Qwen\"}\n"
                   "{\"subject\":\"o1\",\"predicate\":\"competesWith\",\"object\":\"DeepSeek-R1\"}\n"
                   "{\"subject\":\"Etats-Unis\",\"predicate\":\"restricts\",\"object\":\"Nvidia\"}\n"
                   "not json\n");
  auto r = evaluate(gold, sys);
  CHECK(r.overall.gold == 3);
  CHECK(r.overall.tp == 2);
  CHECK(r.overall.fp == 1);
  CHECK(r.overall.fn == 1);
  CHECK(r.produced == 4);
  CHECK(r.overall.precision() == Approx(2.0 / 3));
  CHECK(r.overall.recall() == Approx(2.0 / 3));
  REQUIRE(r.false_positives.size() == 1);
  CHECK(r.false_positives[0].find("[unknown object]") != std::string::npos);
  REQUIRE(r.false_negatives.size() == 1);
  CHECK(r.false_negatives[0].find("United States --restricts--> China") != std::string::npos);
  // entities: gold a, q, r1, o1, us, c; produced a, q, o1, r1, us, name:nvidia
  CHECK(r.entities.tp == 5);
  CHECK(r.entities.fp == 1);
  CHECK(r.entities.fn == 1);
  CHECK(r.typed == 2);
  CHECK(r.typed_agree == 2);
  auto text = format_report(r, true);
  CHECK(text.find("triples: P=0.667 R=0.667 F1=0.667 (tp=2 fp=1 fn=1)") != std::string::npos);
  // the last line is the triples line, as score.py prints it
  CHECK(text.rfind("\ntriples: P=") == text.rfind('\n', text.size() - 2));
}

TEST_CASE("eval: graph JSON with ids") {
  auto gold = write("gold2.json", kGold);
  auto graph = write("graph.json", R"({"entities":[{"id":"e1","name":"Alibaba","type":"Company"},
    {"id":"e2","name":"Qwen","type":"Model"}],
    "relations":[{"subject":"e1","predicate":"develops","object":"e2"}]})");
  auto r = evaluate(gold, graph);
  CHECK(r.overall.tp == 1);
  CHECK(r.overall.fp == 0);
  CHECK(r.overall.fn == 2);
}

TEST_CASE("eval: bad gold is an input error naming the file") {
  auto bad = write("bad.json", "{\"entities\": 3}");
  auto sys = write("sys2.jsonl", "");
  CHECK_THROWS_WITH(evaluate(bad, sys), Catch::Contains("bad.json"));
  CHECK_THROWS_AS(evaluate("/no/such/gold.json", sys), kg::InputError);
}

TEST_CASE("eval: a long evidence is cut at 110 characters, never inside one, as score.py does") {
  const std::string sentence = std::string(109, 'a') + "\xC3\xA9t\xC3\xA9 tard";  // "été" across the cut
  auto gold = write("gold_cut.json", R"({"entities": [{"id": "a", "name": "Alibaba"}, {"id": "q", "name": "Qwen"}],
    "triples": [{"subject": "a", "predicate": "develops", "object": "q", "doc": "d.txt", "evidence": ")" + sentence + R"("}]})");
  auto sys = write("sys_cut.jsonl", "{\"subject\":\"Nvidia\",\"predicate\":\"develops\",\"object\":\"H20\"}\n");
  const auto rep = evaluate(gold, sys);
  REQUIRE(rep.false_negatives.size() == 1);
  const std::string& fn = rep.false_negatives[0];
  CHECK(fn.size() >= 5);
  CHECK(fn.substr(fn.size() - 5) == "\xC3\xA9...");  // 109 'a' and the whole é, then "..."
}
