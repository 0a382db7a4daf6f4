// Api: routing, the pages and static files, and the graph endpoints (search, entity,
// neighbours, paths, rankings, communities, stats). Maps: api_map.cpp; documents and what
// changed: api_documents.cpp.
#include <algorithm>
#include <cmath>
#include <iostream>

#include "assets.hpp"
#include "handlers.hpp"
#include "kg/error.hpp"
#include "kg/text.hpp"

namespace kg::serve {

using detail::HttpError;
using detail::Params;
using detail::Writer;

struct Api::Impl {
  ApiOptions opt;
  detail::Documents docs;
  mutable detail::RenderGate gate;
  explicit Impl(ApiOptions o) : opt(std::move(o)), docs(opt.graph_dir), gate(opt.concurrent_renders) {}
};

Api::Api(ApiOptions opt) : impl_(std::make_unique<Impl>(std::move(opt))) {}
Api::~Api() = default;

Response Api::error(int status, std::string_view message, const std::vector<std::string>& suggestions) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  graph::json::field(w, "error", message);
  w.Key("status");
  w.Int(status);
  if (!suggestions.empty()) {
    w.Key("suggestions");
    w.StartArray();
    for (const auto& s : suggestions) graph::json::string(w, s);
    w.EndArray();
  }
  w.EndObject();
  Response r = detail::json_response(buf);
  r.status = status;
  return r;
}

namespace {

// Paths the front end routes itself (app.js reads the path and the query string).
constexpr std::string_view kPages[] = {"/",          "/search",    "/entity",   "/path",   "/rank",
                                       "/communities", "/documents", "/document", "/changes"};

std::string_view mime(std::string_view path) {
  auto ends = [&](std::string_view e) { return path.size() >= e.size() && path.substr(path.size() - e.size()) == e; };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  return "application/octet-stream";
}

std::optional<Response> static_file(std::string_view path) {
  const std::string_view file = std::find(std::begin(kPages), std::end(kPages), path) != std::end(kPages)
                                    ? std::string_view("/index.html")
                                    : path;
  for (const auto& a : detail::assets())
    if (a.path == file) {
      Response r;
      r.content_type = std::string(mime(file));
      r.body = std::string(a.bytes);
      return r;
    }
  return std::nullopt;
}

}  // namespace

Response Api::handle(const Snapshot& snap, const Request& req) const {
  const detail::Context c{snap, req, impl_->opt, impl_->docs, impl_->gate};
  try {
    if (req.path.rfind("/api/", 0) != 0) {
      if (auto r = static_file(req.path)) return *r;
      throw HttpError(404, "no page or file '" + text::ellipsize(req.path, 200) + "'");
    }
    const std::string_view ep = std::string_view(req.path).substr(5);
    if (ep == "info") return detail::info(c);
    if (ep == "search") return detail::search(c);
    if (ep == "entity") return detail::entity(c);
    if (ep == "neighbors") return detail::neighbors(c);
    if (ep == "path") return detail::path(c);
    if (ep == "rank") return detail::rank(c);
    if (ep == "communities") return detail::groups(c, true);
    if (ep == "components") return detail::groups(c, false);
    if (ep == "stats") return detail::stats(c);
    if (ep == "map") return detail::map(c);
    if (ep == "documents") return detail::documents(c);
    if (ep == "document") return detail::document(c);
    if (ep == "changes") return detail::changes(c);
    throw HttpError(404, "no API endpoint '" + text::ellipsize(req.path, 200) +
                             "' (see the JSON API section of the README)");
  } catch (const HttpError& e) {
    return error(e.status(), e.what(), e.suggestions());
  } catch (const UsageError& e) {
    return error(400, e.what());
  } catch (const Interrupted&) {
    return error(503, "the server is stopping");
  } catch (const std::bad_alloc&) {
    return error(503, "out of memory for this request");
  }
}

namespace detail {

namespace {
// Where what is known of an entity comes from, in the words of a relation's "source":
// "lexicon" when no article states a fact about it (maps and reports leave such entities
// out unless asked to mark them), else "articles".
void source_field(Writer& w, const Snapshot& snap, std::size_t index) {
  graph::json::field(w, "source", snap.lexicon_only(index) ? "lexicon" : "articles");
}

// An entity as the pages show it: its record, its relations and its source.
void entity_with_degree(Writer& w, const Snapshot& snap, const graph::EntityInfo& e) {
  graph::json::entity(w, e, false);
  w.Key("relations");
  const auto idx = graph::require_index(snap.graph(), e.id);
  w.Uint64(static_cast<std::uint64_t>(snap.degree()[idx]));
  source_field(w, snap, idx);
  w.EndObject();
}

// A search hit (graph::json::hit's keys) and its source.
void hit_with_source(Writer& w, const Snapshot& snap, const graph::SearchHit& h) {
  graph::json::entity(w, h.entity, false);
  graph::json::field(w, "matched", h.matched);
  graph::json::field(w, "match", graph::to_string(h.match));
  w.Key("relations");
  w.Uint64(h.relations);
  source_field(w, snap, h.index);
  w.EndObject();
}
}  // namespace

Response info(const Context& c) {
  Params p(c.req, {});
  const auto& g = c.snap.graph();
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  graph::json::field(w, "version", "kg 0.1.0");
  graph::json::field(w, "graph", c.snap.source());
  w.Key("entities");
  w.Uint64(g.entity_count());
  w.Key("relations");
  w.Uint64(g.relation_count());
  w.Key("documents");
  w.Uint64(g.document_count());
  w.Key("generation");
  w.Uint64(c.snap.generation());
  graph::json::field(w, "loaded_at", c.snap.loaded_at());
  w.Key("load_seconds");
  w.Double(std::round(c.snap.load_seconds() * 1000) / 1000);
  // The server's time slice, which pages show in their date fields and requests may replace.
  w.Key("time_slice");
  w.StartObject();
  graph::json::field(w, "as_of", c.opt.dates.as_of);
  graph::json::field(w, "since", c.opt.dates.since);
  graph::json::field(w, "undated", c.opt.dates.include_undated ? "include" : "exclude");
  graph::json::field(w, "description", c.opt.dates.describe());
  w.EndObject();
  w.Key("types");
  w.StartArray();
  for (auto t : kEntityTypes) graph::json::string(w, to_string(t));
  w.EndArray();
  w.Key("predicates");
  w.StartArray();
  for (auto pr : kPredicates) graph::json::string(w, to_string(pr));
  w.EndArray();
  w.EndObject();
  return json_response(buf);
}

Response search(const Context& c) {
  Params p(c.req, {"q", "type", "limit"});
  graph::SearchOptions o;
  try {
    o.types = parse_entity_types(p.list("type"));
  } catch (const UsageError& e) {
    throw HttpError(400, e.what());
  }
  o.limit = static_cast<std::size_t>(p.integer("limit", 10, 1, 50));
  const std::string q = p.str("q");
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  graph::json::field(w, "query", q);
  w.Key("hits");
  w.StartArray();
  for (const auto& h : c.snap.search(q, o)) hit_with_source(w, c.snap, h);
  w.EndArray();
  w.EndObject();
  return json_response(buf);
}

Response entity(const Context& c) {
  Params p(c.req, {"id", "predicate", "type", "as_of", "since", "undated", "depth", "per_group", "evidence", "max_nodes"});
  const auto e = resolve(c.snap, p.required("id"));
  const auto filter = edge_filter(p, c.opt.dates);
  const auto per_group = static_cast<std::size_t>(p.integer("per_group", 20, 1, 500));
  const auto max_evidence = static_cast<std::size_t>(p.integer("evidence", 5, 1, 100));
  p.integer("depth", 1, 0, c.opt.max_depth);  // the map's; checked here so the page hears of it once
  const auto facts = graph::entity_facts(c.snap.graph(), e.id, filter, per_group);
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  w.Key("entity");
  entity_with_degree(w, c.snap, facts.entity);
  w.Key("relations");
  w.Uint64(facts.relations);
  w.Key("groups");
  w.StartArray();
  for (const auto& grp : facts.groups) {
    w.StartObject();
    graph::json::field(w, "predicate", to_string(grp.predicate));
    graph::json::field(w, "direction", is_symmetric(grp.predicate) ? "both" : grp.outgoing ? "out" : "in");
    w.Key("total");
    w.Uint64(grp.total);
    w.Key("relations");
    w.StartArray();
    for (const auto& r : grp.relations) relation_detail(w, c.snap, c.docs, r, max_evidence);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return json_response(buf);
}

Response neighbors(const Context& c) {
  Params p(c.req, {"id", "depth", "predicate", "type", "as_of", "since", "undated"});
  const auto e = resolve(c.snap, p.required("id"));
  graph::NeighborOptions o;
  o.filter = edge_filter(p, c.opt.dates);
  o.depth = static_cast<int>(p.integer("depth", 1, 0, c.opt.max_depth));
  const auto nb = graph::neighbors(c.snap.graph(), e.id, o);
  constexpr std::size_t kMaxNeighbors = 10000;
  if (nb.neighbors.size() > kMaxNeighbors)
    throw HttpError(400, std::to_string(nb.neighbors.size()) + " entities within " + std::to_string(o.depth) +
                             " hops of " + e.name + ", more than the API lists (" + std::to_string(kMaxNeighbors) +
                             "); narrow with depth, predicate or type");
  rapidjson::StringBuffer buf;
  Writer w(buf);
  graph::json::neighborhood(w, c.snap.graph(), nb, o.depth);
  return json_response(buf);
}

Response path(const Context& c) {
  Params p(c.req, {"from", "to", "k", "max_hops", "directed", "weighted", "predicate", "type", "as_of", "since",
                   "undated"});
  const auto from = resolve(c.snap, p.required("from"));
  const auto to = resolve(c.snap, p.required("to"));
  graph::PathOptions o;
  o.filter = edge_filter(p, c.opt.dates);
  o.k = static_cast<std::size_t>(p.integer("k", 1, 1, static_cast<long>(c.opt.max_k)));
  o.max_hops = static_cast<int>(p.integer("max_hops", 0, 0, 50));
  o.directed = p.flag("directed");
  o.weighted = p.flag("weighted");
  const auto& g = c.snap.graph();
  std::vector<graph::Path> paths;
  if (o.weighted && o.filter.dates.bounded()) {
    // As kg path does: a weighted search over a time slice costs each relation by its
    // confidence and evidence as the news stood then, so it walks the slice (where either
    // end may be missing: no path then).
    const auto slice = c.snap.slice(o.filter.dates);
    const auto& h = slice->graph();
    if (h.find(from.id) && h.find(to.id)) paths = graph::find_paths(h, from.id, to.id, o);
  } else {
    paths = c.snap.find_paths(graph::require_index(g, from.id), graph::require_index(g, to.id), o);
  }
  rapidjson::StringBuffer buf;
  Writer w(buf);
  if (o.k <= 1)
    graph::json::path(w, from.name, to.name, paths.empty() ? nullptr : &paths.front());
  else
    graph::json::paths(w, from.name, to.name, paths);
  return json_response(buf);
}

Response rank(const Context& c) {
  Params p(c.req, {"by", "type", "top", "as_of", "since", "undated"});
  graph::RankOptions o;
  const std::string by = p.str("by", "pagerank");
  const auto centrality = graph::parse_centrality(by);
  if (!centrality) throw HttpError(400, "unknown 'by' '" + text::ellipsize(by, 40) + "' (use degree, pagerank or betweenness)");
  o.by = *centrality;
  try {
    o.types = parse_entity_types(p.list("type"));
  } catch (const UsageError& e) {
    throw HttpError(400, e.what());
  }
  o.top = static_cast<std::size_t>(p.integer("top", 20, 1, 500));
  // Ranked as the news stood in the request's dates: an entity no fact in range names is
  // not ranked, and the others score as they did then.
  const auto slice = c.snap.slice(time_slice(p, c.opt.dates));
  const auto& g = slice->graph();
  std::vector<graph::Ranked> ranked;
  if (o.by == graph::Centrality::betweenness) {
    // Brandes visits every pair of entities: seconds on thousands, hours on millions.
    constexpr std::size_t kBetweennessLimit = 20000;
    if (g.entity_count() > kBetweennessLimit)
      throw HttpError(400, "betweenness over " + std::to_string(g.entity_count()) +
                               " entities takes too long for a page (limit " + std::to_string(kBetweennessLimit) +
                               "); use degree or pagerank, or kg rank --by betweenness");
    ranked = graph::rank(g, o);
  } else {
    ranked = graph::top_ranked(g, o.by == graph::Centrality::degree ? slice->degree() : slice->pagerank(), o);
  }
  rapidjson::StringBuffer buf;
  Writer w(buf);
  graph::json::ranking(w, by, ranked);
  return json_response(buf);
}

Response groups(const Context& c, bool communities) {
  Params p(c.req, {"top", "members", "as_of", "since", "undated"});
  const auto top = static_cast<std::size_t>(p.integer("top", 20, 1, 1000));
  const auto members = static_cast<std::size_t>(p.integer("members", 12, 1, 500));
  // The groups of the graph as the news stood in the request's dates.
  const auto slice = c.snap.slice(time_slice(p, c.opt.dates));
  const auto& g = slice->graph();
  const auto& pr = slice->pagerank();
  // Groups largest first (as kg components lists them); in each, the most important
  // entities first, so the few shown are the ones worth showing.
  std::vector<std::vector<std::uint32_t>> idx;
  if (communities) {
    const auto& lab = slice->communities();
    for (std::size_t v = 0; v < lab.size(); ++v) {
      if (lab[v] >= idx.size()) idx.resize(lab[v] + 1);
      idx[lab[v]].push_back(static_cast<std::uint32_t>(v));
    }
  } else {
    for (const auto& grp : graph::connected_components(g)) {
      idx.emplace_back();
      for (const auto& id : grp) idx.back().push_back(static_cast<std::uint32_t>(graph::require_index(g, id)));
    }
  }
  const std::size_t count = idx.size();
  if (idx.size() > top) idx.resize(top);
  std::vector<graph::json::GroupExcerpt> shown;
  std::vector<graph::EntityInfo> listed;
  for (auto& grp : idx) {
    const std::size_t k = std::min(members, grp.size());
    std::partial_sort(grp.begin(), grp.begin() + static_cast<long>(k), grp.end(),
                      [&](auto a, auto b) { return pr[a] != pr[b] ? pr[a] > pr[b] : a < b; });
    shown.push_back(graph::json::GroupExcerpt{grp.size(), {}});
    for (std::size_t i = 0; i < k; ++i) {
      listed.push_back(g.entity(grp[i]));
      shown.back().listed.push_back(listed.back().id);
    }
  }
  rapidjson::StringBuffer buf;
  Writer w(buf);
  graph::json::groups(w, communities, count, shown, false);
  w.Key("names");  // the entities listed, for display
  w.StartObject();
  for (const auto& e : listed) {
    w.Key(e.id.c_str(), static_cast<rapidjson::SizeType>(e.id.size()));
    w.StartObject();
    graph::json::field(w, "name", e.name);
    graph::json::field(w, "type", to_string(e.type));
    w.EndObject();
  }
  w.EndObject();
  w.EndObject();
  return json_response(buf);
}

Response stats(const Context& c) {
  Params p(c.req, {});
  rapidjson::StringBuffer buf;
  Writer w(buf);
  graph::json::stats(w, c.snap.stats());
  return json_response(buf);
}

}  // namespace detail
}  // namespace kg::serve
