// kg::extract: news text in, typed triples out.
//
// The pipeline, one small unit per stage (see extract/src/):
//   reader     files, directories, JSONL corpora, HTML -> Document (UTF-8 checked)
//   boilerplate blocks (reader comments, widgets, tickers, link lists, repeats) and
//              sentences (disclaimers, credits, "Read more:") dropped, and said so
//   segmenter  sentences with byte offsets into the original text
//   mentions   lexicon lookup (one token trie), cue-based discovery of unknown names,
//              short names and typos resolved within a document
//   relations  patterns read from data files (extract/rules/*.json), schema-checked,
//              blocked by negation, modality, questions and reported opinion
// The default lexicon (corpus/lexicon/*.json) and rules are compiled into the binary.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kg/model.hpp"

namespace kg::extract {

// One article. `text` is what offsets point into: the file's bytes for .txt/.md, the
// "text" field for a JSONL line, the extracted text for HTML.
struct Document {
  std::string name;      // Evidence.doc: the file name or JSONL id as read; a corpus makes
                         // it unique (kg::DocumentSet)
  std::string hash;      // identity: kg::text_hash(text)
  std::string location;  // the path read, or "corpus.jsonl#id" for a JSONL article
  std::string title, url, date, lang, source;
  std::map<std::string, std::string> metadata_from;  // where title/date/url/source were found
  std::string text;

  // The metadata a graph keeps; the near-duplicate sketch only when asked for (it reads
  // the whole text once more).
  DocumentInfo info(bool with_sketch = true) const;
};

// Input files of `inputs` (files, or directories searched recursively for .txt .md .html
// .htm .jsonl), sorted within each directory. InputError if an input is missing or the
// list comes out empty.
std::vector<std::string> list_input_files(const std::vector<std::string>& inputs);

// Reads one input file and calls `sink` for each document in it (one, or one per JSONL
// line). InputError naming the file (and line) on invalid UTF-8, binary, malformed JSONL.
void read_documents(const std::string& path, const std::function<void(Document&&)>& sink);

// Parses in-memory content as if read from `path` (the extension picks the reader).
void parse_documents(const std::string& path, std::string_view bytes,
                     const std::function<void(Document&&)>& sink);

// Text of an HTML page: script/style/nav dropped, blocks as lines, entities decoded.
std::string html_to_text(std::string_view html, std::string* title = nullptr);

// A triple with what --explain shows: the matched span.
struct Finding {
  Triple triple;
  std::size_t span_start = 0, span_end = 0;  // byte span of the match in the document text
};

// A part of a document's text that boilerplate removal dropped, and why ("boilerplate
// phrase \"read more:\"", "reader comment", ...). Nothing else of the text is left out.
struct Dropped {
  std::size_t start = 0, end = 0;  // byte span in the document text
  std::string reason;
};

// Where the default data came from (compiled in at build time).
struct DataFile {
  std::string name;
  std::string_view content;
};
const std::vector<DataFile>& default_lexicons();
const std::vector<DataFile>& default_rules();

class Extractor {
 public:
  Extractor();
  ~Extractor();
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;

  // Adds a lexicon / rule file (JSON; comments allowed in rules). InputError naming
  // `source` on malformed content. Call before extracting.
  void add_lexicon(std::string_view json, const std::string& source);
  void add_rules(std::string_view json, const std::string& source);

  // Triples of one document: deduplicated, in document order, deterministic.
  // `dropped`, if given, gets the parts boilerplate removal left out, in text order.
  // Thread-safe (const) once loading is done.
  std::vector<Finding> extract(const Document& doc, std::vector<Dropped>* dropped = nullptr) const;

  // Sentences the segmenter finds in the kept (non-boilerplate) text: [start, end) pairs.
  std::vector<std::pair<std::size_t, std::size_t>> sentences(std::string_view text,
                                                             std::vector<Dropped>* dropped = nullptr) const;

  // The lexicon's entities (for graph's name index).
  std::vector<EntityRecord> entity_records() const;
  std::size_t entity_count() const;
  std::size_t rule_count() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  friend Extractor make_extractor(const std::vector<std::string>&, const std::vector<std::string>&, bool, bool);
};

// An extractor with the compiled-in defaults (unless disabled) plus the given files.
Extractor make_extractor(const std::vector<std::string>& lexicon_files,
                         const std::vector<std::string>& rule_files,
                         bool default_lexicon = true, bool use_default_rules = true);

}  // namespace kg::extract
