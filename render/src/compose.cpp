#include "compose.hpp"

#include <algorithm>
#include <cstdio>
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
};

// One component after its own layout: its bounding box and where it put everything.
struct Geometry {
  boxf bb{};
  std::vector<std::pair<std::string, pointf>> nodes;
  std::map<std::size_t, EdgeGeometry> edges;  // by index in the whole view
  std::string engine;
};

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

Geometry lay_out(const std::shared_ptr<gv::Context>& ctx, const GraphView& sub, const std::vector<std::size_t>& edge_index,
                 const RenderOptions& opt, std::size_t style_nodes) {
  Geometry geo;
  geo.engine = opt.engine.empty() ? default_engine(sub, opt) : opt.engine;
  RenderOptions copt = opt;
  copt.legend = false;
  gv::Layout layout(ctx, build_graph(sub, copt, geo.engine, style_nodes), geo.engine);
  Agraph_t* g = layout.graph().get();
  geo.bb = GD_bb(g);
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    geo.nodes.emplace_back(agnameof(n), ND_coord(n));
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
      const char* key = agnameof(e);  // "e<k>": k-th edge of the sub-view (build_graph)
      if (!key || key[0] != 'e') continue;
      const std::size_t local = std::strtoul(key + 1, nullptr, 10);
      if (local >= edge_index.size()) continue;
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
      if (ED_label(e) && ED_label(e)->set) {
        eg.has_label = true;
        eg.label = ED_label(e)->pos;
      }
      geo.edges[edge_index[local]] = std::move(eg);
    }
  }
  return geo;
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
  if (view.nodes.empty() || opt.cluster_by != ClusterBy::none) return false;
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
  Size legend{};
  if (opt.legend) {
    gv::Layout lg(ctx, legend_graph(view, opt), "dot");
    Agnode_t* n = agfstnode(lg.graph().get());
    legend = {ND_width(n) * 72, ND_height(n) * 72};
    extra.push_back(legend);
  }
  const Packing pk = pack_map(large, small, extra, target_aspect(opt), kGap);

  gv::Graph g = build_graph(view, opt, std::string(kFixedEngine));
  g.declare(AGEDGE, "pos", "");
  g.declare(AGEDGE, "lp", "");
  Agraph_t* root = g.get();
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
