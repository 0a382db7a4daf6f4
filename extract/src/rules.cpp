// Rule loading: patterns, word classes, blockers and descriptions of the rule files.
#include <sstream>

#include "json_data.hpp"
#include "kg/error.hpp"
#include "kg/text.hpp"
#include "lexicon.hpp"
#include "rules.hpp"

namespace kg::extract::detail {

void RuleSet::add(std::string_view json, const std::string& source) {
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
}

}  // namespace kg::extract::detail
