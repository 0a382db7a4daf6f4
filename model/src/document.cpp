#include "kg/document.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <numeric>
#include <tuple>
#include <unordered_map>

namespace kg {
namespace {

constexpr std::uint64_t kFnvOffset = 1469598103934665603ull, kFnvPrime = 1099511628211ull;

std::string hex64(std::uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

// One code point at s[i] (advancing i); U+FFFD for a broken sequence.
std::uint32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i++]);
  if (c < 0x80) return c;
  const int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  std::uint32_t cp = c & (0x3F >> n);
  for (int k = 0; k < n; ++k) {
    if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  }
  return n ? cp : 0xFFFD;
}

bool is_space(std::uint32_t cp) {
  return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 || cp == 0x202F || cp == 0x2009 ||
         cp == 0x200B || cp == 0xFEFF || cp == 0x3000;
}

// Letters and digits of the shingles: ASCII alphanumerics and everything outside ASCII but
// the usual typographic punctuation, spaces and quotes.
bool is_word_char(std::uint32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (is_space(cp)) return false;
  if (cp >= 0x2000 && cp <= 0x206F) return false;  // general punctuation: ’ “ ” – — …
  if (cp == 0xAB || cp == 0xBB || cp == 0xB7 || cp == 0xA9 || cp == 0xAE) return false;
  return true;
}

// splitmix64's finaliser: a well-mixed 64-bit hash of a 64-bit value.
std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

std::vector<std::uint32_t> parse_sketch(std::string_view s) {
  std::vector<std::uint32_t> out;
  if (s.size() % 8 != 0) return {};
  for (std::size_t i = 0; i < s.size(); i += 8) {
    std::uint32_t v = 0;
    for (std::size_t k = i; k < i + 8; ++k) {
      const char c = s[k];
      const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
      if (d < 0) return {};
      v = v << 4 | static_cast<std::uint32_t>(d);
    }
    if (!out.empty() && v <= out.back()) return {};  // sorted and distinct, as written
    out.push_back(v);
  }
  return out;
}

}  // namespace

std::string text_hash(std::string_view text) {
  std::uint64_t h = kFnvOffset;
  auto put = [&](unsigned char c) {
    h ^= c;
    h *= kFnvPrime;
  };
  bool pending_space = false, started = false;
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    // a run of ASCII other than spaces (most of a text): its bytes themselves
    if (const auto c = static_cast<unsigned char>(text[i]); c > ' ' && c < 0x80) {
      if (pending_space) put(' ');
      pending_space = false;
      started = true;
      do {
        put(static_cast<unsigned char>(text[i]));
        ++i;
      } while (i < n && static_cast<unsigned char>(text[i]) > ' ' && static_cast<unsigned char>(text[i]) < 0x80);
      continue;
    }
    const std::size_t from = i;
    const std::uint32_t cp = next_code_point(text, i);
    if (is_space(cp)) {
      pending_space = started;
      continue;
    }
    if (pending_space) put(' ');
    pending_space = false;
    started = true;
    for (std::size_t k = from; k < i; ++k) put(static_cast<unsigned char>(text[k]));
  }
  return hex64(h);
}

std::string text_sketch(std::string_view text) {
  // Word hashes as the text goes; a shingle's hash combines the last five.
  std::uint64_t window[5] = {};
  std::size_t words = 0, shingles = 0;
  std::vector<std::uint32_t> heap;  // max-heap of the smallest distinct hashes so far
  heap.reserve(kSketchSize + 1);
  std::uint64_t word = kFnvOffset;
  bool in_word = false;
  auto end_word = [&] {
    if (!in_word) return;
    in_word = false;
    window[words % 5] = word;
    word = kFnvOffset;
    if (++words < 5) return;
    ++shingles;
    std::uint64_t h = 0;
    for (std::size_t k = 0; k < 5; ++k) h = mix(h ^ window[(words + k) % 5]);
    const auto v = static_cast<std::uint32_t>(h >> 32);
    if (heap.size() == kSketchSize && v >= heap.front()) return;
    if (std::find(heap.begin(), heap.end(), v) != heap.end()) return;
    heap.push_back(v);
    std::push_heap(heap.begin(), heap.end());
    if (heap.size() > kSketchSize) {
      std::pop_heap(heap.begin(), heap.end());
      heap.pop_back();
    }
  };
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t from = i;
    const std::uint32_t cp = next_code_point(text, i);
    if (!is_word_char(cp)) {
      end_word();
      continue;
    }
    in_word = true;
    for (std::size_t k = from; k < i; ++k) {
      auto c = static_cast<unsigned char>(text[k]);
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
      word = (word ^ c) * kFnvPrime;
    }
  }
  end_word();
  if (shingles < kMinShingles) return {};
  std::sort(heap.begin(), heap.end());
  std::string out;
  out.reserve(heap.size() * 8);
  char buf[9];
  for (const auto v : heap) {
    std::snprintf(buf, sizeof buf, "%08x", v);
    out += buf;
  }
  return out;
}

double resemblance(std::string_view sketch_a, std::string_view sketch_b) {
  const auto a = parse_sketch(sketch_a), b = parse_sketch(sketch_b);
  if (a.empty() || b.empty()) return 0;
  // The k smallest of the union are a uniform sample of it; the share of them that both
  // sketches hold estimates |A n B| / |A u B|.
  // A sketch shorter than kSketchSize holds all of its text's values, a full one all below
  // its largest: up to the shorter length, the union's smallest values are all known.
  const std::size_t k = std::min(a.size(), b.size());
  std::size_t i = 0, j = 0, taken = 0, both = 0;
  while (taken < k && (i < a.size() || j < b.size())) {
    if (j == b.size() || (i < a.size() && a[i] < b[j])) {
      ++i;
    } else if (i == a.size() || b[j] < a[i]) {
      ++j;
    } else {
      ++both;
      ++i;
      ++j;
    }
    ++taken;
  }
  return taken ? static_cast<double>(both) / static_cast<double>(taken) : 0;
}

void mark_copies(std::vector<DocumentInfo>& docs) {
  std::vector<std::size_t> order(docs.size());
  std::iota(order.begin(), order.end(), 0);
  // The first of a story: the earliest dated document (the one most likely to be the
  // original), then by name.
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::make_tuple(docs[a].date.empty(), std::cref(docs[a].date), std::cref(docs[a].name)) <
           std::make_tuple(docs[b].date.empty(), std::cref(docs[b].date), std::cref(docs[b].name));
  });
  // Candidates share sketch values; an inverted index finds them without comparing every
  // pair. Union-find with the smaller (by name) root keeps the result order-free.
  std::vector<std::size_t> parent(docs.size());
  std::iota(parent.begin(), parent.end(), 0);
  const auto find = [&](std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  std::unordered_map<std::uint32_t, std::vector<std::size_t>> holders;
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    const std::size_t d = order[rank];
    docs[d].copy_of.clear();
    const auto values = parse_sketch(docs[d].sketch);
    std::vector<std::size_t> seen;
    for (const auto v : values) {
      auto& h = holders[v];
      seen.insert(seen.end(), h.begin(), h.end());
      h.push_back(rank);
    }
    std::sort(seen.begin(), seen.end());
    // Copies share at least a quarter of their sketch values: a cheap filter before the estimate.
    for (std::size_t i = 0; i < seen.size();) {
      std::size_t j = i;
      while (j < seen.size() && seen[j] == seen[i]) ++j;
      const std::size_t other = order[seen[i]];
      if ((j - i) * 4 >= kSketchSize / 2 &&
          resemblance(docs[d].sketch, docs[other].sketch) >= kCopyResemblance) {
        const std::size_t ra = find(rank), rb = find(seen[i]);
        if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
      }
      i = j;
    }
  }
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    const std::size_t root = find(rank);
    if (root != rank) docs[order[rank]].copy_of = docs[order[root]].name;
  }
}

// ---- DocumentSet -------------------------------------------------------------------------
DocumentSet::DocumentSet(const std::vector<DocumentInfo>& existing) {
  for (const auto& d : existing) {
    docs_.emplace(d.name, d);
    if (!d.hash.empty()) by_hash_.emplace(d.hash, d.name);
    for (const auto& l : d.locations) by_source_.emplace(l, d.name);
    if (!d.url.empty()) by_source_.emplace(d.url, d.name);
  }
}

void DocumentSet::forget(std::string name) {
  auto it = docs_.find(name);
  if (it == docs_.end()) return;
  if (auto h = by_hash_.find(it->second.hash); h != by_hash_.end() && h->second == name) by_hash_.erase(h);
  for (const auto& l : it->second.locations)
    if (auto src = by_source_.find(l); src != by_source_.end() && src->second == name) by_source_.erase(src);
  if (auto src = by_source_.find(it->second.url); src != by_source_.end() && src->second == name) by_source_.erase(src);
  docs_.erase(it);
  replaced_.insert(name);
}

std::string DocumentSet::unique_name(const DocumentInfo& doc) const {
  const auto free = [&](const std::string& n) { return !n.empty() && !docs_.count(n); };
  if (free(doc.name)) return doc.name;
  // Longer and longer ends of the location: "b/article.txt", "news/b/article.txt".
  if (!doc.locations.empty()) {
    const std::string& loc = doc.locations.front();
    std::string::size_type cut = loc.size();
    while (cut != std::string::npos && cut > 0) {
      cut = loc.rfind('/', cut - 1);
      const std::string tail = cut == std::string::npos ? loc : loc.substr(cut + 1);
      if (tail.size() > doc.name.size() && free(tail)) return tail;
    }
  }
  const std::string base = doc.name + "#" + doc.hash.substr(0, 8);
  if (free(base)) return base;
  for (int k = 2;; ++k)
    if (const std::string n = base + "-" + std::to_string(k); free(n)) return n;
}

DocumentSet::Admit DocumentSet::add(DocumentInfo& doc, bool replace) {
  // The same text; or, for documents known only by the name triples cite (kg load: no
  // text), the same name.
  DocumentInfo* same = nullptr;
  if (!doc.hash.empty()) {
    if (auto it = by_hash_.find(doc.hash); it != by_hash_.end()) same = &docs_.at(it->second);
  } else if (auto it = docs_.find(doc.name); it != docs_.end() && it->second.hash.empty()) {
    same = &it->second;
  }
  if (same) {
    for (const auto& loc : doc.locations)
      if (std::find(same->locations.begin(), same->locations.end(), loc) == same->locations.end())
        same->locations.push_back(loc);
    std::sort(same->locations.begin(), same->locations.end());
    doc.name = same->name;
    return Admit::same_text;
  }
  if (replace) {
    // The same source now holds another text: what was read there before goes. Only the
    // documents of earlier runs are in by_source_: within one run, nothing is replaced.
    if (auto it = by_source_.find(doc.url); !doc.url.empty() && it != by_source_.end()) forget(it->second);
    for (const auto& loc : doc.locations) {
      auto it = by_source_.find(loc);
      if (it == by_source_.end()) continue;
      const std::string old = it->second;
      by_source_.erase(it);
      auto d = docs_.find(old);
      if (d == docs_.end()) continue;
      std::erase(d->second.locations, loc);
      if (d->second.locations.empty()) forget(old);
    }
  }
  std::sort(doc.locations.begin(), doc.locations.end());
  doc.name = unique_name(doc);
  docs_.emplace(doc.name, doc);
  if (!doc.hash.empty()) by_hash_.emplace(doc.hash, doc.name);
  return Admit::new_text;
}

DocumentSet::Admit DocumentSet::admit(DocumentInfo& doc) { return add(doc, true); }
DocumentSet::Admit DocumentSet::join(DocumentInfo& doc) { return add(doc, false); }

std::vector<DocumentInfo> DocumentSet::documents() const {
  std::vector<DocumentInfo> out;
  out.reserve(docs_.size());
  for (const auto& [name, d] : docs_) out.push_back(d);
  mark_copies(out);
  return out;
}

}  // namespace kg
