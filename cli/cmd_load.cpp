// kg load TRIPLES.jsonl... -o GRAPH [--lexicon FILE]...: builds a graph file from triple
// JSONL files; lexicon files (the corpus/lexicon format) give the entities they name their
// type, country and aliases, so that names users type later resolve in the loaded graph.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "command.hpp"
#include "extract_util.hpp"
#include "graph_util.hpp"
#include "kg/error.hpp"
#include "kg/extract/extractor.hpp"
#include "kg/graph/graph.hpp"
#include "kg/io.hpp"
#include "kg/text.hpp"

namespace kg::cli {

namespace {
// "412 MB now, 1380 MB peak" from /proc (Linux), for KG_TIMING.
std::string memory_note() {
  std::ifstream f("/proc/self/status");
  std::string line, now, peak;
  while (std::getline(f, line)) {
    auto mb = [&] { return std::to_string(std::atol(line.c_str() + line.find(':') + 1) / 1024); };
    if (line.rfind("VmRSS:", 0) == 0) now = mb();
    if (line.rfind("VmHWM:", 0) == 0) peak = mb();
  }
  return now.empty() ? std::string() : " (" + now + " MB now, " + peak + " MB peak)";
}

struct LoadArgs {
  std::vector<std::string> inputs;
  std::string output;
  std::vector<std::string> lexicons;
  unsigned jobs = 0;  // 0: one thread per core
};

// The entity records of lexicon files, parsed by the extractor's lexicon reader, so the
// format and its errors are the same as for kg extract/build.
std::vector<EntityRecord> lexicon_records(const std::vector<std::string>& files) {
  if (files.empty()) return {};
  for (const auto& f : files) {
    std::error_code ec;
    if (!std::filesystem::exists(f, ec)) throw InputError(f + ": no such file");
    if (std::filesystem::is_directory(f, ec)) throw InputError(f + ": is a directory, not a lexicon file");
  }
  return extract::make_extractor(files, {}, /*default_lexicon=*/false, /*default_rules=*/false).entity_records();
}

int run_load(const LoadArgs& a) {
  const auto t0 = std::chrono::steady_clock::now();
  {
    std::vector<std::string> read = a.inputs;
    read.insert(read.end(), a.lexicons.begin(), a.lexicons.end());
    io::refuse_overwriting_inputs(read, {a.output});
  }
  LexiconRecords lexicon(lexicon_records(a.lexicons));
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
        lines += text::count_newlines({buf.data(), got});
        bytes += got;
      }
    }
    g.reserve(lines + 1, bytes);
  }
  std::set<std::string> docs;
  std::string last_doc;  // most triples cite the document of the one before
  std::size_t n = 0;
  for (const auto& in : a.inputs) {
    std::size_t before = n;
    auto add_first = [&](const Triple& t) {  // its document and lexicon entities, before it
      if (!t.evidence.doc.empty() && t.evidence.doc != last_doc) {
        last_doc = t.evidence.doc;
        if (docs.insert(last_doc).second) {
          DocumentInfo d;
          d.name = t.evidence.doc;
          d.date = t.evidence.date;
          g.add_document(d);
        }
      }
      for (const auto* name : {&t.subject.name, &t.object.name})
        if (const auto* r = lexicon.first_use(*name)) g.add_entity(*r);
      if ((++n & 0x3FFF) == 0) io::check_interrupted();
    };
    if (in == "-") {
      g.add_triples(std::cin, "<stdin>", add_first, a.jobs);
    } else {
      std::error_code ec;
      if (!std::filesystem::exists(in, ec)) throw InputError(in + ": no such file");
      if (std::filesystem::is_directory(in, ec)) throw InputError(in + ": is a directory, not a triple file");
      // Streamed block by block: a 5M-triple file never sits in memory whole.
      std::ifstream f(in, std::ios::binary);
      if (!f) throw InputError(in + ": cannot open");
      g.add_triples(f, in, add_first, a.jobs);
    }
    if (n == before) throw InputError((in == "-" ? std::string("<stdin>") : in) + ": no triples");
  }
  const bool timing = std::getenv("KG_TIMING") != nullptr;
  const auto t_read = std::chrono::steady_clock::now();
  const std::string mem_read = timing ? memory_note() : "";
  g.freeze();  // sorts the facts and builds the topology
  const auto t_freeze = std::chrono::steady_clock::now();
  const std::string mem_freeze = timing ? memory_note() : "";
  g.save(a.output);
  const auto t_save = std::chrono::steady_clock::now();
  if (timing) {
    auto sec = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
    std::cerr << "kg load: read " << sec(t0, t_read) << " s" << mem_read << ", index " << sec(t_read, t_freeze)
              << " s" << mem_freeze << ", save " << sec(t_freeze, t_save) << " s" << memory_note() << "\n";
  }
  std::cerr << "kg load: " << a.output << ": " << g.entity_count() << " entities, " << g.relation_count()
            << " relations from " << n << " triples";
  if (!lexicon.empty()) std::cerr << " (" << lexicon.used() << " lexicon entities used)";
  std::cerr << "\n";
  return 0;
}
}  // namespace

void add_load(CLI::App& app, Action& action) {
  auto args = std::make_shared<LoadArgs>();
  auto* sub = app.add_subcommand("load", "Build a graph file from triple JSONL files (as written by kg extract)");
  sub->add_option("triples", args->inputs, "triple JSONL files ('-' = standard input)")->required();
  sub->add_option("-o,--output", args->output, "graph file to write: .json (versioned JSON) or .kgb (compact binary)")
      ->required();
  sub->add_option("--lexicon", args->lexicons,
                  "lexicon JSON file (corpus/lexicon format; repeatable): type, country and aliases of the "
                  "entities it names, so their aliases resolve in the graph");
  sub->add_option("-j,--jobs", args->jobs, "Threads parsing the triples (default: all cores); same graph for any N")
      ->check(CLI::Range(1u, 256u));
  sub->footer("The same fact seen in several sentences becomes one relation with several evidences.\n" +
              help_footer({"kg extract corpus/news > t.jsonl && kg load t.jsonl -o out/graph.json",
                           "kg load t.jsonl --lexicon corpus/lexicon/companies.json -o out/graph.kgb"}));
  sub->callback([args, &action] { action = [args] { return run_load(*args); }; });
}

}  // namespace kg::cli
