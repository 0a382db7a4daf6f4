// Helpers shared by `kg render` and `kg report`: map options on the command line, their
// translation into graph::ViewOptions and render::RenderOptions, and writing a figure.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kg/graph/graph.hpp"
#include "kg/render/render.hpp"

namespace kg::cli {

// The look of a map (shared by render and report).
struct StyleArgs {
  std::string cluster_by;     // country|type|community
  std::string layout;         // engine, "" = by size
  std::string link_template;  // node links
  double timeout = 60;
  std::string aspect;         // "16:10", "1.6"; "" = by format
  double dpi = 0, scale = 0;  // PNG resolution (0 = default)
  bool edge_labels = false;
  void add_to(CLI::App* sub);
  // Checks values (UsageError, exit 2) and fills the options for `format`.
  render::RenderOptions options(render::Format format, std::string id_prefix) const;
  bool communities() const { return cluster_by == "community"; }
};

// Format of an output path, or UsageError (exit 2) listing the formats.
render::Format output_format(const std::string& path);

// "out/Map 1.svg" -> "map-1-": a per-figure id prefix from the file name.
std::string prefix_from_path(const std::string& path);

// Renders and writes atomically; prints the view's notes (e.g. dropped entities) to stderr.
render::RenderResult draw(const GraphView& view, const render::RenderOptions& opt, const std::string& out,
                          bool want_positions = false);

// --keep-layout FILE: the file's positions are pinned, and its engine is the previous
// edition's (choose_engine's hysteresis).
void keep_layout(render::RenderOptions& opt, const std::string& file);
// --save-layout FILE: the map's positions, and the engine whose look they carry (a kept
// map's previous engine, else the one it was drawn with).
void save_layout(const std::string& file, const render::RenderResult& r, const render::RenderOptions& opt);

}  // namespace kg::cli
