#include "extract_util.hpp"
#include "options.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <iostream>
#include <exception>
#include <thread>
#include <utility>
#include <vector>

#include "kg/error.hpp"
#include "kg/io.hpp"
#include "kg/text.hpp"

namespace kg::cli {

void add_extractor_options(CLI::App* sub, ExtractorOptions& o) {
  sub->add_option("--lexicon", o.lexicons,
                  "Extra lexicon JSON file (repeatable), added to the built-in lexicon")
      ->type_name("FILE")
      ->allow_extra_args(false);
  sub->add_option("--rules", o.rules, "Extra relation-rule JSON file (repeatable), added to the built-in rules")
      ->type_name("FILE")
      ->allow_extra_args(false);
  sub->add_flag("--no-default-lexicon", o.no_default_lexicon,
                "Do not load the built-in lexicon: only the --lexicon files");
  sub->add_flag("--no-default-rules", o.no_default_rules,
                "Do not load the built-in relation rules: only the --rules files");
  sub->add_option("--jobs,-j", o.jobs, "Documents extracted in parallel (default: all cores); same output for any N")
      ->check(kCount)
      ->type_name("N");
}

std::vector<std::string> files_read(const std::vector<std::string>& inputs, const ExtractorOptions& o) {
  std::vector<std::string> files = kg::extract::list_input_files(inputs);
  files.insert(files.end(), o.lexicons.begin(), o.lexicons.end());
  files.insert(files.end(), o.rules.begin(), o.rules.end());
  return files;
}

kg::extract::Extractor make_extractor(const ExtractorOptions& o) {
  return kg::extract::make_extractor(o.lexicons, o.rules, !o.no_default_lexicon, !o.no_default_rules);
}

kg::extract::Extractor make_extractor(const std::vector<std::string>& lexicons,
                                      const std::vector<std::string>& rules) {
  return kg::extract::make_extractor(lexicons, rules, true, true);
}

namespace {

// Whether boilerplate removal left nothing of a document that had text: some visible
// (non-space) byte was dropped and none lies outside the dropped parts. The parts are
// walked in order of their start, so a document that kept text answers at its first kept
// visible byte instead of after counting the whole text.
bool all_dropped(const std::string& text, const std::vector<kg::extract::Dropped>& dropped) {
  auto space = [&](std::size_t i) { return std::isspace(static_cast<unsigned char>(text[i])) != 0; };
  std::vector<std::pair<std::size_t, std::size_t>> parts;
  parts.reserve(dropped.size());
  for (const auto& d : dropped) parts.emplace_back(d.start, d.end);
  std::sort(parts.begin(), parts.end());
  bool gone = false;
  std::size_t i = 0;  // text[0, i) is dropped or space
  for (const auto& [start, end] : parts) {
    for (; i < start && i < text.size(); ++i)
      if (!space(i)) return false;
    for (std::size_t k = std::max(i, start); k < end && k < text.size() && !gone; ++k) gone = !space(k);
    i = std::max(i, end);
  }
  for (; i < text.size(); ++i)
    if (!space(i)) return false;
  return gone;
}

}  // namespace

void for_each_extracted(const std::vector<std::string>& inputs, const kg::extract::Extractor& x, unsigned jobs,
                        const Admit& admit, const ExtractedSink& sink) {
  using kg::extract::Document;
  using kg::extract::Dropped;
  using kg::extract::Finding;
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  const auto files = kg::extract::list_input_files(inputs);
  const std::size_t batch_size = jobs == 1 ? 1 : jobs * 8;
  std::vector<Document> batch;
  std::vector<std::vector<Finding>> results;
  std::vector<std::vector<Dropped>> dropped;
  std::size_t docs = 0, docs_dropped = 0, parts = 0, bytes = 0;
  kg::io::Progress progress("extracting", files.size());

  auto flush = [&] {
    results.assign(batch.size(), {});
    dropped.assign(batch.size(), {});
    if (jobs == 1 || batch.size() == 1) {
      for (std::size_t i = 0; i < batch.size(); ++i) results[i] = x.extract(batch[i], &dropped[i]);
    } else {
      std::atomic<std::size_t> next{0};
      std::exception_ptr error;
      std::atomic<bool> failed{false};
      std::vector<std::thread> pool;
      const unsigned n = std::min<std::size_t>(jobs, batch.size());
      for (unsigned t = 0; t < n; ++t) {
        pool.emplace_back([&] {
          try {
            for (std::size_t i; !failed && (i = next++) < batch.size();) results[i] = x.extract(batch[i], &dropped[i]);
          } catch (...) {
            if (!failed.exchange(true)) error = std::current_exception();
          }
        });
      }
      for (auto& th : pool) th.join();
      if (error) std::rethrow_exception(error);
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
      ++docs;
      if (!dropped[i].empty()) {
        ++docs_dropped;
        parts += dropped[i].size();
        for (const auto& d : dropped[i]) bytes += d.end - d.start;
        if (all_dropped(batch[i].text, dropped[i]))
          std::cerr << "kg: warning: " << batch[i].name << ": all of its text was dropped as boilerplate ("
                    << dropped[i].front().reason << (dropped[i].size() > 1 ? ", ..." : "") << ")\n";
      }
      sink(batch[i], results[i], dropped[i]);
    }
    batch.clear();
    results.clear();
    dropped.clear();
  };

  for (const auto& f : files) {
    kg::io::check_interrupted();
    kg::extract::read_documents(f, [&](Document&& d) {
      if (!admit(d)) return;
      batch.push_back(std::move(d));
      if (batch.size() >= batch_size) {
        kg::io::check_interrupted();
        flush();
      }
    });
    progress.tick();
  }
  if (!batch.empty()) flush();
  progress.done();
  if (parts > 0)
    std::cerr << "kg: boilerplate: dropped " << parts << (parts == 1 ? " part" : " parts") << " (" << bytes
              << " bytes) of " << docs_dropped << " of " << docs << (docs == 1 ? " document" : " documents")
              << "; kg extract --explain lists them\n";
}

LexiconRecords::LexiconRecords(std::vector<EntityRecord> records) : records_(std::move(records)) {
  for (std::size_t i = 0; i < records_.size(); ++i) by_key_.emplace(text::name_key(records_[i].name), i);
  for (std::size_t i = 0; i < records_.size(); ++i)
    for (const auto& a : records_[i].aliases) by_key_.emplace(text::name_key(a), i);
  added_.assign(records_.size(), false);
}

const EntityRecord* LexiconRecords::first_use(const std::string& name) {
  if (records_.empty() || !checked_.insert(name).second) return nullptr;
  const auto it = by_key_.find(text::name_key(name));
  if (it == by_key_.end() || added_[it->second]) return nullptr;
  added_[it->second] = true;
  ++used_;
  return &records_[it->second];
}

}  // namespace kg::cli
