// Emission: what becomes a triple. The schema's type check, one triple per fact and
// document, evidence (the sentence), facts the lexicon states through a name, the
// blockers of a match (negation, modality, reported opinion), and the most specific
// relation of a sentence.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "items.hpp"
#include "kg/extract/extractor.hpp"
#include "matcher.hpp"
#include "rules.hpp"

namespace kg::extract::detail {

// Whether the sentence toks[tb, te) asks a question (its last mark, quotes aside, is "?").
bool is_sentence_question(const std::vector<Token>& toks, std::size_t tb, std::size_t te);

class Emitter {
 public:
  Emitter(const Document& doc, const DocEntities& ents, const RuleSet& rules, std::vector<Finding>& out)
      : doc_(doc), ents_(ents), rules_(rules), out_(out) {}
  // The sentence (bytes [start, end) of the text) the next triples are evidenced by.
  void sentence(std::size_t start, std::size_t end);
  // `s p o` from rule `rule_id` (matched span [span_a, span_b)), unless the schema refuses
  // their types or the document said it already; a discovered name lowers `conf`. A
  // generic chip made by its maker becomes that maker's chips ("les puces de Nvidia":
  // maker_chip_suffixes); nobody develops a common noun.
  void emit(const std::string& rule_id, double conf, int s, Predicate p, int o, std::size_t span_a,
            std::size_t span_b);
  // Whether an earlier sentence of the document gave `s p` another object than `o` ("Baek
  // Sang-yup, CEO of Kakao Enterprise ... CEO Baek said": the bare title restates that post).
  bool stated_other(int s, Predicate p, int o) const;

 private:
  const Document& doc_;
  const DocEntities& ents_;
  const RuleSet& rules_;
  std::vector<Finding>& out_;
  // (subject, predicate, object) -> the start of the sentence that first said it
  std::map<std::tuple<std::string, int, std::string>, std::size_t> seen_;
  std::size_t s_start_ = 0, s_end_ = 0;
};

// Facts stated by a name and the lexicon: "Saudi Aramco" (a word of the name names its
// country: lexicon.name_country), "Deepseek V3" (the name holds its maker's: lexicon.maker),
// a thing whose lexicon maker the sentence (lexicon.maker_named) or the document so far
// (`doc_mentions`: lexicon.maker_in_doc, unless the sentence toks[tb, te) reports an opinion)
// names.
void lexicon_facts(const std::vector<Item>& items, const std::vector<Token>& toks, std::string_view text,
                   const DocEntities& ents, const RuleSet& rules, const std::vector<Mention>& doc_mentions,
                   const RuleIndex& index, std::size_t tb, std::size_t te, Emitter& em);

// Whether an opinion or prediction cue (blockers.before) is among toks[tb, upto).
bool opinion_before(const RuleIndex& index, const std::vector<Token>& toks, std::size_t tb, std::size_t upto);

// Whether a match of rule `r` in the sentence starting at token `tb` is blocked: a span
// blocker or one of the rule's `unless` words inside it (a skipped apposition aside), a
// "former" word of its `unless` right before it, or (unless the rule is nominal) an
// opinion cue (blockers.before) before it.
bool blocked(const Match& m, const Rule& r, const RuleIndex& index, const std::vector<Item>& items,
             const std::vector<Token>& toks, std::size_t tb);

// "P, an engineer at Y, moved to X": a fact of a rule in `moving_rules` (sorted ids) makes the
// positions the same sentence gives the person elsewhere (works_at, leads) former ones.
void end_left_positions(std::vector<Finding>& out, const std::vector<std::string>& moving_rules);

// The most specific relation wins within a sentence: "X, the chief executive of Y" says X
// leads Y, not also that X works at Y; a former position ("démis", "former") ends a
// current one; a founder is no employee.
void keep_most_specific(std::vector<Finding>& out);

}  // namespace kg::extract::detail
