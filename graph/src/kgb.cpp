// .kgb layout (all integers native little-endian):
//   "KGGRAPHB" u32 version(1) u32 0x01020304
//   section strings   : u64 bytes, then per string u32 len + bytes        (docs, dates)
//   section entities  : u64 bytes, then per entity id, name, u8 type, u8 lexicon,
//                       country, u32 n + aliases (strings as u32 len + bytes)
//   section keys      : u64 bytes, then per key: string + u32 entity   (the name index)
//   section documents : u64 bytes, then per document 8 strings + u64 bytes
//   u64 n + RelRow[n]   u64 n + EvRow[n]   u64 n + sentence arena
//   "KGBEND00"
// Each variable section is read into one buffer and parsed from memory; the large
// arrays are read straight into their vectors.
#include "kgb.hpp"

#include <cstdio>
#include <cstring>
#include <memory>
#include <type_traits>

#include "kg/error.hpp"
#include "kg/io.hpp"
#include "store.hpp"

namespace kg::graph::detail {
namespace {

constexpr char kMagic[8] = {'K', 'G', 'G', 'R', 'A', 'P', 'H', 'B'};
constexpr char kEnd[8] = {'K', 'G', 'B', 'E', 'N', 'D', '0', '0'};
constexpr std::uint32_t kVersion = 1, kOrder = 0x01020304;
static_assert(std::is_trivially_copyable_v<RelRow> && std::is_trivially_copyable_v<EvRow>);

class Out {
 public:
  explicit Out(std::ostream& os) : os_(os) {}
  void raw(const void* p, std::size_t n) { os_.write(static_cast<const char*>(p), static_cast<std::streamsize>(n)); }
  template <class T>
  void pod(const T& v) { raw(&v, sizeof v); }
  template <class V>
  void array(const V& v) {
    pod<std::uint64_t>(v.size());
    raw(v.data(), v.size() * sizeof(typename V::value_type));
  }

 private:
  std::ostream& os_;
};

// A section assembled in memory, written with its byte size first.
struct Section {
  std::string b;
  void str(std::string_view s) {
    const auto n = static_cast<std::uint32_t>(s.size());
    b.append(reinterpret_cast<const char*>(&n), 4);
    b.append(s);
  }
  template <class T>
  void pod(const T& v) { b.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void write(Out& o) const {
    o.pod<std::uint64_t>(b.size());
    o.raw(b.data(), b.size());
  }
};

class In {
 public:
  In(std::string path) : path_(std::move(path)), f_(std::fopen(path_.c_str(), "rb"), &std::fclose) {
    if (!f_) throw InputError(path_ + ": cannot open");
  }
  [[noreturn]] void fail(const std::string& why) const { throw InputError(path_ + ": " + why); }
  void raw(void* p, std::size_t n) {
    if (n && std::fread(p, 1, n, f_.get()) != n) fail("truncated .kgb file");
  }
  template <class T>
  T pod() {
    T v;
    raw(&v, sizeof v);
    return v;
  }
  std::uint64_t count(std::size_t elem, const char* what) {
    const auto n = pod<std::uint64_t>();
    if (elem && n > (std::uint64_t(1) << 40) / elem) fail(std::string("corrupt .kgb file (") + what + " count)");
    return n;
  }
  template <class V>
  void array(V& v, const char* what) {
    using T = typename V::value_type;
    const auto n = count(sizeof(T), what);
    v.resize(n);
    raw(v.data(), n * sizeof(T));
  }
  BigString section(const char* what) {
    BigString b(count(1, what), '\0');
    raw(b.data(), b.size());
    return b;
  }

 private:
  std::string path_;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f_;
};

// Parses a section from memory; any overrun means a corrupt file.
class Cursor {
 public:
  Cursor(const BigString& b, const In& in) : b_(b), in_(in) {}
  bool done() const { return pos_ == b_.size(); }
  template <class T>
  T pod() {
    if (b_.size() - pos_ < sizeof(T)) in_.fail("corrupt .kgb file (section overrun)");
    T v;
    std::memcpy(&v, b_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return v;
  }
  std::string_view view() {
    const auto n = pod<std::uint32_t>();
    if (b_.size() - pos_ < n) in_.fail("corrupt .kgb file (string overrun)");
    std::string_view s(b_.data() + pos_, n);
    pos_ += n;
    return s;
  }
  std::string str() {
    const auto n = pod<std::uint32_t>();
    if (b_.size() - pos_ < n) in_.fail("corrupt .kgb file (string overrun)");
    std::string s(b_.data() + pos_, n);
    pos_ += n;
    return s;
  }

 private:
  const BigString& b_;
  const In& in_;
  std::size_t pos_ = 0;
};

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
  {
    Section sec;
    for (const auto& x : s.strings) sec.str(x);
    sec.write(o);
  }
  {
    Section sec;
    for (const auto& e : s.ents) {
      sec.str(e.id);
      sec.str(e.name);
      sec.pod<std::uint8_t>(static_cast<std::uint8_t>(e.type));
      sec.pod<std::uint8_t>(e.type_from_lexicon ? 1 : 0);
      sec.str(e.country);
      sec.pod<std::uint32_t>(static_cast<std::uint32_t>(e.aliases.size()));
      for (const auto& a : e.aliases) sec.str(a);
    }
    sec.write(o);
  }
  {
    // Sorted so that two saves of one graph are byte-identical.
    std::vector<std::pair<std::string_view, Index>> keys(s.key_index.begin(), s.key_index.end());
    for (std::size_t i = 0; i < s.key_val.size(); ++i)
      keys.emplace_back(std::string_view(s.key_blob).substr(s.key_off[i], s.key_off[i + 1] - s.key_off[i]),
                        s.key_val[i]);
    std::sort(keys.begin(), keys.end());
    Section sec;
    for (const auto& [k, v] : keys) {
      sec.str(k);
      sec.pod<std::uint32_t>(v);
    }
    sec.write(o);
  }
  {
    Section sec;
    for (const auto& [name, d] : s.docs) {
      for (const auto* x : {&d.name, &d.hash, &d.path, &d.title, &d.url, &d.date, &d.lang, &d.source}) sec.str(*x);
      sec.pod<std::uint64_t>(d.bytes);
    }
    sec.write(o);
  }
  o.array(s.rels);
  o.array(s.ev);
  o.pod<std::uint64_t>(s.text.size());
  o.raw(s.text.data(), s.text.size());
  o.raw(kEnd, 8);
  f.commit();
}

void read_kgb(Store& s, const std::string& path) {
  In in(path);
  char m[8];
  in.raw(m, 8);
  if (std::memcmp(m, kMagic, 8) != 0) in.fail("not a .kgb graph");
  const auto ver = in.pod<std::uint32_t>();
  if (ver != kVersion) in.fail(".kgb version " + std::to_string(ver) + " is not supported (this kg reads 1)");
  if (in.pod<std::uint32_t>() != kOrder) in.fail(".kgb file written on a machine of another byte order");

  s = Store();
  s.strings.clear();
  s.string_index.clear();
  {
    const BigString b = in.section("strings");
    Cursor c(b, in);
    while (!c.done()) s.strings.push_back(c.str());
    if (s.strings.empty() || !s.strings[0].empty()) in.fail("corrupt .kgb file (string table)");
    s.string_index.reserve(s.strings.size());
    for (Index i = 0; i < s.strings.size(); ++i) s.string_index.emplace(s.strings[i], i);
  }
  {
    const BigString b = in.section("entities");
    Cursor c(b, in);
    while (!c.done()) {
      EntityRow e;
      e.id = c.str();
      e.name = c.str();
      const auto t = c.pod<std::uint8_t>();
      if (t > static_cast<std::uint8_t>(EntityType::Unknown)) in.fail("corrupt .kgb file (entity type)");
      e.type = static_cast<EntityType>(t);
      e.type_from_lexicon = c.pod<std::uint8_t>() != 0;
      e.country = c.str();
      const auto na = c.pod<std::uint32_t>();
      e.aliases.reserve(na);
      for (std::uint32_t k = 0; k < na; ++k) e.aliases.push_back(c.str());
      s.ents.push_back(std::move(e));
    }
  }
  {
    const BigString b = in.section("keys");
    Cursor c(b, in);
    // Kept as the sorted arrays it was written as: lookups binary-search them.
    s.key_off.push_back(0);
    while (!c.done()) {
      const std::string_view k = c.view();
      const auto v = c.pod<std::uint32_t>();
      if (v >= s.ents.size()) in.fail("corrupt .kgb file (name index)");
      if (!s.key_val.empty() &&
          !(std::string_view(s.key_blob).substr(s.key_off[s.key_off.size() - 2]) < k))
        in.fail("corrupt .kgb file (name index order)");
      s.key_blob.append(k);
      s.key_off.push_back(s.key_blob.size());
      s.key_val.push_back(v);
    }
  }
  {
    const BigString b = in.section("documents");
    Cursor c(b, in);
    while (!c.done()) {
      DocumentInfo d;
      for (auto* x : {&d.name, &d.hash, &d.path, &d.title, &d.url, &d.date, &d.lang, &d.source}) *x = c.str();
      d.bytes = c.pod<std::uint64_t>();
      s.docs[d.name] = std::move(d);
    }
  }
  in.array(s.rels, "relations");
  in.array(s.ev, "evidence");
  s.text.resize(in.count(1, "text"));
  in.raw(s.text.data(), s.text.size());
  in.raw(m, 8);
  if (std::memcmp(m, kEnd, 8) != 0) in.fail("corrupt .kgb file (no end marker)");

  // Every index is checked once here so queries can trust them.
  const std::size_t ne = s.ents.size(), nv = s.ev.size(), ns = s.strings.size();
  Index expect = 0;
  for (const auto& r : s.rels) {
    if (r.s >= ne || r.o >= ne || r.p >= std::size(kPredicates) || r.ev_begin != expect || r.ev_end < r.ev_begin ||
        r.ev_end > nv)
      in.fail("corrupt .kgb file (relation)");
    expect = r.ev_end;
  }
  if (expect != nv) in.fail("corrupt .kgb file (evidence count)");
  for (const auto& e : s.ev)
    if (e.doc >= ns || e.date >= ns || e.sent_off > s.text.size() || e.sent_len > s.text.size() - e.sent_off)
      in.fail("corrupt .kgb file (evidence)");
  s.spo.clear();
  s.frozen = true;
  s.build_csr();
}

}  // namespace kg::graph::detail
