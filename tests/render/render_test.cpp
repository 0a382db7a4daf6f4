#include <catch2/catch.hpp>

#include <algorithm>
#include <thread>
#include <tuple>

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

// Compares with tests/golden/NAME. Rewriting the golden files is its own command, never a
// side effect of the test suite (CTest runs this with KG_UPDATE_GOLDEN unset): `cmake
// --build BUILD --target update-golden` runs these tests with it set, and then a golden
// file is written instead of compared (comparing it with itself would prove nothing).
void check_golden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(KG_GOLDEN_DIR) + "/" + name;
  if (std::getenv("KG_UPDATE_GOLDEN")) {
    write_text(path, actual);
    WARN("updated " << path << " (not compared)");
    return;
  }
  const std::string expected = read_text(path);
  INFO("golden file " << path << " (cmake --build BUILD --target update-golden rewrites it)");
  CHECK(actual == expected);
}

RenderOptions opts(Format f) {
  RenderOptions o;
  o.format = f;
  return o;
}

}  // namespace

TEST_CASE("formats are chosen by extension", "[render]") {
  auto [path, expected] = GENERATE(table<std::string, std::optional<Format>>({
      {"map.svg", Format::svg}, {"out/carte.SVG", Format::svg}, {"x.dot", Format::dot},
      {"x.png", Format::png}, {"rapport/x.pdf", Format::pdf}, {"x.jpg", std::nullopt},
      {"x", std::nullopt}, {"x.svg.txt", std::nullopt}}));
  INFO(path);
  CHECK(format_from_path(path) == expected);
  CHECK(format_list() == ".svg, .dot, .png, .pdf");
}

TEST_CASE("the engine follows the size of the map unless asked", "[render]") {
  CHECK(choose_engine(7, false, false) == "dot");
  CHECK(choose_engine(50, false, false) == "dot");
  CHECK(choose_engine(300, false, false) == "sfdp");
  CHECK(choose_engine(300, true, false) == "fdp");
  CHECK(choose_engine(7, false, true) == "neato");
  // With the engine of the previous edition (its layout file), the switch has hysteresis:
  // a map drawn with dot keeps dot while it grows to 100 entities, one drawn with sfdp
  // keeps sfdp while it shrinks to 26.
  CHECK(choose_engine(54, false, false) == "sfdp");
  CHECK(choose_engine(54, false, false, "dot") == "dot");
  CHECK(choose_engine(100, false, false, "dot") == "dot");
  CHECK(choose_engine(101, false, false, "dot") == "sfdp");
  CHECK(choose_engine(101, true, false, "dot") == "fdp");
  CHECK(choose_engine(40, false, false, "sfdp") == "sfdp");
  CHECK(choose_engine(40, true, false, "sfdp") == "fdp");
  CHECK(choose_engine(25, false, false, "sfdp") == "dot");
  CHECK(choose_engine(40, false, false, "neato") == "dot");
  CHECK(choose_engine(40, false, true, "fdp") == "fdp");  // fdp honours pins too
  CHECK(choose_engine(40, false, true, "dot") == "neato");
  CHECK(is_known_engine("circo"));
  CHECK_FALSE(is_known_engine("twopi; rm -rf"));
  RenderOptions o = opts(Format::dot);
  o.engine = "bogus";
  CHECK_THROWS_AS(to_dot(small_view(), o), UsageError);
  CHECK(parse_cluster_by("country") == ClusterBy::country);
  CHECK(parse_cluster_by("pays") == std::nullopt);
}

TEST_CASE("DOT matches the golden files", "[render][golden]") {
  check_golden("small.dot", to_dot(small_view(), opts(Format::dot)));

  RenderOptions by_country = opts(Format::dot);
  by_country.cluster_by = ClusterBy::country;
  check_golden("small_country.dot", to_dot(small_view(), by_country));

  GraphView path = small_view();
  for (auto& n : path.nodes) n.highlighted = n.id == "yao-shunyu" || n.id == "deepseek" || n.id == "alibaba";
  for (auto& e : path.edges)
    e.highlighted = (e.source == "yao-shunyu" && e.target == "deepseek") || (e.source == "deepseek" && e.target == "alibaba");
  path.title = "Yao Shunyu → Alibaba";
  check_golden("small_path.dot", to_dot(path, opts(Format::dot)));
}

TEST_CASE("DOT names nodes by entity id and styles them from the table", "[render]") {
  const std::string dot = to_dot(small_view(), opts(Format::dot));
  CHECK(dot.find("\t\"yao-shunyu\"\t[") != std::string::npos);
  CHECK(dot.find("\"united-states\"\t[") != std::string::npos);
  CHECK(dot.find("label=\"Yao Shunyu\"") != std::string::npos);
  CHECK(dot.find("shape=hexagon") != std::string::npos);  // countries
  // The legend lists what is on the map and nothing else.
  CHECK(dot.find(">person<") != std::string::npos);
  CHECK(dot.find(">model<") != std::string::npos);
  CHECK(dot.find(">chip<") == std::string::npos);
  CHECK(dot.find(">organization<") == std::string::npos);
  CHECK(dot.find(">develops<") != std::string::npos);
  CHECK(dot.find(">invests in<") == std::string::npos);
  RenderOptions no_legend = opts(Format::dot);
  no_legend.legend = false;
  CHECK(to_dot(small_view(), no_legend).find("kg_legend") == std::string::npos);
}

TEST_CASE("tooltips carry the evidence sentence and its document", "[render]") {
  const std::string dot = to_dot(small_view(), opts(Format::dot));
  CHECK(dot.find("Alibaba develops Qwen (confidence 0.95)\\n“Alibaba a dévoilé Qwen 3, son nouveau modèle.” — "
                 "001_fr.txt, 2025-01-15\\n+2 more") != std::string::npos);
  CHECK(dot.find("“DeepSeek, based in Hangzhou, China.” — 002_en.txt") != std::string::npos);
}

TEST_CASE("links follow the template with encoded names", "[render]") {
  RenderOptions o = opts(Format::svg);
  o.link_template = "https://wiki.example/{name}?id={id}";
  const std::string svg = render(small_view(), o).bytes;
  CHECK(svg.find("xlink:href=\"https://wiki.example/Yao%20Shunyu?id=yao-shunyu\"") != std::string::npos);
}

TEST_CASE("every format renders and is byte-identical run to run", "[render][determinism]") {
  const Format f = GENERATE(Format::svg, Format::dot, Format::png, Format::pdf);
  INFO(to_string(f));
  const auto a = render(small_view(), opts(f)).bytes;
  const auto b = render(small_view(), opts(f)).bytes;
  REQUIRE(!a.empty());
  CHECK(a == b);
  switch (f) {
    case Format::svg: CHECK(a.find("<svg") != std::string::npos); break;
    case Format::dot: CHECK(a.rfind("digraph kg {", 0) == 0); break;
    case Format::png: CHECK(a.rfind("\x89PNG", 0) == 0); break;
    case Format::pdf: CHECK(a.rfind("%PDF", 0) == 0); break;
  }
}

TEST_CASE("a 300-entity map is laid out by sfdp, deterministically", "[render][determinism]") {
  const GraphView v = large_view(300);
  const auto a = render(v, opts(Format::svg), true);
  const auto b = render(v, opts(Format::svg), true);
  CHECK(a.engine == "sfdp");
  CHECK(a.bytes == b.bytes);
  CHECK(a.positions.size() == 300);
  // Overlap removal: no two node centres closer than a few points.
  std::vector<Point> pts;
  for (const auto& [id, p] : a.positions) pts.push_back(p);
  double closest = 1e9;
  for (std::size_t i = 0; i < pts.size(); ++i)
    for (std::size_t j = i + 1; j < pts.size(); ++j)
      closest = std::min(closest, std::hypot(pts[i].x - pts[j].x, pts[i].y - pts[j].y));
  CHECK(closest > 10);
  // Edge labels would cover a map this size; the legend and tooltips name predicates.
  std::size_t shown = 0;
  for (std::size_t p = 0; (p = a.bytes.find(">develops</text>", p)) != std::string::npos; ++p) ++shown;
  CHECK(shown == 1);  // in the legend only
}

TEST_CASE("a layout over the time limit is stopped with advice", "[render][timeout]") {
  RenderOptions o = opts(Format::svg);
  o.engine = "dot";
  o.timeout_seconds = 0.3;
  const GraphView v = large_view(3000);
  try {
    render(v, o);
    FAIL("expected a timeout");
  } catch (const kg::Error& e) {
    const std::string msg = e.what();
    CHECK(msg.find("took more than 0.3 s") != std::string::npos);
    CHECK(msg.find("--max-nodes") != std::string::npos);
    CHECK(msg.find("--layout sfdp") != std::string::npos);
  }
}

TEST_CASE("an empty view still renders a valid figure", "[render]") {
  GraphView v;
  v.title = "Nothing matched";
  const auto svg = render(v, opts(Format::svg)).bytes;
  CHECK(svg.find("Nothing matched") != std::string::npos);
}

TEST_CASE("what only the lexicon knows is drawn grey and dashed, said in tooltips and the legend", "[render]") {
  GraphView v = small_view();
  CHECK(to_dot(v, opts(Format::dot)).find("lexicon") == std::string::npos);
  v.edges.front().from_lexicon = true;
  v.nodes.front().country_from_lexicon = true;
  const std::string dot = to_dot(v, opts(Format::dot));
  CHECK(dot.find("(lexicon)") != std::string::npos);
  CHECK(dot.find("from the lexicon, stated by no article") != std::string::npos);
  CHECK(dot.find("#999999") != std::string::npos);
  CHECK(dot.find(v.nodes.front().country + " (lexicon)") != std::string::npos);
}

TEST_CASE("a LayoutHelper draws the bytes render() draws, in every format, from several threads at once",
          "[render][helper]") {
  LayoutHelper helper;
  std::vector<std::pair<GraphView, RenderOptions>> cases;
  for (Format f : kFormats) cases.emplace_back(small_view(), opts(f));
  RenderOptions clustered = opts(Format::svg);
  clustered.cluster_by = ClusterBy::country;
  clustered.link_template = "/entity?id={id}";
  clustered.id_prefix = "m1-";
  cases.emplace_back(small_view(), clustered);
  cases.emplace_back(hostile_view(), opts(Format::svg));
  cases.emplace_back(large_view(120), opts(Format::svg));
  GraphView marked = small_view();
  marked.edges.front().from_lexicon = true;
  marked.nodes.front().country_from_lexicon = true;
  cases.emplace_back(marked, opts(Format::svg));
  GraphView ego = small_view();  // radial around its focus
  ego.focus = "alibaba";
  cases.emplace_back(ego, opts(Format::svg));
  GraphView path = small_view();  // in path order
  path.path = {"qwen", "alibaba"};
  cases.emplace_back(path, opts(Format::svg));
  RenderOptions shaped = opts(Format::png);  // packed upright, sized, every label printed
  shaped.aspect = 0.7;
  shaped.dpi = 72;
  shaped.edge_labels = true;
  cases.emplace_back(large_view(120), shaped);
  std::vector<std::string> expected;
  for (const auto& [v, o] : cases) expected.push_back(render(v, o).bytes);
  CHECK(expected.back() != render(small_view(), opts(Format::svg)).bytes);  // the marks show
  std::vector<std::vector<std::string>> got(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < got.size(); ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 2; ++round)
        for (const auto& [v, o] : cases) {
          try {
            got[t].push_back(helper.render(v, o).bytes);
          } catch (const std::exception& e) {
            got[t].push_back(std::string("error: ") + e.what());
          }
        }
    });
  for (auto& th : threads) th.join();
  for (const auto& g : got) {
    REQUIRE(g.size() == 2 * cases.size());
    for (std::size_t i = 0; i < g.size(); ++i) {
      INFO("case " << i % cases.size());
      CHECK(g[i] == expected[i % cases.size()]);
    }
  }
  CHECK(helper.render(small_view(), opts(Format::svg)).engine == "dot");
}

TEST_CASE("a LayoutHelper's layout over the time limit is stopped with advice", "[render][helper][timeout]") {
  LayoutHelper helper;
  RenderOptions o = opts(Format::svg);
  o.engine = "dot";
  o.timeout_seconds = 0.3;
  try {
    helper.render(large_view(3000), o);
    FAIL("expected a timeout");
  } catch (const kg::Error& e) {
    CHECK(std::string(e.what()).find("took more than 0.3 s") != std::string::npos);
  }
  // The helper still draws afterwards.
  CHECK(helper.render(small_view(), opts(Format::svg)).bytes == render(small_view(), opts(Format::svg)).bytes);
}

TEST_CASE("a path map reads from FROM to TO whatever the facts' directions", "[render][path]") {
  // Tencent <-works_at- Yao Shunyu -worked_at-> OpenAI: both arrows leave Yao Shunyu, so
  // dot used to put him first. The edge walked backwards goes in reversed, drawn back.
  GraphView v;
  v.nodes = {node("openai", "OpenAI", EntityType::Company, 0.5), node("tencent", "Tencent", EntityType::Company, 0.5),
             node("yao-shunyu", "Yao Shunyu", EntityType::Person, 1.0)};
  v.edges = {edge("yao-shunyu", Predicate::works_at, "tencent", "Tencent l'a nommé.", "001.txt"),
             edge("yao-shunyu", Predicate::worked_at, "openai", "Il travaillait chez OpenAI.", "001.txt")};
  v.path = {"tencent", "yao-shunyu", "openai"};
  const std::string dot = to_dot(v, opts(Format::dot));
  CHECK(dot.find("tencent -> \"yao-shunyu\"") != std::string::npos);
  CHECK(dot.find("\"yao-shunyu\" -> openai") != std::string::npos);
  CHECK(dot.find("dir=back") != std::string::npos);
  CHECK(dot.find("Yao Shunyu works at Tencent") != std::string::npos);  // the fact as stated
  const auto r = render(v, opts(Format::svg), true);
  CHECK(r.positions.at("tencent").x < r.positions.at("yao-shunyu").x);
  CHECK(r.positions.at("yao-shunyu").x < r.positions.at("openai").x);
}

TEST_CASE("an ego map is radial around its focus", "[render][ego]") {
  GraphView v = small_view();
  v.focus = "alibaba";
  const std::string dot = to_dot(v, opts(Format::dot));
  CHECK(dot.find("layout=twopi") != std::string::npos);
  CHECK(dot.find("root=alibaba") != std::string::npos);
  const auto r = render(v, opts(Format::svg), true);
  CHECK(r.engine == "twopi");
  RenderOptions dot_engine = opts(Format::svg);
  dot_engine.engine = "dot";
  CHECK(render(v, dot_engine).engine == "dot");
}

TEST_CASE("facts between the same two entities share one line", "[render][edges]") {
  GraphView v = small_view();  // Nvidia based_in United States, United States restricts Nvidia
  const std::string dot = to_dot(v, opts(Format::dot));
  CHECK(dot.find("label=\"based in · restricts\"") != std::string::npos);
  CHECK(dot.find("dir=both") != std::string::npos);
  CHECK(dot.find("id=\"edge-5\"") == std::string::npos);
  CHECK(dot.find("Nvidia (confidence 0.70)") != std::string::npos);  // its fact stays in the tooltip
  v.edges.push_back(edge("qwen", Predicate::competes_with, "alibaba", "x", "d.txt"));
  std::sort(v.edges.begin(), v.edges.end(), [](const kg::ViewEdge& a, const kg::ViewEdge& b) {
    return std::tie(a.source, a.predicate, a.target) < std::tie(b.source, b.predicate, b.target);
  });
  const std::string two = to_dot(v, opts(Format::dot));
  CHECK(two.find("label=\"develops · competes with\"") != std::string::npos);
}

TEST_CASE("PNG is sharp by default and sized by --dpi", "[render][png]") {
  auto width = [](const std::string& png) {
    REQUIRE(png.size() > 24);
    const auto* b = reinterpret_cast<const unsigned char*>(png.data());
    return (b[16] << 24) | (b[17] << 16) | (b[18] << 8) | b[19];
  };
  RenderOptions o = opts(Format::png);
  const int sharp = width(render(small_view(), o).bytes);
  o.dpi = 96;
  const int plain = width(render(small_view(), o).bytes);
  CHECK(sharp >= 2 * plain - 2);
  CHECK(sharp <= 2 * plain + 2);
}

TEST_CASE("each part keeps its engine while the graph grows past 50 entities", "[render][engine]") {
  // The seed graph plus one article (48 -> 54 entities) used to switch the whole map from
  // dot to sfdp. Engines now follow each connected part's size: two parts of 30 are dot.
  GraphView v;
  char id[32];
  for (int part = 0; part < 2; ++part)
    for (int i = 0; i < 30; ++i) {
      std::snprintf(id, sizeof id, "p%d-%02d", part, i);
      v.nodes.push_back(node(id, id, i == 0 ? EntityType::Company : EntityType::Model, i == 0 ? 1.0 : 0.2));
      if (i > 0) {
        char hub[32];
        std::snprintf(hub, sizeof hub, "p%d-00", part);
        v.edges.push_back(edge(hub, Predicate::develops, id, "s", "d.txt"));
      }
    }
  std::sort(v.nodes.begin(), v.nodes.end(), [](const kg::ViewNode& a, const kg::ViewNode& b) { return a.id < b.id; });
  const auto r = render(v, opts(Format::svg), true);
  CHECK(r.engine == "dot");
  CHECK(r.positions.size() == 60);
}

TEST_CASE("an overview is grouped by country blocks when it shows several, by type otherwise", "[render][cluster]") {
  GraphView v;
  v.nodes = {node("bnp", "BNP Paribas", EntityType::Company, 0.3, "France"),
             node("mistral", "Mistral AI", EntityType::Company, 0.9, "France"),
             node("nvidia", "Nvidia", EntityType::Company, 0.8, "United States"),
             node("openai", "OpenAI", EntityType::Company, 0.7, "United States"),
             node("sap", "SAP", EntityType::Company, 0.5, "Germany"),
             node("aleph", "Aleph Alpha", EntityType::Company, 0.4, "Germany")};
  v.edges = {edge("bnp", Predicate::uses, "mistral", "x", "d.txt"),
             edge("mistral", Predicate::competes_with, "openai", "x", "d.txt"),
             edge("mistral", Predicate::uses, "nvidia", "x", "d.txt"),
             edge("openai", Predicate::uses, "nvidia", "x", "d.txt"),
             edge("sap", Predicate::uses, "aleph", "x", "d.txt"),
             edge("aleph", Predicate::competes_with, "mistral", "x", "d.txt")};
  RenderOptions o = opts(Format::svg);
  o.cluster_by = ClusterBy::automatic;
  const std::string svg = render(v, o).bytes;
  CHECK(svg.find(">Europe</text>") != std::string::npos);  // France and Germany: one block
  CHECK(svg.find(">United States</text>") != std::string::npos);
  CHECK(svg.find(">France</text>") == std::string::npos);
  CHECK(render(v, o).bytes == svg);
  // One country: by type (a box needs two members).
  GraphView one = v;
  for (auto& n : one.nodes) n.country = "France";
  one.nodes[0].type = EntityType::Organization;
  one.nodes[1].type = EntityType::Organization;
  const std::string typed = to_dot(one, [&] { RenderOptions d = o; d.format = Format::dot; return d; }());
  CHECK(typed.find("label=Organization") != std::string::npos);
  CHECK(typed.find("label=Company") != std::string::npos);
  // Ego and path maps are not grouped; none turns grouping off.
  GraphView ego = v;
  ego.focus = "mistral";
  CHECK(render(ego, o).bytes.find("class=\"cluster\"") == std::string::npos);
  o.cluster_by = ClusterBy::none;
  CHECK(render(v, o).bytes.find("class=\"cluster\"") == std::string::npos);
  CHECK(parse_cluster_by("auto") == ClusterBy::automatic);
}

TEST_CASE("a large map's legend grows with it, to stay readable in a report column", "[render][legend]") {
  auto legend_font = [](const std::string& svg) {
    const auto at = svg.find("id=\"kg-legend\"");
    REQUIRE(at != std::string::npos);
    const auto fs = svg.find("font-size=\"", at);
    return std::stod(svg.substr(fs + 11));
  };
  auto width = [](const std::string& svg) {
    const auto vb = svg.find("viewBox=\"0.00 0.00 ");
    REQUIRE(vb != std::string::npos);
    return std::stod(svg.substr(vb + 19));
  };
  const std::string small = render(small_view(), opts(Format::svg)).bytes;
  CHECK(legend_font(small) == 10);
  const std::string large = render(large_view(200), opts(Format::svg)).bytes;
  INFO("map " << width(large) << " pt wide");
  // Shrunk to a 1,000 px column, its text is still at least 8 px high.
  CHECK(legend_font(large) * 1000 / width(large) >= 8);
  CHECK(legend_font(large) <= 28);
}
