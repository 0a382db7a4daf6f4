// /api/map: the map a page shows (an entity's ego map, a path, or the most important part of
// the graph), drawn by kg render's code, as JSON for the page (inline SVG and the notes on
// what was left out) or as a file to export: SVG, PNG, PDF, DOT, or GraphML of the entities
// shown and the relations among them.
#include <sstream>

#include "handlers.hpp"
#include "kg/error.hpp"
#include "kg/export/export.hpp"
#include "kg/export/graph_export.hpp"
#include "kg/render/render.hpp"
#include "kg/text.hpp"

namespace kg::serve::detail {

namespace {

enum class Out { json, svg, png, pdf, dot, graphml };

Out parse_format(const std::string& f) {
  if (f.empty() || f == "json") return Out::json;
  if (f == "svg") return Out::svg;
  if (f == "png") return Out::png;
  if (f == "pdf") return Out::pdf;
  if (f == "dot") return Out::dot;
  if (f == "graphml") return Out::graphml;
  throw HttpError(400, "unknown format '" + text::ellipsize(f, 40) + "' (use json, svg, png, pdf, dot or graphml)");
}

// Frees the layout slot however the drawing ends.
class GateSlot {
 public:
  explicit GateSlot(RenderGate& g) : g_(g) {
    if (!g_.enter(std::chrono::milliseconds(5000)))
      throw HttpError(503, "busy drawing other maps; try again in a moment");
  }
  ~GateSlot() { g_.leave(); }
  GateSlot(const GateSlot&) = delete;
  GateSlot& operator=(const GateSlot&) = delete;

 private:
  RenderGate& g_;
};

}  // namespace

Response map(const Context& c) {
  Params p(c.req, {"focus", "from", "to", "depth", "predicate", "type", "as_of", "since", "undated", "lexicon",
                   "max_nodes", "cluster", "format", "download"});
  const auto& g = c.snap.graph();
  const Out out = parse_format(p.str("format"));
  const graph::EdgeFilter filter = edge_filter(p, c.opt.dates);
  graph::ViewOptions v;
  v.predicates = filter.predicates;
  v.types = filter.types;
  v.dates = filter.dates;
  // What only the lexicon knows: left out (as kg render does by default) or drawn marked.
  const std::string lexicon = p.str("lexicon", "omit");
  if (lexicon != "omit" && lexicon != "mark")
    throw HttpError(400, "unknown 'lexicon' '" + text::ellipsize(lexicon, 40) + "' (use omit or mark)");
  v.lexicon = lexicon == "mark" ? graph::LexiconKnowledge::mark : graph::LexiconKnowledge::omit;
  v.depth = static_cast<int>(p.integer("depth", 1, 0, c.opt.max_depth));
  v.max_nodes = static_cast<std::size_t>(p.integer("max_nodes", static_cast<long>(c.opt.map_nodes), 1,
                                                   static_cast<long>(c.opt.map_nodes_limit)));
  // Importance as of the dates drawn: what mattered then.
  const auto importance = c.snap.pagerank(filter.dates);
  v.importance_scores = importance.get();
  std::string state = filter_query(p, {"predicate", "type", "as_of", "since", "undated", "lexicon"});
  if (p.has("focus")) {
    v.focus = resolve(c.snap, p.required("focus")).id;
    if (p.has("depth")) state += "&depth=" + std::to_string(v.depth);
  } else if (p.has("from") || p.has("to")) {
    v.path = std::make_pair(resolve(c.snap, p.required("from")).id, resolve(c.snap, p.required("to")).id);
  }
  render::RenderOptions ro;
  if (const std::string cl = p.str("cluster"); !cl.empty()) {
    const auto by = render::parse_cluster_by(cl);
    if (!by) throw HttpError(400, "unknown cluster '" + text::ellipsize(cl, 40) + "' (use country, type or community)");
    ro.cluster_by = *by;
    v.communities = *by == render::ClusterBy::community;
  }
  const GraphView view = graph::make_view(g, v);
  const std::string stem = "kg-" + text::slug(view.title);
  Response r;
  if (p.flag("download")) r.filename = stem;

  if (out == Out::graphml) {
    std::vector<std::string> ids;
    for (const auto& n : view.nodes) ids.push_back(n.id);
    std::ostringstream os;
    interop::write_graphml(os, interop::snapshot(graph::subgraph(g, ids, filter)));
    r.content_type = "application/graphml+xml";
    r.body = os.str();
    if (!r.filename.empty()) r.filename += ".graphml";
    return r;
  }

  ro.format = out == Out::png ? render::Format::png
              : out == Out::pdf ? render::Format::pdf
              : out == Out::dot ? render::Format::dot
                                : render::Format::svg;
  ro.id_prefix = "kg-";
  ro.timeout_seconds = c.opt.render_timeout;
  // A node opens its entity's page, keeping the filters of this view.
  ro.link_template = "/entity?id={id}" + state;
  render::RenderResult drawn;
  {
    GateSlot slot(c.gate);
    try {
      drawn = c.opt.layouts ? c.opt.layouts->render(view, ro) : render::render(view, ro);
    } catch (const Interrupted&) {
      throw;
    } catch (const Error& e) {
      throw HttpError(503, e.what());  // a layout past its time, or Graphviz failing
    }
  }
  if (out != Out::json) {
    r.body = std::move(drawn.bytes);
    r.content_type = out == Out::png   ? "image/png"
                     : out == Out::pdf ? "application/pdf"
                     : out == Out::dot ? "text/vnd.graphviz; charset=utf-8"
                                       : "image/svg+xml";
    if (!r.filename.empty()) r.filename += "." + std::string(render::to_string(ro.format));
    return r;
  }
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  graph::json::field(w, "title", view.title);
  graph::json::field(w, "engine", drawn.engine);
  w.Key("entities");
  w.Uint64(view.nodes.size());
  w.Key("relations");
  w.Uint64(view.edges.size());
  w.Key("notes");
  w.StartArray();
  for (const auto& n : view.notes) graph::json::string(w, n);
  w.EndArray();
  graph::json::field(w, "svg", render::svg_for_inline(drawn.bytes));
  w.EndObject();
  Response j = json_response(buf);
  j.filename = r.filename.empty() ? "" : r.filename + ".json";
  return j;
}

}  // namespace kg::serve::detail
