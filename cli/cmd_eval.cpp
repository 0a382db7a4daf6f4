// kg eval --gold GOLD.json [TRIPLES.jsonl | GRAPH.json]: precision/recall against a gold
// file, with the matching rules of shared/gold/score.py (see kg/extract/eval.hpp).
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include "command.hpp"
#include "graph_util.hpp"
#include "kg/error.hpp"
#include "kg/extract/eval.hpp"
#include "kg/graph/graph.hpp"

namespace kg::cli {

void add_eval(CLI::App& app, Action& action) {
  struct Args {
    std::string gold, system = "-";
    bool quiet = false;
  };
  auto args = std::make_shared<Args>();
  auto* sub = app.add_subcommand("eval", "Score triples or a graph against a gold file: precision, recall, errors");
  sub->footer(
      "Scores triples (JSONL from kg extract, or a graph JSON from kg build). Matching rules (the same\n"
      "as shared/gold/score.py):\n"
      "  - a produced triple matches a gold triple when the predicate is the same (either order\n"
      "    for competes_with) and subject and object names each equal the name or an alias of\n"
      "    the gold entities after normalisation (’‘ʼ -> ', NFKD, accents dropped, case folded,\n"
      "    spaces collapsed);\n"
      "  - both sides count distinct (subject, predicate, object) facts, so a fact stated in\n"
      "    several documents counts once;\n"
      "  - entities: distinct gold entities of the gold facts vs distinct produced names.\n"
      "Prints overall and per-predicate P/R/F1, the entity score, and the false positives and\n"
      "negatives. The last line is: triples: P=... R=... F1=... (tp=N fp=N fn=N)\n"
      "A small gold set of the bundled articles is shipped: examples/gold/seeds.json.\n" +
      help_footer({"kg extract corpus/news > t.jsonl && kg eval --gold examples/gold/seeds.json t.jsonl",
                   "kg build corpus/news -o g.json && kg eval --gold examples/gold/seeds.json g.json -q"},
                  kListPredicates));
  sub->add_option("--gold", args->gold, "Gold file (SCHEMA.md format: entities with aliases, triples)")
      ->required()
      ->type_name("GOLD.json");
  sub->add_option("SYSTEM", args->system, "Triples JSONL or graph JSON to score (default: stdin)");
  sub->add_flag("--quiet,-q", args->quiet, "Do not list false positives and negatives");
  sub->callback([args, &action] {
    action = [args]() -> int {
      // A .kgb graph is scored through its JSON form (the scorer reads JSON and JSONL).
      std::string system = args->system;
      std::unique_ptr<std::string, void (*)(std::string*)> json_copy(nullptr, [](std::string* p) {
        std::remove(p->c_str());
        delete p;
      });
      if (system != "-" && graph::Graph::is_binary_file(system)) {
        json_copy.reset(new std::string((std::filesystem::temp_directory_path() /
                                         ("kg-eval-" + std::to_string(::getpid()) + ".json")).string()));
        graph::Graph::load(system).save(*json_copy);
        system = *json_copy;
      }
      auto rep = kg::extract::evaluate(args->gold, system);
      rep.system_name = std::filesystem::path(args->system).filename().string();
      std::cout << kg::extract::format_report(rep, !args->quiet);
      std::cout.flush();
      if (!std::cout) throw kg::OutputError("stdout: write failed");
      return 0;
    };
  });
}

}  // namespace kg::cli
