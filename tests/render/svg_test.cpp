#include <catch2/catch.hpp>

#include <set>

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

namespace {
RenderOptions svg_opts(std::string prefix) {
  RenderOptions o;
  o.format = Format::svg;
  o.id_prefix = std::move(prefix);
  o.link_template = "https://x.example/{id}";
  return o;
}
}  // namespace

TEST_CASE("prefix_svg_ids rewrites ids and references only", "[render][svg]") {
  const std::string in =
      "<?xml version=\"1.0\"?>\n<!-- id=\"c\" -->\n<svg id=\"g\"><defs><linearGradient id=\"l_1\"/></defs>"
      "<g id=\"node1\" class=\"node\"><path fill=\"url(#l_1)\" stroke='url(#l_1)'/>"
      "<a xlink:href=\"#node1\" xlink:title=\"url(#x) id=&quot;y&quot;\"><use href=\"#l_1\"/>"
      "<a xlink:href=\"https://e.org/#frag\"/>"
      "<text>id=\"t\" url(#t)</text></a></g></svg>";
  const std::string out = prefix_svg_ids(in, "m1-");
  CHECK(out ==
        "<?xml version=\"1.0\"?>\n<!-- id=\"c\" -->\n<svg id=\"m1-g\"><defs><linearGradient id=\"m1-l_1\"/></defs>"
        "<g id=\"m1-node1\" class=\"node\"><path fill=\"url(#m1-l_1)\" stroke='url(#m1-l_1)'/>"
        "<a xlink:href=\"#m1-node1\" xlink:title=\"url(#x) id=&quot;y&quot;\"><use href=\"#m1-l_1\"/>"
        "<a xlink:href=\"https://e.org/#frag\"/>"
        "<text>id=\"t\" url(#t)</text></a></g></svg>");
  CHECK(prefix_svg_ids(in, "") == in);
}

TEST_CASE("two figures inlined in one page share no id", "[render][svg]") {
  const std::string a = render(small_view(), svg_opts("fig1-")).bytes;
  const std::string b = render(small_view(), svg_opts("fig2-")).bytes;
  const auto ids_a = attribute_values(a, "id");
  const auto ids_b = attribute_values(b, "id");
  REQUIRE(ids_a.size() > 10);
  std::set<std::string> seen;
  for (const auto& id : ids_a) {
    CHECK(id.rfind("fig1-", 0) == 0);
    CHECK(seen.insert(id).second);  // unique within the figure too
  }
  for (const auto& id : ids_b) {
    CHECK(id.rfind("fig2-", 0) == 0);
    CHECK(seen.insert(id).second);
  }
  CHECK(a.find("id=\"fig1-node-alibaba\"") != std::string::npos);
  // Every in-document reference points at an id of the same figure.
  for (const auto& href : attribute_values(a, "xlink:href"))
    if (!href.empty() && href[0] == '#') CHECK(std::count(ids_a.begin(), ids_a.end(), href.substr(1)) == 1);
}

TEST_CASE("svg_for_inline keeps only the svg element", "[render][svg]") {
  const std::string svg = render(small_view(), svg_opts("p-")).bytes;
  const std::string inl = svg_for_inline(svg);
  CHECK(inl.rfind("<svg", 0) == 0);
  CHECK(inl.size() >= 6);
  CHECK(inl.substr(inl.size() - 6) == "</svg>");
  CHECK(inl.find("<!--") == std::string::npos);
  CHECK(inl.find("<!DOCTYPE") == std::string::npos);
}

TEST_CASE("hostile names cannot inject markup", "[render][svg][escaping]") {
  const GraphView v = hostile_view();
  const std::string svg = render(v, svg_opts("h-")).bytes;
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("<img") == std::string::npos);
  CHECK(svg.find("<b>") == std::string::npos);
  CHECK(svg.find("<TABLE") == std::string::npos);
  CHECK(svg.find("<![CDATA[") == std::string::npos);
  // Shown as written: entities in names are text, not decoded (AT&T, a literal "&amp;").
  CHECK(svg.find(">&lt;script&gt;alert(1)&lt;/script&gt;</text>") != std::string::npos);
  CHECK(svg.find(">AT&amp;T &amp;amp; &amp;nbsp; &amp;#60;b&amp;#62; &amp;lt;</text>") != std::string::npos);
  CHECK(svg.find("&quot;quoted&quot; &#39;single&#39; &lt;b&gt;bold&lt;/b&gt;") != std::string::npos);
  // Very long names are shortened on the map; the tooltip keeps more.
  CHECK(svg.find(std::string(40, 'x') + "…</text>") != std::string::npos);
  CHECK(svg.find(std::string(41, 'x') + "…</text>") == std::string::npos);
  // Backslash escapes in names are not Graphviz escapes: \N is not replaced by the node id.
  CHECK(svg.find(">back\\slash \\") != std::string::npos);
  CHECK(svg.find("\\n \\&quot;q\\&quot; \\l</text>") != std::string::npos);

  if (!have_program("xmllint")) {
    WARN("xmllint not installed: XML validity not checked");
  } else {
    const std::string path = temp_path("hostile.svg");
    write_text(path, svg);
    CHECK(std::system(("xmllint --noout " + path).c_str()) == 0);
    std::remove(path.c_str());
  }
  // The DOT we write parses back (Graphviz's own writer mangles \" in 2.42).
  const std::string dot = to_dot(v, svg_opts(""));
  if (have_program("dot")) {
    const std::string path = temp_path("hostile.dot");
    write_text(path, dot);
    CHECK(std::system(("dot -Tsvg " + path + " | xmllint --noout - 2>/dev/null").c_str()) == 0);
    std::remove(path.c_str());
  }
  // Every format survives the hostile view.
  for (Format f : {Format::png, Format::pdf}) {
    RenderOptions o;
    o.format = f;
    CHECK(render(v, o).bytes.size() > 1000);
  }
}
