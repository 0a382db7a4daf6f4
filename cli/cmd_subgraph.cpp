// kg subgraph G ENTITY --depth N -o OUT: saves the neighbourhood of an entity as a graph file.
#include <iostream>

#include "command.hpp"
#include "options.hpp"
#include "graph_util.hpp"
#include "kg/error.hpp"
#include "kg/io.hpp"

namespace kg::cli {

namespace {
struct SubgraphArgs {
  std::string graph, entity, output;
  int depth = 1;
  FilterArgs filter;
};

int run_subgraph(const SubgraphArgs& a) {
  io::refuse_overwriting_inputs({a.graph}, {a.output});
  const auto g = load_graph(a.graph);
  graph::NeighborOptions o;
  o.depth = a.depth;
  o.filter = a.filter.filter();
  const auto nb = graph::neighbors(g, require_entity(g, a.entity).id, o);
  std::vector<std::string> ids{nb.center.id};
  for (const auto& n : nb.neighbors) ids.push_back(n.entity.id);
  const auto sub = graph::subgraph(g, ids, o.filter);
  sub.save(a.output);
  std::cerr << "kg subgraph: " << a.output << ": " << sub.entity_count() << " entities, " << sub.relation_count()
            << " relations within " << a.depth << " hop(s) of " << nb.center.name << "\n";
  return 0;
}
}  // namespace

void add_subgraph(CLI::App& app, Action& action) {
  auto a = std::make_shared<SubgraphArgs>();
  auto* sub = app.add_subcommand("subgraph", "Save the neighbourhood of an entity as a graph file");
  sub->add_option("graph", a->graph, "graph file (.json or .kgb)")->required();
  sub->add_option("entity", a->entity, "entity at the centre (name, alias or id)")->required();
  sub->add_option("--depth,-d", a->depth, "how many hops out (default 1)")->check(kCount);
  sub->add_option("-o,--output", a->output, "graph file to write (.json or .kgb)")->required();
  a->filter.add_to(sub, "keep");
  sub->footer(help_footer({"kg subgraph out/graph.json DeepSeek -d 2 -o out/deepseek.json",
                           "kg subgraph out/graph.json Nvidia -p restricts -p uses -o out/chips.kgb"},
                          kListPredicates | kListTypes | kListDates));
  sub->callback([a, &action] { action = [a] { return run_subgraph(*a); }; });
}

}  // namespace kg::cli
