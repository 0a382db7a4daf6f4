// GraphView -> styled cgraph graph (internal to kg_render).
#pragma once

#include <string>

#include "gv.hpp"
#include "kg/render/render.hpp"

namespace kg::render::detail {

// Name of the legend node; entity ids are slugs ([a-z0-9-]) so it cannot collide.
inline constexpr std::string_view kLegendNode = "kg_legend";

// Text for a Graphviz string attribute that is NOT an HTML label: Graphviz decodes
// entities in labels and interprets backslash escapes, so '&' and '\' are neutralised
// here and every other character is passed through (Graphviz escapes it for SVG).
std::string gv_text(std::string_view s, std::size_t max_bytes);

gv::Graph build_graph(const GraphView& view, const RenderOptions& opt, const std::string& engine);

}  // namespace kg::render::detail
