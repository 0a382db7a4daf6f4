// kg rank G: who matters most, by degree, PageRank or betweenness.
#include <iostream>

#include "command.hpp"
#include "options.hpp"
#include "graph_util.hpp"
#include "kg/graph/json.hpp"
#include "kg/error.hpp"

namespace kg::cli {

namespace {
struct RankArgs {
  DateArgs dates;
  std::string graph, by = "degree";
  std::vector<std::string> types;
  std::size_t top = 10;
  bool json = false;
  std::optional<std::size_t> samples;
};

int run_rank(const RankArgs& a) {
  graph::RankOptions o;
  const auto by = graph::parse_centrality(a.by);
  if (!by) throw UsageError("unknown --by '" + a.by + "' (use degree, pagerank or betweenness)");
  o.by = *by;
  o.types = parse_entity_types(a.types);
  o.top = a.top;
  o.samples = a.samples;
  const auto g = load_graph(a.graph, a.dates.range());
  if (o.by == graph::Centrality::betweenness) {
    const std::size_t k = graph::betweenness_sources(g, a.samples), n = g.entity_count();
    if (k < n)
      std::cerr << "kg rank: betweenness estimated from " << k << " sampled entities of " << n
                << (a.samples ? "" : " (exact would take about " + std::to_string(n / std::max<std::size_t>(k, 1)) +
                                         " times longer; --samples 0 for exact, --samples N for a closer estimate)")
                << "\n";
  }
  const auto ranked = graph::rank(g, o);
  if (a.json) {
    rapidjson::StringBuffer buf;
    graph::json::Writer w(buf);
    graph::json::ranking(w, a.by, ranked);
    std::cout << buf.GetString() << "\n";
    return 0;
  }
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    char score[32];
    if (o.by == graph::Centrality::degree)
      std::snprintf(score, sizeof score, "%.0f", ranked[i].score);
    else
      std::snprintf(score, sizeof score, "%.6f", ranked[i].score);
    std::cout << (i + 1) << ". " << describe(ranked[i].entity) << "  " << a.by << " " << score << "\n";
  }
  return 0;
}
}  // namespace

void add_rank(CLI::App& app, Action& action) {
  auto a = std::make_shared<RankArgs>();
  auto* sub = app.add_subcommand("rank", "Rank entities by degree, PageRank or betweenness (direction ignored)");
  sub->add_option("graph", a->graph, "graph file (.json or .kgb)")->required();
  sub->add_option("--by", a->by, "degree (relations), pagerank or betweenness (Brandes, normalised)")
      ->capture_default_str();
  sub->add_option("-t,--type", a->types, "only rank entities of this type (repeatable)")->type_name("TYPE");
  sub->add_option("-n,--top", a->top, "how many to show (0 = all)")->check(kCount)->capture_default_str();
  a->dates.add_to(sub);
  sub->add_flag("--json", a->json, "machine-readable output");
  sub->add_option("--samples", a->samples,
                  "betweenness from N sampled source entities (0 = all, exact); default: exact on graphs "
                  "small enough, else sampled so it takes seconds (and says so)")
      ->check(kCount)
      ->type_name("N");
  sub->footer(help_footer({"kg rank out/graph.json --by pagerank -n 5", "kg rank out/graph.json -t Person --by betweenness"},
                          kListTypes | kListDates));
  sub->callback([a, &action] { action = [a] { return run_rank(*a); }; });
}

}  // namespace kg::cli
