// The Graphviz owners (render/src/gv.hpp): move-only, one owner each, failures throw.
#include <catch2/catch.hpp>

#include <string>
#include <type_traits>
#include <vector>

#include "gv.hpp"
#include "kg/error.hpp"

namespace gv = kg::render::gv;

// Laying out in this process (kg itself does it in a child that _exits) shows Graphviz's
// and fontconfig's own process-lifetime allocations to LeakSanitizer; they are not ours.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libfontconfig\nleak:libgvc\nleak:libgvplugin\nleak:libpango\nleak:libcairo\nleak:libglib\n"
         "leak:libgobject\nleak:libharfbuzz\nleak:libcgraph\n";
}

static_assert(!std::is_copy_constructible_v<gv::Graph> && std::is_nothrow_move_constructible_v<gv::Graph>);
static_assert(!std::is_copy_constructible_v<gv::Context> && std::is_nothrow_move_constructible_v<gv::Context>);
static_assert(!std::is_copy_constructible_v<gv::Layout> && std::is_nothrow_move_constructible_v<gv::Layout>);
static_assert(!std::is_copy_constructible_v<gv::RenderData>);

// One context for the whole test process: Graphviz 2.42 caches text sizes in a static that
// a freed context leaves dangling (why kg_render lays out in a child process per figure).
static std::shared_ptr<gv::Context> context() {
  static auto ctx = std::make_shared<gv::Context>();
  return ctx;
}

TEST_CASE("graph owners move and lay out", "[render][gv]") {
  gv::Graph g("t", true);
  g.declare(AGNODE, "label", "\\N");
  g.declare(AGNODE, "shape", "box");
  Agnode_t* a = g.node("a");
  Agnode_t* b = g.node("b");
  g.edge(a, b, "e0");
  gv::Graph::set(a, "label", "Alibaba");
  CHECK_THROWS_AS(gv::Graph::set(a, "undeclared", "x"), kg::Error);

  gv::Graph moved(std::move(g));
  CHECK(g.get() == nullptr);  // NOLINT: the moved-from owner frees nothing
  REQUIRE(moved.get() != nullptr);
  CHECK(moved.write().find("label=Alibaba") != std::string::npos);

  auto ctx = context();
  gv::Layout layout(ctx, std::move(moved), "dot");
  gv::Layout owner(std::move(layout));  // the layout is freed once, by `owner`
  const gv::RenderData data = owner.render("svg");
  CHECK(data.view().find("<svg") != std::string_view::npos);
  CHECK(data.view().find(">Alibaba</text>") != std::string_view::npos);
}

TEST_CASE("an unknown engine or format throws kg::Error", "[render][gv]") {
  auto ctx = context();
  gv::Graph g("t", false);
  g.node("a");
  CHECK_THROWS_AS(gv::Layout(ctx, std::move(g), "no-such-engine"), kg::Error);
  gv::Graph h("t", false);
  h.node("a");
  gv::Layout ok(ctx, std::move(h), "dot");
  CHECK_THROWS_AS(ok.render("no-such-format"), kg::Error);
}

// cgraph's default id discipline uses the address of the interned name as an object's id,
// and keeps subgraphs in id order: clusters came out of agwrite (and into the layout) in
// heap order, which differs between a Release and a sanitizer build. Ids are now handed
// out in creation order, so the same calls give the same ids in any build and any process.
TEST_CASE("object ids follow creation order, not heap addresses", "[render][gv]") {
  const std::vector<std::string> names{"cluster_z", "cluster_a", "cluster_m", "cluster_b", "cluster_y"};
  auto build = [&](gv::Graph& g) {
    std::vector<Agraph_t*> subs;
    for (const auto& n : names) {
      subs.push_back(g.subgraph(n));
      agsubnode(subs.back(), g.node("n_" + n), 1);
    }
    return subs;
  };
  gv::Graph g1("kg", true), g2("kg", true);  // both alive: their names sit at different addresses
  const auto s1 = build(g1);
  const auto s2 = build(g2);
  std::vector<std::string> order;
  for (Agraph_t* s = agfstsubg(g1.get()); s; s = agnxtsubg(s)) order.push_back(agnameof(s));
  CHECK(order == names);
  for (std::size_t i = 0; i < names.size(); ++i) {
    INFO(names[i]);
    CHECK(AGID(s1[i]) == AGID(s2[i]));
    CHECK(std::string(agnameof(s1[i])) == names[i]);
    CHECK(agsubg(g1.get(), gv::CStr(names[i]).get(), 0) == s1[i]);
  }
  CHECK(AGID(agnode(g1.get(), gv::CStr("n_cluster_a").get(), 0)) ==
        AGID(agnode(g2.get(), gv::CStr("n_cluster_a").get(), 0)));
  CHECK(agnode(g1.get(), gv::CStr("missing").get(), 0) == nullptr);
  CHECK(g1.write() == g2.write());
}
