// What the stage tests share: the built-in rule files (their word lists) and the test
// lexicon (tests/data/extract/lexicon.json: made-up entities) loaded through the stages'
// own interfaces, plus a test's own patterns, and texts turned into tokens, sentences
// and items the way extract() does it. Tests use their own patterns rather than the
// built-in ones, which change as the rules grow.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "internal.hpp"
#include "items.hpp"
#include "kg/extract/extractor.hpp"
#include "kg/io.hpp"
#include "matcher.hpp"
#include "mentions.hpp"

namespace kg::extract::test {

// Rule files, the test lexicon and their index.
struct Loaded {
  detail::RuleSet rules;
  detail::Lexicon lexicon;
  detail::RuleIndex index;
};

// The built-in rule files, then `extra` (a rule file's JSON, if any), then the test lexicon.
inline std::unique_ptr<Loaded> load(const std::string& extra = "") {
  auto x = std::make_unique<Loaded>();
  for (const auto& f : default_rules()) x->rules.add(f.content, f.name);
  if (!extra.empty()) x->rules.add(extra, "test-rules.json");
  const std::string lex = std::string(KG_EXTRACT_TEST_DATA) + "lexicon.json";
  x->lexicon.add(kg::io::read_text_file(lex), lex, x->rules.text);
  x->index.build(x->rules, x->lexicon.trie);
  return x;
}
inline const Loaded& loaded() {
  static const auto l = load();
  return *l;
}
inline const detail::TextRules& text_rules() { return loaded().rules.text; }

// A rule file holding one relation rule.
inline std::string one_rule(const std::string& pattern, const std::string& predicate = "invests_in",
                            const std::string& more = "") {
  return R"({"rules": [{"id": "t.rule", "predicate": ")" + predicate + R"(", "pattern": ")" + pattern + "\"" + more +
         "}]}";
}

// The folded keys of `text`'s tokens, space-separated.
inline std::string keys(const std::string& text, const detail::TextRules& rules = text_rules()) {
  std::vector<detail::Token> toks;
  detail::tokenize(text, 0, text.size(), rules, toks);
  std::string out;
  for (const auto& t : toks) out += (out.empty() ? "" : " ") + t.key;
  return out;
}

// A text as the per-document stages see it: tagged tokens, sentences, the document's
// entities (after pass 1: lexicon, discovery, head nouns, short names) and the items of
// each sentence.
struct Doc {
  const Loaded& data;
  std::string text;
  std::vector<detail::Token> toks;
  detail::SentenceRanges sents;
  detail::DocEntities ents;
  std::vector<detail::Mention> mentions;  // pass 1's

  explicit Doc(std::string t, const Loaded& l = loaded())
      : data(l), text(std::move(t)), ents(l.lexicon, l.rules.text) {
    detail::tokenize(text, 0, text.size(), l.rules.text, toks);
    detail::split_sentences(toks, 0, toks.size(), l.rules.text, sents);
    l.index.tag(toks);
    mentions = detail::find_mentions(sents, toks, text, l.rules, l.index, ents);
    detail::TypoResolver typos(mentions, ents);
    detail::discover_names(sents, toks, text, mentions, typos, ents);
    detail::add_short_names(mentions, l.rules, ents);
  }
  // The items of sentence `s`.
  std::vector<detail::Item> items(std::size_t s) const {
    std::vector<detail::Item> out;
    detail::MentionFinder(ents, toks, text, data.rules.maker_chip_suffixes).items(sents[s].first, sents[s].second, out, nullptr);
    return out;
  }
  std::string name(int entity) const { return entity < 0 ? "" : ents.get(entity).name; }
  // Items as "[Name]" for mentions, "<Country>" for demonyms and the key for tokens.
  std::string shape(const std::vector<detail::Item>& items) const {
    std::string out;
    for (const auto& it : items) {
      out += out.empty() ? "" : " ";
      if (it.kind == detail::ItemKind::Mention) out += "[" + name(it.entity) + "]";
      else if (it.kind == detail::ItemKind::Demonym) out += "<" + name(it.entity) + ">";
      else out += toks[it.tb].key;
    }
    return out;
  }
  std::string names(const std::vector<int>& ids) const {
    std::string out;
    for (int id : ids) out += (out.empty() ? "" : "; ") + name(id);
    return out;
  }
};

// The lexicon id of an entity of the test lexicon (-1 if none).
inline int entity_id(const std::string& name) {
  const auto& ents = loaded().lexicon.entities;
  for (std::size_t i = 0; i < ents.size(); ++i)
    if (ents[i].name == name) return static_cast<int>(i);
  return -1;
}

// The first match of `rule` (indexed by d.data) in `items`, as extract() tries it.
inline bool first_match(const Doc& d, const std::vector<detail::Item>& items, const detail::Rule& rule,
                        detail::Match& m) {
  const std::vector<detail::Mention> none;
  detail::Matcher mt(items, d.toks, d.ents, d.data.index, none);
  for (std::size_t s = 0; s < items.size(); ++s)
    if (mt.may_start(rule, s) && mt.match_at(rule, s, m)) return true;
  return false;
}

// The index of the item holding the entity named `name` in `items`, or items.size().
inline std::size_t item_of(const Doc& d, const std::vector<detail::Item>& items, const std::string& name) {
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i].kind != detail::ItemKind::Tok && d.name(items[i].entity) == name) return i;
  return items.size();
}

}  // namespace kg::extract::test
