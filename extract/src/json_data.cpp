#include "json_data.hpp"

#include "kg/error.hpp"
#include "kg/json.hpp"

namespace kg::extract::detail {

rapidjson::Document parse_json(std::string_view json, const std::string& source) {
  rapidjson::Document d;
  if (auto err = kg::json::parse(d, json, {.comments = true}))
    throw InputError(source + ": malformed JSON at byte " + std::to_string(err->offset) + ": " + err->message);
  if (!d.IsObject()) throw InputError(source + ": expected a JSON object at top level");
  return d;
}

std::vector<std::string> string_list(const rapidjson::Value& v, const char* key,
                                     const std::string& where) {
  std::vector<std::string> out;
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || it->value.IsNull()) return out;
  if (it->value.IsString()) {
    out.emplace_back(it->value.GetString(), it->value.GetStringLength());
    return out;
  }
  if (!it->value.IsArray()) throw InputError(where + ": '" + key + "' must be a list of strings");
  for (const auto& x : it->value.GetArray()) {
    if (!x.IsString()) throw InputError(where + ": '" + key + "' must be a list of strings");
    out.emplace_back(x.GetString(), x.GetStringLength());
  }
  return out;
}

std::string string_field(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsString()) return {};
  return {it->value.GetString(), it->value.GetStringLength()};
}

}  // namespace kg::extract::detail
