// The inside of kg::graph::Graph (not installed; only graph/src sees it).
//
// Memory is the constraint that shaped this: a 5M-relation graph must fit in well under
// 1.5 GB and reopen in under 2 s. So facts are not objects: evidence rows are small PODs
// pointing into one text arena and into interned document/date tables, relations are PODs
// that own a contiguous run of evidence rows, and the topology is kg's own compressed
// sparse rows over 32-bit indices (Adjacency), a Boost.Graph graph through its concepts. The same arrays are written raw to .kgb.
#pragma once

#include <boost/graph/graph_traits.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/transform_iterator.hpp>

#include <sys/mman.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <functional>
#include <map>
#include <optional>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include "kg/graph/graph.hpp"
#include "kg/text.hpp"

namespace kg::graph::detail {

using Index = std::uint32_t;

// Allocator for the big arrays. Two things made reopening a large graph slow, both about
// first touching fresh memory: vectors zero-fill on resize (then fread overwrites), and 4 KB
// page faults, which are expensive in a VM. So: default-initialise, and ask for transparent
// huge pages (madvise) on anything over a few MB.
template <class T>
struct BigAlloc {
  using value_type = T;
  static constexpr std::size_t kHuge = std::size_t(2) << 20;
  BigAlloc() = default;
  template <class U>
  BigAlloc(const BigAlloc<U>&) noexcept {}
  T* allocate(std::size_t n) {
    std::size_t bytes = n * sizeof(T);
    if (bytes < 2 * kHuge) return std::allocator<T>{}.allocate(n);
    bytes = (bytes + kHuge - 1) & ~(kHuge - 1);
    void* p = nullptr;
    if (posix_memalign(&p, kHuge, bytes) != 0) throw std::bad_alloc();
    madvise(p, bytes, MADV_HUGEPAGE);
    return static_cast<T*>(p);
  }
  void deallocate(T* p, std::size_t n) noexcept {
    if (n * sizeof(T) < 2 * kHuge)
      std::allocator<T>{}.deallocate(p, n);
    else
      std::free(p);
  }
  template <class U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... A>
  void construct(U* p, A&&... a) {
    ::new (static_cast<void*>(p)) U(std::forward<A>(a)...);
  }
  friend bool operator==(const BigAlloc&, const BigAlloc&) { return true; }
};
template <class T>
using BigVec = std::vector<T, BigAlloc<T>>;
using BigString = std::basic_string<char, std::char_traits<char>, BigAlloc<char>>;

// One of the large frozen arrays (relations, evidence, sentence text): either owned, or a
// read-only view of a mapped .kgb file, so that reopening a graph neither copies them nor
// reads from disk what no query touches (the sentence text of a 5M-relation graph is
// hundreds of MB). Reads never check which; any change first copies a view into owned
// memory (the store is only changed after thaw(), which does that).
template <class T>
class Column {
 public:
  using value_type = T;
  Column() = default;
  Column(Column&& o) noexcept { *this = std::move(o); }
  Column& operator=(Column&& o) noexcept {
    if (this != &o) {
      v_ = std::move(o.v_);
      p_ = o.mapped_ ? o.p_ : v_.data();
      n_ = o.n_;
      mapped_ = o.mapped_;
      o.v_ = {};
      o.p_ = nullptr;
      o.n_ = 0;
      o.mapped_ = false;
    }
    return *this;
  }
  Column(const Column&) = delete;
  Column& operator=(const Column&) = delete;

  // A view of n elements at p, which must outlive it (Store::mapping keeps it).
  void map(const T* p, std::size_t n) {
    v_ = {};
    p_ = p;
    n_ = n;
    mapped_ = true;
  }
  bool mapped() const { return mapped_; }
  // Takes v as its (owned) content.
  void adopt(BigVec<T>&& v) {
    v_ = std::move(v);
    mapped_ = false;
    sync();
  }
  // Owned from now on (copies a view).
  void own() {
    if (!mapped_) return;
    BigVec<T> v(p_, p_ + n_);
    v_ = std::move(v);
    mapped_ = false;
    sync();
  }

  std::size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  const T* data() const { return p_; }
  const T* begin() const { return p_; }
  const T* end() const { return p_ + n_; }
  const T& back() const { return p_[n_ - 1]; }
  const T& operator[](std::size_t i) const { return p_[i]; }
  // Careful: on a non-const column this copies a view (use std::as_const to read).
  T& operator[](std::size_t i) {
    own();
    return v_[i];
  }

  void push_back(const T& x) {
    own();
    v_.push_back(x);
    sync();
  }
  void append(const T* p, std::size_t n) {
    own();
    v_.insert(v_.end(), p, p + n);
    sync();
  }
  void resize(std::size_t n) {
    own();
    v_.resize(n);
    sync();
  }
  void reserve(std::size_t n) {
    own();
    v_.reserve(n);
    sync();
  }
  void clear() {
    mapped_ = false;
    v_.clear();
    sync();
  }
  void shrink_to_fit() {
    own();
    v_.shrink_to_fit();
    sync();
  }

 private:
  void sync() {
    p_ = v_.data();
    n_ = v_.size();
  }
  BigVec<T> v_;
  const T* p_ = nullptr;
  std::size_t n_ = 0;
  bool mapped_ = false;
};
inline constexpr Index kNone = 0xFFFFFFFFu;

// Confidences as graph files keep them (6 decimals). Applied when evidence enters the
// store, so a relation's combined confidence is computed from the values that are saved
// and a reloaded graph computes the same one (save -> load -> save is byte-identical).
inline double round6(double x) { return std::round(x * 1e6) / 1e6; }

// An entity's id or name: a view of bytes the store keeps (its StrArena, or the mapped .kgb
// a reopened graph reads them from in place: reopening a million-entity graph made two
// std::strings per row, a third of its time). Reads as a std::string_view, and converts to
// a std::string where one is wanted.
class StrRef {
 public:
  StrRef() = default;
  StrRef(const char* p, std::size_t n) : p_(p), n_(static_cast<std::uint32_t>(n)) {}
  // Explicit: the bytes must outlive the view (an arena's, or the mapping's).
  explicit StrRef(std::string_view s) : StrRef(s.data(), s.size()) {}
  operator std::string_view() const { return {p_, n_}; }
  operator std::string() const { return std::string(p_, n_); }
  std::string_view view() const { return {p_, n_}; }
  const char* data() const { return p_; }
  std::size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  const char* begin() const { return p_; }
  const char* end() const { return p_ + n_; }
  friend bool operator==(StrRef a, StrRef b) { return a.view() == b.view(); }
  friend bool operator==(StrRef a, std::string_view b) { return a.view() == b; }
  friend bool operator==(std::string_view a, StrRef b) { return a == b.view(); }
  friend bool operator!=(StrRef a, StrRef b) { return a.view() != b.view(); }
  friend bool operator!=(StrRef a, std::string_view b) { return a.view() != b; }
  friend bool operator!=(std::string_view a, StrRef b) { return a != b.view(); }
  friend bool operator<(StrRef a, StrRef b) { return a.view() < b.view(); }
  friend bool operator<(StrRef a, std::string_view b) { return a.view() < b; }
  friend bool operator<(std::string_view a, StrRef b) { return a < b.view(); }
  friend bool operator>(StrRef a, StrRef b) { return a.view() > b.view(); }
  friend std::string operator+(std::string a, StrRef b) { return a.append(b.p_, b.n_); }
  friend std::string operator+(StrRef a, const std::string& b) { return std::string(a) + b; }
  friend std::string operator+(const char* a, StrRef b) { return std::string(a) + b; }
  friend std::string operator+(StrRef a, const char* b) { return std::string(a) + b; }

 private:
  const char* p_ = "";
  std::uint32_t n_ = 0;
};

// The bytes of the StrRefs a store made itself (kg load, --update, entities added to a
// reopened graph): blocks that never move, so a view stays valid as long as the store.
class StrArena {
 public:
  StrRef add(std::string_view s) {
    if (s.empty()) return {};
    if (s.size() > left_) {
      const std::size_t n = std::max(kBlock, s.size());
      blocks_.emplace_back(new char[n]);
      cur_ = blocks_.back().get();
      left_ = n;
    }
    char* p = cur_;
    std::memcpy(p, s.data(), s.size());
    cur_ += s.size();
    left_ -= s.size();
    return StrRef(p, s.size());
  }
  // a and b one after the other; returns where a starts.
  const char* add2(std::string_view a, std::string_view b) {
    const std::size_t n = a.size() + b.size();
    if (n > left_ || cur_ == nullptr) {
      const std::size_t m = std::max(kBlock, n + 1);
      blocks_.emplace_back(new char[m]);
      cur_ = blocks_.back().get();
      left_ = m;
    }
    char* p = cur_;
    std::memcpy(p, a.data(), a.size());
    std::memcpy(p + a.size(), b.data(), b.size());
    cur_ += n;
    left_ -= n;
    return p;
  }
  // Takes o's blocks (what o's views point at stays valid, now owned here).
  void absorb(StrArena&& o) {
    for (auto& b : o.blocks_) blocks_.push_back(std::move(b));
    o.blocks_.clear();
    o.cur_ = nullptr;
    o.left_ = 0;
  }

 private:
  static constexpr std::size_t kBlock = std::size_t(1) << 20;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* cur_ = nullptr;
  std::size_t left_ = 0;
};

// What few entities have (the lexicon's country, aliases) is kept apart from the row, so
// that a row is 48 bytes instead of 128: a million of them are made (and zero-filled) on
// every load and every reopening.
struct EntityExtra {
  std::string country;
  std::vector<std::string> aliases;
};

struct EntityRow {
  StrRef id;  // empty until the first freeze assigns one
  StrRef name;
  EntityType type = EntityType::Unknown;
  bool type_from_lexicon = false;  // else the type came with the facts (the articles)
  std::unique_ptr<EntityExtra> extra;  // null: no country, no alias

  EntityRow() = default;
  EntityRow(EntityRow&&) noexcept = default;
  EntityRow& operator=(EntityRow&&) noexcept = default;
  // No copies: the id and name are views of bytes their store keeps. Another store takes a
  // row with Store::add_row_copy, which copies them into its own arena.
  EntityRow(const EntityRow&) = delete;
  EntityRow& operator=(const EntityRow&) = delete;
  const std::string& country() const {
    static const std::string none;
    return extra ? extra->country : none;
  }
  const std::vector<std::string>& aliases() const {
    static const std::vector<std::string> none;
    return extra ? extra->aliases : none;
  }
  // The country and aliases, to change.
  EntityExtra& more() {
    if (!extra) extra = std::make_unique<EntityExtra>();
    return *extra;
  }
};

// One piece of evidence for one fact. In the build log `rel` indexes spo_; once frozen it
// is the relation index and rows are grouped per relation.
// Plain data without member initialisers, so arrays of them are not zero-filled before
// being read into; create one with EvRow{} to get zeros.
struct EvRow {
  Index rel;
  Index doc;    // into Store::strings
  Index date;   // into Store::strings (0 = "")
  float conf;
  std::uint64_t sent_off;
  std::uint32_t sent_len;
  std::uint32_t flags;  // kPlaceholder, kFromLexicon
  std::uint64_t start, end;
};
inline constexpr std::uint32_t kPlaceholder = 1;  // a relation read with no evidence
inline constexpr std::uint32_t kFromLexicon = 2;  // Evidence::lexicon

struct RelRow {
  Index s, o;
  Index ev_begin, ev_end;
  double conf;
  std::uint8_t p;
  std::uint8_t pad[7];  // zero (RelRow{}): written to .kgb as is
};

struct Spo {
  Index s, o;
  std::uint8_t p;
};

// The topology: kg's own compressed sparse rows over 32-bit indices. Vertex v's edges are
// positions [offsets[v], offsets[v + 1]) of `targets` (the other end) and `dir_rel`
// (relation * 2 + 1 when the edge runs subject -> object, relation * 2 the other way): one
// edge per direction of each relation, in relation order within a row. The hot loops
// (path search) index these arrays directly; everything else, and any Boost.Graph
// algorithm, goes through the BGL concepts it models (IncidenceGraph, VertexListGraph:
// see the graph_traits below), with an edge's position as the property-map key.
// The arrays are columns: built in memory, or views of a mapped .kgb (version 4 stores
// them, so reopening does not rebuild them).
struct Adjacency {
  Column<std::uint32_t> offsets;  // num_vertices() + 1
  Column<Index> targets;
  Column<std::uint32_t> dir_rel;
  std::size_t num_vertices() const { return offsets.empty() ? 0 : offsets.size() - 1; }
  std::uint32_t begin(Index v) const { return offsets[v]; }
  std::uint32_t end(Index v) const { return offsets[v + 1]; }
  std::uint32_t degree(Index v) const { return offsets[v + 1] - offsets[v]; }
};

// BGL descriptors: a vertex is its index; an edge is (source, position).
struct AdjEdge {
  Index src = 0;
  std::uint32_t pos = 0;
  friend bool operator==(const AdjEdge& a, const AdjEdge& b) { return a.pos == b.pos; }
  friend bool operator!=(const AdjEdge& a, const AdjEdge& b) { return a.pos != b.pos; }
};
struct AdjEdgeAt {
  Index src = 0;
  AdjEdge operator()(std::uint32_t pos) const { return AdjEdge{src, pos}; }
};
using AdjOutEdgeIter = boost::transform_iterator<AdjEdgeAt, boost::counting_iterator<std::uint32_t>, AdjEdge, AdjEdge>;
using AdjVertexIter = boost::counting_iterator<Index>;

inline std::pair<AdjOutEdgeIter, AdjOutEdgeIter> out_edges(Index v, const Adjacency& g) {
  return {AdjOutEdgeIter(boost::counting_iterator<std::uint32_t>(g.begin(v)), AdjEdgeAt{v}),
          AdjOutEdgeIter(boost::counting_iterator<std::uint32_t>(g.end(v)), AdjEdgeAt{v})};
}
inline std::uint32_t out_degree(Index v, const Adjacency& g) { return g.degree(v); }
inline Index source(const AdjEdge& e, const Adjacency&) { return e.src; }
inline Index target(const AdjEdge& e, const Adjacency& g) { return g.targets[e.pos]; }
inline std::pair<AdjVertexIter, AdjVertexIter> vertices(const Adjacency& g) {
  return {AdjVertexIter(0), AdjVertexIter(static_cast<Index>(g.num_vertices()))};
}
inline std::size_t num_vertices(const Adjacency& g) { return g.num_vertices(); }

// The location of a document that graph files before JSON version 2 / .kgb version 3
// described by one path: the path, or "corpus.jsonl#name" for an article of a JSONL corpus.
std::string legacy_location(const std::string& path, const std::string& name);

// text::name_key, faster for ASCII names (most of them).
std::string key_of(std::string_view s);
// The same into `out` (reused: no allocation once it has grown).
void key_into(std::string_view s, std::string& out);

// The name index: name key -> entity. Keys live in one arena, so a million-entity graph
// costs a few tens of bytes per key instead of a heap node and a heap string (node-based
// maps held ~100 bytes per key, and freeing them did not give the memory back). Lookups
// probe an open-addressing table of entry numbers; an index read from a .kgb arrives
// sorted and is binary-searched until something is added (no table to build on reopen).
class KeyIndex {
 public:
  KeyIndex() { off_.push_back(0); }
  std::size_t size() const { return val_.size(); }
  std::optional<Index> find(std::string_view k) const;
  // Adds k -> v unless k is already there (then the old value stays, like emplace).
  void emplace(std::string_view k, Index v) { emplace(k, hash(k), v); }
  // The same with k's hash (hash(k)) known.
  void emplace(std::string_view k, std::size_t h, Index v);
  static std::size_t hash(std::string_view k) { return std::hash<std::string_view>{}(k); }
  // Room for `entries` more keys of `bytes` in all, so that adding them does not regrow the arrays.
  void reserve(std::size_t entries, std::size_t bytes);
  // Every value v becomes perm[v].
  void remap(const std::vector<Index>& perm);
  std::string_view key(std::size_t i) const {
    return std::string_view(blob_.data() + off_[i], off_[i + 1] - off_[i]);
  }
  Index value(std::size_t i) const { return val_[i]; }
  // Entry numbers in key order (for writing).
  std::vector<Index> sorted_order() const;
  // Takes a sorted, duplicate-free index (as written to .kgb).
  void assign_sorted(BigVec<char> blob, BigVec<std::uint64_t> off, BigVec<Index> val);
  // The same as columns (views of a mapped .kgb, version 4): off has size() + 1 entries.
  void assign_sorted(Column<char>&& blob, Column<std::uint64_t>&& off, Column<Index>&& val);
  // Copies views into owned memory (before the mapping goes).
  void own() {
    blob_.own();
    off_.own();
    val_.own();
  }
  std::size_t blob_size() const { return blob_.size(); }
  void clear() { *this = KeyIndex(); }

 private:
  void rehash(std::size_t slots);
  Column<char> blob_;
  Column<std::uint64_t> off_;  // size() + 1 offsets into blob_
  Column<Index> val_;
  BigVec<std::uint32_t> table_;  // entry + 1, 0 = empty; power-of-two size, at most half full
  bool sorted_only_ = false;     // no table_: binary search over sorted entries
};

// The name index while a stream of triples is added (Graph::add_triples): the names of a
// block of triples are keyed and looked up on the thread that parsed it, not on the one that
// adds the triples (there, two lookups per triple were most of kg load: cache misses in the
// hash table, the key bytes and the entity rows). Keys are interned into shards (by hash,
// a lock each) as numbered entries, tokens; which entity a token names is decided on the
// adding thread, in stream order (state()), so entities are numbered, named and typed
// exactly as add_triple one triple at a time does. Store::end_bulk() turns it back into
// the KeyIndex, entries in the order they were given an entity (as the KeyIndex had them).
class NameShards {
 public:
  static constexpr unsigned kShardBits = 6;
  static constexpr std::uint32_t kNameIsFirst = 1;  // the entity's name is the token's first surface
  static constexpr std::uint32_t kTyped = 2;        // the entity's type is known (not Unknown)
  struct State {
    Index ent = kNone;
    std::uint32_t flags = 0;
  };
  NameShards();
  // The token of key k (hash: KeyIndex's hash of k), interned with `surface` (the name as
  // written) when new; `first` tells whether `surface` is the one the key was interned with.
  // Any thread.
  std::uint32_t intern(std::string_view k, std::size_t hash, std::string_view surface, bool& first);
  // Hints that k is to be interned soon: a lookup is two dependent cache misses (its table
  // slot, then the record the slot points at), so a thread with many names asks for the
  // slots of a group (stage 0), then for their records (stage 1), then interns them, and
  // the misses of the group overlap instead of following each other. Any thread; changes
  // nothing.
  void prefetch(std::size_t hash, int stage) const;
  // The token of k if interned, else kNone. Any thread.
  std::uint32_t find(std::string_view k, std::size_t hash) const;
  std::string_view key(std::uint32_t token) const;
  // The adding thread only: the entity of a token, and what is known of it.
  State& state(std::uint32_t token) {
    auto& st = shards_[token & kMask].state;
    const std::size_t i = token >> kShardBits;
    if (i >= st.size()) st.resize(std::max<std::size_t>(i + 1, st.size() * 2));
    return st[i];
  }
  // The same, when the token's state is to be read soon (the adding thread only).
  void prefetch_state(std::uint32_t token) const {
    const auto& st = shards_[token & kMask].state;
    const std::size_t i = token >> kShardBits;
    if (i < st.size()) __builtin_prefetch(&st[i]);
  }
  std::vector<std::uint32_t> assigned;  // tokens in the order they were given an entity

 private:
  static constexpr std::uint32_t kMask = (1u << kShardBits) - 1;
  // A shard's names are records in one byte array, 4-byte aligned: entry number, key
  // length, surface length (u32 each), the key's bytes, the surface's. The table points at
  // records, not at entry numbers, so that a lookup reads the slot and the record (the key
  // beside its length), not a third array in between.
  struct Shard {
    mutable std::mutex m;
    std::vector<char> bytes;           // the records
    std::vector<std::uint32_t> at;     // entry -> its record's offset in bytes / 4
    std::vector<std::uint64_t> table;  // (hash >> 32) << 32 | (record offset / 4 + 1); 0 = empty; at most half full
    std::vector<State> state;          // the adding thread's
  };
  std::unique_ptr<Shard[]> shards_;
  struct Record {
    std::uint32_t entry, klen, slen;
  };
  static Record record(const Shard& sh, std::uint32_t at4) {
    Record r;
    std::memcpy(&r, sh.bytes.data() + std::size_t(at4) * 4, sizeof r);
    return r;
  }
  static const char* record_key(const Shard& sh, std::uint32_t at4) {
    return sh.bytes.data() + std::size_t(at4) * 4 + sizeof(Record);
  }
  // Key k's place in a shard's (non-empty) table, hi its hash's high bits: the slot and its
  // record offset / 4 + 1, or the empty slot where k goes and 0. The caller holds the shard's lock.
  static std::pair<std::size_t, std::uint32_t> probe(const Shard& sh, std::string_view k, std::uint64_t hi);
  static std::uint32_t token(std::size_t entry, std::size_t hash) {
    return static_cast<std::uint32_t>(entry << kShardBits | (hash & kMask));
  }
};

// A buffered writer that writes each full buffer on a thread of its own while the next one
// fills: at 5M triples, writing to the page cache (the temporary files, the .kgb) took about
// as long as making what is written, on the one thread that makes it.
class WriteBehind {
 public:
  // Writes n bytes at p, on the writer's thread (or the caller's when no thread can be
  // had); throws on an error, which the next append() or drain() throws again.
  using Sink = std::function<void(const char* p, std::size_t n)>;
  explicit WriteBehind(Sink sink) : sink_(std::move(sink)) {}
  ~WriteBehind();  // waits for the write in flight (its error dropped)
  WriteBehind(const WriteBehind&) = delete;
  WriteBehind& operator=(const WriteBehind&) = delete;
  void append(const char* p, std::size_t n);
  // Everything appended written.
  void drain() {
    flush();
    wait();
  }

 private:
  static constexpr std::size_t kBuffer = std::size_t(4) << 20;
  void flush();  // hands the buffer to a writer (after the write before it is done)
  void wait();   // the write in flight done; its error thrown here
  Sink sink_;
  std::string buf_, back_;  // filling; being written (by writer_)
  std::thread writer_;
  std::exception_ptr error_;  // writer_'s
};

// An unlinked temporary file that holds one of a large build's arrays instead of the
// process's memory. The sentence text is most of what a big kg load holds (a third of its
// peak at 5M triples) and is read back only to compare the sentences of one fact and to be
// written out; freeze() writes the evidence rows there in their final order. Appends are
// written behind (WriteBehind); map() writes what is buffered and maps the file read-only,
// so a column views it like a mapped .kgb: the pages read come from the page cache
// (reclaimable, and not the process's own), and writing a .kgb drops them again as it goes.
class SpillFile {
 public:
  // nullptr when no temporary file can be made ($TMPDIR, else /tmp): the text stays in memory.
  static std::shared_ptr<SpillFile> create();
  ~SpillFile();
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;
  std::uint64_t size() const { return size_; }
  // Unmaps first (a view from map() is then stale). kg::OutputError when the disk is full.
  void append(const char* p, std::size_t n);
  // The whole file, mapped read-only; valid until the next append() or unmap().
  const char* map();
  void unmap();
  // Whether [p, p + n) lies in the current mapping (its pages may be dropped: they are the file's).
  bool holds(const void* p, std::size_t n) const {
    const char* c = static_cast<const char*>(p);
    return map_ != nullptr && c >= static_cast<const char*>(map_) && c + n <= static_cast<const char*>(map_) + map_len_;
  }

 private:
  SpillFile(int fd, std::string dir) : fd_(fd), dir_(std::move(dir)) {}
  void write_all(const char* p, std::size_t n) const;
  int fd_ = -1;
  std::string dir_;
  std::uint64_t size_ = 0;  // appended: written + being written + buffered
  WriteBehind out_{[this](const char* p, std::size_t n) { write_all(p, n); }};
  void* map_ = nullptr;
  std::size_t map_len_ = 0;
};

// Gives the whole pages inside [p, p + n) back to the system (madvise): a file mapping reads
// them from the file again when touched, anonymous memory reads zeros (so: only for data
// that is never read again).
void discard_pages(const void* p, std::size_t n);

// Sentence text larger than this goes to a SpillFile when the builder says it is coming (reserve()).
inline constexpr std::size_t kSpillTextBytes = std::size_t(64) << 20;

// The documents, compact: each DocumentInfo is one record in an arena, encoded as the .kgb
// documents section encodes it (strings as u32 length + bytes, then counts and a u64), and
// records are kept in name order once frozen. A 5M-triple load cites 200k documents: as
// std::map<std::string, DocumentInfo> nodes they took about 450 bytes each, as records
// about 80; and a reopened .kgb's documents section is used in place, not decoded.
class DocTable {
 public:
  std::size_t size() const;
  bool empty() const { return size() == 0; }
  // Adds d, or replaces the document of that name.
  void put(const DocumentInfo& d);
  // Name order, each name once (the last put wins), the arena compacted (freeze()).
  void sort();
  bool sorted() const { return sorted_; }
  // A sorted table's records, in name order: the .kgb documents section as is.
  std::size_t records() const { return off_.size() - 1; }
  std::string_view record(std::size_t i) const {
    return std::string_view(blob_.data() + off_[i], off_[i + 1] - off_[i]);
  }
  std::string_view name(std::size_t i) const;  // record i's name, as record(i)
  static DocumentInfo decode(std::string_view record);
  // Every document in name order.
  template <class F>
  void for_each(F&& f) const {
    for (const std::size_t i : order()) f(decode(record(i)));
  }
  std::vector<DocumentInfo> all() const;
  // A sorted, duplicate-free section (a mapped .kgb's): record i is [off[i], off[i + 1]).
  void assign_sorted(Column<char>&& blob, BigVec<std::uint64_t>&& off);
  // Copies a view into owned memory (before the mapping goes).
  void own() { blob_.own(); }

 private:
  std::vector<std::size_t> order() const;  // record numbers in name order (last put wins)
  Column<char> blob_;
  BigVec<std::uint64_t> off_{0};  // record i is [off_[i], off_[i + 1]) of blob_ (in put order)
  bool sorted_ = true;
};

// A document as the .kgb documents section writes it, read through `r` (its pod<T>() and
// str()): the DocTable's records (version 3 on), or a file's section of any version
// (before 3: one path, no metadata sources, copy or sketch).
template <class R>
DocumentInfo read_document(R& r, std::uint32_t version) {
  DocumentInfo d;
  d.name = r.str();
  d.hash = r.str();
  if (version >= 3) {
    for (auto n = r.template pod<std::uint32_t>(); n > 0; --n) d.locations.push_back(r.str());
  } else if (std::string p = r.str(); !p.empty()) {  // one path, as JSON version 1
    d.locations.push_back(legacy_location(p, d.name));
  }
  for (auto* x : {&d.title, &d.url, &d.date, &d.lang, &d.source}) *x = r.str();
  if (version >= 3) {
    for (auto n = r.template pod<std::uint32_t>(); n > 0; --n) {
      std::string k = r.str();
      d.metadata_from.emplace(std::move(k), r.str());
    }
    d.copy_of = r.str();
    d.sketch = r.str();
  }
  d.bytes = r.template pod<std::uint64_t>();
  return d;
}

struct Store {
  // ---- entities and the name index
  BigVec<EntityRow> ents;  // huge pages: a million rows are 48 MB, reserved when read
  StrArena names;          // the ids and names of `ents` that are not views of `mapping`
  KeyIndex keys;           // name_key(name|alias|id) -> entity
  std::unique_ptr<NameShards> bulk;  // set: the name index is this, not `keys` (add_triples)
  std::string keybuf;      // scratch for key_into while building

  // ---- facts
  Column<EvRow> ev;
  BigVec<Spo> spo;        // build log only: one per ev row
  Column<RelRow> rels;    // frozen only
  Column<char> text;      // sentence arena (a view of `spill` when frozen, empty while building)
  std::shared_ptr<SpillFile> spill;      // set: the sentence text lives in this file
  std::shared_ptr<SpillFile> ev_spill;   // set: `ev` views this file (freeze() of a spilled build)
  std::string last_sentence;             // with spill, while building: the sentence of ev.back()
  std::shared_ptr<const void> mapping;  // the .kgb file the columns may view
  std::string source;                    // the file read, for errors found after reading
  bool text_checked = true;              // false: sentences are checked when read (sentence())
  std::vector<std::string> strings;  // docs and dates; [0] = ""
  Index recent_[2] = {0, 0};         // the last two strings interned (intern())
  unsigned recent_next_ = 0;
  std::unordered_map<std::string, Index> string_index;
  DocTable docs;

  // Some evidence row was read or appended with kFromLexicon (it may have lost the flag
  // since): false means no fact is the lexicon's alone, so maps that leave the lexicon's
  // facts out lose nothing to it (make_view).
  // (Known once the evidence is checked: check_evidence().)
  mutable bool lexicon_evidence = false;

  // ---- frozen topology
  bool frozen = true;
  Adjacency adj;

  Store();

  // build
  Index intern(std::string_view s);
  Index entity_for(const Entity& e);
  Index add_entity_record(const EntityRecord& r, std::string id = {});
  // Triples with their names' tokens (tags of NameShards::intern: token * 2 + first, or
  // kBadName), in stream order: what add_triple does, the names resolved through `bulk`.
  static constexpr std::uint64_t kBadName = ~std::uint64_t(0);
  void begin_bulk();
  void end_bulk();
  // The tag of one name (any thread; bulk is set).
  std::uint64_t name_tag(std::string_view name, std::string& scratch) const;
  // The tags of n names at once (name_tag of each, in order; any thread): the cache misses
  // of their lookups overlap (NameShards::prefetch), which made them 2 to 3 times faster.
  void name_tags(const std::string* const* names, std::size_t n, std::uint64_t* tags) const;
  Index entity_for(const Entity& e, std::uint64_t tag);
  std::optional<Index> find_key(std::string_view key) const;
  // A row of another store, as it is (its id and name copied into this store's arena).
  Index add_row_copy(const EntityRow& r);
  void add_key(std::string_view surface, Index e);
  void append(Index s, Predicate p, Index o, const Evidence& evd, double conf, bool placeholder = false);
  void thaw();
  void freeze();
  // From now on the sentence text goes to a temporary file (SpillFile), if one can be made.
  void spill_text();
  void build_adjacency();

  // read (frozen)
  std::string_view str(Index i) const { return strings[i]; }
  // A sentence of a reopened .kgb is checked (valid UTF-8) when first read, not when the
  // file is opened: the sentence text is most of a graph file and most commands read
  // little of it. A damaged one is an InputError naming the file.
  std::string_view sentence(const EvRow& r) const {
    const std::string_view s(text.data() + r.sent_off, r.sent_len);
    if (!text_checked && text::find_invalid_utf8(s)) damaged_text(r);
    return s;
  }
  [[noreturn]] void damaged_text(const EvRow& r) const;
  // A reopened .kgb's evidence rows are checked when first read, not when the file is
  // opened: they are its largest array after the text (240 MB at 5M relations), and reading
  // them all was most of opening it. So every reader of `ev` (or of lexicon_evidence) calls
  // this first; a damaged row is an InputError naming the file, then and at each later call.
  void check_evidence() const {
    if (ev_check_ && !ev_check_->done.load(std::memory_order_acquire)) check_evidence_now();
  }
  // The evidence rows are to be checked (read_kgb).
  void evidence_unchecked() { ev_check_ = std::make_unique<EvidenceCheck>(); }
  // Checks all the sentence text at once (before the store changes).
  void check_text();
  Evidence evidence(const EvRow& r) const;
  EntityInfo entity_info(Index v) const;
  RelationInfo relation_info(Index r) const;
  // The same as the news stood in `dates`: only the evidence in range, its confidence
  // combined from that evidence as freeze() combines a relation's (story: stories()).
  RelationInfo relation_info(Index r, const text::DateRange& dates, const std::vector<Index>& story) const;
  // The story of each document by string index (a document and its near-duplicate copies,
  // DocumentInfo::copy_of, count under the first one's index; one whose first document
  // cites nothing here gets a number past the string table).
  std::vector<Index> stories() const;
  // The confidence of a fact with these evidence rows: kg::combined_confidence over
  // (story, document, confidence). `weighed` is scratch.
  static double confidence(const EvRow* begin, const EvRow* end, const std::vector<Index>& story,
                           std::vector<WeighedEvidence>& weighed);
  std::optional<Index> find(std::string_view name) const;
  Index require(std::string_view name) const;

 private:
  struct EvidenceCheck {
    std::mutex m;
    std::atomic<bool> done{false};
  };
  void check_evidence_now() const;
  std::unique_ptr<EvidenceCheck> ev_check_;  // null: nothing to check

 public:
  Predicate pred(Index r) const { return static_cast<Predicate>(rels[r].p); }
  bool symmetric(Index r) const { return is_symmetric(pred(r)); }
  std::size_t evidence_count(Index r) const;
  // Whether some evidence row of r lies in the time slice.
  bool in_range(Index r, const text::DateRange& dates) const;
};

}  // namespace kg::graph::detail

namespace boost {
// kg::graph::detail::Adjacency as a Boost.Graph graph (directed rows; each relation is in
// the rows of both its ends, so algorithms see the undirected graph kg queries walk).
template <>
struct graph_traits<kg::graph::detail::Adjacency> {
  using vertex_descriptor = kg::graph::detail::Index;
  using edge_descriptor = kg::graph::detail::AdjEdge;
  using out_edge_iterator = kg::graph::detail::AdjOutEdgeIter;
  using vertex_iterator = kg::graph::detail::AdjVertexIter;
  using directed_category = directed_tag;
  using edge_parallel_category = allow_parallel_edge_tag;
  struct traversal_category : incidence_graph_tag, vertex_list_graph_tag {};
  using vertices_size_type = std::size_t;
  using edges_size_type = std::size_t;
  using degree_size_type = std::uint32_t;
  using adjacency_iterator = void;
  using in_edge_iterator = void;
  using edge_iterator = void;
  static vertex_descriptor null_vertex() { return kg::graph::detail::kNone; }
};
}  // namespace boost
