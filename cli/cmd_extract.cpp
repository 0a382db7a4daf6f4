// kg extract INPUT...: triples as JSONL (kg/triple_io.hpp), or --explain for people.
#include <iostream>
#include <memory>
#include <sstream>

#include "command.hpp"
#include "extract_util.hpp"
#include "graph_util.hpp"
#include "kg/document.hpp"
#include "kg/error.hpp"
#include "kg/io.hpp"
#include "kg/text.hpp"
#include "kg/triple_io.hpp"

namespace kg::cli {
namespace {

struct ExtractArgs {
  std::vector<std::string> inputs;
  ExtractorOptions ex;
  bool explain = false;
  std::string output = "-";
};

void write_explained(std::ostream& out, const kg::extract::Document& doc, const kg::extract::Finding& f) {
  const auto& t = f.triple;
  out << t.evidence.doc << ":" << t.evidence.start << "-" << t.evidence.end << "  " << t.subject.name << " ("
      << t.subject.type << ") --" << t.predicate << "--> " << t.object.name << " (" << t.object.type << ")"
      << "  confidence " << t.confidence << "\n";
  out << "    rule: " << (t.rule.empty() ? "(none)" : t.rule) << "\n";
  std::string span = doc.text.substr(f.span_start, f.span_end - f.span_start);
  for (auto& c : span) if (c == '\n' || c == '\r') c = ' ';
  out << "    matched: \"" << kg::text::ellipsize(span, 300) << "\"\n";
  std::string sent = t.evidence.sentence;
  for (auto& c : sent) if (c == '\n' || c == '\r') c = ' ';
  out << "    sentence: \"" << kg::text::ellipsize(sent, 400) << "\"\n";
}

void write_dropped(std::ostream& out, const kg::extract::Document& doc, const kg::extract::Dropped& d) {
  out << doc.name << ":" << d.start << "-" << d.end << "  dropped: " << d.reason << "\n";
  std::string part = doc.text.substr(d.start, d.end - d.start);
  for (auto& c : part) if (c == '\n' || c == '\r') c = ' ';
  out << "    text: \"" << kg::text::ellipsize(part, 300) << "\"\n";
}

}  // namespace

void add_extract(CLI::App& app, Action& action) {
  auto args = std::make_shared<ExtractArgs>();
  auto* sub = app.add_subcommand("extract", "Extract typed triples from articles, as JSON lines (or --explain)");
  sub->footer("Writes one JSON triple per line (subject, predicate, object, confidence, doc, sentence, start,\n"
              "end, date, rule) to stdout or -o FILE; --explain prints the rule and the matched span of each,\n"
              "and what boilerplate removal dropped.\n" +
              help_footer({"kg extract corpus/news > triples.jsonl", "kg extract --explain corpus/news/001_1848322c0c6b6944.txt",
                           "kg extract --lexicon my_lexicon.json articles/ -o t.jsonl"},
                          kListPredicates));
  sub->add_option("INPUT", args->inputs, "Files or directories to read")->required();
  add_extractor_options(sub, args->ex);
  sub->add_flag("--explain", args->explain,
                "Print each triple with its rule id and matched span, and each part of the text dropped as "
                "boilerplate (human-readable)");
  sub->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout")->type_name("FILE");
  sub->callback([args, &action] {
    action = [args]() -> int {
      kg::io::refuse_overwriting_inputs(files_read(args->inputs, args->ex), {args->output});
      auto x = make_extractor(args->ex);
      kg::io::AtomicFile* file = nullptr;
      std::unique_ptr<kg::io::AtomicFile> holder;
      if (args->output != "-") {
        kg::io::ensure_parent_dir(args->output);
        holder = std::make_unique<kg::io::AtomicFile>(args->output);
        file = holder.get();
      }
      std::ostream& out = file ? file->stream() : std::cout;
      std::size_t count = 0;
      // One document per text, named uniquely, as kg build names them.
      kg::DocumentSet docs;
      const auto admit = [&](kg::extract::Document& d) {
        kg::DocumentInfo info = d.info(/*with_sketch=*/false);
        if (docs.admit(info) == kg::DocumentSet::Admit::same_text) return false;
        d.name = info.name;
        return true;
      };
      for_each_extracted(args->inputs, x, args->ex.jobs, admit,
                         [&](const kg::extract::Document& doc, const std::vector<kg::extract::Finding>& fs,
                             const std::vector<kg::extract::Dropped>& dropped) {
                           if (args->explain)
                             for (const auto& d : dropped) write_dropped(out, doc, d);
                           for (const auto& f : fs) {
                             if (args->explain) write_explained(out, doc, f);
                             else out << kg::to_jsonl(f.triple) << "\n";
                             ++count;
                           }
                         });
      out.flush();
      if (!out) throw kg::OutputError((args->output == "-" ? std::string("stdout") : args->output) + ": write failed");
      if (file) file->commit();
      return 0;
    };
  });
}

}  // namespace kg::cli
