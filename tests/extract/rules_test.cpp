// Rule loading and the rule index: word lists become word classes on tokens, phrases are
// keyed, bad rule files are refused with the file and the key, confidence factors are
// data (the last file loaded wins), and adding a word to a list is all it takes.
#include <catch2/catch.hpp>

#include <algorithm>

#include "kg/error.hpp"
#include "stages.hpp"

using namespace kg::extract;
using namespace kg::extract::detail;
using kg::extract::test::loaded;
using kg::extract::test::one_rule;

namespace {
// The flags the index gives the token of `word`.
std::uint32_t flags_of(const std::string& word) {
  std::vector<Token> toks;
  tokenize(word, 0, word.size(), loaded().rules.text, toks);
  loaded().index.tag(toks);
  REQUIRE(toks.size() == 1);
  return toks[0].flags;
}
std::vector<std::string> facts(const Extractor& x, const std::string& text) {
  Document d;
  d.name = "t.txt";
  d.text = text;
  std::vector<std::string> out;
  for (const auto& f : x.extract(d))
    out.push_back(f.triple.subject.name + "|" + std::string(kg::to_string(f.triple.predicate)) + "|" +
                  f.triple.object.name);
  return out;
}
bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }
const std::string kLexicon = std::string(KG_EXTRACT_TEST_DATA) + "lexicon.json";
}  // namespace

TEST_CASE("the rule files' word lists are word classes on tokens, FR and EN") {
  auto [word, words] = GENERATE(table<std::string, Words>({
      {"et", Words::Conjunction},           {"and", Words::Conjunction},
      {"la", Words::CoordDeterminer},       {"the", Words::CoordDeterminer},
      {"en", Words::PlacePreposition},      {"in", Words::PlacePreposition},
      {"pour", Words::SlotPreposition},     {"by", Words::SlotPreposition},
      {"filiale", Words::AppositionOpener}, {"former", Words::AppositionOpener},
      {"anciennes", Words::Former},         {"former", Words::Former},
      {"Fondée", Words::FrontedParticiple}, {"Founded", Words::FrontedParticiple},
      {"par", Words::PassiveAgent},         {"by", Words::PassiveAgent},
      {"du", Words::OrgHeadLink},           {"Université", Words::OrgHeadFirst},
      {"Institute", Words::OrgHeadLast},    {"non", Words::AdjectivePrefix},
      {"pourrait", Words::SpanBlock},       {"might", Words::SpanBlock},
      {"selon", Words::NameStop},           {"however", Words::CorefLead},
  }));
  CAPTURE(word);
  CHECK((flags_of(word) & word_flag(words)) != 0);
  CHECK(loaded().rules.of(words).size() > 0);
}

TEST_CASE("phrases of the rule files are keyed with the rule files' elisions") {
  const auto& conj = loaded().index.conjunctions;
  CHECK(std::find(conj.begin(), conj.end(), std::vector<std::string>{"ainsi", "que"}) != conj.end());
  const auto& cues = loaded().index.before_cues;
  CHECK(std::find(cues.begin(), cues.end(), std::vector<std::string>{"d'", "ici"}) != cues.end());
  CHECK(std::find(cues.begin(), cues.end(), std::vector<std::string>{"by", "2030"}) != cues.end());
}

TEST_CASE("a rule holding a passive agent ('par', 'by') is passive") {
  for (auto [pattern, passive] : {std::pair<std::string, bool>{"O:Company financee par S:Company", true},
                                  {"O:Company backed by S:Company", true},
                                  {"S:Company investit dans O:Company", false}}) {
    auto l = kg::extract::test::load(one_rule(pattern));
    CAPTURE(pattern);
    CHECK(l->rules.rules.back().passive == passive);
  }
}

TEST_CASE("bad rule files are refused, naming the file and the key") {
  auto [json, message] = GENERATE(table<std::string, std::string>({
      {R"({"conjunctions": [1], "rules": []})", "r.json: 'conjunctions' must be a list of strings"},
      {R"({"conjunctions": {"et": 1}, "rules": []})", "r.json: 'conjunctions' must be a list of strings"},
      {R"({"apposition_openers": ["de son cote"], "rules": []})", "'apposition_openers' holds \"de son cote\": one word each"},
      {R"({"slot_prepositions": [""], "rules": []})", "'slot_prepositions' holds \"\": one word each"},
      {R"({"elisions": ["l'"], "rules": []})", "'elisions' holds \"l'\": the word without its apostrophe"},
      {R"({"blockers": ["pas"], "rules": []})", "r.json: 'blockers' must be an object"},
      {R"({"blockers": {"adjective_prefixes": [true]}, "rules": []})", "r.json: blockers: 'adjective_prefixes' must be a list of strings"},
      {R"({"confidence": [0.5], "rules": []})", "r.json: 'confidence' must be an object"},
      {R"({"confidence": {"coref": 1.5}, "rules": []})", "r.json: 'confidence.coref' must be a number in (0, 1]"},
      {R"({"confidence": {"coref": "high"}, "rules": []})", "r.json: 'confidence.coref' must be a number in (0, 1]"},
      {R"({"confidence": {"corf": 0.5}, "rules": []})", "r.json: unknown factor 'confidence.corf'"},
      {R"({"conjuctions": ["et"], "rules": []})", "r.json: unknown key 'conjuctions'"},
      {R"({"maker_chip_suffixes": "GPUs", "conjunctions": ["et"]})", "r.json: a rule file needs a \"rules\" list"},
      {R"({"rules": [{"id": "x.a", "pattern": "S:Company buys O:Company", "emit": ["S uses O"]},
                     {"id": "x.a", "pattern": "S:Company sells O:Company", "emit": ["S uses O"]}]})",
       "r.json: rule x.a: the id is taken (r.json gives it already)"},
      {R"({"rules": [{"id": "x.b", "pattern": "S:Company buys O:Company", "unless": ["@NOPE"], "emit": ["S uses O"]}]})",
       "r.json: rule x.b: 'unless' names no macro @NOPE"},
  }));
  CAPTURE(json);
  RuleSet rs;
  CHECK_THROWS_WITH(rs.add(json, "r.json"), Catch::Contains(message));
}

TEST_CASE("confidence factors: common.json's, unless a later file gives one") {
  const Confidence& c = loaded().rules.confidence;
  CHECK(c.discovered == 0.9);
  CHECK(c.pronoun == 0.9);
  CHECK(c.coref == 0.85);
  CHECK(c.lexicon_maker == 0.75);
  CHECK(c.lexicon_name_country == 0);  // not given: not produced
  CHECK(c.name_unit == 0);
  CHECK(c.coref_demonym == 0.85);
  auto l = kg::extract::test::load(R"({"confidence": {"coref": 0.5, "lexicon.maker": 0.6}, "rules": []})");
  CHECK(l->rules.confidence.coref == 0.5);
  CHECK(l->rules.confidence.lexicon_maker == 0.6);
  CHECK(l->rules.confidence.discovered == 0.9);
  auto on = kg::extract::test::load(R"({"confidence": {"lexicon.name_country": 0.8, "name.unit": 0.7}, "rules": []})");
  CHECK(on->rules.confidence.lexicon_name_country == 0.8);
  CHECK(on->rules.confidence.name_unit == 0.7);
}

TEST_CASE("confidence factors reach the triples, a fact no file gives a confidence is not produced") {
  Document d;
  d.name = "t.txt";
  d.text = "Norvex-2 est disponible.";  // "Norvex-2" holds its maker's name: lexicon.maker
  auto maker_confidence = [&](const Extractor& x) {
    for (const auto& f : x.extract(d))
      if (f.triple.rule == "lexicon.maker") return f.triple.confidence;
    return 0.0;
  };
  CHECK(maker_confidence(make_extractor({kLexicon}, {}, false, true)) == 0.75);
  Extractor tuned = make_extractor({kLexicon}, {}, false, true);
  tuned.add_rules(R"({"confidence": {"lexicon.maker": 0.6}, "rules": []})", "tuned.json");
  CHECK(maker_confidence(tuned) == 0.6);
  // the language files without common.json: no factor, no lexicon.maker fact
  Extractor bare;
  for (const auto& f : default_rules())
    if (f.name.find("common.json") == std::string::npos) bare.add_rules(f.content, f.name);
  bare.add_lexicon(kg::io::read_text_file(kLexicon), kLexicon);
  CHECK(maker_confidence(bare) == 0.0);
}

TEST_CASE("adding a word to a list is a data change: a conjunction, an apposition opener") {
  const std::string conj = "Kestrel invested $2 billion in Norvex plus Veridian Labs.";
  const std::string appo = "Kestrel, notamment actionnaire de Norvex, investit dans Veridian Labs.";
  Extractor before = make_extractor({kLexicon}, {}, false, true);
  CHECK_FALSE(has(facts(before, conj), "Kestrel|invests_in|Veridian Labs"));
  CHECK_FALSE(has(facts(before, appo), "Kestrel|invests_in|Veridian Labs"));
  Extractor after = make_extractor({kLexicon}, {}, false, true);
  after.add_rules(R"({"conjunctions": ["plus"], "apposition_openers": ["notamment"], "rules": []})", "mine.json");
  CHECK(has(facts(after, conj), "Kestrel|invests_in|Norvex"));
  CHECK(has(facts(after, conj), "Kestrel|invests_in|Veridian Labs"));
  CHECK(has(facts(after, appo), "Kestrel|invests_in|Veridian Labs"));
}

TEST_CASE("rule files loaded after the lexicon: names are tokenized with their elisions all the same") {
  const std::string lexicon = R"({"entities": [{"name": "L'Aurore", "type": "Company"},
                                                {"name": "Kestrel", "type": "Company"}]})";
  Document d;
  d.name = "t.txt";
  d.text = "Kestrel investit dans l'Aurore.";
  Extractor rules_first;
  for (const auto& f : default_rules()) rules_first.add_rules(f.content, f.name);
  rules_first.add_lexicon(lexicon, "l.json");
  Extractor lexicon_first;
  lexicon_first.add_lexicon(lexicon, "l.json");
  for (const auto& f : default_rules()) lexicon_first.add_rules(f.content, f.name);
  REQUIRE(facts(rules_first, d.text) == std::vector<std::string>{"Kestrel|invests_in|L'Aurore"});
  CHECK(facts(lexicon_first, d.text) == facts(rules_first, d.text));
}

TEST_CASE("a macro stands for its alternatives, alone or among other words, and an unknown one is refused") {
  const std::unordered_map<std::string, std::string> macros{{"ROLE", "ceo|cto"}};
  const Rule r = parse_pattern("t", "S:Person , @ROLE|founder|@ROLE O:Company", macros);
  REQUIRE(r.elems.size() == 4);
  CHECK(r.elems[2].alts == std::vector<std::string>{"ceo", "cto", "founder", "ceo", "cto"});
  CHECK(parse_pattern("t", "S:Person @ROLE O:Company", macros).elems[1].alts == std::vector<std::string>{"ceo", "cto"});
  CHECK_THROWS_WITH(parse_pattern("t", "S:Person founder|@ROLES O:Company", macros),
                    Catch::Contains("unknown macro '@ROLES'"));
}

TEST_CASE("a negated word list ('!a|b', a macro too) consumes nothing and fails on one of its words") {
  const std::unordered_map<std::string, std::string> macros{{"NOTLEAD", "technology|financial"}};
  const Rule r = parse_pattern("t", "S:Person is the chief !@NOTLEAD ...3 of O:Company", macros);
  REQUIRE(r.elems.size() == 8);
  CHECK(r.elems[4].kind == El::Not);
  CHECK(r.elems[4].alts == std::vector<std::string>{"technology", "financial"});
  CHECK_THROWS_WITH(parse_pattern("t", "S:Person is !O:Company", macros), Catch::Contains("only words can be negated"));
  CHECK_THROWS_WITH(parse_pattern("t", "S:Person !...3 O:Company", macros), Catch::Contains("only words can be negated"));
  CHECK_THROWS_WITH(parse_pattern("t", "S:Person !chief? O:Company", macros), Catch::Contains("cannot be optional"));

  const std::string lexicon = R"({"entities": [{"name": "Kestrel", "type": "Company"},
                                                {"name": "Ada Marlowe", "type": "Person"}]})";
  const std::string rules = R"({"version": 1, "macros": {"NOTLEAD": "technology|financial"}, "rules": [
      {"id": "t.leads", "predicate": "leads", "pattern": "S:Person is the chief !@NOTLEAD ...2 of O:Company"}]})";
  Extractor x;
  x.add_lexicon(lexicon, "l.json");
  x.add_rules(rules, "r.json");
  CHECK(facts(x, "Ada Marlowe is the chief executive of Kestrel.") == std::vector<std::string>{"Ada Marlowe|leads|Kestrel"});
  CHECK(facts(x, "Ada Marlowe is the chief technology officer of Kestrel.").empty());
  CHECK(facts(x, "Ada Marlowe is the chief of Kestrel.") == std::vector<std::string>{"Ada Marlowe|leads|Kestrel"});
}

TEST_CASE("a macro in 'unless' stands for its words: rules that share a list say it once") {
  const std::string text = "Kestrel, a longtime partner, bought Veridian Labs.";
  Extractor x = make_extractor({kLexicon}, {}, false, false);
  x.add_rules(R"({"macros": {"NOTBUYER": "partner|rival"},
                  "rules": [{"id": "x.buys", "pattern": "S:Company ...6 bought O:Company", "unless": ["@NOTBUYER"],
                             "emit": ["O part_of S"]}]})",
              "mine.json");
  CHECK_FALSE(has(facts(x, text), "Veridian Labs|part_of|Kestrel"));
  // the same rule with no 'unless' reads it: the macro's word is what blocks it
  Extractor y = make_extractor({kLexicon}, {}, false, false);
  y.add_rules(R"({"rules": [{"id": "x.buys", "pattern": "S:Company ...6 bought O:Company", "emit": ["O part_of S"]}]})",
              "mine.json");
  CHECK(has(facts(y, text), "Veridian Labs|part_of|Kestrel"));
  CHECK(has(facts(x, "Kestrel quickly bought Veridian Labs."), "Veridian Labs|part_of|Kestrel"));
}
