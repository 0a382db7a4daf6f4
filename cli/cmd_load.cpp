// kg load TRIPLES.jsonl... -o GRAPH: builds a graph file from triple JSONL files.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "command.hpp"
#include "kg/error.hpp"
#include "kg/graph/graph.hpp"
#include "kg/io.hpp"
#include "kg/triple_io.hpp"

namespace kg::cli {

namespace {
struct LoadArgs {
  std::vector<std::string> inputs;
  std::string output;
};

int run_load(const LoadArgs& a) {
  const auto t0 = std::chrono::steady_clock::now();
  graph::Graph g;
  {
    // One cheap pass to count lines lets the graph size its arrays once (see reserve()).
    std::size_t lines = 0, bytes = 0;
    std::vector<char> buf(1 << 20);
    for (const auto& in : a.inputs) {
      if (in == "-") continue;
      std::ifstream f(in, std::ios::binary);
      while (f) {
        f.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        const auto got = static_cast<std::size_t>(f.gcount());
        lines += static_cast<std::size_t>(std::count(buf.data(), buf.data() + got, '\n'));
        bytes += got;
      }
    }
    g.reserve(lines + 1, bytes);
  }
  std::set<std::string> docs;
  std::size_t n = 0;
  for (const auto& in : a.inputs) {
    std::size_t before = n;
    auto sink = [&](Triple&& t) {
      if (!t.evidence.doc.empty() && docs.insert(t.evidence.doc).second) {
        DocumentInfo d;
        d.name = t.evidence.doc;
        d.date = t.evidence.date;
        g.add_document(d);
      }
      g.add_triple(t);
      if ((++n & 0x3FFF) == 0) io::check_interrupted();
    };
    if (in == "-") {
      read_triples(std::cin, "<stdin>", sink);
    } else {
      std::error_code ec;
      if (!std::filesystem::exists(in, ec)) throw InputError(in + ": no such file");
      if (std::filesystem::is_directory(in, ec)) throw InputError(in + ": is a directory, not a triple file");
      // Streamed line by line: a 5M-triple file never sits in memory whole.
      std::ifstream f(in, std::ios::binary);
      if (!f) throw InputError(in + ": cannot open");
      read_triples(f, in, sink);
    }
    if (n == before) throw InputError((in == "-" ? std::string("<stdin>") : in) + ": no triples");
  }
  const auto t_read = std::chrono::steady_clock::now();
  g.entity_count();  // freezes: sorts the facts and builds the topology
  const auto t_freeze = std::chrono::steady_clock::now();
  g.save(a.output);
  const auto t_save = std::chrono::steady_clock::now();
  if (std::getenv("KG_TIMING")) {
    auto sec = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
    std::cerr << "kg load: read " << sec(t0, t_read) << " s, index " << sec(t_read, t_freeze) << " s, save "
              << sec(t_freeze, t_save) << " s\n";
  }
  std::cerr << "kg load: " << a.output << ": " << g.entity_count() << " entities, " << g.relation_count()
            << " relations from " << n << " triples\n";
  return 0;
}
}  // namespace

void add_load(CLI::App& app, Action& action) {
  auto args = std::make_shared<LoadArgs>();
  auto* sub = app.add_subcommand("load", "Build a graph file from triple JSONL files (as written by kg extract)");
  sub->add_option("triples", args->inputs, "triple JSONL files ('-' = standard input)")->required();
  sub->add_option("-o,--output", args->output, "graph file to write: .json (versioned JSON) or .kgb (compact binary)")
      ->required();
  sub->footer("The same fact seen in several sentences becomes one relation with several evidences.\n"
              "Example: kg extract corpus/news > t.jsonl && kg load t.jsonl -o out/graph.json");
  sub->callback([args, &action] { action = [args] { return run_load(*args); }; });
}

}  // namespace kg::cli
