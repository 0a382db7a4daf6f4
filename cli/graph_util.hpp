// Helpers shared by the graph query commands (path, neighbors, subgraph, stats, entities,
// rank, components, load): option parsing into graph types and the text printers, so every
// command prints entities, relations and evidence the same way (JSON: kg/graph/json.hpp).
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "kg/graph/graph.hpp"
#include "kg/graph/query.hpp"
#include "kg/text.hpp"

namespace kg::cli {

// --as-of / --since / --undated: the time slice (text::DateRange), declared with the same
// names, wording and rule on every command that reads a graph.
struct DateArgs {
  std::string as_of, since, undated = "exclude";
  void add_to(CLI::App* sub);
  // Checked: UsageError (exit 2) naming the option.
  text::DateRange range() const;
};

// --from-lexicon omit|mark: what only the lexicon knows (facts no article states, countries
// no article gives), left out so that maps, reports and tables show what the articles say
// (the default), or shown marked as the lexicon's.
struct LexiconArgs {
  std::string mode = "omit";
  void add_to(CLI::App* sub);
  graph::LexiconKnowledge value() const;  // UsageError (exit 2) for another word
};

// Declares -p/--predicate, -t/--type (repeatable) and the date options on a subcommand.
struct FilterArgs {
  std::vector<std::string> predicates, types;
  DateArgs dates;
  void add_to(CLI::App* sub, const std::string& what);
  graph::EdgeFilter filter() const;
};

// Loads a graph file (JSON or .kgb), naming the file on any error; a triples file or an
// article corpus given instead says which command reads it.
graph::Graph load_graph(const std::string& path);
// The same, as the news stood in `dates` (graph::as_of) when they are bounded.
graph::Graph load_graph(const std::string& path, const text::DateRange& dates);

// An entity by name, alias or id (Graph::require). When the graph does not know it but the
// built-in lexicon does, the UsageError says so ("... is in kg's lexicon but no fact in
// this graph names it") instead of suggesting other names.
graph::EntityInfo require_entity(const graph::Graph& g, std::string_view name);

// The footer of a command's --help: its examples, then what its options accept (any of
// these lists, or'ed).
enum HelpList : unsigned { kListPredicates = 1, kListTypes = 2, kListDates = 4 };
std::string help_footer(const std::vector<std::string>& examples, unsigned lists = 0);

// Human-readable pieces.
std::string describe(const graph::EntityInfo& e);  // "Alibaba (Company)"
// "A --p--> B" or "A <--p-- B" for a step walked against the relation's direction.
std::string step_line(const graph::Path& p, std::size_t i);
// " (lexicon)" after a fact no article states, else "".
std::string lexicon_mark(const graph::RelationInfo& r);
// '"sentence" [doc]' for the best evidence of a relation, ellipsized; empty if none.
std::string evidence_line(const graph::RelationInfo& r, std::size_t max_bytes = 240);
std::string format_path(const graph::Path& p);

}  // namespace kg::cli
