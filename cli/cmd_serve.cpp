// kg serve GRAPH: explore a graph in a browser (serve/: the HTTP layer and its pages).
#include <iostream>
#include <memory>

#include "command.hpp"
#include "graph_util.hpp"
#include "kg/error.hpp"
#include "kg/serve/server.hpp"

namespace kg::cli {

namespace {
struct ServeArgs {
  serve::ServeOptions o;
  DateArgs dates;  // the server's time slice, as every command's
};

int run_serve(ServeArgs& a) {
  a.o.api.dates = a.dates.range();
  const serve::ServeOptions& o = a.o;
  if (o.port < 0 || o.port > 65535) throw UsageError("--port must be from 0 to 65535 (0 = any free port)");
  if (o.threads < 1 || o.threads > 1024) throw UsageError("--threads must be from 1 to 1024");
  if (!(o.api.render_timeout > 0)) throw UsageError("--timeout must be > 0 seconds");
  if (o.api.map_nodes < 1 || o.api.map_nodes > o.api.map_nodes_limit)
    throw UsageError("--max-nodes must be from 1 to " + std::to_string(o.api.map_nodes_limit));
  if (!(o.reload_interval >= 0)) throw UsageError("--reload must be >= 0 seconds (0 = never)");
  serve::serve(o, std::cerr);
  return 0;
}
}  // namespace

void add_serve(CLI::App& app, Action& action) {
  auto args = std::make_shared<ServeArgs>();
  serve::ServeOptions* o = &args->o;
  auto* sub = app.add_subcommand("serve", "Explore a graph in a browser: search, entity pages with their maps and "
                                          "evidence, paths, rankings, documents, what changed");
  sub->add_option("graph", o->graph, "graph file (.json or .kgb)")->required();
  sub->add_option("--host", o->host, "address to listen on; anything but 127.0.0.1/localhost makes the graph "
                                     "readable by others (a warning says so)")
      ->capture_default_str();
  sub->add_option("--port", o->port, "port to listen on (0 = any free port; the one chosen is printed)")
      ->capture_default_str();
  sub->add_option("--threads", o->threads, "connections served at once")->capture_default_str();
  sub->add_option("--reload", o->reload_interval,
                  "seconds between checks of the graph file; a changed file is loaded and swapped in "
                  "(0 = never)")
      ->capture_default_str();
  sub->add_option("--timeout", o->api.render_timeout, "stop a map's layout that takes longer than this many seconds")
      ->capture_default_str();
  sub->add_option("--max-nodes", o->api.map_nodes, "entities on a map unless the page asks for more")
      ->capture_default_str();
  args->dates.add_to(sub);
  sub->footer(
      "Opens nothing to the network by default: http://127.0.0.1:8080/ in a browser on this machine.\n"
      "Read-only; the JSON API behind the pages is in the README (\"Browser explorer\").\n"
      "--as-of, --since and --undated set the time slice that entity pages, maps, paths and what\n"
      "changed start from; a page's own dates replace it.\n" +
      help_footer({"kg serve out/graph.json", "kg serve out/graph.json --as-of 2025-06", "kg serve big.kgb --port 9000"},
                  kListDates));
  sub->callback([args, &action] { action = [args] { return run_serve(*args); }; });
}

}  // namespace kg::cli
