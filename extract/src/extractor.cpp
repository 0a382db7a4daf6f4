// The extractor: the loaded data (lexicon, rules, their index) and extract(), the
// pipeline of one document over the stages of extract/src/ (see extractor.hpp).
#include "kg/extract/extractor.hpp"

#include "coref.hpp"
#include "emit.hpp"
#include "items.hpp"
#include "kg/io.hpp"
#include "lexicon.hpp"
#include "mentions.hpp"
#include "relations.hpp"
#include "rule_index.hpp"
#include "rules.hpp"
#include "text_units.hpp"

namespace kg::extract {
using namespace detail;

struct Extractor::Impl {
  Lexicon lexicon;
  RuleSet rules;
  RuleIndex index;  // of both: rebuilt when either grows (once, after the last file, in make_extractor)
  bool batch = false;  // make_extractor is adding files: it builds the index once at the end

  void add_lexicon(std::string_view json, const std::string& source) {
    lexicon.add(json, source, rules.text);
    if (!batch) index.build(rules, lexicon.trie);
  }
  void add_rules(std::string_view json, const std::string& source) {
    const std::size_t elisions = rules.text.elisions.size(), suffixes = rules.text.hyphen_suffixes.size(),
                      prefixes = rules.text.hyphen_prefixes.size(), ampersands = rules.text.ampersand_words.size();
    rules.add(json, source);
    // names already in the trie were tokenized without the new elisions
    if ((rules.text.elisions.size() != elisions || rules.text.hyphen_suffixes.size() != suffixes ||
         rules.text.hyphen_prefixes.size() != prefixes || rules.text.ampersand_words.size() != ampersands) &&
        !lexicon.entities.empty())
      lexicon.rekey(rules.text);
    if (!batch) index.build(rules, lexicon.trie);
  }
  std::vector<Finding> extract(const Document& doc, std::vector<Dropped>* dropped) const;
};

std::vector<Finding> Extractor::Impl::extract(const Document& doc, std::vector<Dropped>* dropped) const {
  std::vector<Finding> out;
  const std::string_view text = doc.text;

  // Tokens and sentences of the text that is no boilerplate. Tokens go straight into one
  // per-thread buffer (its capacity kept between documents).
  thread_local std::vector<Token> toks;
  toks.clear();
  SentenceRanges sents;
  kept_sentences(text, rules.text, toks, sents, dropped);
  index.tag(toks);

  // Pass 1: the names of the document (lexicon, discovery cues, head nouns, short names).
  DocEntities ents(lexicon, rules.text);
  thread_local SentenceItems pass1;  // capacity kept between documents
  pass1.items.clear();
  pass1.at.assign(1, 0);
  const std::vector<Mention> mentions = find_mentions(sents, toks, text, rules, index, ents, &pass1);
  TypoResolver typos(mentions, ents);
  discover_names(sents, toks, text, mentions, typos, ents);
  add_short_names(mentions, rules, ents);

  // The mentions of each sentence: pass 1's, unless a name the document added since may
  // start in it; how often the document names each entity in all decides its topic in a tie.
  const MentionFinder finder(ents, toks, text, rules.maker_chip_suffixes);
  thread_local std::vector<std::vector<Item>> redone;  // capacity kept between documents
  if (redone.size() < sents.size()) redone.resize(sents.size());
  std::vector<std::uint8_t> is_redone(sents.size(), 0);
  for (std::size_t s = 0; s < sents.size(); ++s)
    if (finder.local_name_may_start(sents[s].first, sents[s].second)) {
      finder.items(sents[s].first, sents[s].second, redone[s], nullptr);
      is_redone[s] = 1;
    }
  // (a sentence's items: [first, last) of pass 1's buffer or of its redone list)
  auto items_of = [&](std::size_t s) -> std::pair<const Item*, const Item*> {
    if (is_redone[s]) return {redone[s].data(), redone[s].data() + redone[s].size()};
    return {pass1.items.data() + pass1.at[s], pass1.items.data() + pass1.at[s + 1]};
  };
  for (std::size_t s = 0; s < sents.size(); ++s) {
    const auto [first, last] = items_of(s);
    ents.count_named(first, last);
  }

  // Pass 2, sentence by sentence: coreference, then facts.
  Coreference coref(rules.corefs, index, toks, ents);
  RelationRules relations(rules, index, ents, toks);
  Emitter em(doc, ents, rules, out);
  std::vector<Mention> doc_mentions;
  std::vector<Item> items;
  for (std::size_t s = 0; s < sents.size(); ++s) {
    const auto [tb, te] = sents[s];
    const auto [first, last] = items_of(s);
    items.assign(first, last);
    typos.apply(items, toks);
    drop_age_asides(items, toks, ents);
    coref.resolve(items);
    for (const auto& it : items)
      if (it.kind != ItemKind::Tok)
        doc_mentions.push_back({it.tb, it.te, it.entity, it.kind == ItemKind::Demonym});
    coref.record(items);
    if (is_sentence_question(toks, tb, te)) continue;
    const std::size_t s_start = toks[tb].start, s_end = toks[te - 1].end;
    em.sentence(s_start, s_end);
    if (const Confidence& cf = rules.confidence; cf.coref_demonym > 0)
      for (auto [ref, country] : coref.based())
        em.emit("coref.demonym+coref", cf.coref_demonym * cf.coref, ref, Predicate::based_in, country,
                s_start, s_end);
    // what a rule reads in the sentence first: a fact the lexicon also implies keeps the
    // rule's evidence and confidence (a triple is written once per document)
    relations.run(items, tb, te, doc_mentions, coref.fronted(), coref.opening_unresolved(), em);
    lexicon_facts(items, toks, text, ents, rules, doc_mentions, index, tb, te, em);
  }
  end_left_positions(out, index.moving_rules);
  keep_most_specific(out);
  return out;
}

// ------------------------------------------------------------------------------------------
Extractor::Extractor() : impl_(std::make_unique<Impl>()) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

void Extractor::add_lexicon(std::string_view json, const std::string& source) {
  impl_->add_lexicon(json, source);
}
void Extractor::add_rules(std::string_view json, const std::string& source) {
  impl_->add_rules(json, source);
}
std::vector<Finding> Extractor::extract(const Document& doc, std::vector<Dropped>* dropped) const {
  return impl_->extract(doc, dropped);
}

std::vector<std::pair<std::size_t, std::size_t>> Extractor::sentences(std::string_view text,
                                                                      std::vector<Dropped>* dropped) const {
  std::vector<Token> toks;
  SentenceRanges ranges;
  kept_sentences(text, impl_->rules.text, toks, ranges, dropped);
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (auto [a, b] : ranges) out.emplace_back(toks[a].start, toks[b - 1].end);
  return out;
}

std::vector<EntityRecord> Extractor::entity_records() const {
  std::vector<EntityRecord> out;
  for (const auto& e : impl_->lexicon.entities) {
    EntityRecord r;
    r.name = e.name;
    r.type = e.type;
    r.country = e.country;
    r.aliases = e.aliases;
    r.aliases.insert(r.aliases.end(), e.exact.begin(), e.exact.end());
    out.push_back(std::move(r));
  }
  return out;
}
std::size_t Extractor::entity_count() const { return impl_->lexicon.entities.size(); }
std::size_t Extractor::rule_count() const { return impl_->rules.rules.size() + impl_->rules.discovery.size(); }

Extractor make_extractor(const std::vector<std::string>& lexicon_files,
                         const std::vector<std::string>& rule_files, bool default_lexicon,
                         bool use_default_rules) {
  Extractor x;
  x.impl_->batch = true;  // the index of all the files, built once (not after each of them)
  if (use_default_rules)
    for (const auto& f : default_rules()) x.add_rules(f.content, f.name);
  for (const auto& f : rule_files) x.add_rules(io::read_text_file(f), f);
  if (default_lexicon)
    for (const auto& f : default_lexicons()) x.add_lexicon(f.content, f.name);
  for (const auto& f : lexicon_files) x.add_lexicon(io::read_text_file(f), f);
  x.impl_->batch = false;
  x.impl_->index.build(x.impl_->rules, x.impl_->lexicon.trie);
  return x;
}

}  // namespace kg::extract
