#include "documents.hpp"

#include <algorithm>
#include <filesystem>

#include "kg/error.hpp"

namespace kg::serve::detail {

namespace fs = std::filesystem;

std::string_view to_string(DocText::State s) {
  switch (s) {
    case DocText::State::ok: return "ok";
    case DocText::State::missing: return "missing";
    case DocText::State::changed: return "changed";
  }
  return "missing";
}

Documents::Documents(std::string graph_dir) : graph_dir_(std::move(graph_dir)) {}

std::shared_ptr<const DocText> Documents::text(const DocumentInfo& d) const {
  std::string key = d.name + '\0' + d.hash;
  for (const auto& l : d.locations) key += '\0' + l;
  {
    std::lock_guard<std::mutex> lock(m_);
    for (auto it = cache_.begin(); it != cache_.end(); ++it)
      if (it->first == key) {
        cache_.splice(cache_.begin(), cache_, it);
        return it->second;
      }
  }
  auto doc = load(d);  // outside the lock: reading and extracting take milliseconds
  std::lock_guard<std::mutex> lock(m_);
  cache_.emplace_front(key, doc);
  constexpr std::size_t kCached = 32;
  if (cache_.size() > kCached) cache_.pop_back();
  return doc;
}

std::shared_ptr<const DocText> Documents::load(const DocumentInfo& d) const {
  auto out = std::make_shared<DocText>();
  for (const auto& loc : d.locations) {
    // A file, or "corpus.jsonl#id" for an article of a JSONL corpus.
    std::string file = loc;
    std::error_code ec;
    if (const auto hash = loc.rfind('#'); hash != std::string::npos && !fs::is_regular_file(loc, ec))
      file = loc.substr(0, hash);
    const std::string line = loc.substr(file.size());  // "#id" or ""
    // A relative path is relative to where the graph was built: try the working directory,
    // then the graph file's directory.
    std::vector<fs::path> tries{file};
    if (fs::path(file).is_relative() && !graph_dir_.empty()) tries.push_back(fs::path(graph_dir_) / file);
    for (const auto& p : tries) {
      if (!fs::is_regular_file(p, ec)) continue;
      try {
        bool found = false;
        extract::read_documents(p.string(), [&](extract::Document&& doc) {
          if (found || doc.location != p.string() + line) return;
          found = true;
          out->state = d.hash.empty() || doc.hash == d.hash ? DocText::State::ok : DocText::State::changed;
          if (out->state == DocText::State::ok) {
            std::call_once(extractor_once_, [&] { extractor_ = std::make_unique<extract::Extractor>(extract::make_extractor({}, {})); });
            out->findings = extractor_->extract(doc);
          }
          out->text = std::move(doc.text);
        });
        if (found) return out;
      } catch (const Error&) {
        // Unreadable now (moved, damaged): the page says the text is missing.
      }
    }
  }
  return out;
}

std::optional<std::pair<std::size_t, std::size_t>> matched_span(const graph::Graph& g, const DocText& doc,
                                                                const graph::RelationInfo& r, const Evidence& ev) {
  if (doc.state != DocText::State::ok) return std::nullopt;
  auto id_of = [&](const std::string& name) {
    auto e = g.find(name);
    return e ? e->id : std::string();
  };
  for (const auto& f : doc.findings) {
    const auto& t = f.triple;
    if (t.predicate != r.predicate || t.evidence.start != ev.start || f.span_end <= f.span_start) continue;
    const std::string s = id_of(t.subject.name), o = id_of(t.object.name);
    const bool same = (s == r.subject && o == r.object) || (is_symmetric(r.predicate) && s == r.object && o == r.subject);
    if (!same || f.span_start < ev.start || f.span_end > ev.end) continue;
    return std::make_pair(f.span_start - ev.start, f.span_end - ev.start);
  }
  return std::nullopt;
}

namespace {

char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

// Occurrences of `name` as a whole word, ASCII case ignored.
std::vector<std::pair<std::size_t, std::size_t>> occurrences(std::string_view text, std::string_view name) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  if (name.empty() || name.size() > text.size()) return out;
  for (std::size_t i = 0; i + name.size() <= text.size(); ++i) {
    std::size_t k = 0;
    while (k < name.size() && fold(text[i + k]) == fold(name[k])) ++k;
    if (k != name.size()) continue;
    const bool left = i == 0 || !word_char(text[i - 1]) || !word_char(name.front());
    const bool right = i + k == text.size() || !word_char(text[i + k]) || !word_char(name.back());
    if (left && right) {
      out.emplace_back(i, i + k);
      i += k - 1;
    }
  }
  return out;
}

}  // namespace

std::vector<Part> mark_sentence(std::string_view sentence, std::optional<std::pair<std::size_t, std::size_t>> match,
                                const std::vector<std::string>& subject_names,
                                const std::vector<std::string>& object_names) {
  const std::size_t n = sentence.size();
  std::vector<int> role(n, 0);
  // Longest names first, so "Alibaba Group" wins over "Alibaba" where both fit.
  std::vector<std::pair<std::string, int>> names;
  for (const auto& s : subject_names) names.emplace_back(s, 1);
  for (const auto& o : object_names) names.emplace_back(o, 2);
  std::stable_sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (const auto& [name, who] : names)
    for (auto [a, b] : occurrences(sentence, name))
      if (std::all_of(role.begin() + static_cast<long>(a), role.begin() + static_cast<long>(b), [](int x) { return x == 0; }))
        std::fill(role.begin() + static_cast<long>(a), role.begin() + static_cast<long>(b), who);
  std::vector<Part> parts;
  for (std::size_t i = 0; i < n;) {
    const bool in_match = match && i >= match->first && i < match->second;
    std::size_t j = i + 1;
    while (j < n && role[j] == role[i] && (match && j >= match->first && j < match->second) == in_match) ++j;
    parts.push_back(Part{std::string(sentence.substr(i, j - i)), in_match, role[i]});
    i = j;
  }
  return parts;
}

}  // namespace kg::serve::detail
