// kg render GRAPH -o MAP.(svg|dot|png|pdf): draws the whole graph, an ego map, a path
// map or a filtered map with Graphviz.
#include <iostream>
#include <memory>

#include "command.hpp"
#include "options.hpp"
#include "graph_util.hpp"
#include "kg/error.hpp"
#include "kg/graph/graph.hpp"
#include "kg/io.hpp"
#include "kg/render/render.hpp"
#include "kg/text.hpp"
#include "render_util.hpp"

namespace kg::cli {

namespace {
struct RenderArgs {
  std::string graph, output, title, focus, id_prefix, keep_layout, save_layout;
  int depth = 1;
  std::vector<std::string> path, docs;
  FilterArgs filter;
  LexiconArgs lexicon;
  std::size_t max_nodes = 0;
  StyleArgs style;
};

int run_render(const RenderArgs& a) {
  const render::Format format = output_format(a.output);  // before the (slow) load
  render::RenderOptions ropt = a.style.options(format, a.id_prefix.empty() ? prefix_from_path(a.output) : a.id_prefix);
  io::refuse_overwriting_inputs({a.graph, a.keep_layout}, {a.output, a.save_layout});
  if (!a.keep_layout.empty()) keep_layout(ropt, a.keep_layout);
  if (a.depth < 0) throw UsageError("--depth must be >= 0");
  const graph::EdgeFilter filter = a.filter.filter();
  const graph::LexiconKnowledge lexicon = a.lexicon.value();

  const graph::Graph g = load_graph(a.graph);
  graph::ViewOptions v;
  v.title = a.title;
  if (!a.focus.empty()) {
    v.focus = require_entity(g, a.focus).id;
    v.depth = a.depth;
  }
  if (!a.path.empty()) v.path = std::make_pair(require_entity(g, a.path.at(0)).id, require_entity(g, a.path.at(1)).id);
  v.types = filter.types;
  v.predicates = filter.predicates;
  v.docs = a.docs;
  v.dates = filter.dates;
  v.lexicon = lexicon;
  v.max_nodes = a.max_nodes;
  v.communities = a.style.communities();
  const GraphView view = graph::make_view(g, v);
  render::drop_unused_pins(view, ropt);
  const auto r = draw(view, ropt, a.output, !a.save_layout.empty());
  if (!a.save_layout.empty()) save_layout(a.save_layout, r, ropt);
  std::cerr << "kg render: " << a.output << ": " << view.nodes.size() << " entities, " << view.edges.size()
            << " relations (layout " << r.engine << ")\n";
  return 0;
}
}  // namespace

void add_render(CLI::App& app, Action& action) {
  auto args = std::make_shared<RenderArgs>();
  auto* sub = app.add_subcommand("render", "Draw a map of the graph (SVG, DOT, PNG or PDF by extension)");
  sub->add_option("graph", args->graph, "graph file (from kg build or kg load)")->required();
  sub->add_option("entity", args->focus, "draw only this entity and what is around it (an ego map)")
      ->type_name("ENTITY");
  sub->add_option("--focus", args->focus, "the same as ENTITY")->group("");  // its name before ENTITY
  sub->add_option("-o,--output", args->output, "map to write: .svg, .dot, .png or .pdf")->required();
  sub->add_option("--title", args->title, "title drawn above the map");
  sub->add_option("-d,--depth", args->depth, "hops around ENTITY")->check(kCount)->capture_default_str();
  sub->add_option("--path", args->path, "highlight a shortest path between two entities")
      ->expected(2)
      ->type_name("FROM TO");
  args->filter.add_to(sub, "draw");
  sub->add_option("--doc", args->docs, "only relations with evidence from this document (repeatable)")
      ->type_name("DOC");
  args->lexicon.add_to(sub);
  sub->add_option("--max-nodes", args->max_nodes, "keep the N most important entities (0 = all)")->check(kCount)->type_name("N");
  sub->add_option("--id-prefix", args->id_prefix, "prefix of every id in the SVG (default: from the file name)");
  sub->add_option("--keep-layout", args->keep_layout,
                  "layout file of a previous map: entities already placed stay where they were");
  sub->add_option("--save-layout", args->save_layout, "write the node positions to this layout file (JSON)");
  args->style.add_to(sub);
  sub->footer(help_footer({"kg render out/graph.json -o out/ecosystem.svg",
                           "kg render out/graph.json Alibaba -d 2 -o alibaba.png",
                           "kg render out/graph.json --path \"Yao Shunyu\" OpenAI -o path.svg",
                           "kg render out/graph.json --max-nodes 80 --cluster-by country -o map.pdf",
                           "kg render out/graph.json -p restricts -t Country -t Chip -o controls.svg",
                           "kg render g.json -o week2.svg --keep-layout week1.json --save-layout week2.json"},
                          kListPredicates | kListTypes | kListDates));
  sub->callback([args, &action] { action = [args] { return run_render(*args); }; });
}

}  // namespace kg::cli
