// kg merge A B [C...] -o OUT: one graph from several, entities joined by name or alias,
// evidence and documents unioned. See kg::interop::merge_into for the tie-breaks.
#include <iostream>
#include <memory>

#include "command.hpp"
#include "graph_util.hpp"
#include "kg/error.hpp"
#include "kg/export/graph_export.hpp"
#include "kg/graph/graph.hpp"
#include "kg/io.hpp"

namespace kg::cli {

namespace {
struct MergeArgs {
  std::vector<std::string> inputs;
  std::string output;
};

int run_merge(const MergeArgs& a) {
  if (a.inputs.size() < 2) throw UsageError("merge needs at least two graphs (got " + std::to_string(a.inputs.size()) + ")");
  io::refuse_overwriting_inputs(a.inputs, {a.output});
  graph::Graph acc;
  // One input in memory at a time besides the result.
  for (const auto& in : a.inputs) {
    const graph::Graph g = load_graph(in);
    interop::merge_into(acc, g);
    io::check_interrupted();
  }
  acc.freeze();
  acc.save(a.output);
  std::cerr << "kg merge: " << a.output << ": " << acc.entity_count() << " entities, " << acc.relation_count()
            << " relations, " << acc.documents().size() << " documents from " << a.inputs.size() << " graphs\n";
  return 0;
}
}  // namespace

void add_merge(CLI::App& app, Action& action) {
  auto args = std::make_shared<MergeArgs>();
  auto* sub = app.add_subcommand("merge", "Merge graphs: entities joined by name or alias, evidence unioned");
  sub->add_option("graphs", args->inputs, "two or more graph files")->required();
  sub->add_option("-o,--output", args->output, "the merged graph (.json or .kgb)")->required();
  sub->footer(
      "The first graph that names an entity gives its canonical name, type and country; documents\n"
      "are joined by their text (the same article under two names is one); evidence is unioned\n"
      "(the same sentence counted once).\n"
      + help_footer({"kg merge monday.json tuesday.json -o week.json"}));
  sub->callback([&action, args] { action = [args] { return run_merge(*args); }; });
}

}  // namespace kg::cli
