// Rule loading: patterns, word classes, blockers and descriptions of the rule files.
#include <sstream>

#include "json_data.hpp"
#include "kg/error.hpp"
#include "kg/text.hpp"
#include "lexicon.hpp"
#include "rules.hpp"

namespace kg::extract::detail {

namespace {

// The one-word lists at the top level of a rule file (blockers' own are below).
struct WordListKey {
  const char* key;
  Words words;
};
constexpr WordListKey kWordLists[] = {
    {"name_stopwords", Words::NameStop},
    {"coref_lead", Words::CorefLead},
    {"org_heads_last", Words::OrgHeadLast},
    {"event_heads_last", Words::EventHeadLast},
    {"time_words", Words::TimeWord},
    {"owner_participles", Words::OwnerParticiple},
    {"org_heads_first", Words::OrgHeadFirst},
    {"org_head_links", Words::OrgHeadLink},
    {"slot_prepositions", Words::SlotPreposition},
    {"place_prepositions", Words::PlacePreposition},
    {"coordination_determiners", Words::CoordDeterminer},
    {"apposition_openers", Words::AppositionOpener},
    {"former_words", Words::Former},
    {"fronted_participles", Words::FrontedParticiple},
    {"passive_agents", Words::PassiveAgent},
    {"given_names", Words::GivenName},
    {"family_names_first", Words::FamilyFirst},
    {"company_suffixes", Words::CompanySuffix},
    {"name_joiners", Words::NameJoiner},
    {"not_names", Words::NotName},
    {"name_open_starts", Words::NameOpenStart},
    {"name_particles", Words::NameParticle},
    {"version_words", Words::VersionWord},
    {"legal_forms", Words::LegalForm},
    {"unit_words", Words::UnitWord},
    {"name_tails", Words::NameTail},
    {"example_cues", Words::ExampleCue},
    {"startup_words", Words::StartupWord},
    {"future_words", Words::FutureWord},
    {"locating_suffixes", Words::LocatingSuffix},
    {"honorifics", Words::Honorific},
    {"descriptor_nouns", Words::Descriptor},
    {"headline_cues", Words::HeadlineCue},
    {"singular_verbs", Words::SingularVerb},
    {"origin_prepositions", Words::OriginPrep},
    {"investor_heads", Words::InvestorHead},
    {"funding_cues", Words::FundingCue},
    {"investee_prepositions", Words::InvesteePrep},
    {"rival_cues", Words::RivalCue},
    {"function_words", Words::FunctionWord},
    {"unit_cues", Words::UnitCue},
    {"investor_verbs", Words::InvestorVerb},
    {"list_trailers", Words::ListTrailer},
    {"demonstratives", Words::Demonstrative},
    {"complement_prepositions", Words::ComplementPrep},
    {"list_adjuncts", Words::ListAdjunct},
    {"possessed_products", Words::PossessedProduct},
    {"age_words", Words::AgeWord},
    {"plural_verbs", Words::PluralVerb},
    {"source_openers", Words::SourceOpener},
    {"measure_units", Words::MeasureUnit},
    {"staff_nouns", Words::StaffNoun},
};
// Every other key a rule file may hold.
constexpr const char* kOtherKeys[] = {"version", "lang", "macros", "blockers", "boilerplate", "boilerplate_widgets",
                                      "comment_stamps", "article_stamps", "elisions", "abbreviations", "hyphen_suffixes", "hyphen_prefixes", "ampersand_words", "conjunctions",
                                      "maker_chip_suffixes", "confidence", "coref", "rules"};

// Folded words of a list whose entries are single words (compared with one token's key).
std::vector<std::string> one_words(const rapidjson::Value& v, const char* key, const std::string& where) {
  std::vector<std::string> out;
  for (const auto& w : string_list(v, key, where)) {
    std::string k = fold(w);
    if (k.empty() || k.find(' ') != std::string::npos)
      throw InputError(where + ": '" + key + "' holds \"" + w + "\": one word each");
    out.push_back(std::move(k));
  }
  return out;
}

// An optional true/false key of a rule or coref entry: `out` keeps its value when the key is absent.
void read_flag(const rapidjson::Value& v, const char* key, const std::string& where, bool& out) {
  const auto m = v.FindMember(key);
  if (m == v.MemberEnd()) return;
  if (!m->value.IsBool()) throw InputError(where + ": '" + key + "' must be true or false");
  out = m->value.GetBool();
}

void check_keys(const rapidjson::Value& d, const std::string& source) {
  for (const auto& kv : d.GetObject()) {
    const std::string_view k(kv.name.GetString(), kv.name.GetStringLength());
    bool known = false;
    for (const auto& wl : kWordLists) known = known || k == wl.key;
    for (const char* o : kOtherKeys) known = known || k == o;
    if (!known) throw InputError(source + ": unknown key '" + std::string(k) + "' (extract/rules/README.md lists them)");
  }
}

// "confidence": {"coref": 0.85, ...}: each a number in (0, 1]; a later file's value wins.
void read_confidence(const rapidjson::Value& d, const std::string& source, Confidence& c) {
  auto it = d.FindMember("confidence");
  if (it == d.MemberEnd()) return;
  if (!it->value.IsObject()) throw InputError(source + ": 'confidence' must be an object of factors");
  const std::pair<const char*, double*> factors[] = {
      {"discovered", &c.discovered},
      {"open", &c.open},
      {"pronoun", &c.pronoun},
      {"coref", &c.coref},
      {"lexicon.maker", &c.lexicon_maker},
      {"lexicon.maker_named", &c.lexicon_maker_named},
      {"lexicon.maker_in_doc", &c.lexicon_maker_in_doc},
      {"lexicon.name_country", &c.lexicon_name_country},
      {"coref.demonym", &c.coref_demonym},
      {"name.unit", &c.name_unit},
      {"name.ticker", &c.name_ticker},
      {"investor_list", &c.investor_list},
      {"rival_list", &c.rival_list},
      {"demonym_list", &c.demonym_list},
      {"unit_list", &c.unit_list}};
  for (const auto& kv : it->value.GetObject()) {
    const std::string name(kv.name.GetString(), kv.name.GetStringLength());
    double* slot = nullptr;
    for (const auto& [k, p] : factors)
      if (name == k) slot = p;
    if (!slot) {
      std::string known;
      for (const auto& [k, p] : factors) known += (known.empty() ? "" : ", ") + std::string(k);
      throw InputError(source + ": unknown factor 'confidence." + name + "' (" + known + ")");
    }
    if (!kv.value.IsNumber() || !(kv.value.GetDouble() > 0 && kv.value.GetDouble() <= 1))
      throw InputError(source + ": 'confidence." + name + "' must be a number in (0, 1]");
    *slot = kv.value.GetDouble();
  }
}

}  // namespace

void RuleSet::add(std::string_view json, const std::string& source) {
  auto d = parse_json(json, source);
  check_keys(d, source);
  if (auto m = d.FindMember("macros"); m != d.MemberEnd()) {
    if (!m->value.IsObject()) throw InputError(source + ": \"macros\" must be an object");
    for (const auto& kv : m->value.GetObject()) {
      if (!kv.value.IsString()) throw InputError(source + ": macro values must be strings");
      macros[kv.name.GetString()] = kv.value.GetString();
    }
  }
  auto set = [&](Words w) -> std::unordered_set<std::string>& { return words[static_cast<std::size_t>(w)]; };
  if (auto b = d.FindMember("blockers"); b != d.MemberEnd()) {
    if (!b->value.IsObject()) throw InputError(source + ": 'blockers' must be an object (span, before, adjective_prefixes, idiom_openers, idiom_closers, idiom_heads)");
    const std::string where = source + ": blockers";
    // a phrase blocks at its first word when the rest follows ("yet to": not "yet another")
    for (auto& w : string_list(b->value, "span", where)) {
      std::string k = fold(w);
      if (k.empty()) throw InputError(where + ": 'span' holds an empty entry");
      if (k.find(' ') == std::string::npos) set(Words::SpanBlock).insert(std::move(k));
      else span_phrases.push_back(std::move(w));
    }
    for (auto& w : one_words(b->value, "adjective_prefixes", where)) set(Words::AdjectivePrefix).insert(std::move(w));
    for (auto& w : one_words(b->value, "idiom_openers", where)) set(Words::IdiomOpener).insert(std::move(w));
    for (auto& w : one_words(b->value, "idiom_closers", where)) set(Words::IdiomCloser).insert(std::move(w));
    for (auto& w : one_words(b->value, "idiom_heads", where)) set(Words::IdiomHead).insert(std::move(w));
    for (auto& w : string_list(b->value, "before", where)) before_blockers.push_back(std::move(w));
  }
  for (const auto& wl : kWordLists)
    for (auto& w : one_words(d, wl.key, source)) set(wl.words).insert(std::move(w));
  for (const auto& w : string_list(d, "conjunctions", source)) {
    std::string k = fold(w);
    if (k.empty()) throw InputError(source + ": 'conjunctions' holds an empty string");
    if (k.find(' ') == std::string::npos) set(Words::Conjunction).insert(std::move(k));
    else conjunction_phrases.push_back(w);
  }
  for (auto& w : string_list(d, "maker_chip_suffixes", source)) maker_chip_suffixes.push_back(std::move(w));
  for (auto& w : one_words(d, "abbreviations", source)) text.abbreviations.insert(std::move(w));
  for (auto& w : one_words(d, "hyphen_suffixes", source)) {
    if (w.size() < 2 || w[0] != '-')
      throw InputError(source + ": 'hyphen_suffixes' holds \"" + w + "\": a suffix with its hyphen (\"-based\")");
    text.hyphen_suffixes.insert(std::move(w));
  }
  for (auto& w : one_words(d, "hyphen_prefixes", source)) {
    if (w.size() < 2 || w.back() != '-')
      throw InputError(source + ": 'hyphen_prefixes' holds \"" + w + "\": a prefix with its hyphen (\"ex-\")");
    text.hyphen_prefixes.insert(std::move(w));
  }
  for (auto& w : one_words(d, "ampersand_words", source)) text.ampersand_words.insert(std::move(w));
  for (auto& w : one_words(d, "elisions", source)) {
    if (w.find('\'') != std::string::npos)
      throw InputError(source + ": 'elisions' holds \"" + w + "\": the word without its apostrophe (\"l\", not \"l'\")");
    text.elisions.insert(std::move(w));
  }
  auto& bp = text.boilerplate;
  for (const auto& w : string_list(d, "boilerplate", source)) bp.line_cues.push_back(kg::text::name_key(w));
  for (const auto& w : string_list(d, "boilerplate_widgets", source)) {
    std::string k = kg::text::name_key(w);
    if (k.size() > 1 && k.back() == '*') bp.widget_prefixes.push_back(k.substr(0, k.size() - 1));
    else bp.widgets.push_back(std::move(k));
  }
  for (const auto& w : string_list(d, "comment_stamps", source)) bp.comment_stamps.push_back(kg::text::name_key(w));
  for (const auto& w : string_list(d, "article_stamps", source)) bp.article_stamps.push_back(kg::text::name_key(w));
  read_confidence(d, source, confidence);
  if (auto cr = d.FindMember("coref"); cr != d.MemberEnd()) {
    if (!cr->value.IsArray()) throw InputError(source + ": \"coref\" must be a list");
    for (const auto& v : cr->value.GetArray()) {
      if (!v.IsObject()) throw InputError(source + ": coref entries must be objects");
      Coref c;
      const std::string id = string_field(v, "id");
      const std::string where = source + ": coref " + id;
      try {
        c.pattern = parse_pattern(id, string_field(v, "pattern"), macros);
      } catch (const InputError& e) {
        throw InputError(source + ": " + e.what());
      }
      for (const auto& el : c.pattern.elems)
        if (el.kind != El::Lit && el.kind != El::Gap) throw InputError(where + ": a coref pattern holds words only");
      const std::string types = string_field(v, "types");
      std::size_t i = 0;
      while (i <= types.size()) {
        std::size_t j = types.find('|', i);
        if (j == std::string::npos) j = types.size();
        auto t = parse_entity_type(types.substr(i, j - i));
        if (!t || *t == EntityType::Unknown) throw InputError(where + ": unknown type in '" + types + "'");
        c.types |= type_bit(*t);
        i = j + 1;
      }
      read_flag(v, "inside", where, c.inside);
      corefs.push_back(std::move(c));
    }
  }
  auto rs = d.FindMember("rules");
  if (rs == d.MemberEnd() || !rs->value.IsArray()) throw InputError(source + ": a rule file needs a \"rules\" list");
  std::size_t n = 0;
  for (const auto& v : rs->value.GetArray()) {
    ++n;
    if (!v.IsObject()) throw InputError(source + ": rule " + std::to_string(n) + ": expected an object");
    std::string id = string_field(v, "id");
    if (id.empty()) throw InputError(source + ": rule " + std::to_string(n) + ": missing \"id\"");
    // an id names one rule: in --explain output and in the facts' "rule" field
    if (const auto [it, fresh] = rule_files.emplace(id, source); !fresh)
      throw InputError(source + ": rule " + id + ": the id is taken (" + it->second + " gives it already)");
    const std::string where = source + ": rule " + id;
    std::string pattern = string_field(v, "pattern");
    Rule r;
    try {
      r = parse_pattern(id, pattern, macros);
    } catch (const InputError& e) {
      throw InputError(source + ": " + e.what());
    }
    if (auto c = v.FindMember("confidence"); c != v.MemberEnd() && c->value.IsNumber())
      r.confidence = c->value.GetDouble();
    if (r.confidence <= 0 || r.confidence > 1) throw InputError(where + ": confidence must be in (0, 1]");
    // "@NAME" in "unless": the words of a macro, so rules that share a list say it once
    for (const auto& u : string_list(v, "unless", where)) {
      if (u.size() < 2 || u[0] != '@') {
        r.unless.push_back(fold(u));
        continue;
      }
      const auto m = macros.find(u.substr(1));
      if (m == macros.end()) throw InputError(where + ": 'unless' names no macro " + u);
      for (std::size_t a = 0, b; a <= m->second.size(); a = b + 1) {
        b = std::min(m->second.find('|', a), m->second.size());
        if (b > a) r.unless.push_back(fold(m->second.substr(a, b - a)));
      }
    }
    if (auto nm = v.FindMember("nominal"); nm != v.MemberEnd() && nm->value.IsBool()) r.nominal = nm->value.GetBool();
    read_flag(v, "fronted", where, r.fronted);
    read_flag(v, "context_before", where, r.context_before);
    read_flag(v, "opens", where, r.opens);
    read_flag(v, "guarded", where, r.guarded);
    read_flag(v, "possessor", where, r.possessor);
    read_flag(v, "maker", where, r.maker);
    read_flag(v, "moves", where, r.moves);
    read_flag(v, "known", where, r.known);
    std::string disc = string_field(v, "discover");
    if (!disc.empty()) {
      auto t = parse_entity_type(disc);
      if (!t) throw InputError(where + ": unknown type '" + disc + "'");
      r.discovery = true;
      r.new_type = *t;
      bool has_name = false;
      for (auto& e : r.elems) {
        if (e.kind == El::Name) {
          has_name = true;
          if (*t == EntityType::Person && e.min_tokens < 2) e.min_tokens = 2;
        }
      }
      if (!has_name) throw InputError(where + ": a discovery rule needs a name slot N");
      discovery.push_back(std::move(r));
      continue;
    }
    if (std::string mk = string_field(v, "marks"); !mk.empty()) {
      if (mk != "deal") throw InputError(where + ": 'marks' can only be \"deal\"");
      bool has_s = false;
      for (const auto& e : r.elems) has_s = has_s || (e.kind == El::Slot && e.slot == 0 && !e.prev);
      if (!has_s) throw InputError(where + ": a deal mark needs a named slot S");
      r.marks_deal = true;
    }
    auto emits = string_list(v, "emit", where);
    if (emits.empty() && !r.marks_deal) {
      std::string p = string_field(v, "predicate");
      if (p.empty()) throw InputError(where + ": missing \"predicate\"");
      emits.push_back("S " + p + " O");
      bool has_o2 = false;
      for (const auto& e : r.elems) has_o2 = has_o2 || (e.kind == El::Slot && e.slot == 2);
      if (has_o2) emits.push_back("S " + p + " O2");
    }
    for (const auto& em : emits) {
      std::istringstream in(em);
      std::string s, p, o;
      in >> s >> p >> o;
      auto slot = [&](const std::string& x) {
        if (x == "S") return 0;
        if (x == "O") return 1;
        if (x == "O2") return 2;
        throw InputError(where + ": bad slot '" + x + "' in emit '" + em + "'");
      };
      auto pred = parse_predicate(p);
      if (!pred) throw InputError(where + ": unknown predicate '" + p + "'");
      r.emits.push_back({slot(s), slot(o), *pred});
    }
    for (const auto& w : string_list(v, "context", where)) {
      std::string k = fold(w);
      if (k.empty() || k.find(' ') != std::string::npos)
        throw InputError(where + ": 'context' holds \"" + w + "\": one word each");
      r.context.kind = El::Lit;
      r.context.has_prefix = r.context.has_prefix || (k.size() > 1 && k.back() == '*');
      r.context.alts.push_back(std::move(k));
    }
    if (auto c = v.FindMember("const"); c != v.MemberEnd()) {
      if (!c->value.IsObject()) throw InputError(where + ": 'const' must map slots to names ({\"S\": \"United States\"})");
      for (const auto& kv : c->value.GetObject()) {
        const std::string slot = kv.name.GetString();
        const int sl = slot == "S" ? 0 : slot == "O" ? 1 : slot == "O2" ? 2 : -1;
        if (sl < 0 || !kv.value.IsString() || !kv.value.GetStringLength())
          throw InputError(where + ": 'const' maps S, O or O2 to a lexicon name");
        r.consts[sl] = kv.value.GetString();
      }
    }
    if (r.context_before && r.context.alts.empty()) throw InputError(where + ": 'context_before' needs a 'context'");
    for (const auto& em : r.emits) {
      for (int sl : {em.subject, em.object}) {
        bool found = !r.consts[sl].empty();
        for (const auto& e : r.elems) found = found || (e.kind == El::Slot && e.slot == sl);
        if (!found) throw InputError(where + ": emit names a slot the pattern lacks");
      }
    }
    rules.push_back(std::move(r));
  }
}

}  // namespace kg::extract::detail
