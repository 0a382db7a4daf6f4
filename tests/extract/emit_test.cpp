// Emission: the schema's type check, one triple per fact and document, confidence
// factors, a maker's generic chips, facts a name states with the lexicon, blockers and the
// most specific relation. FR and EN rows side by side.
#include <catch2/catch.hpp>

#include "emit.hpp"
#include "matcher.hpp"
#include "stages.hpp"

using namespace kg::extract;
using namespace kg::extract::detail;
using kg::extract::test::Doc;
using kg::extract::test::entity_id;
using kg::extract::test::load;
using kg::extract::test::loaded;
using kg::extract::test::one_rule;

namespace {
std::string fact(const Finding& f) {
  return f.triple.subject.name + "|" + std::string(kg::to_string(f.triple.predicate)) + "|" + f.triple.object.name;
}
int id(const std::string& name) {
  const int i = entity_id(name);
  REQUIRE(i >= 0);
  return i;
}
// An emitter over a one-sentence document, and what it emitted.
struct Emitting {
  Document doc;
  DocEntities ents{loaded().lexicon, loaded().rules.text};
  std::vector<Finding> out;
  Emitter em;
  explicit Emitting(const std::string& text, const RuleSet& rules = loaded().rules) : em{doc, ents, rules, out} {
    doc.name = "t.txt";
    doc.text = text;
    em.sentence(0, text.size());
  }
};
}  // namespace

TEST_CASE("emit: types checked against the schema, each fact once, symmetric facts in one order") {
  Emitting e("Une phrase.");
  auto& em = e.em;
  const auto& out = e.out;
  em.emit("r1", 0.8, id("Kestrel"), kg::Predicate::invests_in, id("Norvex"), 0, 3);
  em.emit("r2", 0.7, id("Kestrel"), kg::Predicate::invests_in, id("Norvex"), 0, 3);        // again: dropped
  em.emit("r3", 0.8, id("Ada Marlowe"), kg::Predicate::develops, id("Freedonia"), 0, 3);   // Person develops Country
  em.emit("r4", 0.8, id("Falcor-7"), kg::Predicate::competes_with, id("Norvex-2"), 0, 3);
  em.emit("r5", 0.8, id("Norvex-2"), kg::Predicate::competes_with, id("Falcor-7"), 0, 3);  // the same, other order
  em.emit("r6", 0.8, id("Kestrel"), kg::Predicate::invests_in, id("Kestrel"), 0, 3);       // itself
  REQUIRE(out.size() == 2);
  CHECK(fact(out[0]) == "Kestrel|invests_in|Norvex");
  CHECK(out[0].triple.rule == "r1");
  CHECK(out[0].triple.confidence == 0.8);
  CHECK(out[0].triple.evidence.sentence == "Une phrase.");
  CHECK(fact(out[1]) == "Falcor-7|competes_with|Norvex-2");
}

TEST_CASE("emit: a generic chip of a maker is its chips, nobody develops a common noun") {
  Emitting e("x");
  auto& em = e.em;
  const auto& out = e.out;
  em.emit("r", 0.8, id("Kestrel"), kg::Predicate::develops, id("Advanced chips"), 0, 1);  // "Kestrel GPUs"
  em.emit("r", 0.8, id("Norvex"), kg::Predicate::develops, id("Advanced chips"), 0, 1);   // no "Norvex GPUs"
  REQUIRE(out.size() == 1);
  CHECK(fact(out[0]) == "Kestrel|develops|Kestrel GPUs");
}

TEST_CASE("emit: a discovered name lowers the confidence by the 'discovered' factor, once per name") {
  Emitting e("x");
  const int zentrix = e.ents.add("Zentrix", kg::EntityType::Company);
  const int orbis = e.ents.add("Orbis", kg::EntityType::Company);
  e.em.emit("r", 0.8, zentrix, kg::Predicate::invests_in, id("Norvex"), 0, 1);
  e.em.emit("r", 0.8, zentrix, kg::Predicate::invests_in, orbis, 0, 1);
  REQUIRE(e.out.size() == 2);
  CHECK(e.out[0].triple.confidence == Approx(0.8 * 0.9));
  CHECK(e.out[1].triple.confidence == Approx(0.8 * 0.9 * 0.9));
}

TEST_CASE("lexicon facts: a name holding its maker's name or its country's, FR and EN") {
  // the country of a name is said only when a rule file gives lexicon.name_country a factor
  static const auto with_country = kg::extract::test::load(R"({"confidence": {"lexicon.name_country": 0.8}, "rules": []})");
  auto [text, expected, by_default] = GENERATE(table<std::string, std::string, std::string>({
      {"Norvex-2 est disponible.", "Norvex|develops|Norvex-2", "Norvex|develops|Norvex-2"},
      {"Kestrel Tern X1 ships today.", "Kestrel|develops|Tern X1", "Kestrel|develops|Tern X1"},
      {"Grand Freedonian Bank lends.", "Grand Freedonian Bank|based_in|Freedonia", ""},
      {"Sylvania Robotics recrute.", "Sylvania Robotics|based_in|Sylvania", ""},
      {"Falcor-7 est disponible.", "", ""},  // its maker's name is not in it
  }));
  CAPTURE(text);
  const Doc d(text);
  Emitting e(text, with_country->rules);
  lexicon_facts(d.items(0), d.toks, d.text, d.ents, with_country->rules, {}, with_country->index, d.sents[0].first,
                d.sents[0].second, e.em);
  CHECK((e.out.empty() ? std::string() : fact(e.out[0])) == expected);
  Emitting plain(text);
  lexicon_facts(d.items(0), d.toks, d.text, d.ents, loaded().rules, {}, loaded().index, d.sents[0].first,
                d.sents[0].second, plain.em);
  CHECK((plain.out.empty() ? std::string() : fact(plain.out[0])) == by_default);
}

TEST_CASE("blockers: negation, modality, opinion cues and 'former' words, FR and EN") {
  auto [pattern, unless, text, is_blocked] = GENERATE(table<std::string, std::string, std::string, bool>({
      {"S:Company ...3 invested in O:Company", "", "Kestrel invested in Norvex.", false},
      {"S:Company ...3 invested in O:Company", "", "Kestrel never invested in Norvex.", true},
      {"S:Company ...3 investi dans O:Company", "", "Kestrel n'a pas investi dans Norvex.", true},
      {"S:Company ...3 invested in O:Company", "", "Analysts believe Kestrel invested in Norvex.", true},
      {"S:Company ...3 investi dans O:Company", "", "Selon lui, Kestrel a investi dans Norvex.", true},
      // "non" before a lower-case word is part of an adjective
      {"S:Company ...6 investit dans O:Company", "", "Kestrel, \xC3\xA0 but non lucratif, investit dans Norvex.", false},
      // the rule's own "unless" words inside the match, or a "former" word right before it
      {"S:Person works at O:Company", "former", "Former Jun Takeda works at Kestrel.", true},
      {"S:Person travaille chez O:Company", "ancien", "L'ancien Jun Takeda travaille chez Kestrel.", true},
      {"S:Person travaille chez O:Company", "ancien", "Jun Takeda travaille chez Kestrel.", false},
  }));
  CAPTURE(text);
  const auto data = load(one_rule(pattern, "invests_in", unless.empty() ? "" : R"(, "unless": [")" + unless + "\"]"));
  const Doc d(text, *data);
  const auto items = d.items(0);
  const Rule& r = data->rules.rules.back();
  Match m;
  REQUIRE(kg::extract::test::first_match(d, items, r, m));
  CHECK(blocked(m, r, data->index, items, d.toks, d.sents[0].first) == is_blocked);
}

TEST_CASE("the most specific relation of a sentence wins: leads, not also works_at") {
  auto finding = [](const std::string& s, kg::Predicate p, const std::string& o, std::size_t start) {
    Finding f;
    f.triple.subject.name = s;
    f.triple.predicate = p;
    f.triple.object.name = o;
    f.triple.evidence.start = start;
    return f;
  };
  std::vector<Finding> out{finding("Ada Marlowe", kg::Predicate::works_at, "Kestrel", 0),
                           finding("Ada Marlowe", kg::Predicate::leads, "Kestrel", 0),
                           finding("Ada Marlowe", kg::Predicate::works_at, "Kestrel", 40),
                           finding("Jun Takeda", kg::Predicate::works_at, "Kestrel", 0)};
  keep_most_specific(out);
  REQUIRE(out.size() == 2);
  CHECK(fact(out[0]) == "Ada Marlowe|leads|Kestrel");  // also in another sentence of the document
  CHECK(fact(out[1]) == "Jun Takeda|works_at|Kestrel");
}

TEST_CASE("a question gives no fact") {
  const std::string q = "Did Kestrel invest in Norvex?", a = "Kestrel invested in Norvex.";
  const std::string quoted = "\xC2\xAB Kestrel a-t-il investi ? \xC2\xBB";
  // a statement that ends with a question it quotes after a colon or a comma is no question
  const std::string says = "Ada Marlowe, founder and CEO of Kestrel, teased Jun Takeda: \"can you imagine owning Norvex?\"";
  const std::string says_fr = "Ada Marlowe a lanc\xC3\xA9, \xC2\xAB et si Kestrel rachetait Norvex ? \xC2\xBB";
  for (const auto& [text, question] : {std::pair{q, true}, std::pair{a, false}, std::pair{quoted, true},
                                       std::pair{says, false}, std::pair{says_fr, false}}) {
    const Doc d(text);
    CAPTURE(text);
    CHECK(is_sentence_question(d.toks, d.sents[0].first, d.sents[0].second) == question);
  }
}
