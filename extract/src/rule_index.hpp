// The rule index: what the hot loops need to find rules and word classes without hashing
// strings. Every word the lexicon's trie starts with and every literal of the rules gets a
// vocabulary id; tokens carry their id, their rule-prefix node and their word-class flags.
#pragma once

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexicon.hpp"
#include "rules.hpp"
#include "text_units.hpp"

namespace kg::extract::detail {

// What the extractor knows of a word, by its folded key: vocabulary id, rule-prefix node
// and class flags. Open addressing over one string pool: a lookup hashes the key once
// and compares it once, with no allocation.
class WordTable {
 public:
  struct Info {
    std::uint32_t vid = 0, pnode = 0;
    std::uint64_t flags = 0;
  };
  void clear() { slots_.clear(); entries_.clear(); pool_.clear(); bloom_.assign(kBloomWords, 0); }
  Info& add(std::string_view key);                  // inserts (zeroed) if new
  const Info* find(std::string_view key) const { return find(key, hash(key)); }  // nullptr if absent
  // The same for a key whose hash() is known. The table is larger than the cache: a
  // lookup that knows its key ahead prefetch()es its slot a few lookups before, so that
  // the misses overlap.
  const Info* find(std::string_view key, std::uint64_t h) const;
  void prefetch(std::uint64_t h) const {
    const std::uint64_t b = (h >> 32) & 0xFFFF;
    if (!slots_.empty() && (bloom_[b >> 6] & (std::uint64_t{1} << (b & 63))))
      __builtin_prefetch(slots_.data() + (h & (slots_.size() - 1)));
  }
  static std::uint64_t hash(std::string_view key);
  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::uint64_t hash = 0;
    std::uint32_t off = 0, len = 0;
    Info info;
  };
  void grow();
  // One bit per 16-bit slice of the hashes present (8 KiB, stays in L1): most words of a
  // text are in no table, and this rejects them without touching the slots.
  static constexpr std::size_t kBloomWords = 1024;
  std::vector<std::uint64_t> bloom_ = std::vector<std::uint64_t>(kBloomWords, 0);
  // Open addressing over 8-byte slots (the hash's high half beside entry index + 1; 0 =
  // empty), so that the probed table stays small enough for the cache: a probe reads an
  // entry (and its key in the pool) only when the high halves agree.
  std::vector<std::uint64_t> slots_;
  std::vector<Entry> entries_;
  std::string pool_;
};

// The prefix alternatives of rule literals ("ingenieur*"), as a byte trie: a key walks it
// once and every prefix it starts with lies on the path to the deepest matched node.
class PrefixSet {
 public:
  std::uint32_t add(const std::string& prefix);  // prefix id
  std::uint32_t walk(std::string_view key) const;  // deepest node with a prefix id on the path
  const std::vector<std::uint32_t>& ids_on_path(std::uint32_t node) const { return nodes_[node].path; }
  void clear() { nodes_.assign(1, {}); count_ = 0; root_.fill(0); }

 private:
  std::array<std::uint32_t, 256> root_{};  // the root's children by byte (0 = none)
  struct Node {
    std::vector<std::pair<unsigned char, std::uint32_t>> kids;
    std::vector<std::uint32_t> path;  // prefix ids ending here or above
    int id = -1;
  };
  std::vector<Node> nodes_{1};
  std::uint32_t count_ = 0;
};

// Which rules can match in a sentence at all: every literal a rule requires (its
// non-optional word elements) must occur among the sentence's tokens. One hash lookup per
// token instead of trying each rule at each position.
struct Anchors {
  // Each rule's required literals (its first 64 non-optional word elements), each as its
  // exact alternatives (vocabulary ids) and prefix alternatives (PrefixSet ids), in flat
  // arrays: rule r's elements are elems[elem_at[r], elem_at[r+1]), element k's ids are
  // [vid_at[k], vid_at[k+1]) and [pid_at[k], pid_at[k+1]). Rules that require the same
  // alternatives share one element, so a sentence tests each set once.
  std::vector<std::uint32_t> elem_at, elems, vid_at, pid_at, vids, pids;
  // One element per rule is its anchor (the one least likely to be a common word): a rule
  // is looked at only in sentences holding one of its anchor's words.
  std::vector<std::uint32_t> prefix_at, prefix_rules;  // by PrefixSet id -> rules
  // Element-to-rule index turned around for the tokens: the elements that hold each
  // vocabulary id / PrefixSet id among their alternatives (elements ascending), so that a
  // sentence marks the elements its words satisfy once, instead of each candidate rule
  // scanning its elements' alternatives.
  std::vector<std::uint32_t> pid_elems_at, pid_elems;
  // By vocabulary id v, both lists in one: the rules v anchors are
  // vid_refs[vid_at_refs[v].at, vid_at_refs[v].split), the elements that hold v the rest up
  // to vid_at_refs[v + 1].at. (A token's word costs viable() one miss in the cache for
  // where its lists are and one for the lists, not one per array.)
  struct VidRefs {
    std::uint32_t at = 0, split = 0;
  };
  std::vector<VidRefs> vid_at_refs;
  std::vector<std::uint32_t> vid_refs;
  std::vector<std::size_t> always;  // rules that require no literal
  // Rule r's elements that its match reads are elems[elem_at[r], match_end[r]); the rest
  // (its context) comes before the match.
  std::vector<std::uint32_t> match_end;
  std::size_t nrules = 0;

  void build(const std::vector<Rule>& rules, const std::unordered_map<std::string, std::uint32_t>& vocab,
             std::size_t nprefix);

  // Per-thread state of viable(): the sentence that last held each word id, prefix id and
  // candidate rule.
  struct Scratch {
    std::vector<std::uint32_t> vstamp, pstamp, rstamp;
    std::vector<std::uint32_t> estamp;  // element k occurs in the sentence when estamp[k] is its epoch
    std::vector<std::uint32_t> elast;   // ... and its last token there is elast[k]
    std::uint32_t epoch = 0;
  };

  // Indices (ascending) of the rules whose required literals all occur in toks[tb, te)
  // (`prefixes`: the PrefixSet the rules' prefix ids are of).
  void viable(const std::vector<Token>& toks, std::size_t tb, std::size_t te, const PrefixSet& prefixes,
              Scratch& sc, std::vector<std::size_t>& out) const;

  // The last token at which a match of rule r can start in the sentence of the latest
  // viable() call (r one of its rules): a match reads its elements left to right from
  // its start, so it starts at or before the last token of each literal it requires
  // (SIZE_MAX when it requires none).
  std::size_t last_start(std::size_t r, const Scratch& sc) const {
    std::size_t last = SIZE_MAX;
    for (auto i = elem_at[r]; i < match_end[r]; ++i) last = std::min<std::size_t>(last, sc.elast[elems[i]]);
    return last;
  }

  // by_id[i] as one array: the entries of id i are refs[at[i], at[i+1]).
  static void flatten(const std::vector<std::vector<std::uint32_t>>& by_id, std::vector<std::uint32_t>& at,
                      std::vector<std::uint32_t>& refs);
};

// Where a relation rule can start: at a plain token, at a mention, or both.
constexpr std::uint8_t kStartsAtTok = 1, kStartsAtMention = 2;
// Token flag beside the word classes: a word some relation rule uses as a literal ("entity",
// "list"): a common word, so a capitalised run of such words names nothing ("Entity List").
inline constexpr std::uint64_t kRuleWord = std::uint64_t{1} << 63;
// Token flag: the first word of an opinion cue (blockers.before), where a cue can open.
inline constexpr std::uint64_t kBeforeCueWord = std::uint64_t{1} << 62;
static_assert(static_cast<unsigned>(Words::Count) < 62, "word classes, kRuleWord and kBeforeCueWord share Token::flags");

// The index of a rule set and a lexicon, rebuilt whenever either grows.
struct RuleIndex {
  std::unordered_map<std::string, std::uint32_t> vocab;
  PrefixSet prefixes;
  WordTable words;                        // vocabulary ids, prefix nodes and class flags by folded key
  std::vector<std::uint8_t> rule_starts;  // per relation rule: kStartsAtTok | kStartsAtMention
  // What the relation loop tests of a rule before it looks at the rule itself: its flags
  // and its first element's, in one small array (a Rule and its elements are far apart).
  struct RuleStart {
    std::uint32_t types = 0;  // the first element's
    El kind = El::Lit;
    bool optional = false, prev = false, demonym = false, entity = true;
    bool fronted = false, opens = false;
  };
  std::vector<RuleStart> starts;  // per relation rule
  std::vector<std::string> moving_rules;  // ids of the relation rules that say a person moved (sorted)
  // Relation rules whose first element is a required word, by that word: a token can
  // start only the rules of its vocabulary id and of the prefix ids on its path (flat
  // arrays as in Anchors; rules ascending). first_word[r]: rule r is one of them.
  std::vector<std::uint32_t> first_exact_at, first_exact_rules, first_prefix_at, first_prefix_rules;
  std::vector<std::uint8_t> first_word;
  Anchors anchors, discovery_anchors;
  // Phrases as token keys (keyed once all the rule files are in: their elisions count).
  std::vector<std::vector<std::string>> before_cues;   // blockers.before
  std::vector<std::vector<std::string>> conjunctions;  // conjunctions of several words
  // blockers.span phrases, and the first words that block only as one of them
  std::vector<std::vector<std::string>> span_phrases;
  std::unordered_set<std::string> phrase_only_blockers;
  bool idiom_heads = false;  // blockers.idiom_heads given: only those blockers form idioms with a closer
  // Quick reject for a conjunction phrase at a token: the first bytes and the lengths (bit
  // min(len, 63)) of the phrases' first keys.
  std::bitset<256> conjunction_first;
  // Quick reject for an opinion cue at a token: the cues' first keys are flagged
  // kBeforeCueWord (a cue opening with an empty key, never in practice, may start anywhere).
  bool before_cue_anywhere = false;
  bool may_open_before_cue(const Token& t) const { return before_cue_anywhere || (t.flags & kBeforeCueWord); }
  std::uint64_t conjunction_lens = 0;
  bool may_open_conjunction(const std::string& key) const {
    return key.empty() || ((conjunction_lens & (std::uint64_t{1} << std::min<std::size_t>(key.size(), 63))) &&
           conjunction_first.test(static_cast<unsigned char>(key[0])));
  }

  // Gives every rule literal its ids (and each rule its passive flag), every listed word
  // its flags, and indexes the trie's root by vocabulary id.
  void build(RuleSet& rules, Trie& trie);

  // Sets each token's vocabulary id, prefix node and flags.
  void tag(std::vector<Token>& toks) const;
};

}  // namespace kg::extract::detail
