#include "render_util.hpp"
#include "options.hpp"

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "kg/error.hpp"
#include "kg/io.hpp"
#include "kg/text.hpp"

namespace kg::cli {

void StyleArgs::add_to(CLI::App* sub) {
  sub->add_option("--cluster-by", cluster_by, "group entities in boxes: country (Europe as one block), type, "
                                              "community or none (default: by country when the map shows several, "
                                              "else by type; not on ego and path maps)");
  sub->add_option("--layout", layout, "layout engine: dot, sfdp, neato, fdp, circo or twopi (default: each "
                                      "connected part by its size, dot for small ones, sfdp for large ones; "
                                      "twopi around --focus)");
  sub->add_option("--aspect", aspect, "width:height the map's parts are packed to, e.g. 16:10 or 0.7 (default: "
                                      "16:10 for SVG and PNG, an upright A4 page for PDF)");
  auto* dpi_opt = sub->add_option("--dpi", dpi, "PNG resolution in dots per inch (default 192)");
  sub->add_option("--scale", scale, "PNG size as a multiple of 96 dpi, e.g. 2 (same as --dpi 192)")->excludes(dpi_opt);
  sub->add_flag("--edge-labels", edge_labels, "print every edge's label, even on dense maps (default: colour and "
                                              "tooltip only past 60 entities)");
  sub->add_option("--link-template", link_template,
                  "make nodes links; {id} and {name} are replaced, e.g. 'https://wiki.example/{name}'");
  sub->add_option("--timeout", timeout, "stop a layout that takes longer than this many seconds")->check(kSeconds)->capture_default_str();
}

render::RenderOptions StyleArgs::options(render::Format format, std::string id_prefix) const {
  render::RenderOptions o;
  o.format = format;
  o.id_prefix = std::move(id_prefix);
  o.link_template = link_template;
  o.timeout_seconds = timeout;
  o.cluster_by = render::ClusterBy::automatic;
  if (!cluster_by.empty()) {
    auto c = render::parse_cluster_by(cluster_by);
    if (!c) throw UsageError("unknown --cluster-by '" + cluster_by + "'; use country, type, community, none or auto");
    o.cluster_by = *c;
  }
  if (!layout.empty() && !render::is_known_engine(layout))
    throw UsageError("unknown --layout '" + layout + "'; use dot, sfdp, neato, fdp, circo or twopi");
  o.engine = layout;
  if (!aspect.empty()) {
    double w = 0, h = 1;
    char colon = 0;
    const int n = std::sscanf(aspect.c_str(), "%lf%c%lf", &w, &colon, &h);
    if (!(n == 1 || (n == 3 && colon == ':')) || !(w > 0) || !(h > 0) || w / h < 0.05 || w / h > 20)
      throw UsageError("--aspect takes width:height or a ratio, e.g. 16:10 or 0.7 (got '" + aspect + "')");
    o.aspect = w / h;
  }
  if (dpi < 0 || dpi > 2400) throw UsageError("--dpi must be between 1 and 2400");
  if (scale < 0 || scale > 25) throw UsageError("--scale must be between 0.01 and 25");
  o.dpi = scale > 0 ? 96 * scale : dpi;
  o.edge_labels = edge_labels;
  if (timeout < 0) throw UsageError("--timeout must be >= 0 seconds (0 = no limit)");
  return o;
}

void keep_layout(render::RenderOptions& opt, const std::string& file) {
  render::LayoutFile kept = render::read_layout_file(file);
  opt.pinned = std::move(kept.nodes);
  opt.previous_engine = std::move(kept.engine);
}

void save_layout(const std::string& file, const render::RenderResult& r, const render::RenderOptions& opt) {
  const bool pinned = opt.pinned.has_value() && !opt.pinned->empty();
  render::write_layout(file, r.positions, pinned && !opt.previous_engine.empty() ? opt.previous_engine : r.engine);
}

render::Format output_format(const std::string& path) {
  auto f = render::format_from_path(path);
  if (!f)
    throw UsageError("cannot tell the format of '" + path + "' from its extension; use one of " +
                     render::format_list());
  return *f;
}

std::string prefix_from_path(const std::string& path) {
  std::string s = text::slug(std::filesystem::path(path).stem().string());
  if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) s = "kg-" + s;  // ids must start with a letter
  if (s.back() != '-') s += '-';
  return s;
}

render::RenderResult draw(const GraphView& view, const render::RenderOptions& opt, const std::string& out,
                          bool want_positions) {
  for (const auto& note : view.notes) std::cerr << "kg: note: " << note << "\n";
  render::RenderResult r = render::render(view, opt, want_positions);
  io::ensure_parent_dir(out);
  io::write_file_atomic(out, r.bytes);
  return r;
}

}  // namespace kg::cli
