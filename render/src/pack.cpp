#include "pack.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace kg::render::detail {
namespace {

struct Segment {
  double x, w, y;  // the skyline over [x, x + w) is at height y (y down: the top free row)
};

// Skyline bottom-left packing into a strip `width` wide (gaps included in the boxes).
Packing skyline(const std::vector<Size>& boxes, double width, double gap) {
  constexpr double eps = 1e-6;
  std::vector<Segment> sky{{0, width, 0}};
  Packing p;
  p.offsets.reserve(boxes.size());
  for (const Size& b0 : boxes) {
    const double w = b0.w + gap, h = b0.h + gap;
    double best_y = INFINITY, best_x = 0;
    for (std::size_t i = 0; i < sky.size(); ++i) {
      const double x = sky[i].x;
      if (x + w > width + eps) break;
      double y = 0;
      for (std::size_t j = i; j < sky.size() && sky[j].x < x + w - eps; ++j) y = std::max(y, sky[j].y);
      if (y < best_y - eps) {
        best_y = y;
        best_x = x;
      }
    }
    if (best_y == INFINITY) best_y = 0, best_x = 0;  // wider than the strip: callers avoid it
    p.offsets.push_back({best_x, best_y});
    p.width = std::max(p.width, best_x + b0.w);
    p.height = std::max(p.height, best_y + b0.h);
    // Raise [best_x, best_x + w) to best_y + h.
    std::vector<Segment> next;
    const double l = best_x, r = best_x + w;
    for (const Segment& s : sky)
      if (s.x < l - eps) next.push_back({s.x, std::min(s.x + s.w, l) - s.x, s.y});
    next.push_back({l, r - l, best_y + h});
    for (const Segment& s : sky)
      if (s.x + s.w > r + eps) next.push_back({std::max(s.x, r), s.x + s.w - std::max(s.x, r), s.y});
    // Merge neighbours at the same height.
    sky.clear();
    for (const Segment& s : next) {
      if (!sky.empty() && sky.back().y == s.y && std::abs(sky.back().x + sky.back().w - s.x) < eps)
        sky.back().w += s.w;
      else
        sky.push_back(s);
    }
  }
  return p;
}

// The area of the smallest rectangle of the target aspect that holds w x h.
double cost(double w, double h, double aspect) {
  const double W = std::max(w, aspect * h);
  return W * (W / aspect);
}

}  // namespace

Packing pack_boxes(const std::vector<Size>& boxes, double aspect, double gap) {
  if (boxes.empty()) return {};
  double max_w = 0, sum_w = 0, area = 0;
  for (const Size& b : boxes) {
    max_w = std::max(max_w, b.w + gap);
    sum_w += b.w + gap;
    area += (b.w + gap) * (b.h + gap);
  }
  // Strip widths worth trying: as many boxes as fit on the first row, and widths around
  // that of the ideal rectangle.
  std::set<double> widths{max_w, sum_w};
  double prefix = 0;
  // At most 64 first-row widths: each try costs a packing (quadratic in the boxes), and a
  // graph can have hundreds of parts.
  const std::size_t stride = std::max<std::size_t>(1, boxes.size() / 64);
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    prefix += boxes[i].w + gap;
    if (prefix >= max_w && (i < 8 || i % stride == 0)) widths.insert(prefix);
  }
  const double ideal = std::sqrt(area * aspect);
  for (int k = 5; k <= 30; ++k) widths.insert(std::clamp(ideal * k / 10.0, max_w, sum_w));
  Packing best;
  double best_cost = INFINITY;
  for (double w : widths) {
    Packing p = skyline(boxes, w, gap);
    const double c = cost(p.width, p.height, aspect);
    if (c < best_cost * (1 - 1e-9)) {
      best_cost = c;
      best = std::move(p);
    }
  }
  return best;
}

Packing pack_block(const std::vector<Size>& boxes, std::size_t rows, double gap) {
  Packing p;
  if (boxes.empty() || rows == 0) return p;
  double cell_h = 0;
  for (const Size& b : boxes) cell_h = std::max(cell_h, b.h);
  double x = 0;
  for (std::size_t start = 0; start < boxes.size(); start += rows) {
    const std::size_t end = std::min(boxes.size(), start + rows);
    double col_w = 0;
    for (std::size_t i = start; i < end; ++i) col_w = std::max(col_w, boxes[i].w);
    for (std::size_t i = start; i < end; ++i) {
      // Centred in its cell: a column of pairs and singletons reads as a list.
      p.offsets.push_back({x + (col_w - boxes[i].w) / 2, (i - start) * (cell_h + gap) + (cell_h - boxes[i].h) / 2});
    }
    x += col_w + gap;
    p.height = std::max(p.height, (end - start) * (cell_h + gap) - gap);
  }
  p.width = x - gap;
  return p;
}

Packing pack_map(const std::vector<Size>& large, const std::vector<Size>& small, const std::vector<Size>& extra,
                 double aspect, double gap) {
  std::vector<Size> boxes = large;
  if (small.empty()) {
    boxes.insert(boxes.end(), extra.begin(), extra.end());
    return pack_boxes(boxes, aspect, gap);
  }
  Packing best;
  Packing best_block;
  double best_cost = INFINITY;
  // Block shapes worth trying: 1 to 8 columns, then half as many more each time.
  std::set<std::size_t> shapes;  // rows per column
  for (std::size_t cols = 1; cols <= small.size(); cols = cols < 8 ? cols + 1 : cols + cols / 2)
    shapes.insert((small.size() + cols - 1) / cols);
  shapes.insert(1);
  for (auto it = shapes.rbegin(); it != shapes.rend(); ++it) {
    const std::size_t rows = *it;
    Packing block = pack_block(small, rows, gap);
    std::vector<Size> all = large;
    all.push_back({block.width, block.height});
    all.insert(all.end(), extra.begin(), extra.end());
    Packing p = pack_boxes(all, aspect, gap);
    const double c = cost(p.width, p.height, aspect);
    if (c < best_cost * (1 - 1e-9)) {
      best_cost = c;
      best = std::move(p);
      best_block = std::move(block);
    }
  }
  // Expand the block's box into its members' offsets.
  Packing out;
  out.width = best.width;
  out.height = best.height;
  out.offsets.assign(best.offsets.begin(), best.offsets.begin() + static_cast<std::ptrdiff_t>(large.size()));
  const Offset at = best.offsets[large.size()];
  for (const Offset& o : best_block.offsets) out.offsets.push_back({at.x + o.x, at.y + o.y});
  out.offsets.insert(out.offsets.end(), best.offsets.begin() + static_cast<std::ptrdiff_t>(large.size()) + 1,
                     best.offsets.end());
  return out;
}

}  // namespace kg::render::detail
