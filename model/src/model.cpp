#include "kg/model.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <tuple>

#include "kg/error.hpp"

namespace kg {
namespace {

constexpr std::array<std::string_view, 9> kTypeNames = {
    "Person", "Company", "Organization", "Country", "Model", "Product", "Chip", "Event", "Unknown"};

// "worksAt" / "works-at" / " Works_At " -> "works_at"
std::string predicate_key(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isspace(c)) {
      if (!out.empty() && out.back() != '_') out.push_back('_');
      continue;
    }
    if (c == '-' || c == '_') {
      if (!out.empty() && out.back() != '_') out.push_back('_');
      continue;
    }
    if (std::isupper(c) && i > 0 && (std::islower(static_cast<unsigned char>(s[i - 1])) ||
                                     std::isdigit(static_cast<unsigned char>(s[i - 1])))) {
      out.push_back('_');
    }
    out.push_back(static_cast<char>(std::tolower(c)));
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

}  // namespace

std::string_view to_string(EntityType t) { return kTypeNames[static_cast<std::size_t>(t)]; }

std::optional<EntityType> parse_entity_type(std::string_view s) {
  // Case-insensitive, without making lower-case copies (called for every entity a triple
  // file names: the copies were a sixth of kg load's parsing); a name written as the
  // schema writes it (kg's own output) first, without folding each byte.
  for (std::size_t i = 0; i < kTypeNames.size(); ++i)
    if (kTypeNames[i] == s) return static_cast<EntityType>(i);
  auto same = [&](std::string_view name) {
    if (name.size() != s.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(name[i]))) return false;
    return true;
  };
  for (std::size_t i = 0; i < kTypeNames.size(); ++i)
    if (same(kTypeNames[i])) return static_cast<EntityType>(i);
  if (same("organisation")) return EntityType::Organization;
  return std::nullopt;
}

std::string_view to_string(Predicate p) { return schema(p).name; }

std::optional<Predicate> parse_predicate(std::string_view s) {
  for (const auto& row : kSchema)  // written as the schema writes it (most are): no key to make
    if (row.name == s) return row.predicate;
  const std::string k = predicate_key(s);
  for (const auto& row : kSchema)
    if (row.name == k) return row.predicate;
  return std::nullopt;
}

bool is_lexicon_rule(std::string_view rule) {
  // lexicon.maker_named: the sentence names the thing and its maker together and asserts it,
  // so the article states the fact ("Qwen d'Alibaba", "OpenAI, l'entreprise qui a créé ChatGPT").
  return rule.substr(0, 8) == "lexicon." && rule != "lexicon.maker_named";
}

std::vector<Predicate> parse_predicates(const std::vector<std::string>& names) {
  std::vector<Predicate> out;
  for (const auto& n : names) {
    auto p = parse_predicate(n);
    if (!p) {
      std::string known;
      for (auto q : kPredicates) known += (known.empty() ? "" : ", ") + std::string(to_string(q));
      throw UsageError("unknown predicate '" + n + "' (known: " + known + ")");
    }
    out.push_back(*p);
  }
  return out;
}

std::vector<EntityType> parse_entity_types(const std::vector<std::string>& names) {
  std::vector<EntityType> out;
  for (const auto& n : names) {
    auto t = parse_entity_type(n);
    if (!t) {
      std::string known;
      for (auto q : kEntityTypes) known += (known.empty() ? "" : ", ") + std::string(to_string(q));
      throw UsageError("unknown entity type '" + n + "' (known: " + known + ", Unknown)");
    }
    out.push_back(*t);
  }
  return out;
}

double combined_confidence(std::vector<WeighedEvidence>& ev) {
  const auto by_story = [](const WeighedEvidence& a, const WeighedEvidence& b) {
    return std::tie(a.story, a.doc) < std::tie(b.story, b.doc);
  };
  // The store hands evidence over in document order: usually sorted already (no buffer).
  if (!std::is_sorted(ev.begin(), ev.end(), by_story)) std::stable_sort(ev.begin(), ev.end(), by_story);
  const auto doubt = [](const WeighedEvidence& e) { return 1.0 - std::clamp(e.confidence, 0.0, 1.0); };
  double keep = 1.0;  // prod(1 - c) over independent statements
  for (std::size_t a = 0; a < ev.size();) {
    std::size_t b = a;
    bool one_doc = true;
    for (; b < ev.size() && ev[b].story == ev[a].story; ++b) one_doc = one_doc && ev[b].doc == ev[a].doc;
    if (one_doc) {
      for (std::size_t k = a; k < b; ++k) keep *= doubt(ev[k]);
    } else {
      // Copies of one story: the doubt left by its most confident document.
      double least = 1.0;
      for (std::size_t k = a; k < b;) {
        double d = 1.0;
        const std::size_t doc = ev[k].doc;
        for (; k < b && ev[k].doc == doc; ++k) d *= doubt(ev[k]);
        least = std::min(least, d);
      }
      keep *= least;
    }
    a = b;
  }
  return 1.0 - keep;
}

std::ostream& operator<<(std::ostream& os, EntityType t) { return os << to_string(t); }
std::ostream& operator<<(std::ostream& os, Predicate p) { return os << to_string(p); }
std::ostream& operator<<(std::ostream& os, const Entity& e) {
  return os << e.name << " (" << e.type << ")";
}
std::ostream& operator<<(std::ostream& os, const Evidence& e) {
  return os << e.doc << "[" << e.start << "," << e.end << ") \"" << e.sentence << "\"";
}
std::ostream& operator<<(std::ostream& os, const Triple& t) {
  return os << t.subject << " --" << t.predicate << "--> " << t.object << " conf=" << t.confidence
            << " @ " << t.evidence;
}

}  // namespace kg
