// kg build: the main job. Reads articles, extracts triples, and stores them in a graph
// file, with the lexicon's aliases and country for every entity seen, so that names users
// type later ("Washington", "Etats-Unis", "alibaba") resolve.
//
// Documents are identified by their text (kg/document.hpp): a text read twice is one
// document with two locations, two texts under one file name are two documents, and
// near-duplicate copies are marked so that they count once in a fact's confidence.
// --update: texts already in the graph are not read again; a source (path or URL) that now
// holds another text replaces the old one's facts; re-running on the same corpus rewrites a
// byte-identical file.
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "command.hpp"
#include "extract_util.hpp"
#include "graph_util.hpp"
#include "kg/document.hpp"
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
  if (o.update && std::filesystem::exists(o.output)) g = graph::Graph::load(o.output);
  DocumentSet docs(g.documents());
  const std::size_t had = docs.size();

  std::vector<Triple> triples;
  std::size_t read = 0, added = 0, same_text = 0;
  for_each_extracted(
      o.inputs, extractor, o.extractor.jobs,
      [&](extract::Document& d) {
        ++read;
        DocumentInfo info = d.info();
        if (docs.admit(info) == DocumentSet::Admit::same_text) {
          ++same_text;  // its facts are in already; the location was added to it
          return false;
        }
        d.name = info.name;
        ++added;
        return true;
      },
      [&](const extract::Document&, const std::vector<extract::Finding>& found, const std::vector<extract::Dropped>&) {
        for (const auto& f : found) triples.push_back(f.triple);
      });
  if (read == 0) throw InputError("no documents found in the inputs");

  const auto& replaced = docs.replaced();
  if (!replaced.empty())
    g = graph::filtered(
        g, [&](std::string_view doc, std::string_view) { return !replaced.count(std::string(doc)); },
        [&](const DocumentInfo& d) { return !replaced.count(d.name); });
  const std::vector<DocumentInfo> documents = docs.documents();
  if (added == 0 && replaced.empty() && o.update) {
    for (const auto& d : documents) g.add_document(d);  // locations may have been added
    g.freeze();
    std::cerr << "kg: " << o.output << " is up to date (" << same_text << " documents already in it)\n";
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
  for (const auto& d : documents) g.add_document(d);
  g.freeze();

  if (!o.triples_out.empty()) {
    io::AtomicFile f(o.triples_out);
    for (const auto& t : triples) f.stream() << to_jsonl(t) << '\n';
    f.commit();
  }
  g.save(o.output);

  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::size_t copies = 0;
  for (const auto& d : documents) copies += !d.copy_of.empty();
  std::cerr << "kg: wrote " << o.output << ": " << g.entity_count() << " entities, " << g.relation_count()
            << " relations from " << documents.size() << " documents";
  if (o.update)
    std::cerr << " (" << added << " new or changed, " << (had - replaced.size()) << " kept"
              << (replaced.empty() ? "" : ", " + std::to_string(replaced.size()) + " replaced") << ")";
  char buf[32];
  std::snprintf(buf, sizeof buf, " in %.2f s", secs);
  std::cerr << buf << "\n";
  if (!o.update && same_text > 0)
    std::cerr << "kg: note: " << same_text << (same_text == 1 ? " file holds" : " files hold")
              << " the text of another: one document, several locations\n";
  if (copies > 0)
    std::cerr << "kg: note: " << copies << (copies == 1 ? " document is a near-duplicate copy" : " documents are near-duplicate copies")
              << " of another (syndicated story): counted once in each fact's confidence\n";
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
                "Add to an existing graph: texts already in it are not read again; a file or URL that "
                "now holds another text replaces its old facts");
  sub->add_option("--triples", o->triples_out, "Also write the extracted triples as JSONL")
      ->type_name("FILE");
  add_extractor_options(sub, o->extractor);
  sub->footer(help_footer({"kg build corpus/news -o out/graph.json", "kg build --update -o out/graph.json new-articles/",
                           "kg build scrape/ -o out/graph.kgb --jobs 2 --triples out/triples.jsonl"}) +
              "\nMetadata (title, date, URL, source) comes from the articles: JSONL fields, the HTML head (JSON-LD,\n"
              "Open Graph, <time>, canonical link), a front matter, or lines such as 'Publié le 3 mars 2025'.");
  sub->callback([o, &action] { action = [o] { return run_build(*o); }; });
}

}  // namespace kg::cli
