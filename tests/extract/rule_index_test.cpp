// The rule index's anchors: which rules a sentence can match at all (Anchors::viable) and
// the last token a rule's match can start at (Anchors::last_start).
#include <catch2/catch.hpp>

#include <algorithm>

#include "emit.hpp"
#include "stages.hpp"

using namespace kg::extract::detail;
using kg::extract::test::Doc;
using kg::extract::test::load;
using kg::extract::test::one_rule;

namespace {
// The last start of the test file's rule (the last relation rule) in the first sentence
// of `text`; -1 if the rule is not viable there, -2 if it requires no literal.
long last_start(const std::string& pattern, const std::string& text, const std::string& more = "") {
  const auto data = load(one_rule(pattern, "invests_in", more));
  const Doc d(text, *data);
  const Anchors& a = data->index.anchors;
  const std::size_t r = data->rules.rules.size() - 1;
  Anchors::Scratch sc;
  std::vector<std::size_t> viable;
  a.viable(d.toks, d.sents[0].first, d.sents[0].second, data->index.prefixes, sc, viable);
  if (!std::binary_search(viable.begin(), viable.end(), r)) return -1;
  const std::size_t last = a.last_start(r, sc);
  return last == SIZE_MAX ? -2 : static_cast<long>(last);
}
}  // namespace

TEST_CASE("anchors: the last token a rule's match can start at") {
  // tokens: Kestrel(0) invested(1) in(2) Norvex(3) ,(4) then(5) invested(6) heavily(7) .(8)
  // the last "in" is token 2: no match reads "invested in" from a later token
  CHECK(last_start("S:Company invested in O:Company", "Kestrel invested in Norvex, then invested heavily.") == 2);
  // the last of each literal: "invested" 6, "in" 7
  CHECK(last_start("S:Company invested in O:Company", "Kestrel invested in Norvex, then invested in Tern.") == 6);
  // a prefix literal ("invest*") counts at its last word too
  CHECK(last_start("S:Company invest* in O:Company", "Kestrel invests in Norvex and invested in Tern.") == 5);
  // optional literals bound nothing
  CHECK(last_start("S:Company invested in? O:Company", "In Sylvania, Kestrel invested Norvex.") == 4);
  // a literal missing from the sentence: the rule is not viable
  CHECK(last_start("S:Company invested in O:Company", "Kestrel invested Norvex.") == -1);
  // a rule that requires no literal may start anywhere
  CHECK(last_start("S:Company ...3 O:Chip", "Kestrel pour Tern X1.") == -2);
  // the rule's context comes before its match: it bounds nothing
  // (A(0) report(1) said(2) Kestrel(3) invested(4) in(5) Norvex(6))
  CHECK(last_start("S:Company invested in O:Company", "A report said Kestrel invested in Norvex.",
                   R"(, "context": ["report"], "context_before": true)") == 4);
  // ... and without it the rule is not viable
  CHECK(last_start("S:Company invested in O:Company", "Kestrel invested in Norvex.",
                   R"(, "context": ["report"], "context_before": true)") == -1);
}

TEST_CASE("rule index: the first words of opinion cues are flagged where they open one") {
  const auto& data = kg::extract::test::loaded();
  std::vector<Token> toks;
  const std::string text = "Analysts believe Kestrel thinks about a round.";
  tokenize(text, 0, text.size(), data.rules.text, toks);
  data.index.tag(toks);
  auto flagged = [&](const std::string& key) {
    for (const auto& t : toks)
      if (t.key == key) return (t.flags & kBeforeCueWord) != 0;
    FAIL("no token " << key);
    return false;
  };
  CHECK(flagged("believe"));
  CHECK(flagged("thinks"));
  CHECK_FALSE(flagged("analysts"));
  CHECK_FALSE(flagged("round"));
  // a cue word keeps the prefix node a word of the table has
  for (const auto& t : toks) CHECK(t.pnode == data.index.prefixes.walk(t.key));
  // tokens: Analysts(0) believe(1) Kestrel(2) thinks(3) ...
  CHECK_FALSE(opinion_before(data.index, toks, 0, 1));
  CHECK(opinion_before(data.index, toks, 0, 2));
  CHECK(opinion_before(data.index, toks, 2, toks.size()));
}

TEST_CASE("word table: lookups by key and by a hash known ahead") {
  WordTable t;
  CHECK(t.find("openai") == nullptr);  // empty
  t.add("openai").vid = 7;
  t.add("investit").flags = 3;
  for (int i = 0; i < 3000; ++i) t.add("w" + std::to_string(i)).pnode = static_cast<std::uint32_t>(i);  // grows
  REQUIRE(t.find("openai") != nullptr);
  CHECK(t.find("openai")->vid == 7);
  CHECK(t.find("investit")->flags == 3);
  CHECK(t.find("w2999")->pnode == 2999);
  CHECK(t.find("w3000") == nullptr);
  CHECK(t.find("openai2") == nullptr);
  for (std::string k : {"openai", "investit", "w17", "absent", ""}) {
    const std::uint64_t h = WordTable::hash(k);
    t.prefetch(h);  // a hint only
    CHECK(t.find(k, h) == t.find(k));
  }
  CHECK(t.add("openai").vid == 7);  // adding again finds the entry
  CHECK(t.size() == 3002);
}

TEST_CASE("rule index: tagging a text gives each token its word's entry") {
  const auto& data = kg::extract::test::loaded();
  std::vector<Token> toks;
  // more tokens than the lookups prefetched ahead, words in and out of the table
  const std::string text = "Selon des analystes, Kestrel a investi dans Norvex et Valmont Capital, "
                           "and Kestrel invested in Veridian Labs, which believes in chips.";
  tokenize(text, 0, text.size(), data.rules.text, toks);
  REQUIRE(toks.size() > 20);
  data.index.tag(toks);
  for (const auto& t : toks) {
    const auto* w = data.index.words.find(t.key);
    CHECK(t.vid == (w ? w->vid : 0));
    CHECK(t.flags == (w ? w->flags : 0));
    CHECK(t.pnode == (w ? w->pnode : data.index.prefixes.walk(t.key)));
  }
}
