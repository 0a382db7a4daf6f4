// Queries over a const Graph: paths, neighbourhoods, statistics, rankings, components and
// communities. Free functions; each resolves entity names with Graph::require (so unknown
// names throw UsageError with suggestions) and returns plain sorted values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/graph.hpp"
#include "kg/text.hpp"

namespace kg::graph {

// What a traversal may use. Empty lists = everything. Dates filter evidence (one rule,
// text::DateRange): a relation with no evidence left in range is not usable.
struct EdgeFilter {
  std::vector<Predicate> predicates;
  std::vector<EntityType> types;  // entity types a path/neighbourhood may pass through
  text::DateRange dates;
};

// ---- paths -----------------------------------------------------------------------------
struct PathOptions {
  EdgeFilter filter;
  int max_hops = 0;       // 0 = unlimited
  bool directed = false;  // follow edges subject -> object only
  bool weighted = false;  // Dijkstra; cost favours confident, well-evidenced edges
  std::size_t k = 1;      // k shortest loop-free paths (Yen)
};

struct PathStep {
  std::string from, to;  // entity ids in the order the path walks them
  bool forward = true;   // true: from --predicate--> to; false: to --predicate--> from
  RelationInfo relation;
};

// An entity on a path, as path outputs name it (its whole record: Graph::entity(index)).
struct PathNode {
  std::size_t index = 0;  // vertex index, as in Graph::entities()
  std::string id, name;
  EntityType type = EntityType::Unknown;
};

struct Path {
  std::vector<PathNode> nodes;    // from .. to
  std::vector<PathStep> steps;    // nodes.size() - 1 of them
  double cost = 0;                // hops, or the weighted cost with --weighted
  std::size_t hops() const { return steps.size(); }
};

// A path as the search finds it, before any of its records is read: its entities by vertex
// index and its relations by index, with the way the walk takes each. What NetworkX and
// igraph return for a path (and a little more); PathSearch::record makes the Path that
// outputs print from it. Reading the records (entity and relation rows, evidence, sentence
// text: a page fault on a reopened .kgb) costs more than the search on a large graph, and
// a caller that prints few of many paths, or only their entities, need not pay for it.
struct PathLink {
  std::size_t relation = 0;  // as in Graph::relations()
  bool forward = true;       // the walk goes from the relation's subject to its object
  friend bool operator==(const PathLink&, const PathLink&) = default;
};
struct PathIds {
  std::vector<std::size_t> nodes;  // vertex indices (as in Graph::entities()), from .. to
  std::vector<PathLink> links;     // nodes.size() - 1 of them
  double cost = 0;                 // as Path::cost
  std::size_t hops() const { return links.size(); }
  friend bool operator==(const PathIds&, const PathIds&) = default;
};

// Cost of one relation under --weighted: lower for confident, well-evidenced facts.
double edge_cost(double confidence, std::size_t evidence_count);

// Shortest paths between two entities (bidirectional BFS, or Dijkstra/Yen); empty when
// none within the limits. Among equally short paths the BFS returns the one this search
// meets first, which any faster search must keep (tests/graph/graph_path_test.cpp holds
// it to a plain version): each entity's relations in relation order (that of
// Graph::relations()); level by level, the side whose frontier has fewer relations to
// scan first (the `from` side on equal counts); a level's entities in the order they were
// reached; the first entity reached that the other side has reached joins the two halves.
std::vector<Path> find_paths(const Graph& g, std::string_view from, std::string_view to,
                             const PathOptions& opt = {});

// Same by vertex index (for batches on large graphs; no name resolution).
std::vector<Path> find_paths_between(const Graph& g, std::size_t from, std::size_t to,
                                     const PathOptions& opt = {});
// Vertex index of an entity (as in entities()), throws like Graph::require.
std::size_t require_index(const Graph& g, std::string_view name);

// ---- neighbourhoods --------------------------------------------------------------------
struct NeighborOptions {
  EdgeFilter filter;
  int depth = 1;
};

struct Neighbor {
  EntityInfo entity;
  int distance = 0;
};

struct Neighborhood {
  EntityInfo center;
  std::vector<Neighbor> neighbors;       // excluding the center; by distance, then id
  std::vector<RelationInfo> relations;   // relations among center+neighbors that pass the filter
};

Neighborhood neighbors(const Graph& g, std::string_view entity, const NeighborOptions& opt = {});

// ---- slices: one rule for every part of a graph a command works on ---------------------
// Each is a new graph, and all go through one implementation: a relation keeps the
// evidence the slice accepts and goes when none is left; its confidence and first/last seen
// are recomputed from what it keeps, by the store's own rule (1 - prod(1 - c), a story
// counting once; undated evidence has no place in first/last seen); its best evidence is
// RelationInfo::best_evidence. Entities keep their id, name, type (and where it came from),
// country and aliases, and every name that resolved to one still does.

// A new graph with the given entities (ids), the relations among them that pass the
// filter with the evidence in its dates, and the documents that evidence cites.
Graph subgraph(const Graph& g, const std::vector<std::string>& entity_ids,
               const EdgeFilter& filter = {});

// Which evidence a slice keeps, by its document and date ("" and "" for a fact read
// without evidence).
using EvidenceTest = std::function<bool(std::string_view doc, std::string_view date)>;

// `g` with only the evidence `keep` accepts: an entity no kept relation names goes; a
// document stays when kept evidence cites it or `keep_document` accepts it (none if null).
Graph filtered(const Graph& g, const EvidenceTest& keep,
               const std::function<bool(const DocumentInfo&)>& keep_document = nullptr);

// The graph as the news stood in `dates` (text::DateRange, the --as-of/--since/--undated
// rule): filtered() to the evidence dated in range, with the documents dated in range.
// UsageError on a bad date.
Graph as_of(const Graph& g, const text::DateRange& dates);

// ---- statistics ------------------------------------------------------------------------
struct GraphStats {
  std::size_t entities = 0, relations = 0, evidence = 0, documents = 0;
  std::size_t components = 0, largest_component = 0, isolated = 0;
  std::size_t max_degree = 0;
  std::string max_degree_entity;  // name
  double mean_degree = 0;
  std::map<std::string, std::size_t> by_type;       // entity type -> count
  std::map<std::string, std::size_t> by_predicate;  // predicate -> count
};
GraphStats stats(const Graph& g);

// ---- ranking ---------------------------------------------------------------------------
enum class Centrality { degree, pagerank, betweenness };
std::optional<Centrality> parse_centrality(std::string_view s);

// Per vertex (index as in entities()), over the graph with edge direction ignored and one
// edge per relation. pagerank: damping 0.85, dangling mass spread uniformly, as NetworkX.
// betweenness: Brandes, normalised to [0,1] as NetworkX (undirected); from `samples`
// seeded sources (0 = all, exact; unset = see RankOptions::samples), scaled up.
std::vector<double> degree_centrality(const Graph& g);  // raw degree (relations incident)
std::vector<double> pagerank(const Graph& g, double damping = 0.85, double tol = 1e-10,
                             int max_iter = 200);
std::vector<double> betweenness(const Graph& g, std::optional<std::size_t> samples = 0, unsigned seed = 1);

// What maps rank entities by (ViewOptions::importance: "degree" or "pagerank", else
// UsageError), per vertex of g, as the news stood in `dates`: when they are bounded, the
// measure of as_of(g, dates) (0 for an entity the slice leaves out), so a dated map keeps
// what mattered then, not what came to matter later.
std::vector<double> importance(const Graph& g, const std::string& measure, const text::DateRange& dates = {});

// Scores per vertex of `slice` (as_of, filtered or subgraph of g: its entities are some of
// g's, in the same id order) spread over g's vertices, 0 for the entities it leaves out.
std::vector<double> per_vertex_of(const Graph& g, const Graph& slice, const std::vector<double>& scores);

struct Ranked {
  EntityInfo entity;
  double score = 0;
};
struct RankOptions {
  Centrality by = Centrality::degree;
  std::vector<EntityType> types;
  std::size_t top = 10;  // 0 = all
  // Betweenness: from how many sampled source entities (0 = all: exact). Unset: exact while
  // the work is small (entities x edges up to 2e9), else as many sources as fit that budget.
  std::optional<std::size_t> samples;
  unsigned seed = 1;  // which sources are sampled
};
std::vector<Ranked> rank(const Graph& g, const RankOptions& opt);
// How many sources betweenness uses for these options (the entity count when exact).
std::size_t betweenness_sources(const Graph& g, std::optional<std::size_t> requested);
// The same cut from scores computed beforehand (one per vertex, as in entities()): for a
// caller that ranks one large graph many times (kg serve computes PageRank once).
std::vector<Ranked> top_ranked(const Graph& g, const std::vector<double>& scores, const RankOptions& opt);

// ---- components and communities --------------------------------------------------------
// Connected components (direction ignored), each a list of entity ids sorted; components
// sorted by size (largest first), then by first id.
std::vector<std::vector<std::string>> connected_components(const Graph& g);

// Community partition by label propagation (asynchronous, vertices visited in a seeded
// shuffled order, ties broken by the smallest label): deterministic for a given seed.
// Returns one label per vertex index; labels are renumbered 0.. by decreasing size.
std::vector<std::size_t> communities(const Graph& g, unsigned seed = 1);

// ---- exploring: names, an entity's facts, a document's facts, what is new ---------------
struct SearchOptions {
  std::vector<EntityType> types;  // only entities of these types (empty = all)
  std::size_t limit = 10;         // 0 = all hits
  // Names that contain the text past their start are looked for only in indexes of at most
  // kContainsScan names (a scan), unless exhaustive: prefixes are a binary search at any size.
  bool exhaustive = false;
  static constexpr std::size_t kContainsScan = 300000;
};

struct SearchHit {
  enum class Match { exact, prefix, contains };
  std::size_t index = 0;     // vertex index, as in entities()
  EntityInfo entity;
  std::string matched;       // the name, alias or id whose key matched
  Match match = Match::exact;
  std::size_t relations = 0; // relations the entity takes part in
};
std::string_view to_string(SearchHit::Match m);

// Search-as-you-type over every name, alias and id, case-, accent- and apostrophe-
// insensitive (text::name_key): built once per graph (the name index in key order), then
// each run is a binary search. Exact matches first, then names that start with the text,
// then names that contain it; within each, entities with more relations first, then by name.
class NameSearch {
 public:
  explicit NameSearch(const Graph& g);
  std::vector<SearchHit> run(std::string_view text, const SearchOptions& opt = {}) const;

 private:
  const Graph& g_;
  std::vector<std::uint32_t> order_;  // name index entries in key order
};

// An entity's facts, grouped by predicate and by the side the entity is on.
struct FactGroup {
  Predicate predicate = Predicate::develops;
  bool outgoing = true;        // the entity is the subject (always, for symmetric predicates)
  std::size_t total = 0;       // relations in the group
  std::vector<RelationInfo> relations;  // most confident first, at most per_group of them
};
struct EntityFacts {
  EntityInfo entity;
  std::size_t relations = 0;      // relations that pass the filter, in all groups
  std::vector<FactGroup> groups;  // in schema order, outgoing before incoming
};
// The filter's types apply to the other end of each relation; with dates, each relation's
// evidence is narrowed to the range. per_group 0 = all. Throws like Graph::require.
EntityFacts entity_facts(const Graph& g, std::string_view entity, const EdgeFilter& filter = {},
                         std::size_t per_group = 0);

// The relations a document gives evidence for, each with its evidence narrowed to that
// document, in order of their first sentence in it; empty for an unknown document.
std::vector<RelationInfo> document_facts(const Graph& g, std::string_view doc);

// Facts first reported on or after `since` (their earliest dated evidence; undated facts are
// never new), newest first, then by subject, predicate and object id. The filter's
// predicates and types (of both ends) apply.
struct NewFacts {
  std::size_t total = 0;
  std::vector<RelationInfo> relations;  // at most `limit` (0 = all)
};
NewFacts first_seen_since(const Graph& g, std::string_view since, const EdgeFilter& filter = {},
                          std::size_t limit = 0);

}  // namespace kg::graph

namespace kg::graph {
// Reusable path search: keeps its per-vertex work arrays between queries, so a batch of
// queries on a large graph costs only the vertices each query touches.
class PathSearch {
 public:
  explicit PathSearch(const Graph& g);
  ~PathSearch();
  PathSearch(const PathSearch&) = delete;
  PathSearch& operator=(const PathSearch&) = delete;
  // The paths with their records: record(find(...)) for each.
  std::vector<Path> run(std::size_t from, std::size_t to, const PathOptions& opt);
  // The search alone (the same paths as run, in the same order), none of their records read.
  std::vector<PathIds> find(std::size_t from, std::size_t to, const PathOptions& opt);
  // The records of a path that find() returned with the same options (its relations as the
  // news stood in opt's dates). UsageError when `p` is no path of this graph (an index out
  // of range, or a relation that does not join the entities it stands between).
  Path record(const PathIds& p, const PathOptions& opt);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};
}  // namespace kg::graph
