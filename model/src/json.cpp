#include "kg/json.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace kg::json {
namespace {

// Forwards SAX events to the Document and stops the parse past kMaxDepth.
class DepthLimited {
 public:
  explicit DepthLimited(rapidjson::Document& d) : d_(d) {}
  bool Null() { return d_.Null(); }
  bool Bool(bool b) { return d_.Bool(b); }
  bool Int(int i) { return d_.Int(i); }
  bool Uint(unsigned u) { return d_.Uint(u); }
  bool Int64(std::int64_t i) { return d_.Int64(i); }
  bool Uint64(std::uint64_t u) { return d_.Uint64(u); }
  bool Double(double x) { return d_.Double(x); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) { return d_.RawNumber(s, n, copy); }
  bool String(const char* s, rapidjson::SizeType n, bool copy) { return d_.String(s, n, copy); }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) { return d_.Key(s, n, copy); }
  bool StartObject() { return enter() && d_.StartObject(); }
  bool EndObject(rapidjson::SizeType n) { return leave() && d_.EndObject(n); }
  bool StartArray() { return enter() && d_.StartArray(); }
  bool EndArray(rapidjson::SizeType n) { return leave() && d_.EndArray(n); }
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
  rapidjson::Document& d_;
  unsigned depth_ = 0;
  bool too_deep_ = false;
};

constexpr unsigned kBase = rapidjson::kParseIterativeFlag;
constexpr unsigned kLoose = kBase | rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag;

// A document filled through a generator, so that its own stack is used and cleared.
template <unsigned Flags, class Stream>
std::optional<Failure> run(rapidjson::Document& d, Stream& s) {
  rapidjson::ParseResult result;
  bool too_deep = false;
  auto generate = [&](rapidjson::Document& doc) {
    DepthLimited h(doc);
    rapidjson::Reader reader;
    result = reader.Parse<Flags>(s, h);
    too_deep = h.too_deep();
    return !result.IsError();
  };
  d.SetNull();
  d.Populate(generate);
  if (!result.IsError()) return std::nullopt;
  d.SetNull();
  if (too_deep)
    return Failure{result.Offset(), "nesting deeper than " + std::to_string(kMaxDepth) + " levels"};
  return Failure{result.Offset(), rapidjson::GetParseError_En(result.Code())};
}

}  // namespace

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
