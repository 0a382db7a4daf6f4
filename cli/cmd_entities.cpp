// kg entities G: lists entities, optionally by type or matching a text.
#include <iostream>

#include "command.hpp"
#include "graph_util.hpp"
#include "kg/graph/json.hpp"
#include "kg/text.hpp"

namespace kg::cli {

namespace {
struct EntitiesArgs {
  DateArgs dates;
  std::string graph, match;
  std::vector<std::string> types;
  bool json = false;
};

int run_entities(const EntitiesArgs& a) {
  const auto g = load_graph(a.graph, a.dates.range());
  const auto types = parse_entity_types(a.types);
  const auto deg = graph::degree_centrality(g);
  const auto all = g.entities();
  std::vector<std::size_t> hits;
  if (text::name_key(a.match).empty()) {
    for (std::size_t i = 0; i < all.size(); ++i)
      if (types.empty() || std::find(types.begin(), types.end(), all[i].type) != types.end()) hits.push_back(i);
  } else {
    graph::SearchOptions so;  // names, aliases and ids containing the text, wherever
    so.types = types;
    so.limit = 0;
    so.exhaustive = true;
    for (const auto& h : graph::NameSearch(g).run(a.match, so)) hits.push_back(h.index);
    std::sort(hits.begin(), hits.end());
  }
  if (a.json) {
    rapidjson::StringBuffer buf;
    graph::json::Writer w(buf);
    w.StartArray();
    for (auto i : hits) graph::json::entity(w, all[i]);
    w.EndArray();
    std::cout << buf.GetString() << "\n";
    return 0;
  }
  std::size_t width = 4;
  for (auto i : hits) width = std::max(width, all[i].name.size());
  width = std::min<std::size_t>(width, 40);
  for (auto i : hits) {
    const auto& e = all[i];
    std::string name = e.name;
    if (name.size() < width) name.append(width - name.size(), ' ');
    // Each attribute says where it comes from when it is not the articles.
    const auto from = [](const std::string& f) { return f == "lexicon" ? " (lexicon)" : ""; };
    std::cout << name << "  " << to_string(e.type) << from(e.type_from)
              << (e.country.empty() ? "" : ", " + e.country + from(e.country_from));
    for (const auto& c : e.stated_countries)
      if (c != e.country) std::cout << ", based in " << c;
    std::cout << ", " << static_cast<std::size_t>(deg[i]) << (deg[i] == 1 ? " relation" : " relations");
    if (!e.aliases.empty()) {
      std::cout << "  (aka ";
      for (std::size_t k = 0; k < e.aliases.size() && k < 5; ++k) std::cout << (k ? ", " : "") << e.aliases[k];
      if (e.aliases.size() > 5) std::cout << ", ...";
      std::cout << ")";
    }
    std::cout << "\n";
  }
  std::cerr << hits.size() << " of " << all.size() << " entities; (lexicon): known from the built-in lexicon, "
               "stated by no article\n";
  return 0;
}
}  // namespace

void add_entities(CLI::App& app, Action& action) {
  auto a = std::make_shared<EntitiesArgs>();
  auto* sub = app.add_subcommand("entities", "List entities (sorted by id), optionally by type or matching a text");
  sub->add_option("graph", a->graph, "graph file (.json or .kgb)")->required();
  sub->add_option("-t,--type", a->types, "only entities of this type (repeatable)")->type_name("TYPE");
  sub->add_option("-m,--match", a->match, "only entities whose name, alias or id contains this text "
                                          "(case/accent-insensitive)");
  a->dates.add_to(sub);
  sub->add_flag("--json", a->json, "machine-readable output");
  sub->footer(help_footer({"kg entities out/graph.json -t Model", "kg entities out/graph.json -m deep --json"},
                          kListTypes | kListDates) +
              "\n(lexicon) after a type or a country: kg's built-in lexicon says so, no article of the graph does.");
  sub->callback([a, &action] { action = [a] { return run_entities(*a); }; });
}

}  // namespace kg::cli
