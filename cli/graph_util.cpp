#include "graph_util.hpp"

#include <CLI/CLI.hpp>
#include <rapidjson/document.h>

#include <algorithm>
#include <fstream>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

#include "kg/error.hpp"
#include "kg/extract/extractor.hpp"
#include "kg/text.hpp"

namespace kg::cli {

void DateArgs::add_to(CLI::App* sub) {
  sub->add_option("--as-of", as_of,
                  "only evidence dated on or before this date (YYYY[-MM[-DD]]; 2025-06 = to the end of June)")
      ->type_name("DATE");
  sub->add_option("--since", since, "only evidence dated on or after this date (YYYY[-MM[-DD]])")->type_name("DATE");
  sub->add_option("--undated", undated,
                  "with --as-of/--since, evidence without a date is left out (exclude, the default) or kept "
                  "(include)")
      ->type_name("exclude|include")
      ->capture_default_str();
}

text::DateRange DateArgs::range() const {
  if (undated != "exclude" && undated != "include")
    throw UsageError("unknown --undated '" + undated + "'; use exclude or include");
  text::DateRange r{as_of, since, undated == "include"};
  r.check();  // dates compare as text: anything else would filter silently wrong
  return r;
}

void LexiconArgs::add_to(CLI::App* sub) {
  sub->add_option("--from-lexicon", mode,
                  "what only the built-in lexicon knows (facts no article states, countries no article gives): "
                  "omit (the default: show what the articles say) or mark")
      ->type_name("omit|mark")
      ->capture_default_str();
}

graph::LexiconKnowledge LexiconArgs::value() const {
  if (mode == "omit") return graph::LexiconKnowledge::omit;
  if (mode == "mark") return graph::LexiconKnowledge::mark;
  throw UsageError("unknown --from-lexicon '" + mode + "'; use omit or mark");
}

void FilterArgs::add_to(CLI::App* sub, const std::string& what) {
  sub->add_option("-p,--predicate", predicates, "only " + what + " relations with this predicate (repeatable)")
      ->type_name("PREDICATE");
  sub->add_option("-t,--type", types, "only " + what + " entities of this type (repeatable)")->type_name("TYPE");
  dates.add_to(sub);
}

graph::EdgeFilter FilterArgs::filter() const {
  graph::EdgeFilter f;
  f.dates = dates.range();
  f.predicates = parse_predicates(predicates);
  f.types = parse_entity_types(types);
  return f;
}

namespace {
// What a JSON-lines file that is not a graph holds, by the keys of its first line.
std::string what_else(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string line;
  if (!std::getline(in, line) || line.size() > (1u << 20)) return {};
  rapidjson::Document d;
  d.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
  if (d.HasParseError() || !d.IsObject()) return {};
  if (d.HasMember("subject") && d.HasMember("predicate"))
    return path + ": this is a triples file (JSON lines, as kg extract writes), not a graph: kg load " + path +
           " -o graph.json makes one";
  if (d.HasMember("text"))
    return path + ": this is an article corpus (JSON lines), not a graph: kg build " + path + " -o graph.json";
  return {};
}
}  // namespace

graph::Graph load_graph(const std::string& path) {
  if (!std::filesystem::exists(path)) throw InputError(path + ": no such file");
  try {
    return graph::Graph::load(path);
  } catch (const InputError&) {
    if (const std::string other = what_else(path); !other.empty()) throw InputError(other);
    throw;
  }
}

graph::EntityInfo require_entity(const graph::Graph& g, std::string_view name) {
  if (auto e = g.find(name)) return *e;
  // Only on the way to an error: the built-in lexicon is read to tell "unknown" from
  // "known, but the articles of this graph say nothing about it".
  const std::string key = text::name_key(name);
  for (const auto& r : extract::make_extractor({}, {}, true, false).entity_records()) {
    bool same = text::name_key(r.name) == key;
    for (std::size_t i = 0; !same && i < r.aliases.size(); ++i) same = text::name_key(r.aliases[i]) == key;
    if (same)
      throw UsageError("'" + std::string(name) + "' is " + r.name + " (" + std::string(to_string(r.type)) +
                       ") in kg's lexicon, but no fact in this graph names it");
  }
  return g.require(name);  // throws, with suggestions
}

std::string help_footer(const std::vector<std::string>& examples, unsigned lists) {
  std::string out = "Examples:\n";
  for (const auto& e : examples) out += "  " + e + "\n";
  if (lists & kListPredicates) {
    out += "Predicates:";
    for (auto p : kPredicates) out += " " + std::string(to_string(p));
    out += "\n";
  }
  if (lists & kListTypes) {
    out += "Entity types:";
    for (auto t : kEntityTypes) out += " " + std::string(to_string(t));
    out += "\n";
  }
  if (lists & kListDates)
    out += "Dates: YYYY, YYYY-MM or YYYY-MM-DD; with --as-of/--since, undated evidence is left out unless "
           "--undated include.\n";
  out.pop_back();
  return out;
}

graph::Graph load_graph(const std::string& path, const text::DateRange& dates) {
  graph::Graph g = load_graph(path);
  if (!dates.bounded()) return g;
  return graph::as_of(g, dates);
}

std::string describe(const graph::EntityInfo& e) { return e.name + " (" + std::string(to_string(e.type)) + ")"; }

std::string step_line(const graph::Path& p, std::size_t i) {
  const auto& st = p.steps[i];
  const std::string a = p.nodes[i].name, b = p.nodes[i + 1].name;
  const std::string pred(to_string(st.relation.predicate));
  return (st.forward ? a + " --" + pred + "--> " + b : a + " <--" + pred + "-- " + b) + lexicon_mark(st.relation);
}

std::string lexicon_mark(const graph::RelationInfo& r) { return r.lexicon_only() ? " (lexicon)" : ""; }

std::string evidence_line(const graph::RelationInfo& r, std::size_t max_bytes) {
  const Evidence* e = r.best_evidence();
  if (!e || (e->sentence.empty() && e->doc.empty())) return {};
  // One line per evidence: article line breaks inside a sentence become spaces.
  std::string flat;
  for (char c : e->sentence) {
    const bool ws = c == '\n' || c == '\r' || c == '\t';
    if (ws && !flat.empty() && flat.back() == ' ') continue;
    flat.push_back(ws ? ' ' : c);
  }
  std::string out = "\"" + text::ellipsize(flat, max_bytes) + "\"";
  if (!e->doc.empty()) out += " [" + e->doc + (e->date.empty() ? "" : ", " + e->date) + "]";
  if (r.evidence.size() > 1) out += " (+" + std::to_string(r.evidence.size() - 1) + " more)";
  return out;
}

std::string format_path(const graph::Path& p) {
  std::string out = p.nodes.front().name + " -> " + p.nodes.back().name + " (" + std::to_string(p.hops()) +
                    (p.hops() == 1 ? " hop" : " hops") + ")\n";
  for (std::size_t i = 0; i < p.steps.size(); ++i) {
    out += "  " + step_line(p, i) + "\n";
    const std::string ev = evidence_line(p.steps[i].relation);
    if (!ev.empty()) out += "    " + ev + "\n";
  }
  return out;
}

}  // namespace kg::cli
