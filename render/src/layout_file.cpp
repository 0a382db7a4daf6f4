// The layout file of --save-layout / --keep-layout:
// {"format":"kg-layout","version":1,"unit":"pt","nodes":{"alibaba":[123.5,40.25],...}}
#include <rapidjson/document.h>

#include <cmath>
#include <cstdio>

#include "kg/error.hpp"
#include "kg/io.hpp"
#include "kg/json.hpp"
#include "kg/render/render.hpp"
#include "kg/text.hpp"

namespace kg::render {

std::string layout_to_json(const Positions& positions) {
  std::string s = "{\"format\":\"kg-layout\",\"version\":1,\"unit\":\"pt\",\"nodes\":{";
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

void write_layout(const std::string& path, const Positions& positions) {
  io::write_file_atomic(path, layout_to_json(positions));
}

Positions read_layout(const std::string& path) {
  const std::string text = io::read_text_file(path);
  rapidjson::Document d;
  if (auto err = json::parse(d, text))
    throw InputError(path + ": not a layout file: " + err->message + " at offset " + std::to_string(err->offset));
  if (!d.IsObject() || !d.HasMember("format") || !d["format"].IsString() ||
      std::string(d["format"].GetString()) != "kg-layout")
    throw InputError(path + ": not a layout file (written by kg render --save-layout)");
  if (!d.HasMember("version") || !d["version"].IsInt() || d["version"].GetInt() != 1)
    throw InputError(path + ": unsupported layout file version (this kg reads version 1)");
  if (!d.HasMember("nodes") || !d["nodes"].IsObject())
    throw InputError(path + ": layout file has no \"nodes\" object");
  Positions out;
  for (auto it = d["nodes"].MemberBegin(); it != d["nodes"].MemberEnd(); ++it) {
    const auto& v = it->value;
    if (!v.IsArray() || v.Size() != 2 || !v[0].IsNumber() || !v[1].IsNumber() ||
        !std::isfinite(v[0].GetDouble()) || !std::isfinite(v[1].GetDouble()))
      throw InputError(path + ": node '" + it->name.GetString() + "' needs a position [x, y]");
    out[it->name.GetString()] = Point{v[0].GetDouble(), v[1].GetDouble()};
  }
  return out;
}

}  // namespace kg::render
