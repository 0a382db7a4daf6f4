#include "kg/triple_io.hpp"

#include <rapidjson/document.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "kg/error.hpp"
#include "kg/io.hpp"
#include "kg/json.hpp"
#include "kg/text.hpp"

namespace kg {
namespace {

std::string num(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return buf;
}

void put_entity(std::string& out, const Entity& e) {
  out += "{\"name\":\"" + text::escape_json(e.name) + "\",\"type\":\"" + std::string(to_string(e.type)) + "\"}";
}

[[noreturn]] void fail(const std::string& source, std::size_t line, const std::string& why) {
  throw InputError(source + ":" + std::to_string(line) + ": " + why);
}

Entity get_entity(const rapidjson::Value& v, const char* key, const std::string& src, std::size_t ln) {
  Entity e;
  if (v.IsString()) {
    e.name.assign(v.GetString(), v.GetStringLength());
  } else if (v.IsObject() && v.HasMember("name") && v["name"].IsString()) {
    e.name.assign(v["name"].GetString(), v["name"].GetStringLength());
    if (v.HasMember("type")) {
      if (!v["type"].IsString()) fail(src, ln, std::string("\"") + key + ".type\" is not a string");
      auto t = parse_entity_type(v["type"].GetString());
      if (!t) fail(src, ln, std::string("unknown entity type \"") + v["type"].GetString() + "\"");
      e.type = *t;
    }
  } else {
    fail(src, ln, std::string("\"") + key + "\" must be a string or {\"name\", \"type\"}");
  }
  if (e.name.empty()) fail(src, ln, std::string("\"") + key + "\" has an empty name");
  // "\u0000" in a name: no name holds one, and C strings downstream would cut it there.
  if (e.name.find('\0') != std::string::npos) fail(src, ln, std::string("\"") + key + "\" name holds a NUL character");
  return e;
}

std::string get_str(const rapidjson::Value& o, const char* key) {
  if (o.HasMember(key) && o[key].IsString()) return {o[key].GetString(), o[key].GetStringLength()};
  return {};
}

std::size_t get_size(const rapidjson::Value& o, const char* key) {
  if (o.HasMember(key) && o[key].IsUint64()) return static_cast<std::size_t>(o[key].GetUint64());
  return 0;
}

}  // namespace

std::string to_jsonl(const Triple& t) {
  std::string out;
  out.reserve(256 + t.evidence.sentence.size());
  out += "{\"subject\":";
  put_entity(out, t.subject);
  out += ",\"predicate\":\"" + std::string(to_string(t.predicate)) + "\",\"object\":";
  put_entity(out, t.object);
  out += ",\"confidence\":" + num(t.confidence);
  out += ",\"doc\":\"" + text::escape_json(t.evidence.doc) + "\"";
  out += ",\"sentence\":\"" + text::escape_json(t.evidence.sentence) + "\"";
  out += ",\"start\":" + std::to_string(t.evidence.start) + ",\"end\":" + std::to_string(t.evidence.end);
  if (!t.evidence.date.empty()) out += ",\"date\":\"" + text::escape_json(t.evidence.date) + "\"";
  if (!t.rule.empty()) out += ",\"rule\":\"" + text::escape_json(t.rule) + "\"";
  out += "}";
  return out;
}

Triple triple_from_jsonl(std::string_view line, const std::string& source, std::size_t ln) {
  rapidjson::Document d;
  if (auto err = json::parse(d, line))
    fail(source, ln, "malformed JSON at column " + std::to_string(err->offset + 1) + ": " + err->message);
  if (!d.IsObject()) fail(source, ln, "expected a JSON object");
  Triple t;
  if (!d.HasMember("subject")) fail(source, ln, "missing \"subject\"");
  if (!d.HasMember("object")) fail(source, ln, "missing \"object\"");
  if (!d.HasMember("predicate") || !d["predicate"].IsString()) fail(source, ln, "missing \"predicate\"");
  t.subject = get_entity(d["subject"], "subject", source, ln);
  t.object = get_entity(d["object"], "object", source, ln);
  auto p = parse_predicate(d["predicate"].GetString());
  if (!p) fail(source, ln, std::string("unknown predicate \"") + d["predicate"].GetString() + "\"");
  t.predicate = *p;
  t.confidence = 1.0;
  if (d.HasMember("confidence")) {
    if (!d["confidence"].IsNumber()) fail(source, ln, "\"confidence\" is not a number");
    t.confidence = d["confidence"].GetDouble();
    if (!(t.confidence >= 0.0 && t.confidence <= 1.0)) fail(source, ln, "\"confidence\" outside [0, 1]");
  }
  t.evidence.doc = get_str(d, "doc");
  t.evidence.sentence = get_str(d, "sentence");
  if (t.evidence.sentence.empty()) t.evidence.sentence = get_str(d, "evidence");
  t.evidence.start = get_size(d, "start");
  t.evidence.end = get_size(d, "end");
  t.evidence.date = get_str(d, "date");
  t.rule = get_str(d, "rule");
  return t;
}

void read_triples(std::istream& in, const std::string& source, const std::function<void(Triple&&)>& sink) {
  std::string line;
  std::size_t ln = 0;
  while (std::getline(in, line)) {
    ++ln;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (auto bad = text::find_invalid_utf8(line))
      fail(source, ln, "invalid UTF-8 at column " + std::to_string(*bad + 1));
    sink(triple_from_jsonl(line, source, ln));
  }
  if (in.bad()) throw InputError(source + ": read error");
}

std::vector<Triple> read_triples_file(const std::string& path) {
  std::vector<Triple> out;
  auto sink = [&](Triple&& t) { out.push_back(std::move(t)); };
  if (path == "-") {
    read_triples(std::cin, "<stdin>", sink);
    return out;
  }
  std::istringstream in(io::read_file(path));
  read_triples(in, path, sink);
  return out;
}

}  // namespace kg
