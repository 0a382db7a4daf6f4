// kg serve's API: what a request asks of a loaded graph, answered with the graph's own
// queries (kg/graph/query.hpp), JSON records (kg/graph/json.hpp) and maps (kg/render).
// No sockets here: the HTTP layer (server.hpp) hands a path and its decoded query string to
// Api::handle, which the tests call directly.
//
// Every answer is a value: a status, a content type and bytes. Errors are JSON objects
// {"error": "...", "status": N[, "suggestions": [...]]} with a 4xx status; nothing a
// request does changes a file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/graph/graph.hpp"
#include "kg/graph/query.hpp"
#include "kg/text.hpp"

namespace kg::render {
class LayoutHelper;
}

namespace kg::serve {

// The graph a request ranks and groups: a snapshot's, or a snapshot's as the news stood in a
// time slice (graph::as_of), and what the server derives from it, each computed on first
// use, once (thread-safe), per vertex of this graph (as in its entities()).
class Slice {
 public:
  // The whole graph (`sliced` empty) or the slice of `whole` given.
  Slice(const graph::Graph& whole, std::optional<graph::Graph> sliced);
  Slice(const Slice&) = delete;
  Slice& operator=(const Slice&) = delete;
  ~Slice();

  const graph::Graph& graph() const { return sliced_ ? *sliced_ : whole_; }
  const std::vector<double>& pagerank() const;
  const std::vector<double>& degree() const;
  const std::vector<std::size_t>& communities() const;  // label propagation, seed 1
  // pagerank() per vertex of the whole graph (graph::per_vertex_of: 0 for an entity the
  // slice leaves out), what dated maps of the whole graph rank their entities by.
  const std::vector<double>& pagerank_of_whole() const;

 private:
  const graph::Graph& whole_;
  std::optional<graph::Graph> sliced_;
  struct Lazy;
  std::unique_ptr<Lazy> lazy_;
};

// One loaded graph and what the server derives from it once (the name index in key order,
// PageRank, degrees, communities, the document list), shared read-only by the requests
// that began while it was current. A reload makes a new Snapshot; requests in flight keep
// the old one alive through their shared_ptr.
class Snapshot {
 public:
  Snapshot(graph::Graph g, std::string source, double load_seconds = 0, std::uint64_t generation = 1);
  Snapshot(const Snapshot&) = delete;
  Snapshot& operator=(const Snapshot&) = delete;
  ~Snapshot();

  const graph::Graph& graph() const { return g_; }
  // Names and aliases (graph::NameSearch), a few searches at a time: a short prefix of a
  // large graph's names gathers up to 50,000 candidate hits (about 15 MB) before keeping
  // the best few, so fifty clients typing at once must not all hold that together (the
  // heap rose by hundreds of MB, in steps, as more of them happened to coincide). Waits
  // while all are busy.
  std::vector<graph::SearchHit> search(std::string_view text, const graph::SearchOptions& opt) const;
  static constexpr std::size_t kSearches = 4;
  const std::string& source() const { return source_; }
  double load_seconds() const { return load_seconds_; }
  std::uint64_t generation() const { return generation_; }
  const std::string& loaded_at() const { return loaded_at_; }

  // The whole graph's measures (Slice): computed on first use, once (thread-safe); per
  // vertex, as in Graph::entities().
  const std::vector<double>& pagerank() const { return whole_->pagerank(); }
  const std::vector<double>& degree() const { return whole_->degree(); }
  const std::vector<std::size_t>& communities() const { return whole_->communities(); }
  // The graph as the news stood in `dates`, for rankings and groups: the whole graph's
  // Slice when they are unbounded; else graph::as_of, made on first use and kept with what
  // is derived from it: the last kSlices ranges asked, as long as they hold no more
  // relations together than the whole graph (the last one asked always).
  std::shared_ptr<const Slice> slice(const text::DateRange& dates) const;
  static constexpr std::size_t kSlices = 4;
  // PageRank as the news stood in `dates`, per vertex of the whole graph (the slice's
  // pagerank_of_whole), for dated maps: the whole graph's when unbounded.
  std::shared_ptr<const std::vector<double>> pagerank(const text::DateRange& dates) const;
  const graph::GraphStats& stats() const;
  // Documents sorted by name, and a document by name (nullptr when unknown).
  const std::vector<DocumentInfo>& documents() const;
  const DocumentInfo* document(std::string_view name) const;

  // Whether no article states any fact about the entity at this index (every relation it
  // has is the lexicon's alone, RelationInfo::lexicon_only, or it has none): what maps and
  // reports leave out unless asked to mark it. Worked out on first use, then remembered.
  bool lexicon_only(std::size_t index) const;

  // Path queries through a few reused graph::PathSearch objects: each holds work arrays the
  // size of the graph (48 MB for a million entities), so fifty clients asking for paths at
  // once must not each allocate their own. Waits while all are busy.
  std::vector<graph::Path> find_paths(std::size_t from, std::size_t to, const graph::PathOptions& opt) const;
  static constexpr std::size_t kPathSearches = 4;

 private:
  graph::Graph g_;
  graph::NameSearch names_;
  std::string source_, loaded_at_;
  double load_seconds_;
  std::uint64_t generation_;
  std::shared_ptr<const Slice> whole_;
  struct Lazy;
  std::unique_ptr<Lazy> lazy_;
};

struct Request {
  std::string path;                                         // "/api/entity"
  std::vector<std::pair<std::string, std::string>> params;  // decoded query string, in order
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::string filename;  // set: a download (Content-Disposition: attachment)
};

struct ApiOptions {
  double render_timeout = 10;        // seconds for one map's layout
  std::size_t map_nodes = 40;        // entities on a map unless max_nodes says otherwise
  std::size_t map_nodes_limit = 300; // the most max_nodes may ask for
  int max_depth = 3;                 // ego maps and neighbourhoods
  std::size_t max_k = 10;            // k shortest paths
  std::size_t concurrent_renders = 2;  // layouts at once (each forks a process)
  std::string graph_dir;             // where relative document paths are also looked for
  // The server's time slice (kg serve --as-of/--since/--undated): what a request that does
  // not give as_of, since or undated gets. A request's own value replaces each (an empty
  // as_of or since: no bound).
  text::DateRange dates;
  // Lays maps out from a small helper process (server.cpp makes it before loading the
  // graph: a fork of the loaded server per map costs more than the layout); none: render().
  std::shared_ptr<render::LayoutHelper> layouts;
};

class Api {
 public:
  explicit Api(ApiOptions opt = {});
  ~Api();
  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

  // Answers one GET. Pages (/, /entity, /path, ...) get the embedded index.html, static
  // files their bytes, /api/... JSON (or a figure); anything else a 404 JSON error.
  Response handle(const Snapshot& snap, const Request& req) const;

  // The JSON error answer, for the HTTP layer's own errors (405, 414, ...).
  static Response error(int status, std::string_view message, const std::vector<std::string>& suggestions = {});

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::serve
