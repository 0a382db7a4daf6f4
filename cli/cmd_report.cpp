// kg report GRAPH -o report.html|report.md: the options of a report and their wiring; the
// report itself is written by kg::report (report/).
#include <iostream>
#include <memory>

#include "command.hpp"
#include "options.hpp"
#include "graph_util.hpp"
#include "kg/error.hpp"
#include "kg/graph/graph.hpp"
#include "kg/io.hpp"
#include "kg/graph/query.hpp"
#include "kg/render/render.hpp"
#include "kg/report/report.hpp"
#include "render_util.hpp"

namespace kg::cli {

namespace {
struct ReportArgs {
  std::string graph, output, title, keep_layout, save_layout;
  std::size_t top = 5, overview_nodes = 60, ego_nodes = 30, max_facts = 500;
  int depth = 1;                   // of the ego maps
  std::vector<std::string> pairs;  // flattened A B A B ...
  FilterArgs filter;
  LexiconArgs lexicon;
  StyleArgs style;
};

int run_report(const ReportArgs& a) {
  if (a.pairs.size() % 2 != 0) throw UsageError("--path takes two entities");
  if (a.depth < 0) throw UsageError("--depth must be >= 0");
  (void)report::format_for(a.output);  // usage errors before the load
  report::Options o;
  o.style = a.style.options(render::Format::svg, "x-");
  const graph::EdgeFilter filter = a.filter.filter();
  io::refuse_overwriting_inputs({a.graph, a.keep_layout}, {a.output, a.save_layout});
  if (!a.keep_layout.empty()) {  // a bad file: exit before the load
    o.overview_style = o.style;
    keep_layout(*o.overview_style, a.keep_layout);
  }
  o.lexicon = a.lexicon.value();
  // The report as the news stood then: maps, fact tables and corpus alike.
  const graph::Graph g = load_graph(a.graph, filter.dates);
  for (std::size_t i = 0; i + 1 < a.pairs.size(); i += 2)  // unknown names: exit 2 before any work
    o.paths.emplace_back(require_entity(g, a.pairs[i]), require_entity(g, a.pairs[i + 1]));
  o.output = a.output;
  o.graph_file = a.graph;
  o.title = a.title;
  o.top = a.top;
  o.depth = a.depth;
  o.overview_nodes = a.overview_nodes;
  o.ego_nodes = a.ego_nodes;
  o.max_facts = a.max_facts;
  o.filter = filter;
  o.communities = a.style.communities();
  o.id_prefix = prefix_from_path(a.output);
  o.overview_positions = !a.save_layout.empty();
  // Importance once for every map of the report (PageRank of the graph as sliced).
  const std::vector<double> importance = graph::pagerank(g);
  const report::Report r = report::make(g, importance, o);

  std::vector<std::string> outputs = report::figure_paths(r, a.output);
  outputs.push_back(a.output);
  if (!a.save_layout.empty()) outputs.push_back(a.save_layout);
  io::refuse_overwriting_inputs({a.graph, a.keep_layout}, outputs);
  report::write(r, a.output);
  if (!a.save_layout.empty()) save_layout(a.save_layout, r.overview, r.overview_options);
  std::cerr << "kg report: " << a.output << ": " << r.figures.size() << " maps, " << r.facts_listed << " facts, "
            << r.documents << " documents\n";
  return 0;
}
}  // namespace

void add_report(CLI::App& app, Action& action) {
  auto args = std::make_shared<ReportArgs>();
  auto* sub = app.add_subcommand("report", "Write a self-contained HTML or Markdown report with maps and evidence");
  sub->add_option("graph", args->graph, "graph file (from kg build or kg load)")->required();
  sub->add_option("-o,--output", args->output, "report to write: .html (SVG inlined) or .md (sibling .svg files)")
      ->required();
  sub->add_option("--title", args->title, "report title");
  sub->add_option("-n,--top", args->top, "ego maps for this many of the most important entities")
      ->check(kCount)
      ->capture_default_str();
  sub->add_option("-d,--depth", args->depth, "hops around each entity on its ego map")->check(kCount)->capture_default_str();
  for (const char* name : {"--path", "--pair"}) {  // --pair: its name before --path, as in kg render
    auto* o = sub->add_option(name, args->pairs, "a path map between two entities (repeatable: --path A B --path C D)")
                  ->expected(2)
                  ->type_name("FROM TO")
                  ->allow_extra_args(false)
                  ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    if (std::string(name) == "--pair") o->group("");
  }
  args->filter.add_to(sub, "show");
  sub->add_option("--max-nodes", args->overview_nodes, "entities on the overview map")->check(kCount)->capture_default_str();
  sub->add_option("--overview-nodes", args->overview_nodes, "the same as --max-nodes")->check(kCount)->group("");
  sub->add_option("--ego-nodes", args->ego_nodes, "entities on each ego map")->check(kCount)->capture_default_str();
  sub->add_option("--max-facts", args->max_facts, "facts listed in the table, the most confident first")
      ->check(kCount)
      ->capture_default_str();
  args->lexicon.add_to(sub);
  sub->add_option("--keep-layout", args->keep_layout,
                  "layout file of last edition's overview (--save-layout): entities already placed stay where they were");
  sub->add_option("--save-layout", args->save_layout, "write the overview's node positions to this layout file (JSON)");
  args->style.add_to(sub);
  sub->footer(help_footer({"kg report out/graph.json -o out/report.html",
                           "kg report out/graph.json -o out/report.md -n 3 --path \"Yao Shunyu\" OpenAI",
                           "kg report out/graph.json -o out/june.html --as-of 2025-06 --from-lexicon mark",
                           "kg report out/graph.json -o out/people.html -p works_at -p leads -p founded",
                           "kg report week2.json -o week2.html --keep-layout week1.layout --save-layout week2.layout"},
                          kListPredicates | kListTypes | kListDates));
  sub->callback([args, &action] { action = [args] { return run_report(*args); }; });
}

}  // namespace kg::cli
