// The one way kg parses JSON. Every reader (graph .json, .jsonl corpora, triples, lexicons,
// rules, gold files, layouts) goes through parse(): RapidJSON's iterative parser (no
// recursion, so no stack overflow however deep the input) and a nesting limit, so a file of
// 200,000 '[' is a one-line error, not a crash. kg's own formats nest at most 5 levels.
#pragma once

#include <rapidjson/document.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kg::json {

inline constexpr unsigned kMaxDepth = 128;

struct Options {
  bool comments = false;  // // and /* */ comments and trailing commas (hand-edited data files)
};

struct Failure {
  std::size_t offset = 0;  // byte offset of the error in the text
  std::string message;     // "Missing a comma ...", "nesting deeper than 128 levels"
};

// Parses `text` into `d`; nullopt on success.
std::optional<Failure> parse(rapidjson::Document& d, std::string_view text, Options opts = {});

// The same over a mutable, NUL-terminated buffer that strings may point into (faster for
// large files: `buf` must outlive `d`).
std::optional<Failure> parse_insitu(rapidjson::Document& d, char* buf, Options opts = {});

}  // namespace kg::json
