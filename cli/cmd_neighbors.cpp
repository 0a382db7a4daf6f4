// kg neighbors G ENTITY: the entities around one, and the relations among them.
#include <iostream>

#include "command.hpp"
#include "options.hpp"
#include "graph_util.hpp"
#include "kg/graph/json.hpp"
#include "kg/error.hpp"

namespace kg::cli {

namespace {
struct NeighborArgs {
  std::string graph, entity;
  int depth = 1;
  FilterArgs filter;
  bool json = false;
};

int run_neighbors(const NeighborArgs& a) {
  const auto g = load_graph(a.graph);
  graph::NeighborOptions o;
  o.depth = a.depth;
  o.filter = a.filter.filter();
  const auto nb = graph::neighbors(g, require_entity(g, a.entity).id, o);
  if (a.json) {
    rapidjson::StringBuffer buf;
    graph::json::Writer w(buf);
    graph::json::neighborhood(w, g, nb, a.depth);
    std::cout << buf.GetString() << "\n";
    return 0;
  }
  std::cout << describe(nb.center) << ": " << nb.neighbors.size() << (nb.neighbors.size() == 1 ? " entity" : " entities")
            << " within " << a.depth << (a.depth == 1 ? " hop" : " hops") << "\n";
  for (const auto& n : nb.neighbors)
    std::cout << "  " << describe(n.entity) << (a.depth > 1 ? ", " + std::to_string(n.distance) + " hop(s)" : "")
              << "\n";
  std::cout << "relations (" << nb.relations.size() << "):\n";
  for (const auto& r : nb.relations) {
    const auto s = g.find(r.subject), o = g.find(r.object);
    std::cout << "  " << s->name << " --" << to_string(r.predicate) << "--> " << o->name << lexicon_mark(r) << "\n";
    const std::string ev = evidence_line(r);
    if (!ev.empty()) std::cout << "    " << ev << "\n";
  }
  return 0;
}
}  // namespace

void add_neighbors(CLI::App& app, Action& action) {
  auto a = std::make_shared<NeighborArgs>();
  auto* sub = app.add_subcommand("neighbors", "Entities within N hops of one entity, and the relations among them");
  sub->add_option("graph", a->graph, "graph file (.json or .kgb)")->required();
  sub->add_option("entity", a->entity, "entity (name, alias or id; case/accent-insensitive)")->required();
  sub->add_option("--depth,-d", a->depth, "how many hops out (default 1)")->check(kCount);
  a->filter.add_to(sub, "follow");
  sub->add_flag("--json", a->json, "machine-readable output");
  sub->footer(help_footer({"kg neighbors out/graph.json Alibaba", "kg neighbors out/graph.json China -p based_in -t Company",
                           "kg neighbors out/graph.json DeepSeek -d 2 --json"},
                          kListPredicates | kListTypes | kListDates));
  sub->callback([a, &action] { action = [a] { return run_neighbors(*a); }; });
}

}  // namespace kg::cli
