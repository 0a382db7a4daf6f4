#include "kg/json.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace kg::json {
namespace {

constexpr unsigned kBase = detail::kFlags;
constexpr unsigned kLoose = kBase | rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag;

// A document filled through a generator, so that its own stack is used and cleared.
template <unsigned Flags, class Stream>
std::optional<Failure> run(rapidjson::Document& d, Stream& s) {
  rapidjson::ParseResult result;
  bool too_deep = false;
  auto generate = [&](rapidjson::Document& doc) {
    detail::DepthLimited<rapidjson::Document> h(doc);
    rapidjson::Reader reader;
    result = reader.Parse<Flags>(s, h);
    too_deep = h.too_deep();
    return !result.IsError();
  };
  d.SetNull();
  d.Populate(generate);
  if (!result.IsError()) return std::nullopt;
  d.SetNull();
  return detail::failure(result, too_deep);
}

}  // namespace

Failure detail::failure(const rapidjson::ParseResult& result, bool too_deep) {
  if (too_deep) return Failure{result.Offset(), "nesting deeper than " + std::to_string(kMaxDepth) + " levels"};
  return Failure{result.Offset(), rapidjson::GetParseError_En(result.Code())};
}

std::optional<Failure> parse(rapidjson::Document& d, std::string_view text, Options opts) {
  rapidjson::MemoryStream ms(text.data(), text.size());
  if (opts.comments) return run<kLoose>(d, ms);
  return run<kBase>(d, ms);
}

std::optional<Failure> parse_insitu(rapidjson::Document& d, char* buf, Options opts) {
  rapidjson::InsituStringStream s(buf);
  if (opts.comments) return run<kLoose | rapidjson::kParseInsituFlag>(d, s);
  return run<kBase | rapidjson::kParseInsituFlag>(d, s);
}

}  // namespace kg::json
