// The matcher's recursive walk over a rule's elements (see matcher.hpp).
#include "matcher.hpp"

#include <algorithm>

namespace kg::extract::detail {

void Matcher::lists(const Elem& e, std::size_t i, ListBuf& b) const {
  b.cands.clear();
  b.flat.clear();
  if (i >= items_.size() || !fills(e, items_[i])) return;
  // "... en Afrique du Sud, ont choisi Y": a place after a preposition is no subject.
  // ("... in the U.S., funded through Stargate": a determiner may come between)
  if (e.slot == 0 && i > 0 && items_[i].kind == ItemKind::Mention &&
      ents_.get(items_[i].entity).type == EntityType::Country &&
      (flagged(i - 1, kPlacePrep) || (i > 1 && flagged(i - 1, kCoordDeterminer) && flagged(i - 2, kPlacePrep))))
    return;
  // A coordination is a subject from its first member on: "backed by Alibaba and Tencent
  // and develops X" does not make Tencent the subject of "develops".
  // ("Jeff Bezos and Samsung Securities have invested": a member of another type before
  // the conjunction leaves the slot to this one)
  if (&e == &rule_->elems.front() && !rule_->nominal) {
    const std::size_t n = conjunction_before(items_, toks_, index_, i);
    if (n && i >= n + 1 && items_[i - n - 1].kind == ItemKind::Mention && fills(e, items_[i - n - 1])) return;
  }
  // A rule's leading subject right after a preposition is some other verb's complement:
  // "X, backed by Alibaba, released Y", "les puces de Huawei pour entraîner Y".
  // Not so for an owner in a possessive rule ("competes with Alibaba's Qwen").
  const bool possessive = rule_->elems.size() > 1 && rule_->elems[1].kind == El::Lit && is_tok(i + 1, kPossessive) &&
                          lit_ok(rule_->elems[1], toks_[items_[i + 1].tb]);
  // Nor for a noun-phrase fact: "par Yang Zhilin, ancien chercheur chez X" still says it.
  // Also past a demonym and its article: "rachetée par le Japonais SoftBank en 2012 et a
  // ensuite lancé son robot Pepper" (SoftBank launched nothing).
  // (A deal mark names the company a round is of wherever it stands: "a setback for Thinking
  // Machines, which raised $2 billion".)
  // Nor for a relative clause the rule reads right after the name: "led by Tareq Amin, who
  // previously ran Aramco Digital" says it of him.
  const bool relative = rule_->elems.size() > 2 && rule_->elems[1].kind == El::Lit && rule_->elems[2].kind == El::Lit &&
                        i + 2 < items_.size() && is_tok(i + 1, ",") && flagged(i + 2, kOpener) &&
                        lit_ok(rule_->elems[1], toks_[items_[i + 1].tb]) && lit_ok(rule_->elems[2], toks_[items_[i + 2].tb]);
  if ((e.slot == 0 || (!passive_rule() && rule_->elems.size() > 1 && rule_->elems[1].kind == El::Gap)) &&
      &e == &rule_->elems.front() && !possessive && !rule_->nominal && !rule_->marks_deal && !relative && i > 0) {
    std::size_t p = i - 1;
    if (items_[p].kind == ItemKind::Demonym && p > 0) {
      --p;
      if (flagged(p, kCoordDeterminer) && !flagged(p, kSlotPrep) && p > 0) --p;
    }
    if (items_[p].kind == ItemKind::Tok && (toks_[items_[p].tb].flags & kSlotPrep)) return;  // kSlotPreps
  }
  // Nor is a name a passive's agent describes, a few words after it: "Sakana AI, a startup
  // co-founded by two former Google engineers, has raised $30 million" (a deal mark too).
  if (&e == &rule_->elems.front() && !possessive && !rule_->nominal && !passive_rule())
    // (words other than determiners between: "imposées par les États-Unis" is the agent itself)
    for (std::size_t p = i, steps = 0, words = 0; p-- > 0 && steps < 6; ++steps) {
      if (items_[p].kind != ItemKind::Tok) break;
      const Token& t = toks_[items_[p].tb];
      if (t.flags & kPassiveAgent) {
        if (words > 0) return;
        break;
      }
      if (t.kind != TokKind::Word || !t.all_lower || (t.flags & kConjunction)) break;
      if (!(t.flags & kCoordDeterminer)) ++words;
    }
  // A passive rule's leading slot that is another passive's agent: "X, a startup backed by
  // OpenAI, has secured ... a round led by Y" (the round is X's, not OpenAI's).
  if (passive_rule() && e.slot != 0 && &e == &rule_->elems.front() && !possessive && !rule_->nominal && i > 0 &&
      rule_->elems.size() > 1 && rule_->elems[1].kind == El::Gap && items_[i - 1].kind == ItemKind::Tok &&
      (toks_[items_[i - 1].tb].flags & kPassiveAgent))
    return;
  const auto& elems = rule_->elems;
  // "competing with Nvidia-backed Figure AI": a name glued to a hyphen suffix fills no slot
  // unless the rule reads the suffix next ("S -backed O")
  if (hyphen_modifier(i)) {
    const std::size_t ei = static_cast<std::size_t>(&e - elems.data());
    if (ei + 1 >= elems.size() || elems[ei + 1].kind != El::Lit || !lit_ok(elems[ei + 1], toks_[items_[i + 1].tb])) return;
  }
  const bool in_apposition = &e != &elems.front() && comma_apposition(*rule_);
  auto& ids = b.ids;
  ids.assign(1, items_[i].entity);
  if (items_[i].entity2 >= 0) ids.push_back(items_[i].entity2);
  b.push(i + 1);
  std::size_t j = i + 1;
  bool coordinated = false;
  while (j < items_.size()) {
    std::size_t k = j;
    // "founded by A (formerly of Apple), B (Chief Scientist), and C": an aside in brackets
    // that describes a member, the list going on after it (not "InstaDeep (Tunisie),
    // NeedEnergy (Zimbabwe)", one name, each member's own fact; not "Samsung (28,7 %)"; nor
    // in a noun phrase's rule)
    if (!e.single && !rule_->nominal && is_tok(k, "(") && k + 2 < items_.size() && described_aside(k))
      if (const std::size_t close = bracket_end(k);
          close && close > k + 3 && (is_tok(close, ",") || conjunction_at(items_, toks_, index_, close)))
        k = close;
    // "SenseTime's Research Institute": the owner and the owned (a unit of it) both fill
    // the slot; "Nvidia's H20" (a thing it makes), "Alphabet's Google" (a company it owns):
    // the owned alone does.
    // A name known by its capitals alone after the owner ("ByteDance's Seed team") is no
    // filler of its own: the owner stays.
    if (is_tok(k, kPossessive) && k + 1 < items_.size() && items_[k + 1].kind == ItemKind::Mention &&
        ents_.get(items_[k + 1].entity).open)
      break;
    if (is_tok(k, kPossessive) && k + 1 < items_.size() && fills(e, items_[k + 1])) {
      const auto ot = ents_.get(items_[k + 1].entity).type;
      if (ot != EntityType::Organization) ids.pop_back();
      ids.push_back(items_[k + 1].entity);
      j = k + 2;
      b.push(j);
      continue;
    }
    // "OpenAI's start-up fund, Align Ventures and Ark Invest": a member named by a
    // description of its owner is no name of the list, which goes on after it
    if (is_tok(k, kPossessive) && !in_apposition) {
      std::size_t q = k + 1;
      while (q < items_.size() && q <= k + 3 && items_[q].kind == ItemKind::Tok &&
             toks_[items_[q].tb].kind == TokKind::Word && toks_[items_[q].tb].all_lower)
        ++q;
      if (q > k + 1 && is_tok(q, ",") && q + 1 < items_.size() && fills(e, items_[q + 1])) {
        ids.pop_back();
        ids.push_back(items_[q + 1].entity);
        j = q + 2;
        b.push(j);
        continue;
      }
    }
    if (e.single) break;
    bool comma = false;
    // "X, la société mère de TikTok, Baidu et China Mobile": inside an apposition, a name
    // after a comma goes on the outer list
    // (unless the list goes on to a conjunction and closes the apposition: "P, formerly of
    // Zoom, Ernst & Young, and Deloitte, resigned")
    if (is_tok(k, ",") && in_apposition && !closed_list_ahead(k + 1)) break;
    if (is_tok(k, ",")) { ++k; comma = true; }
    std::size_t conj = conjunction_at(items_, toks_, index_, k);
    // "A, ancien ingénieur d'OpenAI, et B": an apposition between two members
    // (not for the name a noun-phrase rule describes: "A, ancien ingénieur d'OpenAI" is A's)
    if (comma && !conj && flagged(k, kOpener) && !(rule_->nominal && &e == &rule_->elems.front()))
      for (std::size_t q = k + 1; q < items_.size() && q <= k + 14; ++q) {
        if (items_[q].kind != ItemKind::Tok) continue;
        const auto& key = toks_[items_[q].tb].key;
        if (key == ";" || key == "." || key == ":" || key == "?" || key == "!") break;
        if (key != ",") continue;
        if (const std::size_t c = conjunction_at(items_, toks_, index_, q + 1)) {
          k = q + 1;
          conj = c;
        } else if (!rule_->nominal && q + 1 < items_.size() && fills(e, items_[q + 1])) {
          // "par A, anciennement chercheur chez X, B, C et D": the list goes on after the
          // apposition when a conjunction still comes before the sentence ends
          if (conjunction_ahead(q + 2)) k = q + 1;
        }
        break;
      }
    k += conj;
    if (!comma && !conj) break;
    // "A et B, C est ...": a list ends at its conjunction's member, unless another
    // conjunction follows ("A and B as well as C, D, and E")
    if (!conj && coordinated && !list_conjunction_ahead(k)) break;
    coordinated = coordinated || conj;
    if (conj)
      while (flagged(k, kCoordDeterminer)) ++k;
    k = past_honorific(k);  // "A, Professor B and Dr. C"
    if (!rule_->nominal) k = described(k);  // "A, ChatGPT maker OpenAI and venture capital firms B"
    if (k >= items_.size()) break;
    // "la française Mipsology et l'américaine Nod.ai": a demonym describes the member after it
    // (a rule about places stops there: the member has a place of its own)
    if (items_[k].kind == ItemKind::Demonym && k + 1 < items_.size() && fills(e, items_[k + 1])) {
      if (std::any_of(rule_->elems.begin(), rule_->elems.end(), [](const Elem& x) { return x.demonym; })) break;
      ++k;
    }
    // "General Catalyst, Elad Gil, Emerson Collective": a name of another type goes on the
    // list without filling the slot
    // "..., Saudi Arabia's Prosperity7" (another owner is another list's: "OpenAI's GPT-4 and
    // Google's Gemini"); a rule about places stops there: "Abu Dhabi's MGX, Singapore's
    // Temasek" (Temasek is Singapore's, not the UAE's)
    if (country_possessor(k) && fills(e, items_[k + 2])) {
      if (place_rule()) break;
      k += 2;
    }
    // "firms like Tesla and Nvidia-backed Figure AI": the member is the name the compound
    // describes (a rule about places stops there: "South Korea's A and B, as well as US-based C")
    if (hyphen_modifier(k) && k + 2 < items_.size() && fills(e, items_[k + 2])) {
      if (place_rule()) break;
      k += 2;
    }
    if (!fills(e, items_[k])) {
      if (items_[k].kind != ItemKind::Mention || is_tok(k + 1, kPossessive)) break;
      j = k + 1;
      continue;
    }
    // "owned by Microsoft and Ola is a customer": the member after the conjunction is the
    // subject of a clause of its own
    if (conj && flagged(k + 1, kSingularVerb)) break;
    // "from venture capital firms A and OpenAI CEO Sam Altman": a name before a staff noun and
    // a person's name describes the person, no member
    if (flagged(k + 1, kStaffNoun) && k + 2 < items_.size() && items_[k + 2].kind == ItemKind::Mention &&
        ents_.get(items_[k + 2].entity).type == EntityType::Person)
      break;
    ids.push_back(items_[k].entity);
    j = k + 1;
    b.push(j);
  }
  std::reverse(b.cands.begin(), b.cands.end());
}

std::size_t Matcher::next_conjunction(std::size_t from, std::size_t reach) const {
  for (std::size_t r = from; r < items_.size() && r <= from + reach; ++r) {
    if (items_[r].kind == ItemKind::Tok) {
      const auto& rk = toks_[items_[r].tb].key;
      if (rk == ";" || rk == "." || rk == ":" || rk == "?" || rk == "!") return SIZE_MAX;
    }
    if (const std::size_t n = conjunction_at(items_, toks_, index_, r)) return r + n;
  }
  return SIZE_MAX;
}

bool Matcher::closed_list_ahead(std::size_t from) const {
  std::size_t q = next_conjunction(from, 12);
  if (q == SIZE_MAX) return false;
  while (flagged(q, kCoordDeterminer)) ++q;
  return q + 1 < items_.size() && items_[q].kind == ItemKind::Mention && is_tok(q + 1, ",");
}

bool Matcher::conjunction_ahead(std::size_t from) const { return next_conjunction(from, 10) != SIZE_MAX; }

bool Matcher::list_conjunction_ahead(std::size_t from) const {
  // over names, commas and the words that go with them only: "A and B as well as C, D, and
  // E" goes on; "Samsung et AMD, FuriosaAI a développé deux puces, appelées X et Y" does not
  for (std::size_t r = from; r < items_.size() && r <= from + 12; ++r) {
    if (items_[r].kind != ItemKind::Tok) continue;
    if (conjunction_at(items_, toks_, index_, r)) return true;
    const Token& t = toks_[items_[r].tb];
    if (key_is(t.key, ",") || (t.flags & (kCoordDeterminer | kHonorific | kDescriptor))) continue;
    return false;
  }
  return false;
}

std::size_t Matcher::apposition_end(std::size_t ei, std::size_t end, std::size_t from) const {
  // (an opener word, or a name's possessive and a lower-case word: "Mira Murati, OpenAI's
  // former CTO, founded ...")
  auto possessive_description = [&] {
    return end + 3 < items_.size() && items_[end + 1].kind == ItemKind::Mention && is_tok(end + 2, kPossessive) &&
           items_[end + 3].kind == ItemKind::Tok && toks_[items_[end + 3].tb].kind == TokKind::Word &&
           toks_[items_[end + 3].tb].all_lower;
  };
  if (ei != 0 || rule_->nominal || !is_tok(end, ",") || !(flagged(end + 1, kOpener) || possessive_description()))
    return 0;
  // a later comma closes it only when the earlier one goes on with a list of names
  // ("founded by A, B and C,"), not with the main clause ("X, de son côté, a dévoilé Y, ...")
  if (from > end + 1 && (from >= items_.size() || items_[from].kind != ItemKind::Mention)) return 0;
  for (std::size_t k = std::max(end + 2, from); k < items_.size() && k <= end + 28; ++k) {
    if (items_[k].kind != ItemKind::Tok) continue;
    const auto& key = toks_[items_[k].tb].key;
    if (key == "," ) return k + 1;
    if (key == "." || key == ";" || key == ":" || key == "?" || key == "!" || key == "\xC2\xAB" ||
        key == "\xC2\xBB")
      return 0;
  }
  return 0;
}

// Element ei at item ii. Elements are read left to right and each at or after the item
// where the one before it ended: the relation loop and discovery rely on it
// (Anchors::last_start: no match starts after the last token of a literal it requires).
bool Matcher::step(std::size_t ei, std::size_t ii, Match& m) {
  const auto& elems = rule_->elems;
  if (ei == elems.size()) return true;
  const Elem& e = elems[ei];
  switch (e.kind) {
    // Every case leaves `m` as it found it when it fails (cheap undo, no copies).
    case El::Lit:
    case El::Any:
    case El::Modifier: {  // one token: one of the words, or any; or (Modifier) one name
      const bool fits = ii < items_.size() &&
                        (e.kind == El::Modifier ? items_[ii].kind == ItemKind::Mention
                                                : items_[ii].kind == ItemKind::Tok &&
                                                      (e.kind == El::Any || lit_ok(e, toks_[items_[ii].tb])));
      if (fits) {
        const auto f = m.first, l = m.last;
        note(m, ii, ii);
        if (step(ei + 1, ii + 1, m)) return true;
        m.first = f;
        m.last = l;
      }
      return e.optional && step(ei + 1, ii, m);
    }
    case El::Not:  // the next item is not one of the words; nothing consumed
      if (ii < items_.size() && items_[ii].kind == ItemKind::Tok && lit_ok(e, toks_[items_[ii].tb])) return false;
      return step(ei + 1, ii, m);
    case El::Gap: {
      // Up to e.gap items are skipped, nearest first; a bracketed aside counts as one
      // ("Ilya Sutskever (born 1986) is ...").
      std::size_t p = ii;
      for (int k = 0;; ++k) {
        if (step(ei + 1, p, m)) return true;
        if (k == e.gap || p >= items_.size()) return false;
        if (is_tok(p, "(")) {
          // into the aside ("DeepMind (racheté par Google)"), or over it
          if (step(ei + 1, p + 1, m)) return true;
          const std::size_t close = bracket_end(p);
          if (!close) return false;
          p = close;
          continue;
        }
        // a gap never skips an entity, except a place ("X en Afrique du Sud, a choisi Y"),
        // a possessor ("sales of Nvidia's more powerful H100": it is a determiner), a
        // generic chip term, a chip of no maker ("H20 chips to China", "a chip designer"),
        // or a name known by its capitals alone ("full name Enhanced Representation ...")
        if (items_[p].kind == ItemKind::Mention && !is_tok(p + 1, kPossessive)) {
          const auto& ge = ents_.get(items_[p].entity);
          if (ge.type != EntityType::Country && !(ge.type == EntityType::Chip && ge.maker.empty()) && !ge.open)
            return false;
        }
        if (items_[p].kind == ItemKind::Tok) {
          const auto& key = toks_[items_[p].tb].key;
          if (key.size() <= 2 && (key_is(key, ";") || key_is(key, ".") || key_is(key, "?") || key_is(key, "!") ||
                                  key_is(key, ":") || key_is(key, "\xC2\xAB") || key_is(key, "\xC2\xBB")))
            return false;
          // a dash opens or closes an aside: a gap ends at it, before the slot the aside
          // opens with ("les acteurs américains du secteur – Tesla, Figure AI"), and never
          // reads out of one ("Qiming – an early investor in A, B and C – joined the round":
          // C did not join)
          if (is_dash(key)) {
            if (k < e.gap && ei + 1 < rule_->elems.size() && rule_->elems[ei + 1].kind == El::Slot &&
                step(ei + 1, p + 1, m))
              return true;
            // ... but reads over a whole one right after a name, as over brackets ("Xscape
            // Photonics — a New York-based startup — raised $44 million")
            const std::size_t close = p > 0 && items_[p - 1].kind == ItemKind::Mention ? dash_aside_end(p) : 0;
            if (!close) return false;
            p = close;
            continue;
          }
        }
        ++p;
      }
    }
    case El::Slot: {
      if (e.prev) {
        // A pronoun or "l'événement": the latest earlier mention of a fitting type; the
        // topic: the entity of a fitting type the document named most before this sentence.
        std::size_t before_tok = ii < items_.size() ? items_[ii].tb : (items_.empty() ? 0 : items_.back().te);
        if (m.first != SIZE_MAX) before_tok = std::min<std::size_t>(before_tok, items_[m.first].tb);
        int ref = -1;
        if (e.topic) {
          // the round of the company the sentence is about ("Anthropic is raising $2bn in a
          // round led by X"), else the document's
          ref = sentence_subject(e);
          // "Nvidia participated in the latest round, which was led by A": an investor opens
          // the sentence, the round is the deal's
          if (ref >= 0 && subject_invests()) ref = -1;
          for (const auto& filled : m.slots)
            if (std::find(filled.begin(), filled.end(), ref) != filled.end()) ref = -1;
          if (ref < 0 && !no_topic_) {
            ref = deal_ >= 0 && ents_.get(deal_).fits(e.types) ? deal_ : topic(e, items_.empty() ? 0 : items_.front().tb);
          }
        } else {
          ref = e.subject ? sentence_subject(e) : nearest(e, before_tok);
        }
        if (ref < 0) return false;
        auto& saved_ids = scratch()[ei].saved;
        saved_ids.swap(m.slots[e.slot]);
        const bool saved_prev = m.slot_prev[e.slot];
        m.slots[e.slot].assign(1, ref);
        m.slot_prev[e.slot] = true;
        if (step(ei + 1, ii, m)) return true;
        m.slots[e.slot].swap(saved_ids);
        m.slot_prev[e.slot] = saved_prev;
        return false;
      }
      if (ii >= items_.size()) return false;
      // "investisseurs : Xavier Niel, Eric Schmidt, Aglaé Ventures": a list may open with
      // names of another type; the slot starts at its first fitting one
      std::size_t from = past_honorific(ii);
      // "investors, including Amazon founder Bezos, ...": a list's first member too
      if (!rule_->nominal && ii > 0 && (flagged(ii - 1, kExampleCue) || is_tok(ii - 1, ":"))) from = described(from);
      for (int hops = 0; !fills(e, items_[from]) && hops < 6; ++hops) {
        // "led by South Korea's AFW Partners", "backed by Jeff Yass' Susquehanna": an owner
        // that does not fit the slot is a determiner
        if (possessor(from) && fills(e, items_[from + 2])) {
          from += 2;
          break;
        }
        if (items_[from].kind != ItemKind::Mention || is_tok(from + 1, kPossessive)) return false;
        std::size_t k = from + 1;
        if (is_tok(k, ",")) ++k;
        k += conjunction_at(items_, toks_, index_, k);
        if (k == from + 1 || k >= items_.size()) return false;
        from = rule_->nominal ? past_honorific(k) : described(past_honorific(k));
      }
      if (!fills(e, items_[from])) return false;
      ListBuf& b = scratch()[ei];
      lists(e, from, b);
      if (b.cands.empty()) return false;
      b.saved.swap(m.slots[e.slot]);  // the slot's earlier content, put back on failure
      for (const auto& [end, off, cnt] : b.cands) {
        // A name left before "'s" is a possessor, not the head ("banned sales of Nvidia's
        // H100", "Nvidia's qualification tests"), unless the pattern goes on with "'s".
        // (A noun-phrase rule that ends with the slot says it anyway: "Chinese startup
        // DeepSeek's chatbot".)
        // ("banned DeepSeek's app": a product word of the owner's, as data, is the owner's)
        if (is_tok(end, kPossessive) &&
            !(rule_->nominal && e.slot == 0 && ei + 1 == elems.size() && end + 1 < items_.size() &&
              items_[end + 1].kind == ItemKind::Tok) &&
            !(ei + 1 == elems.size() && e.slot != 0 && flagged(end + 1, kPossessedProduct)) &&
            !(ei + 1 < elems.size() && elems[ei + 1].kind == El::Lit &&
              lit_ok(elems[ei + 1], toks_[items_[end].tb])))
          continue;
        const auto f = m.first, l = m.last;
        const bool saved_coref = m.slot_coref[e.slot];
        // "Elon Musk et Sam Altman, président de Y Combinator": an apposition describes the
        // last of the names before it (also one set off by a dash or a bracket: "A as well
        // as B – an early investor in C –")
        // A verb rule's too when the apposition opens with a determiner: "A consortium of
        // Nvidia, Microsoft and xAI, the company founded by Elon Musk" ("A and B, which
        // invested in X" is of both)
        const bool apposed = ei == 0 && ei + 1 < elems.size() && elems[ei + 1].kind == El::Lit &&
                             (rule_->nominal || (is_tok(end, ",") && flagged(end + 1, kCoordDeterminer))) &&
                             (is_tok(end, ",") || is_tok(end, "(") ||
                              (end < items_.size() && items_[end].kind == ItemKind::Tok && is_dash(toks_[items_[end].tb].key))) &&
                             lit_ok(elems[ei + 1], toks_[items_[end].tb]) && !plural_apposition(end + 1);
        m.slots[e.slot].assign(b.flat.begin() + static_cast<std::ptrdiff_t>(apposed ? off + cnt - 1 : off),
                               b.flat.begin() + static_cast<std::ptrdiff_t>(off + cnt));
        for (std::size_t k = ii; k < end; ++k) m.slot_coref[e.slot] = m.slot_coref[e.slot] || items_[k].coref;
        note(m, ii, end - 1);
        if (step(ei + 1, end, m)) return true;
        // "Qualcomm (/ˈkwɒlkɒm/) is ...", "Lisa Su (born 1969) is ...": a bracketed aside
        // after a verb rule's subject; after a noun-phrase rule's first name, a caption's
        // short one only ("Kim Heung-soo (right), global strategy officer at X")
        if (ei == 0 && is_tok(end, "("))
          if (const std::size_t close = bracket_end(end); close && (!rule_->nominal || close <= end + 4)) {
            m.aside_a = end;
            m.aside_b = close;
            if (step(ei + 1, close, m)) return true;
            m.aside_a = m.aside_b = 0;
          }
        // "X, the co-founder of Y, joined Z": a verb rule's subject skips its apposition,
        // closed by any of the commas that follow ("founded by A, B and C,")
        for (std::size_t past = apposition_end(ei, end, end + 1); past; past = apposition_end(ei, end, past)) {
          m.aside_a = end;
          m.aside_b = past;
          if (step(ei + 1, past, m)) return true;
          m.aside_a = m.aside_b = 0;
        }
        m.slot_coref[e.slot] = saved_coref;
        m.first = f;
        m.last = l;
      }
      b.saved.swap(m.slots[e.slot]);
      return false;
    }
    case El::Name: {
      ii = past_honorific(ii, true);  // "by Professor Amnon Shashua": the name starts after its title
      // "la startup britannique Oxford Semantic": a one-word name of the lexicon (a place, a
      // short form) glued to capitalised words the lexicon does not know opens a new name
      // (not a tail of the same name: "Kioxia Holdings Corporation")
      if (!e.list && ii + 1 < items_.size() && items_[ii].kind == ItemKind::Mention && items_[ii].te == items_[ii].tb + 1 &&
          toks_[items_[ii].tb].upper && ents_.get(items_[ii].entity).type != EntityType::Person &&
          name_token_ok(ii + 1, false) && toks_[items_[ii + 1].tb].upper &&
          !(toks_[items_[ii + 1].tb].flags & (kNameTail | kLegalForm)) &&  // "Kioxia Holdings": the same company
          !person_opens(e, ii + 1) &&
          toks_[items_[ii + 1].tb].start <= toks_[items_[ii].tb].end + 1) {
        std::size_t n = 2;
        while (n < 4 && name_token_ok(ii + n, false) && !person_opens(e, ii + n)) ++n;
        const auto f = m.first, l = m.last;
        const std::size_t spans = m.name_spans.size();
        m.name_spans.push_back({items_[ii].tb, items_[ii + n - 1].te});
        note(m, ii, ii + n - 1);
        if (step(ei + 1, ii + n, m)) return true;
        m.name_spans.resize(spans);
        m.first = f;
        m.last = l;
        return false;
      }
      // "N*": a first name known already ("models such as Falcor-7, Zorba and Quill") only
      // opens the list
      const bool known_first = e.list && ii < items_.size() && items_[ii].kind == ItemKind::Mention;
      if (!known_first && !name_token_ok(ii, true)) return false;
      std::size_t n = 1;
      while (!known_first && n < 4 && name_token_ok(ii + n, false) && !person_opens(e, ii + n)) ++n;
      // (a known first name is one item, whatever the words it has)
      for (; (known_first || n >= static_cast<std::size_t>(e.min_tokens)) && n > 0; --n) {
        const auto f = m.first, l = m.last;
        const std::size_t spans = m.name_spans.size();
        if (!known_first) m.name_spans.push_back({items_[ii].tb, items_[ii + n - 1].te});
        note(m, ii, ii + n - 1);
        if (e.list) {
          // the rule goes on after the whole list, else after its first name
          const std::size_t after = name_list(ii + n, m);
          if (after > ii + n) {
            note(m, ii, after - 1);
            if (step(ei + 1, after, m)) return true;
            m.name_spans.resize(known_first ? spans : spans + 1);
            m.first = f;
            m.last = l;
            note(m, ii, ii + n - 1);
          }
        }
        if (!known_first && step(ei + 1, ii + n, m)) return true;
        m.name_spans.resize(spans);
        m.first = f;
        m.last = l;
      }
      return false;
    }
  }
  return false;
}

// "CEO of Kioxia Holdings Corporation Nobuo Hayasaka": an organisation's name (a Name
// element typed company or organisation) ends before a given name and the capitalised word
// after it, a person's name
bool Matcher::person_opens(const Elem& e, std::size_t k) const {
  const std::uint32_t orgs = type_bit(EntityType::Company) | type_bit(EntityType::Organization);
  if (!e.types || (e.types & ~orgs)) return false;
  if (k + 1 >= items_.size() || items_[k].kind != ItemKind::Tok || items_[k + 1].kind != ItemKind::Tok) return false;
  const Token& t = toks_[items_[k].tb];
  const Token& next = toks_[items_[k + 1].tb];
  return (t.flags & kGivenName) && next.upper && next.kind == TokKind::Word;
}

std::size_t conjunction_phrase_at(const std::vector<Item>& items, const std::vector<Token>& toks,
                                  const RuleIndex& index, std::size_t i) {
  auto tok = [&](std::size_t k) -> const Token* {
    return k < items.size() && items[k].kind == ItemKind::Tok ? &toks[items[k].tb] : nullptr;
  };
  if (const Token* first = tok(i); first && !index.may_open_conjunction(first->key)) return 0;
  // the longest phrase: "ou encore" is one conjunction, not "ou" before a word "encore"
  std::size_t longest = 0;
  for (const auto& phrase : index.conjunctions) {
    std::size_t n = 0;
    while (n < phrase.size() && tok(i + n) && tok(i + n)->key == phrase[n]) ++n;
    if (n == phrase.size()) longest = std::max(longest, n);
  }
  return longest;
}

std::size_t conjunction_before(const std::vector<Item>& items, const std::vector<Token>& toks, const RuleIndex& index,
                               std::size_t i) {
  if (i >= 1 && conjunction_at(items, toks, index, i - 1) == 1) return 1;
  for (const auto& phrase : index.conjunctions)
    if (i >= phrase.size() && conjunction_at(items, toks, index, i - phrase.size()) == phrase.size())
      return phrase.size();
  return 0;
}

std::size_t Matcher::name_list(std::size_t k, Match& m) const {
  // "games: Hay Day, Clash of Clans and Boom Beach": the names coordinated from item k on
  // (", B", "and C"; a name joiner inside one, "Clash of Clans"), known ones passed over;
  // returns the item after the last one (k when there is none)
  std::size_t after = k;
  for (int members = 0; members < 12; ++members) {
    std::size_t q = k;
    const bool comma = is_tok(q, ",");
    if (comma) ++q;
    const std::size_t conj = conjunction_at(items_, toks_, index_, q);
    q += conj;
    if (!comma && !conj) break;
    q = past_honorific(q, true);
    if (q < items_.size() && items_[q].kind == ItemKind::Mention) {
      k = after = q + 1;
      continue;
    }
    if (!name_token_ok(q, true)) break;
    std::size_t w = 1;
    while (w < 6) {
      if (name_token_ok(q + w, false)) { ++w; continue; }
      if (w + 1 < 6 && flagged(q + w, kNameJoiner) && !conjunction_at(items_, toks_, index_, q + w) &&
          name_token_ok(q + w + 1, true)) { w += 2; continue; }
      break;
    }
    // a person's name has two words at least: "Founded by Louis Larret, Predictice raised":
    // the one word after the comma opens the sentence, no founder
    if (w == 1 && rule_->discovery && rule_->new_type == EntityType::Person) break;
    m.name_spans.push_back({items_[q].tb, items_[q + w - 1].te});
    k = after = q + w;
  }
  return after;
}

bool Matcher::plural_apposition(std::size_t at) const {
  // "A and B, co-founders of Y", "A et B, deux anciens de Y": a plural noun the rules know,
  // after a name used before it too ("A, B and C, three former Meta researchers")
  // "A, B et C — qui ont ensuite cofondé Y", "A and B, who were ...": a relative whose verb is plural
  if (at + 1 < items_.size() && items_[at].kind == ItemKind::Tok && items_[at + 1].kind == ItemKind::Tok &&
      (toks_[items_[at].tb].flags & kOpener) && (toks_[items_[at + 1].tb].flags & kPluralVerb))
    return true;
  for (std::size_t k = at, words = 0; k < items_.size() && words < 4; ++k) {
    if (items_[k].kind != ItemKind::Tok) {
      if (k == at) return false;
      continue;
    }
    ++words;
    const Token& t = toks_[items_[k].tb];
    if (t.kind == TokKind::Punct) return false;
    if ((t.flags & kRuleWord) && t.key.size() >= 5 && (t.key.back() == 's' || t.key.back() == 'x')) return true;
  }
  return false;
}

bool Matcher::described_aside(std::size_t open) const {
  const Item& first = items_[open + 1];
  if (first.kind != ItemKind::Tok) return false;
  const Token& t = toks_[first.tb];
  const auto c = static_cast<unsigned char>(t.key.empty() ? 0 : t.key[0]);
  return t.kind == TokKind::Word && !(c >= '0' && c <= '9');
}

std::size_t Matcher::bracket_end(std::size_t open) const {
  int depth = 0;
  for (std::size_t k = open; k < items_.size() && k < open + 40; ++k) {
    if (is_tok(k, "(")) ++depth;
    else if (is_tok(k, ")") && --depth == 0) return k + 1;
  }
  return 0;
}

// The item after the dash that closes the aside a dash at `open` opens (0 if none: no
// closing dash before the sentence's end, or a stop inside).
std::size_t Matcher::dash_aside_end(std::size_t open) const {
  for (std::size_t k = open + 1; k < items_.size() && k < open + 40; ++k) {
    if (items_[k].kind != ItemKind::Tok) continue;
    const auto& key = toks_[items_[k].tb].key;
    if (is_dash(key)) return k + 1;
    if (key == "." || key == ";" || key == ":" || key == "?" || key == "!") return 0;
  }
  return 0;
}

int Matcher::sentence_subject(const Elem& e) const {
  auto fits = [&](int entity) { return e.types == 0 || ents_.get(entity).fits(e.types); };
  for (std::size_t i = 0; i < items_.size(); ++i) {
    const auto& it = items_[i];
    if (it.kind == ItemKind::Mention) {
      // "Elon Musk's xAI raised ...": the name after the possessive is the subject, when it fits
      if (possessor(i) && fits(items_[i + 2].entity)) return items_[i + 2].entity;
      return fits(it.entity) ? it.entity : -1;
    }
    if (it.kind != ItemKind::Tok) return -1;
    const Token& t = toks_[it.tb];
    if (t.kind != TokKind::Punct && !(t.flags & kCorefLead)) {
      // "Private equity firm Thoma Bravo has added ...": a few words of description ending
      // in a descriptor noun right before the name
      std::size_t k = i;
      while (k < items_.size() && k < i + 4 && items_[k].kind == ItemKind::Tok && toks_[items_[k].tb].kind == TokKind::Word &&
             !(toks_[items_[k].tb].flags & kDescriptor))
        ++k;
      if (k < items_.size() && k + 1 < items_.size() && items_[k].kind == ItemKind::Tok &&
          (toks_[items_[k].tb].flags & kDescriptor) && items_[k + 1].kind == ItemKind::Mention)
        return fits(items_[k + 1].entity) ? items_[k + 1].entity : -1;
      return -1;
    }
  }
  return -1;
}

bool Matcher::subject_invests() const {
  // the first name, then up to two words ("has also", "a") before an investor verb
  std::size_t i = 0;
  while (i < items_.size() && items_[i].kind != ItemKind::Mention) ++i;
  for (std::size_t k = i + 1; k < items_.size() && k <= i + 3; ++k) {
    if (items_[k].kind != ItemKind::Tok) return false;
    // (not a passive one: "It is backed by A and B" names the company invested in)
    if (toks_[items_[k].tb].flags & kInvestorVerb)
      return !(k + 1 < items_.size() && items_[k + 1].kind == ItemKind::Tok &&
               (toks_[items_[k + 1].tb].flags & kPassiveAgent));
  }
  return false;
}

int Matcher::nearest(const Elem& e, std::size_t before_tok) const {
  for (std::size_t k = doc_mentions_.size(); k-- > 0;) {
    const auto& dm = doc_mentions_[k];
    if (dm.tb >= before_tok || dm.demonym) continue;
    if (e.types != 0 && !ents_.get(dm.entity).fits(e.types)) continue;
    return dm.entity;
  }
  return -1;
}

int Matcher::topic(const Elem& e, std::size_t before_tok) const {
  const auto counts = named_before(doc_mentions_, before_tok, [&](int entity) {
    const auto& ent = ents_.get(entity);
    return ent.type != EntityType::Country && (e.types == 0 || ent.fits(e.types));
  });
  return most_named(counts, ents_, [](int) { return true; });
}

}  // namespace kg::extract::detail
