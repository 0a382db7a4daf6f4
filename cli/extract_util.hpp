// Options and the document loop shared by `kg extract` and `kg build`: which lexicons and
// rules to load, and a streaming, parallel pass over the input documents whose results
// come back in input order (so --jobs N gives the same output as --jobs 1).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "kg/extract/extractor.hpp"

namespace kg::cli {

struct ExtractorOptions {
  std::vector<std::string> lexicons;  // --lexicon FILE (repeatable): added to the default
  std::vector<std::string> rules;     // --rules FILE (repeatable): added to the default
  bool no_default_lexicon = false;    // --no-default-lexicon: the given lexicons replace it
  bool no_default_rules = false;      // --no-default-rules: the given rules replace them
  unsigned jobs = 0;                  // --jobs N; 0 = all cores
};

// Declares --lexicon, --rules, --no-default-lexicon and --jobs on `sub`.
void add_extractor_options(CLI::App* sub, ExtractorOptions& o);

// Every file a run reads (the articles found in `inputs`, the lexicons and rules), for
// io::refuse_overwriting_inputs.
std::vector<std::string> files_read(const std::vector<std::string>& inputs, const ExtractorOptions& o);

// The extractor the options describe (InputError naming a bad lexicon/rule file).
kg::extract::Extractor make_extractor(const ExtractorOptions& o);
kg::extract::Extractor make_extractor(const std::vector<std::string>& lexicons,
                                      const std::vector<std::string>& rules);

// Reads every document of `inputs` (files/directories, see kg::extract::list_input_files),
// lets `admit` see each one in input order before extraction (it may rename it; false
// skips it: a text already read), extracts with `jobs` threads, and calls `sink` once per
// admitted document in input order with its triples and the parts boilerplate removal
// dropped. Memory stays bounded by a small batch of documents. Checks for interruption.
// Says on stderr what boilerplate removal dropped: a warning for a document that lost all
// its text, and a count at the end.
using Admit = std::function<bool(kg::extract::Document&)>;
using ExtractedSink = std::function<void(const kg::extract::Document&, const std::vector<kg::extract::Finding>&,
                                         const std::vector<kg::extract::Dropped>&)>;
void for_each_extracted(const std::vector<std::string>& inputs, const kg::extract::Extractor& x, unsigned jobs,
                        const Admit& admit, const ExtractedSink& sink);

// The entity records of a lexicon, found by the name key of their name or any alias (a
// name wins over another entity's alias). first_use(name) gives a record the first time one
// of its forms is asked for, and nullptr after: adding it to a graph before that name's first
// triple makes lexicon types, aliases and country win over the triple's guesses, while
// entities no triple mentions stay out of the graph (kg build, kg load --lexicon).
class LexiconRecords {
 public:
  explicit LexiconRecords(std::vector<EntityRecord> records);
  const EntityRecord* first_use(const std::string& name);
  std::size_t used() const { return used_; }
  bool empty() const { return records_.empty(); }

 private:
  std::vector<EntityRecord> records_;
  std::unordered_map<std::string, std::size_t> by_key_;
  std::vector<bool> added_;
  std::set<std::string> checked_;  // surface names already looked up
  std::size_t used_ = 0;
};

}  // namespace kg::cli
