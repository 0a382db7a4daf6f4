// The lexicon stage: the token trie of names and aliases, lexicon files, demonym forms.
#include <catch2/catch.hpp>

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
  CHECK(lookup(trie, "MISTRAL a lev\xC3\xA9") == std::pair<int, std::size_t>{2, 1});
}
