// kg build: the main job. Reads articles, extracts triples, and stores them in a graph
// file, with the lexicon's aliases and country for every entity seen, so that names users
// type later ("Washington", "Etats-Unis", "alibaba") resolve.
//
// --update: documents are identified by content hash. Documents already in the graph are
// not read again; a file whose content changed replaces its old facts; re-running on the
// same corpus rewrites a byte-identical file.
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "command.hpp"
#include "extract_util.hpp"
#include "graph_util.hpp"
#include "kg/error.hpp"
#include "kg/graph/graph.hpp"
#include "kg/io.hpp"
#include "kg/triple_io.hpp"

namespace kg::cli {
namespace {

struct BuildOptions {
  std::vector<std::string> inputs;
  std::string output;
  std::string triples_out;
  bool update = false;
  ExtractorOptions extractor;
};

int run_build(const BuildOptions& o) {
  const auto started = std::chrono::steady_clock::now();
  // With --update the graph is read before it is written; no article or data file may be.
  io::refuse_overwriting_inputs(files_read(o.inputs, o.extractor), {o.output, o.triples_out});
  auto extractor = make_extractor(o.extractor);

  graph::Graph g;
  std::map<std::string, std::string> known_hash;  // document name -> content hash
  if (o.update && std::filesystem::exists(o.output)) {
    g = graph::Graph::load(o.output);
    for (const auto& d : g.documents()) known_hash[d.name] = d.hash;
  }

  std::vector<Triple> triples;
  std::vector<DocumentInfo> docs;
  std::set<std::string> replaced;
  std::size_t read = 0, skipped = 0;
  for_each_extracted(o.inputs, extractor, o.extractor.jobs,
                     [&](const extract::Document& d, const std::vector<extract::Finding>& found,
                         const std::vector<extract::Dropped>&) {
                       ++read;
                       auto it = known_hash.find(d.name);
                       if (it != known_hash.end()) {
                         if (it->second == d.hash) {
                           ++skipped;
                           return;
                         }
                         replaced.insert(d.name);
                       }
                       docs.push_back(d.info());
                       for (const auto& f : found) triples.push_back(f.triple);
                     });
  if (read == 0) throw InputError("no documents found in the inputs");

  if (!replaced.empty())
    g = filtered_copy(g, [&](const Evidence& ev) { return !replaced.count(ev.doc); },
                      [&](const DocumentInfo& d) { return !replaced.count(d.name); });
  if (docs.empty() && replaced.empty() && o.update) {
    std::cerr << "kg: " << o.output << " is up to date (" << skipped << " documents already in it)\n";
    g.save(o.output);  // rewrites the same bytes; keeps the contract "always a fresh file"
    return 0;
  }

  // Lexicon knowledge first, so its types, aliases and country win over guesses.
  LexiconRecords lexicon(extractor.entity_records());
  for (const auto& t : triples) {
    for (const auto* name : {&t.subject.name, &t.object.name})
      if (const auto* r = lexicon.first_use(*name)) g.add_entity(*r);
    g.add_triple(t);
  }
  for (const auto& d : docs) g.add_document(d);

  if (!o.triples_out.empty()) {
    io::AtomicFile f(o.triples_out);
    for (const auto& t : triples) f.stream() << to_jsonl(t) << '\n';
    f.commit();
  }
  g.save(o.output);

  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cerr << "kg: wrote " << o.output << ": " << g.entity_count() << " entities, " << g.relation_count()
            << " relations from " << g.documents().size() << " documents";
  if (o.update) std::cerr << " (" << docs.size() << " new or changed, " << skipped << " unchanged)";
  char buf[32];
  std::snprintf(buf, sizeof buf, " in %.2f s", secs);
  std::cerr << buf << "\n";
  return 0;
}

}  // namespace

void add_build(CLI::App& app, Action& action) {
  auto o = std::make_shared<BuildOptions>();
  auto* sub = app.add_subcommand(
      "build", "Extract triples from articles and store them in a graph file (the main job)");
  sub->add_option("inputs", o->inputs, "Article files or directories (.txt .md .html .jsonl)")
      ->required()
      ->type_name("INPUT...");
  sub->add_option("-o,--output", o->output, "Graph file to write (.json, or .kgb for the binary form)")
      ->required()
      ->type_name("GRAPH");
  sub->add_flag("--update", o->update,
                "Add to an existing graph: unchanged documents (same content hash) are skipped, "
                "changed ones replace their old facts");
  sub->add_option("--triples", o->triples_out, "Also write the extracted triples as JSONL")
      ->type_name("FILE");
  add_extractor_options(sub, o->extractor);
  sub->callback([o, &action] { action = [o] { return run_build(*o); }; });
}

}  // namespace kg::cli
