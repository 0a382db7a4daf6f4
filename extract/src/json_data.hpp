// Reading the lexicon and rule files: JSON with comments, fields checked before use
// (RapidJSON asserts on a wrong-type Get*), errors naming the file and the field.
#pragma once

#include <rapidjson/document.h>

#include <string>
#include <string_view>
#include <vector>

namespace kg::extract::detail {

// The top-level object of a data file (comments and trailing commas allowed).
rapidjson::Document parse_json(std::string_view json, const std::string& source);

// `key` of `v` as a list of strings (a single string is a list of one; absent or null is
// empty). InputError "`where`: 'key' must be a list of strings" otherwise.
std::vector<std::string> string_list(const rapidjson::Value& v, const char* key, const std::string& where);

// `key` of `v` if it is a string, else "".
std::string string_field(const rapidjson::Value& v, const char* key);

}  // namespace kg::extract::detail
