// .kgb layout (all integers native little-endian):
//   "KGGRAPHB" u32 version(1) u32 0x01020304
//   section strings   : u64 bytes, then per string u32 len + bytes        (docs, dates)
//   section entities  : u64 bytes, then per entity id, name, u8 type, u8 lexicon,
//                       country, u32 n + aliases (strings as u32 len + bytes)
//   section keys      : u64 bytes, then per key: string + u32 entity   (the name index)
//   section documents : u64 bytes, then per document name, hash, u32 n + locations, title,
//                       url, date, lang, source, u32 n + metadata_from (key, value),
//                       copy_of, sketch, u64 bytes     (version 3; before: 8 strings + u64)
//   u64 n + RelRow[n]   u64 n + EvRow[n]   u64 n + sentence arena (char[n])
//   "KGBEND00"
// Version 2 pads with zeros after each large array's count so that the array starts at a
// multiple of 64 bytes in the file. The file is mapped (mmap), the sections are parsed
// from the mapping, and the large arrays are not read at all: the store's columns view
// them in place (pages come from the page cache when first touched; the sentence text,
// usually the largest part, is touched only to print evidence). Version 1 files (no
// padding) are still read, by copying the arrays. Version 3 documents have locations,
// where their metadata came from, copy_of and a sketch (kg/document.hpp).
#include "kgb.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <tuple>
#include <type_traits>

#include "kg/error.hpp"
#include "kg/io.hpp"
#include "kg/text.hpp"
#include "store.hpp"

namespace kg::graph::detail {
namespace {

constexpr char kMagic[8] = {'K', 'G', 'G', 'R', 'A', 'P', 'H', 'B'};
constexpr char kEnd[8] = {'K', 'G', 'B', 'E', 'N', 'D', '0', '0'};
constexpr std::uint32_t kVersion = 3, kOrder = 0x01020304;
constexpr std::size_t kAlign = 64;
static_assert(std::is_trivially_copyable_v<RelRow> && std::is_trivially_copyable_v<EvRow>);

class Out {
 public:
  explicit Out(std::ostream& os) : os_(os) {}
  void raw(const void* p, std::size_t n) {
    os_.write(static_cast<const char*>(p), static_cast<std::streamsize>(n));
    pos_ += n;
  }
  template <class T>
  void pod(const T& v) { raw(&v, sizeof v); }
  // u64 count, zeros up to a multiple of kAlign, the elements.
  template <class V>
  void array(const V& v) {
    pod<std::uint64_t>(v.size());
    static const char zeros[kAlign] = {};
    raw(zeros, (kAlign - pos_ % kAlign) % kAlign);
    raw(v.data(), v.size() * sizeof(typename V::value_type));
  }

 private:
  std::ostream& os_;
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

// Reads from a byte range with bounds checks: any overrun means a truncated or corrupt file.
class Cursor {
 public:
  Cursor(const char* p, std::size_t n, const std::string& path, const char* overrun)
      : p_(p), n_(n), path_(path), overrun_(overrun) {}
  [[noreturn]] void fail(const std::string& why) const { throw InputError(path_ + ": " + why); }
  bool done() const { return pos_ == n_; }
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
    if (text::find_invalid_utf8(s)) fail("damaged graph file (invalid UTF-8 in a string)");
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

}  // namespace

bool is_kgb_file(const std::string& path) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return false;
  char m[8] = {};
  return std::fread(m, 1, 8, f.get()) == 8 && std::memcmp(m, kMagic, 8) == 0;
}

void write_kgb(const Store& s, const std::string& path) {
  io::AtomicFile f(path);
  Out o(f.stream());
  o.raw(kMagic, 8);
  o.pod(kVersion);
  o.pod(kOrder);
  section(o, [&](auto& sec) {
    for (const auto& x : s.strings) sec.str(x);
  });
  section(o, [&](auto& sec) {
    for (const auto& e : s.ents) {
      sec.str(e.id);
      sec.str(e.name);
      sec.template pod<std::uint8_t>(static_cast<std::uint8_t>(e.type));
      sec.template pod<std::uint8_t>(e.type_from_lexicon ? 1 : 0);
      sec.str(e.country);
      sec.template pod<std::uint32_t>(static_cast<std::uint32_t>(e.aliases.size()));
      for (const auto& a : e.aliases) sec.str(a);
    }
  });
  // Keys sorted, so that two saves of one graph are byte-identical.
  const std::vector<Index> key_order = s.keys.sorted_order();
  section(o, [&](auto& sec) {
    for (const Index i : key_order) {
      sec.str(s.keys.key(i));
      sec.template pod<std::uint32_t>(s.keys.value(i));
    }
  });
  section(o, [&](auto& sec) {
    for (const auto& [name, d] : s.docs) {
      sec.str(d.name);
      sec.str(d.hash);
      sec.template pod<std::uint32_t>(static_cast<std::uint32_t>(d.locations.size()));
      for (const auto& l : d.locations) sec.str(l);
      for (const auto* x : {&d.title, &d.url, &d.date, &d.lang, &d.source}) sec.str(*x);
      sec.template pod<std::uint32_t>(static_cast<std::uint32_t>(d.metadata_from.size()));
      for (const auto& [k, v] : d.metadata_from) {
        sec.str(k);
        sec.str(v);
      }
      sec.str(d.copy_of);
      sec.str(d.sketch);
      sec.template pod<std::uint64_t>(d.bytes);
    }
  });
  o.array(s.rels);
  o.array(s.ev);
  o.array(s.text);
  o.raw(kEnd, 8);
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
void read_kgb(Store& s, const std::string& path, const std::shared_ptr<Mapped>& file) {
  Cursor in(file->data, file->size, path, "damaged graph file (truncated)");
  if (std::memcmp(in.take(8), kMagic, 8) != 0) in.fail("not a .kgb graph");
  const auto ver = in.pod<std::uint32_t>();
  if (ver < 1 || ver > kVersion)
    in.fail(".kgb version " + std::to_string(ver) + " is not supported (this kg reads 1 to 3)");
  if (in.pod<std::uint32_t>() != kOrder) in.fail(".kgb file written on a machine of another byte order");

  s = Store();
  s.strings.clear();
  s.string_index.clear();
  {
    Cursor c = in.section("strings");
    while (!c.done()) s.strings.push_back(c.str());
    if (s.strings.empty() || !s.strings[0].empty()) in.fail("damaged graph file (string table)");
    s.string_index.reserve(s.strings.size());
    for (Index i = 0; i < s.strings.size(); ++i) s.string_index.emplace(s.strings[i], i);
  }
  {
    Cursor c = in.section("entities");
    while (!c.done()) {
      EntityRow& e = s.ents.emplace_back();
      e.id = c.view();
      e.name = c.view();
      const auto t = c.pod<std::uint8_t>();
      if (t > static_cast<std::uint8_t>(EntityType::Unknown)) in.fail("damaged graph file (entity type)");
      e.type = static_cast<EntityType>(t);
      e.type_from_lexicon = c.pod<std::uint8_t>() != 0;
      e.country = c.view();
      const auto na = c.pod<std::uint32_t>();
      if (na) {
        e.aliases.reserve(std::min<std::size_t>(na, 1024));
        for (std::uint32_t k = 0; k < na; ++k) e.aliases.emplace_back(c.view());
      }
    }
  }
  {
    Cursor c = in.section("keys");
    // Kept as the sorted arrays it was written as: lookups binary-search them.
    BigString blob;
    blob.reserve(c.size());
    BigVec<std::uint64_t> off{0};
    BigVec<Index> val;
    std::string_view prev;
    while (!c.done()) {
      const std::string_view k = c.view();
      const auto v = c.pod<std::uint32_t>();
      if (v >= s.ents.size()) in.fail("damaged graph file (name index)");
      if (!val.empty() && !(prev < k)) in.fail("damaged graph file (name index order)");
      prev = k;
      blob.append(k);
      off.push_back(blob.size());
      val.push_back(v);
    }
    s.keys.assign_sorted(std::move(blob), std::move(off), std::move(val));
  }
  {
    Cursor c = in.section("documents");
    while (!c.done()) {
      DocumentInfo d;
      d.name = c.str();
      d.hash = c.str();
      if (ver >= 3) {
        for (auto n = c.pod<std::uint32_t>(); n > 0; --n) d.locations.push_back(c.str());
      } else if (std::string path = c.str(); !path.empty()) {  // one path, as JSON version 1
        d.locations.push_back(legacy_location(path, d.name));
      }
      for (auto* x : {&d.title, &d.url, &d.date, &d.lang, &d.source}) *x = c.str();
      if (ver >= 3) {
        for (auto n = c.pod<std::uint32_t>(); n > 0; --n) {
          std::string k = c.str();
          d.metadata_from.emplace(std::move(k), c.str());
        }
        d.copy_of = c.str();
        d.sketch = c.str();
      }
      d.bytes = c.pod<std::uint64_t>();
      std::string name = d.name;
      s.docs.emplace_hint(s.docs.end(), std::move(name), std::move(d));
    }
  }
  const bool padded = ver >= 2;
  read_array(in, s.rels, file->data, padded, "relations");
  read_array(in, s.ev, file->data, padded, "evidence");
  read_array(in, s.text, file->data, padded, "text");
  if (std::memcmp(in.take(8), kEnd, 8) != 0) in.fail("damaged graph file (no end marker)");
  if (s.rels.mapped() || s.ev.mapped() || s.text.mapped()) {
    s.mapping = file;
    // The relations and evidence are all read below; ask for them ahead.
    if (file->is_map) {
      const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
      const auto from = reinterpret_cast<std::uintptr_t>(s.rels.data()) & ~(page - 1);
      const auto to = reinterpret_cast<std::uintptr_t>(s.ev.data() + s.ev.size());
      if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_WILLNEED);
    }
  }

  // Every index, count, number and string is checked once here, so queries, writers and
  // --update can trust them: a damaged file is refused, never passed through.
  for (const auto& e : s.ents)
    if (e.id.empty() || e.name.empty()) in.fail("damaged graph file (entity without id or name)");
  const std::size_t ne = s.ents.size(), nv = s.ev.size(), ns = s.strings.size(), nt = s.text.size();
  const Column<RelRow>& rels = s.rels;  // const: reading a mapped column must not copy it
  const Column<EvRow>& ev = s.ev;
  auto is_confidence = [](double c) { return std::isfinite(c) && c >= 0 && c <= 1; };
  Index expect = 0;
  for (std::size_t i = 0; i < rels.size(); ++i) {
    const RelRow& r = rels[i];
    if (r.s >= ne || r.o >= ne || r.p >= kPredicateCount || r.ev_begin != expect || r.ev_end <= r.ev_begin ||
        r.ev_end > nv || !is_confidence(r.conf) ||
        (i > 0 && !(std::tie(rels[i - 1].s, rels[i - 1].p, rels[i - 1].o) < std::tie(r.s, r.p, r.o))))
      in.fail("damaged graph file (relation " + std::to_string(i) + ")");
    for (Index k = r.ev_begin; k < r.ev_end; ++k)
      if (ev[k].rel != i) in.fail("damaged graph file (evidence " + std::to_string(k) + " relation index)");
    expect = r.ev_end;
  }
  if (expect != nv) in.fail("damaged graph file (evidence count)");
  const std::string_view text(s.text.data(), nt);
  // A sentence starts and ends on a character boundary of valid UTF-8. (start and end are
  // offsets into the source document, only shown: the JSON and triple readers accept any,
  // so this reader does too, or a graph kg wrote would not read back; found by fuzzing.)
  auto boundary = [&](std::uint64_t off) { return off >= nt || (static_cast<unsigned char>(text[off]) & 0xC0) != 0x80; };
  for (std::size_t k = 0; k < nv; ++k) {
    const EvRow& e = ev[k];
    if (e.doc >= ns || e.date >= ns || e.sent_off > nt || e.sent_len > nt - e.sent_off ||
        !is_confidence(e.conf) || (e.flags & ~(kPlaceholder | kFromLexicon)) != 0 ||
        !boundary(e.sent_off) || !boundary(e.sent_off + e.sent_len))
      in.fail("damaged graph file (evidence " + std::to_string(k) + ")");
    if (e.flags & kFromLexicon) s.lexicon_evidence = true;
  }
  if (auto bad = text::find_invalid_utf8(text))
    in.fail("damaged graph file (invalid UTF-8 in the sentences at byte " + std::to_string(*bad) + ")");
  s.spo.clear();
  s.frozen = true;
  s.build_adjacency();
}

}  // namespace

}  // namespace kg::graph::detail
