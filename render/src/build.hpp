// GraphView -> styled cgraph graph (internal to kg_render).
#pragma once

#include <string>
#include <vector>

#include "gv.hpp"
#include "kg/render/render.hpp"

namespace kg::render::detail {

// Name of the legend node; entity ids are slugs ([a-z0-9-]) so it cannot collide.
inline constexpr std::string_view kLegendNode = "kg_legend";

// Text for a Graphviz string attribute that is NOT an HTML label: Graphviz decodes
// entities in labels and interprets backslash escapes, so '&' and '\' are neutralised
// here and every other character is passed through (Graphviz escapes it for SVG).
std::string gv_text(std::string_view s, std::size_t max_bytes);

// The aspect ratio (width / height) a map aims at: opt.aspect, else 16:10 for screens
// (SVG, PNG) and an A4 page held upright for PDF. Below 1, dot ranks top to bottom.
double target_aspect(const RenderOptions& opt);

// Edges drawn as one line: those between the same two entities, whatever the predicate
// or direction (indices into view.edges, each group in view order, groups in order of
// their first edge). The first edge of a group gives the line its style.
std::vector<std::vector<std::size_t>> edge_groups(const GraphView& view);

// The engine that takes every position as given (neato -n2): node "pos" and edge "pos"
// and "lp" in points. The packed maps are laid out component by component, then drawn
// with it (as gvpack's output is drawn with neato -n2).
inline constexpr std::string_view kFixedEngine = "nop2";

// The graph kg hands to Graphviz. `style_nodes` is the size of the whole map when `view`
// is one of its components (label sizes and edge labels follow the whole map's size);
// 0 = view's own size.
// `legend_font`: the legend's type size in points (0 = by the map's size: 16 on large
// maps, 10 on small ones).
gv::Graph build_graph(const GraphView& view, const RenderOptions& opt, const std::string& engine,
                      std::size_t style_nodes = 0, double legend_font = 0);

// How many blocks (blocks.inc: Europe, else each country) the view's entities belong to.
std::size_t country_blocks(const GraphView& view);

// Clusters are drawn only in parts of the map with at least this many entities, and only
// with two members or more: a box around one entity, or around a pair, says nothing.
inline constexpr std::size_t kClusterMinPart = 6;

// A graph holding only the legend node of `view`'s map, to measure it before packing.
gv::Graph legend_graph(const GraphView& view, const RenderOptions& opt, double legend_font = 0);

// The legend's type size for a map `width` points wide: shown across a report column
// (about 1,000 px), its text is still about 9 px high.
double legend_font_for(double width);

}  // namespace kg::render::detail
