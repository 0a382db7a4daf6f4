// kg export GRAPH --format F -o OUT: the graph in another tool's format (GraphML, RDF
// N-Triples/Turtle, Neo4j bulk import, Cypher, spreadsheet CSV). See graph/export/.
#include <iostream>
#include <memory>

#include "command.hpp"
#include "graph_util.hpp"
#include "kg/error.hpp"
#include "kg/export/export.hpp"
#include "kg/export/format.hpp"
#include "kg/export/graph_export.hpp"
#include "kg/graph/graph.hpp"
#include "kg/io.hpp"

namespace kg::cli {

namespace {
struct ExportArgs {
  std::string graph, format, output;
  DateArgs dates;
  std::string base_iri = std::string(interop::kDefaultBaseIri);
};

constexpr const char* kFormats = "graphml, ntriples, turtle, neo4j, cypher, csv";

int run_export(const ExportArgs& a) {
  interop::Format format;
  if (!a.format.empty()) {
    const auto f = interop::parse_format(a.format);
    if (!f) throw UsageError("unknown format '" + a.format + "'; choose one of " + kFormats);
    format = *f;
  } else if (const auto f = interop::format_from_path(a.output)) {
    format = *f;
  } else {
    throw UsageError("cannot tell the format from '" + a.output + "': give --format (" + kFormats + ")");
  }
  interop::ExportOptions opt;
  opt.base_iri = a.base_iri;
  const text::DateRange dates = a.dates.range();
  // Check the options before the (possibly long) load.
  if (format == interop::Format::neo4j && a.output == "-")
    throw UsageError("--format neo4j writes two files: give -o a directory (or a prefix ending in '-')");
  interop::normalize_base_iri(opt.base_iri);

  if (format == interop::Format::neo4j) {
    const auto [nodes, rels] = interop::neo4j_paths(a.output);
    io::refuse_overwriting_inputs({a.graph}, {nodes, rels});
  } else {
    io::refuse_overwriting_inputs({a.graph}, {a.output});
  }
  const graph::Graph g = load_graph(a.graph, dates);  // the time slice every command uses
  const interop::ExportGraph snap = interop::snapshot(g);
  const auto written = interop::write_export(snap, format, a.output, opt);
  if (a.output != "-") {
    std::cerr << "kg export: " << interop::to_string(format) << ", " << snap.entities.size() << " entities, "
              << snap.relations.size() << " relations ->";
    for (const auto& p : written) std::cerr << ' ' << p;
    std::cerr << "\n";
  }
  return 0;
}
}  // namespace

void add_export(CLI::App& app, Action& action) {
  auto args = std::make_shared<ExportArgs>();
  auto* sub = app.add_subcommand(
      "export", "Write a graph for other tools: GraphML, RDF (N-Triples, Turtle), Neo4j bulk import, Cypher, CSV");
  sub->add_option("graph", args->graph, "graph file (as written by kg build / kg load)")->required();
  sub->add_option("-f,--format", args->format,
                  "graphml | ntriples | turtle | neo4j | cypher | csv (default: from the output's extension "
                  ".graphml .nt .ttl .cypher .csv)");
  sub->add_option("-o,--output", args->output,
                  "output file ('-' = standard output); for neo4j a directory that gets nodes.csv and "
                  "relationships.csv, or a prefix ending in '-' or '_'")
      ->required();
  args->dates.add_to(sub);
  sub->add_option("--base-iri", args->base_iri,
                  "RDF: base of the minted IRIs (entity/, schema/, evidence/, doc/ below it)")
      ->capture_default_str();
  sub->footer(help_footer({"kg export g.json -o g.graphml                 # NetworkX, igraph, Gephi",
                           "kg export g.json -o g.ttl --base-iri https://data.example.org/kg/",
                           "kg export g.json --format neo4j -o neo4j/     # then neo4j-admin database import full",
                           "kg export g.json -o triples.csv --as-of 2025-06-30"},
                          kListDates));
  sub->callback([&action, args] { action = [args] { return run_export(*args); }; });
}

}  // namespace kg::cli
