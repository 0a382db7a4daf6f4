// Building, freezing and reading the store. See store.hpp for the layout and why.
#include "store.hpp"

#include <boost/graph/graph_concepts.hpp>
#include <fcntl.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <numeric>
#include <system_error>
#include <thread>
#include <unordered_set>
#include <utility>

#include "kg/error.hpp"
#include "kg/io.hpp"
#include "kg/text.hpp"

namespace kg::graph::detail {

namespace {
// f(0) .. f(n - 1), split over the cores; f must touch only what its index owns.
// (Parallel when n reaches `serial_below`.)
template <class F>
void parallel_for(std::size_t n, F&& f, std::size_t serial_below = 4096) {
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t parts = n < serial_below ? 1 : std::min<std::size_t>(std::min(cores, n), 8);
  std::vector<std::thread> threads;
  auto run = [&](std::size_t p) {
    for (std::size_t i = n * p / parts, end = n * (p + 1) / parts; i < end; ++i) f(i);
  };
  try {
    for (std::size_t p = 1; p < parts; ++p) threads.emplace_back(run, p);
  } catch (const std::system_error&) {
    for (auto& t : threads) t.join();
    threads.clear();
    run(0);
    for (std::size_t p = 1; p < parts; ++p) run(p);
    return;
  }
  run(0);
  for (auto& t : threads) t.join();
}

// std::sort on the cores: parts sorted side by side, then merged pairwise. The same result
// as std::sort when `less` is a strict total order (no two elements equivalent), as every
// order freeze() makes is (ties are broken by a unique number).
template <class T, class A, class Less>
void parallel_sort(std::vector<T, A>& v, Less less) {
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t parts = v.size() < 65536 ? 1 : std::min<std::size_t>(cores, 8);
  if (parts < 2) {
    std::sort(v.begin(), v.end(), less);
    return;
  }
  std::vector<std::size_t> cut(parts + 1);
  for (std::size_t p = 0; p <= parts; ++p) cut[p] = v.size() * p / parts;
  parallel_for(parts, [&](std::size_t p) { std::sort(v.begin() + cut[p], v.begin() + cut[p + 1], less); }, 1);
  for (std::size_t width = 1; width < parts; width *= 2) {
    std::vector<std::size_t> merges;
    for (std::size_t p = 0; p + width < parts; p += 2 * width) merges.push_back(p);
    parallel_for(merges.size(), [&](std::size_t m) {
      const std::size_t p = merges[m];
      std::inplace_merge(v.begin() + cut[p], v.begin() + cut[p + width], v.begin() + cut[std::min(parts, p + 2 * width)], less);
    }, 1);
  }
}

// Sorts entry numbers as `less` does, where `less` orders by key(i) first (a string): by the
// keys' first 16 bytes as two big-endian numbers (zeros past the end), which is their byte
// order, and by `less` only where those are equal. Most comparisons then read no key bytes:
// sorting a million ids or names by string was mostly cache misses.
template <class Key, class Less>
void sort_by_key(std::vector<Index>& order, Key&& key, Less&& less) {
  struct Item {
    std::uint64_t hi, lo;
    Index i;
  };
  auto word = [](std::string_view k, std::size_t at) {
    std::uint64_t w = 0;
    for (std::size_t b = at; b < at + 8; ++b) w = w << 8 | (b < k.size() ? static_cast<unsigned char>(k[b]) : 0u);
    return w;
  };
  BigVec<Item> items(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    const std::string_view s = key(order[k]);
    items[k] = Item{word(s, 0), word(s, 8), order[k]};
  }
  parallel_sort(items, [&](const Item& a, const Item& b) {
    if (a.hi != b.hi) return a.hi < b.hi;
    if (a.lo != b.lo) return a.lo < b.lo;
    return less(a.i, b.i);
  });
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = items[k].i;
}
}  // namespace

// ---- SpillFile ---------------------------------------------------------------------------
std::shared_ptr<SpillFile> SpillFile::create() {
  const char* env = std::getenv("TMPDIR");
  std::string dir = env && *env ? env : "/tmp";
  std::string name = dir + "/kg-spill-XXXXXX";
  const int fd = ::mkstemp(name.data());
  if (fd < 0) return nullptr;
  ::unlink(name.c_str());  // gone when closed, even if kg is killed
  return std::shared_ptr<SpillFile>(new SpillFile(fd, std::move(dir)));
}

SpillFile::~SpillFile() {
  try {
    out_.drain();  // (the writer must be done with fd_)
  } catch (...) {  // (the file goes anyway)
  }
  unmap();
  if (fd_ >= 0) ::close(fd_);
}

void SpillFile::write_all(const char* p, std::size_t n) const {
  std::size_t done = 0;
  while (done < n) {
    const ssize_t w = ::write(fd_, p + done, n - done);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0)
      throw OutputError("cannot write a temporary file in " + dir_ + ": " +
                        std::strerror(w < 0 ? errno : ENOSPC));
    done += static_cast<std::size_t>(w);
  }
}

void SpillFile::append(const char* p, std::size_t n) {
  unmap();
  out_.append(p, n);
  size_ += n;
}

const char* SpillFile::map() {
  if (map_ == nullptr && size_ > 0) {
    out_.drain();
    void* m = ::mmap(nullptr, size_, PROT_READ, MAP_SHARED, fd_, 0);
    if (m == MAP_FAILED)
      throw Error(std::string("cannot map a temporary file in ") + dir_ + ": " + std::strerror(errno));
    map_ = m;
    map_len_ = size_;
  }
  return static_cast<const char*>(map_);
}

// ---- WriteBehind ---------------------------------------------------------------------------
WriteBehind::~WriteBehind() {
  try {
    wait();
  } catch (...) {  // (an error no one asked about: what was written goes anyway)
  }
}

void WriteBehind::wait() {
  if (writer_.joinable()) writer_.join();
  if (error_) {
    std::exception_ptr e = std::move(error_);
    error_ = nullptr;
    std::rethrow_exception(e);
  }
}

void WriteBehind::flush() {
  wait();
  if (buf_.empty()) return;
  std::swap(buf_, back_);
  buf_.clear();
  try {
    writer_ = std::thread([this] {
      try {
        sink_(back_.data(), back_.size());
      } catch (...) {
        error_ = std::current_exception();
      }
    });
  } catch (const std::system_error&) {  // no thread to be had: written here
    sink_(back_.data(), back_.size());
  }
}

void WriteBehind::append(const char* p, std::size_t n) {
  while (n > 0) {
    if (buf_.capacity() < kBuffer) buf_.reserve(kBuffer);
    if (buf_.size() == kBuffer) flush();
    if (buf_.capacity() < kBuffer) buf_.reserve(kBuffer);  // (at first the writer's is empty)
    const std::size_t take = std::min(n, kBuffer - buf_.size());
    buf_.append(p, take);
    p += take;
    n -= take;
  }
}

void discard_pages(const void* p, std::size_t n) {
  static const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  const auto from = (reinterpret_cast<std::uintptr_t>(p) + page - 1) & ~(page - 1);
  const auto to = (reinterpret_cast<std::uintptr_t>(p) + n) & ~(page - 1);
  if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_DONTNEED);
}

void SpillFile::unmap() {
  if (map_ != nullptr) ::munmap(map_, map_len_);
  map_ = nullptr;
  map_len_ = 0;
}

// ---- Store -------------------------------------------------------------------------------
Store::Store() {
  strings.emplace_back();
  string_index.emplace(std::string(), 0);
}

Index Store::intern(std::string_view s) {
  if (s.empty()) return 0;
  // Most triples cite the document and date of the one before: no lookup for those.
  for (const Index r : recent_)
    if (r != 0 && r < strings.size() && strings[r] == s) return r;
  Index i;
  if (auto it = string_index.find(std::string(s)); it != string_index.end()) {
    i = it->second;
  } else {
    i = static_cast<Index>(strings.size());
    strings.emplace_back(s);
    string_index.emplace(strings.back(), i);
  }
  recent_[recent_next_] = i;
  recent_next_ ^= 1;
  return i;
}

void key_into(std::string_view s, std::string& out) {
  // ASCII fast path, identical to text::name_key for ASCII input (NFKD and case folding
  // are lower-casing there; whitespace as Python's str.split() sees it).
  out.clear();
  bool space = false;
  for (unsigned char c : s) {
    if (c >= 0x80) {
      out = text::name_key(s);
      return;
    }
    if (c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
}

std::string legacy_location(const std::string& path, const std::string& name) {
  return io::extension(path) == "jsonl" ? path + "#" + name : path;
}

std::string key_of(std::string_view s) {
  std::string out;
  key_into(s, out);
  return out;
}

// ---- KeyIndex ----------------------------------------------------------------------------

std::optional<Index> KeyIndex::find(std::string_view k) const {
  if (table_.empty()) {  // sorted entries (or none)
    std::size_t lo = 0, hi = val_.size();
    while (lo < hi) {
      const std::size_t mid = (lo + hi) / 2;
      if (key(mid) < k)
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo < val_.size() && key(lo) == k) return val_[lo];
    return std::nullopt;
  }
  const std::size_t mask = table_.size() - 1;
  for (std::size_t i = hash(k) & mask;; i = (i + 1) & mask) {
    const std::uint32_t e = table_[i];
    if (e == 0) return std::nullopt;
    if (key(e - 1) == k) return val_[e - 1];
  }
}

void KeyIndex::rehash(std::size_t slots) {
  table_.assign(slots, 0);
  const std::size_t mask = slots - 1;
  for (std::size_t e = 0; e < val_.size(); ++e) {
    std::size_t i = hash(key(e)) & mask;
    while (table_[i] != 0) i = (i + 1) & mask;
    table_[i] = static_cast<std::uint32_t>(e + 1);
  }
  sorted_only_ = false;
}

void KeyIndex::emplace(std::string_view k, std::size_t h, Index v) {
  if (sorted_only_ || table_.empty() || (val_.size() + 1) * 2 > table_.size()) {
    std::size_t slots = 1024;
    while (slots < (val_.size() + 1) * 4) slots *= 2;
    rehash(slots);
  }
  const std::size_t mask = table_.size() - 1;
  std::size_t i = h & mask;
  for (; table_[i] != 0; i = (i + 1) & mask)
    if (key(table_[i] - 1) == k) return;
  blob_.append(k.data(), k.size());
  off_.push_back(blob_.size());
  val_.push_back(v);
  table_[i] = static_cast<std::uint32_t>(val_.size());
}

void KeyIndex::reserve(std::size_t entries, std::size_t bytes) {
  blob_.reserve(blob_.size() + bytes);
  off_.reserve(off_.size() + entries);
  val_.reserve(val_.size() + entries);
  if (!sorted_only_ && (val_.size() + entries + 1) * 2 > table_.size()) {  // (made here when there is none)
    std::size_t slots = std::max<std::size_t>(1024, table_.size());
    while (slots < (val_.size() + entries + 1) * 4) slots *= 2;
    rehash(slots);
  }
}

void KeyIndex::remap(const std::vector<Index>& perm) {
  for (std::size_t i = 0; i < val_.size(); ++i) val_[i] = perm[std::as_const(val_)[i]];
}

std::vector<Index> KeyIndex::sorted_order() const {
  std::vector<Index> order(val_.size());
  std::iota(order.begin(), order.end(), 0);
  if (!sorted_only_ && !table_.empty())  // (keys are unique)
    sort_by_key(order, [&](Index i) { return key(i); }, [&](Index a, Index b) { return key(a) < key(b); });
  return order;
}

void KeyIndex::assign_sorted(BigVec<char> blob, BigVec<std::uint64_t> off, BigVec<Index> val) {
  blob_.adopt(std::move(blob));
  off_.adopt(std::move(off));
  val_.adopt(std::move(val));
  table_ = {};
  sorted_only_ = true;
}

void KeyIndex::assign_sorted(Column<char>&& blob, Column<std::uint64_t>&& off, Column<Index>&& val) {
  blob_ = std::move(blob);
  off_ = std::move(off);
  val_ = std::move(val);
  table_ = {};
  sorted_only_ = true;
}

// ---- NameShards ----------------------------------------------------------------------------
NameShards::NameShards() : shards_(new Shard[std::size_t(1) << kShardBits]) {}

std::uint32_t NameShards::intern(std::string_view k, std::size_t hash, std::string_view surface, bool& first) {
  // The shard by the hash's low bits, the slot by its high ones (so the two do not correlate).
  Shard& sh = shards_[hash & kMask];
  const std::uint64_t hi = static_cast<std::uint64_t>(hash >> 32) << 32;
  std::lock_guard<std::mutex> lock(sh.m);
  if ((sh.at.size() + 1) * 2 > sh.table.size()) {
    std::vector<std::uint64_t> t(std::max<std::size_t>(1024, sh.table.size() * 2), 0);
    const std::size_t mask = t.size() - 1;
    for (const std::uint64_t x : sh.table) {
      if (x == 0) continue;
      std::size_t i = (x >> 32) & mask;
      while (t[i] != 0) i = (i + 1) & mask;
      t[i] = x;
    }
    sh.table = std::move(t);
  }
  const auto [i, found] = probe(sh, k, hi);
  if (found) {
    const Record r = record(sh, found - 1);
    first = std::string_view(record_key(sh, found - 1) + r.klen, r.slen) == surface;
    return token(r.entry, hash);
  }
  const std::size_t n = sh.at.size();
  const std::size_t at = sh.bytes.size();
  const std::size_t size = (sizeof(Record) + k.size() + surface.size() + 3) & ~std::size_t(3);
  if (n >= (std::size_t(1) << (32 - kShardBits)) - 1 || (at + size) / 4 >= 0xFFFFFFFFu)
    throw Error("too many names for one graph");
  const Record r{static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(k.size()),
                 static_cast<std::uint32_t>(surface.size())};
  sh.bytes.resize(at + size);
  char* p = sh.bytes.data() + at;
  std::memcpy(p, &r, sizeof r);
  std::memcpy(p + sizeof r, k.data(), k.size());
  std::memcpy(p + sizeof r + k.size(), surface.data(), surface.size());
  sh.at.push_back(static_cast<std::uint32_t>(at / 4));
  sh.table[i] = hi | (at / 4 + 1);
  first = true;
  return token(n, hash);
}

void NameShards::prefetch(std::size_t hash, int stage) const {
  const Shard& sh = shards_[hash & kMask];
  std::lock_guard<std::mutex> lock(sh.m);
  if (sh.table.empty()) return;
  const std::size_t i = (hash >> 32) & (sh.table.size() - 1);
  if (stage == 0) {
    __builtin_prefetch(&sh.table[i]);
  } else if (const std::uint64_t x = sh.table[i]; x != 0) {
    __builtin_prefetch(sh.bytes.data() + std::size_t((x & 0xFFFFFFFFu) - 1) * 4);
  }
}

std::uint32_t NameShards::find(std::string_view k, std::size_t hash) const {
  const Shard& sh = shards_[hash & kMask];
  const std::uint64_t hi = static_cast<std::uint64_t>(hash >> 32) << 32;
  std::lock_guard<std::mutex> lock(sh.m);
  if (sh.table.empty()) return kNone;
  const std::uint32_t found = probe(sh, k, hi).second;
  return found ? token(record(sh, found - 1).entry, hash) : kNone;
}

std::pair<std::size_t, std::uint32_t> NameShards::probe(const Shard& sh, std::string_view k, std::uint64_t hi) {
  const std::size_t mask = sh.table.size() - 1;
  std::size_t i = (hi >> 32) & mask;
  for (; sh.table[i] != 0; i = (i + 1) & mask) {
    const std::uint64_t x = sh.table[i];
    if ((x & 0xFFFFFFFF00000000u) != hi) continue;
    const auto at4 = static_cast<std::uint32_t>((x & 0xFFFFFFFFu) - 1);
    if (std::string_view(record_key(sh, at4), record(sh, at4).klen) == k) return {i, at4 + 1};
  }
  return {i, 0};
}

std::string_view NameShards::key(std::uint32_t token) const {
  const Shard& sh = shards_[token & kMask];
  std::lock_guard<std::mutex> lock(sh.m);
  const std::uint32_t at4 = sh.at[token >> kShardBits];
  return std::string_view(record_key(sh, at4), record(sh, at4).klen);
}

void Store::add_key(std::string_view surface, Index e) {
  key_into(surface, keybuf);
  if (keybuf.empty()) return;
  if (!bulk) {
    keys.emplace(keybuf, e);
    return;
  }
  bool first = false;
  const std::uint32_t tok = bulk->intern(keybuf, KeyIndex::hash(keybuf), surface, first);
  NameShards::State& st = bulk->state(tok);
  if (st.ent != kNone) return;  // emplace: the entity it has stays
  st.ent = e;
  bulk->assigned.push_back(tok);
}

std::optional<Index> Store::find_key(std::string_view key) const {
  if (!bulk) return keys.find(key);
  const std::uint32_t tok = bulk->find(key, KeyIndex::hash(key));
  if (tok == kNone) return std::nullopt;
  const Index e = bulk->state(tok).ent;
  if (e == kNone) return std::nullopt;
  return e;
}

void Store::begin_bulk() {
  thaw();
  if (bulk) return;
  bulk = std::make_unique<NameShards>();
  for (std::size_t i = 0; i < keys.size(); ++i) {  // what the index has, in its order
    bool first = false;
    const std::string_view k = keys.key(i);
    const std::uint32_t tok = bulk->intern(k, KeyIndex::hash(k), k, first);
    NameShards::State& st = bulk->state(tok);
    if (st.ent != kNone) continue;
    st.ent = keys.value(i);
    bulk->assigned.push_back(tok);
  }
}

void Store::end_bulk() {
  if (!bulk) return;
  std::unique_ptr<NameShards> b = std::move(bulk);
  std::size_t bytes = 0;
  for (const std::uint32_t tok : b->assigned) bytes += b->key(tok).size();
  // The table sized once, for the ids freeze() gives new entities too (each is a name of
  // its entity): grown step by step, it hashed every key again at each step.
  std::size_t fresh = 0;
  for (const EntityRow& row : ents) fresh += row.id.empty() ? 1 : 0;
  keys.clear();
  keys.reserve(b->assigned.size() + fresh, bytes);
  for (const std::uint32_t tok : b->assigned) {
    const std::string_view k = b->key(tok);
    keys.emplace(k, KeyIndex::hash(k), b->state(tok).ent);
  }
  b.reset();
#ifdef __GLIBC__
  // The shards' memory (tens of MB at a million names, in blocks malloc keeps) goes back to
  // the system before freeze() needs its most: kept, it was 70 MB more at a 5M load's peak.
  ::malloc_trim(0);
#endif
}

std::uint64_t Store::name_tag(std::string_view name, std::string& scratch) const {
  key_into(name, scratch);
  if (scratch.empty()) return kBadName;
  bool first = false;
  const std::uint32_t tok = bulk->intern(scratch, KeyIndex::hash(scratch), name, first);
  return std::uint64_t(tok) << 1 | (first ? 1 : 0);
}

void Store::name_tags(const std::string* const* names, std::size_t n, std::uint64_t* tags) const {
  constexpr std::size_t kGroup = 16;
  std::string keys[kGroup];
  std::size_t hashes[kGroup];
  for (std::size_t at = 0; at < n; at += kGroup) {
    const std::size_t m = std::min(kGroup, n - at);
    for (std::size_t j = 0; j < m; ++j) {
      key_into(*names[at + j], keys[j]);
      hashes[j] = KeyIndex::hash(keys[j]);
      bulk->prefetch(hashes[j], 0);
    }
    for (std::size_t j = 0; j < m; ++j) bulk->prefetch(hashes[j], 1);
    for (std::size_t j = 0; j < m; ++j) {
      if (keys[j].empty()) {
        tags[at + j] = kBadName;
        continue;
      }
      bool first = false;
      const std::uint32_t tok = bulk->intern(keys[j], hashes[j], *names[at + j], first);
      tags[at + j] = std::uint64_t(tok) << 1 | (first ? 1 : 0);
    }
  }
}

namespace {
void add_alias(EntityRow& row, std::string_view a) {
  if (a.empty() || a == row.name) return;
  const auto& have = row.aliases();
  if (std::find(have.begin(), have.end(), a) == have.end()) row.more().aliases.emplace_back(a);
}
}  // namespace

Index Store::add_entity_record(const EntityRecord& r, std::string id) {
  if (r.name.empty()) throw InputError("entity record with an empty name");
  thaw();
  std::optional<Index> found;
  if (id.empty()) {
    found = find_key(key_of(r.name));
    for (std::size_t i = 0; !found && i < r.aliases.size(); ++i) found = find_key(key_of(r.aliases[i]));
  }
  Index e;
  if (found) {
    e = *found;
    EntityRow& row = ents[e];
    if (r.type != EntityType::Unknown && !row.type_from_lexicon) {
      row.type = r.type;
      row.type_from_lexicon = true;
    }
    if (row.country().empty() && !r.country.empty()) row.more().country = r.country;
    add_alias(row, r.name);
  } else {
    e = static_cast<Index>(ents.size());
    EntityRow row;
    row.id = names.add(id);
    row.name = names.add(r.name);
    row.type = r.type;
    row.type_from_lexicon = r.type != EntityType::Unknown;
    if (!r.country.empty()) row.more().country = r.country;
    ents.push_back(std::move(row));
    add_key(r.name, e);
    if (!ents[e].id.empty()) add_key(ents[e].id, e);
  }
  for (const auto& a : r.aliases) {
    add_alias(ents[e], a);
    add_key(a, e);
  }
  return e;
}

Index Store::add_row_copy(const EntityRow& r) {
  EntityRow row;
  row.id = names.add(r.id);
  row.name = names.add(r.name);
  row.type = r.type;
  row.type_from_lexicon = r.type_from_lexicon;
  if (r.extra) row.extra = std::make_unique<EntityExtra>(*r.extra);
  ents.push_back(std::move(row));
  return static_cast<Index>(ents.size() - 1);
}

Index Store::entity_for(const Entity& en) {
  if (bulk) return entity_for(en, name_tag(en.name, keybuf));
  key_into(en.name, keybuf);
  if (keybuf.empty()) throw InputError("entity name '" + en.name + "' has no letters or digits");
  Index e;
  if (auto found = keys.find(keybuf)) {
    e = *found;
    add_alias(ents[e], en.name);
  } else {
    e = static_cast<Index>(ents.size());
    EntityRow row;
    row.name = names.add(en.name);
    ents.push_back(std::move(row));
    keys.emplace(keybuf, e);
  }
  EntityRow& row = ents[e];
  if (row.type == EntityType::Unknown && en.type != EntityType::Unknown) row.type = en.type;
  return e;
}

Index Store::entity_for(const Entity& en, std::uint64_t tag) {
  // As entity_for(en) above, with the key's lookup done (name_tag): the entity row is read
  // only when what the token's state knows does not settle it.
  if (tag == kBadName) throw InputError("entity name '" + en.name + "' has no letters or digits");
  const auto tok = static_cast<std::uint32_t>(tag >> 1);
  const bool first = (tag & 1) != 0;
  NameShards::State& st = bulk->state(tok);
  Index e = st.ent;
  if (e == kNone) {
    e = static_cast<Index>(ents.size());
    EntityRow row;
    row.name = names.add(en.name);
    ents.push_back(std::move(row));
    st.ent = e;
    st.flags = first ? NameShards::kNameIsFirst : 0;
    bulk->assigned.push_back(tok);
  } else if (!(first && (st.flags & NameShards::kNameIsFirst))) {
    add_alias(ents[e], en.name);
  }
  if (en.type != EntityType::Unknown && !(st.flags & NameShards::kTyped)) {
    EntityRow& row = ents[e];
    if (row.type == EntityType::Unknown) row.type = en.type;
    st.flags |= NameShards::kTyped;
  }
  return e;
}

void Store::append(Index s, Predicate p, Index o, const Evidence& evd, double conf, bool placeholder) {
  EvRow r{};
  r.rel = static_cast<Index>(spo.size());
  r.doc = intern(evd.doc);
  r.date = intern(evd.date);
  r.conf = static_cast<float>(round6(conf));
  r.flags = (placeholder ? kPlaceholder : 0) | (evd.lexicon ? kFromLexicon : 0);
  if (evd.lexicon) lexicon_evidence = true;
  r.start = evd.start;
  r.end = evd.end;
  // Several triples usually come from one sentence: store it once.
  if (!ev.empty() && ev.back().sent_len == evd.sentence.size() &&
      (spill ? std::string_view(last_sentence) : sentence(ev.back())) == evd.sentence) {
    r.sent_off = ev.back().sent_off;
  } else if (spill) {
    r.sent_off = spill->size();
    spill->append(evd.sentence.data(), evd.sentence.size());
    last_sentence = evd.sentence;
  } else {
    r.sent_off = text.size();
    text.append(evd.sentence.data(), evd.sentence.size());
  }
  r.sent_len = static_cast<std::uint32_t>(evd.sentence.size());
  ev.push_back(r);
  spo.push_back(Spo{s, o, static_cast<std::uint8_t>(p)});
}

void Store::damaged_text(const EvRow& r) const {
  throw InputError(source + ": damaged graph file (invalid UTF-8 in the sentence at byte " +
                   std::to_string(r.sent_off) + ")");
}

void Store::check_evidence_now() const {
  std::lock_guard<std::mutex> lock(ev_check_->m);
  if (ev_check_->done.load(std::memory_order_relaxed)) return;
  // One pass, the relations' runs in order (read_kgb checked that they tile the rows).
  const std::size_t ns = strings.size(), nt = text.size();
  bool lexicon = false;
  for (Index r = 0; r < rels.size(); ++r) {
    const RelRow& rr = rels[r];
    for (Index k = rr.ev_begin; k < rr.ev_end; ++k) {
      const EvRow& e = ev[k];
      if (e.rel != r) throw InputError(source + ": damaged graph file (evidence " + std::to_string(k) + " relation index)");
      if (e.doc >= ns || e.date >= ns || e.sent_off > nt || e.sent_len > nt - e.sent_off || !std::isfinite(e.conf) ||
          e.conf < 0 || e.conf > 1 || (e.flags & ~(kPlaceholder | kFromLexicon)) != 0)
        throw InputError(source + ": damaged graph file (evidence " + std::to_string(k) + ")");
      lexicon |= (e.flags & kFromLexicon) != 0;
    }
  }
  lexicon_evidence = lexicon;
  ev_check_->done.store(true, std::memory_order_release);
}

void Store::check_text() {
  if (text_checked) return;
  // A sentence starts and ends on a character boundary of valid UTF-8. (start and end are
  // offsets into the source document, only shown: the JSON and triple readers accept any,
  // so this reader does too, or a graph kg wrote would not read back; found by fuzzing.)
  const std::string_view all(text.data(), text.size());
  if (auto bad = text::find_invalid_utf8(all))
    throw InputError(source + ": damaged graph file (invalid UTF-8 in the sentences at byte " + std::to_string(*bad) + ")");
  auto boundary = [&](std::uint64_t off) { return off >= all.size() || (static_cast<unsigned char>(all[off]) & 0xC0) != 0x80; };
  for (const EvRow& e : std::as_const(ev))
    if (!boundary(e.sent_off) || !boundary(e.sent_off + e.sent_len)) damaged_text(e);
  text_checked = true;
}

void Store::spill_text() {
  if (spill) return;
  auto sp = SpillFile::create();
  if (!sp) return;
  thaw();
  sp->append(text.data(), text.size());
  text = Column<char>();
  if (!ev.empty()) last_sentence = std::string(std::string_view(sp->map() + ev.back().sent_off, ev.back().sent_len));
  spill = std::move(sp);
}

void Store::thaw() {
  if (!frozen) return;
  check_evidence();
  check_text();
  ev.own();
  ev_spill.reset();
  docs.own();
  if (spill) {  // appends go on to the file; the view goes
    last_sentence = ev.empty() ? std::string() : std::string(sentence(ev.back()));
    text = Column<char>();
    spill->unmap();
  } else {
    text.own();
  }
  keys.own();
  if (mapping) {  // the ids and names of a reopened .kgb are views of it: copied before it goes
    for (EntityRow& row : ents) {
      row.id = names.add(row.id);
      row.name = names.add(row.name);
    }
  }
  spo.resize(ev.size());
  for (std::size_t i = 0; i < ev.size(); ++i) {
    const RelRow& rr = std::as_const(rels)[ev[i].rel];
    spo[i] = Spo{rr.s, rr.o, rr.p};
    ev[i].rel = static_cast<Index>(i);
  }
  rels.clear();
  rels.shrink_to_fit();
  mapping.reset();
  adj = Adjacency();
  frozen = false;
}

void Store::freeze() {
  if (frozen) return;
  end_bulk();
  if (spill) {  // the sentences, read from here on, are the file's
    last_sentence = std::string();
    text.map(spill->map(), spill->size());
  }
  docs.sort();
  const std::size_t n = ents.size();
  // 1. Ids for new entities: slug, de-duplicated in (slug, name) order, never changing an
  //    id an entity already has. The slug is put in the row's id first, so the sort and
  //    the "taken" set refer to it instead of holding copies: the set is of entity numbers,
  //    hashed by their ids (open addressing, at most half full).
  std::vector<Index> fresh;  // the entities given an id, in the order they were given one
  {
    std::size_t slots = 16;
    while (slots < 2 * n) slots *= 2;
    BigVec<Index> taken(slots, kNone);
    const std::size_t mask = slots - 1;
    auto slot = [&](std::string_view id) {  // id's slot, or the empty one where it would go
      std::size_t k = std::hash<std::string_view>{}(id) & mask;
      while (taken[k] != kNone && ents[taken[k]].id != id) k = (k + 1) & mask;
      return k;
    };
    for (Index i = 0; i < n; ++i) {
      if (ents[i].id.empty()) {
        fresh.push_back(i);
      } else if (const std::size_t k = slot(ents[i].id); taken[k] == kNone) {
        taken[k] = i;
      }
    }
    // The slugs on all cores (a million names take seconds on one): key_of is name_key,
    // faster for ASCII names. Each part writes its slugs to an arena of its own.
    {
      const std::size_t parts = fresh.size() < 4096 ? 1 : 8;
      std::vector<StrArena> arenas(parts);
      parallel_for(parts, [&](std::size_t p) {
        std::string key;
        for (std::size_t k = fresh.size() * p / parts, end = fresh.size() * (p + 1) / parts; k < end; ++k) {
          EntityRow& row = ents[fresh[k]];
          key_into(row.name, key);
          row.id = arenas[p].add(text::slug_of_key(key));
        }
      }, 1);
      for (auto& a : arenas) names.absorb(std::move(a));
    }
    sort_by_key(fresh, [&](Index i) { return ents[i].id.view(); }, [&](Index a, Index b) {  // (two names of one key are one entity)
      if (ents[a].id != ents[b].id) return ents[a].id < ents[b].id;
      if (ents[a].name != ents[b].name) return ents[a].name < ents[b].name;
      return a < b;
    });
    // Each new id is a name for its entity: room for them all at once (growing the index
    // step by step held its old and new arrays together, a peak of a large load).
    std::size_t bytes = 0;
    for (Index i : fresh) bytes += ents[i].id.size() + 4;
    keys.reserve(fresh.size(), bytes);
    std::string id;
    for (Index i : fresh) {
      StrRef& base = ents[i].id;
      if (taken[slot(base)] != kNone) {
        id = base;
        for (int k = 2; taken[slot(id)] != kNone; ++k) id = base + "-" + std::to_string(k);
        base = names.add(id);
      }
      taken[slot(base)] = i;
      add_key(base, i);
    }
  }
  // 2. Entities in id order; remap every index that points at them.
  //    When every entity is new (a first load), the order ids were given in is usually id
  //    order already (a suffix "-2" can break it): then that is the order, without a sort.
  std::vector<Index> order, perm(n);
  bool given_in_order = fresh.size() == n;
  for (std::size_t i = 1; given_in_order && i < n; ++i) given_in_order = ents[fresh[i - 1]].id < ents[fresh[i]].id;
  if (given_in_order) {
    order = std::move(fresh);
  } else {
    order.resize(n);
    std::iota(order.begin(), order.end(), 0);
    sort_by_key(order, [&](Index i) { return ents[i].id.view(); }, [&](Index a, Index b) { return ents[a].id < ents[b].id; });  // (ids are unique)
  }
  fresh = {};
  for (Index i = 0; i < n; ++i) perm[order[i]] = i;
  // In place, following the permutation's cycles (a sorted copy held two tables of rows).
  for (Index i = 0; i < n; ++i) {
    if (order[i] == i) continue;
    EntityRow tmp = std::move(ents[i]);
    Index j = i;
    for (;;) {
      const Index k = order[j];
      order[j] = j;
      if (k == i) {
        ents[j] = std::move(tmp);
        break;
      }
      ents[j] = std::move(ents[k]);
      j = k;
    }
  }
  for (auto& row : ents) {
    if (!row.extra) continue;
    auto& al = row.extra->aliases;
    std::sort(al.begin(), al.end());
    al.erase(std::unique(al.begin(), al.end()), al.end());
  }
  keys.remap(perm);
  // 3. String table in sorted order, so evidence can be ordered by index.
  std::vector<Index> sorder(strings.size()), smap(strings.size());
  std::iota(sorder.begin(), sorder.end(), 0);
  std::sort(sorder.begin(), sorder.end(), [&](Index a, Index b) { return strings[a] < strings[b]; });
  {
    std::vector<std::string> sorted(strings.size());
    for (Index i = 0; i < sorder.size(); ++i) {
      smap[sorder[i]] = i;
      sorted[i] = std::move(strings[sorder[i]]);
    }
    strings = std::move(sorted);
    recent_[0] = recent_[1] = 0;
    string_index.clear();
    for (Index i = 0; i < strings.size(); ++i) string_index.emplace(strings[i], i);
  }
  // 4. Group the log by fact; competes_with is stored once, in id order.
  struct Key {
    Index s, o;
    std::uint8_t p;
    Index i;
  };
  auto subject_of = [&](Index i) {
    const Index s = perm[spo[i].s], o = perm[spo[i].o];
    return is_symmetric(static_cast<Predicate>(spo[i].p)) && o < s ? o : s;
  };
  // The keys are sorted by subject first: cut into runs of subjects of about equal size,
  // each run's keys written to its own range, so that the ranges are sorted side by side
  // and need no merging (the same order as one sort: every key is distinct).
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t runs = ev.size() < 65536 ? 1 : std::min<std::size_t>(cores, 8);
  std::vector<std::size_t> at(runs + 1, 0);  // where each run's keys start
  std::vector<Index> first_subject(runs + 1, 0);  // run r: subjects [first_subject[r], first_subject[r + 1])
  first_subject[runs] = static_cast<Index>(n);
  if (runs > 1) {
    std::vector<std::uint32_t> per(n, 0);
    for (Index i = 0; i < ev.size(); ++i) ++per[subject_of(i)];
    std::size_t seen = 0, r = 1;
    for (Index v = 0; v < n && r < runs; ++v) {
      seen += per[v];
      while (r < runs && seen >= ev.size() * r / runs) {
        first_subject[r] = v + 1;
        at[r] = seen;
        ++r;
      }
    }
    for (; r < runs; ++r) {
      first_subject[r] = static_cast<Index>(n);
      at[r] = ev.size();
    }
  }
  at[runs] = ev.size();
  BigVec<Key> keys(ev.size());
  std::vector<std::size_t> put(at.begin(), at.end() - 1);
  for (Index i = 0; i < ev.size(); ++i) {
    Index s = perm[spo[i].s], o = perm[spo[i].o];
    if (is_symmetric(static_cast<Predicate>(spo[i].p)) && o < s) std::swap(s, o);
    const std::size_t run = runs == 1 ? 0
                                      : static_cast<std::size_t>(std::upper_bound(first_subject.begin() + 1, first_subject.end(), s) -
                                                                 (first_subject.begin() + 1));
    keys[put[run]++] = Key{s, o, spo[i].p, i};
    ev[i].doc = smap[ev[i].doc];
    ev[i].date = smap[ev[i].date];
    // The log read so far is not read again: its pages go as the keys' come (the two were
    // a peak of a large load together).
    if ((i & 0xFFFFF) == 0xFFFFF) discard_pages(spo.data() + (i + 1 - 0x100000), 0x100000 * sizeof(Spo));
  }
  spo.clear();
  spo.shrink_to_fit();
  parallel_for(runs, [&](std::size_t r) {
    std::sort(keys.begin() + at[r], keys.begin() + at[r + 1], [](const Key& a, const Key& b) {
      if (a.s != b.s) return a.s < b.s;
      if (a.p != b.p) return a.p < b.p;
      if (a.o != b.o) return a.o < b.o;
      return a.i < b.i;
    });
  }, 1);
  auto ev_less = [&](Index a, Index b) {
    const EvRow &x = ev[a], &y = ev[b];
    if ((x.flags & kPlaceholder) != (y.flags & kPlaceholder)) return (x.flags & kPlaceholder) < (y.flags & kPlaceholder);
    if (x.doc != y.doc) return x.doc < y.doc;
    if (x.start != y.start) return x.start < y.start;
    if (x.end != y.end) return x.end < y.end;
    if (sentence(x) != sentence(y)) return sentence(x) < sentence(y);
    return x.date < y.date;
  };
  auto ev_same = [&](const EvRow& x, const EvRow& y) {
    return (x.flags & kPlaceholder) == (y.flags & kPlaceholder) && x.doc == y.doc && x.start == y.start && x.end == y.end &&
           x.date == y.date && sentence(x) == sentence(y);
  };
  // 5. Put the evidence rows in their final order, then drop duplicates within each fact.
  //    The order is the keys' row numbers (keys[k].i: the row that goes to k). First each
  //    fact's rows in evidence order, and how many facts there are.
  std::size_t facts = 0;
  {
    std::vector<Index> group;
    for (std::size_t a = 0; a < keys.size(); ++facts) {
      std::size_t b = a;
      group.clear();
      while (b < keys.size() && keys[b].s == keys[a].s && keys[b].p == keys[a].p && keys[b].o == keys[a].o)
        group.push_back(keys[b++].i);
      if (group.size() > 1) {
        std::sort(group.begin(), group.end(), ev_less);
        for (std::size_t k = a; k < b; ++k) keys[k].i = group[k - a];
      }
      a = b;
    }
  }
  // 6. One pass over the facts in order: the rows each keeps (one placeholder if it has
  //    no real evidence, else its real rows with duplicates merged: the highest confidence,
  //    the lexicon's only if every copy is) and its confidence. A spilled build (a large
  //    load) gathers the rows from where they are and writes what is kept to a temporary
  //    file as it goes (written behind, on another thread), then frees the rows before the
  //    relations are made: the rows, the keys and the relations are never all in memory at
  //    once (at 5M triples they are 240, 80 and 160 MB). The others put the rows in order
  //    in place first, and keep them there.
  std::shared_ptr<SpillFile> out = spill && !keys.empty() ? SpillFile::create() : nullptr;
  if (!out) {
    // In place, cycle-following (no second copy of the largest array), using up the order.
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (keys[i].i == i) continue;
      const EvRow tmp = ev[i];
      std::size_t j = i;
      for (;;) {
        const std::size_t k = keys[j].i;
        keys[j].i = static_cast<Index>(j);
        if (k == i) {
          ev[j] = tmp;
          break;
        }
        ev[j] = ev[k];
        j = k;
      }
    }
  }
  const std::vector<Index> story = stories();
  BigVec<Index> fact_end(facts);  // a fact's rows end here (and the next fact's begin)
  BigVec<double> fact_conf(facts);
  std::size_t w = 0;
  {
    std::vector<WeighedEvidence> weighed;
    std::vector<EvRow> kept;
    const EvRow* rows = std::as_const(ev).data();
    Index r = 0;
    std::size_t asked = 0;  // the rows up to here are asked for (they are read from all over the array)
    for (std::size_t a = 0; a < keys.size(); ++r) {
      for (; asked < keys.size() && asked < a + 32; ++asked) __builtin_prefetch(rows + keys[asked].i);
      std::size_t b = a + 1;
      while (b < keys.size() && keys[b].s == keys[a].s && keys[b].p == keys[a].p && keys[b].o == keys[a].o) ++b;
      kept.clear();
      const bool has_real = !(rows[keys[a].i].flags & kPlaceholder);
      for (std::size_t k = a; k < b; ++k) {
        EvRow row = rows[keys[k].i];
        if (has_real && (row.flags & kPlaceholder)) continue;
        row.rel = r;
        if (!kept.empty() && ev_same(kept.back(), row)) {
          kept.back().conf = std::max(kept.back().conf, row.conf);
          if (!(row.flags & kFromLexicon)) kept.back().flags &= ~kFromLexicon;  // the sentence states it
          continue;
        }
        kept.push_back(row);
        if (!has_real) break;  // one placeholder is enough
      }
      fact_conf[r] = confidence(kept.data(), kept.data() + kept.size(), story, weighed);
      if (out)
        out->append(reinterpret_cast<const char*>(kept.data()), kept.size() * sizeof(EvRow));
      else  // (w <= a: the rows not read yet are not overwritten)
        std::copy(kept.begin(), kept.end(), &ev[w]);
      w += kept.size();
      fact_end[r] = static_cast<Index>(w);
      if ((r & 0xFFFF) == 0) io::check_interrupted();
      a = b;
    }
  }
  if (out)
    ev = Column<EvRow>();
  else
    ev.resize(w);
  rels.clear();
  rels.shrink_to_fit();
  rels.reserve(facts);  // sized once: growing by doubling held the old and new arrays together
  for (std::size_t a = 0; a < keys.size();) {
    const Index r = static_cast<Index>(rels.size());
    RelRow rr{};
    rr.s = keys[a].s;
    rr.o = keys[a].o;
    rr.p = keys[a].p;
    rr.ev_begin = r == 0 ? 0 : fact_end[r - 1];
    rr.ev_end = fact_end[r];
    rr.conf = fact_conf[r];
    rels.push_back(rr);
    std::size_t b = a + 1;
    while (b < keys.size() && keys[b].s == keys[a].s && keys[b].p == keys[a].p && keys[b].o == keys[a].o) ++b;
    a = b;
  }
  keys = {};
  fact_end = {};
  fact_conf = {};
  if (out) {
    ev.map(reinterpret_cast<const EvRow*>(out->map()), w);
    ev_spill = std::move(out);
  }
  build_adjacency();
  frozen = true;
}

std::vector<Index> Store::stories() const {
  std::vector<Index> story(strings.size());
  std::iota(story.begin(), story.end(), 0);
  {
    std::map<std::string, Index> extra;
    docs.for_each([&](const DocumentInfo& d) {
      if (d.copy_of.empty()) return;
      const auto self = string_index.find(d.name);
      if (self == string_index.end()) return;
      const auto first = string_index.find(d.copy_of);
      story[self->second] = first != string_index.end()
                                ? first->second
                                : extra.emplace(d.copy_of, static_cast<Index>(strings.size() + extra.size()))
                                      .first->second;
    });
  }
  return story;
}

void Store::build_adjacency() {
  // Counting sort by source: no edge list to sort or copy (the slowest part of reopening a
  // large graph and, with its copy, a peak of memory). The edge arrays are not zero-filled
  // (BigVec), as every entry is written. Within a row, edges keep relation order
  // (subject->object before object->subject for a relation).
  const auto& rel = std::as_const(rels);  // read only: a mapped column stays mapped
  const std::size_t m = rel.size(), n = ents.size();
  adj = Adjacency();
  BigVec<std::uint32_t> off(n + 1, 0);
  for (const auto& r : rel) {
    ++off[r.s + 1];
    ++off[r.o + 1];
  }
  for (std::size_t v = 0; v < n; ++v) off[v + 1] += off[v];
  BigVec<Index> targets(2 * m);
  BigVec<std::uint32_t> dir_rel(2 * m);
  // On the cores: each part fills the rows of a range of vertices (about as many edges in
  // each), reading all the relations in order, so that rows keep relation order and no two
  // parts write one entry.
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t parts = m < 65536 ? 1 : std::min<std::size_t>(cores, 8);
  std::vector<Index> first(parts + 1, static_cast<Index>(n));  // part p: vertices [first[p], first[p + 1])
  first[0] = 0;
  for (std::size_t p = 1; p < parts; ++p)
    first[p] = static_cast<Index>(std::lower_bound(off.begin(), off.end() - 1, 2 * m * p / parts) - off.begin());
  parallel_for(parts, [&](std::size_t p) {
    const Index lo = first[p], hi = std::max(lo, first[p + 1]);
    BigVec<std::uint32_t> next(off.begin() + lo, off.begin() + hi);
    for (std::size_t r = 0; r < m; ++r) {
      const Index s = rel[r].s, o = rel[r].o;
      if (s >= lo && s < hi) {
        const std::uint32_t k = next[s - lo]++;
        targets[k] = o;
        dir_rel[k] = static_cast<std::uint32_t>(r * 2 + 1);
      }
      if (o >= lo && o < hi) {
        const std::uint32_t k = next[o - lo]++;
        targets[k] = s;
        dir_rel[k] = static_cast<std::uint32_t>(r * 2);
      }
    }
  }, 1);
  adj.offsets.adopt(std::move(off));
  adj.targets.adopt(std::move(targets));
  adj.dir_rel.adopt(std::move(dir_rel));
}

// Adjacency models the Boost.Graph concepts the library's algorithms ask for.
BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<Adjacency>));
BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<Adjacency>));

Evidence Store::evidence(const EvRow& r) const {
  check_evidence();
  Evidence e;
  e.doc = strings[r.doc];
  e.sentence = std::string(sentence(r));
  e.start = r.start;
  e.end = r.end;
  e.date = strings[r.date];
  e.lexicon = (r.flags & kFromLexicon) != 0;
  return e;
}

EntityInfo Store::entity_info(Index v) const {
  check_evidence();
  const EntityRow& row = ents[v];
  EntityInfo e{row.id, row.name, row.type, row.country(), row.aliases(), {}, {}, {}};
  if (row.type != EntityType::Unknown) e.type_from = row.type_from_lexicon ? "lexicon" : "articles";
  // The countries its based_in facts state, when an article states them. Its row lists its
  // relations in id order, and relations are sorted by (subject, predicate, object)
  // (freeze(); the .kgb reader checks it): so its based_in facts are one run of the row,
  // found by binary search instead of a scan of all its relations (a hub on a path has
  // tens of thousands).
  const auto based_in = static_cast<std::uint8_t>(Predicate::based_in);
  const std::uint32_t* const dr_row = adj.dir_rel.data();
  std::uint32_t lo = adj.begin(v), hi = adj.end(v);
  while (lo < hi) {
    const std::uint32_t mid = lo + (hi - lo) / 2;
    const RelRow& r = rels[dr_row[mid] >> 1];
    if (r.s < v || (r.s == v && r.p < based_in))
      lo = mid + 1;
    else
      hi = mid;
  }
  for (std::uint32_t k = lo, end = adj.end(v); k < end; ++k) {
    const std::uint32_t dr = dr_row[k];
    const RelRow& rr = rels[dr >> 1];
    if (rr.s != v || rr.p != based_in) break;
    if (!(dr & 1) || ents[rr.o].type != EntityType::Country) continue;  // (a loop is in the row twice)
    for (Index k = rr.ev_begin; k < rr.ev_end; ++k)
      if (!(ev[k].flags & (kFromLexicon | kPlaceholder))) {
        e.stated_countries.push_back(ents[rr.o].name);
        break;
      }
  }
  std::sort(e.stated_countries.begin(), e.stated_countries.end());
  e.stated_countries.erase(std::unique(e.stated_countries.begin(), e.stated_countries.end()), e.stated_countries.end());
  if (!row.country().empty())
    e.country_from = std::find(e.stated_countries.begin(), e.stated_countries.end(), row.country()) !=
                             e.stated_countries.end()
                         ? "articles"
                         : "lexicon";
  return e;
}

RelationInfo Store::relation_info(Index r) const { return relation_info(r, {}, {}); }

RelationInfo Store::relation_info(Index r, const text::DateRange& dates, const std::vector<Index>& story) const {
  check_evidence();
  const RelRow& rr = rels[r];
  RelationInfo ri;
  ri.subject = ents[rr.s].id;
  ri.object = ents[rr.o].id;
  ri.predicate = static_cast<Predicate>(rr.p);
  ri.confidence = rr.conf;
  if (dates.bounded()) {  // the evidence in range, and what it adds up to
    std::vector<EvRow> kept;
    for (Index k = rr.ev_begin; k < rr.ev_end; ++k)
      if (!(ev[k].flags & kPlaceholder) && dates.contains(strings[ev[k].date])) kept.push_back(ev[k]);
    std::vector<WeighedEvidence> weighed;
    if (kept.size() != rr.ev_end - rr.ev_begin) ri.confidence = confidence(kept.data(), kept.data() + kept.size(), story, weighed);
  }
  for (Index k = rr.ev_begin; k < rr.ev_end; ++k) {
    const EvRow& row = ev[k];
    if (row.flags & kPlaceholder) continue;
    if (dates.bounded() && !dates.contains(strings[row.date])) continue;
    ri.evidence.push_back(evidence(row));
    ri.evidence_confidence.push_back(row.conf);
    const std::string& d = strings[row.date];
    if (!d.empty()) {
      if (ri.first_seen.empty() || d < ri.first_seen) ri.first_seen = d;
      if (ri.last_seen.empty() || d > ri.last_seen) ri.last_seen = d;
    }
  }
  return ri;
}

std::size_t Store::evidence_count(Index r) const {
  check_evidence();
  const RelRow& rr = rels[r];
  if (rr.ev_end > rr.ev_begin && (ev[rr.ev_begin].flags & kPlaceholder)) return 0;
  return rr.ev_end - rr.ev_begin;
}

double Store::confidence(const EvRow* begin, const EvRow* end, const std::vector<Index>& story,
                         std::vector<WeighedEvidence>& weighed) {
  weighed.clear();
  for (const EvRow* k = begin; k != end; ++k) weighed.push_back({story[k->doc], k->doc, k->conf});
  return combined_confidence(weighed);
}

bool Store::in_range(Index r, const text::DateRange& dates) const {
  if (!dates.bounded()) return true;
  check_evidence();
  const RelRow& rr = rels[r];
  for (Index k = rr.ev_begin; k < rr.ev_end; ++k) {
    if (dates.contains(strings[ev[k].date])) return true;
  }
  return false;
}

std::optional<Index> Store::find(std::string_view name) const { return keys.find(key_of(name)); }

}  // namespace kg::graph::detail
