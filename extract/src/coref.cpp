// Coreference: descriptions and pronouns that open a sentence ("The company", "Elle")
// stand for one clear earlier entity (coref.hpp).
#include "coref.hpp"

#include <algorithm>

#include "matcher.hpp"

namespace kg::extract::detail {

namespace {
// A capitalised word after a description that gives its name ("la société d'investissement
// Lux Capital"); a title is none ("Son PDG, X": the description stands for the company).
bool capitalised_name_word(const Token& t) {
  return t.kind == TokKind::Word && t.upper && !(t.flags & kNotName);
}
// Whether items [0, end) hold a mention of an entity `pick` accepts.
template <class Pick>
bool mentioned_before(const std::vector<Item>& its, std::size_t end, Pick pick) {
  return std::any_of(its.begin(), its.begin() + static_cast<std::ptrdiff_t>(std::min(end, its.size())),
                     [&](const Item& it) { return it.kind == ItemKind::Mention && pick(it.entity); });
}
}  // namespace
int Coreference::doc_topic(std::uint32_t types) const {
  for (const auto& se : sent_ents_)
    for (auto [ent, opens] : se) {
      if (!opens) continue;
      const auto& e = ents_.get(ent);
      if (e.fits(types) && e.type != EntityType::Country) return ent;
    }
  return -1;
}

Coreference::Coreference(const std::vector<Coref>& corefs, const RuleIndex& index, const std::vector<Token>& toks,
                         const DocEntities& ents)
    : corefs_(corefs), index_(index), toks_(toks), ents_(ents) {
  // a description inside a sentence ends with its head noun ("the company"): a sentence
  // without one of those words has none to resolve
  for (const auto& c : corefs_) {
    if (!c.inside) continue;
    inside_.push_back(&c);
    if (!c.pattern.elems.empty())
      inside_heads_.insert(inside_heads_.end(), c.pattern.elems.back().alt_vids.begin(),
                           c.pattern.elems.back().alt_vids.end());
  }
  std::sort(inside_heads_.begin(), inside_heads_.end());
}

int Coreference::most_named(std::uint32_t types) const {
  return detail::most_named(named_, ents_, [&](int ent) {
    return ents_.get(ent).fits(types) && ents_.get(ent).type != EntityType::Country;
  });
}

int Coreference::dominant(std::uint32_t types) const {
  const int top = most_named(types);
  if (top < 0 || ents_.get(top).open) return -1;
  const int n = times_named(top);
  int second = 0;
  for (const auto& [ent, k] : named_) {
    const auto& e = ents_.get(ent);
    if (ent != top && e.fits(types) && e.type != EntityType::Country) second = std::max(second, k);
  }
  return n >= 3 && n >= 2 * second ? top : -1;
}

int Coreference::by_country(const std::vector<Item>& its, std::size_t a, std::size_t b, std::uint32_t types) const {
  const std::size_t q = demonym_at(its, a, b);
  if (q == SIZE_MAX) return -1;
  int found = -1;
  for (const auto& [ent, n] : named_) {
    const auto& e = ents_.get(ent);
    if (!e.fits(types) || e.type == EntityType::Country || e.open || e.country_id < 0) continue;
    if (e.country_id != its[q].entity && e.country_id != its[q].entity2) continue;
    if (found >= 0) return -1;  // two of that country: no single referent
    found = ent;
  }
  return found;
}

int Coreference::times_named(int entity) const {
  for (const auto& [ent, n] : named_)
    if (ent == entity) return n;
  return 0;
}

void Coreference::resolve(std::vector<Item>& its) {
  based_.clear();
  fronted_ = SIZE_MAX;
  if (corefs_.empty()) return;
  opening_unresolved_ = false;
  resolve_opening(its);
  resolve_inside(its);
}

std::size_t Coreference::demonym_at(const std::vector<Item>& its, std::size_t a, std::size_t b) const {
  // a demonym inside the description or right after its head, or a place before a
  // hyphen suffix that locates ("The London-based company")
  for (std::size_t q = a; q < its.size() && q <= b + 1; ++q) {
    const bool located = its[q].kind == ItemKind::Mention && q < b && ents_.get(its[q].entity).type == EntityType::Country &&
                         its[q + 1].kind == ItemKind::Tok && (toks_[its[q + 1].tb].flags & kLocatingSuffix);
    if (its[q].kind == ItemKind::Demonym || located) return q;
  }
  // "la firme de Cupertino", "the company from Shenzhen": a place right after the head
  if (b + 2 < its.size() && its[b + 1].kind == ItemKind::Tok && (toks_[its[b + 1].tb].flags & kOriginPrep) &&
      its[b + 2].kind == ItemKind::Demonym)
    return b + 2;
  return SIZE_MAX;
}

bool Coreference::other_country(const std::vector<Item>& its, std::size_t a, std::size_t b, int entity) const {
  const int home = ents_.get(entity).country_id;
  const std::size_t q = demonym_at(its, a, b);
  return home >= 0 && q != SIZE_MAX && its[q].entity != home && its[q].entity2 != home;
}

void Coreference::replace(std::vector<Item>& its, std::size_t a, std::size_t b, int found) {
  Item it;
  it.kind = ItemKind::Mention;
  it.tb = its[a].tb;
  it.te = its[b].te;
  it.entity = found;
  it.coref = true;
  if (const std::size_t q = demonym_at(its, a, b); q != SIZE_MAX) {
    based_.emplace_back(found, its[q].entity);
    // "cette start-up franco-américaine": both countries
    if (its[q].kind == ItemKind::Demonym && its[q].entity2 >= 0) based_.emplace_back(found, its[q].entity2);
  }
  its.erase(its.begin() + static_cast<std::ptrdiff_t>(a), its.begin() + static_cast<std::ptrdiff_t>(b) + 1);
  its.insert(its.begin() + static_cast<std::ptrdiff_t>(a), it);
}

void Coreference::resolve_inside(std::vector<Item>& its) {
  bool head = false;
  for (const auto& it : its)
    head = head || (it.kind == ItemKind::Tok && toks_[it.tb].vid &&
                    std::binary_search(inside_heads_.begin(), inside_heads_.end(), toks_[it.tb].vid));
  if (!head) return;
  Matcher cm(its, toks_, ents_, index_, no_mentions_);
  Match mm;  // (match_at sets it up anew: its buffers are reused)
  for (std::size_t s0 = 1; s0 < its.size(); ++s0) {
    if (its[s0].kind != ItemKind::Tok || its[s0 - 1].coref) continue;
    for (const Coref* cp : inside_) {
      const Coref& c = *cp;
      if (!cm.may_start(c.pattern, s0)) continue;
      if (!cm.match_at(c.pattern, s0, mm) || mm.first == SIZE_MAX) continue;
      // "the company Norvex", "la société d'investissement Lux Capital": the name is given
      bool named = false;
      for (std::size_t nx = mm.last + 1; nx < its.size() && nx <= mm.last + 3 && !named; ++nx) {
        // "the company's Voyager software": the name after a possessive is the thing possessed
        if (its[nx].kind == ItemKind::Tok && key_is(toks_[its[nx].tb].key, kPossessive)) break;
        named = its[nx].kind == ItemKind::Mention ||
                (its[nx].kind == ItemKind::Tok && capitalised_name_word(toks_[its[nx].tb]));
      }
      if (named) break;
      // "la start-up française de santé ...": a description with a complement is a new one
      // (not one a demonstrative opens: "à cette entreprise sud-coréenne pour ...")
      if (!(its[mm.first].kind == ItemKind::Tok && (toks_[its[mm.first].tb].flags & kDemonstrative))) {
        std::size_t nx = mm.last + 1;
        while (nx < its.size() && its[nx].kind == ItemKind::Demonym) ++nx;
        if (nx < its.size() && its[nx].kind == ItemKind::Tok && (toks_[its[nx].tb].flags & kComplementPrep)) break;
      }
      // "OpenAI, l'entreprise qui a créé ChatGPT": an apposition stands for the name before it
      // (not the description after a fronted clause: "Founded as X, the chipmaker now ...")
      const bool fronted = its[0].kind == ItemKind::Tok && (toks_[its[0].tb].flags & kFronted);
      if (mm.first >= 2 && its[mm.first - 1].kind == ItemKind::Tok && toks_[its[mm.first - 1].tb].key == ",") {
        if (fronted) break;
        if (its[mm.first - 2].kind == ItemKind::Mention && ents_.get(its[mm.first - 2].entity).fits(c.types) &&
            !other_country(its, mm.first, mm.last, its[mm.first - 2].entity))
          replace(its, mm.first, mm.last, its[mm.first - 2].entity);
        break;
      }
      // a referent the sentence already resolved ("Son directeur ... a cofondé la société"),
      // else the topic
      int topic = -1;
      for (std::size_t k = 0; k < mm.first && topic < 0; ++k)
        if (its[k].coref && ents_.get(its[k].entity).fits(c.types)) topic = its[k].entity;
      if (topic >= 0) {
        if (!other_country(its, mm.first, mm.last, topic)) replace(its, mm.first, mm.last, topic);
        break;
      }
      // "Son directeur général ... a cofondé la société": whose, the sentence did not say
      if (opening_unresolved_) break;
      topic = most_named(c.types);
      // "s'intéresserait à cette entreprise sud-coréenne": the one company of that country
      // the document named, when the topic is not of it
      if (const int local = by_country(its, mm.first, mm.last, c.types);
          local >= 0 && (topic < 0 || other_country(its, mm.first, mm.last, topic))) {
        if (!mentioned_before(its, mm.first, [&](int ent) { return ent == local; })) replace(its, mm.first, mm.last, local);
        break;
      }
      if (topic < 0) break;
      // the topic named in this sentence already is not what a description stands for; nor
      // is a topic named once when the sentence names another fitting name first ("Le
      // premier tour de Mistral AI valorise la société parisienne" after one "Meta")
      const bool named_before = mentioned_before(its, mm.first, [&](int ent) { return ent == topic; });
      const bool other_before = mentioned_before(its, mm.first, [&](int ent) {
        const auto& e = ents_.get(ent);
        return ent != topic && e.fits(c.types) && e.type != EntityType::Country;
      });
      // ... unless the description says where it is based, and no other fitting name came
      // before it ("Lightmatter's largest round, but the Boston-based company ...")
      const bool locates = named_before && !other_before && demonym_at(its, mm.first, mm.last) != SIZE_MAX &&
                           !other_country(its, mm.first, mm.last, topic);
      if (locates) { replace(its, mm.first, mm.last, topic); break; }
      if (named_before || (other_before && times_named(topic) < 2) || other_country(its, mm.first, mm.last, topic)) break;
      replace(its, mm.first, mm.last, topic);
      break;
    }
  }
}

void Coreference::resolve_opening(std::vector<Item>& its) {
  std::size_t start = 0;
  while (start < its.size() && start < 4 && its[start].kind == ItemKind::Tok &&
         (toks_[its[start].tb].kind == TokKind::Punct || (toks_[its[start].tb].flags & kCorefLead)))
    ++start;
  // Where a description may start: the sentence's opening, or, after a fronted
  // participle clause ("Fondée en 2023 par X, Y, l'entreprise ..."), right after one of
  // its commas (a lead word such as "the" may come first).
  std::vector<std::pair<std::size_t, bool>> starts;  // (item, after a fronted clause)
  for (std::size_t s0 = 0; s0 <= start && s0 < its.size(); ++s0) starts.emplace_back(s0, false);
  auto after_comma = [&](std::size_t k) {
    for (std::size_t s0 = k + 1; s0 < its.size() && s0 <= k + 2; ++s0) {
      starts.emplace_back(s0, true);
      if (its[s0].kind != ItemKind::Tok || !(toks_[its[s0].tb].flags & kCorefLead)) break;
    }
  };
  if (its.size() > 3 && its[0].kind == ItemKind::Tok && (toks_[its[0].tb].flags & kFronted)) {
    for (std::size_t k = 1; k + 1 < its.size() && k < 40; ++k)
      if (its[k].kind == ItemKind::Tok && toks_[its[k].tb].key == ",") after_comma(k);
  } else if (its.size() > 3 && its[0].kind == ItemKind::Tok) {
    // a short fronted phrase that names nothing, up to its comma ("Sept ans après son
    // lancement, la start-up américaine ...", "Seven years after its launch, the startup
    // ..."): read as a fronted clause (its referent chosen as strictly)
    for (std::size_t k = 1; k + 1 < its.size() && k <= 8 && its[k].kind == ItemKind::Tok; ++k)
      if (toks_[its[k].tb].key == ",") {
        if (k > start) after_comma(k);
        break;
      }
  }
  for (auto [s0, fronted] : starts) {
    const bool tok_only = its[s0].kind == ItemKind::Tok;
    if (!tok_only) {
      if (fronted) continue;
      break;
    }
    for (const auto& c : corefs_) {
      Matcher cm(its, toks_, ents_, index_, no_mentions_);
      // (a pattern opening with a required word fails at once on another: may_start says
      // so without setting up a match)
      if (!c.pattern.elems.empty() && c.pattern.elems.front().kind == El::Lit && !cm.may_start(c.pattern, s0))
        continue;
      Match mm;
      if (!cm.match_at(c.pattern, s0, mm) || mm.first == SIZE_MAX) continue;
      // "The company Norvex ...", "La société chinoise Norvex": the name is given
      {
        std::size_t nx = mm.last + 1;
        while (nx < its.size() && its[nx].kind == ItemKind::Demonym) ++nx;
        if (nx < its.size() && (its[nx].kind == ItemKind::Mention ||
                                capitalised_name_word(toks_[its[nx].tb])))
          return;
      }
      int found = -1;
      if (fronted) {
        // After a fronted clause the referent is the subject that opened at least two of
        // the last three sentences, else the document's topic (the first subject) if one
        // of them names it; never a name that merely came last (an investor, a former
        // employer).
        auto fits = [&](int ent) {
          const auto& e = ents_.get(ent);
          return e.fits(c.types) && e.type != EntityType::Country;
        };
        int recent = -1, opened = 0;
        for (std::size_t back = sent_ents_.size(), hops = 0; back-- > 0 && hops < 3; ++hops)
          for (auto [ent, opens] : sent_ents_[back]) {
            if (!opens || !fits(ent)) continue;
            if (recent < 0) recent = ent;
            if (ent == recent) ++opened;
            break;
          }
        if (recent >= 0 && opened >= 2) found = recent;
        const int topic = found < 0 ? doc_topic(c.types) : -1;
        for (std::size_t back = sent_ents_.size(), hops = 0; topic >= 0 && found < 0 && back-- > 0 && hops < 3; ++hops)
          for (auto [ent, opens] : sent_ents_[back])
            if (ent == topic) found = topic;
        // else the document's clear topic, for a company description ("Fondée en 2014 par
        // A et B, cette pépite ...")
        if (found < 0 && c.inside) found = dominant(c.types);
        // else the one fitting name of the sentence before, when the clause names none
        // ("L'exemple le plus marquant est celui d'InstaDeep. Fondée en 2014 par A et B,
        // cette pépite ...")
        if (found < 0 && c.inside && !sent_ents_.empty()) {
          int only = -1, n = 0;
          for (auto [ent, opens] : sent_ents_.back())
            if (fits(ent) && ent != only) { only = ent; ++n; }
          if (n == 1 && !mentioned_before(its, mm.first, fits) && !ents_.get(only).open) found = only;
        }
        if (found < 0) {
          opening_unresolved_ = true;
          return;
        }
      }
      for (std::size_t back = sent_ents_.size(), hops = 0; !fronted && back-- > 0 && hops < 3; ++hops) {
        std::vector<int> fit;
        int opener = -1;
        for (auto [ent, opens] : sent_ents_[back]) {
          const auto& e = ents_.get(ent);
          if (!e.fits(c.types) || e.type == EntityType::Country) continue;
          if (std::find(fit.begin(), fit.end(), ent) == fit.end()) fit.push_back(ent);
          if (opens && opener < 0) opener = ent;
        }
        if (fit.empty()) continue;
        // "Figure signed a partnership with BMW. The German automaker ...": of several
        // names, the one of the description's country (by the lexicon), when only one is
        if (const std::size_t q = demonym_at(its, mm.first, mm.last); q != SIZE_MAX && fit.size() > 1) {
          int local = -1, n = 0;
          for (int ent : fit) {
            const int home = ents_.get(ent).country_id;
            if (home >= 0 && (home == its[q].entity || home == its[q].entity2)) { local = ent; ++n; }
          }
          if (n == 1) fit.assign(1, local);
        }
        if (fit.size() == 1) found = fit[0];
        else if (opener >= 0 && opener == fit[0]) found = opener;
        // a name known by its capitals alone is a guess ("Microsoft Copilot, Windows and
        // Surface": Surface, a product, is no company for "the tech titan")
        if (found >= 0 && ents_.get(found).open) found = -1;
        break;
      }
      // "The fledgling firm", "La start-up": of several names, the one the text has just
      // called a young company (within the last ten sentences)
      if (found < 0 && startup_.first >= 0 && startup_.second + 10 >= sent_ents_.size() &&
          ents_.get(startup_.first).fits(c.types))
        for (std::size_t q = mm.first; q <= mm.last && q < its.size(); ++q)
          if (its[q].kind == ItemKind::Tok && (toks_[its[q].tb].flags & kStartupWord)) {
            found = startup_.first;
            break;
          }
      // no clear referent nearby: a company description ("The company has developed ...")
      // stands for the document's clear topic, if it has one
      if (found < 0 && c.inside) found = dominant(c.types);
      if (found < 0 || other_country(its, mm.first, mm.last, found)) {
        opening_unresolved_ = true;
        return;
      }
      if (fronted) fronted_ = mm.first;
      replace(its, mm.first, mm.last, found);
      return;
    }
  }
}

void Coreference::record(const std::vector<Item>& items) {
  std::vector<std::pair<int, bool>> here;  // (entity, opens the sentence)
  // "... pour des groupes comme Allianz, Philips ou Rolls-Royce": names after the first
  // example cue are examples or clients, not a later description's referent
  std::size_t examples_from = items.size();
  for (std::size_t q = 0; q < items.size() && examples_from == items.size(); ++q)
    if (items[q].kind == ItemKind::Tok && (toks_[items[q].tb].flags & kExampleCue)) examples_from = q;
  // "According to TechCrunch, Windsurf is ...": a source's clause opens no sentence; the name
  // right after its comma does
  std::size_t clause_start = 0;
  {
    std::size_t first = 0;
    while (first < items.size() && items[first].kind == ItemKind::Tok && toks_[items[first].tb].kind == TokKind::Punct)
      ++first;
    if (first < items.size() && items[first].kind == ItemKind::Tok && (toks_[items[first].tb].flags & kSourceOpener))
      for (std::size_t q = first + 1; q < items.size() && q <= first + 8; ++q)
        if (items[q].kind == ItemKind::Tok && toks_[items[q].tb].key == ",") {
          clause_start = q + 1;
          break;
        }
  }
  for (std::size_t k = 0; k < items.size(); ++k) {
    const auto& it = items[k];
    if (it.kind != ItemKind::Mention) continue;
    bool opens = k >= clause_start;  // only connectors, determiners and punctuation before it
    for (std::size_t q = clause_start; q < k && opens; ++q)
      opens = items[q].kind == ItemKind::Tok && (toks_[items[q].tb].kind == TokKind::Punct ||
                                                 (toks_[items[q].tb].flags & kCorefLead));
    // "Baidu and Alibaba ...": a subject of two names gives no single referent
    if (!here.empty() && here.front().second) {
      const bool comma = items[k - 1].kind == ItemKind::Tok && toks_[items[k - 1].tb].key == ",";
      const std::size_t n = comma ? 1 : conjunction_before(items, toks_, index_, k);
      if (n && k >= n + 1 && items[k - n - 1].kind == ItemKind::Mention) here.front().second = false;
    }
    // (a source is no referent: "According to TechCrunch, Windsurf ... It ...")
    if (k < examples_from && k >= clause_start) here.emplace_back(it.entity, opens);
    // "to set up her start-up, Thinking Machines Lab", "la pépite finlandaise Silo AI"; in
    // an apposition after the name: "AZmed, une start-up cofondée avec ..." (a company: not
    // the co-founder named after it)
    const auto& ent = ents_.get(it.entity);
    const bool company = ent.type == EntityType::Company || ent.type == EntityType::Organization;
    for (std::size_t q = k >= 4 ? k - 4 : 0; company && q < k; ++q)
      if (items[q].kind == ItemKind::Tok && (toks_[items[q].tb].flags & kStartupWord))
        startup_ = {it.entity, sent_ents_.size()};
    if (company && k + 2 < items.size() && items[k + 1].kind == ItemKind::Tok && toks_[items[k + 1].tb].key == ",")
      for (std::size_t q = k + 2; q < items.size() && q <= k + 4 && items[q].kind == ItemKind::Tok; ++q)
        if (toks_[items[q].tb].flags & kStartupWord) {
          startup_ = {it.entity, sent_ents_.size()};
          break;
        }
    auto n = std::find_if(named_.begin(), named_.end(), [&](const auto& c) { return c.first == it.entity; });
    if (n == named_.end()) named_.emplace_back(it.entity, 1);
    else ++n->second;
  }
  sent_ents_.push_back(std::move(here));
}

}  // namespace kg::extract::detail
