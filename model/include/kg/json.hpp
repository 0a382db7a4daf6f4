// The one way kg parses JSON. Every reader (graph .json, .jsonl corpora, triples, lexicons,
// rules, gold files, layouts) goes through parse(): RapidJSON's iterative parser (no
// recursion, so no stack overflow however deep the input) and a nesting limit, so a file of
// 200,000 '[' is a one-line error, not a crash. kg's own formats nest at most 5 levels.
#pragma once

#include <rapidjson/document.h>
#include <rapidjson/reader.h>

#include <cstddef>
#include <cstdint>
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

namespace detail {

inline constexpr unsigned kFlags = rapidjson::kParseIterativeFlag;

// Forwards the reader's events to `H` and stops the parse past kMaxDepth.
template <class H>
class DepthLimited {
 public:
  explicit DepthLimited(H& h) : h_(h) {}
  bool Null() { return h_.Null(); }
  bool Bool(bool b) { return h_.Bool(b); }
  bool Int(int i) { return h_.Int(i); }
  bool Uint(unsigned u) { return h_.Uint(u); }
  bool Int64(std::int64_t i) { return h_.Int64(i); }
  bool Uint64(std::uint64_t u) { return h_.Uint64(u); }
  bool Double(double x) { return h_.Double(x); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) { return h_.RawNumber(s, n, copy); }
  bool String(const char* s, rapidjson::SizeType n, bool copy) { return h_.String(s, n, copy); }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) { return h_.Key(s, n, copy); }
  bool StartObject() { return enter() && h_.StartObject(); }
  bool EndObject(rapidjson::SizeType n) { return leave() && h_.EndObject(n); }
  bool StartArray() { return enter() && h_.StartArray(); }
  bool EndArray(rapidjson::SizeType n) { return leave() && h_.EndArray(n); }
  bool too_deep() const { return too_deep_; }

 private:
  bool enter() {
    if (++depth_ <= kMaxDepth) return true;
    too_deep_ = true;
    return false;
  }
  bool leave() {
    --depth_;
    return true;
  }
  H& h_;
  unsigned depth_ = 0;
  bool too_deep_ = false;
};

// The Failure of a parse that stopped (its offset, and the message parse() gives).
Failure failure(const rapidjson::ParseResult& result, bool too_deep);

}  // namespace detail

// parse_insitu() without a document: the reader's events (RapidJSON's SAX Handler concept:
// Null, Bool, Int, Uint, Int64, Uint64, Double, RawNumber, String, Key, StartObject,
// EndObject, StartArray, EndArray, each returning true to go on) go to `handler` as `buf`
// is read, with parse()'s flags and nesting limit, so a text fails here exactly where and
// as it fails there. Strings are decoded in place: the pointers the handler gets are into
// `buf`. For readers that want a few fields of many small texts (a triple line): no tree
// is built and nothing is copied unless the handler copies it. `reader` is reused across
// calls (it keeps its stack's memory).
template <class Handler>
std::optional<Failure> parse_events_insitu(rapidjson::Reader& reader, char* buf, Handler& handler) {
  rapidjson::InsituStringStream s(buf);
  detail::DepthLimited<Handler> h(handler);
  const rapidjson::ParseResult result = reader.Parse<detail::kFlags | rapidjson::kParseInsituFlag>(s, h);
  if (!result.IsError()) return std::nullopt;
  return detail::failure(result, h.too_deep());
}

}  // namespace kg::json
