// triple_from_jsonl reads each line's fields from the JSON reader's events, without building a
// document. It must answer exactly what the document reader it replaced answered: the same
// triple, or the same one-line error. That reader is kept here as the reference, and both
// are run on hand-written edge cases and on many mutated lines.
#include <catch2/catch.hpp>

#include <cstring>
#include <random>
#include <string>
#include <variant>

#include "kg/error.hpp"
#include "kg/json.hpp"
#include "kg/model.hpp"
#include "kg/triple_io.hpp"

using namespace kg;

namespace {

// The document reader as it was (model/src/triple_io.cpp before the event reader).
[[noreturn]] void ref_fail(const std::string& source, std::size_t line, const std::string& why) {
  throw InputError(source + ":" + std::to_string(line) + ": " + why);
}

Entity ref_entity(const rapidjson::Value& v, const char* key, const std::string& src, std::size_t ln) {
  Entity e;
  if (v.IsString()) {
    e.name.assign(v.GetString(), v.GetStringLength());
  } else if (v.IsObject() && v.HasMember("name") && v["name"].IsString()) {
    e.name.assign(v["name"].GetString(), v["name"].GetStringLength());
    if (v.HasMember("type")) {
      if (!v["type"].IsString()) ref_fail(src, ln, std::string("\"") + key + ".type\" is not a string");
      auto t = parse_entity_type(v["type"].GetString());
      if (!t) ref_fail(src, ln, std::string("unknown entity type \"") + v["type"].GetString() + "\"");
      e.type = *t;
    }
  } else {
    ref_fail(src, ln, std::string("\"") + key + "\" must be a string or {\"name\", \"type\"}");
  }
  if (e.name.empty()) ref_fail(src, ln, std::string("\"") + key + "\" has an empty name");
  if (e.name.find('\0') != std::string::npos) ref_fail(src, ln, std::string("\"") + key + "\" name holds a NUL character");
  return e;
}

std::string ref_str(const rapidjson::Value& o, const char* key) {
  const auto it = o.FindMember(key);
  if (it != o.MemberEnd() && it->value.IsString()) return {it->value.GetString(), it->value.GetStringLength()};
  return {};
}

std::size_t ref_size(const rapidjson::Value& o, const char* key) {
  const auto it = o.FindMember(key);
  if (it != o.MemberEnd() && it->value.IsUint64()) return static_cast<std::size_t>(it->value.GetUint64());
  return 0;
}

Triple ref_triple(std::string_view line, const std::string& source, std::size_t ln) {
  rapidjson::Document d;
  if (auto err = json::parse(d, line))
    ref_fail(source, ln, "malformed JSON at column " + std::to_string(err->offset + 1) + ": " + err->message);
  if (!d.IsObject()) ref_fail(source, ln, "expected a JSON object");
  Triple t;
  if (!d.HasMember("subject")) ref_fail(source, ln, "missing \"subject\"");
  if (!d.HasMember("object")) ref_fail(source, ln, "missing \"object\"");
  if (!d.HasMember("predicate") || !d["predicate"].IsString()) ref_fail(source, ln, "missing \"predicate\"");
  t.subject = ref_entity(d["subject"], "subject", source, ln);
  t.object = ref_entity(d["object"], "object", source, ln);
  auto p = parse_predicate(d["predicate"].GetString());
  if (!p) ref_fail(source, ln, std::string("unknown predicate \"") + d["predicate"].GetString() + "\"");
  t.predicate = *p;
  t.confidence = 1.0;
  if (d.HasMember("confidence")) {
    if (!d["confidence"].IsNumber()) ref_fail(source, ln, "\"confidence\" is not a number");
    t.confidence = d["confidence"].GetDouble();
    if (!(t.confidence >= 0.0 && t.confidence <= 1.0)) ref_fail(source, ln, "\"confidence\" outside [0, 1]");
  }
  t.evidence.doc = ref_str(d, "doc");
  t.evidence.sentence = ref_str(d, "sentence");
  if (t.evidence.sentence.empty()) t.evidence.sentence = ref_str(d, "evidence");
  t.evidence.start = ref_size(d, "start");
  t.evidence.end = ref_size(d, "end");
  t.evidence.date = ref_str(d, "date");
  t.rule = ref_str(d, "rule");
  return t;
}

// Everything a reader gives for a line: each field of the triple, or the error's text.
std::string outcome(Triple (*read)(std::string_view, const std::string&, std::size_t), std::string_view line) {
  try {
    const Triple t = read(line, "t.jsonl", 3);
    std::uint64_t c;
    std::memcpy(&c, &t.confidence, sizeof c);  // bit for bit
    std::string out = "ok|" + t.subject.name + "|" + std::string(to_string(t.subject.type)) + "|" +
                      std::string(to_string(t.predicate)) + "|" + t.object.name + "|" +
                      std::string(to_string(t.object.type)) + "|" + std::to_string(c) + "|" + t.evidence.doc + "|" +
                      t.evidence.sentence + "|" + std::to_string(t.evidence.start) + "|" +
                      std::to_string(t.evidence.end) + "|" + t.evidence.date + "|" + t.rule + "|" +
                      (t.evidence.lexicon ? "lex" : "-");
    return out;
  } catch (const InputError& e) {
    return std::string("error|") + e.what();
  }
}

std::string ours(std::string_view line) { return outcome(&triple_from_jsonl, line); }
std::string reference(std::string_view line) { return outcome(&ref_triple, line); }

}  // namespace

TEST_CASE("triple lines: the event reader answers what the document reader answered") {
  using namespace std::string_literals;
  const std::string full =
      R"({"subject":{"name":"Alibaba","type":"Company"},"predicate":"develops","object":{"name":"Qwen","type":"Model"},)"
      R"("confidence":0.9,"doc":"004_x.txt","sentence":"Qwen d'Alibaba","start":120,"end":230,"date":"2025-01-10","rule":"fr.develops.de"})";
  const std::vector<std::string> lines = {
      full,
      R"({"subject":"A","predicate":"uses","object":"B"})",
      // A key written twice: the first counts, whatever the second holds.
      R"({"subject":"A","subject":5,"predicate":"uses","object":"B"})",
      R"({"subject":5,"subject":"A","predicate":"uses","object":"B"})",
      R"({"subject":"A","predicate":"uses","predicate":"develops","object":"B","object":"C"})",
      R"({"subject":"A","predicate":7,"predicate":"uses","object":"B"})",
      R"({"subject":{"name":"A","name":"B","type":"Company","type":"Nope"},"predicate":"uses","object":"B"})",
      R"({"subject":{"name":1,"name":"B"},"predicate":"uses","object":"B"})",
      R"({"subject":{"type":"Company","name":"A","type":3},"predicate":"uses","object":"B"})",
      R"({"subject":"A","predicate":"uses","object":"B","sentence":"s1","sentence":"s2","doc":"d1","doc":"d2"})",
      R"({"subject":"A","predicate":"uses","object":"B","confidence":"x","confidence":0.5})",
      R"({"subject":"A","predicate":"uses","object":"B","confidence":0.5,"confidence":"x"})",
      // Entities: string, object, other kinds, empty names, NULs.
      R"({"subject":{"name":"A"},"predicate":"uses","object":{"name":"B","type":"organisation"}})",
      R"({"subject":{"name":"A","type":null},"predicate":"uses","object":"B"})",
      R"({"subject":{"name":"A","type":"City"},"predicate":"uses","object":"B"})",
      R"({"subject":{"name":"A","type":"Company\u0000junk"},"predicate":"uses","object":"B"})",
      R"({"subject":{"name":"A","type":"Cit\u0000y"},"predicate":"uses","object":"B"})",
      R"({"subject":{"name":"A","type":["Company"]},"predicate":"uses","object":"B"})",
      R"({"subject":{"name":""},"predicate":"uses","object":"B"})",
      R"({"subject":"","predicate":"uses","object":"B"})",
      R"({"subject":"A\u0000B","predicate":"uses","object":"B"})",
      R"({"subject":{"name":"A\u0000"},"predicate":"uses","object":"B"})",
      R"({"subject":{"nom":"A"},"predicate":"uses","object":"B"})",
      R"({"subject":["A"],"predicate":"uses","object":"B"})",
      R"({"subject":true,"predicate":"uses","object":"B"})",
      R"({"subject":null,"predicate":"uses","object":"B"})",
      R"({"subject":{"name":{"name":"A"},"type":"Company"},"predicate":"uses","object":"B"})",
      R"({"subject":{"x":{"name":"A","type":"Nope"},"name":"A"},"predicate":"uses","object":"B"})",
      R"({"subject":"A","predicate":"uses","object":{"name":"B","type":5}})",
      R"({"subject":"A","predicate":"uses","object":{}})",
      R"({"subject":"A","predicate":"uses","object":[{"name":"B"}]})",
      // Missing members, in the order the errors are checked.
      R"({"predicate":"uses"})",
      R"({"subject":"A","predicate":"uses"})",
      R"({"subject":"A","object":"B"})",
      R"({"subject":1,"object":2})",
      R"({"subject":1,"object":2,"predicate":"uses"})",
      R"({"subject":"A","object":2,"predicate":"nope"})",
      R"({"subject":"A","object":"B","predicate":"nope"})",
      R"({"subject":"A","object":"B","predicate":"use\u0000s"})",
      R"({"subject":"A","object":"B","predicate":"uses\u0000junk"})",
      R"({"subject":"A","object":"B","predicate":"Works-At"})",
      R"({"subject":"A","object":"B","predicate":["uses"]})",
      R"({"Subject":"A","object":"B","predicate":"uses"})",
      R"({"subj\u0065ct":"A","object":"B","predicate":"uses"})",
      R"({"subject\u0000":"A","object":"B","predicate":"uses"})",
      // Numbers.
      R"({"subject":"A","predicate":"uses","object":"B","confidence":1})",
      R"({"subject":"A","predicate":"uses","object":"B","confidence":0})",
      R"({"subject":"A","predicate":"uses","object":"B","confidence":-0})",
      R"({"subject":"A","predicate":"uses","object":"B","confidence":-0.0})",
      R"({"subject":"A","predicate":"uses","object":"B","confidence":1.0000000000000002})",
      R"({"subject":"A","predicate":"uses","object":"B","confidence":0.1234567890123456789})",
      R"({"subject":"A","predicate":"uses","object":"B","confidence":2})",
      R"({"subject":"A","predicate":"uses","object":"B","confidence":-1})",
      R"({"subject":"A","predicate":"uses","object":"B","confidence":1e-400})",
      R"({"subject":"A","predicate":"uses","object":"B","confidence":1e400})",
      R"({"subject":"A","predicate":"uses","object":"B","confidence":null})",
      R"({"subject":"A","predicate":"uses","object":"B","start":-1,"end":-5})",
      R"({"subject":"A","predicate":"uses","object":"B","start":3.0,"end":"4"})",
      R"({"subject":"A","predicate":"uses","object":"B","start":2147483648,"end":4294967296})",
      R"({"subject":"A","predicate":"uses","object":"B","start":9223372036854775808,"end":18446744073709551615})",
      R"({"subject":"A","predicate":"uses","object":"B","start":18446744073709551616,"end":-9223372036854775809})",
      R"({"subject":"A","predicate":"uses","object":"B","start":-0,"end":-2147483649})",
      // Strings: sentence or evidence, escapes, empty values.
      R"({"subject":"A","predicate":"uses","object":"B","sentence":"","evidence":"from evidence"})",
      R"({"subject":"A","predicate":"uses","object":"B","sentence":5,"evidence":"from evidence"})",
      R"({"subject":"A","predicate":"uses","object":"B","evidence":"e","sentence":"s"})",
      R"({"subject":"A","predicate":"uses","object":"B","sentence":"a\"b\\c\/d\n\t\u00e9\ud83d\ude00\u0000e"})",
      R"({"subject":"A\u00e9","predicate":"uses","object":"B","doc":"d\u0000","date":7,"rule":["r"]})",
      R"({"subject":"A","predicate":"uses","object":"B","extra":{"subject":"X","deep":[[{"predicate":1}]]}})",
      // Not JSON, or not an object.
      "{", "[]", "5", R"("text")", "null", "[{\"subject\":\"A\",\"predicate\":\"uses\",\"object\":\"B\"}]",
      R"({"subject":"A","predicate":"uses","object":"B"} {})",
      R"({"subject":"A","predicate":"uses","object":"B"}x)",
      R"({"subject":"A","predicate":"uses","object":"B",})",
      R"({"subject":"A","predicate":"uses","object":"B"} // note)",
      R"({"subject":"A","predicate":"uses","object":"B","sentence":"\ud800"})",
      R"({"subject":"A","predicate":"uses","object":"B","sentence":"\x"})",
      R"({"subject":"A","predicate":"uses","object":"B","sentence":"tab	in"})",
      R"({"subject":'A',"predicate":"uses","object":"B"})",
      R"({"subject":"A","predicate":"uses","object":"B","confidence":.5})",
      R"({"subject":"A","predicate":"uses","object":"B","confidence":01})",
      R"({"subject":"A","predicate":"uses","object":"B","x":tru})",
      "  {\"subject\":\"A\",\"predicate\":\"uses\",\"object\":\"B\"}  \r",
      // A raw NUL byte ends the text for the reader; after it, anything.
      "{\"subject\":\"A\",\"predicate\":\"uses\",\"object\":\"B\"}\0garbage"s,
      "{\"subject\":\"A\0\",\"predicate\":\"uses\",\"object\":\"B\"}"s,
      "{\"subject\":\"A\",\0\"predicate\":\"uses\",\"object\":\"B\"}"s,
      "\0"s,
      "",
      // Nesting at the limit and past it.
      R"({"subject":"A","predicate":"uses","object":"B","x":)" + std::string(127, '[') + std::string(127, ']') + "}",
      R"({"subject":"A","predicate":"uses","object":"B","x":)" + std::string(128, '[') + std::string(128, ']') + "}",
      std::string(200, '[') + std::string(200, ']'),
      std::string(129, '['),
      std::string(129, '{'),
  };
  for (const auto& line : lines) {
    INFO(line);
    CHECK(ours(line) == reference(line));
  }
  // A few answers spelled out (the reference could share a mistake with the reader).
  CHECK(ours(lines[2]) == ours(lines[1]));
  CHECK_THAT(ours(lines[3]), Catch::StartsWith("error|t.jsonl:3: \"subject\" must be a string"));
  CHECK_THAT(ours(R"({"subject":{"name":"A","type":"Company\u0000junk"},"predicate":"uses","object":"B"})"),
             Catch::StartsWith("ok|A|Company|uses|B|Unknown|"));
  CHECK(ours(R"({"subject":{"name":"A","type":"Cit\u0000y"},"predicate":"uses","object":"B"})") ==
        "error|t.jsonl:3: unknown entity type \"Cit\"");
  CHECK(ours(std::string(129, '[')) == "error|t.jsonl:3: malformed JSON at column 129: nesting deeper than 128 levels");
  CHECK(ours("{") == "error|t.jsonl:3: malformed JSON at column 2: Missing a name for object member.");
}

TEST_CASE("triple lines: mutated lines give the document reader's triple or error") {
  // Bytes that change JSON's structure or the fields' meaning, put in, taken out or
  // replaced at random places of well-formed lines; the same seed every run.
  const std::vector<std::string> seeds = {
      R"({"subject":{"name":"Alibaba","type":"Company"},"predicate":"develops","object":{"name":"Qwen","type":"Model"},)"
      R"("confidence":0.9,"doc":"004_x.txt","sentence":"Qwen d'Alibaba \u00e9","start":120,"end":230,"date":"2025-01-10","rule":"fr.develops.de"})",
      R"({"subject":"A","predicate":"uses","object":"B","evidence":"e","start":1,"end":2})",
      R"({"object":{"type":"Chip","name":"H20"},"subject":{"name":"United States","type":"country"},"predicate":"restricts","confidence":1})",
  };
  const std::string alphabet = "{}[]\":,\\ 0123456789.-eE+tfnul\x01\x7f\xc3\xa9xyabcst";
  std::mt19937 rng(20261207);
  std::size_t compared = 0, accepted = 0;
  for (int round = 0; round < 60000; ++round) {
    std::string line = seeds[rng() % seeds.size()];
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = rng() % (line.size() + 1);
      const char c = alphabet[rng() % alphabet.size()];
      switch (rng() % 3) {
        case 0: line.insert(line.begin() + static_cast<std::ptrdiff_t>(at), c); break;
        case 1:
          if (at < line.size()) line.erase(at, 1 + rng() % 4);
          break;
        default:
          if (at < line.size()) line[at] = c;
      }
    }
    const std::string a = ours(line), b = reference(line);
    if (a != b) {
      INFO(line);
      CHECK(a == b);
    }
    ++compared;
    accepted += a.rfind("ok|", 0) == 0;
  }
  CHECK(compared == 60000);
  CHECK(accepted > 1000);  // the mutations reach the fields, not only the JSON errors
}
