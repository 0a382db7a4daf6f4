// The matcher: one rule's pattern against a sentence's items, from a given item on
// (greedy lists of coordinated names, nearest gaps, skipped appositions).
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "items.hpp"
#include "rule_index.hpp"
#include "rules.hpp"

namespace kg::extract::detail {

struct Match {
  std::vector<int> slots[3];
  bool slot_prev[3] = {false, false, false};
  bool slot_coref[3] = {false, false, false};
  std::size_t first = SIZE_MAX, last = 0;  // item range
  std::vector<std::pair<std::size_t, std::size_t>> name_spans;  // Name slot token range
  std::size_t aside_a = 0, aside_b = 0;  // a skipped apposition [a, b): its words say nothing of the match
};

class Matcher {
 public:
  // `index`: the rules' (the rules matched must be indexed by it); `doc_mentions`: the
  // document's mentions so far, for slots filled by a pronoun's referent.
  Matcher(const std::vector<Item>& items, const std::vector<Token>& toks, const DocEntities& ents,
          const RuleIndex& index, const std::vector<Mention>& doc_mentions)
      : items_(items), toks_(toks), ents_(ents), index_(index), doc_mentions_(doc_mentions) {}

  // Whether `rule` can start at item `start` at all: the test its first element makes
  // first, without setting up a match.
  // Whether a token before item `end` is one of a literal element's words (a rule's
  // context that must come before its match: Rule::context_before).
  bool literal_before(const Elem& e, std::size_t end) const {
    for (std::size_t k = 0; k < end && k < items_.size(); ++k)
      if (items_[k].kind == ItemKind::Tok && lit_ok(e, toks_[items_[k].tb])) return true;
    return false;
  }
  bool may_start(const Rule& rule, std::size_t start) const {
    const Elem& e = rule.elems.front();
    switch (e.kind) {
      case El::Lit:
        return e.optional || (start < items_.size() && items_[start].kind == ItemKind::Tok &&
                              lit_ok(e, toks_[items_[start].tb]));
      case El::Slot:
        return e.prev || (start < items_.size() && fills(e, items_[start], &rule));
      case El::Name:
        return name_token_ok(start, true);
      default:
        return true;
    }
  }

  // No slot of this sentence takes the document's topic (its subject is unclear).
  void set_no_topic(bool v) { no_topic_ = v; }
  // the company whose deal the document reports (a deal mark's S), -1 if none yet: a
  // =topic slot's referent before the document's most named company
  void set_deal(int entity) { deal_ = entity; }
  // The sentence is a headline (names.hpp): its capitals are no names, a rule reads none.
  void set_headline(bool v) { headline_ = v; }

  // First match of `rule` starting at item `start` (greedy lists, nearest gaps).
  bool match_at(const Rule& rule, std::size_t start, Match& m) {
    rule_ = &rule;
    for (auto& v : m.slots) v.clear();
    m.slot_prev[0] = m.slot_prev[1] = m.slot_prev[2] = false;
    m.slot_coref[0] = m.slot_coref[1] = m.slot_coref[2] = false;
    m.first = SIZE_MAX;
    m.last = 0;
    m.name_spans.clear();
    m.aside_a = m.aside_b = 0;
    auto& bufs = scratch();
    if (bufs.size() < rule.elems.size()) bufs.resize(rule.elems.size());  // not during step()
    return step(0, start, m);
  }

 private:
  const std::vector<Item>& items_;
  const std::vector<Token>& toks_;
  const DocEntities& ents_;
  const RuleIndex& index_;
  const std::vector<Mention>& doc_mentions_;
  const Rule* rule_ = nullptr;
  bool no_topic_ = false;
  int deal_ = -1;
  bool headline_ = false;

  bool lit_ok(const Elem& e, const Token& t) const {
    if (t.vid) {
      if (e.alt_vids.size() > 8) {
        if (std::binary_search(e.alt_vids.begin(), e.alt_vids.end(), t.vid)) return true;
      } else {
        for (auto v : e.alt_vids)
          if (v == t.vid) return true;
      }
    }
    if (!e.has_prefix || !t.pnode) return false;
    for (auto pid : index_.prefixes.ids_on_path(t.pnode))
      for (auto a : e.alt_pids)
        if (a == pid) return true;
    return false;
  }
  // (`rule`: the rule the slot is of, when not the one being matched)
  bool fills(const Elem& e, const Item& it, const Rule* rule = nullptr) const {
    if (it.kind == ItemKind::Demonym) return e.demonym;
    if (it.kind != ItemKind::Mention || !e.entity) return false;
    if (!rule) rule = rule_;
    if (rule && rule->known && ents_.get(it.entity).open) return false;
    return e.types == 0 || ents_.get(it.entity).fits(e.types);
  }
  bool is_tok(std::size_t i, std::string_view key) const {
    return i < items_.size() && items_[i].kind == ItemKind::Tok && key_is(toks_[items_[i].tb].key, key);
  }
  void note(Match& m, std::size_t a, std::size_t b) const {
    m.first = std::min(m.first, a);
    m.last = std::max(m.last, b);
  }

  // Scratch of one rule element, kept per thread between calls so that trying a slot
  // allocates nothing; step() never re-enters an element, so one buffer per element index.
  struct ListBuf {
    std::vector<int> ids, flat;                            // working list; all candidates' ids
    std::vector<std::array<std::size_t, 3>> cands;         // (end, offset in flat, count)
    std::vector<int> saved;                                // the slot's earlier content
    void push(std::size_t end) {
      cands.push_back({end, flat.size(), ids.size()});
      flat.insert(flat.end(), ids.begin(), ids.end());
    }
  };
  static std::vector<ListBuf>& scratch() {
    thread_local std::vector<ListBuf> bufs;
    return bufs;
  }


  // Coordinated fillers starting at i: "A, B et C", "A and the B", as candidates (end,
  // ids) in b.cands from longest to shortest.
  void lists(const Elem& e, std::size_t i, ListBuf& b) const;
  // After a verb rule's leading name (its subject, or the grammatical subject of "O raised
  // ... from S"), an apposition set off by commas (", the co-founder
  // of Y,", ", ancien directeur de Y,", ", which backed Y,", ", de son côté,"): the item after
  // its closing comma, or 0. It opens with a determiner, a relative or a "former" word.
  std::size_t apposition_end(std::size_t ei, std::size_t end, std::size_t from) const;
  // The item after the first conjunction among the `reach` items from `from`, before the
  // sentence's next stop (SIZE_MAX if none).
  std::size_t next_conjunction(std::size_t from, std::size_t reach) const;
  // A conjunction among the ten items from `from`, before the sentence's next stop.
  bool conjunction_ahead(std::size_t from) const;
  // a conjunction ahead reached over a list's names, commas and their determiners only
  bool list_conjunction_ahead(std::size_t from) const;
  bool person_opens(const Elem& e, std::size_t k) const;
  // A list from `from` that ends with a conjunction's member and a comma (", B, and C,"):
  // a list inside an apposition, not the outer list going on.
  bool closed_list_ahead(std::size_t from) const;
  // A passive rule ("O ... developed by S", "O ... fondée par S") describes its first slot.
  bool passive_rule() const { return rule_->passive; }  // set by build_vocab

  bool name_token_ok(std::size_t i, bool first) const {
    if (i >= items_.size() || items_[i].kind != ItemKind::Tok) return false;
    const Token& t = toks_[items_[i].tb];
    if (t.kind != TokKind::Word || t.key == kPossessive) return false;
    if (headline_ || (t.flags & (kNameStop | kNotName))) return false;
    if (first) return t.upper;
    bool digit = false;
    for (char c : t.key) digit = digit || (c >= '0' && c <= '9');
    return t.upper || digit;
  }

  bool step(std::size_t ei, std::size_t ii, Match& m);
  // The entity of a slot filled by reference: the latest mention of a fitting type before
  // token `before_tok`, or the document's topic (its most named one); -1 if none.
  int nearest(const Elem& e, std::size_t before_tok) const;
  // The name that opens the sentence (after connectors and punctuation), if it fits; -1 if none.
  int sentence_subject(const Elem& e) const;
  // whether the sentence's first name is followed by an investor verb (investor_verbs)
  bool subject_invests() const;
  // The names coordinated after a list's first name (N*), added to m.name_spans.
  std::size_t name_list(std::size_t k, Match& m) const;
  // Whether the apposition starting at item `at` names several ("co-founders of").
  bool plural_apposition(std::size_t at) const;
  // The item after the ")" that closes the "(" at item `open` (within 40 items), or 0.
  std::size_t bracket_end(std::size_t open) const;
  std::size_t dash_aside_end(std::size_t open) const;
  // Whether the aside opened at item `open` starts with a word ("(formerly of X)", "(Chief
  // Scientist)"), not a name or a figure ("(Tunisie)", "(28,7 %)").
  bool described_aside(std::size_t open) const;
  // The item after a title at item i ("Professor", "Dr." before a name), else i: the name
  // after it is a mention, or (`unknown`) a capitalised word the lexicon does not know.
  std::size_t past_honorific(std::size_t i, bool unknown = false) const {
    if (!flagged(i, kHonorific) || !toks_[items_[i].tb].upper) return i;
    const std::size_t n = is_tok(i + 1, ".") ? i + 2 : i + 1;
    return n < items_.size() && (items_[n].kind == ItemKind::Mention || (unknown && name_token_ok(n, true))) ? n : i;
  }
  // "Amazon founder Bezos", "the Lidl owner Schwarz group", "venture capital firms Thrive
  // Capital": inside a list, the name a descriptor gives (its item), else i.
  std::size_t described(std::size_t i) const {
    std::size_t k = i;
    if (flagged(k, kCoordDeterminer)) ++k;
    if (k + 1 < items_.size() && items_[k].kind == ItemKind::Mention && items_[k + 1].kind == ItemKind::Tok) ++k;
    // the descriptor is the last word, or the one before a complement ("le fonds
    // d'investissement Blue Owl"); not "fondateur d'Iliad", "partners include X"
    std::size_t last = 0, words = 0, noun = SIZE_MAX;
    for (; k < items_.size() && words < 4 && items_[k].kind == ItemKind::Tok; ++k, ++words) {
      const Token& t = toks_[items_[k].tb];
      if (t.kind != TokKind::Word || !t.all_lower || t.key == kPossessive) return i;  // "India's giant X": its own place
      // "Kestrel et le fonds Norvex": a name before a conjunction is a member, not an owner
      if (t.flags & kConjunction) return i;
      if (t.flags & kDescriptor) noun = k;
      last = k;
    }
    if (noun == SIZE_MAX) return i;
    if (noun != last && !(noun + 2 == last && (is_tok(noun + 1, "d'") || is_tok(noun + 1, "de")) &&
                          toks_[items_[last].tb].key.size() > 3))
      return i;
    // "l'incubateur américain Y Combinator": a demonym after the descriptor
    if (noun == last && k < items_.size() && items_[k].kind == ItemKind::Demonym) ++k;
    return k < items_.size() && items_[k].kind == ItemKind::Mention ? k : i;
  }
  // A name and "'s" at item i, a name after them ("Jeff Yass' Susquehanna International Group").
  bool possessor(std::size_t i) const {
    return i + 2 < items_.size() && items_[i].kind == ItemKind::Mention && is_tok(i + 1, kPossessive) &&
           items_[i + 2].kind == ItemKind::Mention;
  }
  // ... whose owner is a country ("South Korea's AFW Partners").
  // Whether the mention at item i is glued to a hyphen suffix ("Nvidia-backed Figure AI"):
  // it describes the name after it
  bool hyphen_modifier(std::size_t i) const {
    if (i + 1 >= items_.size() || items_[i].kind != ItemKind::Mention || items_[i + 1].kind != ItemKind::Tok) return false;
    const Token& s = toks_[items_[i + 1].tb];
    return s.key.size() > 1 && s.key[0] == '-' && s.all_lower && s.start == toks_[items_[i].te - 1].end;
  }
  // Whether the rule being matched is about places (a demonym or a country slot)
  bool place_rule() const {
    return std::any_of(rule_->elems.begin(), rule_->elems.end(),
                       [](const Elem& x) { return x.demonym || (x.types & type_bit(EntityType::Country)); });
  }
  bool country_possessor(std::size_t i) const {
    return possessor(i) && ents_.get(items_[i].entity).type == EntityType::Country;
  }
  int topic(const Elem& e, std::size_t before_tok) const;
  bool flagged(std::size_t i, std::uint64_t flags) const {
    return i < items_.size() && items_[i].kind == ItemKind::Tok && (toks_[items_[i].tb].flags & flags);
  }
};

// Conjunctions ("and", "et", "ainsi que") among a sentence's items: the number of items of
// the one that starts at item `i`, or of the one that ends right before it (0: none).
std::size_t conjunction_phrase_at(const std::vector<Item>& items, const std::vector<Token>& toks,
                                  const RuleIndex& index, std::size_t i);
inline std::size_t conjunction_at(const std::vector<Item>& items, const std::vector<Token>& toks,
                                  const RuleIndex& index, std::size_t i) {
  if (i >= items.size() || items[i].kind != ItemKind::Tok) return 0;
  // a phrase of several words first ("ou encore", not "ou" then a word "encore")
  const std::size_t phrase = index.conjunctions.empty() ? 0 : conjunction_phrase_at(items, toks, index, i);
  if (phrase) return phrase;
  return (toks[items[i].tb].flags & kConjunction) ? 1 : 0;
}
std::size_t conjunction_before(const std::vector<Item>& items, const std::vector<Token>& toks, const RuleIndex& index,
                               std::size_t i);

}  // namespace kg::extract::detail
