#include "kg/triple_io.hpp"

#include <rapidjson/reader.h>

#include <cstring>

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

// The fields of one triple line, taken from the reader's events as they come (no document
// is built). What it keeps is what a rapidjson::Document of the line would answer, so the
// triples and the errors are the DOM reader's: of a key written twice the first counts
// (FindMember), and an entity's type and the predicate are read as C strings, up to a NUL.
// It never stops the parse: a line that is not JSON fails as such, wherever the JSON error
// stands.
class TripleEvents {
 public:
  // Starts a line whose fields go to `t` (a default Triple).
  void reset(Triple& t) {
    t_ = &t;
    depth_ = 0;
    root_ = Kind::absent;
    top_ = kNone;
    entity_ = nullptr;
    member_ = Member::none;
    seen_ = 0;
    subject_ = object_ = EntityField();
    predicate_kind_ = confidence_kind_ = Kind::absent;
    predicate_.clear();
    evidence_.clear();
    start_ = end_ = 0;
  }

  bool Null() { return value(Kind::other); }
  bool Bool(bool) { return value(Kind::other); }
  bool Int(int i) { return number(i, i >= 0, static_cast<std::uint64_t>(i)); }
  bool Uint(unsigned u) { return number(u, true, u); }
  bool Int64(std::int64_t i) { return number(static_cast<double>(i), i >= 0, static_cast<std::uint64_t>(i)); }
  bool Uint64(std::uint64_t u) { return number(static_cast<double>(u), true, u); }
  bool Double(double x) { return number(x, false, 0); }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return value(Kind::other); }  // (not with these flags)
  bool String(const char* s, rapidjson::SizeType n, bool) {
    str_ = s;
    len_ = n;
    return value(Kind::string);
  }
  bool StartObject() {
    value(Kind::object);
    ++depth_;
    return true;
  }
  bool EndObject(rapidjson::SizeType) { return leave(); }
  bool StartArray() {
    value(Kind::other);
    ++depth_;
    return true;
  }
  bool EndArray(rapidjson::SizeType) { return leave(); }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    const std::string_view k(s, n);
    if (depth_ == 1) {  // a member of the line's object
      top_ = field(k);
      if (top_ != kNone && (seen_ & (1u << top_))) top_ = kNone;  // the first of the key counts
      if (top_ != kNone) seen_ |= 1u << top_;
    } else if (depth_ == 2 && entity_) {  // a member of {"name", "type"}
      member_ = Member::none;
      if (k.size() == 4 && is(k, "name") && !entity_->name_seen) {
        member_ = Member::name;
        entity_->name_seen = true;
      } else if (k.size() == 4 && is(k, "type") && !entity_->type_seen) {
        member_ = Member::type;
        entity_->type_seen = true;
      }
    }
    return true;
  }

  // After a parse without error: the triple, or the DOM reader's error.
  void finish(const std::string& src, std::size_t ln) {
    Triple& t = *t_;
    if (root_ != Kind::object) fail(src, ln, "expected a JSON object");
    if (!(seen_ & (1u << kSubject))) fail(src, ln, "missing \"subject\"");
    if (!(seen_ & (1u << kObject))) fail(src, ln, "missing \"object\"");
    if (predicate_kind_ != Kind::string) fail(src, ln, "missing \"predicate\"");
    check_entity(subject_, t.subject, "subject", src, ln);
    check_entity(object_, t.object, "object", src, ln);
    auto p = parse_predicate(predicate_);
    if (!p) fail(src, ln, "unknown predicate \"" + predicate_ + "\"");
    t.predicate = *p;
    t.confidence = 1.0;
    if (seen_ & (1u << kConfidence)) {
      if (confidence_kind_ != Kind::number) fail(src, ln, "\"confidence\" is not a number");
      t.confidence = confidence_;
      if (!(t.confidence >= 0.0 && t.confidence <= 1.0)) fail(src, ln, "\"confidence\" outside [0, 1]");
    }
    if (t.evidence.sentence.empty()) t.evidence.sentence = std::move(evidence_);
    t.evidence.start = start_;
    t.evidence.end = end_;
  }

 private:
  enum class Kind : unsigned char { absent, string, number, object, other };
  enum Field : unsigned { kSubject, kObject, kPredicate, kConfidence, kDoc, kSentence, kEvidence, kStart, kEnd,
                          kDate, kRule, kNone };
  enum class Member : unsigned char { none, name, type };
  struct EntityField {
    Kind kind = Kind::absent;
    bool name_seen = false, name_string = false;  // its first "name", and whether a string
    bool type_seen = false;
    Kind type_kind = Kind::absent;                // its first "type"
    std::string type;                             // (up to a NUL)
  };

  // `k` (of w's length) is `w`: a compare of known size, inlined.
  template <std::size_t N>
  static bool is(std::string_view k, const char (&w)[N]) {
    return std::memcmp(k.data(), w, N - 1) == 0;
  }
  static Field field(std::string_view k) {
    switch (k.size()) {
      case 3: return is(k, "doc") ? kDoc : is(k, "end") ? kEnd : kNone;
      case 4: return is(k, "date") ? kDate : is(k, "rule") ? kRule : kNone;
      case 5: return is(k, "start") ? kStart : kNone;
      case 6: return is(k, "object") ? kObject : kNone;
      case 7: return is(k, "subject") ? kSubject : kNone;
      case 8: return is(k, "sentence") ? kSentence : is(k, "evidence") ? kEvidence : kNone;
      case 9: return is(k, "predicate") ? kPredicate : kNone;
      case 10: return is(k, "confidence") ? kConfidence : kNone;
      default: return kNone;
    }
  }
  // A string up to its first NUL, as a C string reads it.
  std::string_view c_str() const { return {str_, ::strnlen(str_, len_)}; }

  bool number(double x, bool is_uint64, std::uint64_t u) {
    number_ = x;
    uint64_ = is_uint64;
    u64_ = u;
    return value(Kind::number);
  }

  // A value starts (a container: before its contents); which field it is depends on where.
  bool value(Kind k) {
    if (depth_ == 0) {
      root_ = k;
    } else if (depth_ == 1) {
      if (top_ != kNone) top_value(k);
      top_ = kNone;
    } else if (depth_ == 2 && entity_) {
      if (member_ == Member::name) {
        entity_->name_string = k == Kind::string;
        if (k == Kind::string) (entity_ == &subject_ ? t_->subject : t_->object).name.assign(str_, len_);
      } else if (member_ == Member::type) {
        entity_->type_kind = k;
        if (k == Kind::string) entity_->type.assign(c_str());
      }
      member_ = Member::none;
    }
    return true;
  }

  void top_value(Kind k) {
    Triple& t = *t_;
    auto text = [&](std::string& to) {
      if (k == Kind::string) to.assign(str_, len_);
    };
    switch (top_) {
      case kSubject:
      case kObject: {
        EntityField& e = top_ == kSubject ? subject_ : object_;
        e.kind = k == Kind::string || k == Kind::object ? k : Kind::other;
        if (k == Kind::string) (top_ == kSubject ? t.subject : t.object).name.assign(str_, len_);
        if (k == Kind::object) entity_ = &e;  // its members come at depth 2
        break;
      }
      case kPredicate:
        predicate_kind_ = k;
        if (k == Kind::string) predicate_.assign(c_str());
        break;
      case kConfidence:
        confidence_kind_ = k;
        confidence_ = number_;
        break;
      case kDoc: text(t.evidence.doc); break;
      case kSentence: text(t.evidence.sentence); break;
      case kEvidence: text(evidence_); break;
      case kDate: text(t.evidence.date); break;
      case kRule: text(t.rule); break;
      case kStart:
        if (k == Kind::number && uint64_) start_ = static_cast<std::size_t>(u64_);
        break;
      case kEnd:
        if (k == Kind::number && uint64_) end_ = static_cast<std::size_t>(u64_);
        break;
      case kNone: break;
    }
  }

  bool leave() {
    --depth_;
    if (depth_ == 1) entity_ = nullptr;  // the entity's object (or another value) closed
    return true;
  }

  static void check_entity(const EntityField& f, Entity& e, const char* key, const std::string& src, std::size_t ln) {
    if (f.kind == Kind::object && f.name_string) {
      if (f.type_seen) {
        if (f.type_kind != Kind::string) fail(src, ln, std::string("\"") + key + ".type\" is not a string");
        auto t = parse_entity_type(f.type);
        if (!t) fail(src, ln, "unknown entity type \"" + f.type + "\"");
        e.type = *t;
      }
    } else if (f.kind != Kind::string) {
      fail(src, ln, std::string("\"") + key + "\" must be a string or {\"name\", \"type\"}");
    }
    if (e.name.empty()) fail(src, ln, std::string("\"") + key + "\" has an empty name");
    // "\u0000" in a name: no name holds one, and C strings downstream would cut it there.
    if (e.name.find('\0') != std::string::npos) fail(src, ln, std::string("\"") + key + "\" name holds a NUL character");
  }

  Triple* t_ = nullptr;
  unsigned depth_ = 0;     // containers open
  Kind root_ = Kind::absent;
  Field top_ = kNone;      // the line's member whose value comes next
  EntityField* entity_ = nullptr;  // the subject's or object's {"name", "type"}, while open
  Member member_ = Member::none;   // its member whose value comes next
  unsigned seen_ = 0;      // the line's members met so far, by Field
  EntityField subject_, object_;
  Kind predicate_kind_ = Kind::absent, confidence_kind_ = Kind::absent;
  std::string predicate_;  // (up to a NUL)
  std::string evidence_;
  double confidence_ = 0;
  std::size_t start_ = 0, end_ = 0;
  // The value of the event at hand.
  const char* str_ = nullptr;
  std::size_t len_ = 0;
  double number_ = 0;
  bool uint64_ = false;
  std::uint64_t u64_ = 0;
};

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
  // Per thread, reused line after line: a reader, the fields, and a copy of the line its
  // strings are decoded in (in place: no copy of each string to the reader's stack).
  thread_local rapidjson::Reader reader;
  thread_local TripleEvents events;
  thread_local std::string buf;
  buf.assign(line);  // (NUL-terminated, as the in-situ stream wants)
  Triple t;
  events.reset(t);
  if (auto err = json::parse_events_insitu(reader, buf.data(), events))
    fail(source, ln, "malformed JSON at column " + std::to_string(err->offset + 1) + ": " + err->message);
  if (buf.capacity() > (std::size_t(1) << 20)) buf = std::string();  // (not kept for a huge line)
  events.finish(source, ln);
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
