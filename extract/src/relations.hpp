// Relation rules over one sentence: each rule its words make viable is tried from each
// item it can start at; a match that nothing blocks emits its triples.
#pragma once

#include <cstddef>
#include <vector>

#include "emit.hpp"
#include "items.hpp"
#include "matcher.hpp"
#include "name_lists.hpp"
#include "rule_index.hpp"
#include "rules.hpp"

namespace kg::extract::detail {

class RelationRules {
 public:
  RelationRules(const RuleSet& rules, const RuleIndex& index, const DocEntities& ents, const std::vector<Token>& toks)
      : rules_(rules), index_(index), ents_(ents), toks_(toks) {}

  // The sentence toks[tb, te) as `items`; `doc_mentions` are the document's mentions so far
  // (for pronoun slots); `fronted` the item of a description after a fronted clause;
  // `no_topic`: the sentence opens with a description of no clear referent, so no slot
  // takes the document's topic ("The fledgling firm raised $2bn in a round led by X").
  void run(const std::vector<Item>& items, std::size_t tb, std::size_t te, const std::vector<Mention>& doc_mentions,
           std::size_t fronted, bool no_topic, Emitter& em);

 private:
  // the relation rules (run's first part)
  void match_rules(const std::vector<Item>& items, std::size_t tb, std::size_t te,
                   const std::vector<Mention>& doc_mentions, std::size_t fronted, bool no_topic, Emitter& em);
  bool is_person(const Item& it) const;
  // "P1, Chairman of Purdue Research Foundation P2": whether a person is named from item
  // `from` on before the next comma, stop or conjunction (within 12 items): the title
  // before it is that person's, not an apposition of the name before the comma
  bool person_before_comma(const std::vector<Item>& items, std::size_t from) const;
  // "Alongside SoftBank sat NVentures, Macquarie Capital and 1789 Capital": in a sentence
  // about a round (a funding cue, or two investors' names), the companies and bodies of a
  // list holding an investor's name ("X Ventures") invest in the deal company (the latest
  // deal mark's S). Lists are names joined by commas, conjunctions and short appositions.
  void investor_lists(const std::vector<Item>& items, std::size_t tb, std::size_t te,
                      const std::vector<Mention>& doc_mentions, Emitter& em);
  // "Uber aims to compete with Lyft and Tesla", "Google veut se repositionner face à Amazon
  // et Microsoft": a list right after a rivalry word (rival_cues) names rivals of the
  // company, model or product nearest before it (the document's topic if there is none), of
  // its kind (companies with companies, models and products with models and products).
  void rival_lists(const std::vector<Item>& items, std::size_t tb, std::size_t te,
                   const std::vector<Mention>& doc_mentions, Emitter& em);
  // "dozens of Chinese companies, including Huawei and SMIC", "US tech giants like A and B":
  // a list of companies and bodies right after an example cue (example_cues) whose noun
  // phrase before it holds a demonym, or a country's name used as one, are based there.
  void demonym_lists(const std::vector<Item>& items, Emitter& em);
  // "Alibaba operates several subsidiaries, including Ant Group and Lazada", "Iliad détient
  // plusieurs filiales, dont Free et Scaleway": a list of companies and bodies right after a
  // unit word (unit_cues) names units of the company or body nearest before it (part_of).
  void unit_lists(const std::vector<Item>& items, std::size_t tb, std::size_t te, Emitter& em);
  // Whether item `s` comes right after a quotation that opens the sentence ("\"...,\" CEO X said").
  bool after_opening_quote(const std::vector<Item>& items, std::size_t s) const;
  // The lexicon's maker of `thing` (a company named for its models is theirs); -1 if none.
  int maker_of(int thing) const;
  // Whether that maker is neither `company` nor related to it (parent, unit, first word).
  bool made_by_another(int company, int thing) const;
  // Whether the document's mentions hold `entity` (a mention of each name, pass 1).
  static bool named_in(const std::vector<Mention>& doc_mentions, int entity);
  // Whether no word of the sentence has one of the `blockers` flags (negation, modality);
  // `cue` tells whether one has one of the `cues` flags.
  bool unblocked(const std::vector<Item>& items, std::uint64_t blockers, std::uint64_t cues, bool& cue) const;
  // Whether a list follows an owner's participle and "by" ("owned by Saudi Arabia's PIF").
  bool owned_list(const std::vector<Item>& items, const NameList& l) const;
  // The name of one of `types` nearest before list `l`, no member of it; -1 if none.
  int nearest_before(const std::vector<Item>& items, const NameList& l, std::uint32_t types) const;
  // The companies the document named before token `tb`, with their counts (named_before).
  std::vector<std::pair<int, int>> companies_named(const std::vector<Mention>& doc_mentions, std::size_t tb) const;
  // Of those, the one named most, twice at least; -1 if none.
  int topic_of(const std::vector<std::pair<int, int>>& counts) const;
  // The company the document named most before token `tb`, twice at least; -1 if none.
  int topic_company(const std::vector<Mention>& doc_mentions, std::size_t tb) const;
  // Whether `company` is the document's company before token `tb`: its topic, or the only
  // company it named so far.
  bool document_company(const std::vector<Mention>& doc_mentions, std::size_t tb, int company) const;
  // The referent of the description or pronoun that is the sentence's first mention
  // (coreference), if of one of `types`; -1 otherwise.
  int opening_coref(const std::vector<Item>& items, std::uint32_t types) const;
  // Whether a word of `cues` follows the first mention of `entity` before the next mention.
  bool cue_before_next_name(const std::vector<Item>& items, int entity, std::uint64_t cues) const;
  // Whether list `l` is followed by a trailer word and a word with one of the `cues`
  // flags ("A, B and C (brackets) are among the funders", "figurent parmi les investisseurs").
  bool trailed(const std::vector<Item>& items, const NameList& l, std::uint64_t cues) const;
  // The item after the first word with one of the `flags` among items [from, ...), reached
  // over at most `words` lower-case words (and a bracketed aside at `from`); 0 if none.
  std::size_t word_after(const std::vector<Item>& items, std::size_t from, std::uint64_t flags, std::size_t words) const;
  // Whether a word with one of the `words` flags follows list `l`, right after it or after
  // one or two lower-case words ("Sony, NTT, and KDDI (also) participated").
  bool followed_by(const std::vector<Item>& items, const NameList& l, std::uint64_t words) const;
  const RuleSet& rules_;
  const RuleIndex& index_;
  const DocEntities& ents_;
  const std::vector<Token>& toks_;
  // kept from sentence to sentence (their capacity)
  std::vector<std::size_t> viable_, viable_tok_, viable_ment_;
  // the viable rules that start with a required word (marked by sentence) and the other
  // viable rules that can start at a token; the rules a token can start
  std::vector<std::uint32_t> word_mark_;
  std::uint32_t word_epoch_ = 0;
  std::vector<std::size_t> free_tok_, starts_, at_tok_;
  std::vector<std::size_t> last_start_;  // by viable rule: Anchors::last_start
  Match m_;
  int deal_company_ = -1;  // the latest company a deal mark named (Rule::marks_deal)
  std::size_t sentence_ = 0, deal_sentence_ = 0;  // sentences run so far; the one that named the deal
  std::vector<int> const_ids_[3];
  // The entities of one slot of the current match: its fillers, or the rule's lexicon name.
  const std::vector<int>& filled(const Rule& r, int slot);
};

}  // namespace kg::extract::detail
