#include "compose.hpp"

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <cstdlib>
#include <map>
#include <numeric>

#include "build.hpp"
#include "kg/text.hpp"
#include "pack.hpp"

namespace kg::render::detail {
namespace {

constexpr double kGap = 18;  // points between packed components
// Components of at most this many entities go in the tidy block rather than the skyline.
constexpr std::size_t kSmallComponent = 2;

struct Bezier {
  bool has_s = false, has_e = false;
  pointf sp{}, ep{};
  std::vector<pointf> pts;
};

struct EdgeGeometry {
  std::vector<Bezier> spline;
  bool has_label = false;
  pointf label{};
  pointf label_size{};  // points
};

// A cluster of a component's layout: its box, its label's place, its look and members.
struct ClusterGeometry {
  boxf bb{};
  bool has_label = false;
  pointf label{};
  std::vector<std::pair<std::string, std::string>> attributes;  // label, style, colours...
  std::vector<std::string> members;                            // node names
};

// One component after its own layout: its bounding box and where it put everything.
struct Geometry {
  boxf bb{};
  std::vector<std::pair<std::string, pointf>> nodes;
  std::vector<pointf> node_sizes;  // points, as nodes
  std::map<std::size_t, EdgeGeometry> edges;  // by index in the whole view
  std::vector<ClusterGeometry> clusters;
  std::string engine;
};

std::string fmt_box(const boxf& b, double dx, double dy);

std::string fmt_point(double x, double y) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f,%.2f", x, y);
  return buf;
}

// The sub-view of one component: its nodes in view order, its edges in view order, and
// each edge's index in the whole view.
GraphView sub_view(const GraphView& view, const std::vector<std::size_t>& members, std::vector<std::size_t>& edge_index) {
  GraphView sub;
  sub.path = view.path;
  std::map<std::string_view, bool> in;
  for (std::size_t i : members)
    if (view.nodes[i].id == view.focus) sub.focus = view.focus;
  for (std::size_t i : members) {
    sub.nodes.push_back(view.nodes[i]);
    in[view.nodes[i].id] = true;
  }
  for (std::size_t k = 0; k < view.edges.size(); ++k) {
    if (in.count(view.edges[k].source)) {
      sub.edges.push_back(view.edges[k]);
      edge_index.push_back(k);
    }
  }
  return sub;
}

// Moves each edge label (in edge order) to the first place along its edge, from the
// middle outwards and on either side of the line, where it covers no node and no label
// already placed; a label with no such place stays where the engine put it.
void place_edge_labels(Geometry& geo) {
  constexpr double kSlack = 3;  // points of clearance
  auto box = [](pointf c, pointf size) {
    return boxf{{c.x - size.x / 2 - kSlack, c.y - size.y / 2 - kSlack}, {c.x + size.x / 2 + kSlack, c.y + size.y / 2 + kSlack}};
  };
  auto hits = [](const boxf& a, const boxf& b) {
    return a.LL.x < b.UR.x && b.LL.x < a.UR.x && a.LL.y < b.UR.y && b.LL.y < a.UR.y;
  };
  std::vector<boxf> taken;
  for (std::size_t i = 0; i < geo.nodes.size(); ++i) taken.push_back(box(geo.nodes[i].second, geo.node_sizes[i]));
  for (auto& entry : geo.edges) {
    // a named reference, not a structured binding: clang 14 (Debian 12, the fuzz build)
    // cannot capture a structured binding in the lambda below
    auto& eg = entry.second;
    if (!eg.has_label) continue;
    auto free_at = [&](pointf c) {
      const boxf b = box(c, eg.label_size);
      return std::none_of(taken.begin(), taken.end(), [&](const boxf& t) { return hits(b, t); });
    };
    // The edge as a polyline through its control points.
    std::vector<pointf> line;
    for (const Bezier& b : eg.spline) line.insert(line.end(), b.pts.begin(), b.pts.end());
    std::vector<double> at(1, 0.0);
    for (std::size_t i = 1; i < line.size(); ++i)
      at.push_back(at.back() + std::hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y));
    pointf best = eg.label;
    if (!free_at(best) && line.size() >= 2 && at.back() > 0) {
      bool found = false;
      for (double f : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
        const double want = f * at.back();
        std::size_t i = 1;
        while (i + 1 < line.size() && at[i] < want) ++i;
        const double seg = at[i] - at[i - 1], t = seg > 0 ? (want - at[i - 1]) / seg : 0;
        const pointf p{line[i - 1].x + t * (line[i].x - line[i - 1].x), line[i - 1].y + t * (line[i].y - line[i - 1].y)};
        const double ux = seg > 0 ? (line[i].x - line[i - 1].x) / seg : 1, uy = seg > 0 ? (line[i].y - line[i - 1].y) / seg : 0;
        // Beside the line, far enough for the label to clear it, then farther (up to
        // five times: entities side by side leave no room between them), then on it.
        const double off = std::abs(uy) * eg.label_size.x / 2 + std::abs(ux) * eg.label_size.y / 2 + 2;
        for (double side : {1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 4.0, -4.0, 5.0, -5.0, 0.0}) {
          const pointf c{p.x - uy * off * side, p.y + ux * off * side};
          if (free_at(c)) {
            best = c;
            found = true;
            break;
          }
        }
        if (found) break;
      }
      // No room beside the line (entities packed around it): the nearest free spot on a
      // spiral around the edge's middle, so that no label covers an entity or a label
      if (!found) {
        const std::size_t mid = line.size() / 2;
        const auto spot = spiral_spot((line[mid - 1].x + line[mid].x) / 2, (line[mid - 1].y + line[mid].y) / 2,
                                      std::max(6.0, eg.label_size.y / 2), 60,
                                      [&](double x, double y) { return free_at(pointf{x, y}); });
        if (spot) best = pointf{spot->first, spot->second};
      }
    }
    eg.label = best;
    taken.push_back(box(best, eg.label_size));
    // The part's box holds its labels where they now are.
    geo.bb.LL.x = std::min(geo.bb.LL.x, best.x - eg.label_size.x / 2);
    geo.bb.LL.y = std::min(geo.bb.LL.y, best.y - eg.label_size.y / 2);
    geo.bb.UR.x = std::max(geo.bb.UR.x, best.x + eg.label_size.x / 2);
    geo.bb.UR.y = std::max(geo.bb.UR.y, best.y + eg.label_size.y / 2);
  }
}

void collect_geometry(Agraph_t* g, const std::vector<std::size_t>* edge_index, Geometry& geo);

Geometry lay_out(const std::shared_ptr<gv::Context>& ctx, const GraphView& sub, const std::vector<std::size_t>& edge_index,
                 const RenderOptions& opt, std::size_t style_nodes) {
  Geometry geo;
  RenderOptions copt = opt;
  copt.legend = false;
  if (sub.nodes.size() < kClusterMinPart) copt.cluster_by = ClusterBy::none;
  geo.engine = opt.engine.empty() ? default_engine(sub, copt) : opt.engine;
  gv::Layout layout(ctx, build_graph(sub, copt, geo.engine, style_nodes), geo.engine);
  Agraph_t* g = layout.graph().get();
  geo.bb = GD_bb(g);
  for (int i = 1; i <= GD_n_cluster(g); ++i) {
    Agraph_t* c = GD_clust(g)[i];
    ClusterGeometry cg;
    cg.bb = GD_bb(c);
    if (GD_label(c) && GD_label(c)->set) {
      cg.has_label = true;
      cg.label = GD_label(c)->pos;
    }
    for (const char* attr : {"label", "style", "color", "fillcolor", "fontsize"})
      if (const char* v = agget(c, const_cast<char*>(attr)); v && *v) cg.attributes.emplace_back(attr, v);
    for (Agnode_t* n = agfstnode(c); n; n = agnxtnode(c, n)) cg.members.emplace_back(agnameof(n));
    geo.clusters.push_back(std::move(cg));
  }
  collect_geometry(g, &edge_index, geo);
  // dot places edge labels as nodes of their own; the other engines put them at the
  // middle of the edge, over whatever is there.
  if (geo.engine != "dot") place_edge_labels(geo);
  return geo;
}

// Nodes and edges of a laid-out graph: edge "e<k>" is the k-th of `edge_index` (its index
// in the whole view), or the view's k-th edge without one.
void collect_geometry(Agraph_t* g, const std::vector<std::size_t>* edge_index, Geometry& geo) {
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    geo.nodes.emplace_back(agnameof(n), ND_coord(n));
    geo.node_sizes.push_back({ND_width(n) * 72, ND_height(n) * 72});
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
      const char* key = agnameof(e);  // "e<k>": k-th edge of the sub-view (build_graph)
      if (!key || key[0] != 'e') continue;
      const std::size_t local = std::strtoul(key + 1, nullptr, 10);
      if (edge_index && local >= edge_index->size()) continue;
      EdgeGeometry eg;
      if (const splines* spl = ED_spl(e)) {
        for (int i = 0; i < spl->size; ++i) {
          const bezier& bz = spl->list[i];
          Bezier b;
          b.has_s = bz.sflag != 0;
          b.has_e = bz.eflag != 0;
          b.sp = bz.sp;
          b.ep = bz.ep;
          b.pts.assign(bz.list, bz.list + bz.size);
          eg.spline.push_back(std::move(b));
        }
      }
      if (ED_label(e)) {
        // An engine may leave a label unplaced (neato on two entities): it starts at the
        // middle of its edge, place_edge_labels moves it.
        eg.has_label = true;
        eg.label = ED_label(e)->pos;
        eg.label_size = ED_label(e)->dimen;
        if (!ED_label(e)->set && !eg.spline.empty() && !eg.spline.front().pts.empty()) {
          const auto& first = eg.spline.front().pts.front();
          const auto& last = eg.spline.back().pts.back();
          eg.label = pointf{(first.x + last.x) / 2, (first.y + last.y) / 2};
        }
      }
      geo.edges[edge_index ? (*edge_index)[local] : local] = std::move(eg);
    }
  }
}

// Graphviz's "pos" of an edge (what -Tdot writes and neato -n2 reads):
// "s,x,y e,x,y x,y x,y ..." per bezier, beziers joined by ';'.
std::string spline_pos(const std::vector<Bezier>& spline, double dx, double dy) {
  std::string s;
  for (const Bezier& b : spline) {
    if (!s.empty()) s += ';';
    std::string part;
    if (b.has_s) part += "s," + fmt_point(b.sp.x + dx, b.sp.y + dy);
    if (b.has_e) part += (part.empty() ? "e," : " e,") + fmt_point(b.ep.x + dx, b.ep.y + dy);
    for (const pointf& p : b.pts) part += (part.empty() ? "" : " ") + fmt_point(p.x + dx, p.y + dy);
    s += part;
  }
  return s;
}

std::string fmt_box(const boxf& b, double dx, double dy) {
  return fmt_point(b.LL.x + dx, b.LL.y + dy) + "," + fmt_point(b.UR.x + dx, b.UR.y + dy);
}

}  // namespace

std::vector<std::vector<std::size_t>> components(const GraphView& view) {
  std::map<std::string_view, std::size_t> index;
  for (std::size_t i = 0; i < view.nodes.size(); ++i) index[view.nodes[i].id] = i;
  std::vector<std::size_t> parent(view.nodes.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const auto& e : view.edges) {
    auto a = index.find(e.source), b = index.find(e.target);
    if (a == index.end() || b == index.end()) continue;
    const std::size_t ra = find(a->second), rb = find(b->second);
    if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
  }
  std::map<std::size_t, std::vector<std::size_t>> by_root;
  for (std::size_t i = 0; i < view.nodes.size(); ++i) by_root[find(i)].push_back(i);
  std::vector<std::vector<std::size_t>> out;
  for (auto& [root, members] : by_root) out.push_back(std::move(members));
  auto top = [&](const std::vector<std::size_t>& c) {
    double m = 0;
    for (std::size_t i : c) m = std::max(m, view.nodes[i].importance);
    return m;
  };
  // by_root is in order of each component's first node (its root is its smallest index),
  // so ties keep id order.
  std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
    if (a.size() != b.size()) return a.size() > b.size();
    return top(a) > top(b);
  });
  return out;
}

bool packable(const GraphView& view, const RenderOptions& opt) {
  if (view.nodes.empty()) return false;
  if (opt.pinned.has_value() && !opt.pinned->empty()) return false;
  std::map<std::string_view, bool> ids;
  for (const auto& n : view.nodes) ids[n.id] = true;
  for (const auto& e : view.edges)
    if (!ids.count(e.source) || !ids.count(e.target)) return false;
  return true;
}

std::string default_engine(const GraphView& view, const RenderOptions& opt) {
  const bool pinned = opt.pinned.has_value() && !opt.pinned->empty();
  // An ego map is radial around its focus, unless clusters or pins ask for another engine.
  if (!view.focus.empty() && !pinned && opt.cluster_by == ClusterBy::none) return "twopi";
  return choose_engine(view.nodes.size(), opt.cluster_by != ClusterBy::none, pinned, opt.previous_engine);
}

void place_labels(Agraph_t* g) {
  Geometry geo;
  geo.bb = GD_bb(g);
  collect_geometry(g, nullptr, geo);
  place_edge_labels(geo);
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
      const char* key = agnameof(e);
      if (!key || key[0] != 'e' || !ED_label(e)) continue;
      auto it = geo.edges.find(std::strtoul(key + 1, nullptr, 10));
      if (it == geo.edges.end() || !it->second.has_label) continue;
      ED_label(e)->pos = it->second.label;
      ED_label(e)->set = true;
    }
  }
  GD_bb(g) = geo.bb;
}

RenderOptions resolved(const GraphView& view, RenderOptions opt) {
  if (opt.cluster_by != ClusterBy::automatic) return opt;
  opt.cluster_by = ClusterBy::none;
  if (!view.focus.empty() || !view.path.empty()) return opt;
  if (!opt.engine.empty() && opt.engine != "dot") return opt;
  if (const auto comps = components(view); opt.engine.empty() && !comps.empty()) {
    std::vector<std::size_t> edge_index;
    if (default_engine(sub_view(view, comps.front(), edge_index), opt) != "dot") return opt;
  }
  opt.cluster_by = country_blocks(view) >= 2 ? ClusterBy::country : ClusterBy::type;
  return opt;
}

std::string packed_engine(const GraphView& view, const RenderOptions& opt) {
  if (!opt.engine.empty()) return opt.engine;
  const auto comps = components(view);
  if (comps.empty()) return choose_engine(0, false, false);
  std::vector<std::size_t> edge_index;
  return default_engine(sub_view(view, comps.front(), edge_index), opt);
}

Packed layout_packed(const std::shared_ptr<gv::Context>& ctx, const GraphView& view, const RenderOptions& opt) {
  const auto comps = components(view);
  std::vector<Geometry> geos;
  geos.reserve(comps.size());
  for (const auto& members : comps) {
    std::vector<std::size_t> edge_index;
    const GraphView sub = sub_view(view, members, edge_index);
    geos.push_back(lay_out(ctx, sub, edge_index, opt, view.nodes.size()));
  }
  std::vector<Size> large, small, extra;
  std::vector<std::size_t> order;  // component index of each packed box, large then small
  for (std::size_t c = 0; c < comps.size(); ++c) {
    if (comps[c].size() > kSmallComponent) {
      large.push_back({geos[c].bb.UR.x - geos[c].bb.LL.x, geos[c].bb.UR.y - geos[c].bb.LL.y});
      order.push_back(c);
    }
  }
  for (std::size_t c = 0; c < comps.size(); ++c) {
    if (comps[c].size() <= kSmallComponent) {
      small.push_back({geos[c].bb.UR.x - geos[c].bb.LL.x, geos[c].bb.UR.y - geos[c].bb.LL.y});
      order.push_back(c);
    }
  }
  // The legend's type grows with the map (packed once without it to know its width), so
  // that it stays readable when the map is shrunk to a report column.
  Size legend{};
  double legend_font = 0;
  if (opt.legend) {
    legend_font = legend_font_for(pack_map(large, small, extra, target_aspect(opt), kGap).width);
    gv::Layout lg(ctx, legend_graph(view, opt, legend_font), "dot");
    Agnode_t* n = agfstnode(lg.graph().get());
    legend = {ND_width(n) * 72, ND_height(n) * 72};
    extra.push_back(legend);
  }
  const Packing pk = pack_map(large, small, extra, target_aspect(opt), kGap);

  // Clusters come from the parts' layouts (one box per part and group), not build_graph.
  RenderOptions whole = opt;
  whole.cluster_by = ClusterBy::none;
  gv::Graph g = build_graph(view, whole, std::string(kFixedEngine), 0, legend_font);
  g.declare(AGEDGE, "pos", "");
  g.declare(AGEDGE, "lp", "");
  g.declare(AGRAPH, "bb", "");
  g.declare(AGRAPH, "lp", "");
  Agraph_t* root = g.get();
  std::size_t cluster_count = 0;
  // Offsets are top-left, y down; Graphviz's y goes up.
  auto shift = [&](const boxf& bb, const Offset& o, double& dx, double& dy) {
    dx = o.x - bb.LL.x;
    dy = (pk.height - o.y - (bb.UR.y - bb.LL.y)) - bb.LL.y;
  };
  for (std::size_t b = 0; b < order.size(); ++b) {
    const Geometry& geo = geos[order[b]];
    double dx = 0, dy = 0;
    shift(geo.bb, pk.offsets[b], dx, dy);
    for (const auto& [name, p] : geo.nodes)
      if (Agnode_t* n = agnode(root, gv::CStr(name).get(), 0)) gv::Graph::set(n, "pos", fmt_point(p.x + dx, p.y + dy));
    for (const ClusterGeometry& cg : geo.clusters) {
      ++cluster_count;
      Agraph_t* sub = g.subgraph("cluster_" + std::to_string(cluster_count));
      for (const auto& [attr, value] : cg.attributes) gv::Graph::set(sub, attr.c_str(), value);
      gv::Graph::set(sub, "id", "cluster-" + std::to_string(cluster_count));
      gv::Graph::set(sub, "bb", fmt_box(cg.bb, dx, dy));
      if (cg.has_label) gv::Graph::set(sub, "lp", fmt_point(cg.label.x + dx, cg.label.y + dy));
      for (const auto& name : cg.members)
        if (Agnode_t* n = agnode(root, gv::CStr(name).get(), 0)) agsubnode(sub, n, 1);
    }
    for (const auto& [k, eg] : geo.edges) {
      // Node names as gv::Graph::node made them.
      Agnode_t* tail = agnode(root, gv::CStr(text::displayable(view.edges[k].source)).get(), 0);
      Agnode_t* head = agnode(root, gv::CStr(text::displayable(view.edges[k].target)).get(), 0);
      gv::CStr key("e" + std::to_string(k));
      Agedge_t* e = tail && head ? agedge(root, tail, head, key.get(), 0) : nullptr;
      if (!e && tail && head) e = agedge(root, head, tail, key.get(), 0);  // drawn reversed (path maps)
      if (!e) continue;
      if (!eg.spline.empty()) gv::Graph::set(e, "pos", spline_pos(eg.spline, dx, dy));
      if (eg.has_label) gv::Graph::set(e, "lp", fmt_point(eg.label.x + dx, eg.label.y + dy));
    }
  }
  if (opt.legend) {
    const Offset o = pk.offsets.back();
    gv::Graph::set(agnode(root, gv::CStr(std::string(kLegendNode)).get(), 0), "pos",
                   fmt_point(o.x + legend.w / 2, pk.height - o.y - legend.h / 2));
  }
  Packed out{gv::Layout(ctx, std::move(g), kFixedEngine), geos.empty() ? std::string("dot") : geos.front().engine};
  return out;
}

}  // namespace kg::render::detail
