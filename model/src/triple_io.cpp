#include "kg/triple_io.hpp"

#include <rapidjson/document.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <fstream>
#include <memory>
#include <mutex>
#include <thread>
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
  const auto it = o.FindMember(key);
  if (it != o.MemberEnd() && it->value.IsString()) return {it->value.GetString(), it->value.GetStringLength()};
  return {};
}

std::size_t get_size(const rapidjson::Value& o, const char* key) {
  const auto it = o.FindMember(key);
  if (it != o.MemberEnd() && it->value.IsUint64()) return static_cast<std::size_t>(it->value.GetUint64());
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

namespace {

// One line of the stream: blank lines are skipped; a line of invalid UTF-8 or JSON throws.
template <class Out>
void parse_line(std::string_view line, const std::string& source, std::size_t ln, Out&& out) {
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return;
  if (auto bad = text::find_invalid_utf8(line)) fail(source, ln, "invalid UTF-8 at column " + std::to_string(*bad + 1));
  out(triple_from_jsonl(line, source, ln));
}

// A block of whole lines and what parsing it gave: the triples, and the error that
// stopped it (after the triples of the lines before).
struct Chunk {
  std::string text;
  std::size_t first_line = 0;  // number of the block's first line
  TripleBlock block;
  std::exception_ptr error;
  bool parsed = false;
};

// The stream cut into blocks at line ends, parsed by worker threads, handed to the sink in
// order on the calling thread: the sink sees exactly what the serial reader gives it (the
// same triples in the same order, the first error at the same point), while the JSON of
// the next blocks is parsed on the other cores.
class ParallelReader {
 public:
  ParallelReader(std::istream& in, const std::string& source, unsigned workers,
                 const std::function<void(TripleBlock&)>& prepare)
      : in_(in), source_(source), prepare_(prepare), max_ahead_(2 * workers + 2) {
    for (unsigned i = 0; i < workers; ++i) threads_.emplace_back([this] { work(); });
  }
  ~ParallelReader() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    space_.notify_all();
    for (auto& t : threads_) t.join();
  }
  // The next block in stream order, parsed; nullptr at the end of the stream.
  std::unique_ptr<Chunk> next() {
    std::unique_lock<std::mutex> lock(mu_);
    ready_.wait(lock, [&] { return (!queue_.empty() && queue_.front()->parsed) || (queue_.empty() && eof_); });
    if (queue_.empty()) return nullptr;
    std::unique_ptr<Chunk> c = std::move(queue_.front());
    queue_.pop_front();
    space_.notify_all();
    return c;
  }
  bool bad() const { return bad_; }

 private:
  static constexpr std::size_t kBlock = std::size_t(1) << 20;

  void work() {
    for (;;) {
      Chunk* c = nullptr;
      {
        std::unique_lock<std::mutex> lock(mu_);
        space_.wait(lock, [&] { return stop_ || eof_ || queue_.size() < max_ahead_; });
        if (stop_ || eof_) return;
        auto chunk = std::make_unique<Chunk>();
        bool more = false;
        try {
          more = fill(*chunk);
        } catch (...) {  // (out of memory): handed over in turn, like a parse error
          chunk->error = std::current_exception();
          chunk->parsed = more = true;
          queue_.push_back(std::move(chunk));
          eof_ = true;
        }
        if (!more || eof_) {
          eof_ = true;
          ready_.notify_all();
          space_.notify_all();
          return;
        }
        c = chunk.get();
        queue_.push_back(std::move(chunk));
      }
      parse(*c);
      {
        std::lock_guard<std::mutex> lock(mu_);
        c->parsed = true;
      }
      ready_.notify_all();
    }
  }

  // Reads the next block (under the lock): whole lines, the last one up to the stream's end.
  bool fill(Chunk& c) {
    c.text = std::move(carry_);
    carry_.clear();
    c.first_line = line_;
    for (;;) {
      const std::size_t had = c.text.size();
      c.text.resize(had + kBlock);
      in_.read(c.text.data() + had, static_cast<std::streamsize>(kBlock));
      c.text.resize(had + static_cast<std::size_t>(in_.gcount()));
      if (in_.bad()) bad_ = true;
      if (!in_) break;  // end of the stream (or an error): the rest is the last line
      const std::size_t nl = c.text.rfind('\n');
      if (nl != std::string::npos && nl >= had) {
        carry_.assign(c.text, nl + 1, std::string::npos);
        c.text.resize(nl + 1);
        break;
      }
    }
    line_ += text::count_newlines(c.text);
    return !c.text.empty();
  }

  void parse(Chunk& c) {
    std::string_view rest = c.text;
    std::size_t ln = c.first_line;
    try {
      while (!rest.empty()) {
        const std::size_t nl = rest.find('\n');
        const std::string_view line = rest.substr(0, nl);
        rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
        parse_line(line, source_, ++ln, [&](Triple&& t) { c.block.triples.push_back(std::move(t)); });
      }
    } catch (...) {
      c.error = std::current_exception();
    }
    c.text = std::string();
    // The triples before an error are handed over too, so they are prepared as well.
    if (prepare_ && !c.block.triples.empty()) {
      try {
        prepare_(c.block);
      } catch (...) {
        c.block.triples.clear();
        c.error = std::current_exception();
      }
    }
  }

  std::istream& in_;
  const std::string& source_;
  const std::function<void(TripleBlock&)>& prepare_;
  const std::size_t max_ahead_;
  std::mutex mu_;
  std::condition_variable ready_, space_;
  std::deque<std::unique_ptr<Chunk>> queue_;
  std::string carry_;
  std::size_t line_ = 0;
  bool eof_ = false, stop_ = false, bad_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace

void read_triple_blocks(std::istream& in, const std::string& source, const std::function<void(TripleBlock&)>& prepare,
                        const std::function<void(TripleBlock&)>& sink, unsigned threads) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  if (threads < 2) {  // on the calling thread, blocks of lines as the workers would cut them
    constexpr std::size_t kLines = 4096;
    TripleBlock b;
    auto hand_over = [&] {
      if (b.triples.empty()) return;
      if (prepare) prepare(b);
      sink(b);
      b = TripleBlock();
    };
    std::string line;
    std::size_t ln = 0;
    while (std::getline(in, line)) {
      try {
        parse_line(line, source, ++ln, [&](Triple&& t) { b.triples.push_back(std::move(t)); });
      } catch (...) {
        hand_over();  // the triples before the bad line, then its error
        throw;
      }
      if (b.triples.size() == kLines) hand_over();
    }
    hand_over();
    if (in.bad()) throw InputError(source + ": read error");
    return;
  }
  bool bad = false;
  {
    ParallelReader reader(in, source, threads, prepare);
    while (auto c = reader.next()) {
      if (!c->block.triples.empty()) sink(c->block);
      if (c->error) std::rethrow_exception(c->error);
    }
    bad = reader.bad();
  }
  if (bad) throw InputError(source + ": read error");
}

void read_triples(std::istream& in, const std::string& source, const std::function<void(Triple&&)>& sink) {
  read_triple_blocks(in, source, {}, [&](TripleBlock& b) {
    for (auto& t : b.triples) sink(std::move(t));
  });
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
