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
