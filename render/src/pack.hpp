// Packing the connected components of a map into one compact rectangle (internal to
// kg_render). Pure geometry: boxes in, top-left offsets out, y pointing down.
//
// Graphviz's own packing (pack/packmode, lib/pack) places components around the first
// one (polyomino, roughly square) or in an array of equal cells; neither aims at a page's
// or a screen's proportions, and an array of pairs beside a large component leaves most
// of the canvas empty. Here the large components go first, biggest first, by a skyline
// bottom-left packing into the strip width that gives the rectangle of the target aspect
// ratio with the least area; components of one or two entities are gathered first into
// a tidy block of columns (one more box for the skyline), and so is the legend.
#pragma once

#include <cmath>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace kg::render::detail {

struct Size {
  double w = 0, h = 0;
};

struct Offset {
  double x = 0, y = 0;  // top-left corner, y down
};

struct Packing {
  std::vector<Offset> offsets;  // one per box, in the boxes' order
  double width = 0, height = 0;
};

// The first point on a spiral around (x, y) where `free(px, py)` holds: rings `step` apart,
// 8 + 4 * ring points on ring `ring` from angle 0, rings 1 to `rings`; nullopt if none is.
// Deterministic. Used for what is placed after the layout, clear of what is drawn already:
// new entities of a kept layout (render.cpp) and edge labels with no room by their line.
template <typename Free>
std::optional<std::pair<double, double>> spiral_spot(double x, double y, double step, int rings, Free&& free) {
  for (int ring = 1; ring <= rings; ++ring) {
    const int spokes = 8 + 4 * ring;
    for (int k = 0; k < spokes; ++k) {
      const double a = 6.283185307179586 * k / spokes;
      const double px = x + ring * step * std::cos(a), py = y + ring * step * std::sin(a);
      if (free(px, py)) return std::make_pair(px, py);
    }
  }
  return std::nullopt;
}

// Places `boxes` (in priority order) without overlap, `gap` apart, into a rectangle whose
// width / height is close to `aspect`. Deterministic; an empty input gives an empty packing.
Packing pack_boxes(const std::vector<Size>& boxes, double aspect, double gap);

// Lays out small boxes (in order) as a block of columns, each column as wide as its
// widest box, filled top to bottom with `rows` boxes each.
Packing pack_block(const std::vector<Size>& boxes, std::size_t rows, double gap);

// `large` packed with a block of `small` (its shape chosen with the rest) and `extra`
// boxes after it (the legend): offsets in the order large..., small..., extra...
Packing pack_map(const std::vector<Size>& large, const std::vector<Size>& small, const std::vector<Size>& extra,
                 double aspect, double gap);

}  // namespace kg::render::detail
