// kg::report: a self-contained report for a publication: the corpus, an overview map, ego
// maps of the most important entities, path maps for chosen pairs, and the facts with their
// evidence. HTML inlines every SVG (an id prefix of its own each, no network resources);
// Markdown links sibling .svg files. All article text is escaped.
//
// make() draws and writes in memory; write() puts the files in place. What a command line
// asks (file names, layout files, refusing to overwrite inputs) stays in cli/cmd_report.cpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kg/graph/graph.hpp"
#include "kg/graph/query.hpp"
#include "kg/render/render.hpp"

namespace kg::report {

enum class Format { html, markdown };

// By the output's extension: .html/.htm or .md/.markdown; UsageError (exit 2) otherwise.
Format format_for(const std::string& path);

struct Options {
  std::string output;      // the report's path: its format, the figures' file names
  std::string graph_file;  // the graph it is made from, as the Method section names it
  std::string title;       // "" = "Knowledge graph report"
  std::size_t top = 5;     // ego maps of this many of the most important entities
  int depth = 1;           // hops on each ego map
  std::size_t overview_nodes = 60, ego_nodes = 30, max_facts = 500;
  // Path maps, between entities already resolved in the graph.
  std::vector<std::pair<graph::EntityInfo, graph::EntityInfo>> paths;
  // Predicates and types shown on maps and in the tables. The dates only describe the
  // slice: the graph passed in is already the graph as the news stood then.
  graph::EdgeFilter filter;
  graph::LexiconKnowledge lexicon = graph::LexiconKnowledge::omit;
  bool communities = false;  // fill ViewNode::community (clusters by community)
  // The look of every map; each figure's ids start with id_prefix, its key and '-'.
  render::RenderOptions style;
  std::string id_prefix = "kg-";
  // The overview's options when they differ from style (a kept layout's pins), and whether
  // its positions are wanted (to save its layout).
  std::optional<render::RenderOptions> overview_style;
  bool overview_positions = false;
};

struct Figure {
  std::string heading;  // plain text
  std::string caption;  // plain text, may be empty
  std::string svg;      // the SVG document
  std::string file;     // Markdown: the sibling file name
  std::vector<std::string> notes;
};

struct Report {
  Format format = Format::html;
  std::string text;  // the HTML page or the Markdown document
  std::vector<Figure> figures;
  // The overview as drawn, with the options it was drawn with (pins kept or dropped):
  // what saving its layout needs.
  render::RenderResult overview;
  render::RenderOptions overview_options;
  std::size_t facts_listed = 0;  // rows in the facts table
  std::size_t documents = 0;
};

// The report of g (every map drawn, the text written), nothing written to disk.
// `importance`: per entity of g (index as in Graph::entities()), as graph::pagerank(g);
// computed once by the caller and used by every map.
Report make(const graph::Graph& g, const std::vector<double>& importance, const Options& opt);

// The files write() puts beside `output` (Markdown's figures; none for HTML).
std::vector<std::string> figure_paths(const Report& r, const std::string& output);

// The report and, for Markdown, its sibling SVGs: all written in full to temporaries first,
// then put in place figures first (the report never links a file that is not there). A
// failure before that leaves nothing new; one while putting them in place removes the
// figures this call created.
void write(const Report& r, const std::string& output);

}  // namespace kg::report
