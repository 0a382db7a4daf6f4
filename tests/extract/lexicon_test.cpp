// The lexicon stage: the token trie of names and aliases, lexicon files, demonym forms.
#include <catch2/catch.hpp>

#include <algorithm>

#include "stages.hpp"

using namespace kg::extract::detail;
using kg::extract::test::text_rules;

namespace {
// The entity the longest match at the first token names, and how many tokens it spans.
std::pair<int, std::size_t> lookup(const Trie& trie, const std::string& text) {
  std::vector<Token> toks;
  tokenize(text, 0, text.size(), text_rules(), toks);
  const TrieValue* v = nullptr;
  const std::size_t n = trie.longest(toks, 0, toks.size(), text, &v);
  return {v ? v->entity : -1, n};
}
TrieValue value(int entity) {
  TrieValue v;
  v.entity = entity;
  return v;
}
}  // namespace

TEST_CASE("trie: a node with thousands of children finds each of them") {
  Trie trie;
  // "Bank of X" for many X: the node after "bank of" becomes wide (hashed children)
  for (int i = 0; i < 3000; ++i) trie.add({"bank", "of", "x" + std::to_string(i)}, value(i));
  trie.add({"bank"}, value(5000));
  for (int i : {0, 7, 8, 9, 1234, 2999}) {
    CAPTURE(i);
    CHECK(lookup(trie, "Bank of X" + std::to_string(i) + " grew") == std::pair<int, std::size_t>{i, 3});
  }
  CHECK(lookup(trie, "Bank of X3000 grew") == std::pair<int, std::size_t>{5000, 1});
  CHECK(lookup(trie, "Banks of X1") == std::pair<int, std::size_t>{-1, 0});
}

TEST_CASE("trie: the first value that fits a name wins, exact forms by their spelling") {
  Trie trie;
  TrieValue exact = value(1);
  exact.exact = true;
  exact.surface = "Mistral";
  trie.add({"mistral"}, exact);
  trie.add({"mistral"}, value(2));
  trie.add({"mistral"}, value(3));  // never taken: the earlier value always fits
  trie.add({"mistral"}, exact);      // the same again: no second copy
  CHECK(lookup(trie, "Mistral a lev\xC3\xA9") == std::pair<int, std::size_t>{1, 1});
  CHECK(lookup(trie, "mistral a lev\xC3\xA9") == std::pair<int, std::size_t>{2, 1});
  // a name written all in capitals, as companies style themselves, is still the exact form
  CHECK(lookup(trie, "MISTRAL a lev\xC3\xA9") == std::pair<int, std::size_t>{1, 1});
  CHECK(lookup(trie, "MIStral a lev\xC3\xA9") == std::pair<int, std::size_t>{2, 1});
}

TEST_CASE("trie: a name of several words with its last word in the plural is the name") {
  Trie trie;
  trie.add({"tensor", "processing", "unit"}, value(1));
  TrieValue exact = value(2);
  exact.exact = true;
  exact.surface = "Wafer Engine";
  trie.add({"wafer", "engine"}, exact);
  trie.add({"ray"}, value(3));
  CHECK(lookup(trie, "Tensor Processing Units are fast") == std::pair<int, std::size_t>{1, 3});
  CHECK(lookup(trie, "Tensor Processing Unit is fast") == std::pair<int, std::size_t>{1, 3});
  CHECK(lookup(trie, "Wafer Engines are fast") == std::pair<int, std::size_t>{-1, 0});  // an exact form: its spelling
  CHECK(lookup(trie, "Rays are fast") == std::pair<int, std::size_t>{-1, 0});  // one word: no plural read
}

TEST_CASE("exact forms: the all-capitals spelling of a capitalised form, nothing else") {
  CHECK(shouted("Humain", "HUMAIN"));
  CHECK(shouted("Mistral AI", "MISTRAL AI"));
  CHECK_FALSE(shouted("Humain", "humain"));
  CHECK_FALSE(shouted("Humain", "HUMAINS"));
  CHECK_FALSE(shouted("humain", "HUMAIN"));  // a lower-case form is a word, never a name in capitals
  CHECK_FALSE(shouted("AMD", "AMD"));        // no lower-case letter: only itself (compared before)
  CHECK_FALSE(shouted("Humain", "HUMAIn"));
}

namespace {
// The entity (name) the lexicon finds at the start of `text`, and how many tokens it spans.
std::pair<std::string, std::size_t> find_in(const Lexicon& lex, const std::string& text) {
  std::vector<Token> toks;
  tokenize(text, 0, text.size(), text_rules(), toks);
  const TrieValue* v = nullptr;
  const std::size_t n = lex.trie.longest(toks, 0, toks.size(), text, &v);
  return {v ? lex.entities[v->entity].name + (v->demonym ? " (demonym)" : "") : "", n};
}
const char* kTwoFiles[] = {
    R"({"entities": [{"name": "Norvex", "type": "Company", "country": "Freedonia", "aliases": ["NVX"]},
                     {"name": "Freedonia", "type": "Country", "demonyms": ["freedonien", "Freedonian"]},
                     {"name": "Norvex-2", "type": "Model", "maker": "Norvex"},
                     {"name": "Chatter", "type": "Product", "exact": ["Chatter"], "aliases": ["Chatter"]}]})",
    R"({"entities": [{"name": "Norvex", "type": "Company", "aliases": ["Norvex Group"]}]})"};
}  // namespace

TEST_CASE("lexicon files: names, aliases, exact forms and inflected demonyms, FR and EN") {
  Lexicon lex;
  for (const char* f : kTwoFiles) lex.add(f, "l.json", text_rules());
  REQUIRE(lex.entities.size() == 4);  // the second file adds an alias to Norvex
  auto [text, found] = GENERATE(table<std::string, std::string>({
      {"Norvex Group lève des fonds", "Norvex"},
      {"NVX grows", "Norvex"},
      {"les entreprises freedoniennes", ""},
      {"freedoniennes", "Freedonia (demonym)"},
      {"freedonienne", "Freedonia (demonym)"},
      {"Freedonians", "Freedonia (demonym)"},
      {"Chatter", "Chatter"},
      {"CHATTER", "Chatter"},  // written in capitals, as a company styles its name
      {"chatter", ""},
  }));
  CAPTURE(text);
  CHECK(find_in(lex, text).first == found);
}

TEST_CASE("lexicon files: makers and countries are resolved, a maker named like its models is one") {
  Lexicon lex;
  for (const char* f : kTwoFiles) lex.add(f, "l.json", text_rules());
  const auto& norvex = lex.entities[0];
  const auto& model = lex.entities[2];
  CHECK(norvex.country_id == 1);
  CHECK(model.maker_id == 0);
  CHECK(norvex.has(kg::EntityType::Model));  // "Norvex-2" starts with "Norvex"
  CHECK(std::find(model.maker_keys.begin(), model.maker_keys.end(), "norvex group") != model.maker_keys.end());
}

TEST_CASE("bad lexicon files are refused, naming the file and the entity") {
  auto [json, message] = GENERATE(table<std::string, std::string>({
      {R"({"entities": {}})", "l.json: a lexicon needs an \"entities\" list"},
      {R"({"entities": [{"type": "Company"}]})", "l.json: entity 1: missing \"name\""},
      {R"({"entities": [{"name": "X", "type": "Planet"}]})", "l.json: entity 1 (X): unknown type 'Planet'"},
      {R"({"entities": [{"name": "X", "type": "Company", "aliases": [1]}]})", "'aliases' must be a list of strings"},
      {R"([1, 2])", "l.json: expected a JSON object"},
  }));
  Lexicon lex;
  CHECK_THROWS_WITH(lex.add(json, "l.json", text_rules()), Catch::Contains(message));
}

TEST_CASE("lexicon: a common noun has a lower-case one-word alias, a name in Chinese characters is none") {
  LexEntity chips;
  chips.name = "Advanced chips";
  chips.aliases = {"puces avanc\xC3\xA9" "es", "semi-conducteurs"};
  CHECK(Lexicon::generic(chips));
  LexEntity robotaxi;
  robotaxi.name = "Apollo Go";
  robotaxi.aliases = {"Luobo Kuaipao", "\xE8\x90\x9D\xE5\x8D\x9C\xE5\xBF\xAB\xE8\xB7\x91"};  // 萝卜快跑
  CHECK_FALSE(Lexicon::generic(robotaxi));
  LexEntity one_word;
  one_word.name = "o1";
  one_word.aliases = {"strawberry"};
  CHECK_FALSE(Lexicon::generic(one_word));  // a one-word name is a name
}

TEST_CASE("lexicon: a name with '&' is also found spelled with the rule files' ampersand words") {
  Lexicon lex;
  lex.add(R"({"entities": [{"name": "Harbor & Finch Capital", "type": "Organization"}]})", "l.json", text_rules());
  auto [text, found] = GENERATE(table<std::string, std::string>({
      {"Harbor & Finch Capital invested", "Harbor & Finch Capital"},
      {"Harbor and Finch Capital invested", "Harbor & Finch Capital"},
      {"Harbor et Finch Capital a investi", "Harbor & Finch Capital"},
      {"Harbor or Finch Capital invested", ""},
  }));
  CAPTURE(text);
  CHECK(find_in(lex, text).first == found);
}
