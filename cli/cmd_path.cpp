// kg path G FROM TO: how two entities are connected, with the evidence for every step.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <optional>

#include "command.hpp"
#include "options.hpp"
#include "graph_util.hpp"
#include "kg/graph/json.hpp"
#include "kg/error.hpp"
#include "kg/io.hpp"

namespace kg::cli {

namespace {
struct PathArgs {
  std::string graph, from, to, batch;
  int max_hops = 0;
  FilterArgs filter;
  bool directed = false, weighted = false, json = false;
  std::size_t k = 1;
};

graph::PathOptions options(const PathArgs& a) {
  graph::PathOptions o;
  o.filter = a.filter.filter();
  o.max_hops = a.max_hops;
  o.directed = a.directed;
  o.weighted = a.weighted;
  o.k = a.k;
  return o;
}

// A weighted search over a time slice costs each relation by its confidence and evidence
// as the news stood then (graph::as_of), not by evidence that came later: it walks the
// slice. (An unweighted search only needs to know which relations are in range, which the
// filter tells it on the whole graph.)
std::optional<graph::Graph> dated_costs(const graph::Graph& g, const graph::PathOptions& o) {
  if (!o.weighted || !o.filter.dates.bounded()) return std::nullopt;
  return graph::as_of(g, o.filter.dates);
}

// Why there is no path: the two entities are in different components of the graph (with
// their sizes), or they are connected but not within the limits asked for.
std::string no_path(const graph::Graph& g, const graph::EntityInfo& a, const graph::EntityInfo& b,
                    const PathArgs& args) {
  const std::string msg = "no path between " + a.name + " and " + b.name;
  std::size_t size_a = 0, size_b = 0;
  for (const auto& c : graph::connected_components(g)) {  // ids sorted within each
    const bool has_a = std::binary_search(c.begin(), c.end(), a.id);
    const bool has_b = std::binary_search(c.begin(), c.end(), b.id);
    if (has_a) size_a = c.size();
    if (has_b) size_b = c.size();
    if (!(has_a && has_b)) continue;
    std::string limits;
    const auto add = [&](const std::string& l) { limits += (limits.empty() ? "" : ", ") + l; };
    if (args.max_hops > 0) add("within " + std::to_string(args.max_hops) + (args.max_hops == 1 ? " hop" : " hops"));
    if (args.directed) add("following each relation's direction");
    const auto& f = args.filter;
    if (!f.predicates.empty() || !f.types.empty() || !f.dates.as_of.empty() || !f.dates.since.empty())
      add("through the predicates, types and dates asked for");
    return msg + ": they are connected in the graph, but not " + limits;
  }
  const auto entities = [](std::size_t n) { return std::to_string(n) + (n == 1 ? " entity" : " entities"); };
  return msg + ": they are in different components of the graph (" + a.name + "'s has " + entities(size_a) + ", " +
         b.name + "'s " + entities(size_b) + "; kg components lists them)";
}

int run_batch(const PathArgs& a) {
  const auto g = load_graph(a.graph);
  const auto opt = options(a);
  std::ifstream in(a.batch, std::ios::binary);
  if (a.batch != "-" && !in) throw InputError(a.batch + ": no such file");
  std::istream& src = a.batch == "-" ? std::cin : in;
  const auto slice = dated_costs(g, opt);
  const graph::Graph& walked = slice ? *slice : g;
  graph::PathSearch search(walked);
  std::string line, out;
  std::size_t ln = 0;
  while (std::getline(src, line)) {
    ++ln;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const auto tab = line.find('\t');
    if (tab == std::string::npos)
      throw InputError(a.batch + ":" + std::to_string(ln) + ": expected FROM<TAB>TO");
    const std::string from = line.substr(0, tab), to = line.substr(tab + 1);
    rapidjson::StringBuffer buf;
    graph::json::Writer w(buf);
    const auto& s = g;
    auto fa = s.find(from), fb = s.find(to);
    if (!fa || !fb) {
      w.StartObject();
      w.Key("from");
      w.String(from.c_str());
      w.Key("to");
      w.String(to.c_str());
      w.Key("found");
      w.Bool(false);
      w.Key("error");
      const std::string missing = !fa ? from : to;
      const auto sug = g.suggestions(missing, 1);
      w.String(("no entity '" + missing + "'" + (sug.empty() ? "" : "; did you mean: " + sug[0])).c_str());
      w.EndObject();
    } else {
      const bool walkable = walked.find(fa->id) && walked.find(fb->id);  // a slice may lack them
      const auto paths = walkable ? search.run(graph::require_index(walked, fa->id), graph::require_index(walked, fb->id), opt)
                                  : std::vector<graph::Path>{};
      graph::json::path(w, from, to, paths.empty() ? nullptr : &paths.front());
    }
    out.append(buf.GetString(), buf.GetSize());
    out += '\n';
    if (out.size() > (1 << 16)) {
      std::cout << out;
      out.clear();
    }
    io::check_interrupted();
  }
  std::cout << out << std::flush;
  return 0;
}

int run_path(const PathArgs& a) {
  if (!a.batch.empty()) return run_batch(a);
  if (a.from.empty() || a.to.empty()) throw UsageError("kg path needs FROM and TO (or --batch PAIRS.tsv)");
  if (a.k == 0) throw UsageError("--k must be at least 1");
  const auto g = load_graph(a.graph);
  const auto opt = options(a);
  const auto from = require_entity(g, a.from), to = require_entity(g, a.to);
  const auto slice = dated_costs(g, opt);
  const graph::Graph& walked = slice ? *slice : g;
  const auto paths = walked.find(from.id) && walked.find(to.id) ? graph::find_paths(walked, from.id, to.id, opt)
                                                                 : std::vector<graph::Path>{};
  if (a.json) {
    rapidjson::StringBuffer buf;
    graph::json::Writer w(buf);
    if (a.k <= 1)
      graph::json::path(w, from.name, to.name, paths.empty() ? nullptr : &paths.front());
    else
      graph::json::paths(w, from.name, to.name, paths);
    std::cout << buf.GetString() << "\n";
    if (paths.empty()) std::cerr << "kg: " << no_path(g, from, to, a) << "\n";
    return paths.empty() ? 1 : 0;
  }
  if (paths.empty()) {
    std::cerr << "kg: " << no_path(g, from, to, a) << "\n";
    return 1;
  }
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (paths.size() > 1) std::cout << (i ? "\n" : "") << "#" << (i + 1) << (a.weighted ? " (cost " + std::to_string(paths[i].cost).substr(0, 5) + ") " : " ");
    std::cout << format_path(paths[i]);
  }
  return 0;
}
}  // namespace

void add_path(CLI::App& app, Action& action) {
  auto a = std::make_shared<PathArgs>();
  auto* sub = app.add_subcommand("path", "Shortest path(s) between two entities, with the evidence for each step");
  sub->add_option("graph", a->graph, "graph file (.json or .kgb)")->required();
  sub->add_option("from", a->from, "first entity (name, alias or id; case/accent-insensitive)");
  sub->add_option("to", a->to, "second entity");
  sub->add_option("--max-hops", a->max_hops, "longest path to look for (0 = no limit)")->check(kCount);
  a->filter.add_to(sub, "use");
  sub->add_flag("--directed", a->directed, "follow relations from subject to object only");
  sub->add_flag("--weighted", a->weighted, "prefer confident, well-evidenced relations (Dijkstra)");
  sub->add_option("--k", a->k, "the K shortest loop-free paths (Yen)")->check(kCount & CLI::PositiveNumber);
  sub->add_flag("--json", a->json, "machine-readable output");
  sub->add_option("--batch", a->batch,
                  "read FROM<TAB>TO lines from this file ('-' = stdin) and write one JSON object per line, "
                  "in input order; the graph is loaded once");
  sub->footer("By default edge direction is ignored and each step shows the relation's real direction:\n"
              "  A --works_at--> B   or   A <--develops-- B (walked against the relation).\n"
              "Exit codes: 0 found, 1 no path (or bad input), 2 unknown entity or bad option.\n" +
              help_footer({"kg path out/graph.json Tencent OpenAI", "kg path out/graph.json Alibaba Nvidia --k 3 --weighted",
                           "kg path out/graph.json Tencent OpenAI -p works_at -p worked_at --json",
                           "kg path out/graph.json --batch pairs.tsv --as-of 2025-06"},
                          kListPredicates | kListTypes | kListDates));
  sub->callback([a, &action] { action = [a] { return run_path(*a); }; });
}

}  // namespace kg::cli
