// Documents without line breaks (scraped .jsonl) keep their facts: boilerplate goes by
// sentence, so a bundled article written on one line gives the triples it gives with its
// line breaks, minus only what a boilerplate sentence carried (issue 12, item 5).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <tuple>

#include "kg/extract/extractor.hpp"
#include "kg/io.hpp"

using namespace kg::extract;

namespace {
const Extractor& default_extractor() {
  static const Extractor x = make_extractor({}, {});
  return x;
}
using Fact = std::tuple<std::string, std::string, std::string>;
Fact fact_of(const Finding& f) {
  return {f.triple.subject.name, std::string(kg::to_string(f.triple.predicate)), f.triple.object.name};
}
}  // namespace

TEST_CASE("a bundled article on one line gives its triples, minus what boilerplate sentences carried") {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(std::string(KG_CORPUS_DIR) + "/news"))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 5);
  for (const auto& path : files) {
    CAPTURE(path);
    Document lines;
    lines.name = "a.txt";
    lines.text = kg::io::read_text_file(path);
    Document one = lines;
    std::replace(one.text.begin(), one.text.end(), '\n', ' ');  // same length: same offsets
    std::replace(one.text.begin(), one.text.end(), '\r', ' ');

    const auto with_lines = default_extractor().extract(lines);
    std::vector<Dropped> dropped;
    const auto on_one_line = default_extractor().extract(one, &dropped);
    REQUIRE_FALSE(with_lines.empty());
    CHECK_FALSE(on_one_line.empty());

    std::set<Fact> kept;
    for (const auto& f : on_one_line) kept.insert(fact_of(f));
    std::set<Fact> all;
    for (const auto& f : with_lines) {
      all.insert(fact_of(f));
      if (kept.count(fact_of(f))) continue;
      // a fact the one-line text lost: its sentence was inside a dropped boilerplate sentence
      const auto& ev = f.triple.evidence;
      CAPTURE(ev.sentence);
      CHECK(std::any_of(dropped.begin(), dropped.end(), [&](const Dropped& d) {
        return d.start <= ev.start && ev.end <= d.end && d.reason.rfind("boilerplate phrase", 0) == 0;
      }));
    }
    for (const auto& f : kept) CHECK(all.count(f));  // nothing new either
  }
}
