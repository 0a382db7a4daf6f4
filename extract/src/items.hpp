// What the per-document stages pass each other: a sentence as items (tokens and
// mentions), and the entities of the document (the lexicon's and the names it discovered).
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lexicon.hpp"

namespace kg::extract::detail {

enum class ItemKind : std::uint8_t { Tok, Mention, Demonym };

// One token, or one mention spanning tokens [tb, te).
struct Item {
  ItemKind kind = ItemKind::Tok;
  std::uint32_t tb = 0, te = 0;  // token range
  int entity = -1;
  int entity2 = -1;  // a compound demonym's second country ("Israeli-Canadian")
  bool discovered = false;
  bool coref = false;  // a description or pronoun standing for `entity`
};

struct Mention {
  std::size_t tb, te;
  int entity;
  bool demonym;
};

// Entities of one document: the lexicon's (ids below lexicon.entities.size()) plus the
// names it discovered (ids above), with their own trie.
class DocEntities {
 public:
  // `text`: how the names it discovers are tokenized (the rule files' elisions).
  DocEntities(const Lexicon& lex, const TextRules& text)
      : lex_(&lex), text_(&text), nlex_(static_cast<int>(lex.entities.size())) {}

  const LexEntity& get(int id) const {
    return id < nlex_ ? lex_->entities[id] : local_[id - nlex_];
  }
  const Lexicon& lexicon() const { return *lex_; }
  const TextRules& text_rules() const { return *text_; }
  int lexicon_size() const { return nlex_; }
  const std::vector<LexEntity>& local() const { return local_; }
  const Trie& local_trie() const { return trie_; }

  // The entity named `surface` (name key): the lexicon's, one found earlier in the
  // document, or a new one of `type`. An `open` name is known by its capitals alone (its
  // type a guess); a later cue that is not open gives an open name its type.
  int add(const std::string& surface, EntityType type, bool open = false);
  // Whether a name key names an entity of the lexicon or of the document.
  bool known(const std::string& key) const { return lex_->by_key.count(key) || keys_.count(key); }
  // A release of a model, product or chip `base` ("Kimi K2.5" after "Kimi"): of its maker.
  int add_release(const std::string& surface, EntityType type, int base);
  // A unit named after company `parent` ("Naver Cloud").
  int add_unit(const std::string& surface, EntityType type, int parent);
  // A name of letters and digits known by its shape alone ("GLM-5"): an open model that may
  // also be a chip or a product.
  int add_coded(const std::string& surface);
  // Another written form of `entity` ("Quillon Inc" for Quillon).
  void add_form(const std::string& surface, int entity);
  // A short form ("Yao") for one of the document's people, matched with the lexicon's
  // rule for capitalised short words.
  void add_short_name(const std::string& key, int entity);
  // How often the document names each entity in all: the mentions of each of its sentences.
  void count_named(const Item* first, const Item* last) {
    for (; first != last; ++first)
      if (first->kind == ItemKind::Mention && first->entity >= 0) ++named_in_document_[first->entity];
  }
  int named_in_document(int id) const {
    auto it = named_in_document_.find(id);
    return it == named_in_document_.end() ? 0 : it->second;
  }

 private:
  const Lexicon* lex_;
  const TextRules* text_;
  int nlex_;
  std::vector<LexEntity> local_;
  Trie trie_;
  std::unordered_map<std::string, int> keys_;  // discovered/short-name key -> entity
  std::unordered_map<int, int> named_in_document_;
};

// How often the document named each entity `fits` accepts before token `before_tok`:
// (entity, mentions), in order of first mention; demonyms do not count.
template <class Fits>
std::vector<std::pair<int, int>> named_before(const std::vector<Mention>& doc_mentions, std::size_t before_tok,
                                              Fits fits) {
  std::vector<std::pair<int, int>> counts;
  for (const auto& dm : doc_mentions) {
    if (dm.tb >= before_tok || dm.demonym || !fits(dm.entity)) continue;
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == dm.entity; });
    if (it == counts.end()) counts.emplace_back(dm.entity, 1);
    else ++it->second;
  }
  return counts;
}

// The document's topic so far: of `counts` ((entity, mentions so far), in order of first
// mention), the one `fits` accepts that is named most; a tie goes to the one the whole
// document names most ("OpenAI's rival Zhipu AI has secured ..." opens an article about
// Zhipu AI), then to the first named. -1 if none.
template <class Fits>
int most_named(const std::vector<std::pair<int, int>>& counts, const DocEntities& ents, Fits fits) {
  int best = -1, most = 0, best_total = 0;
  for (const auto& [ent, n] : counts) {
    if (!fits(ent)) continue;
    const int total = ents.named_in_document(ent);
    if (n > most || (n == most && total > best_total)) {
      best = ent;
      most = n;
      best_total = total;
    }
  }
  return best;
}

}  // namespace kg::extract::detail
