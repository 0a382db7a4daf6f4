// The articles behind a graph, for the pages that show evidence: a document's text, read
// again from the path the graph recorded (the graph keeps metadata, not text), and where in
// a sentence the rule matched, found by running the built-in extractor on that text as
// `kg extract --explain` does. Nothing here is needed for the graph queries themselves.
#pragma once

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/extract/extractor.hpp"
#include "kg/graph/graph.hpp"

namespace kg::serve::detail {

struct DocText {
  enum class State { ok, missing, changed };  // changed: the file is not what the graph was built from
  State state = State::missing;
  std::string text;
  std::vector<extract::Finding> findings;  // the built-in rules' matches (state ok only)
};
std::string_view to_string(DocText::State s);

class Documents {
 public:
  explicit Documents(std::string graph_dir);
  // The text of one of the graph's documents (cached, a few dozen at a time).
  std::shared_ptr<const DocText> text(const DocumentInfo& d) const;

 private:
  std::shared_ptr<const DocText> load(const DocumentInfo& d) const;
  std::string graph_dir_;
  mutable std::mutex m_;
  mutable std::list<std::pair<std::string, std::shared_ptr<const DocText>>> cache_;  // most recent first
  mutable std::once_flag extractor_once_;
  mutable std::unique_ptr<extract::Extractor> extractor_;
};

// Where the rule that found `r` matched inside its evidence sentence `ev` (byte offsets into
// the sentence), when the document's text is at hand and the built-in rules find the same
// fact in the same sentence; nullopt otherwise (another lexicon, another rule set).
std::optional<std::pair<std::size_t, std::size_t>> matched_span(const graph::Graph& g, const DocText& doc,
                                                                const graph::RelationInfo& r, const Evidence& ev);

// A sentence in parts for display: which part lies in the matched span, and which parts
// are the subject's or the object's name (any of its names, ASCII case ignored, whole words).
struct Part {
  std::string text;
  bool match = false;
  int role = 0;  // 0 none, 1 subject, 2 object
};
std::vector<Part> mark_sentence(std::string_view sentence, std::optional<std::pair<std::size_t, std::size_t>> match,
                                const std::vector<std::string>& subject_names,
                                const std::vector<std::string>& object_names);

}  // namespace kg::serve::detail
