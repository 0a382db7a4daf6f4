// Rule loading: the patterns of the rule files (extract/rules/README.md) and the word
// classes they declare.
#pragma once

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kg/model.hpp"
#include "text_units.hpp"

namespace kg::extract::detail {

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

// ---- rule files ----------------------------------------------------------------------------
// Definite descriptions and pronouns that open a sentence ("The company", "La société",
// "It", "Elle") and the types of the earlier entity they stand for.
struct Coref {
  Rule pattern;  // literals only
  std::uint32_t types = 0;
};

struct Blockers {
  std::unordered_set<std::string> span;          // inside a match: negation, modality
  std::vector<std::vector<std::string>> before;  // anywhere before the match: opinion cues
};

// Everything the rule files loaded so far say, in file order.
struct RuleSet {
  std::vector<Rule> rules;      // relation rules
  std::vector<Rule> discovery;  // cue rules naming unknown entities
  std::vector<Coref> corefs;
  std::unordered_map<std::string, std::string> macros;
  Blockers blockers;
  BoilerplateRules boilerplate;
  std::unordered_set<std::string> name_stop;
  std::unordered_set<std::string> coref_lead;  // words that may come before a description: "but", "mais"
  std::unordered_set<std::string> org_heads_last, org_heads_first;  // "X Research Institute", "Université X"

  // Adds one rule file. InputError naming `source` (and the rule) on malformed content.
  void add(std::string_view json, const std::string& source);
};

}  // namespace kg::extract::detail
