// What the stage tests share: the built-in rules and the test lexicon
// (tests/data/extract/lexicon.json: made-up entities) loaded through the stages' own
// interfaces, and a text turned into tokens and items the way extract() does it.
#pragma once

#include <string>
#include <vector>

#include "internal.hpp"
#include "items.hpp"
#include "kg/extract/extractor.hpp"
#include "kg/io.hpp"
#include "mentions.hpp"

namespace kg::extract::test {

// The built-in rule files, the test lexicon and their index.
struct Loaded {
  detail::RuleSet rules;
  detail::Lexicon lexicon;
  detail::RuleIndex index;
};
inline const Loaded& loaded() {
  static const Loaded l = [] {
    Loaded x;
    for (const auto& f : default_rules()) x.rules.add(f.content, f.name);
    const std::string lex = std::string(KG_EXTRACT_TEST_DATA) + "lexicon.json";
    x.lexicon.add(kg::io::read_text_file(lex), lex, x.rules.text);
    x.index.build(x.rules, x.lexicon.trie);
    return x;
  }();
  return l;
}
inline const detail::TextRules& text_rules() { return loaded().rules.text; }

// The folded keys of `text`'s tokens, space-separated.
inline std::string keys(const std::string& text, const detail::TextRules& rules = text_rules()) {
  std::vector<detail::Token> toks;
  detail::tokenize(text, 0, text.size(), rules, toks);
  std::string out;
  for (const auto& t : toks) out += (out.empty() ? "" : " ") + t.key;
  return out;
}

// One sentence as the per-document stages see it: tagged tokens, the document's entities,
// and its items (the lexicon's mentions and the tokens between).
struct Sentence {
  std::string text;
  std::vector<detail::Token> toks;
  detail::DocEntities ents{loaded().lexicon, loaded().rules.text};
  std::vector<detail::Item> items;

  explicit Sentence(std::string t) : text(std::move(t)) {
    detail::tokenize(text, 0, text.size(), text_rules(), toks);
    loaded().index.tag(toks);
    find_items();
  }
  void find_items() { detail::MentionFinder(ents, toks, text).items(0, toks.size(), items, nullptr); }
  // The text of items [a, b).
  std::string span(std::size_t a, std::size_t b) const {
    return text.substr(toks[items[a].tb].start, toks[items[b - 1].te - 1].end - toks[items[a].tb].start);
  }
  std::string name(int entity) const { return entity < 0 ? "" : ents.get(entity).name; }
  // Items as "[Name]" for mentions, "<Country>" for demonyms and the word for tokens.
  std::string shape() const {
    std::string out;
    for (const auto& it : items) {
      out += out.empty() ? "" : " ";
      if (it.kind == detail::ItemKind::Mention) out += "[" + name(it.entity) + "]";
      else if (it.kind == detail::ItemKind::Demonym) out += "<" + name(it.entity) + ">";
      else out += toks[it.tb].key;
    }
    return out;
  }
};

// The lexicon id of an entity of the test lexicon.
inline int entity_id(const std::string& name) {
  const auto& ents = loaded().lexicon.entities;
  for (std::size_t i = 0; i < ents.size(); ++i)
    if (ents[i].name == name) return static_cast<int>(i);
  return -1;
}

}  // namespace kg::extract::test
