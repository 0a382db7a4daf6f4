// make_view: the plain sorted picture of a selection that render draws.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "kg/error.hpp"
#include "kg/graph/query.hpp"
#include "kg/text.hpp"
#include "query_util.hpp"
#include "store.hpp"

namespace kg::graph {

using detail::Index;

std::vector<double> importance(const Graph& g, const std::string& measure, const text::DateRange& dates) {
  const auto of = [&](const Graph& h) {
    if (measure == "degree") return degree_centrality(h);
    if (measure == "pagerank") return pagerank(h);
    throw UsageError("unknown importance measure '" + measure + "' (use degree or pagerank)");
  };
  if (!dates.bounded()) return of(g);
  const Graph slice = as_of(g, dates);
  return per_vertex_of(g, slice, of(slice));
}

std::vector<double> per_vertex_of(const Graph& g, const Graph& slice, const std::vector<double>& scores) {
  const auto& s = g.store();
  const auto& t = slice.store();
  if (scores.size() != t.ents.size()) throw Error("scores for another graph");
  std::vector<double> out(s.ents.size(), 0.0);
  Index v = 0;
  for (Index u = 0; u < t.ents.size(); ++u) {
    while (v < s.ents.size() && s.ents[v].id != t.ents[u].id) ++v;
    if (v == s.ents.size()) throw Error("a slice with an entity the graph lacks");
    out[v] = scores[u];
  }
  return out;
}

GraphView make_view(const Graph& g, const ViewOptions& opt) {
  const auto& s = g.store();
  GraphView view;
  view.title = opt.title;
  EdgeFilter ef;
  ef.predicates = opt.predicates;
  ef.dates = opt.dates;
  // Node types restrict the whole selection, so the traversal uses them too.
  ef.types = opt.types;
  detail::Filter f(s, ef);

  std::set<Index> keep_always;      // focus and path entities: never filtered or dropped
  std::set<Index> highlighted;
  std::set<Index> path_rels;
  std::vector<Index> verts;
  bool selected = false;
  if (opt.focus) {
    const Index c = static_cast<Index>(require_index(g, *opt.focus));
    for (const auto& [v, d] : detail::bfs_ball(s, c, std::max(0, opt.depth), f)) verts.push_back(v);
    keep_always.insert(c);
    highlighted.insert(c);
    view.focus = s.ents[c].id;
    selected = true;
  }
  if (opt.path) {
    PathOptions po;
    po.filter = ef;
    const Index a = static_cast<Index>(require_index(g, opt.path->first));
    const Index b = static_cast<Index>(require_index(g, opt.path->second));
    auto paths = find_paths_between(g, a, b, po);
    if (paths.empty()) {
      view.notes.push_back("no path between " + s.ents[a].name + " and " + s.ents[b].name);
      verts.push_back(a);
      verts.push_back(b);
      keep_always.insert({a, b});
    } else {
      for (const auto& n : paths.front().nodes) {
        const auto v = static_cast<Index>(n.index);
        verts.push_back(v);
        keep_always.insert(v);
        highlighted.insert(v);
        view.path.push_back(n.id);
      }
      // Mark the exact relations the path walks.
      for (const auto& st : paths.front().steps) {
        const Index u = *s.find(st.from), w = *s.find(st.to);
        for (auto [e, end] = out_edges(u, s.adj); e != end; ++e) {
          const Index r = s.adj.dir_rel[e->pos] >> 1;
          if (target(*e, s.adj) == w && s.rels[r].p == static_cast<std::uint8_t>(st.relation.predicate) &&
              s.ents[s.rels[r].s].id == st.relation.subject) {
            path_rels.insert(r);
            break;
          }
        }
      }
    }
    selected = true;
  }
  if (!selected)
    for (Index v = 0; v < s.ents.size(); ++v)
      if (f.vertex_ok(v)) verts.push_back(v);
  std::sort(verts.begin(), verts.end());
  verts.erase(std::unique(verts.begin(), verts.end()), verts.end());

  // Importance over the graph as of the dates drawn, normalised by the largest value in
  // the view.
  const std::vector<double> computed =
      opt.importance_scores ? std::vector<double>{} : importance(g, opt.importance, opt.dates);
  const std::vector<double>& imp = opt.importance_scores ? *opt.importance_scores : computed;
  if (imp.size() != s.ents.size()) throw Error("importance scores for another graph");

  auto cap = [&] {
    if (opt.max_nodes == 0 || verts.size() <= opt.max_nodes) return;
    std::vector<Index> order(verts);
    std::stable_sort(order.begin(), order.end(), [&](Index a, Index b) {
      const bool ka = keep_always.count(a), kb = keep_always.count(b);
      if (ka != kb) return ka;
      if (imp[a] != imp[b]) return imp[a] > imp[b];
      return s.ents[a].id < s.ents[b].id;
    });
    const std::size_t keep = std::max(opt.max_nodes, keep_always.size());
    std::vector<std::string> dropped;
    for (std::size_t i = keep; i < order.size(); ++i) dropped.push_back(s.ents[order[i]].name);
    order.resize(keep);
    std::sort(order.begin(), order.end());
    verts.swap(order);
    std::string note = "dropped " + std::to_string(dropped.size()) + " of " +
                       std::to_string(dropped.size() + verts.size()) + " entities (--max-nodes " +
                       std::to_string(opt.max_nodes) + ", least " + opt.importance + " first)";
    const std::size_t show = std::min<std::size_t>(dropped.size(), 10);
    if (show) {
      note += ": ";
      for (std::size_t i = 0; i < show; ++i) note += (i ? ", " : "") + dropped[dropped.size() - 1 - i];
      if (dropped.size() > show) note += ", ...";
    }
    view.notes.push_back(note);
  };
  // A filtered map shows the entities its edges touch, and a map that leaves out what only
  // the lexicon knows drops the entities known only through it, so for those the cut to
  // max_nodes comes after the edges. Otherwise it comes first, which spares collecting the
  // relations of entities that are then dropped (a hub's ego map on a large graph): the
  // same map either way. (A graph without lexicon evidence, such as one loaded from
  // triples, drops nothing for the lexicon.)
  const bool edge_filtered = !opt.predicates.empty() || !opt.docs.empty() || opt.dates.bounded();
  s.check_evidence();  // (and lexicon_evidence is known then)
  const bool lexicon_may_drop = opt.lexicon == LexiconKnowledge::omit && s.lexicon_evidence;
  if (!edge_filtered && !lexicon_may_drop) cap();
  // Edges that pass every filter, with their evidence narrowed to the documents asked for.
  std::set<std::string> docs(opt.docs.begin(), opt.docs.end());
  struct E {
    Index r;
    std::vector<Index> ev;  // evidence rows kept
  };
  std::vector<E> edges;
  std::set<Index> lexicon_touched;  // entities of the lexicon's facts left out
  for (Index r : detail::relations_among(s, verts, f)) {
    const auto& rr = s.rels[r];
    E e{r, {}};
    bool lexicon = true;  // the evidence kept is all the lexicon's
    for (Index k = rr.ev_begin; k < rr.ev_end; ++k) {
      const auto& row = s.ev[k];
      if (row.flags & detail::kPlaceholder) continue;
      if (!docs.empty() && !docs.count(s.strings[row.doc])) continue;
      if (!opt.dates.contains(s.strings[row.date])) continue;
      e.ev.push_back(k);
      lexicon = lexicon && (row.flags & detail::kFromLexicon);
    }
    if (!docs.empty() && e.ev.empty()) continue;
    if (lexicon && !e.ev.empty() && opt.lexicon == LexiconKnowledge::omit) {
      lexicon_touched.insert({rr.s, rr.o});
      continue;
    }
    edges.push_back(std::move(e));
  }
  // A filtered map shows the entities its edges touch, not every entity of the graph; and
  // an entity known only through the lexicon's facts goes with them.
  if (edge_filtered || !lexicon_touched.empty()) {
    std::set<Index> touched(keep_always);
    for (const auto& e : edges) touched.insert({s.rels[e.r].s, s.rels[e.r].o});
    std::vector<Index> kept;
    for (Index v : verts)
      if (touched.count(v) || (!edge_filtered && !lexicon_touched.count(v))) kept.push_back(v);
    verts.swap(kept);
  }
  cap();

  const std::unordered_set<Index> in(verts.begin(), verts.end());
  double max_imp = 0;
  for (Index v : verts) max_imp = std::max(max_imp, imp[v]);

  std::unordered_map<Index, std::size_t> local;
  for (std::size_t i = 0; i < verts.size(); ++i) local.emplace(verts[i], i);
  std::vector<std::string> community(verts.size());
  if (opt.communities) {
    std::vector<std::vector<Index>> adj(verts.size());
    for (const auto& e : edges) {
      const auto& rr = s.rels[e.r];
      if (!in.count(rr.s) || !in.count(rr.o) || rr.s == rr.o) continue;
      adj[local[rr.s]].push_back(static_cast<Index>(local[rr.o]));
      adj[local[rr.o]].push_back(static_cast<Index>(local[rr.s]));
    }
    const auto lab = detail::label_propagation(adj, opt.seed);
    for (std::size_t i = 0; i < verts.size(); ++i) community[i] = "c" + std::to_string(lab[i]);
  }
  for (std::size_t i = 0; i < verts.size(); ++i) {
    const Index v = verts[i];
    const auto& e = s.ents[v];
    ViewNode n;
    n.id = e.id;
    n.name = e.name;
    n.type = e.type;
    // The country an article gives, else the lexicon's when it may be shown, marked.
    const EntityInfo info = s.entity_info(v);
    if (info.country_from == "articles") {
      n.country = info.country;
    } else if (!info.stated_countries.empty()) {
      n.country = info.stated_countries.front();
    } else if (opt.lexicon == LexiconKnowledge::mark) {
      n.country = info.country;
      n.country_from_lexicon = !n.country.empty();
    }
    n.community = community[i];
    n.importance = max_imp > 0 ? imp[v] / max_imp : 0;
    n.highlighted = highlighted.count(v) > 0;
    view.nodes.push_back(std::move(n));
  }
  std::vector<Index> story;
  std::vector<WeighedEvidence> weighed;
  for (const auto& e : edges) {
    const auto& rr = s.rels[e.r];
    if (!in.count(rr.s) || !in.count(rr.o)) continue;
    ViewEdge ve;
    ve.source = s.ents[rr.s].id;
    ve.target = s.ents[rr.o].id;
    ve.predicate = static_cast<Predicate>(rr.p);
    ve.confidence = rr.conf;
    if (e.ev.size() != s.evidence_count(e.r)) {  // narrowed to dates or documents: what the rest adds up to
      if (story.empty()) story = s.stories();
      std::vector<detail::EvRow> kept;
      for (Index k : e.ev) kept.push_back(s.ev[k]);
      ve.confidence = detail::Store::confidence(kept.data(), kept.data() + kept.size(), story, weighed);
    }
    std::vector<Index> ev = e.ev;
    std::stable_sort(ev.begin(), ev.end(), [&](Index a, Index b) { return s.ev[a].conf > s.ev[b].conf; });
    for (Index k : ev) {
      const auto& row = s.ev[k];
      ve.evidence.push_back(s.evidence(row));
    }
    ve.highlighted = path_rels.count(e.r) > 0;
    ve.from_lexicon = std::all_of(e.ev.begin(), e.ev.end(), [&](Index k) { return s.ev[k].flags & detail::kFromLexicon; }) &&
                      !e.ev.empty();
    view.edges.push_back(std::move(ve));
  }
  // Entities are in id order already; relations in (subject id, predicate, object id) order.
  if (view.title.empty()) {  // what the map shows, in words
    if (opt.focus)
      view.title = s.ents[require_index(g, *opt.focus)].name + " (depth " + std::to_string(opt.depth) + ")";
    else if (opt.path)
      view.title = s.ents[require_index(g, opt.path->first)].name + " \u2192 " +
                   s.ents[require_index(g, opt.path->second)].name;
    else
      view.title = "Knowledge graph: " + std::to_string(view.nodes.size()) + " entities";
  }
  return view;
}

}  // namespace kg::graph
