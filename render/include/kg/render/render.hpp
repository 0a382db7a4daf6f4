// kg_render: draws a GraphView (kg/graph_view.hpp) with Graphviz. It knows nothing of the
// graph module: give it a plain sorted view and options, get back the bytes of a figure.
//
// Layout runs in a forked child so that a layout that takes too long is stopped cleanly
// (RenderOptions::timeout_seconds) instead of hanging the caller.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph_view.hpp"

namespace kg::render {

enum class Format { svg, dot, png, pdf };
inline constexpr Format kFormats[] = {Format::svg, Format::dot, Format::png, Format::pdf};
std::string_view to_string(Format f);
// By the path's extension (case-insensitive); nullopt for anything else.
std::optional<Format> format_from_path(const std::string& path);
// "svg, dot, png, pdf": for error messages.
std::string format_list();

// automatic: an overview is grouped by country (countries gathered in blocks: Europe) when
// it shows several, by type otherwise; ego and path maps are not grouped.
enum class ClusterBy { none, country, type, community, automatic };
std::optional<ClusterBy> parse_cluster_by(std::string_view s);

// A predicate as every map, legend and report table writes it ("based in", "works at"),
// "(lexicon)" after it for a fact only the lexicon knows.
std::string predicate_label(Predicate p, bool from_lexicon = false);

// Layout engines render accepts with --layout.
bool is_known_engine(std::string_view engine);
// dot for small views, sfdp (with overlap removal) for large ones; neato when positions
// are pinned; fdp when large and clustered (sfdp ignores clusters). With the engine a
// previous edition of the map was drawn with (recorded in its layout file), the switch
// has hysteresis: a map drawn with dot stays with dot up to twice the size where a new
// one switches, one drawn with sfdp or fdp keeps it down to half that size, so a graph
// growing (or shrinking) across the switch point keeps its look.
std::string choose_engine(std::size_t node_count, bool clustered, bool pinned, std::string_view previous = {});

// Node positions in points, keyed by entity id. Sorted, so files are stable.
struct Point {
  double x = 0, y = 0;
  friend bool operator==(const Point& a, const Point& b) { return a.x == b.x && a.y == b.y; }
};
using Positions = std::map<std::string, Point>;

// The --save-layout / --keep-layout file (JSON, versioned): node positions and the engine
// the map was drawn with (version 2; version 1 files have no engine). read throws
// InputError naming the file; write is atomic.
struct LayoutFile {
  Positions nodes;
  std::string engine;  // "" when not recorded
};
LayoutFile read_layout_file(const std::string& path);
Positions read_layout(const std::string& path);  // the positions alone
void write_layout(const std::string& path, const Positions& positions, const std::string& engine = "");
std::string layout_to_json(const Positions& positions, const std::string& engine = "");

struct RenderOptions {
  Format format = Format::svg;
  std::string engine;               // "" = choose_engine()
  ClusterBy cluster_by = ClusterBy::none;
  std::string link_template;        // node URL; {id} and {name} are replaced (URL-encoded)
  std::string id_prefix = "kg-";    // every id in the SVG starts with it
  std::optional<Positions> pinned;  // keep these nodes where they were (--keep-layout)
  std::string previous_engine;      // the kept layout's engine: choose_engine's hysteresis
  double timeout_seconds = 60;      // layout + render budget; <= 0 = no limit
  int seed = 1;                     // for the force-directed engines
  bool legend = true;
  double aspect = 0;                // width / height the map is packed to; 0 = by format
  double dpi = 0;                   // PNG resolution; 0 = sharp on a HiDPI screen (192)
  bool edge_labels = false;         // print every edge's label, even on dense maps
};

struct RenderResult {
  std::string bytes;      // the figure
  std::string engine;     // the engine used
  Positions positions;    // every node's position after layout (empty for .dot output
                          // unless want_positions)
};

// Draws the view. Throws kg::Error on a Graphviz failure or when the layout exceeds the
// timeout (the message suggests --max-nodes or a faster engine).
RenderResult render(const GraphView& view, const RenderOptions& opt, bool want_positions = false);

// A kept layout that places none of the view's entities pins nothing: the map is drawn
// afresh (packed, its engine chosen with the previous edition's hysteresis).
void drop_unused_pins(const GraphView& view, RenderOptions& opt);

// render() for a process that holds a large graph and draws many maps (kg serve). fork()
// copies the page tables of the whole process, and the child's exit tears them down: for a
// server holding a 5M-relation graph that took about 35 ms of system time per map, three
// times the layout of a 40-entity map itself (11 ms), and a map took 150 ms instead of 30
// on a loaded machine. A
// LayoutHelper forks a small helper process when it is made, before the graph is loaded,
// and each layout process is forked from that helper instead: same bytes as render(), same
// timeout (the layout process stops itself), any number of threads at once. Options with
// pinned positions, and a helper that has died, fall back to render().
class LayoutHelper {
 public:
  LayoutHelper();   // forks the helper process: make it while this process is small
  ~LayoutHelper();  // the helper exits (so does it when this process dies)
  LayoutHelper(const LayoutHelper&) = delete;
  LayoutHelper& operator=(const LayoutHelper&) = delete;

  RenderResult render(const GraphView& view, const RenderOptions& opt);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The DOT text of the graph kg hands to Graphviz (before layout): styled, escaped,
// deterministic and independent of the Graphviz version. What .dot output writes.
std::string to_dot(const GraphView& view, const RenderOptions& opt);

// Rewrites every id in an SVG document, and every reference to one (url(#..), href="#.."),
// to start with `prefix`, so several figures can be inlined in one HTML page.
std::string prefix_svg_ids(std::string_view svg, std::string_view prefix);

// The SVG element alone (no XML declaration, DOCTYPE or comments): for inlining in HTML.
std::string svg_for_inline(std::string_view svg);

}  // namespace kg::render
