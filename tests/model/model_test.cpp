#include <catch2/catch.hpp>

#include <sstream>

#include "kg/error.hpp"
#include "kg/model.hpp"
#include "kg/triple_io.hpp"

using namespace kg;

TEST_CASE("predicate names round-trip and accept common spellings") {
  for (Predicate p : kPredicates) CHECK(parse_predicate(to_string(p)) == p);
  CHECK(parse_predicate("worksAt") == Predicate::works_at);
  CHECK(parse_predicate("works-at") == Predicate::works_at);
  CHECK(parse_predicate(" Competes_With ") == Predicate::competes_with);
  CHECK_FALSE(parse_predicate("employs"));
}

TEST_CASE("lexicon rules: the lexicon's knowledge unless the sentence names both entities") {
  CHECK(is_lexicon_rule("lexicon.maker"));         // "Deepseek V3": only the model is named
  CHECK(is_lexicon_rule("lexicon.name_country"));  // "Saudi Aramco": only the company is named
  CHECK_FALSE(is_lexicon_rule("lexicon.maker_named"));  // "Qwen d'Alibaba": the article says it
  CHECK_FALSE(is_lexicon_rule("en.develops"));
  CHECK_FALSE(is_lexicon_rule("lexicon"));
}

TEST_CASE("entity types parse case-insensitively") {
  for (EntityType t : kEntityTypes) CHECK(parse_entity_type(to_string(t)) == t);
  CHECK(parse_entity_type("company") == EntityType::Company);
  CHECK(parse_entity_type("Organisation") == EntityType::Organization);
  CHECK_FALSE(parse_entity_type("City"));
  CHECK(parse_entity_type("COMPANY") == EntityType::Company);
  CHECK_FALSE(parse_entity_type("Compan"));     // a prefix is not the name
  CHECK_FALSE(parse_entity_type("Companies"));
}

TEST_CASE("schema domain and range") {
  using T = EntityType;
  auto row = GENERATE(table<Predicate, T, T, bool>({
      {Predicate::develops, T::Company, T::Model, true},
      {Predicate::develops, T::Person, T::Model, false},
      {Predicate::works_at, T::Person, T::Company, true},
      {Predicate::works_at, T::Company, T::Company, false},
      {Predicate::restricts, T::Country, T::Chip, true},
      {Predicate::restricts, T::Country, T::Country, true},
      {Predicate::based_in, T::Company, T::Country, true},
      {Predicate::based_in, T::Model, T::Country, false},
      {Predicate::listed_on, T::Company, T::Organization, true},
      {Predicate::organizes, T::Organization, T::Event, true},
      {Predicate::competes_with, T::Model, T::Model, true},
  }));
  CHECK(type_allowed(std::get<0>(row), std::get<1>(row), std::get<2>(row)) == std::get<3>(row));
}

TEST_CASE("triple JSONL round-trips, escaping hostile text") {
  Triple t{{"Alibaba \"Group\"", EntityType::Company}, Predicate::develops, {"Qwen\n<script>", EntityType::Model},
           0.875, {"004.txt", "Qwen, le système d'Alibaba \\ « x »\t", 10, 42, "2025-01-10"}, "fr.develops.de"};
  const std::string line = to_jsonl(t);
  CHECK(line.find('\n') == std::string::npos);
  Triple back = triple_from_jsonl(line, "mem", 1);
  CHECK(back == t);
  CHECK(back.rule == t.rule);
  CHECK(back.confidence == Approx(0.875));
}

TEST_CASE("triple JSONL errors name the source and line") {
  auto bad = GENERATE(as<std::string>{}, "{", "[]", R"({"subject":"A","object":"B"})",
                      R"({"subject":"A","predicate":"likes","object":"B"})",
                      R"({"subject":{"name":"A","type":"City"},"predicate":"uses","object":"B"})",
                      R"({"subject":"A","predicate":"uses","object":"B","confidence":"high"})");
  try {
    triple_from_jsonl(bad, "t.jsonl", 7);
    FAIL("no error for " << bad);
  } catch (const InputError& e) {
    CHECK_THAT(e.what(), Catch::StartsWith("t.jsonl:7: "));
  }
}

TEST_CASE("read_triples skips blank lines and stops at the bad one") {
  std::istringstream in(
      "{\"subject\":\"A\",\"predicate\":\"uses\",\"object\":\"B\"}\n\n"
      "{\"subject\":\"A\",\"predicate\":\"uses\",\"object\":\"C\"}\nnot json\n");
  std::vector<Triple> got;
  CHECK_THROWS_WITH(read_triples(in, "x", [&](Triple&& t) { got.push_back(std::move(t)); }),
                    Catch::StartsWith("x:4: malformed JSON"));
  CHECK(got.size() == 2);
}

TEST_CASE("read_triples over many blocks gives what the lines give one by one, in order, and the first error") {
  // The reader cuts the stream into blocks (1 MB) at line ends and parses them on worker
  // threads: every line, its number in errors and the order must be the serial reader's.
  std::string text;
  std::vector<std::string> lines;
  for (int i = 0; i < 40000; ++i) {
    Triple t;
    t.subject = {"Entity " + std::to_string(i), EntityType::Company};
    t.object = {"Thing " + std::to_string(i * 7 % 1000), EntityType::Product};
    t.predicate = Predicate::develops;
    t.evidence.doc = "doc_" + std::to_string(i / 25) + ".txt";
    t.evidence.sentence = std::string(static_cast<std::size_t>(i % 97), 'x') + " « é » " + std::to_string(i);
    lines.push_back(to_jsonl(t));
    text += lines.back() + (i % 3 == 0 ? "\r\n" : "\n");
    if (i % 1000 == 0) text += "  \n";  // blank lines count as lines
  }
  REQUIRE(text.size() > 3 * (std::size_t(1) << 20));
  {
    std::istringstream in(text.substr(0, text.size() - 1));  // the last line without its newline
    std::vector<Triple> got;
    read_triples(in, "big", [&](Triple&& t) { got.push_back(std::move(t)); });
    REQUIRE(got.size() == lines.size());
    for (std::size_t i = 0; i < lines.size(); i += 997) CHECK(to_jsonl(got[i]) == lines[i]);
    CHECK(to_jsonl(got.back()) == lines.back());
  }
  // read_triple_blocks on any number of threads: the same triples in order, each block
  // prepared (on the parsing thread) before the sink sees it.
  for (const unsigned threads : {1u, 2u, 4u}) {
    INFO(threads << " threads");
    std::istringstream in(text);
    std::vector<std::string> got;
    bool prepared = true;
    read_triple_blocks(
        in, "big",
        [](TripleBlock& b) {
          for (const auto& t : b.triples) b.tags.push_back(t.subject.name.size());
        },
        [&](TripleBlock& b) {
          prepared &= b.tags.size() == b.triples.size();
          for (std::size_t i = 0; i < b.triples.size(); ++i) {
            prepared &= b.tags[i] == b.triples[i].subject.name.size();
            got.push_back(to_jsonl(b.triples[i]));
          }
        },
        threads);
    CHECK(prepared);
    CHECK(got == lines);
  }
  // A bad line deep in the stream: every triple before it reaches the sink, then the error
  // with its line number (lines counted as a text editor does, blank ones too).
  std::size_t line = 0, pos = 0, triples_before = 0;
  for (; line < 30000; ++line) {
    const std::size_t nl = text.find('\n', pos);
    if (text.compare(pos, 2, "  ") != 0) ++triples_before;
    pos = nl + 1;
  }
  std::string bad = text.substr(0, pos) + "{\"subject\": oops\n" + text.substr(pos);
  std::istringstream in(bad);
  std::size_t got = 0;
  CHECK_THROWS_WITH(read_triples(in, "big", [&](Triple&&) { ++got; }),
                    Catch::StartsWith("big:" + std::to_string(line + 1) + ": malformed JSON"));
  CHECK(got == triples_before);
  for (const unsigned threads : {1u, 3u}) {
    std::istringstream in2(bad);
    std::size_t sunk = 0;
    CHECK_THROWS_WITH(read_triple_blocks(in2, "big", {}, [&](TripleBlock& b) { sunk += b.triples.size(); }, threads),
                      Catch::StartsWith("big:" + std::to_string(line + 1) + ": malformed JSON"));
    CHECK(sunk == triples_before);
  }
  // The sink's own error stops the reading there.
  std::istringstream again(text);
  std::size_t seen = 0;
  CHECK_THROWS_WITH(read_triples(again, "big",
                                 [&](Triple&&) {
                                   if (++seen == 12345) throw InputError("stop here");
                                 }),
                    "stop here");
  CHECK(seen == 12345);
}
