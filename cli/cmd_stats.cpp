// kg stats G: size and shape of a graph.
#include <iostream>

#include "command.hpp"
#include "graph_util.hpp"
#include "kg/graph/json.hpp"

namespace kg::cli {

namespace {
struct StatsArgs {
  DateArgs dates;
  std::string graph;
  bool json = false;
};

int run_stats(const StatsArgs& a) {
  const auto g = load_graph(a.graph, a.dates.range());
  const auto st = graph::stats(g);
  if (a.json) {
    rapidjson::StringBuffer buf;
    graph::json::Writer w(buf);
    graph::json::stats(w, st);
    std::cout << buf.GetString() << "\n";
    return 0;
  }
  std::cout << "entities:    " << st.entities << "\n"
            << "relations:   " << st.relations << "\n"
            << "evidence:    " << st.evidence << "\n"
            << "documents:   " << st.documents << "\n"
            << "components:  " << st.components << " (largest " << st.largest_component << " entities, "
            << st.isolated << " isolated)\n";
  char mean[32];
  std::snprintf(mean, sizeof mean, "%.2f", st.mean_degree);
  std::cout << "degree:      mean " << mean << ", max " << st.max_degree
            << (st.max_degree_entity.empty() ? "" : " (" + st.max_degree_entity + ")") << "\n";
  std::cout << "by type:\n";
  for (const auto& [k, v] : st.by_type) std::cout << "  " << k << ": " << v << "\n";
  std::cout << "by predicate:\n";
  for (const auto& [k, v] : st.by_predicate) std::cout << "  " << k << ": " << v << "\n";
  return 0;
}
}  // namespace

void add_stats(CLI::App& app, Action& action) {
  auto a = std::make_shared<StatsArgs>();
  auto* sub = app.add_subcommand("stats", "Counts of entities, relations, evidence, types, predicates, components");
  sub->add_option("graph", a->graph, "graph file (.json or .kgb)")->required();
  a->dates.add_to(sub);
  sub->add_flag("--json", a->json, "machine-readable output");
  sub->footer(help_footer({"kg stats out/graph.json", "kg stats out/graph.kgb --json --as-of 2025-06"}, kListDates));
  sub->callback([a, &action] { action = [a] { return run_stats(*a); }; });
}

}  // namespace kg::cli
