// Component packing (render/src/pack.hpp): pure geometry.
#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include "pack.hpp"

using namespace kg::render::detail;

namespace {

bool disjoint(const std::vector<Size>& boxes, const Packing& p, double gap) {
  for (std::size_t i = 0; i < boxes.size(); ++i)
    for (std::size_t j = i + 1; j < boxes.size(); ++j) {
      const Offset a = p.offsets[i], b = p.offsets[j];
      const bool apart = a.x + boxes[i].w + gap <= b.x + 1e-6 || b.x + boxes[j].w + gap <= a.x + 1e-6 ||
                         a.y + boxes[i].h + gap <= b.y + 1e-6 || b.y + boxes[j].h + gap <= a.y + 1e-6;
      if (!apart) return false;
    }
  return true;
}

bool inside(const std::vector<Size>& boxes, const Packing& p) {
  for (std::size_t i = 0; i < boxes.size(); ++i)
    if (p.offsets[i].x < 0 || p.offsets[i].y < 0 || p.offsets[i].x + boxes[i].w > p.width + 1e-6 ||
        p.offsets[i].y + boxes[i].h > p.height + 1e-6)
      return false;
  return true;
}

}  // namespace

TEST_CASE("packing puts the first box top left and overlaps nothing", "[render][pack]") {
  const std::vector<Size> boxes{{400, 300}, {200, 120}, {150, 90}, {150, 60}, {90, 40}, {90, 40}, {60, 30}};
  const Packing p = pack_boxes(boxes, 1.6, 18);
  REQUIRE(p.offsets.size() == boxes.size());
  CHECK(p.offsets[0].x == 0);
  CHECK(p.offsets[0].y == 0);
  CHECK(disjoint(boxes, p, 18));
  CHECK(inside(boxes, p));
  CHECK(pack_boxes({}, 1.6, 18).offsets.empty());
}

TEST_CASE("packing follows the target aspect ratio", "[render][pack]") {
  // Forty equal pairs: a column (the old look) would be 40 times taller than wide.
  const std::vector<Size> pairs(40, Size{160, 40});
  for (double aspect : {0.7, 1.0, 1.6, 2.5}) {
    INFO("aspect " << aspect);
    const Packing p = pack_boxes(pairs, aspect, 18);
    CHECK(disjoint(pairs, p, 18));
    const double got = p.width / p.height;
    CHECK(got > aspect / 1.6);
    CHECK(got < aspect * 1.6);
    // Used area: the boxes fill most of the rectangle.
    CHECK(40 * 160.0 * 40 / (p.width * p.height) > 0.55);
  }
}

TEST_CASE("small components go in a tidy block of columns beside the large ones", "[render][pack]") {
  const std::vector<Size> large{{500, 380}, {260, 150}};
  std::vector<Size> small;
  for (int i = 0; i < 12; ++i) small.push_back({i < 8 ? 170.0 : 80.0, 36});
  const std::vector<Size> legend{{110, 160}};
  const Packing p = pack_map(large, small, legend, 1.6, 18);
  REQUIRE(p.offsets.size() == 15);
  std::vector<Size> all = large;
  all.insert(all.end(), small.begin(), small.end());
  all.insert(all.end(), legend.begin(), legend.end());
  CHECK(disjoint(all, p, 18));
  CHECK(inside(all, p));
  CHECK(p.offsets[0].x == 0);
  CHECK(p.offsets[0].y == 0);
  // The block's rows are evenly spaced: every small box's centre sits on a row line.
  std::vector<double> rows;
  for (std::size_t i = 2; i < 14; ++i) rows.push_back(p.offsets[i].y + small[i - 2].h / 2);
  std::sort(rows.begin(), rows.end());
  rows.erase(std::unique(rows.begin(), rows.end(), [](double a, double b) { return std::abs(a - b) < 1e-6; }), rows.end());
  CHECK(rows.size() < 12);  // not one row per component: a block, not a column
  const double got = p.width / p.height;
  CHECK(got > 1.0);
  CHECK(got < 2.6);
  double area = 0;
  for (const Size& b : all) area += b.w * b.h;
  CHECK(area / (p.width * p.height) > 0.5);
}

TEST_CASE("packing is deterministic", "[render][pack]") {
  std::vector<Size> boxes;
  for (int i = 0; i < 60; ++i) boxes.push_back({40.0 + (i * 37) % 200, 30.0 + (i * 53) % 120});
  const Packing a = pack_boxes(boxes, 1.6, 18), b = pack_boxes(boxes, 1.6, 18);
  REQUIRE(a.offsets.size() == b.offsets.size());
  for (std::size_t i = 0; i < a.offsets.size(); ++i) {
    CHECK(a.offsets[i].x == b.offsets[i].x);
    CHECK(a.offsets[i].y == b.offsets[i].y);
  }
  CHECK(disjoint(boxes, a, 18));
}
