// kg::graph::Graph: the store of entities and relations (one edge per fact, with all its
// evidence), its name/alias index, and its file formats. Boost stays in graph/src: this
// header shows kg types only.
//
// A Graph has two phases: add_* append to a build log; freeze() turns the log into sorted,
// compact arrays (entities by id, relations by (subject, predicate, object), evidence
// grouped per relation) plus kg's own compressed adjacency that queries traverse. Adding
// after freeze() re-opens it. Reads never change the graph, so one frozen graph serves any
// number of threads (kg serve); reading a graph with additions not yet frozen is a
// programming error and throws kg::Error. load() and the slices (as_of, filtered) return
// frozen graphs; whoever calls add_* calls freeze() before reading or saving.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/graph_view.hpp"
#include "kg/model.hpp"
#include "kg/text.hpp"

namespace kg::graph {

struct EntityInfo {
  std::string id;       // stable: kg::text::slug(name), de-duplicated deterministically
  std::string name;     // canonical display name
  EntityType type = EntityType::Unknown;
  std::string country;  // the lexicon's country, may be empty
  std::vector<std::string> aliases;  // sorted, unique; includes surface forms seen
  // Where the attributes come from: "lexicon", "articles" (a type extracted with a fact; a
  // country a based_in fact of an article states), or "" when there is none.
  std::string type_from, country_from;
  std::vector<std::string> stated_countries;  // countries articles say it is based in, sorted
};

struct RelationInfo {
  std::string subject, object;  // entity ids
  Predicate predicate = Predicate::develops;
  double confidence = 0;           // combined over evidence: 1 - prod(1 - c_i)
  std::vector<Evidence> evidence;  // sorted, unique
  std::string first_seen, last_seen;  // min/max evidence date, may be empty

  std::vector<double> evidence_confidence;  // c_i, parallel to evidence (empty = unknown)

  // The confidence of evidence i (the fact's own when unknown).
  double confidence_of(std::size_t i) const {
    return i < evidence_confidence.size() ? evidence_confidence[i] : confidence;
  }
  // The one rule for the evidence shown when there is room for one sentence (every output
  // uses it): highest confidence, then document, then start; nullptr when none.
  const Evidence* best_evidence() const;
  // Every piece of evidence comes from the lexicon (Evidence::lexicon): no article states it.
  bool lexicon_only() const;
};

namespace detail {
struct Store;
}

class Graph {
 public:
  Graph();
  ~Graph();
  Graph(Graph&&) noexcept;
  Graph& operator=(Graph&&) noexcept;
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  void add_entity(const EntityRecord& r);  // lexicon knowledge (aliases, country); no edge
  void add_triple(const Triple& t);         // creates entities as needed; same fact -> same edge
  void add_document(const DocumentInfo& d);
  // Every triple of a JSONL stream (kg::read_triples's format and errors), as add_triple
  // one by one would add them, with `before` called for each, in stream order, just before
  // it is added (to add its document or lexicon entity first; not to freeze). Faster: the stream is parsed
  // on `threads` threads (0: one per core), and each triple's names are looked up in the
  // name index there. The graph is the same whatever the thread count. Returns the number
  // of triples added.
  std::size_t add_triples(std::istream& in, const std::string& source,
                          const std::function<void(const Triple&)>& before, unsigned threads = 0);
  // Optional hint before many add_triple calls: room for `triples` more facts and
  // `sentence_bytes` more evidence text, so a large load never copies its arrays to grow
  // them (the copy doubled peak memory). Over-estimates cost address space, not memory.
  // Sentence text of 64 MB or more is kept in a temporary file ($TMPDIR, else /tmp), not in
  // memory (the file is unlinked; it goes with the graph).
  void reserve(std::size_t triples, std::size_t sentence_bytes);
  // Sorts what add_* appended into the read form (ids, relations, adjacency); does nothing
  // when nothing was added since the last call.
  void freeze();
  bool frozen() const;

  std::size_t entity_count() const;
  std::size_t relation_count() const;
  std::size_t document_count() const;
  std::vector<EntityInfo> entities() const;      // sorted by id
  std::vector<RelationInfo> relations() const;   // sorted by (subject, predicate, object)
  std::vector<DocumentInfo> documents() const;   // sorted by name
  // One entity by its index in entities() (as query results per vertex are indexed).
  EntityInfo entity(std::size_t index) const;

  // By name, alias or id, case/accent/apostrophe-insensitive. Typos are NOT resolved
  // here (nullopt); they only produce suggestions in require().
  std::optional<EntityInfo> find(std::string_view name_or_alias_or_id) const;
  // Like find; throws UsageError "no entity 'Alibeba'; did you mean: Alibaba" (exit 2).
  EntityInfo require(std::string_view name) const;
  // Up to `max` known names close to `query` (for messages).
  std::vector<std::string> suggestions(std::string_view query, std::size_t max = 3) const;

  // Format by extension: .kgb = compact binary, anything else = versioned JSON. Atomic.
  void save(const std::string& path) const;
  // InputError naming the file on any problem; the format is recognised by content.
  static Graph load(const std::string& path);
  // Whether `path` is a regular file in the compact binary form (.kgb), by content.
  static bool is_binary_file(const std::string& path);

  // Internal access for the query functions in graph/src; store() throws kg::Error when
  // facts were added since the last freeze().
  const detail::Store& store() const;
  detail::Store& mutable_store();

 private:
  void add_resolved(std::uint32_t subject, std::uint32_t object, const Triple& t);  // entities found
  std::unique_ptr<detail::Store> s_;
};

// What a map or a report does with what only the lexicon knows (facts no article states,
// countries no article gives): leave it out, so the map shows what the articles say, or
// draw it marked as the lexicon's.
enum class LexiconKnowledge { omit, mark };

struct ViewOptions {
  std::string title;  // empty: "Alibaba (depth 1)", "Tencent → OpenAI" or "Knowledge graph: N entities"
  std::optional<std::string> focus;
  int depth = 1;                                             // ego map
  std::optional<std::pair<std::string, std::string>> path;   // highlight a shortest path
  std::vector<EntityType> types;       // keep only these entity types (empty = all)
  std::vector<Predicate> predicates;   // keep only these predicates (empty = all)
  std::vector<std::string> docs;       // keep only edges with evidence from these documents
  std::size_t max_nodes = 0;           // 0 = no limit; else keep the most important, note the rest
  std::string importance = "pagerank"; // "degree" | "pagerank"
  // Importance per vertex (index as in entities()) computed beforehand (graph::importance
  // with these dates), used instead of `importance` when set: a caller drawing many maps of
  // one graph (kg report, kg serve) pays for PageRank once.
  const std::vector<double>* importance_scores = nullptr;
  bool communities = false;            // fill ViewNode::community
  text::DateRange dates;               // keep evidence dated in range (--as-of/--since/--undated)
  unsigned seed = 1;                   // community detection seed
  LexiconKnowledge lexicon = LexiconKnowledge::omit;
};

// A plain sorted GraphView of the selection; ViewNode.importance normalised to [0,1],
// ViewEdge.evidence best first (highest confidence, then doc, then start).
GraphView make_view(const Graph& g, const ViewOptions& opt);

}  // namespace kg::graph
