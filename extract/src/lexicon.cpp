// Lexicon loading: entities, their forms in the trie, makers and countries resolved.
#include <algorithm>
#include <unordered_set>

#include "json_data.hpp"
#include "kg/error.hpp"
#include "kg/text.hpp"
#include "lexicon.hpp"

namespace kg::extract::detail {
namespace {

bool has_upper_ascii_or_not_lower(std::string_view s) {
  for (char c : s)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

}  // namespace

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

int Lexicon::chips_of(const std::string& maker, const std::vector<std::string>& suffixes) const {
  for (const auto& suffix : suffixes) {
    auto it = by_key.find(quick_key(maker + " " + suffix));
    if (it != by_key.end() && quick_key(entities[it->second].maker) == quick_key(maker)) return it->second;
  }
  return -1;
}

bool Lexicon::generic(const LexEntity& e) {
  if (e.name.find(' ') == std::string::npos) return false;  // "Advanced chips", not "o1"
  // an alias that is a lower-case word ("puces", "modèles"); a name in Chinese characters
  // ("萝卜快跑" for Apollo Go, "文心一言" for Ernie Bot) has no case and is no common noun
  for (const auto& a : e.aliases) {
    if (a.find(' ') != std::string::npos || a.empty()) continue;
    bool lower_alpha = true, ascii_letter = false;
    for (char c : a) {
      lower_alpha = lower_alpha && ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80 || c == '-');
      ascii_letter = ascii_letter || (c >= 'a' && c <= 'z');
    }
    if (lower_alpha && ascii_letter) return true;
  }
  return false;
}

void Lexicon::add(std::string_view json, const std::string& source, const TextRules& rules) {
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
    for (const auto& x : string_list(v, "demonyms", where)) e.demonyms.push_back(quick_key(x));
    e.places = string_list(v, "places", where);
    for (const auto& x : string_list(v, "distinct_from", where)) e.distinct_from.push_back(quick_key(x));
    e.maker = string_field(v, "maker");
    // A later file may add to an entity already known (same name and type): its forms
    // then come after the entity's earlier ones (from alias0, exact0, demonym0 on).
    int id;
    std::uint32_t alias0 = 0, exact0 = 0, demonym0 = 0, place0 = 0;
    auto known = by_key.find(quick_key(e.name));
    if (known != by_key.end() && entities[known->second].name == e.name) {
      id = known->second;
      auto& old = entities[id];
      alias0 = static_cast<std::uint32_t>(old.aliases.size());
      exact0 = static_cast<std::uint32_t>(old.exact.size());
      demonym0 = static_cast<std::uint32_t>(old.demonyms.size());
      place0 = static_cast<std::uint32_t>(old.places.size());
      old.aliases.insert(old.aliases.end(), e.aliases.begin(), e.aliases.end());
      old.exact.insert(old.exact.end(), e.exact.begin(), e.exact.end());
      old.demonyms.insert(old.demonyms.end(), e.demonyms.begin(), e.demonyms.end());
      old.places.insert(old.places.end(), e.places.begin(), e.places.end());
      old.distinct_from.insert(old.distinct_from.end(), e.distinct_from.begin(), e.distinct_from.end());
      if (old.country.empty()) old.country = e.country;
      if (old.maker.empty()) old.maker = e.maker;
    } else {
      id = static_cast<int>(entities.size());
      entities.push_back(e);
    }
    // Forms listed in "exact" (ordinary words, first names, short acronyms) match only
    // with that capitalisation, even though they are also listed as name or alias.
    std::unordered_set<std::string> exact_forms(e.exact.begin(), e.exact.end());
    auto add = [&](FormRef::Kind kind, std::uint32_t index) {
      forms_.push_back({id, kind, index});
      add_form(forms_.back(), rules);
    };
    if (!exact_forms.count(e.name)) add(FormRef::Name, 0);
    for (std::uint32_t a = 0; a < e.aliases.size(); ++a)
      if (!exact_forms.count(e.aliases[a])) add(FormRef::Alias, alias0 + a);
    for (std::uint32_t a = 0; a < e.exact.size(); ++a) add(FormRef::Exact, exact0 + a);
    for (std::uint32_t a = 0; a < e.demonyms.size(); ++a) add(FormRef::Demonym, demonym0 + a);
    for (std::uint32_t a = 0; a < e.places.size(); ++a) add(FormRef::Place, place0 + a);
  }
  finalize(rules);
}

void Lexicon::add_form(const FormRef& f, const TextRules& rules) {
  const LexEntity& e = entities[f.entity];
  if (f.kind == FormRef::Demonym) {
    // "franco-", "sino-": a combining form is only the first part of a compound demonym
    // (compound_demonym), never a word of its own ("Franco", "Italo" are also given names)
    if (const std::string& d = e.demonyms[f.index]; d.size() > 1 && d.back() == '-') {
      by_demonym.emplace(d, f.entity);
      return;
    }
    for (const auto& form : inflections(e.demonyms[f.index])) {
      TrieValue tv;
      tv.entity = f.entity;
      tv.demonym = true;
      const auto keys = keys_of(form, rules);
      trie.add(keys, tv);
      if (keys.size() == 1) by_demonym.emplace(keys[0], f.entity);
    }
    return;
  }
  // A city or region stands for its country the way a demonym does ("the Shenzhen-based
  // startup", "basé à Santa Clara"); written capitalised ("Nice", not "nice").
  if (f.kind == FormRef::Place) {
    TrieValue tv;
    tv.entity = f.entity;
    tv.demonym = true;
    tv.surface = "\x01";
    const auto keys = keys_of(e.places[f.index], rules);
    trie.add(keys, tv);
    if (keys.size() == 1) by_demonym.emplace(keys[0], f.entity);
    return;
  }
  const bool exact = f.kind == FormRef::Exact;
  const std::string& form = f.kind == FormRef::Name ? e.name : exact ? e.exact[f.index] : e.aliases[f.index];
  auto keys = keys_of(form, rules);
  if (keys.empty()) return;
  TrieValue tv;
  tv.entity = f.entity;
  tv.exact = exact;
  tv.surface = form;
  // A capitalised single short word ("Meta", "Apple") written in lower case in the
  // text is a common noun: only its exact form counts.
  if (!exact && keys.size() == 1 && has_upper_ascii_or_not_lower(form) && keys[0].size() < 7) {
    // accept its capitalised and all-caps spellings case-insensitively, but not all-lower
    tv.exact = false;
    tv.surface.assign(1, '\x01');  // marker: reject all-lower surfaces (checked at lookup)
  }
  trie.add(keys, tv);
  by_key.emplace(quick_key(form), f.entity);
  // "Bill & Melinda Gates Foundation" is also written "Bill and Melinda Gates Foundation"
  if (std::find(keys.begin(), keys.end(), "&") != keys.end())
    for (const auto& w : rules.ampersand_words) {
      auto spelled = keys;
      std::replace(spelled.begin(), spelled.end(), std::string("&"), w);
      trie.add(spelled, tv);
    }
}

void Lexicon::rekey(const TextRules& rules) {
  trie = Trie();
  for (const auto& f : forms_) add_form(f, rules);
  finalize(rules);
}

std::vector<std::string> typo_keys(const LexEntity& e) {
  std::vector<std::string> out;
  auto add = [&](const std::string& f) {
    std::string k = quick_key(f);
    if (k.size() >= 5 && k.find(' ') == std::string::npos) out.push_back(std::move(k));
  };
  add(e.name);
  for (const auto& a : e.aliases) add(a);
  return out;
}

// A company whose name starts its models' names ("DeepSeek" -> "DeepSeek-R1") also names
// that model family: "HSBC uses DeepSeek", "AWS offers DeepSeek".
void Lexicon::finalize(const TextRules& rules) {
  for (auto& e : entities) e.alt_types.erase(std::remove(e.alt_types.begin(), e.alt_types.end(), EntityType::Model), e.alt_types.end());
  for (const auto& m : entities) {
    if (m.type != EntityType::Model || m.maker.empty()) continue;
    auto it = by_key.find(quick_key(m.maker));
    if (it == by_key.end()) continue;
    auto& maker = entities[it->second];
    if (maker.type != EntityType::Company || maker.has(EntityType::Model)) continue;
    const auto mk = keys_of(maker.name, rules), mm = keys_of(m.name, rules);
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
    if (auto it = by_key.find(quick_key(e.country)); it != by_key.end() &&
        entities[it->second].type == EntityType::Country)
      e.country_id = it->second;
  }
  for (auto& e : entities) {
    e.maker_id = -1;
    e.maker_keys.clear();
    if (e.maker.empty()) continue;
    auto it = by_key.find(quick_key(e.maker));
    if (it == by_key.end()) continue;
    e.maker_id = it->second;
    const auto& maker = entities[it->second];
    e.maker_keys.push_back(quick_key(maker.name));
    for (const auto& a : maker.aliases) e.maker_keys.push_back(quick_key(a));
  }
  for (auto& e : entities) e.typo_keys = typo_keys(e);
}

std::pair<int, int> Lexicon::compound_demonym(const std::string& key) const {
  const std::size_t dash = key.find('-');
  if (dash == std::string::npos || dash == 0 || key.find('-', dash + 1) != std::string::npos) return {-1, -1};
  auto a = by_demonym.find(key.substr(0, dash));
  if (a == by_demonym.end()) a = by_demonym.find(key.substr(0, dash + 1));
  const auto b = by_demonym.find(key.substr(dash + 1));
  if (a == by_demonym.end() || b == by_demonym.end()) return {-1, -1};
  return {a->second, b->second != a->second ? b->second : -1};
}

}  // namespace kg::extract::detail
