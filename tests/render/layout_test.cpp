#include <catch2/catch.hpp>

#include <cmath>

#include "helpers.hpp"
#include "kg/error.hpp"
#include "kg/render/render.hpp"
#include "views.hpp"

using kg::EntityType;
using kg::GraphView;
using kg::InputError;
using kg::Predicate;
using kg::UsageError;
using namespace kg::render;
using namespace kg::render::test;

TEST_CASE("layout files round-trip and reject garbage", "[render][layout]") {
  const std::string path = temp_path("layout.json");
  Positions p{{"alibaba", {10.5, -3.25}}, {"qwen", {100, 200}}};
  write_layout(path, p);
  CHECK(read_layout(path) == p);
  CHECK(read_layout_file(path).engine.empty());  // version 1: no engine
  write_layout(path, p, "dot");
  CHECK(read_layout_file(path).nodes == p);
  CHECK(read_layout_file(path).engine == "dot");
  CHECK(layout_to_json(p, "sfdp").rfind("{\"format\":\"kg-layout\",\"version\":2,\"unit\":\"pt\",\"engine\":\"sfdp\",", 0) == 0);
  auto [text, reason] = GENERATE(table<std::string, std::string>({
      {"{", "not a layout file"},
      {"{\"format\":\"other\"}", "not a layout file"},
      {"{\"format\":\"kg-layout\",\"version\":9,\"nodes\":{}}", "unsupported layout file version"},
      {"{\"format\":\"kg-layout\",\"version\":1,\"nodes\":{\"a\":[1]}}", "node 'a' needs a position"},
      {"{\"format\":\"kg-layout\",\"version\":1,\"nodes\":{\"a\":\"x\"}}", "node 'a' needs a position"},
      {"{\"format\":\"kg-layout\",\"version\":1}", "no \"nodes\""},
      {"{\"format\":\"kg-layout\",\"version\":2,\"engine\":\"osage\",\"nodes\":{}}", "unknown \"engine\""},
      {"{\"format\":\"kg-layout\",\"version\":2,\"engine\":3,\"nodes\":{}}", "unknown \"engine\""}}));
  write_text(path, text);
  try {
    read_layout(path);
    FAIL("accepted " << text);
  } catch (const InputError& e) {
    CHECK_THAT(e.what(), Catch::Contains(reason) && Catch::Contains(path));
  }
  std::remove(path.c_str());
  CHECK_THROWS_AS(read_layout(temp_path("missing.json")), InputError);
}

TEST_CASE("keep-layout pins known entities and places only new ones", "[render][layout]") {
  // Week 1: the small ecosystem. Week 2: the same plus three new entities.
  RenderOptions o;
  o.format = Format::svg;
  const auto week1 = render(small_view(), o, true);
  REQUIRE(week1.positions.size() == small_view().nodes.size());

  GraphView grown = small_view();
  grown.nodes.push_back(test::node("kimi", "Kimi", EntityType::Model, 0.3));
  grown.nodes.push_back(test::node("moonshot-ai", "Moonshot AI", EntityType::Company, 0.5, "China"));
  grown.nodes.push_back(test::node("tencent", "Tencent", EntityType::Company, 0.6, "China"));
  std::sort(grown.nodes.begin(), grown.nodes.end(), [](auto& a, auto& b) { return a.id < b.id; });
  grown.edges.push_back(test::edge("moonshot-ai", Predicate::develops, "kimi", "Moonshot AI a lancé Kimi K2.", "005_fr.txt"));
  grown.edges.push_back(test::edge("tencent", Predicate::invests_in, "moonshot-ai", "Tencent invested in Moonshot AI.", "006_en.txt"));
  grown.edges.push_back(test::edge("yao-shunyu", Predicate::works_at, "tencent", "Yao Shunyu joined Tencent.", "006_en.txt"));

  RenderOptions keep = o;
  keep.pinned = week1.positions;
  const auto week2 = render(grown, keep, true);
  CHECK(week2.engine == "neato");
  REQUIRE(week2.positions.size() == grown.nodes.size());
  // Graphviz moves the whole drawing so that it starts at the origin; what must hold is
  // that every known entity moved by that same offset (the old map, unchanged inside).
  const Point shift{week2.positions.at("alibaba").x - week1.positions.at("alibaba").x,
                    week2.positions.at("alibaba").y - week1.positions.at("alibaba").y};
  for (const auto& [id, p] : week1.positions) {
    INFO(id << " was at " << p.x << "," << p.y);
    const Point q = week2.positions.at(id);
    CHECK(std::abs(q.x - p.x - shift.x) < 1.0);
    CHECK(std::abs(q.y - p.y - shift.y) < 1.0);
  }
  // The new entities were placed, away from the old ones.
  for (const char* id : {"kimi", "moonshot-ai", "tencent"}) {
    const Point q = week2.positions.at(id);
    for (const auto& [old, p] : week1.positions) CHECK(std::hypot(q.x - p.x - shift.x, q.y - p.y - shift.y) > 5);
  }
  // Same inputs, same figure.
  CHECK(kg::render::render(grown, keep).bytes == week2.bytes);
  // Engines that cannot pin are refused rather than silently ignoring the kept layout.
  keep.engine = "dot";
  CHECK_THROWS_AS(kg::render::render(grown, keep), kg::UsageError);
  keep.engine = "fdp";
  const auto by_fdp = kg::render::render(grown, keep, true);
  REQUIRE(by_fdp.positions.size() == grown.nodes.size());
  const Point s2{by_fdp.positions.at("alibaba").x - week1.positions.at("alibaba").x,
                 by_fdp.positions.at("alibaba").y - week1.positions.at("alibaba").y};
  for (const auto& [id, p] : week1.positions) {
    INFO("fdp: " << id);
    CHECK(std::abs(by_fdp.positions.at(id).x - p.x - s2.x) < 1.0);
    CHECK(std::abs(by_fdp.positions.at(id).y - p.y - s2.y) < 1.0);
  }
}
