// Internals of kg::extract shared by its stages and its unit tests. Not installed.
#pragma once

#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/model.hpp"

namespace kg::extract::detail {

// ---- tokens ----------------------------------------------------------------------------
enum class TokKind : std::uint8_t { Word, Punct };

struct Token {
  std::uint32_t start = 0, end = 0;  // byte span in the document text
  TokKind kind = TokKind::Word;
  bool upper = false;      // first letter is upper case
  bool all_lower = false;  // no upper-case letter at all
  std::string key;         // folded form: case, accents, apostrophes (’ -> ')
  std::uint32_t vid = 0;   // id of `key` in the extractor's vocabulary (0 = not in it)
  std::uint32_t pnode = 0; // node of PrefixSet where the key's rule prefixes end (0 = none)
  std::uint32_t flags = 0; // WordTable flags of `key` (word classes of the rules)
};

// Word classes of the rules, as bits on a token (set from the WordTable), so that the
// hot loops test a bit instead of hashing the key into a set.
enum WordFlag : std::uint32_t {
  kNameStop = 1u << 0,   // name_stopwords
  kCorefLead = 1u << 1,  // coref_lead
  kOrgLast = 1u << 2,    // org_heads_last
  kOrgFirst = 1u << 3,   // org_heads_first
  kSpanBlock = 1u << 4,  // blockers.span
};

// What the extractor knows of a word, by its folded key: vocabulary id, rule-prefix node
// and class flags. Open addressing over one string pool: a lookup hashes the key once
// and compares it once, with no allocation.
class WordTable {
 public:
  struct Info {
    std::uint32_t vid = 0, pnode = 0, flags = 0;
  };
  void clear() { slots_.clear(); pool_.clear(); count_ = 0; bloom_.assign(kBloomWords, 0); }
  Info& add(std::string_view key);                  // inserts (zeroed) if new
  const Info* find(std::string_view key) const;     // nullptr if absent
  std::size_t size() const { return count_; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t off = 0, len = 0;
    bool used = false;
    Info info;
  };
  static std::uint64_t hash(std::string_view key);
  void grow();
  // One bit per 16-bit slice of the hashes present (8 KiB, stays in L1): most words of a
  // text are in no table, and this rejects them without touching the slots.
  static constexpr std::size_t kBloomWords = 1024;
  std::vector<std::uint64_t> bloom_ = std::vector<std::uint64_t>(kBloomWords, 0);
  std::vector<Slot> slots_;
  std::string pool_;
  std::size_t count_ = 0;
};

// The prefix alternatives of rule literals ("ingenieur*"), as a byte trie: a key walks it
// once and every prefix it starts with lies on the path to the deepest matched node.
class PrefixSet {
 public:
  std::uint32_t add(const std::string& prefix);  // prefix id
  std::uint32_t walk(std::string_view key) const;  // deepest node with a prefix id on the path
  const std::vector<std::uint32_t>& ids_on_path(std::uint32_t node) const { return nodes_[node].path; }
  void clear() { nodes_.assign(1, {}); count_ = 0; }

 private:
  struct Node {
    std::vector<std::pair<unsigned char, std::uint32_t>> kids;
    std::vector<std::uint32_t> path;  // prefix ids ending here or above
    int id = -1;
  };
  std::vector<Node> nodes_{1};
  std::uint32_t count_ = 0;
};

// Tokens of text[b, e). Elisions ("d'", "l'") and the English possessive ("'s") are
// tokens of their own; hyphens, inner dots and digit commas stay inside words.
void tokenize(std::string_view text, std::size_t b, std::size_t e, std::vector<Token>& out);

// The folded key of one word (fast path for ASCII).
std::string fold(std::string_view s);
void fold_into(std::string_view s, std::string& out);  // the same, into `out` (reusing it)
// name_key for Latin text without a Unicode library; false if `s` needs name_key.
bool fast_fold(std::string_view s, std::string& out);

// ---- boilerplate and sentences ------------------------------------------------------------
struct Span {
  std::size_t start = 0, end = 0;
};
struct BoilerplateRules {
  std::vector<std::string> line_cues;  // folded substrings that mark a boilerplate line
};
// Kept lines of a document (boilerplate dropped), as spans into the text.
std::vector<Span> content_lines(std::string_view text, const BoilerplateRules& rules);

// Sentences of one line's tokens: [first token, last token + 1) index ranges.
std::vector<std::pair<std::size_t, std::size_t>> split_sentences(const std::vector<Token>& toks);
// The same over toks[b, e), appending absolute index ranges to `out`.
void split_sentences(const std::vector<Token>& toks, std::size_t b, std::size_t e,
                     std::vector<std::pair<std::size_t, std::size_t>>& out);

// ---- lexicon -------------------------------------------------------------------------------
struct LexEntity {
  std::string name;
  EntityType type = EntityType::Unknown;
  std::vector<EntityType> alt_types;
  std::string country;
  std::vector<std::string> aliases;
  std::vector<std::string> exact;
  std::vector<std::string> distinct_from;  // name keys
  std::string maker;
  int maker_id = -1;                     // resolved at load time
  int country_id = -1;                   // resolved at load time
  std::vector<std::string> maker_keys;   // folded forms of the maker's name and aliases
  bool discovered = false;
  bool has(EntityType t) const {
    if (t == type) return true;
    for (auto a : alt_types)
      if (a == t) return true;
    return false;
  }
};

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

std::vector<std::string> keys_of(std::string_view surface);  // tokenize + fold

// ---- patterns ------------------------------------------------------------------------------
enum class El : std::uint8_t { Lit, Slot, Gap, Any, Name };
struct Elem {
  El kind = El::Lit;
  std::vector<std::string> alts;  // literal keys; a trailing '*' = prefix
  std::bitset<256> first_bytes;   // first bytes of all alternatives: a quick reject
  std::vector<std::uint32_t> alt_vids;  // vocabulary ids of the exact alternatives
  std::vector<std::uint32_t> alt_pids;  // PrefixSet ids of the prefix alternatives
  bool has_prefix = false;              // some alternative ends in '*' 
  bool optional = false;
  int slot = -1;               // 0 = S, 1 = O, 2 = O2 (Slot); for Name: always 0
  std::uint32_t types = 0;     // bit mask of EntityType; 0 = any
  bool demonym = false;        // the slot may be filled by a demonym (-> its country)
  bool entity = true;          // the slot may be filled by an entity mention
  bool prev = false;           // filled from an earlier mention (pronoun), consumes nothing
  int gap = 0;                 // Gap: max items skipped
  int min_tokens = 1;          // Name: at least this many tokens
};
struct Emit {
  int subject = 0, object = 1;
  Predicate predicate = Predicate::develops;
};
struct Rule {
  std::string id;
  std::vector<Elem> elems;
  std::vector<Emit> emits;
  double confidence = 0.5;
  std::vector<std::string> unless;  // folded words that block the match inside its span
  bool nominal = false;  // a noun-phrase fact ("Qwen d'Alibaba"): opinion cues around it do not block
  bool discovery = false;           // a cue rule: names a new entity of `new_type`
  bool passive = false;             // a literal alternative is "by" / "par" (set when indexed)
  EntityType new_type = EntityType::Unknown;
};
Rule parse_pattern(const std::string& id, std::string_view pattern,
                   const std::unordered_map<std::string, std::string>& macros);

}  // namespace kg::extract::detail
