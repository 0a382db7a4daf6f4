// The lexicon stage: the entities of the lexicon files, and their names, aliases and
// demonyms as one token trie (the automaton every sentence is looked up in).
#pragma once

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/model.hpp"
#include "text_units.hpp"

namespace kg::extract::detail {

inline std::uint32_t type_bit(EntityType t) { return 1u << static_cast<unsigned>(t); }

struct LexEntity {
  std::string name;
  EntityType type = EntityType::Unknown;
  std::vector<EntityType> alt_types;
  std::string country;
  std::vector<std::string> aliases;
  std::vector<std::string> exact;
  std::vector<std::string> demonyms;       // name keys ("chinois"), inflected in the trie
  std::vector<std::string> places;         // countries: cities and regions ("Shenzhen"), read as demonyms
  std::vector<std::string> distinct_from;  // name keys
  std::string maker;
  int maker_id = -1;                     // resolved at load time
  int country_id = -1;                   // resolved at load time
  std::vector<std::string> maker_keys;   // folded forms of the maker's name and aliases
  std::vector<std::string> typo_keys;    // typo_keys(*this), set at load time (lexicon entities)
  bool discovered = false;
  bool open = false;  // discovered by its capitals alone: `type` is a guess that a cue may correct
  int parent_id = -1;  // a unit named after its company ("Naver Cloud" of Naver)
  bool has(EntityType t) const {
    if (t == type) return true;
    for (auto a : alt_types)
      if (a == t) return true;
    return false;
  }
  // Whether its type or one of its alternative types is in `types` (bits of type_bit).
  bool fits(std::uint32_t types) const {
    if (types & type_bit(type)) return true;
    for (auto a : alt_types)
      if (types & type_bit(a)) return true;
    return false;
  }
};

// The keys (quick_key) of an entity's name and aliases that a typo may stand for (5+
// bytes, one word; TypoResolver). The lexicon keeps its entities' in LexEntity::typo_keys,
// so a document computes only those of the names it discovered.
std::vector<std::string> typo_keys(const LexEntity& e);

struct TrieValue {
  int entity = -1;
  bool demonym = false;  // entity is the country the demonym points to
  bool exact = false;    // surface must equal `surface` byte for byte
  std::string surface;
};

class Trie {
 public:
  void add(const std::vector<std::string>& keys, TrieValue v);
  // Longest match starting at toks[i] (within [i, end)); returns the number of tokens
  // matched (0 = none) and the value.
  std::size_t longest(const std::vector<Token>& toks, std::size_t i, std::size_t end,
                      std::string_view text, const TrieValue** value) const;
  bool empty() const { return nodes_.size() <= 1; }
  // Whether some key added starts with `key` (a match at a token of that key is possible).
  bool may_start(const std::string& key) const {
    if (!(root_lens_ & (std::uint64_t{1} << std::min<std::size_t>(key.size(), 63))) ||
        (!key.empty() && !root_first_.test(static_cast<unsigned char>(key[0]))))
      return false;
    return edges_.count(key) != 0;
  }
  // Root children by vocabulary id (Token::vid), so that a lookup hashes no string.
  template <class Vocab>
  void index_root(const Vocab& vocab, std::size_t size) {
    root_vid_.assign(size, 0);
    for (const auto& [key, node] : edges_)
      if (auto it = vocab.find(key); it != vocab.end()) root_vid_[it->second] = node;
    root_complete_ = true;
    for (const auto& [key, node] : edges_) root_complete_ = root_complete_ && vocab.count(key);
  }
  template <class F>
  void for_each_root_key(F&& f) const {
    for (const auto& kv : edges_) f(kv.first);
  }

 private:
  std::vector<std::uint32_t> root_vid_;
  bool root_complete_ = false;  // every root key has an id: vid 0 means no child
  // Quick reject for the root's children by key (when not indexed by id): their first
  // bytes and their lengths (bit min(len, 63)).
  std::bitset<256> root_first_;
  std::uint64_t root_lens_ = 0;
  struct Node {
    std::vector<TrieValue> values;
    // Below the root most nodes have a few children, scanned in order; a node with more
    // than kWideNode ("Bank of" + thousands of names) keeps them in a hash map instead, so
    // that adding a name costs the same however many share its first words.
    std::vector<std::pair<std::string, std::uint32_t>> kids;
    std::unique_ptr<std::unordered_map<std::string, std::uint32_t>> wide;
  };
  static constexpr std::size_t kWideNode = 8;
  std::vector<Node> nodes_{1};
  std::unordered_map<std::string, std::uint32_t> edges_;  // the root's children
  std::uint32_t child(std::uint32_t node, const std::string& key) const;
  static void add_kid(Node& n, const std::string& key, std::uint32_t child);
};

std::vector<std::string> keys_of(std::string_view surface, const TextRules& rules);  // tokenize + fold
// "HUMAIN" written for the exact form "Humain" (ASCII capitals; see trie.cpp)
bool shouted(std::string_view form, std::string_view text);

// French demonyms agree in gender and number: "chinois" -> chinoise(s); "américain" ->
// américaine(s); "italien" -> italienne(s). English plurals too ("Americans").
std::vector<std::string> inflections(const std::string& w);

// The entities of every lexicon file loaded, by id (their index), with the trie of their
// forms and the name key of each form (the first entity to claim a key keeps it).
struct Lexicon {
  std::vector<LexEntity> entities;
  std::unordered_map<std::string, int> by_key;  // name/alias key -> entity (first wins)
  std::unordered_map<std::string, int> by_demonym;  // one-word demonym or place key -> country ("israeli", "shenzhen");
                                                    // also combining forms with their hyphen ("franco-")
  Trie trie;

  // Adds the entities of one lexicon file (an entity with a known name and type gets the
  // new aliases), then resolves makers and countries again. Forms are tokenized with
  // `rules` (its elisions). InputError naming `source`.
  void add(std::string_view json, const std::string& source, const TextRules& rules);
  // The trie again from every entity's forms, for rules that tokenize differently (rule
  // files with elisions loaded after the lexicon).
  void rekey(const TextRules& rules);
  // The two countries of a compound demonym, one word of two parts joined by a hyphen:
  // demonyms ("Israeli-Canadian") or a combining form and a demonym ("franco-américaine",
  // "Sino-American"); {-1, -1} for any other word. The second is -1 when both name one.
  std::pair<int, int> compound_demonym(const std::string& key) const;

  // An entity also named by a one-word common noun ("chips", "puces"): a class, not a thing.
  static bool generic(const LexEntity& e);
  // The chips of a maker as one entity ("Nvidia GPUs" for "Nvidia"): the entity named
  // maker + one of `suffixes` (the rule files' maker_chip_suffixes) whose maker it is; -1 if none.
  int chips_of(const std::string& maker, const std::vector<std::string>& suffixes) const;

 private:
  // One form of an entity in the trie, in the order the files gave them (the first value
  // of a key wins, so rekey() adds them again in that order).
  struct FormRef {
    enum Kind : std::uint8_t { Name, Alias, Exact, Demonym, Place };
    int entity = -1;
    Kind kind = Name;
    std::uint32_t index = 0;  // in the entity's list of that kind
  };
  std::vector<FormRef> forms_;
  void add_form(const FormRef& f, const TextRules& rules);
  void finalize(const TextRules& rules);
};

}  // namespace kg::extract::detail
