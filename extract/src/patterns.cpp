// The parser of rule patterns (extract/rules/README.md).
#include <sstream>

#include "kg/error.hpp"
#include "lexicon.hpp"
#include "rules.hpp"

namespace kg::extract::detail {

namespace {

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (true) {
    auto j = s.find(sep, i);
    out.emplace_back(s.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  return out;
}

}  // namespace

Rule parse_pattern(const std::string& id, std::string_view pattern,
                   const std::unordered_map<std::string, std::string>& macros) {
  Rule r;
  r.id = id;
  std::istringstream in{std::string(pattern)};
  std::string w;
  auto fail = [&](const std::string& why) {
    throw InputError("rule " + id + ": " + why + " in pattern '" + std::string(pattern) + "'");
  };
  while (in >> w) {
    Elem e;
    if (w.size() > 1 && w.back() == '?' ) {
      e.optional = true;
      w.pop_back();
    }
    // "!a|b": the next token is none of the words (consumes nothing): "@LEADROLE !technology"
    const bool negated = w.size() > 1 && w[0] == '!';
    if (negated) {
      if (e.optional) fail("a negation cannot be optional");
      w.erase(0, 1);
      if (w.rfind("...", 0) == 0 || w == "_" || w == "~") fail("only words can be negated");
    }
    if (w.rfind("...", 0) == 0) {
      e.kind = El::Gap;
      e.gap = w.size() == 3 ? 4 : std::atoi(w.c_str() + 3);
      if (e.gap <= 0 || e.gap > 30) fail("bad gap '" + w + "'");
      r.elems.push_back(e);
      continue;
    }
    if (w == "_" || w == "~") {
      e.kind = w == "_" ? El::Any : El::Modifier;
      r.elems.push_back(e);
      continue;
    }
    if (w.find('@') != std::string::npos) {
      // a macro stands for its alternatives, alone or among others ("@PRODNOUN|robot")
      std::string expanded;
      for (const auto& a : split(w, '|')) {
        if (!expanded.empty()) expanded += '|';
        if (a.empty() || a[0] != '@') {
          expanded += a;
          continue;
        }
        auto it = macros.find(a.substr(1));
        if (it == macros.end()) fail("unknown macro '" + a + "'");
        expanded += it->second;
      }
      w = expanded;
    }
    // slots: S, O, O2, N, N2 with optional "=prev", "=topic" or "=subject" and ":Type|Type|dem"
    std::string head = w, spec;
    if (auto c = w.find(':'); c != std::string::npos && c > 0) {
      head = w.substr(0, c);
      spec = w.substr(c + 1);
    }
    bool prev = false, topic = false, subject = false;
    if (auto p = head.find("=prev"); p != std::string::npos && p + 5 == head.size()) {
      prev = true;
      head = head.substr(0, p);
    } else if (auto q = head.find("=topic"); q != std::string::npos && q + 6 == head.size()) {
      prev = topic = true;
      head = head.substr(0, q);
    } else if (auto u = head.find("=subject"); u != std::string::npos && u + 8 == head.size()) {
      prev = subject = true;
      head = head.substr(0, u);
    }
    bool list = false, single = false;
    if (head.size() > 1 && head.back() == '!' && head[0] != 'N') {  // "S!": one name, no coordination
      single = true;
      head.pop_back();
    }
    if (head == "N*") {  // "games: A, B and C": a list of names
      list = true;
      head = "N";
    }
    if (negated && (head == "S" || head == "O" || head == "O2" || head == "N" || head == "N2"))
      fail("only words can be negated");
    if (head == "S" || head == "O" || head == "O2" || head == "N" || head == "N2") {
      const bool name = head[0] == 'N';
      e.kind = name ? El::Name : El::Slot;
      e.slot = head == "S" ? 0 : head == "O" ? 1 : head == "O2" ? 2 : 0;
      e.min_tokens = head == "N2" ? 2 : 1;
      e.list = list;
      e.single = single;
      e.prev = prev;
      e.topic = topic;
      e.subject = subject;
      if (!spec.empty()) {
        bool any_entity_type = false;
        for (const auto& t : split(spec, '|')) {
          if (t == "dem") { e.demonym = true; continue; }
          auto et = parse_entity_type(t);
          if (!et) fail("unknown type '" + t + "'");
          e.types |= type_bit(*et);
          any_entity_type = true;
        }
        e.entity = any_entity_type || !e.demonym;
      }
      if (e.optional) fail("a slot cannot be optional");
      r.elems.push_back(e);
      continue;
    }
    e.kind = negated ? El::Not : El::Lit;
    for (auto& a : split(w, '|')) {
      if (a.empty()) fail("empty alternative in '" + w + "'");
      bool star = a.size() > 1 && a.back() == '*';
      if (star) a.pop_back();
      std::string k = fold(a);
      // literals are folded like text tokens; "’" and "'" are the same
      for (std::size_t p = 0; (p = k.find("\xE2\x80\x99", p)) != std::string::npos;) k.replace(p, 3, "'");
      if (star) k += '*';
      e.has_prefix = e.has_prefix || star;
      if (!k.empty()) e.first_bytes.set(static_cast<unsigned char>(k[0]));
      e.alts.push_back(std::move(k));
    }
    r.elems.push_back(e);
  }
  if (r.elems.empty()) fail("empty pattern");
  return r;
}

}  // namespace kg::extract::detail