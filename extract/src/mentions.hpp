// Mentions: where a document names entities. Each source of names is one function:
// the lexicon's trie (MentionFinder), names its discovery rules state ("la startup X"),
// organisations named by a head noun ("X Research Institute"), short names of its people
// ("Yao"), and typos of names it already used ("Deepsek").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "items.hpp"
#include "rule_index.hpp"
#include "rules.hpp"

namespace kg::extract::detail {

using SentenceRanges = std::vector<std::pair<std::size_t, std::size_t>>;  // token ranges

// Lookups of the lexicon's and the document's names over the tokens.
class MentionFinder {
 public:
  MentionFinder(const DocEntities& ents, const std::vector<Token>& toks, std::string_view text,
                const std::vector<std::string>& maker_chip_suffixes)
      : ents_(ents), toks_(toks), text_(text), chip_suffixes_(maker_chip_suffixes) {}

  // The longest name starting at toks[i] (within [i, end)), from the lexicon or the
  // document's own names; false if none.
  bool lookup(std::size_t i, std::size_t end, Mention& m) const;

  // toks[tb, te) as items: each mention (the longest; a name that starts inside it and
  // reaches further wins; a generic chip word before a chip's own name is its head noun;
  // a generic chip after its maker's possessive is the maker's chips)
  // and the tokens between. `ments`, if given, gets the mentions too.
  void items(std::size_t tb, std::size_t te, std::vector<Item>& items, std::vector<Mention>* ments) const;
  // Whether a name of the document (not the lexicon) may start at a token of toks[tb, te):
  // if not, items() gives what it gave before the document's names were added.
  bool local_name_may_start(std::size_t tb, std::size_t te) const;

 private:
  const DocEntities& ents_;
  const std::vector<Token>& toks_;
  std::string_view text_;
  const std::vector<std::string>& chip_suffixes_;
  // "Nvidia's most advanced AI chips": a generic chip after its maker's possessive is the
  // maker's chips (Lexicon::chips_of), in items [0, n).
  void maker_chips(std::vector<Item>& items) const;
  // Whether a given name, written like a name, is glued to token i ("William Falcon").
  bool given_name_before(std::size_t i) const;
  // Whether token i is a word in capitals only ("SVP", "GM").
  bool all_capitals(std::size_t i) const;
  // Whether the items so far end with a country ("Taiwan's", "taïwanais") other than the
  // one the lexicon gives organisation `entity`.
  bool other_country_before(const std::vector<Item>& items, int entity) const;
  // "Israeli-Canadian", "sino-américain": one token of two demonyms as a demonym item of both.
  void compound_demonym(const Token& t, Item& it) const;
  // The token after "(ACRONYM)" or "(EXCHANGE:TICKER)" starting at toks[i], or i.
  std::size_t bracketed_acronym_end(std::size_t i, std::size_t end) const;
};

// The items of every sentence as pass 1 found them: those of sentence s are
// items[at[s], at[s + 1]). Pass 2 reuses them where no name of the document can start.
struct SentenceItems {
  std::vector<Item> items;
  std::vector<std::size_t> at{0};
};

// Pass 1: the lexicon's mentions of every sentence, in order, while the discovery rules
// add the names they state to `ents` (a name found in one sentence is a mention in the next).
// `cache`, if given, gets each sentence's items.
std::vector<Mention> find_mentions(const SentenceRanges& sents, const std::vector<Token>& toks, std::string_view text,
                                   const RuleSet& rules, const RuleIndex& index, DocEntities& ents,
                                   SentenceItems* cache = nullptr);

// Names in no lexicon (names.hpp): each capitalised run of a sentence that no mention
// covers becomes an entity of the document, of the type its shape gives ("Sakana AI",
// "Lux Capital", "Gabriel Hubert"), or, with nothing but its capitals to go on, an open one
// (a person if it reads like one, else a company) that a cue may correct. A lone word of a
// longer name is left to short names ("Hubert"; "Sakana" for "Sakana AI"), and a typo of a
// name the document uses to the typo resolver ("Deepsek").
class TypoResolver;
void discover_names(const SentenceRanges& sents, const std::vector<Token>& toks, std::string_view text,
                    const std::vector<Mention>& mentions, TypoResolver& typos, DocEntities& ents);

// "Arthur Mensch, 31 ans, président de Mistral AI", "Jane Doe, 45, CEO of X": an age set off
// by commas after a person's name (a number, then `age_words`) is left out of the items, so
// the apposition after it describes the name.
void drop_age_asides(std::vector<Item>& items, const std::vector<Token>& toks, const DocEntities& ents);

// Short names of people: "Yao" after "Yao Shunyu", unless two people of the document
// share it or it names something else.
void add_short_names(const std::vector<Mention>& mentions, const RuleSet& rules, DocEntities& ents);

// Typos of names already in the document ("Deepsek" for DeepSeek), by edit distance.
class TypoResolver {
 public:
  TypoResolver(const std::vector<Mention>& mentions, const DocEntities& ents);
  // Turns the capitalised tokens of `items` that are typos of one target into mentions.
  void apply(std::vector<Item>& items, const std::vector<Token>& toks);
  // The entity a capitalised word of 5+ bytes is a typo of, or -1.
  int resolve(const Token& t);

 private:
  const DocEntities& ents_;
  std::vector<std::pair<std::string, int>> targets_;  // name keys of 5+ bytes -> entity
  std::unordered_map<std::string, int> cache_;        // token key -> entity (-1: none)
};

}  // namespace kg::extract::detail
