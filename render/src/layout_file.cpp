// The layout file of --save-layout / --keep-layout:
// {"format":"kg-layout","version":2,"unit":"pt","engine":"dot","nodes":{"alibaba":[123.5,40.25],...}}
// Version 1 (no engine) is still read, and written when no engine is given.
#include <rapidjson/document.h>

#include <cmath>
#include <cstdio>

#include "kg/error.hpp"
#include "kg/io.hpp"
#include "kg/json.hpp"
#include "kg/render/render.hpp"
#include "kg/text.hpp"

namespace kg::render {

std::string layout_to_json(const Positions& positions, const std::string& engine) {
  std::string s = "{\"format\":\"kg-layout\",\"version\":";
  s += engine.empty() ? "1,\"unit\":\"pt\"," : "2,\"unit\":\"pt\",\"engine\":\"" + text::escape_json(engine) + "\",";
  s += "\"nodes\":{";
  bool first = true;
  for (const auto& [id, p] : positions) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "[%.2f,%.2f]", p.x, p.y);
    s += (first ? "\n\"" : ",\n\"") + text::escape_json(id) + "\":" + buf;
    first = false;
  }
  s += "\n}}\n";
  return s;
}

void write_layout(const std::string& path, const Positions& positions, const std::string& engine) {
  io::write_file_atomic(path, layout_to_json(positions, engine));
}

Positions read_layout(const std::string& path) { return read_layout_file(path).nodes; }

LayoutFile read_layout_file(const std::string& path) {
  const std::string text = io::read_text_file(path);
  rapidjson::Document d;
  if (auto err = json::parse(d, text))
    throw InputError(path + ": not a layout file: " + err->message + " at offset " + std::to_string(err->offset));
  if (!d.IsObject() || !d.HasMember("format") || !d["format"].IsString() ||
      std::string(d["format"].GetString()) != "kg-layout")
    throw InputError(path + ": not a layout file (written by kg render --save-layout)");
  if (!d.HasMember("version") || !d["version"].IsInt() || d["version"].GetInt() < 1 || d["version"].GetInt() > 2)
    throw InputError(path + ": unsupported layout file version (this kg reads versions 1 and 2)");
  LayoutFile out;
  if (d.HasMember("engine")) {
    if (!d["engine"].IsString() || !is_known_engine(d["engine"].GetString()))
      throw InputError(path + ": unknown \"engine\" in the layout file; use dot, sfdp, neato, fdp, circo or twopi");
    out.engine = d["engine"].GetString();
  }
  if (!d.HasMember("nodes") || !d["nodes"].IsObject())
    throw InputError(path + ": layout file has no \"nodes\" object");
  for (auto it = d["nodes"].MemberBegin(); it != d["nodes"].MemberEnd(); ++it) {
    const auto& v = it->value;
    if (!v.IsArray() || v.Size() != 2 || !v[0].IsNumber() || !v[1].IsNumber() ||
        !std::isfinite(v[0].GetDouble()) || !std::isfinite(v[1].GetDouble()))
      throw InputError(path + ": node '" + it->name.GetString() + "' needs a position [x, y]");
    out.nodes[it->name.GetString()] = Point{v[0].GetDouble(), v[1].GetDouble()};
  }
  return out;
}

}  // namespace kg::render
