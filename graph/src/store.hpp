// The inside of kg::graph::Graph (not installed; only graph/src sees it).
//
// Memory is the constraint that shaped this: a 5M-relation graph must fit in well under
// 1.5 GB and reopen in under 2 s. So facts are not objects: evidence rows are small PODs
// pointing into one text arena and into interned document/date tables, relations are PODs
// that own a contiguous run of evidence rows, and the topology is a Boost
// compressed_sparse_row_graph over 32-bit indices. The same arrays are written raw to .kgb.
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <map>
#include <new>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/graph/graph.hpp"

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
inline constexpr Index kNone = 0xFFFFFFFFu;

struct EntityRow {
  std::string id;  // empty until the first freeze assigns one
  std::string name;
  EntityType type = EntityType::Unknown;
  bool type_from_lexicon = false;
  std::string country;
  std::vector<std::string> aliases;
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
  std::uint32_t flags;  // kPlaceholder: a relation read with no evidence
  std::uint64_t start, end;
};
inline constexpr std::uint32_t kPlaceholder = 1;

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

// One CSR edge per direction of each relation: dir_rel = rel * 2 + (1 if subject->object).
struct EdgeB {
  std::uint32_t dir_rel = 0;
};
using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, EdgeB,
                                               boost::no_property, std::uint32_t, std::uint32_t>;

// text::name_key, faster for ASCII names (most of them).
std::string key_of(std::string_view s);

struct Store {
  // ---- entities and the name index
  std::vector<EntityRow> ents;
  std::unordered_map<std::string, Index> key_index;  // name_key(name|alias|id) -> entity
  // The same index as sorted arrays, as read from a .kgb (no per-key allocation, so a
  // million-entity graph opens fast); moved into key_index when the graph is modified.
  BigString key_blob;
  BigVec<std::uint64_t> key_off;  // n + 1 offsets into key_blob
  BigVec<Index> key_val;
  std::unordered_map<std::string, Index> exact;      // exact surface string -> entity (cache)

  // ---- facts
  BigVec<EvRow> ev;
  BigVec<Spo> spo;        // build log only: one per ev row
  BigVec<RelRow> rels;    // frozen only
  BigString text;         // sentence arena
  std::vector<std::string> strings;  // docs and dates; [0] = ""
  std::unordered_map<std::string, Index> string_index;
  std::map<std::string, DocumentInfo> docs;

  // ---- frozen topology
  bool frozen = true;
  Csr csr;

  Store();

  // build
  Index intern(std::string_view s);
  Index entity_for(const Entity& e);
  Index add_entity_record(const EntityRecord& r, std::string id = {});
  void add_key(std::string_view surface, Index e);
  void append(Index s, Predicate p, Index o, const Evidence& evd, double conf, bool placeholder = false);
  void thaw();
  void freeze();
  void build_csr();

  // read (frozen)
  std::string_view str(Index i) const { return strings[i]; }
  std::string_view sentence(const EvRow& r) const { return std::string_view(text).substr(r.sent_off, r.sent_len); }
  Evidence evidence(const EvRow& r) const;
  EntityInfo entity_info(Index v) const;
  RelationInfo relation_info(Index r) const;
  std::optional<Index> find(std::string_view name) const;
  Index require(std::string_view name) const;
  Predicate pred(Index r) const { return static_cast<Predicate>(rels[r].p); }
  bool symmetric(Index r) const { return is_symmetric(pred(r)); }
  std::size_t evidence_count(Index r) const;
  // Best evidence row of a relation (highest confidence, then doc, then start).
  Index best_ev(Index r) const;
  // Evidence rows of r dated within [since, as_of] (empty bounds = open).
  bool in_range(Index r, const std::string& since, const std::string& as_of) const;
};

}  // namespace kg::graph::detail
