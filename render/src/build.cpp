#include "build.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>

#include "kg/text.hpp"
#include "style.hpp"

namespace kg::render::detail {
namespace {

std::string gv_lines(const std::vector<std::string>& lines, std::size_t max_bytes);

// Above this many nodes, edge labels (but for highlighted edges) would cover the map;
// colour and the legend say the predicate instead, the tooltip says it in words.
constexpr std::size_t kEdgeLabelLimit = 60;
constexpr std::size_t kLabelBytes = 40;     // node labels; the tooltip has the full name
constexpr std::size_t kTooltipBytes = 600;  // evidence sentence in tooltips

std::string fmt_num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size())
    s.replace(pos, from.size(), to);
  return s;
}

std::string evidence_line(const Evidence& ev) {
  std::string s = "\u201C" + text::ellipsize(ev.sentence, kTooltipBytes) + "\u201D \u2014 " + ev.doc;
  if (!ev.date.empty()) s += ", " + ev.date;
  return s;
}

// The legend: an HTML-like label built only from kg's own style table, never from
// article text, listing only the types and predicates on the map.
std::string legend_html(const GraphView& view, double font) {
  const std::string swatch = std::to_string(static_cast<int>(std::lround(2.4 * font)));  // 24 at 10 pt
  std::set<EntityType> types;
  std::set<Predicate> preds;
  for (const auto& n : view.nodes) types.insert(n.type);
  // The predicates drawn: one line per pair of entities, in its first fact's style.
  for (const auto& group : edge_groups(view)) preds.insert(view.edges[group.front()].predicate);
  std::string h =
      "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
      "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>";
  for (EntityType t : types) {
    const auto& s = style_of(t);
    h += "<TR><TD BGCOLOR=\"" + std::string(s.fill) + "\" BORDER=\"1\" COLOR=\"" +
         std::string(s.border) + "\" WIDTH=\"" + swatch + "\"> </TD><TD ALIGN=\"LEFT\">" +
         std::string(s.legend) + "</TD></TR>";
  }
  const auto row = [&](std::string_view color, std::string_view style, std::string_view label) {
    const char* line = style == "dashed" ? "\u2013 \u2013 \u2013" : style == "dotted" ? "\u00B7 \u00B7 \u00B7 \u00B7" : style == "bold" ? "\u2501\u2501\u2501" : "\u2500\u2500\u2500";
    h += "<TR><TD><FONT COLOR=\"" + std::string(color) + "\">" + line + "</FONT></TD><TD ALIGN=\"LEFT\">" +
         std::string(label) + "</TD></TR>";
  };
  for (Predicate p : preds) row(style_of(p).color, style_of(p).style, predicate_label(p));
  if (std::any_of(view.edges.begin(), view.edges.end(), [](const ViewEdge& e) { return e.from_lexicon; }))
    row(kLexiconColor, kLexiconStyle, kLexiconLegend);
  h += "</TABLE>";
  return h;
}

void declare_attributes(gv::Graph& g, const std::string& engine, bool pinned, std::size_t nodes, bool upright) {
  const bool fixed = engine == kFixedEngine;
  const int G = AGRAPH, N = AGNODE, E = AGEDGE;
  g.declare(G, "label", "");
  g.declare(G, "labelloc", "t");
  g.declare(G, "labeljust", "c");
  g.declare(G, "fontname", kFontName);
  g.declare(G, "fontsize", "14");
  g.declare(G, "style", "");
  g.declare(G, "color", "");
  g.declare(G, "fillcolor", "");
  g.declare(G, "id", "");
  g.declare(G, "layout", engine);
  g.declare(G, "bgcolor", "white");
  g.declare(G, "pad", "0.3");
  g.declare(G, "outputorder", "edgesfirst");
  if (engine == "dot") {
    // Ranks across a wide target, down an upright one: each part then has about the
    // shape of the map it goes in.
    g.declare(G, "rankdir", upright ? "TB" : "LR");
    g.declare(G, "nodesep", "0.25");
    g.declare(G, "ranksep", "0.7");
    g.declare(G, "newrank", "true");
  } else if (engine != "circo" && !fixed) {
    if (engine == "twopi") {
      g.declare(G, "root", "");  // the ego map's focus, in the centre
      g.declare(G, "ranksep", "1.1");
    }
    g.declare(G, "overlap", pinned ? "true" : "prism");
    g.declare(G, "sep", "+8");
    // Curved edges routed around nodes cost minutes on a few hundred nodes (fdp, neato);
    // straight lines keep large maps fast.
    g.declare(G, "splines", engine == "sfdp" || nodes > 100 ? "false" : "true");
    g.declare(G, "start", "");  // set to the seed below: same seed, same layout
    // Packing moves each connected component as a block: not for pinned maps.
    g.declare(G, "pack", pinned ? "false" : "true");
    // pos in points, as saved. (Graphviz still shifts the drawing to the origin, so a
    // kept map moves as a whole; the pinned nodes keep their places relative to each other.)
    if (pinned) g.declare(G, "inputscale", "72");
  }
  g.declare(N, "label", "\\N");
  g.declare(N, "shape", "ellipse");
  g.declare(N, "style", "filled");
  g.declare(N, "fillcolor", "white");
  g.declare(N, "color", "#666666");
  g.declare(N, "fontname", kFontName);
  g.declare(N, "fontsize", "11");
  g.declare(N, "penwidth", "1");
  g.declare(N, "margin", "0.08,0.03");
  g.declare(N, "tooltip", "");
  g.declare(N, "URL", "");
  g.declare(N, "target", "");
  g.declare(N, "id", "");
  g.declare(N, "pos", "");
  g.declare(N, "pin", "false");
  g.declare(E, "label", "");
  g.declare(E, "fontname", kFontName);
  g.declare(E, "fontsize", "9");
  g.declare(E, "fontcolor", "#333333");
  g.declare(E, "color", "#999999");
  g.declare(E, "style", "solid");
  g.declare(E, "penwidth", "1");
  g.declare(E, "arrowsize", "0.6");
  g.declare(E, "dir", "forward");
  g.declare(E, "tooltip", "");
  g.declare(E, "id", "");
}

// The country an entity belongs to on a map: its own (lexicon) country, else the country
// it is based_in on this map, else (one hop) that of the organisation it works at, is
// developed by or is part of. First match in the view's sorted edge order: deterministic.
std::map<std::string, std::string> countries(const GraphView& view) {
  std::map<std::string, const ViewNode*> by_id;
  for (const auto& n : view.nodes) by_id[n.id] = &n;
  std::map<std::string, std::string> out;
  for (const auto& n : view.nodes) {
    if (n.type == EntityType::Country) out[n.id] = n.name;
    else if (!n.country.empty()) out[n.id] = n.country;
  }
  for (const auto& e : view.edges) {
    auto t = by_id.find(e.target);
    if (e.predicate == Predicate::based_in && t != by_id.end() && t->second->type == EntityType::Country)
      out.emplace(e.source, t->second->name);
  }
  std::map<std::string, std::string> inherited;
  for (const auto& e : view.edges) {
    std::string member, owner;
    switch (e.predicate) {
      case Predicate::works_at: case Predicate::leads: case Predicate::founded: case Predicate::part_of:
        member = e.source; owner = e.target; break;
      case Predicate::develops: case Predicate::offers:
        member = e.target; owner = e.source; break;
      default: continue;
    }
    if (out.count(member)) continue;
    if (auto o = out.find(owner); o != out.end()) inherited.emplace(member, o->second);
  }
  out.merge(inherited);
  return out;
}

// The block a country is grouped in on a map (blocks.inc): Europe, else the country.
const std::string& block_of(const std::string& country) {
  static const std::map<std::string, std::string> blocks = [] {
    std::map<std::string, std::string> m;
    const std::string_view data =
#include "blocks.inc"
        ;
    std::size_t pos = 0;
    while (pos < data.size()) {
      std::size_t nl = data.find('\n', pos);
      if (nl == std::string_view::npos) nl = data.size();
      const std::string_view line = data.substr(pos, nl - pos);
      pos = nl + 1;
      const std::size_t colon = line.find(':');
      if (line.empty() || line[0] == '#' || colon == std::string_view::npos) continue;
      const std::string block(line.substr(0, colon));
      std::string_view rest = line.substr(colon + 1);
      while (!rest.empty()) {
        std::size_t semi = rest.find(';');
        std::string_view name = rest.substr(0, semi);
        while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
        while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
        if (!name.empty()) m.emplace(std::string(name), block);
        rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
      }
    }
    return m;
  }();
  auto it = blocks.find(country);
  return it == blocks.end() ? country : it->second;
}

std::string cluster_key(const ViewNode& n, ClusterBy by, const std::map<std::string, std::string>& country) {
  switch (by) {
    case ClusterBy::country: {
      auto it = country.find(n.id);
      return it == country.end() ? std::string() : block_of(it->second);
    }
    case ClusterBy::type: return std::string(to_string(n.type));
    case ClusterBy::community: return n.community;
    case ClusterBy::none: case ClusterBy::automatic: break;
  }
  return {};
}

}  // namespace

std::size_t country_blocks(const GraphView& view) {
  std::set<std::string> blocks;
  for (const auto& [id, c] : countries(view)) blocks.insert(block_of(c));
  return blocks.size();
}

double target_aspect(const RenderOptions& opt) {
  if (opt.aspect > 0) return opt.aspect;
  return opt.format == Format::pdf ? 210.0 / 297.0 : 16.0 / 10.0;
}

std::vector<std::vector<std::size_t>> edge_groups(const GraphView& view) {
  std::map<std::pair<std::string_view, std::string_view>, std::size_t> group_of;
  std::vector<std::vector<std::size_t>> groups;
  for (std::size_t k = 0; k < view.edges.size(); ++k) {
    std::string_view a = view.edges[k].source, b = view.edges[k].target;
    if (b < a) std::swap(a, b);
    auto [it, fresh] = group_of.emplace(std::make_pair(a, b), groups.size());
    if (fresh) groups.emplace_back();
    groups[it->second].push_back(k);
  }
  return groups;
}

namespace {

// Tooltip lines: each escaped alone, then joined by Graphviz's own line break escape.
std::string gv_lines(const std::vector<std::string>& lines, std::size_t max_bytes) {
  std::string out;
  for (const auto& l : lines) {
    if (!out.empty()) out += "\\n";
    out += gv_text(l, max_bytes);
  }
  return out;
}

}  // namespace

std::string gv_text(std::string_view s, std::size_t max_bytes) {
  std::string one_line(s);
  for (char& c : one_line)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  one_line = text::ellipsize(one_line, max_bytes);
  // Not kg::text::escape_dot: values set through cgraph are not DOT source, and agwrite
  // (2.42) would turn its \" into \\" and write DOT that does not parse back. A raw '"'
  // is written as \" by agwrite and is a plain character to Graphviz.
  std::string out;
  out.reserve(one_line.size() + 8);
  for (std::size_t i = 0; i < one_line.size(); ++i) {
    const char c = one_line[i];
    if (c == '&') {
      out += "&amp;";  // labels decode entities and SVG output keeps entity-like text
    } else if (c == '\\') {
      out += "\\\\";
      // \\G, \\E, \\T, \\H, \\L are substituted in tooltips even when escaped;
      // a zero-width space keeps the text as it reads and stops the substitution.
      if (i + 1 < one_line.size() && std::strchr("GETHLN", one_line[i + 1])) out += "\u200B";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

namespace {

void add_legend(gv::Graph& g, const GraphView& view, const RenderOptions& opt, double font) {
  const bool pinned = opt.pinned.has_value() && !opt.pinned->empty();
  Agnode_t* legend = g.node(kLegendNode);
  gv::Graph::set(legend, "shape", "plaintext");
  gv::Graph::set(legend, "style", "solid");
  gv::Graph::set(legend, "id", "legend");
  gv::Graph::set(legend, "fontsize", std::to_string(static_cast<int>(std::lround(font))));
  if (pinned) {
    if (auto p = opt.pinned->find(std::string(kLegendNode)); p != opt.pinned->end()) {
      gv::Graph::set(legend, "pos", fmt_num(p->second.x) + "," + fmt_num(p->second.y) + "!");
      gv::Graph::set(legend, "pin", "true");
    }
  }
  gv::Graph::set_html_label(legend, legend_html(view, font));
}

double default_legend_font(std::size_t nodes) { return nodes > kEdgeLabelLimit ? 16 : 10; }

}  // namespace

double legend_font_for(double width) { return std::clamp(std::round(width / 110), 10.0, 28.0); }

gv::Graph legend_graph(const GraphView& view, const RenderOptions& opt, double legend_font) {
  gv::Graph g("kg_legend", true);
  declare_attributes(g, "dot", false, view.nodes.size(), false);
  add_legend(g, view, opt, legend_font > 0 ? legend_font : default_legend_font(view.nodes.size()));
  return g;
}

gv::Graph build_graph(const GraphView& view, const RenderOptions& opt, const std::string& engine,
                      std::size_t style_nodes, double legend_font) {
  const bool pinned = opt.pinned.has_value() && !opt.pinned->empty();
  if (style_nodes == 0) style_nodes = view.nodes.size();
  gv::Graph g("kg", true);
  declare_attributes(g, engine, pinned, view.nodes.size(), target_aspect(opt) < 1);
  Agraph_t* root = g.get();
  if (!view.title.empty()) gv::Graph::set(root, "label", gv_text(view.title, 200));
  gv::Graph::set(root, "fontsize", "20");
  gv::Graph::set(root, "id", "graph");
  if (engine != "dot" && engine != "circo" && engine != kFixedEngine)
    gv::Graph::set(root, "start", std::to_string(opt.seed));
  if (engine == "twopi" && !view.focus.empty()) gv::Graph::set(root, "root", view.focus);

  // Names and degree for tooltips.
  std::map<std::string, const ViewNode*> by_id;
  for (const auto& n : view.nodes) by_id[n.id] = &n;
  std::map<std::string, std::size_t> degree;
  std::map<std::string, const ViewEdge*> best_edge;  // per node: its most confident fact
  for (const auto& e : view.edges) {
    for (const auto& id : {e.source, e.target}) {
      ++degree[id];
      auto& b = best_edge[id];
      if (!b || e.confidence > b->confidence) b = &e;
    }
  }
  auto name_of = [&](const std::string& id) {
    auto it = by_id.find(id);
    return it == by_id.end() ? id : it->second->name;
  };

  // Clusters, keyed (sorted) by their label.
  std::map<std::string, Agraph_t*> clusters;
  const auto country = opt.cluster_by == ClusterBy::country ? countries(view) : std::map<std::string, std::string>();
  if (opt.cluster_by != ClusterBy::none) {
    std::map<std::string, std::size_t> members;
    for (const auto& n : view.nodes) {
      auto k = cluster_key(n, opt.cluster_by, country);
      if (!k.empty()) ++members[k];
    }
    std::size_t i = 0;
    for (const auto& [k, count] : members) {
      if (count < 2) continue;
      Agraph_t* sub = g.subgraph("cluster_" + std::to_string(i++));
      gv::Graph::set(sub, "label", gv_text(k, 60));
      gv::Graph::set(sub, "style", "rounded,filled");
      gv::Graph::set(sub, "color", "#BBBBBB");
      gv::Graph::set(sub, "fillcolor", "#F7F7F7");
      gv::Graph::set(sub, "fontsize", "14");
      gv::Graph::set(sub, "id", "cluster-" + std::to_string(i));
      clusters[k] = sub;
    }
  }

  // Nodes in order of importance (dot keeps input order within a rank), ties by id.
  std::vector<const ViewNode*> order;
  for (const auto& n : view.nodes) order.push_back(&n);
  std::stable_sort(order.begin(), order.end(),
                   [](const ViewNode* a, const ViewNode* b) { return a->importance > b->importance; });
  const bool large = style_nodes > kEdgeLabelLimit;
  for (const ViewNode* n : order) {
    Agnode_t* node = g.node(n->id);
    const auto& s = style_of(n->type);
    const double imp = std::clamp(n->importance, 0.0, 1.0);
    gv::Graph::set(node, "label", gv_text(n->name, kLabelBytes));
    gv::Graph::set(node, "shape", s.shape);
    gv::Graph::set(node, "style", s.style);
    gv::Graph::set(node, "fillcolor", s.fill);
    gv::Graph::set(node, "color", n->highlighted ? kHighlightColor : s.border);
    if (n->highlighted) gv::Graph::set(node, "penwidth", "3");
    // Importance drives the type size: 10-22 pt on large maps, 11-20 on small ones.
    const double fs = large ? 10 + 12 * imp : 11 + 9 * imp;
    gv::Graph::set(node, "fontsize", fmt_num(fs));
    gv::Graph::set(node, "id", "node-" + n->id);
    std::vector<std::string> tip{n->name + " \u2014 " + std::string(style_of(n->type).legend)};
    if (!n->country.empty()) tip.back() += ", " + n->country + (n->country_from_lexicon ? " (lexicon)" : "");
    const auto d = degree.find(n->id);
    const std::size_t facts = d == degree.end() ? 0 : d->second;
    tip.push_back(std::to_string(facts) + (facts == 1 ? " fact" : " facts"));
    if (auto b = best_edge.find(n->id); b != best_edge.end() && !b->second->evidence.empty())
      tip.push_back("e.g. " + evidence_line(b->second->evidence.front()));
    gv::Graph::set(node, "tooltip", gv_lines(tip, 2 * kTooltipBytes));
    if (!opt.link_template.empty()) {
      std::string url = replace_all(opt.link_template, "{id}", text::url_encode(n->id));
      url = replace_all(std::move(url), "{name}", text::url_encode(n->name));
      gv::Graph::set(node, "URL", gv_text(url, 2000));
      gv::Graph::set(node, "target", "_top");
    }
    if (pinned) {
      auto p = opt.pinned->find(n->id);
      if (p != opt.pinned->end()) {
        gv::Graph::set(node, "pos", fmt_num(p->second.x) + "," + fmt_num(p->second.y) + "!");
        gv::Graph::set(node, "pin", "true");
      }
    }
    if (!clusters.empty()) {
      auto k = cluster_key(*n, opt.cluster_by, country);
      if (auto c = clusters.find(k); c != clusters.end()) agsubnode(c->second, node, 1);
    }
  }

  // A path map reads from FROM to TO: an edge walked against the path's order goes to
  // Graphviz reversed, its arrow drawn at the tail (dir=back), so dot ranks the path in
  // order whatever the facts' directions.
  std::map<std::string_view, std::size_t> path_pos;
  for (std::size_t i = 0; i < view.path.size(); ++i) path_pos.emplace(view.path[i], i);
  auto against_path = [&](const ViewEdge& e) {
    auto a = path_pos.find(e.source), b = path_pos.find(e.target);
    return a != path_pos.end() && b != path_pos.end() && a->second > b->second;
  };
  for (const auto& group : edge_groups(view)) {
    const std::size_t index = group.front();
    const ViewEdge& e = view.edges[index];
    const bool reversed = against_path(e);
    Agnode_t* tail = g.node(reversed ? e.target : e.source);  // views are closed, but never crash on a stray id
    Agnode_t* head = g.node(reversed ? e.source : e.target);
    const auto& s = style_of(e.predicate);
    Agedge_t* edge = g.edge(tail, head, "e" + std::to_string(index));
    gv::Graph::set(edge, "id", "edge-" + std::to_string(index));
    bool highlighted = false, same_way = true, undirected = true;
    int evidence = 0;
    std::vector<std::string> labels;  // distinct predicates, in view order
    std::vector<std::string> tip;
    for (std::size_t k : group) {
      const ViewEdge& f = view.edges[k];
      const auto& fs = style_of(f.predicate);
      highlighted = highlighted || f.highlighted;
      same_way = same_way && f.source == e.source;
      undirected = undirected && fs.undirected;
      evidence += std::max<int>(static_cast<int>(f.evidence.size()), 1);
      const std::string flabel = predicate_label(f.predicate, f.from_lexicon);
      if (std::find(labels.begin(), labels.end(), flabel) == labels.end()) labels.push_back(flabel);
      tip.push_back(name_of(f.source) + " " + predicate_label(f.predicate) + " " + name_of(f.target) + " (confidence " +
                    fmt_num(f.confidence) + ")");
      if (f.from_lexicon) tip.push_back(std::string(kLexiconLegend) + ": the article only names it");
      if (!f.evidence.empty()) tip.push_back(evidence_line(f.evidence.front()));
      const int more = static_cast<int>(f.evidence.size()) - 1;
      if (more > 0) tip.push_back("+" + std::to_string(more) + (more == 1 ? " more source" : " more sources"));
    }
    gv::Graph::set(edge, "color", highlighted ? kHighlightColor : e.from_lexicon ? kLexiconColor : s.color);
    gv::Graph::set(edge, "style", e.from_lexicon ? kLexiconStyle : s.style);
    const double pw = 1 + std::min(2.0, 0.5 * std::max(0, evidence - 1));
    gv::Graph::set(edge, "penwidth", fmt_num(highlighted ? 3.5 : pw));
    if (undirected) gv::Graph::set(edge, "dir", "none");
    else if (!same_way) gv::Graph::set(edge, "dir", "both");
    else if (reversed) gv::Graph::set(edge, "dir", "back");
    // One line for several facts between the same two entities: "invests in ×2" for a
    // predicate stated both ways, "founded · leads" for two, "founded +2" for more.
    std::string label(labels.front());
    if (labels.size() == 1 && group.size() > 1) label += " \u00D7" + std::to_string(group.size());
    else if (labels.size() == 2) label += " \u00B7 " + labels[1];
    else if (labels.size() > 2) label += " +" + std::to_string(labels.size() - 1);
    if (!large || highlighted || opt.edge_labels) gv::Graph::set(edge, "label", gv_text(label, 60));
    gv::Graph::set(edge, "tooltip", gv_lines(tip, 2 * kTooltipBytes));
  }

  if (opt.legend && !view.nodes.empty())
    add_legend(g, view, opt, legend_font > 0 ? legend_font : default_legend_font(style_nodes));
  return g;
}

}  // namespace kg::render::detail
