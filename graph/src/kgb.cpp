// .kgb layout (all integers native little-endian):
//   "KGGRAPHB" u32 version(4) u32 0x01020304
//   section strings   : u64 bytes, then per string u32 len + bytes        (docs, dates)
//   section entities  : u64 bytes, u64 count (version 4), then per entity id, name, u8 type,
//                       u8 lexicon, country, u32 n + aliases (strings as u32 len + bytes)
//   the name index, sorted by key (version 4: three arrays, char[] keys, u64 offsets[n + 1],
//                       u32 entity[n]; before: a section, u64 bytes, then per key: string +
//                       u32 entity)
//   section documents : u64 bytes, then per document name, hash, u32 n + locations, title,
//                       url, date, lang, source, u32 n + metadata_from (key, value),
//                       copy_of, sketch, u64 bytes     (version 3; before: 8 strings + u64)
//   u64 n + RelRow[n]   u64 n + EvRow[n]   u64 n + sentence arena (char[n])
//   version 4: the adjacency (Adjacency: u32 offsets[entities + 1], u32 targets[2 * relations],
//                       u32 dir_rel[2 * relations]), then a u64 checksum of the relations and
//                       the adjacency
//   "KGBEND00"
// Version 2 pads with zeros after each large array's count so that the array starts at a
// multiple of 64 bytes in the file. The file is mapped (mmap), the sections are parsed
// from the mapping, and the large arrays are not read at all: the store's columns view
// them in place (pages come from the page cache when first touched; the sentence text,
// usually the largest part, is touched only to print evidence, and checked then). Version
// 1 files (no padding) are still read, by copying the arrays. Version 3 documents have
// locations, where their metadata came from, copy_of and a sketch (kg/document.hpp).
// Version 4 stores what reopening used to rebuild or copy (the adjacency, the name index),
// so that a 5M-relation graph opens in a fraction of a second; versions 1 to 3 are still
// read (the adjacency built then). Opening reads the entities (their ids and names stay
// views of the mapping), the name index, the documents, and checks the relations and
// adjacency (their checksum in the same pass, on a second thread); the evidence rows are
// checked when first read (Store::check_evidence), the sentence text when read.
#include "kgb.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <exception>
#include <system_error>
#include <thread>
#include <memory>
#include <optional>
#include <tuple>
#include <type_traits>
#include <unordered_set>

#include "kg/error.hpp"
#include "kg/io.hpp"
#include "kg/text.hpp"
#include "store.hpp"

namespace kg::graph::detail {
namespace {

constexpr char kMagic[8] = {'K', 'G', 'G', 'R', 'A', 'P', 'H', 'B'};
constexpr char kEnd[8] = {'K', 'G', 'B', 'E', 'N', 'D', '0', '0'};
constexpr std::uint32_t kVersion = 4, kOrder = 0x01020304;
constexpr std::size_t kAlign = 64;
static_assert(std::is_trivially_copyable_v<RelRow> && std::is_trivially_copyable_v<EvRow>);

// The file as it is written: written behind (WriteBehind), so that the page cache's copy of
// the large arrays runs beside what makes the next ones. drain() before committing.
class Out {
 public:
  explicit Out(std::ostream& os)
      : os_(os), out_([this](const char* p, std::size_t n) { os_.write(p, static_cast<std::streamsize>(n)); }) {}
  void raw(const void* p, std::size_t n) {
    out_.append(static_cast<const char*>(p), n);
    pos_ += n;
  }
  void drain() { out_.drain(); }
  template <class T>
  void pod(const T& v) { raw(&v, sizeof v); }
  // u64 count, zeros up to a multiple of kAlign, the elements.
  template <class V>
  void array(const V& v) {
    begin_array(v.size());
    raw(v.data(), v.size() * sizeof(typename V::value_type));
  }
  // The same written piecewise: the count and padding; the caller writes the elements.
  void begin_array(std::uint64_t n) {
    pod<std::uint64_t>(n);
    static const char zeros[kAlign] = {};
    raw(zeros, (kAlign - pos_ % kAlign) % kAlign);
  }

 private:
  std::ostream& os_;
  WriteBehind out_;
  std::size_t pos_ = 0;
};

// A variable section, written with its byte size first without assembling it in memory
// (for a million entities that copy was a peak of memory at the end of kg load): `emit`
// runs twice, once to count bytes and once to write them.
struct CountSink {
  std::uint64_t n = 0;
  void str(std::string_view s) { n += 4 + s.size(); }
  template <class T>
  void pod(const T&) { n += sizeof(T); }
};
struct WriteSink {
  Out& o;
  void str(std::string_view s) {
    o.pod(static_cast<std::uint32_t>(s.size()));
    o.raw(s.data(), s.size());
  }
  template <class T>
  void pod(const T& v) { o.pod(v); }
};
template <class F>
void section(Out& o, F&& emit) {
  CountSink c;
  emit(c);
  o.pod<std::uint64_t>(c.n);
  WriteSink w{o};
  emit(w);
}

// The whole file, mapped read-only (or, where mapping fails, read into memory).
struct Mapped {
  const char* data = nullptr;
  std::size_t size = 0;
  bool is_map = false;
  std::unique_ptr<char[]> copy;
  ~Mapped() {
    if (is_map && size) munmap(const_cast<char*>(data), size);
  }
};

std::shared_ptr<Mapped> map_file(const std::string& path) {
  auto m = std::make_shared<Mapped>();
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw InputError(path + ": cannot open");
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    throw InputError(path + ": cannot open");
  }
  m->size = static_cast<std::size_t>(st.st_size);
  if (m->size > 0) {
    void* p = ::mmap(nullptr, m->size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p != MAP_FAILED) {
      m->data = static_cast<const char*>(p);
      m->is_map = true;
    } else {
      m->copy.reset(new char[m->size]);
      std::size_t got = 0;
      while (got < m->size) {
        const ssize_t r = ::read(fd, m->copy.get() + got, m->size - got);
        if (r <= 0) break;
        got += static_cast<std::size_t>(r);
      }
      m->size = got;
      m->data = m->copy.get();
    }
  }
  ::close(fd);
  return m;
}

// Whether n bytes at p are all ASCII (then valid UTF-8): most names are, and checking them
// here spares a call per string (a million entities have three).
inline bool is_ascii(const char* p, std::size_t n) {
  std::uint64_t acc = 0;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    acc |= w;
  }
  for (; i < n; ++i) acc |= static_cast<unsigned char>(p[i]);
  return (acc & 0x8080808080808080ull) == 0;
}

// Reads from a byte range with bounds checks: any overrun means a truncated or corrupt file.
class Cursor {
 public:
  Cursor(const char* p, std::size_t n, const std::string& path, const char* overrun)
      : p_(p), n_(n), path_(path), overrun_(overrun) {}
  [[noreturn]] void fail(const std::string& why) const { throw InputError(path_ + ": " + why); }
  bool done() const { return pos_ == n_; }
  const char* data() const { return p_; }
  std::size_t size() const { return n_; }
  std::size_t pos() const { return pos_; }
  const char* take(std::size_t n) {
    if (n_ - pos_ < n) fail(overrun_);
    const char* q = p_ + pos_;
    pos_ += n;
    return q;
  }
  template <class T>
  T pod() {
    T v;
    std::memcpy(&v, take(sizeof v), sizeof v);
    return v;
  }
  std::uint64_t count(std::size_t elem, const char* what) {
    const auto n = pod<std::uint64_t>();
    if (elem && n > (std::uint64_t(1) << 40) / elem) fail(std::string("damaged graph file (") + what + " count)");
    return n;
  }
  // A string: length-prefixed, and valid UTF-8 (a damaged byte must not reach the JSON,
  // GraphML or merged graphs that kg writes from it).
  std::string_view view() {
    const auto n = pod<std::uint32_t>();
    const std::string_view s(take(n), n);
    if (!is_ascii(s.data(), n) && text::find_invalid_utf8(s)) fail("damaged graph file (invalid UTF-8 in a string)");
    return s;
  }
  std::string str() { return std::string(view()); }
  // A variable-length section: u64 bytes, then its content, parsed by its own cursor.
  Cursor section(const char* what) {
    const auto n = count(1, what);
    return Cursor(take(n), n, path_, "damaged graph file (section overrun)");
  }

 private:
  const char* p_;
  std::size_t n_;
  const std::string& path_;
  const char* overrun_;
  std::size_t pos_ = 0;
};

// A checksum of bytes (four independent multiply-xor lanes over 8-byte words, so it runs
// near memory speed), chained over several arrays (each array's seeds the next). Fed in
// pieces, so that the reader checks an array's rows and sums them in one pass over it
// (each piece but the last a multiple of 32 bytes).
class Checksum {
 public:
  explicit Checksum(std::uint64_t seed)
      : lane_{seed ^ 0x243F6A8885A308D3ull, seed ^ 0x13198A2E03707344ull, seed ^ 0xA4093822299F31D0ull,
              seed ^ 0x082EFA98EC4E6C89ull} {}
  void add(const void* data, std::size_t n) {
    const char* p = static_cast<const char*>(data);
    std::size_t i = 0;
    for (; i + 32 <= n; i += 32)
      for (int k = 0; k < 4; ++k) {
        std::uint64_t w;
        std::memcpy(&w, p + i + 8 * k, 8);
        lane_[k] = (lane_[k] ^ w) * kMul;
        lane_[k] ^= lane_[k] >> 29;
      }
    n_ += n;
    tail_ = p + i;
    tail_n_ = n - i;
  }
  std::uint64_t value() const {
    std::uint64_t h = n_;
    for (std::size_t i = 0; i < tail_n_; ++i) h = (h ^ static_cast<unsigned char>(tail_[i])) * 0x100000001B3ull;
    for (int k = 0; k < 4; ++k) h = ((h ^ lane_[k]) * kMul) ^ (h >> 31);
    return h;
  }

 private:
  static constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  std::uint64_t lane_[4];
  std::uint64_t n_ = 0;
  const char* tail_ = nullptr;
  std::size_t tail_n_ = 0;
};

std::uint64_t checksum(const void* data, std::size_t n, std::uint64_t seed) {
  Checksum c(seed);
  c.add(data, n);
  return c.value();
}

// f(begin, end) over [0, n) in pieces of `piece` elements, then the piece's bytes into `sum`.
template <class T, class F>
std::uint64_t check_and_sum(const Column<T>& col, std::uint64_t seed, F&& f) {
  static_assert(32 % sizeof(T) == 0 || sizeof(T) % 32 == 0);
  constexpr std::size_t kPiece = (std::size_t(64) << 10) / sizeof(T);  // a multiple of 32 bytes
  Checksum sum(seed);
  for (std::size_t at = 0, n = col.size(); at < n; at += kPiece) {
    const std::size_t end = std::min(n, at + kPiece);
    f(at, end);
    sum.add(col.data() + at, (end - at) * sizeof(T));
  }
  return sum.value();
}

// What version 4 writes after the adjacency: a checksum of it and of the relations.
std::uint64_t adjacency_checksum(const Store& s) {
  std::uint64_t h = 0;
  h = checksum(s.rels.data(), s.rels.size() * sizeof(RelRow), h);
  h = checksum(s.adj.offsets.data(), s.adj.offsets.size() * sizeof(std::uint32_t), h);
  h = checksum(s.adj.targets.data(), s.adj.targets.size() * sizeof(Index), h);
  h = checksum(s.adj.dir_rel.data(), s.adj.dir_rel.size() * sizeof(std::uint32_t), h);
  return h;
}

// A large array into a column: a view of the mapping when it is aligned there (version 2),
// else a copy.
template <class T>
void read_array(Cursor& c, Column<T>& col, const char* base, bool padded, const char* what) {
  const auto n = c.count(sizeof(T), what);
  if (padded) c.take((kAlign - c.pos() % kAlign) % kAlign);
  const char* p = c.take(n * sizeof(T));
  if (padded && reinterpret_cast<std::uintptr_t>(p) % alignof(T) == 0 && (p - base) % kAlign == 0) {
    col.map(reinterpret_cast<const T*>(p), n);
  } else {
    col.clear();
    col.resize(n);
    if (n) std::memcpy(const_cast<T*>(col.data()), p, n * sizeof(T));
  }
}

// A large array. A spilled build's (the sentence text, the evidence: SpillFile) is the
// temporary file's: written in pieces whose pages are dropped from the process after each
// (they stay the file's), so that writing it does not bring it all into memory at the end
// of kg load.
template <class T>
void write_array(Out& o, const Column<T>& col, const std::shared_ptr<SpillFile>& spill) {
  const std::size_t bytes = col.size() * sizeof(T);
  if (!spill || !spill->holds(col.data(), bytes)) {
    o.array(col);
    return;
  }
  constexpr std::size_t kPiece = std::size_t(16) << 20;
  const char* p = reinterpret_cast<const char*>(col.data());
  o.begin_array(col.size());
  for (std::size_t at = 0; at < bytes; at += kPiece) {
    const std::size_t n = std::min(kPiece, bytes - at);
    o.raw(p + at, n);
    discard_pages(p + at, n);
  }
}

}  // namespace

bool is_kgb_file(const std::string& path) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return false;
  char m[8] = {};
  return std::fread(m, 1, 8, f.get()) == 8 && std::memcmp(m, kMagic, 8) == 0;
}

void write_kgb(const Store& s, const std::string& path) {
  s.check_evidence();  // a damaged row of a reopened file is refused, not written on
  io::AtomicFile f(path);
  Out o(f.stream());
  o.raw(kMagic, 8);
  o.pod(kVersion);
  o.pod(kOrder);
  section(o, [&](auto& sec) {
    for (const auto& x : s.strings) sec.str(x);
  });
  section(o, [&](auto& sec) {
    sec.template pod<std::uint64_t>(s.ents.size());  // version 4: the count first
    for (const auto& e : s.ents) {
      sec.str(e.id);
      sec.str(e.name);
      sec.template pod<std::uint8_t>(static_cast<std::uint8_t>(e.type));
      sec.template pod<std::uint8_t>(e.type_from_lexicon ? 1 : 0);
      sec.str(e.country());
      sec.template pod<std::uint32_t>(static_cast<std::uint32_t>(e.aliases().size()));
      for (const auto& a : e.aliases()) sec.str(a);
    }
  });
  // Keys sorted, so that two saves of one graph are byte-identical. Version 4: three
  // arrays (the keys' bytes, u64 offsets, u32 entities), written key by key (no copy).
  const std::vector<Index> key_order = s.keys.sorted_order();
  {
    std::uint64_t bytes = 0;
    for (const Index i : key_order) bytes += s.keys.key(i).size();
    o.begin_array(bytes);
    for (const Index i : key_order) o.raw(s.keys.key(i).data(), s.keys.key(i).size());
    o.begin_array(key_order.size() + 1);
    std::uint64_t off = 0;
    o.pod(off);
    for (const Index i : key_order) o.pod(off += s.keys.key(i).size());
    o.begin_array(key_order.size());
    for (const Index i : key_order) o.pod<std::uint32_t>(s.keys.value(i));
  }
  // The documents: the store keeps them as this section's records, in name order (DocTable).
  {
    std::uint64_t bytes = 0;
    for (std::size_t i = 0; i < s.docs.records(); ++i) bytes += s.docs.record(i).size();
    o.pod(bytes);
    for (std::size_t i = 0; i < s.docs.records(); ++i) o.raw(s.docs.record(i).data(), s.docs.record(i).size());
  }
  o.array(s.rels);
  write_array(o, s.ev, s.ev_spill);
  write_array(o, s.text, s.spill);
  o.array(s.adj.offsets);
  o.array(s.adj.targets);
  o.array(s.adj.dir_rel);
  o.pod(adjacency_checksum(s));
  o.raw(kEnd, 8);
  o.drain();
  f.commit();
}

namespace {
void read_kgb(Store& s, const std::string& path, const std::shared_ptr<Mapped>& file);
}

bool is_kgb_bytes(std::string_view bytes) { return bytes.size() >= 8 && std::memcmp(bytes.data(), kMagic, 8) == 0; }

void read_kgb(Store& s, const std::string& path) { read_kgb(s, path, map_file(path)); }

void read_kgb_bytes(Store& s, const std::string& path, std::string_view bytes) {
  auto m = std::make_shared<Mapped>();
  m->copy.reset(new char[std::max<std::size_t>(bytes.size(), 1)]);
  std::memcpy(m->copy.get(), bytes.data(), bytes.size());
  m->data = m->copy.get();
  m->size = bytes.size();
  read_kgb(s, path, m);
}

namespace {
// One part of reading a graph: the step it reached (numbered in file order) and its error.
struct Part {
  int at = 0;
  std::exception_ptr err;
};
template <class F>
void run_part(Part& p, F& f) {
  try {
    f(p.at);
  } catch (...) {
    p.err = std::current_exception();
  }
}

void read_kgb(Store& s, const std::string& path, const std::shared_ptr<Mapped>& file) {
  Cursor in(file->data, file->size, path, "damaged graph file (truncated)");
  if (std::memcmp(in.take(8), kMagic, 8) != 0) in.fail("not a .kgb graph");
  const auto ver = in.pod<std::uint32_t>();
  if (ver < 1 || ver > kVersion)
    in.fail(".kgb version " + std::to_string(ver) + " is not supported (this kg reads 1 to 4)");
  if (in.pod<std::uint32_t>() != kOrder) in.fail(".kgb file written on a machine of another byte order");

  s = Store();
  s.strings.clear();
  s.string_index.clear();
  // First the layout: where each section and array is (a truncated file stops here).
  Cursor strings_c = in.section("strings");
  Cursor ents_c = in.section("entities");
  Column<char> key_blob;
  Column<std::uint64_t> key_off;
  Column<Index> key_val;
  std::optional<Cursor> keys_c;
  if (ver >= 4) {  // three arrays, used in place
    read_array(in, key_blob, file->data, true, "name index");
    read_array(in, key_off, file->data, true, "name index");
    read_array(in, key_val, file->data, true, "name index");
  } else {
    keys_c.emplace(in.section("keys"));
  }
  Cursor docs_c = in.section("documents");
  const bool padded = ver >= 2;
  read_array(in, s.rels, file->data, padded, "relations");
  read_array(in, s.ev, file->data, padded, "evidence");
  read_array(in, s.text, file->data, padded, "text");
  std::uint64_t stored_sum = 0;
  if (ver >= 4) {
    read_array(in, s.adj.offsets, file->data, true, "adjacency");
    read_array(in, s.adj.targets, file->data, true, "adjacency");
    read_array(in, s.adj.dir_rel, file->data, true, "adjacency");
    stored_sum = in.pod<std::uint64_t>();
  }
  if (std::memcmp(in.take(8), kEnd, 8) != 0) in.fail("damaged graph file (no end marker)");
  s.mapping = file;  // the columns may view it, and the entities' ids and names do
  if (file->is_map && s.rels.mapped()) {
    // The relations (and the adjacency) are all read below; ask for them ahead. (Not the
    // evidence rows: they are read when first needed.)
    const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    auto ahead = [&](const void* begin, const void* end) {
      const auto from = reinterpret_cast<std::uintptr_t>(begin) & ~(page - 1);
      const auto to = reinterpret_cast<std::uintptr_t>(end);
      if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_WILLNEED);
    };
    ahead(s.rels.data(), s.rels.data() + s.rels.size());
    if (s.adj.dir_rel.mapped()) ahead(s.adj.offsets.data(), s.adj.dir_rel.data() + s.adj.dir_rel.size());
  }

  // Every index, count, number and string is checked once here (the sentences when read,
  // Store::sentence), so queries, writers and --update can trust them: a damaged file is
  // refused, never passed through.
  const Column<RelRow>& rels = s.rels;  // const: reading a mapped column must not copy it
  const Column<EvRow>& ev = s.ev;
  const Adjacency& adj = s.adj;
  const std::size_t nv = ev.size(), nr = rels.size();
  auto is_confidence = [](double c) { return std::isfinite(c) && c >= 0 && c <= 1; };
  // Three parts, each numbering its steps in file order: the entities and the name index;
  // the string table and the documents; the relations and the adjacency (on a thread of its
  // own: version 4 gives the entity count it checks against up front).
  std::uint64_t declared_ne = 0;
  if (ver >= 4 && ents_c.size() >= 8) std::memcpy(&declared_ne, ents_c.data(), 8);
  auto entities_part = [&](int& at) {
    at = 1;
    {
      Cursor& c = ents_c;
      std::uint64_t count = 0;
      if (ver >= 4) {  // the count first: the rows are made in place, not moved as the table grows
        count = c.pod<std::uint64_t>();
        if (count > c.size() / 18) in.fail("damaged graph file (entity count)");  // 18: the smallest row
        s.ents.reserve(count);
      }
      while (!c.done()) {
        EntityRow& e = s.ents.emplace_back();
        e.id = StrRef(c.view());  // views of the mapping (s.mapping keeps it)
        e.name = StrRef(c.view());
        const auto t = c.pod<std::uint8_t>();
        if (t > static_cast<std::uint8_t>(EntityType::Unknown)) in.fail("damaged graph file (entity type)");
        e.type = static_cast<EntityType>(t);
        e.type_from_lexicon = c.pod<std::uint8_t>() != 0;
        if (const std::string_view country = c.view(); !country.empty()) e.more().country = country;
        const auto na = c.pod<std::uint32_t>();
        if (na) {
          auto& al = e.more().aliases;
          al.reserve(std::min<std::size_t>(na, 1024));
          for (std::uint32_t k = 0; k < na; ++k) al.emplace_back(c.view());
        }
        if (e.id.empty() || e.name.empty()) in.fail("damaged graph file (entity without id or name)");
      }
      if (ver >= 4 && s.ents.size() != count) in.fail("damaged graph file (entity count)");
    }
    const std::size_t ne = s.ents.size();
    at = 2;
    if (ver >= 4) {
      const std::size_t n = key_val.size();
      if (key_off.size() != n + 1 || key_off[0] != 0 || key_off[n] != key_blob.size())
        in.fail("damaged graph file (name index)");
      std::string_view prev;
      for (std::size_t i = 0; i < n; ++i) {
        if (key_off[i + 1] < key_off[i] || key_off[i + 1] > key_blob.size() || key_val[i] >= ne)
          in.fail("damaged graph file (name index)");
        const std::string_view k(key_blob.data() + key_off[i], key_off[i + 1] - key_off[i]);
        if (i > 0 && !(prev < k)) in.fail("damaged graph file (name index order)");
        prev = k;
      }
      if (text::find_invalid_utf8(std::string_view(key_blob.data(), key_blob.size())))
        in.fail("damaged graph file (invalid UTF-8 in a string)");
      s.keys.assign_sorted(std::move(key_blob), std::move(key_off), std::move(key_val));
    } else {
      Cursor& c = *keys_c;
      // Kept as the sorted arrays it was written as: lookups binary-search them.
      BigVec<char> blob;
      blob.reserve(c.size());
      BigVec<std::uint64_t> off{0};
      BigVec<Index> val;
      std::string_view prev;
      while (!c.done()) {
        const std::string_view k = c.view();
        const auto v = c.pod<std::uint32_t>();
        if (v >= ne) in.fail("damaged graph file (name index)");
        if (!val.empty() && !(prev < k)) in.fail("damaged graph file (name index order)");
        prev = k;
        blob.insert(blob.end(), k.begin(), k.end());
        off.push_back(blob.size());
        val.push_back(v);
      }
      s.keys.assign_sorted(std::move(blob), std::move(off), std::move(val));
    }
  };
  // The relations, then (version 4) the adjacency: each array checked and summed in one
  // pass (the checksum is of the relations and the adjacency). The evidence rows they
  // point at are checked when first read (Store::check_evidence).
  auto relations_part = [&](int& at) {
    const std::size_t ne = ver >= 4 ? static_cast<std::size_t>(declared_ne) : s.ents.size();
    at = 4;
    Index expect = 0;
    const std::uint64_t rel_sum = check_and_sum(rels, 0, [&](std::size_t from, std::size_t to) {
      for (std::size_t i = from; i < to; ++i) {
        const RelRow& r = rels[i];
        if (r.s >= ne || r.o >= ne || r.p >= kPredicateCount || r.ev_begin != expect || r.ev_end <= r.ev_begin ||
            r.ev_end > nv || !is_confidence(r.conf) ||
            (i > 0 && !(std::tie(rels[i - 1].s, rels[i - 1].p, rels[i - 1].o) < std::tie(r.s, r.p, r.o))))
          in.fail("damaged graph file (relation " + std::to_string(i) + ")");
        expect = r.ev_end;
      }
    });
    if (expect != nv) in.fail("damaged graph file (evidence count)");
    at = 6;
    if (ver >= 4) {
      // The stored adjacency: every index a query follows is in range (one sequential
      // pass); that it is the rows build_adjacency makes from these relations, the
      // checksum tells, not a pass of random reads.
      if (adj.offsets.size() != ne + 1 || adj.offsets[0] != 0 || adj.offsets[ne] != 2 * nr ||
          adj.targets.size() != 2 * nr || adj.dir_rel.size() != 2 * nr)
        in.fail("damaged graph file (adjacency)");
      std::uint32_t bad = 0;
      std::uint64_t sum = check_and_sum(adj.offsets, rel_sum, [&](std::size_t from, std::size_t to) {
        for (std::size_t v = std::max<std::size_t>(from, 1); v < to; ++v) bad |= adj.offsets[v] < adj.offsets[v - 1];
      });
      sum = check_and_sum(adj.targets, sum, [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k) bad |= adj.targets[k] >= ne;
      });
      sum = check_and_sum(adj.dir_rel, sum, [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k) bad |= (adj.dir_rel[k] >> 1) >= nr;
      });
      if (bad || sum != stored_sum) in.fail("damaged graph file (adjacency)");
    }
  };
  // The string table, the documents.
  auto strings_part = [&](int& at) {
    at = 0;
    {
      Cursor& c = strings_c;
      while (!c.done()) s.strings.push_back(c.str());
      if (s.strings.empty() || !s.strings[0].empty()) in.fail("damaged graph file (string table)");
      s.string_index.reserve(s.strings.size());
      for (Index i = 0; i < s.strings.size(); ++i) s.string_index.emplace(s.strings[i], i);
    }
    at = 3;
    // Version 3 records are the store's own (DocTable): a section of them in name order, each
    // name once, metadata keys in order (as kg writes it) is checked and used in place.
    bool in_place = false;
    if (ver >= 3) {
      Cursor c = docs_c;
      BigVec<std::uint64_t> off{0};
      std::string_view prev;
      in_place = true;
      while (!c.done()) {
        const std::string_view name = c.view();
        if (off.size() > 1 && !(prev < name)) in_place = false;
        prev = name;
        c.view();
        for (auto n = c.pod<std::uint32_t>(); n > 0; --n) c.view();
        for (int k = 0; k < 5; ++k) c.view();
        std::string_view key;
        for (auto n = c.pod<std::uint32_t>(), k = 0u; k < n; ++k) {
          const std::string_view next = c.view();
          if (k > 0 && !(key < next)) in_place = false;
          key = next;
          c.view();
        }
        c.view();
        c.view();
        c.pod<std::uint64_t>();
        off.push_back(c.pos());
      }
      if (in_place) {
        Column<char> blob;
        blob.map(docs_c.data(), docs_c.size());
        s.docs.assign_sorted(std::move(blob), std::move(off));
      }
    }
    if (!in_place) {
      std::unordered_set<std::string> seen;  // of one name the first (as before)
      Cursor& c = docs_c;
      while (!c.done()) {
        const DocumentInfo d = read_document(c, ver);
        if (seen.insert(d.name).second) s.docs.put(d);
      }
      s.docs.sort();
    }
  };
  Part ents_p, strings_p, rels_p;
  auto names = [&] {
    run_part(ents_p, entities_part);
    run_part(strings_p, strings_part);
  };
  auto relations = [&] { run_part(rels_p, relations_part); };
  // On two threads for a large version 4 graph (each part reads arrays of its own); else in turn.
  std::thread t;
  bool parallel = ver >= 4 && rels.size() >= (std::size_t(1) << 16);
  if (parallel) {
    try {
      t = std::thread(relations);
    } catch (const std::system_error&) {
      parallel = false;
    }
  }
  names();
  if (parallel)
    t.join();
  else
    relations();
  // An error of any part is rethrown after all ended: the one of the earliest section in
  // the file, so that the message does not depend on the order the parts ran in.
  const Part* first = nullptr;
  for (const Part* p : {&ents_p, &strings_p, &rels_p})
    if (p->err && (!first || p->at < first->at)) first = p;
  if (first) std::rethrow_exception(first->err);
  s.source = path;
  s.text_checked = false;
  s.evidence_unchecked();
  s.spo.clear();
  s.frozen = true;
  if (ver < 4) s.build_adjacency();
}

}  // namespace

}  // namespace kg::graph::detail
