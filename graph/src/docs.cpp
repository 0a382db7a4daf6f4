// The store's document table (DocTable, store.hpp): DocumentInfo records in one arena.
#include <algorithm>
#include <cstring>
#include <numeric>

#include "store.hpp"

namespace kg::graph::detail {

namespace {
void put_str(Column<char>& b, std::string_view s) {
  const auto n = static_cast<std::uint32_t>(s.size());
  b.append(reinterpret_cast<const char*>(&n), 4);
  b.append(s.data(), s.size());
}
template <class T>
void put_pod(Column<char>& b, T v) {
  b.append(reinterpret_cast<const char*>(&v), sizeof v);
}

// Reads a record written by put() (or checked by the .kgb reader): trusted input.
struct RecordReader {
  const char* p;
  template <class T>
  T pod() {
    T v;
    std::memcpy(&v, p, sizeof v);
    p += sizeof v;
    return v;
  }
  std::string_view view() {
    const auto n = pod<std::uint32_t>();
    const std::string_view s(p, n);
    p += n;
    return s;
  }
  std::string str() { return std::string(view()); }
};
}  // namespace

void DocTable::put(const DocumentInfo& d) {
  // The layout is the .kgb documents section's (version 3): kgb.cpp reads it.
  put_str(blob_, d.name);
  put_str(blob_, d.hash);
  put_pod(blob_, static_cast<std::uint32_t>(d.locations.size()));
  for (const auto& l : d.locations) put_str(blob_, l);
  for (const auto* x : {&d.title, &d.url, &d.date, &d.lang, &d.source}) put_str(blob_, *x);
  put_pod(blob_, static_cast<std::uint32_t>(d.metadata_from.size()));
  for (const auto& [k, v] : d.metadata_from) {
    put_str(blob_, k);
    put_str(blob_, v);
  }
  put_str(blob_, d.copy_of);
  put_str(blob_, d.sketch);
  put_pod(blob_, static_cast<std::uint64_t>(d.bytes));
  // Still in order when names come sorted (a graph file read back, a slice).
  if (sorted_ && records() > 0 && !(name(records() - 1) < d.name)) sorted_ = false;
  off_.push_back(blob_.size());
}

DocumentInfo DocTable::decode(std::string_view record) {
  RecordReader r{record.data()};
  return read_document(r, 3);
}

std::string_view DocTable::name(std::size_t i) const { return RecordReader{blob_.data() + off_[i]}.view(); }

std::vector<std::size_t> DocTable::order() const {
  std::vector<std::size_t> ord(records());
  std::iota(ord.begin(), ord.end(), std::size_t{0});
  if (sorted_) return ord;
  // By name, and of one name only the last record put.
  std::stable_sort(ord.begin(), ord.end(), [&](std::size_t a, std::size_t b) { return name(a) < name(b); });
  std::size_t w = 0;
  for (std::size_t k = 0; k < ord.size(); ++k) {
    if (k + 1 < ord.size() && name(ord[k + 1]) == name(ord[k])) continue;
    ord[w++] = ord[k];
  }
  ord.resize(w);
  return ord;
}

std::size_t DocTable::size() const { return sorted_ ? records() : order().size(); }

void DocTable::sort() {
  if (sorted_) return;
  const std::vector<std::size_t> ord = order();
  DocTable t;
  std::size_t bytes = 0;
  for (const std::size_t i : ord) bytes += off_[i + 1] - off_[i];
  t.blob_.reserve(bytes);
  t.off_.reserve(ord.size() + 1);
  for (const std::size_t i : ord) {
    const std::string_view r = record(i);
    t.blob_.append(r.data(), r.size());
    t.off_.push_back(t.blob_.size());
  }
  *this = std::move(t);
}

std::vector<DocumentInfo> DocTable::all() const {
  std::vector<DocumentInfo> out;
  for_each([&](DocumentInfo&& d) { out.push_back(std::move(d)); });
  return out;
}

void DocTable::assign_sorted(Column<char>&& blob, BigVec<std::uint64_t>&& off) {
  blob_ = std::move(blob);
  off_ = std::move(off);
  sorted_ = true;
}

}  // namespace kg::graph::detail
