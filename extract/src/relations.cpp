// Relation rules over one sentence (relations.hpp).
#include "relations.hpp"

#include <algorithm>
#include <iterator>

#include "name_lists.hpp"
#include "names.hpp"

namespace kg::extract::detail {

bool RelationRules::is_person(const Item& it) const {
  return it.kind == ItemKind::Mention && ents_.get(it.entity).type == EntityType::Person;
}

bool RelationRules::person_before_comma(const std::vector<Item>& items, std::size_t from) const {
  for (std::size_t k = from; k < items.size() && k <= from + 11; ++k) {
    if (items[k].kind != ItemKind::Tok) {
      if (is_person(items[k])) return true;
      continue;
    }
    const Token& t = toks_[items[k].tb];
    if (t.key == "," || t.key == "." || t.key == ";" || t.key == ":" || (t.flags & kConjunction)) return false;
  }
  return false;
}

void RelationRules::match_rules(const std::vector<Item>& items, std::size_t tb, std::size_t te,
                        const std::vector<Mention>& doc_mentions, std::size_t fronted, bool no_topic,
                        Emitter& em) {
  thread_local Anchors::Scratch anchor_seen;
  auto owned_in_span = [&](int ent, std::size_t a, std::size_t b) {
    for (std::size_t k = a; k <= b && k < items.size(); ++k)
      if (items[k].kind == ItemKind::Mention && items[k].entity == ent)
        // ... unless the owner is the country itself ("South Korea's SK Hynix")
        return k > 0 && items[k - 1].kind == ItemKind::Tok && toks_[items[k - 1].tb].key == kPossessive &&
               !(k >= 2 && items[k - 2].kind == ItemKind::Mention &&
                 ents_.get(items[k - 2].entity).type == EntityType::Country);
    return false;
  };
  index_.anchors.viable(toks_, tb, te, index_.prefixes, anchor_seen, viable_);
  if (viable_.empty()) return;
  // (no rule is tried at an item past the last token its match can start at)
  if (last_start_.size() < rules_.rules.size()) last_start_.resize(rules_.rules.size());
  for (std::size_t ri : viable_) last_start_[ri] = index_.anchors.last_start(ri, anchor_seen);
  // the rule's first element must be able to start at the item: the viable rules that
  // can start at a token, and those that can start at a mention (both ascending)
  viable_tok_.clear();
  viable_ment_.clear();
  for (std::size_t ri : viable_) {
    if (index_.rule_starts[ri] & kStartsAtTok) viable_tok_.push_back(ri);
    if (index_.rule_starts[ri] & kStartsAtMention) viable_ment_.push_back(ri);
  }
  // A rule that starts with a required word is tried only at the tokens that are one of
  // its first words (found by the token's ids); the others at every token.
  if (word_mark_.size() < index_.first_word.size() || ++word_epoch_ == 0) {
    word_mark_.assign(index_.first_word.size(), 0);
    word_epoch_ = 1;
  }
  free_tok_.clear();
  for (std::size_t ri : viable_tok_) {
    if (index_.first_word[ri]) word_mark_[ri] = word_epoch_;
    else free_tok_.push_back(ri);
  }
  auto tok_rules = [&](const Token& t) -> const std::vector<std::size_t>& {
    if (free_tok_.size() == viable_tok_.size()) return free_tok_;
    starts_.clear();
    if (t.vid && t.vid + 1 < index_.first_exact_at.size())
      for (auto k = index_.first_exact_at[t.vid], ke = index_.first_exact_at[t.vid + 1]; k < ke; ++k)
        if (const auto r = index_.first_exact_rules[k]; word_mark_[r] == word_epoch_) starts_.push_back(r);
    if (t.pnode)
      for (auto pid : index_.prefixes.ids_on_path(t.pnode))
        if (pid + 1 < index_.first_prefix_at.size())
          for (auto k = index_.first_prefix_at[pid], ke = index_.first_prefix_at[pid + 1]; k < ke; ++k)
            if (const auto r = index_.first_prefix_rules[k]; word_mark_[r] == word_epoch_) starts_.push_back(r);
    if (starts_.empty()) return free_tok_;
    std::sort(starts_.begin(), starts_.end());
    starts_.erase(std::unique(starts_.begin(), starts_.end()), starts_.end());
    at_tok_.clear();
    std::merge(starts_.begin(), starts_.end(), free_tok_.begin(), free_tok_.end(), std::back_inserter(at_tok_));
    return at_tok_;
  };
  Matcher mt(items, toks_, ents_, index_, doc_mentions);
  mt.set_no_topic(no_topic);
  mt.set_deal(deal_company_);
  mt.set_headline(te > tb && headline(toks_, tb, te));
  // "Financée par le fondateur de Spotify Daniel Ek, ce spécialiste ...": the comma that
  // closes a fronted participle clause opens no apposition of the clause's last name
  // (the clause ends at the comma no other follows closely: "Fondée par A, ancien de Y,
  // l'entreprise ..." ends after Y)
  std::size_t clause_end = SIZE_MAX;
  auto comma = [&](std::size_t k) { return items[k].kind == ItemKind::Tok && toks_[items[k].tb].key == ","; };
  // ("EXCLUSIF - Financée par ...", "More on Altera: Headquartered in California, ...": the
  // clause may follow a short label)
  std::size_t label = 3;
  for (std::size_t k = 1; k < items.size() && k < 6; ++k)
    if (items[k].kind == ItemKind::Tok && key_is(toks_[items[k].tb].key, ":")) {
      label = std::max<std::size_t>(label, k + 2);
      break;
    }
  std::size_t opening = 0;
  while (opening < items.size() && opening < label && !(items[opening].kind == ItemKind::Tok &&
                                                        (toks_[items[opening].tb].flags & kFronted)))
    ++opening;
  if (opening < items.size() && opening < label)
    for (std::size_t k = opening + 1; k < items.size() && k < 40 && clause_end == SIZE_MAX; ++k) {
      if (!comma(k)) continue;
      bool another = false;
      for (std::size_t q = k + 1; q < items.size() && q <= k + 12 && !another; ++q) another = comma(q);
      if (!another) clause_end = k;
    }
  // the sentence's first word (Rule::opens): after any opening punctuation
  std::size_t sentence_start = 0;
  while (sentence_start < items.size() && items[sentence_start].kind == ItemKind::Tok &&
         toks_[items[sentence_start].tb].kind == TokKind::Punct)
    ++sentence_start;
  // "Lightspeed, l'un des premiers bailleurs d'entreprises telles que Snapchat et Epic Games,
  // dirige le tour": names given as examples inside an apposition are no verb's subject
  std::size_t examples_from = SIZE_MAX, examples_to = 0;
  for (std::size_t k = 3; k < items.size() && examples_from == SIZE_MAX; ++k) {
    if (items[k].kind != ItemKind::Tok || !(toks_[items[k].tb].flags & kExampleCue)) continue;
    for (std::size_t j = k - 3 + 1; j-- > 0 && j + 15 >= k;)
      if (items[j].kind == ItemKind::Mention && comma(j + 1) && items[j + 2].kind == ItemKind::Tok &&
          (toks_[items[j + 2].tb].flags & kOpener)) {
        examples_from = k;
        examples_to = k + 12;
        break;
      }
  }
  // The sentence's deal marks first: a rule's =topic slot reads the deal its own sentence
  // names after it ("The Series B round led by Spark Capital values Abridge at $200 million")
  const bool any_mark = std::any_of(viable_.begin(), viable_.end(), [&](std::size_t ri) { return rules_.rules[ri].marks_deal; });
  for (int pass = any_mark ? 0 : 1; pass < 2; ++pass) {
    for (std::size_t s = 0; s < items.size(); ++s) {
      const bool tok = items[s].kind == ItemKind::Tok;
      for (std::size_t ri : tok ? tok_rules(toks_[items[s].tb]) : viable_ment_) {
        if (items[s].tb > last_start_[ri] || rules_.rules[ri].marks_deal != (pass == 0)) continue;
        // the tests of Matcher::may_start that reject most pairs, on the small array first
        const RuleIndex::RuleStart& st = index_.starts[ri];
        if (st.fronted && (s != opening || opening >= label)) continue;
        // (or after a word or two that may lead a sentence's opening description: "Mais le PDG X
        // ...", or after a quotation that opens it: "\"It's a systems problem,\" CEO Sid Sheth said")
        if (st.opens && s != sentence_start &&
            !(s > sentence_start && s <= sentence_start + 2 &&
              std::all_of(items.begin() + static_cast<std::ptrdiff_t>(sentence_start),
                          items.begin() + static_cast<std::ptrdiff_t>(s), [&](const Item& it) {
                            return it.kind == ItemKind::Tok && (toks_[it.tb].flags & kCorefLead);
                          })) &&
            !after_opening_quote(items, s))
          continue;
        if (tok) {
          if (st.kind == El::Name && !toks_[items[s].tb].upper) continue;
        } else if (st.kind == El::Slot && !st.prev) {
          if (items[s].kind == ItemKind::Demonym ? !st.demonym
                                                 : !st.entity || (st.types != 0 && !ents_.get(items[s].entity).fits(st.types)))
            continue;
        }
        const Rule& r = rules_.rules[ri];
        if (!mt.may_start(r, s) || !mt.match_at(r, s, m_) || m_.first == SIZE_MAX) continue;
        // A match reaching from a fronted clause into the description after it must be
        // the whole clause about that description ("Fondée en 2023 par X, l'entreprise"),
        // not a gap over it ("as Hyundai Electronics, the chipmaker now competes").
        if (fronted != SIZE_MAX && m_.first < fronted && fronted <= m_.last &&
            (m_.first != 0 || !(m_.slot_coref[0] || m_.slot_coref[1] || m_.slot_coref[2])))
          continue;
        if (r.nominal && clause_end != SIZE_MAX && m_.first > 0 && m_.first < clause_end && clause_end <= m_.last) continue;
        // A fronted clause's list ends at its last name: the subject after it is one name and
        // no member of the list ("Soutenue par A, B, C et D, la startup": C is no subject)
        if (r.fronted) {
          const std::size_t after = m_.last + 1;
          if (m_.slots[1].size() > 1 || conjunction_at(items, toks_, index_, after) ||
              (after + 1 < items.size() && items[after].kind == ItemKind::Tok && key_is(toks_[items[after].tb].key, ",") &&
               items[after + 1].kind == ItemKind::Mention))
            continue;
        }
        if (!r.nominal && m_.first >= examples_from && m_.first <= examples_to) continue;
        // "P1, Chairman of Purdue Research Foundation P2": in a list of officials a title
        // right before a person's name is that person's, not an apposition of the one before
        // ("Director of the White House Office of Science and Technology Policy P2": anywhere
        // before the next comma)
        if (comma_apposition(r) && r.elems[0].kind == El::Slot && is_person(items[m_.first]) &&
            person_before_comma(items, m_.last + 1))
          continue;
        if (r.context_before && !mt.literal_before(r.context, m_.first)) continue;
        if (blocked(m_, r, index_, items, toks_, tb)) continue;
        if (r.marks_deal) {
          // a named company only: a description stands for the most named one, which is
          // what the mark is there to overrule ("The funding values the company at ...")
          if (m_.slots[0].size() == 1 && !m_.slot_coref[0]) {
            deal_company_ = m_.slots[0][0];
            deal_sentence_ = sentence_;
            mt.set_deal(deal_company_);
          }
          continue;
        }
        const std::size_t span_a = toks_[items[m_.first].tb].start;
        const std::size_t span_b = toks_[items[m_.last].te - 1].end;
        const Confidence& cf = rules_.confidence;
        for (const auto& emit : r.emits) {
          double c = r.confidence * (m_.slot_prev[emit.subject] || m_.slot_prev[emit.object] ? cf.pronoun : 1.0);
          const bool coref = m_.slot_coref[emit.subject] || m_.slot_coref[emit.object];
          if (coref) c *= cf.coref;  // one step of inference more than a named mention
          const std::string id = coref ? r.id + "+coref" : r.id;
          const std::vector<int>& subjects = filled(r, emit.subject);
          const std::vector<int>& objects = filled(r, emit.object);
          // (an employer the document only stands for, "CEO Baek said": not when the document
          // named the person's post at another company already)
          const bool employer_by_reference = m_.slot_prev[emit.object] &&
                                             (emit.predicate == Predicate::leads || emit.predicate == Predicate::works_at);
          for (int sid : subjects) {
            // "Chinese giant SenseTime's institute": the demonym describes the owner only
            if (emit.predicate == Predicate::based_in && owned_in_span(sid, m_.first, m_.last)) continue;
            for (int oid : objects) {
              if (employer_by_reference && em.stated_other(sid, emit.predicate, oid)) continue;
              // A possessive's owner makes nothing the lexicon says another company makes
              // ("Northern Data's Nvidia H100s"); nor does any subject once the document names
              // that maker, which says the name is the lexicon's thing ("The Guardian will be
              // rolling out ChatGPT Enterprise" in an article about OpenAI: deployed, not made;
              // not a chip, which foundries make for their designers: "SMIC producing the Ascend
              // 910C"); a passive's agent or a maker named as such is said to make it
              // ("developed by the company Y", "the maker of Y")
              if (emit.predicate == Predicate::develops && made_by_another(sid, oid) &&
                  (r.possessor || (!r.passive && !r.maker && ents_.get(oid).type != EntityType::Chip &&
                                   named_in(doc_mentions, maker_of(oid)))))
                continue;
              em.emit(id, c, sid, emit.predicate, oid, span_a, span_b);
            }
          }
        }
      }
    }
  }
}

void RelationRules::run(const std::vector<Item>& items, std::size_t tb, std::size_t te,
                        const std::vector<Mention>& doc_mentions, std::size_t fronted, bool no_topic,
                        Emitter& em) {
  ++sentence_;
  match_rules(items, tb, te, doc_mentions, fronted, no_topic, em);
  investor_lists(items, tb, te, doc_mentions, em);
  rival_lists(items, tb, te, doc_mentions, em);
  demonym_lists(items, em);
  unit_lists(items, tb, te, em);
}

// Whether item s comes right after a quotation that opens the sentence ("\"...,\" CEO X said"):
// a closing quote and a comma (in either order) right before it.
bool RelationRules::after_opening_quote(const std::vector<Item>& items, std::size_t s) const {
  auto key = [&](std::size_t k) -> const std::string* {
    return k < items.size() && items[k].kind == ItemKind::Tok ? &toks_[items[k].tb].key : nullptr;
  };
  auto closing = [&](std::size_t k) {
    const std::string* t = key(k);
    return t && (*t == "\"" || *t == "\xE2\x80\x9D" || *t == "\xC2\xBB");
  };
  auto comma = [&](std::size_t k) { return key(k) && *key(k) == ","; };
  // (the quotation may span sentences: its opening quote is then in an earlier one)
  return s >= 2 && ((closing(s - 1) && comma(s - 2)) || (comma(s - 1) && closing(s - 2)));
}

// The lexicon's maker of `thing`; a company that names its models ("Meta's Llama 2, and
// Mistral AI") is their maker; -1 if none.
int RelationRules::maker_of(int thing) const {
  const auto& t = ents_.get(thing);
  return t.type == EntityType::Company && t.fits(type_bit(EntityType::Model)) ? thing : t.maker_id;
}

// Whether the document's mentions (its names, pass 1) hold `entity`.
bool RelationRules::named_in(const std::vector<Mention>& doc_mentions, int entity) {
  return std::any_of(doc_mentions.begin(), doc_mentions.end(), [&](const Mention& m) { return !m.demonym && m.entity == entity; });
}

// Whether the lexicon names a maker of `thing` that is neither `company` nor related to it
// by name ("Google Cloud" and Google's TPU, "Amazon" and Amazon Web Services' Trainium2).
bool RelationRules::made_by_another(int company, int thing) const {
  const int maker = maker_of(thing);
  if (maker < 0 || maker == company) return false;
  const auto& c = ents_.get(company);
  const auto& m = ents_.get(maker);
  if (c.parent_id == maker || m.parent_id == company) return false;
  auto first_word = [](const std::string& name) { return name.substr(0, name.find(' ')); };
  return first_word(c.name) != first_word(m.name);
}

bool RelationRules::unblocked(const std::vector<Item>& items, std::uint64_t blockers, std::uint64_t cues,
                              bool& cue) const {
  for (const auto& it : items) {
    if (it.kind != ItemKind::Tok) continue;
    if (toks_[it.tb].flags & blockers) return false;
    cue = cue || (toks_[it.tb].flags & cues);
  }
  return true;
}

void RelationRules::investor_lists(const std::vector<Item>& items, std::size_t tb, std::size_t te,
                                   const std::vector<Mention>& doc_mentions, Emitter& em) {
  const double conf = rules_.confidence.investor_list;
  if (conf <= 0) return;
  bool cue = false;
  if (!unblocked(items, kSpanBlock, kFundingCue, cue)) return;  // "X has not raised from A"
  int deal = deal_company_;
  bool deal_named = false;
  for (const auto& it : items) deal_named = deal_named || (it.kind == ItemKind::Mention && it.entity == deal);
  // a round's sentence opened by a description or pronoun standing for a company ("Elle
  // vient de réaliser une levée de fonds auprès de A, B et C") is that company's round
  // when a funding word follows it before the next name; otherwise that company is one more
  // investor ("The chip giant was joined by A, B and C in the funding round"), no deal
  int opener = cue && !deal_named ? opening_coref(items, type_bit(EntityType::Company)) : -1;
  int co_investor = -1;
  if (opener >= 0 && !cue_before_next_name(items, opener, kFundingCue)) std::swap(opener, co_investor);
  if (opener >= 0) {
    deal = opener;
    deal_named = true;
  }
  // the deal is this sentence's or one of the last three's (eight, in a sentence with a
  // funding word), unless the sentence names it or, with a funding word, it is still the
  // company the document named most ("A, B and C are among the funders in the series"), or
  // the only company it named so far ("It was Together AI raising $800 million. ... It says
  // the round was led by A and included B")
  if (deal >= 0 && !deal_named && sentence_ > deal_sentence_ + (cue ? 8 : 3) &&
      !(cue && document_company(doc_mentions, tb, deal)))
    return;
  // no deal mark yet (its company only described: "la petite merveille de la Silicon
  // Valley vient de lever ..."): in a sentence with a funding word, the company the
  // document named most so far, twice at least
  const bool topic_deal = deal < 0;
  if (deal < 0 && cue) deal = topic_company(doc_mentions, tb);
  // (a deal company known by its capitals alone is too often a misread place: "Vsora, basée
  // à Meudon-la-Forêt (92), vient de lever"; not one a description stands for, nor one the
  // document named twice before)
  if (deal < 0 || deal == co_investor) return;
  if (ents_.get(deal).open && deal != opener) {
    const auto counts = named_before(doc_mentions, tb, [&](int entity) { return entity == deal; });
    if (counts.empty() || counts.front().second < 2) return;
  }
  if (opinion_before(index_, toks_, tb, te)) return;  // "Analysts expect A and B to join the round"
  ListSpec spec;
  spec.member_types = type_bit(EntityType::Company) | type_bit(EntityType::Organization);
  spec.exclude = deal;
  spec.mark_words = kInvestorHead;
  spec.cue_words = kFundingCue;
  spec.cancel_words = kInvesteePrep;
  spec.cued_brackets = true;  // "(menée par A, avec la participation de B et C)"
  spec.bare_comma_clause = true;  // "The deal, announced on Thursday, was co-led by A and B"
  for (const NameList& l : name_lists(items, toks_, ents_, index_, spec)) {
    // (the document's topic stands for the deal for a list of two at least: "associée de la
    // société d'investissement Lux Capital" names one investor, no round)
    if (topic_deal && l.members.size() < 2) continue;
    if (!((l.marked > 0 && (cue || l.marked >= 2)) || l.introduced || trailed(items, l, kFundingCue) ||
          (l.members.size() >= 2 && followed_by(items, l, kInvestorVerb))))
      continue;
    // "led by Humain, an AI company owned by Saudi Arabia's Public Investment Fund": a list
    // right after an owner's participle and its agent names owners, no investors
    if (owned_list(items, l)) continue;
    // (a list opened inside an aside is the deal's only when the sentence names the deal:
    // "Anthropic – who got an investment from Amazon – and OpenAI" is Anthropic's)
    if (l.opened_in_aside && !deal_named) continue;
    // "the prior investments from Amazon and Google into Anthropic": a list followed by an
    // investee preposition and another company names its own investee
    if (const std::size_t q = l.last_item + 1;
        q + 1 < items.size() && items[q].kind == ItemKind::Tok && (toks_[items[q].tb].flags & kInvesteePrep) &&
        items[q + 1].kind == ItemKind::Mention && items[q + 1].entity != deal &&
        ents_.get(items[q + 1].entity).type == EntityType::Company)
      continue;
    // "backed by the OpenAI co-founder": a member before a staff noun describes a person
    auto describes_person = [&](int ent) {
      for (std::size_t k = l.first_item; k <= l.last_item && k + 1 < items.size(); ++k)
        if (items[k].kind == ItemKind::Mention && items[k].entity == ent && items[k + 1].kind == ItemKind::Tok &&
            (toks_[items[k + 1].tb].flags & kStaffNoun))
          return true;
      return false;
    };
    for (int ent : l.members)
      if (!describes_person(ent)) em.emit("investor_list", conf, ent, Predicate::invests_in, deal, l.span_a, l.span_b);
  }
}

void RelationRules::demonym_lists(const std::vector<Item>& items, Emitter& em) {
  const double conf = rules_.confidence.demonym_list;
  if (conf <= 0) return;
  bool cue = false, place = false;  // most sentences have no example cue or no demonym: no scan
  for (const auto& it : items) {
    cue = cue || (it.kind == ItemKind::Tok && (toks_[it.tb].flags & kExampleCue));
    place = place || it.kind == ItemKind::Demonym ||
            (it.kind == ItemKind::Mention && ents_.get(it.entity).type == EntityType::Country);
  }
  if (!cue || !place) return;
  ListSpec spec;
  spec.member_types = type_bit(EntityType::Company) | type_bit(EntityType::Organization);
  spec.cue_words = kExampleCue;
  for (const NameList& l : name_lists(items, toks_, ents_, index_, spec)) {
    if (!l.introduced) continue;
    // back from the cue over lower-case words (and one comma: "Chinese companies,
    // including"), at most eight items, to a demonym or a country's name before a lower-case
    // word ("US tech giants like")
    int country = -1;
    bool comma = false;
    for (std::size_t k = l.first_item, steps = 0; k-- > 0 && steps < 8 && country < 0; ++steps) {
      const Item& it = items[k];
      if (it.kind == ItemKind::Demonym) {
        country = it.entity;
        break;
      }
      if (it.kind == ItemKind::Mention) {
        // (not "Israel's answer to developers like OpenAI": a possessive)
        if (ents_.get(it.entity).type == EntityType::Country && k + 1 < items.size() &&
            items[k + 1].kind == ItemKind::Tok && toks_[items[k + 1].tb].all_lower &&
            toks_[items[k + 1].tb].kind == TokKind::Word && !key_is(toks_[items[k + 1].tb].key, kPossessive))
          country = it.entity;
        break;
      }
      const Token& t = toks_[it.tb];
      if (key_is(t.key, ",") && !comma) {
        comma = true;
        continue;
      }
      // "a mix of Japanese and international investors, including": the phrase is of more
      // than one origin
      if (!t.all_lower || t.kind != TokKind::Word || (t.flags & kConjunction)) break;
      // "a Japanese startup backed by investors like Nvidia": the examples are of a noun a
      // preposition opens, not of the demonym's
      if (t.flags & (kPassiveAgent | kSlotPrep)) break;
    }
    if (country < 0) continue;
    for (int ent : l.members) em.emit("demonym_list", conf, ent, Predicate::based_in, country, l.span_a, l.span_b);
  }
}

void RelationRules::unit_lists(const std::vector<Item>& items, std::size_t tb, std::size_t te, Emitter& em) {
  const double conf = rules_.confidence.unit_list;
  if (conf <= 0) return;
  bool cue = false;
  if (!unblocked(items, kSpanBlock | kFormer, kUnitCue, cue)) return;  // "its former subsidiaries A and B"
  if (!cue || opinion_before(index_, toks_, tb, te)) return;
  const std::uint32_t bodies = type_bit(EntityType::Company) | type_bit(EntityType::Organization);
  ListSpec spec;
  spec.member_types = bodies;
  spec.cue_words = kUnitCue;
  spec.cancel_words = kSlotPrep;  // "la division IA d'Apple": Apple owns it, no unit of it
  for (const NameList& l : name_lists(items, toks_, ents_, index_, spec)) {
    if (!l.introduced) continue;
    const int owner = nearest_before(items, l, bodies);
    if (owner < 0) continue;
    for (int ent : l.members) em.emit("unit_list", conf, ent, Predicate::part_of, owner, l.span_a, l.span_b);
  }
}

bool RelationRules::owned_list(const std::vector<Item>& items, const NameList& l) const {
  std::size_t k = l.first_item;
  // (past a country's possessive or a determiner: "owned by Saudi Arabia's PIF", "by the PIF")
  if (k >= 2 && items[k - 1].kind == ItemKind::Tok && key_is(toks_[items[k - 1].tb].key, kPossessive) &&
      items[k - 2].kind == ItemKind::Mention && ents_.get(items[k - 2].entity).type == EntityType::Country)
    k -= 2;
  if (k >= 1 && items[k - 1].kind == ItemKind::Tok && (toks_[items[k - 1].tb].flags & kCoordDeterminer)) --k;
  return k >= 2 && items[k - 1].kind == ItemKind::Tok && (toks_[items[k - 1].tb].flags & kPassiveAgent) &&
         items[k - 2].kind == ItemKind::Tok && (toks_[items[k - 2].tb].flags & kOwnerParticiple);
}

int RelationRules::nearest_before(const std::vector<Item>& items, const NameList& l, std::uint32_t types) const {
  for (std::size_t k = l.first_item; k-- > 0;)
    if (items[k].kind == ItemKind::Mention && ents_.get(items[k].entity).fits(types) &&
        std::find(l.members.begin(), l.members.end(), items[k].entity) == l.members.end())
      return items[k].entity;
  return -1;
}

std::size_t RelationRules::word_after(const std::vector<Item>& items, std::size_t from, std::uint64_t flags,
                                      std::size_t words) const {
  std::size_t k = from;
  // "A, B and C (Trades, Portfolio) are among ...": a bracketed aside right after is skipped
  if (k < items.size() && items[k].kind == ItemKind::Tok && key_is(toks_[items[k].tb].key, "(")) {
    while (k < items.size() && !(items[k].kind == ItemKind::Tok && key_is(toks_[items[k].tb].key, ")"))) ++k;
    if (k < items.size()) ++k;
  }
  for (std::size_t steps = 0; k < items.size() && steps <= words; ++k, ++steps) {
    if (items[k].kind != ItemKind::Tok) return 0;
    const Token& t = toks_[items[k].tb];
    if (t.flags & flags) return k + 1;
    if (t.kind != TokKind::Word || !t.all_lower) return 0;
  }
  return 0;
}

bool RelationRules::followed_by(const std::vector<Item>& items, const NameList& l, std::uint64_t words) const {
  return word_after(items, l.last_item + 1, words, 2) != 0;  // "also", "have also"
}

bool RelationRules::trailed(const std::vector<Item>& items, const NameList& l, std::uint64_t cues) const {
  // up to three words to the trailer ("are also among"), then up to three to the cue
  const std::size_t trailer = word_after(items, l.last_item + 1, kListTrailer, 3);
  return trailer && word_after(items, trailer, cues, 3);
}

bool RelationRules::cue_before_next_name(const std::vector<Item>& items, int entity, std::uint64_t cues) const {
  bool seen = false;
  for (const Item& it : items) {
    if (it.kind == ItemKind::Mention) {
      if (seen) return false;
      seen = it.entity == entity;
    } else if (seen && (toks_[it.tb].flags & cues)) {
      return true;
    }
  }
  return false;
}

int RelationRules::opening_coref(const std::vector<Item>& items, std::uint32_t types) const {
  for (const Item& it : items)
    if (it.kind == ItemKind::Mention)
      return it.coref && ents_.get(it.entity).fits(types) ? it.entity : -1;
  return -1;
}

std::vector<std::pair<int, int>> RelationRules::companies_named(const std::vector<Mention>& doc_mentions,
                                                                std::size_t tb) const {
  return named_before(doc_mentions, tb, [&](int entity) { return ents_.get(entity).type == EntityType::Company; });
}

int RelationRules::topic_of(const std::vector<std::pair<int, int>>& counts) const {
  const int topic = most_named(counts, ents_, [](int) { return true; });
  for (const auto& [ent, n] : counts)
    if (ent == topic) return n >= 2 ? topic : -1;
  return -1;
}

int RelationRules::topic_company(const std::vector<Mention>& doc_mentions, std::size_t tb) const {
  return topic_of(companies_named(doc_mentions, tb));
}

bool RelationRules::document_company(const std::vector<Mention>& doc_mentions, std::size_t tb, int company) const {
  const auto counts = companies_named(doc_mentions, tb);
  return topic_of(counts) == company || (counts.size() == 1 && counts.front().first == company);
}

void RelationRules::rival_lists(const std::vector<Item>& items, std::size_t tb, std::size_t te,
                                const std::vector<Mention>& doc_mentions, Emitter& em) {
  const double conf = rules_.confidence.rival_list;
  if (conf <= 0) return;
  bool cue = false;
  if (!unblocked(items, kSpanBlock, kRivalCue, cue)) return;  // "X is not a rival to Y"
  if (!cue || opinion_before(index_, toks_, tb, te)) return;
  const std::uint32_t company = type_bit(EntityType::Company);
  const std::uint32_t offering = type_bit(EntityType::Model) | type_bit(EntityType::Product);
  ListSpec spec;
  spec.member_types = company | offering;
  spec.cue_words = kRivalCue;
  for (const NameList& l : name_lists(items, toks_, ents_, index_, spec)) {
    if (!l.introduced) continue;
    // the company, model or product nearest before the list ("Nvidia's rival AMD", "Mistral AI
    // s'est imposée ... face à OpenAI"), else the topic
    int subject = nearest_before(items, l, company | offering);
    // (not a passive clause's agent: "Soutenue par Nvidia ..., cette initiative ... un concurrent
    // majeur de DeepSeek" makes no rival of Nvidia)
    for (std::size_t k = l.first_item; subject >= 0 && k-- > 1;)
      if (items[k].kind == ItemKind::Mention && items[k].entity == subject) {
        if (items[k - 1].kind == ItemKind::Tok && (toks_[items[k - 1].tb].flags & kPassiveAgent)) subject = -1;
        break;
      }
    if (subject < 0) subject = topic_company(doc_mentions, tb);
    if (subject < 0) continue;
    // (a list opened inside an aside, "X has signed deals, aiming to compete with A": the
    // rival of the name that opens the sentence only, not of a fronted clause's "as Y")
    if (l.opened_in_aside && !(items[0].kind == ItemKind::Mention && items[0].entity == subject)) continue;
    const bool subject_company = ents_.get(subject).type == EntityType::Company;
    for (int ent : l.members)
      if ((ents_.get(ent).type == EntityType::Company) == subject_company)
        em.emit("rival_list", conf, subject, Predicate::competes_with, ent, l.span_a, l.span_b);
  }
}

const std::vector<int>& RelationRules::filled(const Rule& r, int slot) {
  if (r.consts[slot].empty()) return m_.slots[slot];
  const auto& by_key = ents_.lexicon().by_key;
  const auto it = by_key.find(quick_key(r.consts[slot]));
  const_ids_[slot].assign(it == by_key.end() ? 0 : 1, it == by_key.end() ? -1 : it->second);
  return const_ids_[slot];
}

}  // namespace kg::extract::detail
