// Slices of a graph: the graph as the news stood on a date, a subgraph, the graph without
// some documents. One implementation (copy_slice) that every one of them goes through, so
// they agree on what a relation keeps and on how its confidence and first/last seen follow.
#include <algorithm>
#include <numeric>
#include <set>

#include "kg/graph/query.hpp"
#include "kg/io.hpp"
#include "query_util.hpp"
#include "store.hpp"

namespace kg::graph {

using detail::Index;
using detail::Store;

namespace detail {

Graph copy_slice(const Store& s, const std::vector<Index>& rels, const std::vector<Index>& entities,
                 const std::function<bool(const EvRow&)>& keep_row,
                 const std::function<bool(const DocumentInfo&)>& keep_document) {
  s.check_evidence();
  // Which evidence rows stay, relation by relation; which entities and documents they name.
  std::vector<char> keep_ent(s.ents.size(), 0), cited(s.strings.size(), 0);
  for (Index v : entities) keep_ent[v] = 1;
  std::vector<Index> rows;
  std::vector<std::pair<Index, std::size_t>> kept;  // relation, end of its rows in `rows`
  for (Index r : rels) {
    const RelRow& rr = s.rels[r];
    const std::size_t before = rows.size();
    for (Index k = rr.ev_begin; k < rr.ev_end; ++k)
      if (keep_row(s.ev[k])) {
        rows.push_back(k);
        cited[s.ev[k].doc] = 1;
      }
    if (rows.size() == before) continue;
    kept.emplace_back(r, rows.size());
    keep_ent[rr.s] = keep_ent[rr.o] = 1;
    if ((kept.size() & 0xFFFF) == 0) io::check_interrupted();
  }
  Graph out;
  Store& t = out.mutable_store();
  t.thaw();
  // Entities as they are (id, type and where it came from, country, aliases), in id order;
  // every name that resolved to one of them still does.
  std::vector<Index> map(s.ents.size(), kNone);
  for (Index v = 0; v < s.ents.size(); ++v)
    if (keep_ent[v]) {
      map[v] = t.add_row_copy(s.ents[v]);
    }
  for (std::size_t i = 0; i < s.keys.size(); ++i)
    if (const Index v = map[s.keys.value(i)]; v != kNone) t.keys.emplace(s.keys.key(i), v);
  std::size_t begin = 0;
  for (const auto& [r, end] : kept) {
    const RelRow& rr = s.rels[r];
    for (std::size_t i = begin; i < end; ++i) {
      const EvRow& row = s.ev[rows[i]];
      t.append(map[rr.s], static_cast<Predicate>(rr.p), map[rr.o], s.evidence(row), row.conf,
               (row.flags & kPlaceholder) != 0);
    }
    begin = end;
  }
  s.docs.for_each([&](const DocumentInfo& d) {
    const auto it = s.string_index.find(d.name);
    if ((it != s.string_index.end() && cited[it->second]) || (keep_document && keep_document(d))) t.docs.put(d);
  });
  t.freeze();
  return out;
}

}  // namespace detail

Graph filtered(const Graph& g, const EvidenceTest& keep, const std::function<bool(const DocumentInfo&)>& keep_document) {
  const Store& s = g.store();
  std::vector<Index> rels(s.rels.size());
  std::iota(rels.begin(), rels.end(), Index{0});
  return detail::copy_slice(
      s, rels, {}, [&](const detail::EvRow& row) { return keep(s.str(row.doc), s.str(row.date)); }, keep_document);
}

Graph as_of(const Graph& g, const text::DateRange& dates) {
  dates.check();
  return filtered(
      g, [&](std::string_view, std::string_view date) { return dates.contains(date); },
      [&](const DocumentInfo& d) { return dates.contains(d.date); });
}

Graph subgraph(const Graph& g, const std::vector<std::string>& entity_ids, const EdgeFilter& filter) {
  const Store& s = g.store();
  std::vector<Index> verts;
  for (const auto& id : entity_ids) verts.push_back(static_cast<Index>(require_index(g, id)));
  std::sort(verts.begin(), verts.end());
  verts.erase(std::unique(verts.begin(), verts.end()), verts.end());
  detail::Filter f(s, filter);
  return detail::copy_slice(
      s, detail::relations_among(s, verts, f), verts,
      [&](const detail::EvRow& row) { return filter.dates.contains(s.str(row.date)); }, nullptr);
}

}  // namespace kg::graph
