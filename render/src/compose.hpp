// A map laid out component by component and packed (internal to kg_render): what gvpack
// and neato -n2 do, in one process. Each connected component is laid out alone, with the
// engine its own size calls for; pack.hpp places the components and the legend in a
// rectangle of the target aspect; the whole map is then drawn with every node, edge and
// label where its component's layout put it, shifted.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "gv.hpp"
#include "kg/render/render.hpp"

namespace kg::render::detail {

// The connected components of a view: indices into view.nodes, biggest first (then by
// the most important entity, then by id). Nodes of a component in view order.
std::vector<std::vector<std::size_t>> components(const GraphView& view);

// Whether layout_packed can draw this map: not pinned, not clustered, closed (every
// edge's ends are nodes of the view), at least one node.
bool packable(const GraphView& view, const RenderOptions& opt);

struct Packed {
  gv::Layout layout;   // the whole map, laid out
  std::string engine;  // the engine of the largest component
};

// The engine of a packed map's largest part (what layout_packed reports).
std::string packed_engine(const GraphView& view, const RenderOptions& opt);

Packed layout_packed(const std::shared_ptr<gv::Context>& ctx, const GraphView& view, const RenderOptions& opt);

// The options with ClusterBy::automatic decided for this view: none for an ego or path
// map, and for a map whose largest part is drawn with a force-directed engine (its
// clusters would cost speed and space and say little); else country when the view's
// countries fall in two blocks or more, type otherwise.
RenderOptions resolved(const GraphView& view, RenderOptions opt);

// Moves the edge labels of a graph laid out by a force-directed or radial engine off the
// nodes and labels they would cover (what packed maps do part by part), and grows its
// bounding box to hold them: for maps drawn whole (kept layouts).
void place_labels(Agraph_t* g);

// The engine for a view when none is asked for: twopi around an ego map's focus, else
// choose_engine() by size.
std::string default_engine(const GraphView& view, const RenderOptions& opt);

}  // namespace kg::render::detail
