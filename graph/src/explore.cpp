// Queries for exploring a graph: name search, an entity's facts by predicate, a document's
// facts, facts first seen since a date. Each touches only what it returns (the rows of one
// entity or of the name index's matching range), so they stay fast on large graphs.
#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "kg/graph/query.hpp"
#include "kg/text.hpp"
#include "query_util.hpp"
#include "store.hpp"

namespace kg::graph {

using detail::Index;
using detail::Store;

namespace {

// Relations a vertex takes part in (each CSR row holds one entry per incident relation).
std::size_t degree_of(const Store& s, Index v) {
  return s.adj.degree(v);
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// `ri` with only the evidence `keep` accepts (their confidences kept alongside).
template <class Keep>
RelationInfo with_evidence(RelationInfo ri, Keep keep) {
  std::vector<Evidence> ev;
  std::vector<double> conf;
  for (std::size_t i = 0; i < ri.evidence.size(); ++i)
    if (keep(ri.evidence[i])) {
      ev.push_back(std::move(ri.evidence[i]));
      conf.push_back(i < ri.evidence_confidence.size() ? ri.evidence_confidence[i] : ri.confidence);
    }
  ri.evidence = std::move(ev);
  ri.evidence_confidence = std::move(conf);
  return ri;
}

}  // namespace

std::string_view to_string(SearchHit::Match m) {
  switch (m) {
    case SearchHit::Match::exact: return "exact";
    case SearchHit::Match::prefix: return "prefix";
    case SearchHit::Match::contains: return "contains";
  }
  return "exact";
}

// ---- names -------------------------------------------------------------------------------
NameSearch::NameSearch(const Graph& g) : g_(g) {
  const auto order = g.store().keys.sorted_order();
  order_.assign(order.begin(), order.end());
}

std::vector<SearchHit> NameSearch::run(std::string_view text, const SearchOptions& opt) const {
  const Store& s = g_.store();
  const auto& keys = s.keys;
  const std::string q = detail::key_of(text);
  if (q.empty()) return {};
  auto type_ok = [&](Index v) {
    return opt.types.empty() || std::find(opt.types.begin(), opt.types.end(), s.ents[v].type) != opt.types.end();
  };
  std::vector<std::pair<Index, SearchHit::Match>> found;  // an entity may match by several names
  auto note = [&](Index v, SearchHit::Match m) {
    if (type_ok(v)) found.emplace_back(v, m);
  };
  // Names starting with q form one run of the sorted keys. A one-letter prefix on a large
  // graph matches a large share of it: past kPrefixScan entries the run is cut (in key order).
  constexpr std::size_t kPrefixScan = 50000;
  auto lo = std::lower_bound(order_.begin(), order_.end(), q,
                             [&](std::uint32_t e, const std::string& k) { return keys.key(e) < k; });
  std::size_t scanned = 0;
  for (auto it = lo; it != order_.end() && scanned < kPrefixScan && starts_with(keys.key(*it), q); ++it, ++scanned)
    note(keys.value(*it), keys.key(*it).size() == q.size() ? SearchHit::Match::exact : SearchHit::Match::prefix);
  const bool want_more = opt.limit == 0 || found.size() < opt.limit;
  if (want_more && (opt.exhaustive || keys.size() <= SearchOptions::kContainsScan))
    for (std::size_t e = 0; e < keys.size(); ++e)
      if (keys.key(e).find(q) != std::string_view::npos) note(keys.value(e), SearchHit::Match::contains);

  // Best match per entity: exact < prefix < contains.
  std::sort(found.begin(), found.end());
  std::vector<SearchHit> hits;
  for (std::size_t i = 0; i < found.size(); ++i) {
    const auto [v, m] = found[i];
    if (i > 0 && found[i - 1].first == v) continue;
    SearchHit h;
    h.index = v;
    h.match = m;
    h.relations = degree_of(s, v);
    hits.push_back(std::move(h));
  }
  auto better = [&](const SearchHit& a, const SearchHit& b) {
    if (a.match != b.match) return a.match < b.match;
    if (a.relations != b.relations) return a.relations > b.relations;
    const auto& na = s.ents[a.index].name;
    const auto& nb = s.ents[b.index].name;
    return na != nb ? na < nb : a.index < b.index;
  };
  const std::size_t k = opt.limit == 0 ? hits.size() : std::min(opt.limit, hits.size());
  std::partial_sort(hits.begin(), hits.begin() + static_cast<long>(k), hits.end(), better);
  hits.resize(k);
  for (auto& h : hits) {
    h.entity = s.entity_info(static_cast<Index>(h.index));
    // Which of its names matched, to show beside the hit ("Qwen, aka Tongyi Qianwen").
    std::vector<std::string_view> names{h.entity.name};
    names.insert(names.end(), h.entity.aliases.begin(), h.entity.aliases.end());
    names.push_back(h.entity.id);
    for (auto n : names) {
      const std::string k2 = detail::key_of(n);
      const bool ok = h.match == SearchHit::Match::exact      ? k2 == q
                      : h.match == SearchHit::Match::prefix ? starts_with(k2, q)
                                                            : k2.find(q) != std::string::npos;
      if (ok) {
        h.matched = std::string(n);
        break;
      }
    }
  }
  return hits;
}

// ---- an entity's facts -----------------------------------------------------------------------

EntityFacts entity_facts(const Graph& g, std::string_view entity, const EdgeFilter& filter, std::size_t per_group) {
  const Store& s = g.store();
  const Index c = static_cast<Index>(require_index(g, entity));
  detail::Filter f(s, filter);
  // (predicate, incoming) -> relations; a self-loop sits twice in the row: once is enough.
  std::map<std::pair<std::uint8_t, bool>, std::vector<Index>> by_group;
  std::set<Index> seen;
  for (auto [e, end] = out_edges(c, s.adj); e != end; ++e) {
    const std::uint32_t dr = s.adj.dir_rel[e->pos];
    const Index r = dr >> 1;
    const Index other = target(*e, s.adj);
    if (!f.relation_ok(r) || (other != c && !f.vertex_ok(other))) continue;
    if (s.rels[r].s == s.rels[r].o && !seen.insert(r).second) continue;
    const bool incoming = !(dr & 1u) && !s.symmetric(r);
    by_group[{s.rels[r].p, incoming}].push_back(r);
  }
  EntityFacts out;
  out.entity = s.entity_info(c);
  const auto story = filter.dates.bounded() ? s.stories() : std::vector<Index>{};
  for (auto& [key, rels] : by_group) {
    FactGroup grp;
    grp.predicate = static_cast<Predicate>(key.first);
    grp.outgoing = !key.second;
    grp.total = rels.size();
    out.relations += rels.size();
    auto better = [&](Index a, Index b) {
      if (s.rels[a].conf != s.rels[b].conf) return s.rels[a].conf > s.rels[b].conf;
      return a < b;  // relations are in (subject, predicate, object) id order
    };
    const std::size_t k = per_group == 0 ? rels.size() : std::min(per_group, rels.size());
    std::partial_sort(rels.begin(), rels.begin() + static_cast<long>(k), rels.end(), better);
    for (std::size_t i = 0; i < k; ++i) grp.relations.push_back(s.relation_info(rels[i], filter.dates, story));
    out.groups.push_back(std::move(grp));
  }
  return out;
}

// ---- a document's facts ----------------------------------------------------------------------
std::vector<RelationInfo> document_facts(const Graph& g, std::string_view doc) {
  const Store& s = g.store();
  s.check_evidence();
  const auto it = s.string_index.find(std::string(doc));
  if (doc.empty() || it == s.string_index.end()) return {};
  const Index d = it->second;
  std::vector<std::pair<std::uint64_t, RelationInfo>> found;  // (first start, relation)
  for (Index r = 0; r < s.rels.size(); ++r) {
    const auto& rr = s.rels[r];
    bool any = false;
    for (Index k = rr.ev_begin; k < rr.ev_end && !any; ++k) any = s.ev[k].doc == d && !(s.ev[k].flags & detail::kPlaceholder);
    if (!any) continue;
    RelationInfo ri = with_evidence(s.relation_info(r), [&](const Evidence& ev) { return ev.doc == doc; });
    const std::uint64_t first = ri.evidence.front().start;
    found.emplace_back(first, std::move(ri));
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<RelationInfo> out;
  out.reserve(found.size());
  for (auto& [start, ri] : found) out.push_back(std::move(ri));
  return out;
}

// ---- what is new -------------------------------------------------------------------------------
NewFacts first_seen_since(const Graph& g, std::string_view since, const EdgeFilter& filter, std::size_t limit) {
  const Store& s = g.store();
  s.check_evidence();
  EdgeFilter no_dates = filter;  // "new" is decided by first_seen, not by evidence in range
  no_dates.dates = {};
  detail::Filter f(s, no_dates);
  std::vector<std::pair<std::string_view, Index>> hits;  // (first seen, relation)
  for (Index r = 0; r < s.rels.size(); ++r) {
    const auto& rr = s.rels[r];
    std::string_view first;
    for (Index k = rr.ev_begin; k < rr.ev_end; ++k) {
      const std::string_view d = s.strings[s.ev[k].date];
      if (!d.empty() && (first.empty() || d < first)) first = d;
    }
    if (first.empty() || first < since) continue;
    if (!f.relation_ok(r) || !f.vertex_ok(rr.s) || !f.vertex_ok(rr.o)) continue;
    hits.emplace_back(first, r);
  }
  NewFacts out;
  out.total = hits.size();
  auto newer = [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; };
  const std::size_t k = limit == 0 ? hits.size() : std::min(limit, hits.size());
  std::partial_sort(hits.begin(), hits.begin() + static_cast<long>(k), hits.end(), newer);
  for (std::size_t i = 0; i < k; ++i) out.relations.push_back(s.relation_info(hits[i].second));
  return out;
}

}  // namespace kg::graph
