// kg components G: connected components, or a community partition with --communities.
#include <iostream>
#include <map>

#include "command.hpp"
#include "options.hpp"
#include "graph_util.hpp"
#include "kg/graph/json.hpp"

namespace kg::cli {

namespace {
struct ComponentsArgs {
  DateArgs dates;
  std::string graph;
  bool json = false, communities = false;
  unsigned seed = 1;
  std::size_t show = 20;
};

int run_components(const ComponentsArgs& a) {
  const auto g = load_graph(a.graph, a.dates.range());
  const auto ents = g.entities();
  std::vector<std::vector<std::string>> groups;  // entity ids
  if (a.communities) {
    const auto lab = graph::communities(g, a.seed);
    for (std::size_t v = 0; v < lab.size(); ++v) {
      if (lab[v] >= groups.size()) groups.resize(lab[v] + 1);
      groups[lab[v]].push_back(ents[v].id);
    }
  } else {
    groups = graph::connected_components(g);
  }
  std::map<std::string, const graph::EntityInfo*> by_id;
  for (const auto& e : ents) by_id.emplace(e.id, &e);
  const char* what = a.communities ? "communities" : "components";
  if (a.json) {
    rapidjson::StringBuffer buf;
    graph::json::Writer w(buf);
    graph::json::groups(w, a.communities, groups);
    std::cout << buf.GetString() << "\n";
    return 0;
  }
  std::cout << groups.size() << " " << what << (a.communities ? " (label propagation, seed " + std::to_string(a.seed) + ")" : "")
            << "\n";
  for (std::size_t i = 0; i < groups.size() && (a.show == 0 || i < a.show); ++i) {
    std::cout << "  #" << i << " (" << groups[i].size() << "): ";
    for (std::size_t k = 0; k < groups[i].size() && k < 10; ++k) std::cout << (k ? ", " : "") << by_id[groups[i][k]]->name;
    if (groups[i].size() > 10) std::cout << ", ...";
    std::cout << "\n";
  }
  if (a.show && groups.size() > a.show) std::cout << "  ... " << (groups.size() - a.show) << " more\n";
  return 0;
}
}  // namespace

void add_components(CLI::App& app, Action& action) {
  auto a = std::make_shared<ComponentsArgs>();
  auto* sub = app.add_subcommand("components", "Connected components (direction ignored), or communities");
  sub->add_option("graph", a->graph, "graph file (.json or .kgb)")->required();
  sub->add_flag("--communities", a->communities, "a community partition (label propagation) instead");
  sub->add_option("--seed", a->seed, "seed of the community partition (same seed, same partition)")->check(kCount)
      ->capture_default_str();
  sub->add_option("-n,--top", a->show, "how many groups to list in text output (0 = all)")->check(kCount)->capture_default_str();
  sub->add_option("--show", a->show, "the same as --top")->check(kCount)->group("");  // its name before --top
  a->dates.add_to(sub);
  sub->add_flag("--json", a->json, "machine-readable output (all groups, entity ids)");
  sub->footer(help_footer({"kg components out/graph.json", "kg components out/graph.json --communities -n 0",
                           "kg components out/graph.json --json --as-of 2025-06"},
                          kListDates));
  sub->callback([a, &action] { action = [a] { return run_components(*a); }; });
}

}  // namespace kg::cli
