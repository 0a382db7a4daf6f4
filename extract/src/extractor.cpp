// The extraction pipeline of one document: boilerplate -> tokens -> sentences ->
// mentions (lexicon, discovered names, short names, typos) -> relation patterns.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstring>
#include <map>
#include <sstream>
#include <tuple>
#include <set>
#include <unordered_set>

#include "internal.hpp"
#include "kg/error.hpp"
#include "kg/extract/extractor.hpp"
#include "kg/io.hpp"
#include "kg/text.hpp"

namespace kg::extract {
using namespace detail;

namespace {

std::uint32_t type_bit(EntityType t) { return 1u << static_cast<unsigned>(t); }
constexpr std::uint8_t kStartsAtTok = 1, kStartsAtMention = 2;
// Key equality that compares lengths first (std::string == string_view calls compare()).
inline bool key_is(const std::string& k, std::string_view v) {
  return k.size() == v.size() && std::memcmp(k.data(), v.data(), v.size()) == 0;
}
// Participles that open a fronted clause before the sentence's subject ("Fondée en 2023
// par X, l'entreprise ...", "Founded in 2023 by X, the startup ...").
const std::unordered_set<std::string> fronted_participles{
    "fondee", "fonde", "cofondee", "cofonde", "co-fondee", "co-fonde", "creee", "cree", "lancee",
    "founded", "co-founded", "cofounded", "created", "launched", "established", "etablie"};

// Prepositions after which a rule's leading subject is another verb's complement.
constexpr std::uint32_t kSlotPrep = 1u << 31;
constexpr const char* kSlotPreps[] = {"by", "par", "of", "from", "with", "avec", "than",
                                      "versus", "vs", "contre", "against", "de", "d'",
                                      "du", "des", "for", "pour", "into", "dans"};

// text::name_key, without the Unicode library for Latin text.
std::string quick_key(std::string_view s) {
  std::string k;
  if (fast_fold(s, k)) return k;
  return text::name_key(s);
}

bool has_upper_ascii_or_not_lower(std::string_view s) {
  for (char c : s)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

rapidjson::Document parse_json(std::string_view json, const std::string& source) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag>(json.data(),
                                                                                json.size());
  if (d.HasParseError())
    throw InputError(source + ": malformed JSON at byte " + std::to_string(d.GetErrorOffset()) +
                     ": " + rapidjson::GetParseError_En(d.GetParseError()));
  if (!d.IsObject()) throw InputError(source + ": expected a JSON object at top level");
  return d;
}

std::vector<std::string> string_list(const rapidjson::Value& v, const char* key,
                                     const std::string& where) {
  std::vector<std::string> out;
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || it->value.IsNull()) return out;
  if (it->value.IsString()) {
    out.emplace_back(it->value.GetString(), it->value.GetStringLength());
    return out;
  }
  if (!it->value.IsArray()) throw InputError(where + ": '" + key + "' must be a list of strings");
  for (const auto& x : it->value.GetArray()) {
    if (!x.IsString()) throw InputError(where + ": '" + key + "' must be a list of strings");
    out.emplace_back(x.GetString(), x.GetStringLength());
  }
  return out;
}

std::string string_field(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsString()) return {};
  return {it->value.GetString(), it->value.GetStringLength()};
}

// French demonyms agree in gender and number: "chinois" -> chinoise(s); "américain" ->
// américaine(s); "italien" -> italienne(s). English plurals too ("Americans").
std::vector<std::string> inflections(const std::string& w) {
  std::vector<std::string> out{w};
  auto ends = [&](std::string_view s) { return w.size() >= s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0; };
  if (ends("e")) {
    out.push_back(w + "s");
  } else if (ends("s") || ends("x")) {
    out.push_back(w + "e");
    out.push_back(w + "es");
  } else {
    out.push_back(w + "s");
    if (ends("en") || ends("on")) {
      out.push_back(w + "ne");
      out.push_back(w + "nes");
    }
    out.push_back(w + "e");
    out.push_back(w + "es");
  }
  return out;
}

// Which rules can match in a sentence at all: every literal a rule requires (its
// non-optional word elements) must occur among the sentence's tokens. One hash lookup per
// token instead of trying each rule at each position.
struct Anchors {
  // Each rule's required literals (its first 64 non-optional word elements), each as its
  // exact alternatives (vocabulary ids) and prefix alternatives (PrefixSet ids), in flat
  // arrays: rule r's elements are [elem_at[r], elem_at[r+1]), element k's ids are
  // [vid_at[k], vid_at[k+1]) and [pid_at[k], pid_at[k+1]).
  std::vector<std::uint32_t> elem_at, vid_at, pid_at, vids, pids;
  // One element per rule is its anchor (the one least likely to be a common word): a rule
  // is looked at only in sentences holding one of its anchor's words.
  std::vector<std::uint32_t> exact_at, prefix_at;  // by vocabulary id / PrefixSet id -> rules
  std::vector<std::uint32_t> exact_rules, prefix_rules;
  std::vector<std::size_t> always;  // rules that require no literal
  std::size_t nrules = 0;
  const PrefixSet* prefixes = nullptr;

  void build(const std::vector<Rule>& rules, const std::unordered_map<std::string, std::uint32_t>& vocab,
             const PrefixSet& pset, std::size_t nprefix) {
    prefixes = &pset;
    nrules = rules.size();
    elem_at.assign(1, 0);
    vid_at.assign(1, 0);
    pid_at.assign(1, 0);
    vids.clear();
    pids.clear();
    always.clear();
    std::vector<std::vector<std::uint32_t>> by_vid(vocab.size() + 1), by_pid(nprefix);
    for (std::uint32_t r = 0; r < rules.size(); ++r) {
      int bit = 0;
      int best = -1;
      double best_cost = 0;
      for (const auto& e : rules[r].elems) {
        if (e.kind != El::Lit || e.optional || bit >= 64) continue;
        ++bit;
        double cost = 0;
        for (const auto& a : e.alts) {
          if (a.size() > 1 && a.back() == '*') {
            cost += 3;
          } else {
            vids.push_back(vocab.at(a));
            // short words ("de", "the", "a", ",") are everywhere: a poor anchor
            cost += a.size() <= 3 ? 100 : 1;
          }
        }
        for (auto pid : e.alt_pids) pids.push_back(pid);
        vid_at.push_back(static_cast<std::uint32_t>(vids.size()));
        pid_at.push_back(static_cast<std::uint32_t>(pids.size()));
        const int k = static_cast<int>(vid_at.size()) - 2;
        if (best < 0 || cost < best_cost) {
          best = k;
          best_cost = cost;
        }
      }
      elem_at.push_back(static_cast<std::uint32_t>(vid_at.size() - 1));
      if (best < 0) {
        always.push_back(r);
        continue;
      }
      for (auto k = vid_at[best]; k < vid_at[best + 1]; ++k) by_vid[vids[k]].push_back(r);
      for (auto k = pid_at[best]; k < pid_at[best + 1]; ++k) by_pid[pids[k]].push_back(r);
    }
    flatten(by_vid, exact_at, exact_rules);
    flatten(by_pid, prefix_at, prefix_rules);
  }
  static void flatten(const std::vector<std::vector<std::uint32_t>>& by_id, std::vector<std::uint32_t>& at,
                      std::vector<std::uint32_t>& refs) {
    at.assign(1, 0);
    refs.clear();
    for (const auto& v : by_id) {
      refs.insert(refs.end(), v.begin(), v.end());
      at.push_back(static_cast<std::uint32_t>(refs.size()));
    }
  }

  // Per-thread state of viable(): the sentence that last held each word id, prefix id and
  // candidate rule.
  struct Scratch {
    std::vector<std::uint32_t> vstamp, pstamp, rstamp;
    std::uint32_t epoch = 0;
  };

  // Indices (ascending) of the rules whose required literals all occur in toks[tb, te).
  void viable(const std::vector<Token>& toks, std::size_t tb, std::size_t te, Scratch& sc,
              std::vector<std::size_t>& out) const {
    if (sc.vstamp.size() < exact_at.size() || sc.pstamp.size() < prefix_at.size() ||
        sc.rstamp.size() < nrules || ++sc.epoch == 0) {
      sc.vstamp.assign(std::max(sc.vstamp.size(), exact_at.size()), 0);
      sc.pstamp.assign(std::max(sc.pstamp.size(), prefix_at.size()), 0);
      sc.rstamp.assign(std::max(sc.rstamp.size(), nrules), 0);
      sc.epoch = 1;
    }
    const std::uint32_t ep = sc.epoch;
    out.clear();  // first the candidates (anchor present), in any order
    auto candidate = [&](std::uint32_t r) {
      if (sc.rstamp[r] != ep) {
        sc.rstamp[r] = ep;
        out.push_back(r);
      }
    };
    for (std::size_t i = tb; i < te; ++i) {
      if (const auto v = toks[i].vid; v && sc.vstamp[v] != ep) {
        sc.vstamp[v] = ep;
        for (auto k = exact_at[v], ke = exact_at[v + 1]; k < ke; ++k) candidate(exact_rules[k]);
      }
      if (toks[i].pnode)
        for (auto pid : prefixes->ids_on_path(toks[i].pnode)) {
          if (sc.pstamp[pid] == ep) continue;
          sc.pstamp[pid] = ep;
          for (auto k = prefix_at[pid], ke = prefix_at[pid + 1]; k < ke; ++k) candidate(prefix_rules[k]);
        }
    }
    std::size_t n = 0;
    for (std::size_t r : out) {
      bool all = true;
      for (auto el = elem_at[r]; el < elem_at[r + 1] && all; ++el) {
        bool any = false;
        for (auto k = vid_at[el]; k < vid_at[el + 1] && !any; ++k) any = sc.vstamp[vids[k]] == ep;
        for (auto k = pid_at[el]; k < pid_at[el + 1] && !any; ++k) any = sc.pstamp[pids[k]] == ep;
        all = any;
      }
      if (all) out[n++] = r;
    }
    out.resize(n);
    // the few candidates sorted, then merged with the rules always viable (already sorted)
    std::sort(out.begin(), out.end());
    if (!always.empty()) {  // merge from the back, in place
      std::size_t a = always.size(), c = n, w = n + always.size();
      out.resize(w);
      while (a > 0) {
        if (c > 0 && out[c - 1] > always[a - 1]) out[--w] = out[--c];
        else out[--w] = always[--a];
      }
    }
  }
};

struct Blockers {
  std::unordered_set<std::string> span;             // inside a match: negation, modality
  std::vector<std::vector<std::string>> before;     // anywhere before the match: opinion cues
};

}  // namespace

// ------------------------------------------------------------------------------------------
struct Extractor::Impl {
  std::vector<LexEntity> entities;
  std::unordered_map<std::string, int> by_key;  // name/alias key -> entity (first wins)
  Trie trie;
  std::vector<Rule> rules;       // relation rules, in file order
  void index_rules();
  void build_vocab();
  std::unordered_map<std::string, std::uint32_t> vocab;
  PrefixSet prefixes;
  WordTable words;  // vocabulary ids, prefix nodes and class flags by folded key
  std::vector<std::uint8_t> rule_starts;  // per rule: kStartsAtTok | kStartsAtMention
  Anchors anchors, discovery_anchors;
  std::vector<Rule> discovery;   // cue rules naming unknown entities
  // Definite descriptions and pronouns that open a sentence ("The company", "La
  // société", "It", "Elle") and the types of the earlier entity they stand for.
  struct Coref {
    Rule pattern;          // literals only
    std::uint32_t types = 0;
  };
  std::vector<Coref> corefs;
  std::unordered_set<std::string> coref_lead;  // words that may come before one: "but", "mais", ","
  std::unordered_map<std::string, std::string> macros;
  Blockers blockers;
  BoilerplateRules boilerplate;
  std::unordered_set<std::string> name_stop;
  std::unordered_set<std::string> org_heads_last, org_heads_first;  // "X Research Institute", "Université X"
  bool finalized = false;
  void finalize();

  // An entity also named by a one-word common noun ("chips", "puces"): a class, not a thing.
  static bool generic(const LexEntity& e) {
    if (e.name.find(' ') == std::string::npos) return false;  // "Advanced chips", not "o1"
    for (const auto& a : e.aliases) {
      if (a.find(' ') != std::string::npos || a.empty()) continue;
      bool lower_alpha = true;
      for (char c : a) lower_alpha = lower_alpha && ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80 || c == '-');
      if (lower_alpha) return true;
    }
    return false;
  }
  void add_lexicon(std::string_view json, const std::string& source);
  void add_rules(std::string_view json, const std::string& source);
  std::vector<Finding> extract(const Document& doc) const;
};

void Extractor::Impl::add_lexicon(std::string_view json, const std::string& source) {
  auto d = parse_json(json, source);
  auto ents = d.FindMember("entities");
  if (ents == d.MemberEnd() || !ents->value.IsArray())
    throw InputError(source + ": a lexicon needs an \"entities\" list");
  std::size_t n = 0;
  for (const auto& v : ents->value.GetArray()) {
    ++n;
    const std::string where = source + ": entity " + std::to_string(n);
    if (!v.IsObject()) throw InputError(where + ": expected an object");
    LexEntity e;
    e.name = string_field(v, "name");
    if (e.name.empty()) throw InputError(where + ": missing \"name\"");
    auto type = parse_entity_type(string_field(v, "type"));
    if (!type || *type == EntityType::Unknown)
      throw InputError(where + " (" + e.name + "): unknown type '" + string_field(v, "type") + "'");
    e.type = *type;
    for (const auto& t : string_list(v, "alt_types", where))
      if (auto at = parse_entity_type(t)) e.alt_types.push_back(*at);
    e.country = string_field(v, "country");
    e.aliases = string_list(v, "aliases", where);
    e.exact = string_list(v, "exact", where);
    for (const auto& x : string_list(v, "distinct_from", where)) e.distinct_from.push_back(text::name_key(x));
    e.maker = string_field(v, "maker");
    // A later file may add to an entity already known (same name and type).
    int id;
    auto known = by_key.find(text::name_key(e.name));
    if (known != by_key.end() && entities[known->second].name == e.name) {
      id = known->second;
      auto& old = entities[id];
      old.aliases.insert(old.aliases.end(), e.aliases.begin(), e.aliases.end());
      old.exact.insert(old.exact.end(), e.exact.begin(), e.exact.end());
      old.distinct_from.insert(old.distinct_from.end(), e.distinct_from.begin(), e.distinct_from.end());
      if (old.country.empty()) old.country = e.country;
      if (old.maker.empty()) old.maker = e.maker;
    } else {
      id = static_cast<int>(entities.size());
      entities.push_back(e);
    }
    auto add_form = [&](const std::string& form, bool exact) {
      auto keys = keys_of(form);
      if (keys.empty()) return;
      TrieValue tv;
      tv.entity = id;
      tv.exact = exact;
      tv.surface = form;
      // A capitalised single short word ("Meta", "Apple") written in lower case in the
      // text is a common noun: only its exact form counts.
      if (!exact && keys.size() == 1 && has_upper_ascii_or_not_lower(form) && keys[0].size() < 7) {
        // accept its capitalised and all-caps spellings case-insensitively, but not all-lower
        tv.exact = false;
        tv.surface = "\x01";  // marker: reject all-lower surfaces (checked at lookup)
      }
      trie.add(keys, tv);
      by_key.emplace(text::name_key(form), id);
    };
    // Forms listed in "exact" (ordinary words, first names, short acronyms) match only
    // with that capitalisation, even though they are also listed as name or alias.
    std::unordered_set<std::string> exact_forms(e.exact.begin(), e.exact.end());
    if (!exact_forms.count(e.name)) add_form(e.name, false);
    for (const auto& a : e.aliases)
      if (!exact_forms.count(a)) add_form(a, false);
    for (const auto& a : e.exact) add_form(a, true);
    for (const auto& dem : string_list(v, "demonyms", where)) {
      for (const auto& form : inflections(text::name_key(dem))) {
        TrieValue tv;
        tv.entity = id;
        tv.demonym = true;
        trie.add(keys_of(form), tv);
      }
    }
  }
  finalize();
}

void Extractor::Impl::add_rules(std::string_view json, const std::string& source) {
  auto d = parse_json(json, source);
  if (auto m = d.FindMember("macros"); m != d.MemberEnd()) {
    if (!m->value.IsObject()) throw InputError(source + ": \"macros\" must be an object");
    for (const auto& kv : m->value.GetObject()) {
      if (!kv.value.IsString()) throw InputError(source + ": macro values must be strings");
      macros[kv.name.GetString()] = kv.value.GetString();
    }
  }
  if (auto b = d.FindMember("blockers"); b != d.MemberEnd() && b->value.IsObject()) {
    for (const auto& w : string_list(b->value, "span", source)) blockers.span.insert(fold(w));
    for (const auto& w : string_list(b->value, "before", source)) blockers.before.push_back(keys_of(w));
  }
  for (const auto& w : string_list(d, "boilerplate", source)) boilerplate.line_cues.push_back(text::name_key(w));
  for (const auto& w : string_list(d, "name_stopwords", source)) name_stop.insert(fold(w));
  for (const auto& w : string_list(d, "org_heads_last", source)) org_heads_last.insert(fold(w));
  for (const auto& w : string_list(d, "org_heads_first", source)) org_heads_first.insert(fold(w));
  for (const auto& w : string_list(d, "coref_lead", source)) coref_lead.insert(fold(w));
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
    for (const auto& u : string_list(v, "unless", where)) r.unless.push_back(fold(u));
    if (auto nm = v.FindMember("nominal"); nm != v.MemberEnd() && nm->value.IsBool()) r.nominal = nm->value.GetBool();
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
    auto emits = string_list(v, "emit", where);
    if (emits.empty()) {
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
    for (const auto& em : r.emits) {
      for (int sl : {em.subject, em.object}) {
        bool found = false;
        for (const auto& e : r.elems) found = found || (e.kind == El::Slot && e.slot == sl);
        if (!found) throw InputError(where + ": emit names a slot the pattern lacks");
      }
    }
    rules.push_back(std::move(r));
  }
  index_rules();
}

void Extractor::Impl::index_rules() { build_vocab(); }

// Every word the lexicon's trie starts with and every literal of the rules gets an id;
// tokens carry theirs, so rule literals and the trie's first step compare integers.
void Extractor::Impl::build_vocab() {
  vocab.clear();
  prefixes.clear();
  std::size_t nprefix = 0;
  auto id = [&](const std::string& k) {
    auto [it, fresh] = vocab.emplace(k, static_cast<std::uint32_t>(vocab.size() + 1));
    return it->second;
  };
  trie.for_each_root_key([&](const std::string& k) { id(k); });
  std::vector<Rule*> all;
  for (auto& r : rules) all.push_back(&r);
  for (auto& r : discovery) all.push_back(&r);
  for (auto& c : corefs) all.push_back(&c.pattern);
  for (Rule* rp : all) {
      // A passive rule ("O ... developed by S", "O ... fondée par S") describes its first slot.
      rp->passive = false;
      for (const auto& el : rp->elems)
        if (el.kind == El::Lit)
          for (const auto& a : el.alts) rp->passive = rp->passive || a == "by" || a == "par";
      for (auto& e : rp->elems) {
        e.alt_vids.clear();
        e.alt_pids.clear();
        if (e.kind != El::Lit) continue;
        for (const auto& a : e.alts) {
          if (!(a.size() > 1 && a.back() == '*')) {
            e.alt_vids.push_back(id(a));
          } else {
            const auto pid = prefixes.add(a.substr(0, a.size() - 1));
            nprefix = std::max<std::size_t>(nprefix, pid + 1);
            e.alt_pids.push_back(pid);
          }
        }
        std::sort(e.alt_vids.begin(), e.alt_vids.end());  // lit_ok searches long lists
      }
  }
  trie.index_root(vocab, vocab.size() + 1);
  words.clear();
  for (const auto& [k, v] : vocab) words.add(k).vid = v;
  auto flag = [&](const auto& set, std::uint32_t f) {
    for (const auto& k : set) words.add(k).flags |= f;
  };
  flag(name_stop, kNameStop);
  flag(coref_lead, kCorefLead);
  flag(org_heads_last, kOrgLast);
  flag(org_heads_first, kOrgFirst);
  flag(blockers.span, kSpanBlock);
  for (const char* w : kSlotPreps) words.add(w).flags |= kSlotPrep;
  for (const auto& [k, v] : vocab) words.add(k).pnode = prefixes.walk(k);
  for (const auto* set : {&name_stop, &coref_lead, &org_heads_last, &org_heads_first, &blockers.span})
    for (const auto& k : *set) words.add(k).pnode = prefixes.walk(k);
  for (const char* w : kSlotPreps) words.add(w).pnode = prefixes.walk(w);
  // Where a relation rule can start: its first element decides whether at a plain token
  // or at a mention (pass 2 only tries the rules that fit the item).
  rule_starts.assign(rules.size(), 0);
  for (std::size_t r = 0; r < rules.size(); ++r) {
    const Elem& fe = rules[r].elems.front();
    const bool not_tok = fe.kind == El::Slot && !fe.prev;
    const bool not_mention = (fe.kind == El::Lit && !fe.optional) || fe.kind == El::Name;
    rule_starts[r] = static_cast<std::uint8_t>((not_tok ? 0 : kStartsAtTok) | (not_mention ? 0 : kStartsAtMention));
  }
  anchors.build(rules, vocab, prefixes, nprefix);
  discovery_anchors.build(discovery, vocab, prefixes, nprefix);
}

// A company whose name starts its models' names ("DeepSeek" -> "DeepSeek-R1") also names
// that model family: "HSBC uses DeepSeek", "AWS offers DeepSeek".
void Extractor::Impl::finalize() {
  for (auto& e : entities) e.alt_types.erase(std::remove(e.alt_types.begin(), e.alt_types.end(), EntityType::Model), e.alt_types.end());
  for (const auto& m : entities) {
    if (m.type != EntityType::Model || m.maker.empty()) continue;
    auto it = by_key.find(text::name_key(m.maker));
    if (it == by_key.end()) continue;
    auto& maker = entities[it->second];
    if (maker.type != EntityType::Company || maker.has(EntityType::Model)) continue;
    const auto mk = keys_of(maker.name), mm = keys_of(m.name);
    if (mk.empty() || mm.empty()) continue;
    const std::string& first = mk[0];
    const std::string& head = mm[0];
    if (head == first || (head.size() > first.size() && head.compare(0, first.size(), first) == 0 &&
                          (head[first.size()] == '-' || head[first.size()] == '.')))
      maker.alt_types.push_back(EntityType::Model);
  }
  for (auto& e : entities) {
    e.country_id = -1;
    if (e.country.empty() || e.type == EntityType::Country) continue;
    if (auto it = by_key.find(text::name_key(e.country)); it != by_key.end() &&
        entities[it->second].type == EntityType::Country)
      e.country_id = it->second;
  }
  for (auto& e : entities) {
    e.maker_id = -1;
    e.maker_keys.clear();
    if (e.maker.empty()) continue;
    auto it = by_key.find(text::name_key(e.maker));
    if (it == by_key.end()) continue;
    e.maker_id = it->second;
    const auto& maker = entities[it->second];
    e.maker_keys.push_back(text::name_key(maker.name));
    for (const auto& a : maker.aliases) e.maker_keys.push_back(text::name_key(a));
  }
  finalized = true;
  build_vocab();
}

// ------------------------------------------------------------------------------------------
namespace {

enum class ItemKind : std::uint8_t { Tok, Mention, Demonym };
struct Item {
  ItemKind kind = ItemKind::Tok;
  std::uint32_t tb = 0, te = 0;  // token range
  int entity = -1;
  bool discovered = false;
  bool coref = false;  // a description or pronoun standing for `entity`
};

struct Mention {
  std::size_t tb, te;
  int entity;
  bool demonym;
};

// Entities of one document: the lexicon's plus the names it discovered.
struct DocEntities {
  const std::vector<LexEntity>* lex;
  std::vector<LexEntity> local;
  const LexEntity& get(int id) const {
    return id < static_cast<int>(lex->size()) ? (*lex)[id] : local[id - lex->size()];
  }
};

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
  Matcher(const std::vector<Item>& items, const std::vector<Token>& toks, const DocEntities& ents,
          const std::unordered_set<std::string>& name_stop,
          const std::vector<Mention>& doc_mentions)
      : items_(items), toks_(toks), ents_(ents), stop_(name_stop), doc_mentions_(doc_mentions) {}
  void use_prefixes(const PrefixSet* p) { prefixes_ = p; }

  // First match of `rule` starting at item `start` (greedy lists, nearest gaps).
  // Whether `rule` can start at item `start` at all: the test its first element makes
  // first, without setting up a match.
  bool may_start(const Rule& rule, std::size_t start) const {
    const Elem& e = rule.elems.front();
    switch (e.kind) {
      case El::Lit:
        return e.optional || (start < items_.size() && items_[start].kind == ItemKind::Tok &&
                              lit_ok(e, toks_[items_[start].tb]));
      case El::Slot:
        return e.prev || (start < items_.size() && fills(e, items_[start]));
      case El::Name:
        return name_token_ok(start, true);
      default:
        return true;
    }
  }

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
  const std::unordered_set<std::string>& stop_;
  const std::vector<Mention>& doc_mentions_;
  const Rule* rule_ = nullptr;
  const PrefixSet* prefixes_ = nullptr;

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
    if (prefixes_) {
      for (auto pid : prefixes_->ids_on_path(t.pnode))
        for (auto a : e.alt_pids)
          if (a == pid) return true;
      return false;
    }
    const std::string& key = t.key;
    if (key.empty() || !e.first_bytes.test(static_cast<unsigned char>(key[0]))) return false;
    for (const auto& a : e.alts) {
      if (!a.empty() && a.back() == '*' && a.size() > 1) {
        if (key.compare(0, a.size() - 1, a, 0, a.size() - 1) == 0) return true;
      } else if (a == key) {
        return true;
      }
    }
    return false;
  }
  bool fills(const Elem& e, const Item& it) const {
    if (it.kind == ItemKind::Demonym) return e.demonym;
    if (it.kind != ItemKind::Mention || !e.entity) return false;
    if (e.types == 0) return true;
    const auto& ent = ents_.get(it.entity);
    if (e.types & type_bit(ent.type)) return true;
    for (auto t : ent.alt_types)
      if (e.types & type_bit(t)) return true;
    return false;
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
  void lists(const Elem& e, std::size_t i, ListBuf& b) const {
    b.cands.clear();
    b.flat.clear();
    if (i >= items_.size() || !fills(e, items_[i])) return;
    // "... en Afrique du Sud, ont choisi Y": a place after a preposition is no subject.
    if (e.slot == 0 && i > 0 && items_[i].kind == ItemKind::Mention &&
        ents_.get(items_[i].entity).type == EntityType::Country &&
        (is_tok(i - 1, "en") || is_tok(i - 1, "au") || is_tok(i - 1, "aux") || is_tok(i - 1, "a") ||
         is_tok(i - 1, "in") || is_tok(i - 1, "at") || is_tok(i - 1, "dans") || is_tok(i - 1, "from")))
      return;
    // A coordination is a subject from its first member on: "backed by Alibaba and Tencent
    // and develops X" does not make Tencent the subject of "develops".
    if (&e == &rule_->elems.front() && !rule_->nominal && i >= 2 && items_[i - 2].kind == ItemKind::Mention &&
        (is_tok(i - 1, "and") || is_tok(i - 1, "et") || is_tok(i - 1, "or") || is_tok(i - 1, "ou") ||
         is_tok(i - 1, "&")))
      return;
    // A rule's leading subject right after a preposition is some other verb's complement:
    // "X, backed by Alibaba, released Y", "les puces de Huawei pour entraîner Y".
    // Not so for an owner in a possessive rule ("competes with Alibaba's Qwen").
    const bool possessive = rule_->elems.size() > 1 && rule_->elems[1].kind == El::Lit && is_tok(i + 1, "'s") &&
                            lit_ok(rule_->elems[1], toks_[items_[i + 1].tb]);
    // Nor for a noun-phrase fact: "par Yang Zhilin, ancien chercheur chez X" still says it.
    if ((e.slot == 0 || (!passive_rule() && rule_->elems.size() > 1 && rule_->elems[1].kind == El::Gap)) &&
        &e == &rule_->elems.front() && !possessive && !rule_->nominal && i > 0 &&
        items_[i - 1].kind == ItemKind::Tok) {
      if (toks_[items_[i - 1].tb].flags & kSlotPrep) return;  // kSlotPreps
    }
    auto& ids = b.ids;
    ids.assign(1, items_[i].entity);
    b.push(i + 1);
    std::size_t j = i + 1;
    while (j < items_.size()) {
      std::size_t k = j;
      // "SenseTime's Research Institute": the owner and the owned (a unit of it) both fill
      // the slot; "Nvidia's H20" (a thing it makes): the owned alone does.
      if (is_tok(k, "'s") && k + 1 < items_.size() && fills(e, items_[k + 1])) {
        const auto ot = ents_.get(items_[k + 1].entity).type;
        if (ot != EntityType::Company && ot != EntityType::Organization) ids.pop_back();
        ids.push_back(items_[k + 1].entity);
        j = k + 2;
        b.push(j);
        continue;
      }
      bool comma = false;
      if (is_tok(k, ",")) { ++k; comma = true; }
      bool conj = false;
      if (is_tok(k, "et") || is_tok(k, "and") || is_tok(k, "&") || is_tok(k, "ou") || is_tok(k, "or")) {
        ++k;
        conj = true;
      } else if (is_tok(k, "ainsi") && is_tok(k + 1, "que")) {
        k += 2;
        conj = true;
      }
      if (!comma && !conj) break;
      if (conj)
        while (is_tok(k, "les") || is_tok(k, "la") || is_tok(k, "le") || is_tok(k, "l'") ||
               is_tok(k, "des") || is_tok(k, "du") || is_tok(k, "de") || is_tok(k, "d'") ||
               is_tok(k, "the") || is_tok(k, "a"))
          ++k;
      if (k >= items_.size() || !fills(e, items_[k])) break;
      ids.push_back(items_[k].entity);
      j = k + 1;
      b.push(j);
    }
    std::reverse(b.cands.begin(), b.cands.end());
  }

  // After a verb rule's leading name (its subject, or the grammatical subject of "O raised
  // ... from S"), an apposition set off by commas (", the co-founder
  // of Y,", ", ancien directeur de Y,", ", which backed Y,", ", de son côté,"): the item after
  // its closing comma, or 0. It opens with a determiner, a relative or a "former" word.
  std::size_t apposition_end(std::size_t ei, std::size_t end, std::size_t from) const {
    if (ei != 0 || rule_->nominal || !is_tok(end, ",") || end + 1 >= items_.size() ||
        items_[end + 1].kind != ItemKind::Tok)
      return 0;
    static const std::unordered_set<std::string> openers{
        "the", "a", "an", "former", "who", "which", "whose", "meanwhile", "however", "for",
        "le", "la", "l'", "un", "une", "ancien", "ancienne", "qui", "dont", "de", "pour", "quant",
        // nouns that open a French apposition without an article: "X, spécialiste de Y,"
        "specialiste", "filiale", "leader", "pionnier", "pionniere", "numero", "champion", "championne",
        "editeur", "fabricant", "fournisseur", "concepteur", "createur", "proprietaire", "maison",
        // participles: "X, founded by Y,", "X, cofondée par Y,"
        "founded", "co-founded", "cofounded", "backed", "based", "headquartered", "created", "owned",
        "fonde", "fondee", "cofonde", "cofondee", "co-fondee", "cree", "creee", "basee", "base",
        "soutenue", "soutenu", "detenue", "detenu", "installee", "installe"};
    if (!openers.count(toks_[items_[end + 1].tb].key)) return 0;
    // a later comma closes it only when the earlier one goes on with a list of names
    // ("founded by A, B and C,"), not with the main clause ("X, de son côté, a dévoilé Y, ...")
    if (from > end + 1 && (from >= items_.size() || items_[from].kind != ItemKind::Mention)) return 0;
    for (std::size_t k = std::max(end + 2, from); k < items_.size() && k <= end + 20; ++k) {
      if (items_[k].kind != ItemKind::Tok) continue;
      const auto& key = toks_[items_[k].tb].key;
      if (key == "," ) return k + 1;
      if (key == "." || key == ";" || key == ":" || key == "?" || key == "!" || key == "\xC2\xAB" ||
          key == "\xC2\xBB")
        return 0;
    }
    return 0;
  }
  // A passive rule ("O ... developed by S", "O ... fondée par S") describes its first slot.
  bool passive_rule() const { return rule_->passive; }  // set by build_vocab

  bool name_token_ok(std::size_t i, bool first) const {
    if (i >= items_.size() || items_[i].kind != ItemKind::Tok) return false;
    const Token& t = toks_[items_[i].tb];
    if (t.kind != TokKind::Word || t.key == "'s") return false;
    if (t.flags & kNameStop) return false;
    if (first) return t.upper;
    bool digit = false;
    for (char c : t.key) digit = digit || (c >= '0' && c <= '9');
    return t.upper || digit;
  }

  bool step(std::size_t ei, std::size_t ii, Match& m) {
    const auto& elems = rule_->elems;
    if (ei == elems.size()) return true;
    const Elem& e = elems[ei];
    switch (e.kind) {
      // Every case leaves `m` as it found it when it fails (cheap undo, no copies).
      case El::Lit: {
        if (ii < items_.size() && items_[ii].kind == ItemKind::Tok && lit_ok(e, toks_[items_[ii].tb])) {
          const auto f = m.first, l = m.last;
          note(m, ii, ii);
          if (step(ei + 1, ii + 1, m)) return true;
          m.first = f;
          m.last = l;
        }
        return e.optional && step(ei + 1, ii, m);
      }
      case El::Any: {
        if (ii < items_.size() && items_[ii].kind == ItemKind::Tok) {
          const auto f = m.first, l = m.last;
          note(m, ii, ii);
          if (step(ei + 1, ii + 1, m)) return true;
          m.first = f;
          m.last = l;
        }
        return e.optional && step(ei + 1, ii, m);
      }
      case El::Gap: {
        for (int k = 0; k <= e.gap; ++k) {
          if (k > 0) {
            std::size_t j = ii + k - 1;
            if (j >= items_.size()) return false;
            // a gap never skips an entity, except a place ("X en Afrique du Sud, a choisi Y"),
            // a possessor ("sales of Nvidia's more powerful H100": it is a determiner) or a
            // generic chip term, a chip of no maker ("H20 chips to China", "a chip designer")
            if (items_[j].kind == ItemKind::Mention && !is_tok(j + 1, "'s")) {
              const auto& ge = ents_.get(items_[j].entity);
              if (ge.type != EntityType::Country && !(ge.type == EntityType::Chip && ge.maker.empty())) return false;
            }
            if (items_[j].kind == ItemKind::Tok) {
              const auto& key = toks_[items_[j].tb].key;
              if (key.size() <= 2 && (key_is(key, ";") || key_is(key, ".") || key_is(key, "?") || key_is(key, "!") ||
                                      key_is(key, ":") || key_is(key, "\xC2\xAB") || key_is(key, "\xC2\xBB")))
                return false;
            }
          }
          if (step(ei + 1, ii + k, m)) return true;
        }
        return false;
      }
      case El::Slot: {
        if (e.prev) {
          // A pronoun or "l'événement": the latest earlier mention of a fitting type.
          std::size_t before_tok = ii < items_.size() ? items_[ii].tb : (items_.empty() ? 0 : items_.back().te);
          if (m.first != SIZE_MAX) before_tok = std::min<std::size_t>(before_tok, items_[m.first].tb);
          for (std::size_t k = doc_mentions_.size(); k-- > 0;) {
            const auto& dm = doc_mentions_[k];
            if (dm.tb >= before_tok || dm.demonym) continue;
            const auto& ent = ents_.get(dm.entity);
            bool ok = e.types == 0 || (e.types & type_bit(ent.type));
            for (auto t : ent.alt_types) ok = ok || (e.types & type_bit(t));
            if (!ok) continue;
            auto& saved_ids = scratch()[ei].saved;
            saved_ids.swap(m.slots[e.slot]);
            const bool saved_prev = m.slot_prev[e.slot];
            m.slots[e.slot].assign(1, dm.entity);
            m.slot_prev[e.slot] = true;
            if (step(ei + 1, ii, m)) return true;
            m.slots[e.slot].swap(saved_ids);
            m.slot_prev[e.slot] = saved_prev;
            return false;  // only the nearest one
          }
          return false;
        }
        if (ii >= items_.size() || !fills(e, items_[ii])) return false;
        ListBuf& b = scratch()[ei];
        lists(e, ii, b);
        if (b.cands.empty()) return false;
        b.saved.swap(m.slots[e.slot]);  // the slot's earlier content, put back on failure
        for (const auto& [end, off, cnt] : b.cands) {
          // A name left before "'s" is a possessor, not the head ("banned sales of Nvidia's
          // H100", "Nvidia's qualification tests"), unless the pattern goes on with "'s".
          if (is_tok(end, "'s") &&
              !(ei + 1 < elems.size() && elems[ei + 1].kind == El::Lit &&
                lit_ok(elems[ei + 1], toks_[items_[end].tb])))
            continue;
          const auto f = m.first, l = m.last;
          const bool saved_coref = m.slot_coref[e.slot];
          m.slots[e.slot].assign(b.flat.begin() + static_cast<std::ptrdiff_t>(off),
                                 b.flat.begin() + static_cast<std::ptrdiff_t>(off + cnt));
          for (std::size_t k = ii; k < end; ++k) m.slot_coref[e.slot] = m.slot_coref[e.slot] || items_[k].coref;
          note(m, ii, end - 1);
          if (step(ei + 1, end, m)) return true;
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
        if (!name_token_ok(ii, true)) return false;
        std::size_t n = 1;
        while (n < 4 && name_token_ok(ii + n, false)) ++n;
        for (; n >= static_cast<std::size_t>(e.min_tokens) && n > 0; --n) {
          const auto f = m.first, l = m.last;
          m.name_spans.push_back({items_[ii].tb, items_[ii + n - 1].te});
          note(m, ii, ii + n - 1);
          if (step(ei + 1, ii + n, m)) return true;
          m.name_spans.pop_back();
          m.first = f;
          m.last = l;
        }
        return false;
      }
    }
    return false;
  }
};

bool is_sentence_question(const std::vector<Token>& toks, std::size_t tb, std::size_t te) {
  for (std::size_t i = te; i-- > tb;) {
    const auto& k = toks[i].key;
    if (k == "\xC2\xBB" || k == "\"" || k == ")" || k == "\xE2\x80\x9D") continue;
    return k == "?";
  }
  return false;
}

}  // namespace

std::vector<Finding> Extractor::Impl::extract(const Document& doc) const {
  std::vector<Finding> out;
  const std::string_view text = doc.text;
  DocEntities de{&entities, {}};
  const int nlex = static_cast<int>(entities.size());

  // --- tokens and sentences of the kept lines
  // Tokens go straight into one per-thread buffer (its capacity kept between documents).
  thread_local std::vector<Token> toks;
  toks.clear();
  std::vector<std::pair<std::size_t, std::size_t>> sents;
  for (const auto& line : content_lines(text, boilerplate)) {
    const std::size_t base = toks.size();
    tokenize(text, line.start, line.end, toks);
    split_sentences(toks, base, toks.size(), sents);
  }
  for (auto& t : toks) {
    if (const auto* w = words.find(t.key)) {
      t.vid = w->vid;
      t.pnode = w->pnode;
      t.flags = w->flags;
    } else {
      t.pnode = prefixes.walk(t.key);
    }
  }

  Trie local_trie;
  std::unordered_map<std::string, int> local_keys;  // discovered/short-name key -> entity

  auto lookup = [&](std::size_t i, std::size_t end, bool use_local, Mention& m) -> bool {
    const TrieValue* v = nullptr;
    std::size_t n = trie.longest(toks, i, end, text, &v);
    if (n > 0 && v && v->surface == "\x01" && n == 1 && toks[i].all_lower) n = 0;  // "meta"
    const TrieValue* lv = nullptr;
    std::size_t ln = use_local ? local_trie.longest(toks, i, end, text, &lv) : 0;
    if (ln > n) { n = ln; v = lv; }
    if (n == 0 || !v) return false;
    m = {i, i + n, v->entity, v->demonym};
    return true;
  };

  auto build_items = [&](std::size_t tb, std::size_t te, bool use_local, std::vector<Item>& items,
                         std::vector<Mention>* ments) {
    items.clear();
    for (std::size_t i = tb; i < te;) {
      Mention m{};
      if (lookup(i, te, use_local, m)) {
        // "puces Nvidia A800": a name that starts inside this one and reaches further wins
        std::size_t cut = 0;
        for (std::size_t k = i + 1; k < m.te && !cut; ++k) {
          Mention inner{};
          if (lookup(k, te, use_local, inner) && inner.te > m.te) cut = k;
        }
        // "des puces H20": a generic chip word before a chip's own name is its head noun
        if (!cut && m.te < te) {
          const auto& ge = de.get(m.entity);
          Mention nx{};
          if (ge.type == EntityType::Chip && ge.maker.empty() && lookup(m.te, te, use_local, nx) &&
              de.get(nx.entity).type == EntityType::Chip && !de.get(nx.entity).maker.empty())
            cut = m.te;
        }
        if (cut) {
          for (; i < cut; ++i) {
            Item t;
            t.tb = static_cast<std::uint32_t>(i);
            t.te = static_cast<std::uint32_t>(i + 1);
            items.push_back(t);
          }
          continue;
        }
        Item it;
        it.kind = m.demonym ? ItemKind::Demonym : ItemKind::Mention;
        it.tb = static_cast<std::uint32_t>(m.tb);
        it.te = static_cast<std::uint32_t>(m.te);
        it.entity = m.entity;
        it.discovered = m.entity >= nlex;
        items.push_back(it);
        if (ments) ments->push_back(m);
        i = m.te;
        continue;
      }
      Item it;
      it.tb = static_cast<std::uint32_t>(i);
      it.te = static_cast<std::uint32_t>(i + 1);
      items.push_back(it);
      ++i;
    }
  };

  auto add_local = [&](const std::string& surface, EntityType type) -> int {
    const std::string key = quick_key(surface);
    if (by_key.count(key)) return by_key.at(key);
    if (auto it = local_keys.find(key); it != local_keys.end()) return it->second;
    LexEntity e;
    e.name = surface;
    e.type = type;
    e.discovered = true;
    de.local.push_back(e);
    const int id = nlex + static_cast<int>(de.local.size()) - 1;
    local_keys.emplace(key, id);
    TrieValue tv;
    tv.entity = id;
    local_trie.add(keys_of(surface), tv);
    return id;
  };

  // --- pass 1: lexicon mentions, discovery of unknown names by their cues
  thread_local Anchors::Scratch anchor_seen;
  std::vector<std::size_t> viable;
  std::vector<Item> items;
  std::vector<Mention> mentions;
  const std::vector<Mention> no_mentions;
  for (const auto& [tb, te] : sents) {
    build_items(tb, te, true, items, &mentions);
    if (discovery.empty()) continue;
    discovery_anchors.viable(toks, tb, te, anchor_seen, viable);
    if (viable.empty()) continue;
    Matcher mt(items, toks, de, name_stop, no_mentions);
    mt.use_prefixes(&prefixes);
    Match m;
    for (std::size_t ri : viable) {
      const Rule& r = discovery[ri];
      for (std::size_t s = 0; s < items.size(); ++s) {
        if (!mt.may_start(r, s) || !mt.match_at(r, s, m)) continue;
        for (auto [a, b] : m.name_spans) {
          std::string surface(text.substr(toks[a].start, toks[b - 1].end - toks[a].start));
          add_local(surface, r.new_type);
        }
      }
    }
  }
  // Organisations named by their head noun: "X Research Institute", "Université de X".
  if (!org_heads_last.empty() || !org_heads_first.empty()) {
    auto cap = [&](std::size_t i) {
      return toks[i].kind == TokKind::Word && toks[i].upper && toks[i].key != "'s" && !(toks[i].flags & kNameStop);
    };
    for (const auto& [tb, te] : sents) {
      for (std::size_t i = tb; i < te; ++i) {
        if (!cap(i)) continue;
        std::size_t j = i;
        while (j < te && j - i < 6 && (cap(j) || (j > i && toks[j].kind == TokKind::Word && toks[j].upper))) ++j;
        // head last: "Intelligence Industry Research Institute"
        if (j - i >= 2 && (toks[j - 1].flags & kOrgLast)) {
          add_local(std::string(text.substr(toks[i].start, toks[j - 1].end - toks[i].start)), EntityType::Organization);
          i = j - 1;
          continue;
        }
        // head first: "Université Tsinghua", "Institut de Recherche X"
        if (toks[i].flags & kOrgFirst) {
          std::size_t k = i + 1;
          if (k < te && (toks[k].key == "de" || toks[k].key == "du" || toks[k].key == "des" || toks[k].key == "d'")) ++k;
          std::size_t m = k;
          while (m < te && m - k < 3 && toks[m].kind == TokKind::Word && toks[m].upper) ++m;
          if (m > k) {
            add_local(std::string(text.substr(toks[i].start, toks[m - 1].end - toks[i].start)), EntityType::Organization);
            i = m - 1;
          }
        }
      }
    }
  }
  // Short names of people: "Yao" after "Yao Shunyu", unless two people share it.
  {
    std::set<int> people;
    for (const auto& m : mentions)
      if (!m.demonym && de.get(m.entity).type == EntityType::Person) people.insert(m.entity);
    for (std::size_t k = 0; k < de.local.size(); ++k)
      if (de.local[k].type == EntityType::Person) people.insert(nlex + static_cast<int>(k));
    std::map<std::string, std::set<int>> parts;
    for (int p : people) {
      for (const auto& part : keys_of(de.get(p).name)) {
        // two letters are enough for a surname ("Wu", "Xu", "Su"), unless the word is a
        // function word that opens sentences ("He", "An")
        if (part.size() < 2 || (part.size() == 2 && name_stop.count(part)) || part.find('.') != std::string::npos)
          continue;
        parts[part].insert(p);
      }
    }
    for (const auto& [part, who] : parts) {
      if (who.size() != 1 || by_key.count(part) || local_keys.count(part)) continue;
      TrieValue tv;
      tv.entity = *who.begin();
      tv.surface = "\x01";
      local_trie.add({part}, tv);
    }
  }
  // Typos of names already in the document ("Deepsek" for DeepSeek), by edit distance.
  std::vector<std::pair<std::string, int>> typo_targets;
  {
    std::set<int> seen;
    for (const auto& m : mentions) {
      if (m.demonym || !seen.insert(m.entity).second) continue;
      const auto& e = de.get(m.entity);
      std::vector<std::string> forms{e.name};
      forms.insert(forms.end(), e.aliases.begin(), e.aliases.end());
      for (const auto& f : forms) {
        std::string k = quick_key(f);
        if (k.size() >= 5 && k.find(' ') == std::string::npos) typo_targets.emplace_back(k, m.entity);
      }
    }
  }

  std::unordered_map<std::string, int> typo_cache;  // token key -> entity (-1: none)

  // --- pass 2: all mentions, then relation patterns sentence by sentence
  // Entities of each earlier sentence, for descriptions and pronouns ("the company").
  std::vector<std::vector<std::pair<int, bool>>> sent_ents;
  // A description or pronoun opening the sentence becomes a mention of the one earlier
  // entity it can stand for: the nearest earlier sentence (up to 3 back) with entities
  // of a fitting type gives it if it holds only one, or if the first opens that sentence
  // (its subject). Anything less clear stays unresolved (precision first).
  // A resolved description with a demonym ("The South Korean group", "le groupe
  // américain"): the referent is based in that country.
  std::vector<std::pair<int, int>> coref_based;  // (referent, country), this sentence
  // The document's topic for a description: the first entity of a fitting type that
  // opens a sentence (the headline's subject, usually).
  auto doc_topic = [&](std::uint32_t types) -> int {
    for (const auto& se : sent_ents)
      for (auto [ent, opens] : se) {
        if (!opens) continue;
        const auto& e = de.get(ent);
        bool ok = (types & type_bit(e.type)) != 0;
        for (auto t : e.alt_types) ok = ok || (types & type_bit(t));
        if (ok && e.type != EntityType::Country) return ent;
      }
    return -1;
  };
  std::size_t fronted_coref = SIZE_MAX;  // item of a description after a fronted clause
  auto resolve_coref = [&](std::vector<Item>& its, std::size_t, std::size_t) {
    coref_based.clear();
    fronted_coref = SIZE_MAX;
    std::size_t start = 0;
    while (start < its.size() && start < 4 && its[start].kind == ItemKind::Tok &&
           (toks[its[start].tb].kind == TokKind::Punct || (toks[its[start].tb].flags & kCorefLead)))
      ++start;
    // Where a description may start: the sentence's opening, or, after a fronted
    // participle clause ("Fondée en 2023 par X, Y, l'entreprise ..."), right after one of
    // its commas (a lead word such as "the" may come first).
    std::vector<std::pair<std::size_t, bool>> starts;  // (item, after a fronted clause)
    for (std::size_t s0 = 0; s0 <= start && s0 < its.size(); ++s0) starts.emplace_back(s0, false);
    if (its.size() > 3 && its[0].kind == ItemKind::Tok && fronted_participles.count(toks[its[0].tb].key)) {
      for (std::size_t k = 1; k + 1 < its.size() && k < 40; ++k) {
        if (its[k].kind != ItemKind::Tok || toks[its[k].tb].key != ",") continue;
        for (std::size_t s0 = k + 1; s0 < its.size() && s0 <= k + 2; ++s0) {
          starts.emplace_back(s0, true);
          if (its[s0].kind != ItemKind::Tok || !(toks[its[s0].tb].flags & kCorefLead)) break;
        }
      }
    }
    for (auto [s0, fronted] : starts) {
      const bool tok_only = its[s0].kind == ItemKind::Tok;
      if (!tok_only) {
        if (fronted) continue;
        break;
      }
      for (const auto& c : corefs) {
        Matcher cm(its, toks, de, name_stop, no_mentions);
        cm.use_prefixes(&prefixes);
        Match mm;
        if (!cm.match_at(c.pattern, s0, mm) || mm.first == SIZE_MAX) continue;
        // "The company Norvex ...", "La société chinoise Norvex": the name is given
        {
          std::size_t nx = mm.last + 1;
          while (nx < its.size() && its[nx].kind == ItemKind::Demonym) ++nx;
          if (nx < its.size() && (its[nx].kind == ItemKind::Mention ||
                                  (toks[its[nx].tb].kind == TokKind::Word && toks[its[nx].tb].upper)))
            return;
        }
        int found = -1;
        if (fronted) {
          // After a fronted clause the referent is the subject that opened at least two of
          // the last three sentences, else the document's topic (the first subject) if one
          // of them names it; never a name that merely came last (an investor, a former
          // employer).
          auto fits = [&](int ent) {
            const auto& e = de.get(ent);
            bool ok = (c.types & type_bit(e.type)) != 0;
            for (auto t : e.alt_types) ok = ok || (c.types & type_bit(t));
            return ok && e.type != EntityType::Country;
          };
          int recent = -1, opened = 0;
          for (std::size_t back = sent_ents.size(), hops = 0; back-- > 0 && hops < 3; ++hops)
            for (auto [ent, opens] : sent_ents[back]) {
              if (!opens || !fits(ent)) continue;
              if (recent < 0) recent = ent;
              if (ent == recent) ++opened;
              break;
            }
          if (recent >= 0 && opened >= 2) found = recent;
          const int topic = found < 0 ? doc_topic(c.types) : -1;
          for (std::size_t back = sent_ents.size(), hops = 0; topic >= 0 && found < 0 && back-- > 0 && hops < 3; ++hops)
            for (auto [ent, opens] : sent_ents[back])
              if (ent == topic) found = topic;
          if (found < 0) return;
        }
        for (std::size_t back = sent_ents.size(), hops = 0; !fronted && back-- > 0 && hops < 3; ++hops) {
          std::vector<int> fit;
          int opener = -1;
          for (auto [ent, opens] : sent_ents[back]) {
            const auto& e = de.get(ent);
            bool ok = (c.types & type_bit(e.type)) != 0;
            for (auto t : e.alt_types) ok = ok || (c.types & type_bit(t));
            if (!ok || e.type == EntityType::Country) continue;
            if (std::find(fit.begin(), fit.end(), ent) == fit.end()) fit.push_back(ent);
            if (opens && opener < 0) opener = ent;
          }
          if (fit.empty()) continue;
          if (fit.size() == 1) found = fit[0];
          else if (opener >= 0 && opener == fit[0]) found = opener;
          break;
        }
        if (found < 0) return;
        Item it;
        it.kind = ItemKind::Mention;
        it.tb = its[mm.first].tb;
        it.te = its[mm.last].te;
        it.entity = found;
        it.coref = true;
        {
          // a demonym inside the description or right after its head
          std::size_t q = mm.first;
          for (; q < its.size() && q <= mm.last + 1; ++q)
            if (its[q].kind == ItemKind::Demonym) break;
          if (q < its.size() && q <= mm.last + 1 && its[q].kind == ItemKind::Demonym)
            coref_based.emplace_back(found, its[q].entity);
        }
        if (fronted) fronted_coref = mm.first;
        its.erase(its.begin() + static_cast<std::ptrdiff_t>(mm.first), its.begin() + static_cast<std::ptrdiff_t>(mm.last) + 1);
        its.insert(its.begin() + static_cast<std::ptrdiff_t>(mm.first), it);
        return;
      }
    }
  };
  std::vector<Mention> doc_mentions;
  std::set<std::tuple<std::string, int, std::string>> seen_facts;
  std::vector<std::size_t> viable_tok, viable_ment;
  Match m;
  for (const auto& [tb, te] : sents) {
    build_items(tb, te, true, items, nullptr);
    for (auto& it : items) {
      if (it.kind != ItemKind::Tok || typo_targets.empty()) continue;
      const Token& t = toks[it.tb];
      if (t.kind != TokKind::Word || !t.upper || t.key.size() < 5) continue;
      if (auto c = typo_cache.find(t.key); c != typo_cache.end()) {
        if (c->second >= 0) {
          it.kind = ItemKind::Mention;
          it.entity = c->second;
        }
        continue;
      }
      int& cached = typo_cache[t.key];
      cached = -1;
      int best = -1;
      bool ambiguous = false;
      for (const auto& [k, id] : typo_targets) {
        const std::size_t limit = k.size() >= 10 ? 2 : 1;
        if (k.size() + limit < t.key.size() || t.key.size() + limit < k.size()) continue;
        if (k == t.key) continue;
        if (text::edit_distance(t.key, k, limit) > limit) continue;
        const auto& df = de.get(id).distinct_from;
        if (std::find(df.begin(), df.end(), t.key) != df.end()) continue;
        if (best >= 0 && best != id) ambiguous = true;
        best = id;
      }
      if (best >= 0 && !ambiguous && !by_key.count(t.key)) {
        it.kind = ItemKind::Mention;
        it.entity = best;
        cached = best;
      }
    }
    if (!corefs.empty()) resolve_coref(items, tb, te);
    for (const auto& it : items)
      if (it.kind != ItemKind::Tok) doc_mentions.push_back({it.tb, it.te, it.entity, it.kind == ItemKind::Demonym});
    {
      std::vector<std::pair<int, bool>> here;  // (entity, opens the sentence)
      for (std::size_t k = 0; k < items.size(); ++k) {
        const auto& it = items[k];
        if (it.kind != ItemKind::Mention) continue;
        bool opens = true;  // only connectors, determiners and punctuation before it
        for (std::size_t q = 0; q < k && opens; ++q)
          opens = items[q].kind == ItemKind::Tok && (toks[items[q].tb].kind == TokKind::Punct ||
                                                     (toks[items[q].tb].flags & kCorefLead));
        // "Baidu and Alibaba ...": a subject of two names gives no single referent
        if (k >= 2 && !here.empty() && here.front().second && items[k - 2].kind == ItemKind::Mention &&
            items[k - 1].kind == ItemKind::Tok) {
          const auto& c = toks[items[k - 1].tb].key;
          if (c == "and" || c == "et" || c == "," || c == "or" || c == "ou" || c == "&") here.front().second = false;
        }
        here.emplace_back(it.entity, opens);
      }
      sent_ents.push_back(std::move(here));
    }

    const std::size_t s_start = toks[tb].start, s_end = toks[te - 1].end;
    const bool question = is_sentence_question(toks, tb, te);
    auto emit = [&](const std::string& rule_id, double conf, int s, Predicate p, int o,
                    std::size_t span_a, std::size_t span_b) {
      if (s == o) return;
      const auto& se = de.get(s);
      const auto& oe = de.get(o);
      if (se.name == oe.name) return;
      // "les puces de Nvidia": a generic chip made by a company is that company's chips.
      if (p == Predicate::develops && oe.type == EntityType::Chip && oe.maker.empty()) {
        for (const char* suffix : {" GPUs", " chips", " GPU", " chip", " AI chips"}) {
          auto it = by_key.find(quick_key(se.name + suffix));
          if (it != by_key.end() && quick_key(entities[it->second].maker) == quick_key(se.name)) {
            o = it->second;
            break;
          }
        }
      }
      const auto& oe2 = de.get(o);
      // Nobody "develops" a common noun ("les puces d'Apple" -> not Apple develops chips).
      if (p == Predicate::develops && generic(oe2)) return;
      bool ok = false;
      std::vector<EntityType> st{se.type}, ot{oe2.type};
      st.insert(st.end(), se.alt_types.begin(), se.alt_types.end());
      ot.insert(ot.end(), oe2.alt_types.begin(), oe2.alt_types.end());
      for (auto a : st)
        for (auto b : ot) ok = ok || type_allowed(p, a, b);
      if (!ok) return;
      std::string a = se.name, b = oe2.name;
      if (is_symmetric(p) && b < a) std::swap(a, b);
      if (!seen_facts.insert({a, static_cast<int>(p), b}).second) return;
      Finding f;
      f.triple.subject = {se.name, se.type};
      f.triple.object = {oe2.name, oe2.type};
      f.triple.predicate = p;
      f.triple.confidence = conf * (se.discovered ? 0.9 : 1.0) * (oe2.discovered ? 0.9 : 1.0);
      f.triple.rule = rule_id;
      f.triple.evidence = {doc.name, std::string(text.substr(s_start, s_end - s_start)), s_start, s_end, doc.date};
      f.span_start = span_a;
      f.span_end = span_b;
      out.push_back(std::move(f));
    };

    for (auto [ref, country] : coref_based)
      if (!question) emit("coref.demonym+coref", 0.85 * 0.85, ref, Predicate::based_in, country, s_start, s_end);
    // Lexicon knowledge stated by the name itself: "Deepseek V3", "puces de Nvidia".
    for (const auto& it : items) {
      if (it.kind != ItemKind::Mention || it.coref) continue;
      const auto& e = de.get(it.entity);
      // "Saudi Aramco", "Bank of China": a word of the name names the home country
      if (e.country_id >= 0 && !question && it.te - it.tb >= 2 &&
          (e.type == EntityType::Company || e.type == EntityType::Organization)) {
        for (std::uint32_t k = it.tb; k < it.te; ++k) {
          const TrieValue* v = nullptr;
          if (trie.longest(toks, k, k + 1, text, &v) != 1 || !v || v->entity != e.country_id) continue;
          // a demonym or a word of the country's own name, not its capital ("Pékin")
          bool named = v->demonym;
          for (const auto& w : keys_of(entities[e.country_id].name)) named = named || w == toks[k].key;
          if (named) {
            emit("lexicon.name_country", 0.8, it.entity, Predicate::based_in, e.country_id,
                 toks[it.tb].start, toks[it.te - 1].end);
            break;
          }
        }
      }
      if (e.maker_id < 0) continue;
      const int maker_id = e.maker_id;
      std::string surface;
      for (std::uint32_t k = it.tb; k < it.te; ++k) surface += (k == it.tb ? "" : " ") + toks[k].key;
      for (const auto& k : e.maker_keys) {
        auto pos = surface.find(k);
        if (k.size() < 2 || pos == std::string::npos) continue;
        auto boundary = [&](std::size_t p) {
          return p >= surface.size() || !std::isalnum(static_cast<unsigned char>(surface[p]));
        };
        if ((pos == 0 || boundary(pos - 1)) && boundary(pos + k.size())) {
          if (!question)
            emit("lexicon.maker", 0.75, maker_id, Predicate::develops, it.entity,
                 toks[it.tb].start, toks[it.te - 1].end);
          break;
        }
      }
    }

    if (question) continue;
    auto owned_in_span = [&](int ent, std::size_t a, std::size_t b) {
      for (std::size_t k = a; k <= b && k < items.size(); ++k)
        if (items[k].kind == ItemKind::Mention && items[k].entity == ent)
          // ... unless the owner is the country itself ("South Korea's SK Hynix")
          return k > 0 && items[k - 1].kind == ItemKind::Tok && toks[items[k - 1].tb].key == "'s" &&
                 !(k >= 2 && items[k - 2].kind == ItemKind::Mention &&
                   de.get(items[k - 2].entity).type == EntityType::Country);
      return false;
    };
    anchors.viable(toks, tb, te, anchor_seen, viable);
    if (viable.empty()) continue;
    // the rule's first element must be able to start at the item: the viable rules that
    // can start at a token, and those that can start at a mention (both ascending)
    viable_tok.clear();
    viable_ment.clear();
    for (std::size_t ri : viable) {
      if (rule_starts[ri] & kStartsAtTok) viable_tok.push_back(ri);
      if (rule_starts[ri] & kStartsAtMention) viable_ment.push_back(ri);
    }
    Matcher mt(items, toks, de, name_stop, doc_mentions);
    mt.use_prefixes(&prefixes);
    for (std::size_t s = 0; s < items.size(); ++s) {
      const bool tok = items[s].kind == ItemKind::Tok;
      for (std::size_t ri : tok ? viable_tok : viable_ment) {
        const Rule& r = rules[ri];
        if (!mt.may_start(r, s) || !mt.match_at(r, s, m) || m.first == SIZE_MAX) continue;
        // A match reaching from a fronted clause into the description after it must be
        // the whole clause about that description ("Fondée en 2023 par X, l'entreprise"),
        // not a gap over it ("as Hyundai Electronics, the chipmaker now competes").
        if (fronted_coref != SIZE_MAX && m.first < fronted_coref && fronted_coref <= m.last &&
            (m.first != 0 || !(m.slot_coref[0] || m.slot_coref[1] || m.slot_coref[2])))
          continue;
        // Negation, modality and the rule's own "unless" words inside the matched span.
        bool blocked = false;
        for (std::size_t k = m.first; k <= m.last && !blocked; ++k) {
          if (items[k].kind != ItemKind::Tok || (k >= m.aside_a && k < m.aside_b)) continue;
          const auto& key = toks[items[k].tb].key;
          // "à but non lucratif", "non coté": "non" before an adjective is part of it
          if ((toks[items[k].tb].flags & kSpanBlock) &&
              !(key_is(key, "non") && k + 1 < items.size() && items[k + 1].kind == ItemKind::Tok &&
                toks[items[k + 1].tb].kind == TokKind::Word && toks[items[k + 1].tb].all_lower &&
                !(toks[items[k + 1].tb].flags & kSpanBlock)))
            blocked = true;
          for (const auto& u : r.unless) blocked = blocked || key == u;
        }
        // "former OpenAI executives X": a rule's own "former" / "ancien" right before the
        // match counts as inside it.
        if (!blocked && m.first > 0 && items[m.first - 1].kind == ItemKind::Tok) {
          const auto& pk = toks[items[m.first - 1].tb].key;
          if (pk == "former" || pk == "ex" || pk == "ancien" || pk == "ancienne" || pk == "anciens" || pk == "anciennes")
            for (const auto& u : r.unless) blocked = blocked || pk == u;
        }
        // Reported opinions and predictions: a cue earlier in the sentence.
        if (!blocked && !r.nominal) {
          const std::size_t upto = items[m.first].tb;
          for (const auto& cue : blockers.before) {
            if (cue.empty()) continue;
            for (std::size_t k = tb; k + cue.size() <= upto && !blocked; ++k) {
              bool eq = true;
              for (std::size_t c = 0; c < cue.size() && eq; ++c) eq = toks[k + c].key == cue[c];
              blocked = eq;
            }
            if (blocked) break;
          }
        }
        if (blocked) continue;
        const std::size_t span_a = toks[items[m.first].tb].start;
        const std::size_t span_b = toks[items[m.last].te - 1].end;
        double conf = r.confidence;
        for (const auto& em : r.emits) {
          double c = conf * (m.slot_prev[em.subject] || m.slot_prev[em.object] ? 0.9 : 1.0);
          const bool coref = m.slot_coref[em.subject] || m.slot_coref[em.object];
          if (coref) c *= 0.85;  // one step of inference more than a named mention
          const std::string id = coref ? r.id + "+coref" : r.id;
          for (int sid : m.slots[em.subject]) {
            // "Chinese giant SenseTime's institute": the demonym describes the owner only
            if (em.predicate == Predicate::based_in && owned_in_span(sid, m.first, m.last)) continue;
            for (int oid : m.slots[em.object]) emit(id, c, sid, em.predicate, oid, span_a, span_b);
          }
        }
      }
    }
  }
  // The most specific relation wins: "X, the chief executive of Y" says X leads Y; the same
  // sentence does not also give "X works_at Y".
  std::set<std::tuple<std::string, std::string, std::size_t>> led;
  for (const auto& f : out)
    if (f.triple.predicate == Predicate::leads)
      led.emplace(f.triple.subject.name, f.triple.object.name, f.triple.evidence.start);
  if (!led.empty())
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const Finding& f) {
                               return f.triple.predicate == Predicate::works_at &&
                                      led.count({f.triple.subject.name, f.triple.object.name, f.triple.evidence.start});
                             }),
              out.end());
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
std::vector<Finding> Extractor::extract(const Document& doc) const { return impl_->extract(doc); }

std::vector<std::pair<std::size_t, std::size_t>> Extractor::sentences(std::string_view text) const {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const auto& line : content_lines(text, impl_->boilerplate)) {
    std::vector<Token> lt;
    tokenize(text, line.start, line.end, lt);
    for (auto [a, b] : split_sentences(lt)) out.emplace_back(lt[a].start, lt[b - 1].end);
  }
  return out;
}

std::vector<EntityRecord> Extractor::entity_records() const {
  std::vector<EntityRecord> out;
  for (const auto& e : impl_->entities) {
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
std::size_t Extractor::entity_count() const { return impl_->entities.size(); }
std::size_t Extractor::rule_count() const { return impl_->rules.size() + impl_->discovery.size(); }

Extractor make_extractor(const std::vector<std::string>& lexicon_files,
                         const std::vector<std::string>& rule_files, bool default_lexicon,
                         bool use_default_rules) {
  Extractor x;
  if (use_default_rules)
    for (const auto& f : default_rules()) x.add_rules(f.content, f.name);
  for (const auto& f : rule_files) x.add_rules(io::read_text_file(f), f);
  if (default_lexicon)
    for (const auto& f : default_lexicons()) x.add_lexicon(f.content, f.name);
  for (const auto& f : lexicon_files) x.add_lexicon(io::read_text_file(f), f);
  return x;
}

}  // namespace kg::extract
