// The inside of kg::graph::Graph (not installed; only graph/src sees it).
//
// Memory is the constraint that shaped this: a 5M-relation graph must fit in well under
// 1.5 GB and reopen in under 2 s. So facts are not objects: evidence rows are small PODs
// pointing into one text arena and into interned document/date tables, relations are PODs
// that own a contiguous run of evidence rows, and the topology is a Boost
// compressed_sparse_row_graph over 32-bit indices. The same arrays are written raw to .kgb.
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/graph/graph.hpp"

namespace kg::graph::detail {

using Index = std::uint32_t;
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
struct EvRow {
  Index rel = 0;
  Index doc = 0;    // into Store::strings_
  Index date = 0;   // into Store::strings_ (0 = "")
  float conf = 1;
  std::uint64_t sent_off = 0;
  std::uint32_t sent_len = 0;
  std::uint32_t flags = 0;  // kPlaceholder: a relation read with no evidence
  std::uint64_t start = 0, end = 0;
};
inline constexpr std::uint32_t kPlaceholder = 1;

struct RelRow {
  Index s = 0, o = 0;
  Index ev_begin = 0, ev_end = 0;
  double conf = 0;
  std::uint8_t p = 0;
  std::uint8_t pad[7] = {};
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
  std::unordered_map<std::string, Index> exact;      // exact surface string -> entity (cache)

  // ---- facts
  std::vector<EvRow> ev;
  std::vector<Spo> spo;        // build log only: one per ev row
  std::vector<RelRow> rels;    // frozen only
  std::string text;            // sentence arena
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
