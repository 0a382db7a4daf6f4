// Coreference: a definite description or pronoun that opens a sentence ("The company",
// "La société", "It", "Elle") becomes a mention of the one earlier entity it can stand for:
// the nearest earlier sentence (up to 3 back) with entities of a fitting type gives it if
// it holds only one, or if the first opens that sentence (its subject). After a fronted
// participle clause ("Fondée en 2023 par X, l'entreprise ...") or a short phrase naming nothing
// ("Sept ans après son lancement, la start-up ...") only the subject that opened
// two of the last three sentences, or the document's topic, will do. With no clear referent
// nearby, a company description stands for the document's clear topic (named three times
// at least, twice as often as any other); one inside a sentence with a demonym, for the one company
// of that country the document named. Anything less clear stays unresolved (precision first).
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "items.hpp"
#include "rule_index.hpp"
#include "rules.hpp"

namespace kg::extract::detail {

class Coreference {
 public:
  Coreference(const std::vector<Coref>& corefs, const RuleIndex& index, const std::vector<Token>& toks,
              const DocEntities& ents);

  // Before a sentence's rules: replaces the description or pronoun opening `items` by a
  // mention of its referent (Item::coref), if it has one clear referent; and a description
  // marked "inside" further in the sentence ("Google invested $300m in the company") by
  // the document's topic (its most named entity of a fitting type), unless the sentence
  // named the topic before it.
  void resolve(std::vector<Item>& items);
  // What resolve() found besides: (referent, country) for a resolved description with a
  // demonym ("The South Korean group", "le groupe américain": based_in that country) ...
  const std::vector<std::pair<int, int>>& based() const { return based_; }
  // ... and the item of a description after a fronted clause (SIZE_MAX if none), and
  // whether the sentence opens with a description of no clear referent.
  std::size_t fronted() const { return fronted_; }
  bool opening_unresolved() const { return opening_unresolved_; }

  // After a sentence: its entities, and which open it, for the sentences that follow.
  void record(const std::vector<Item>& items);

 private:
  const std::vector<Coref>& corefs_;
  const RuleIndex& index_;
  const std::vector<Token>& toks_;
  const DocEntities& ents_;
  const std::vector<Mention> no_mentions_;
  std::vector<std::vector<std::pair<int, bool>>> sent_ents_;  // per sentence: (entity, opens it)
  std::vector<std::pair<int, int>> named_;  // (entity, mentions so far), in order of first mention
  // (entity, sentence) of the latest name given as a young company ("her start-up, X")
  std::pair<int, std::size_t> startup_{-1, 0};
  std::vector<const Coref*> inside_;  // the corefs that may stand inside a sentence, in file order
  std::vector<std::uint32_t> inside_heads_;  // vocabulary ids of the head nouns of "inside" descriptions (sorted)
  std::vector<std::pair<int, int>> based_;
  std::size_t fronted_ = SIZE_MAX;
  bool opening_unresolved_ = false;  // the sentence opens with a description of no clear referent

  // The document's topic for a description: the first entity of a fitting type that
  // opens a sentence (the headline's subject, usually).
  int doc_topic(std::uint32_t types) const;
  // The entity of a fitting type the earlier sentences named most (the first of them on a tie).
  int most_named(std::uint32_t types) const;
  // The entity of a fitting type the earlier sentences named most, if it clearly leads:
  // named three times at least, and at least twice as often as any other; else -1.
  int dominant(std::uint32_t types) const;
  // The one entity of a fitting type the earlier sentences named whose lexicon country is
  // that of the demonym of the description [a, b] ("cette entreprise sud-coréenne"); -1 if
  // the description has none, or no such entity or several.
  int by_country(const std::vector<Item>& its, std::size_t a, std::size_t b, std::uint32_t types) const;
  // How often `entity` was named in the earlier sentences.
  int times_named(int entity) const;
  void resolve_opening(std::vector<Item>& items);
  void resolve_inside(std::vector<Item>& items);
  // Replaces items [a, b] by a mention of `entity` standing for them; notes a demonym in
  // or right after them (based()).
  void replace(std::vector<Item>& items, std::size_t a, std::size_t b, int entity);
  // The demonym in items [a, b] or right after them (replace() notes it); -1 if none.
  std::size_t demonym_at(const std::vector<Item>& items, std::size_t a, std::size_t b) const;
  // Whether the description [a, b] names, by its demonym, a country other than the one
  // the lexicon gives `entity` ("le géant américain" is not SK hynix, a South Korean company).
  bool other_country(const std::vector<Item>& items, std::size_t a, std::size_t b, int entity) const;
};

}  // namespace kg::extract::detail
