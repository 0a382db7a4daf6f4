// Graph: the public face of the store, and the versioned JSON format.
#include "kg/graph/graph.hpp"

#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <cmath>
#include <ostream>

#include "kg/error.hpp"
#include "kg/io.hpp"
#include "kg/json.hpp"
#include "kg/text.hpp"
#include "kg/triple_io.hpp"
#include "kgb.hpp"
#include "store.hpp"

namespace kg::graph {

using detail::Index;

const Evidence* RelationInfo::best_evidence() const {
  if (evidence.empty()) return nullptr;
  std::size_t best = 0;
  for (std::size_t i = 1; i < evidence.size(); ++i) {
    const double ci = confidence_of(i), cb = confidence_of(best);
    if (ci > cb || (ci == cb && std::tie(evidence[i].doc, evidence[i].start) <
                                    std::tie(evidence[best].doc, evidence[best].start)))
      best = i;
  }
  return &evidence[best];
}

bool RelationInfo::lexicon_only() const {
  return !evidence.empty() && std::all_of(evidence.begin(), evidence.end(), [](const Evidence& e) { return e.lexicon; });
}

Graph::Graph() : s_(std::make_unique<detail::Store>()) {}
Graph::~Graph() = default;
Graph::Graph(Graph&&) noexcept = default;
Graph& Graph::operator=(Graph&&) noexcept = default;

void Graph::freeze() { s_->freeze(); }

bool Graph::frozen() const { return s_->frozen; }

const detail::Store& Graph::store() const {
  if (!s_->frozen) throw Error("kg::graph::Graph read before freeze(): facts or entities were added since");
  return *s_;
}

detail::Store& Graph::mutable_store() { return *s_; }

void Graph::add_entity(const EntityRecord& r) { s_->add_entity_record(r); }

void Graph::add_triple(const Triple& t) {
  s_->thaw();
  const Index s = s_->entity_for(t.subject);
  const Index o = s_->entity_for(t.object);
  add_resolved(s, o, t);
}

void Graph::add_resolved(std::uint32_t s, std::uint32_t o, const Triple& t) {
  if (!t.evidence.lexicon && is_lexicon_rule(t.rule)) {
    Evidence e = t.evidence;
    e.lexicon = true;
    s_->append(s, t.predicate, o, e, t.confidence);
    return;
  }
  s_->append(s, t.predicate, o, t.evidence, t.confidence);
}

std::size_t Graph::add_triples(std::istream& in, const std::string& source,
                               const std::function<void(const Triple&)>& before, unsigned threads) {
  detail::Store& s = *s_;
  s.begin_bulk();  // ends at freeze() (or at the next add_triple)
  std::size_t n = 0;
  auto prepare = [&s](TripleBlock& b) {  // on the parsing threads
    std::vector<const std::string*> names(2 * b.triples.size());
    for (std::size_t i = 0; i < b.triples.size(); ++i) {
      names[2 * i] = &b.triples[i].subject.name;
      names[2 * i + 1] = &b.triples[i].object.name;
    }
    b.tags.resize(names.size());
    s.name_tags(names.data(), names.size(), b.tags.data());
  };
  auto sink = [&](TripleBlock& b) {
    constexpr std::size_t kAhead = 8;  // the entity states of the triples to come, asked for ahead
    for (std::size_t i = 0; i < b.triples.size(); ++i) {
      if (i + kAhead < b.triples.size() && s.bulk)
        for (const std::uint64_t tag : {b.tags[2 * (i + kAhead)], b.tags[2 * (i + kAhead) + 1]})
          if (tag != detail::Store::kBadName) s.bulk->prefetch_state(static_cast<std::uint32_t>(tag >> 1));
      const Triple& t = b.triples[i];
      if (before) before(t);
      if (!s.bulk) throw Error("kg::graph::Graph::add_triples: frozen while adding");
      const Index sub = s.entity_for(t.subject, b.tags[2 * i]);
      const Index obj = s.entity_for(t.object, b.tags[2 * i + 1]);
      add_resolved(sub, obj, t);
      ++n;
    }
  };
  read_triple_blocks(in, source, prepare, sink, threads);
  return n;
}

void Graph::reserve(std::size_t triples, std::size_t sentence_bytes) {
  s_->thaw();
  s_->ev.reserve(s_->ev.size() + triples);
  s_->spo.reserve(s_->spo.size() + triples);
  if (sentence_bytes >= detail::kSpillTextBytes) s_->spill_text();  // most of a large load: not in memory
  if (!s_->spill) s_->text.reserve(s_->text.size() + sentence_bytes);
}

void Graph::add_document(const DocumentInfo& d) {
  if (d.name.empty()) throw InputError("document with an empty name");
  // Which documents are copies of which weighs in every fact's confidence: recomputed.
  s_->thaw();
  s_->docs.put(d);
}

std::size_t Graph::entity_count() const { return store().ents.size(); }
std::size_t Graph::relation_count() const { return store().rels.size(); }
std::size_t Graph::document_count() const { return s_->docs.size(); }

std::vector<EntityInfo> Graph::entities() const {
  const auto& s = store();
  std::vector<EntityInfo> out;
  out.reserve(s.ents.size());
  for (Index v = 0; v < s.ents.size(); ++v) out.push_back(s.entity_info(v));
  return out;
}

EntityInfo Graph::entity(std::size_t index) const {
  const auto& s = store();
  if (index >= s.ents.size()) throw Error("entity index " + std::to_string(index) + " out of range");
  return s.entity_info(static_cast<Index>(index));
}

std::vector<RelationInfo> Graph::relations() const {
  const auto& s = store();
  std::vector<RelationInfo> out;
  out.reserve(s.rels.size());
  for (Index r = 0; r < s.rels.size(); ++r) out.push_back(s.relation_info(r));
  return out;
}

std::vector<DocumentInfo> Graph::documents() const {
  return s_->docs.all();
}

std::optional<EntityInfo> Graph::find(std::string_view name) const {
  const auto& s = store();
  if (auto v = s.find(name)) return s.entity_info(*v);
  return std::nullopt;
}

std::vector<std::string> Graph::suggestions(std::string_view query, std::size_t max) const {
  const auto& s = store();
  std::vector<std::string> names;
  names.reserve(s.ents.size());
  for (const auto& e : s.ents) names.push_back(e.name);
  auto out = text::suggest(query, names, max);
  if (out.empty()) {
    // An alias may be the closer spelling ("Alibeba Group"): suggest its entity's name.
    std::vector<std::string> aliases;
    std::vector<Index> owner;
    for (Index v = 0; v < s.ents.size(); ++v)
      for (const auto& a : s.ents[v].aliases()) {
        aliases.push_back(a);
        owner.push_back(v);
      }
    for (const auto& a : text::suggest(query, aliases, max)) {
      const auto it = std::find(aliases.begin(), aliases.end(), a);
      const std::string& n = s.ents[owner[static_cast<std::size_t>(it - aliases.begin())]].name;
      if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
    }
  }
  return out;
}

Index detail::Store::require(std::string_view name) const {
  if (auto v = find(name)) return *v;
  throw UsageError("no entity '" + std::string(name) + "'");
}

EntityInfo Graph::require(std::string_view name) const {
  if (auto e = find(name)) return *e;
  std::string msg = "no entity '" + std::string(name) + "'";
  const auto sug = suggestions(name);
  if (!sug.empty()) {
    msg += "; did you mean: ";
    for (std::size_t i = 0; i < sug.size(); ++i) msg += (i ? ", " : "") + sug[i];
  }
  throw UsageError(msg);
}

// ---- JSON -------------------------------------------------------------------------------
namespace {

// A rapidjson output stream that buffers and flushes into an std::ostream in large
// chunks (rapidjson's OStreamWrapper writes one character at a time).
class BufferedOut {
 public:
  using Ch = char;
  explicit BufferedOut(std::ostream& os) : os_(os) { buf_.reserve(1 << 20); }
  ~BufferedOut() { Flush(); }
  void Put(char c) {
    buf_.push_back(c);
    if (buf_.size() >= (1 << 20)) Flush();
  }
  void Flush() {
    os_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

 private:
  std::ostream& os_;
  std::string buf_;
};

using detail::round6;

// Version 2: documents have locations (not one path), metadata_from, copy_of and a sketch;
// their hash is of the normalised text. Version 1 files are still read.
constexpr int kJsonVersion = 2;

template <class W>
void key_str(W& w, const char* k, std::string_view v) {
  w.Key(k);
  w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
}

void write_json(const detail::Store& s, std::ostream& os) {
  s.check_evidence();
  BufferedOut out(os);
  rapidjson::PrettyWriter<BufferedOut> w(out);
  w.SetIndent(' ', 1);
  w.StartObject();
  key_str(w, "format", "kg-graph");
  w.Key("version");
  w.Int(kJsonVersion);
  w.Key("entities");
  w.StartArray();
  for (const auto& e : s.ents) {
    w.StartObject();
    key_str(w, "id", e.id);
    key_str(w, "name", e.name);
    key_str(w, "type", to_string(e.type));
    if (e.type != EntityType::Unknown) key_str(w, "type_from", e.type_from_lexicon ? "lexicon" : "articles");
    key_str(w, "country", e.country());
    w.Key("aliases");
    w.StartArray();
    for (const auto& a : e.aliases()) w.String(a.data(), static_cast<rapidjson::SizeType>(a.size()));
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("relations");
  w.StartArray();
  for (Index r = 0; r < s.rels.size(); ++r) {
    const auto& rr = s.rels[r];
    const RelationInfo ri = s.relation_info(r);
    w.StartObject();
    key_str(w, "subject", ri.subject);
    key_str(w, "predicate", to_string(ri.predicate));
    key_str(w, "object", ri.object);
    w.Key("confidence");
    w.Double(round6(rr.conf));
    key_str(w, "first_seen", ri.first_seen);
    key_str(w, "last_seen", ri.last_seen);
    w.Key("evidence");
    w.StartArray();
    for (Index k = rr.ev_begin; k < rr.ev_end; ++k) {
      const auto& row = s.ev[k];
      if (row.flags & detail::kPlaceholder) continue;
      w.StartObject();
      key_str(w, "doc", s.str(row.doc));
      key_str(w, "sentence", s.sentence(row));
      w.Key("start");
      w.Uint64(row.start);
      w.Key("end");
      w.Uint64(row.end);
      key_str(w, "date", s.str(row.date));
      w.Key("confidence");
      w.Double(round6(row.conf));
      if (row.flags & detail::kFromLexicon) {
        w.Key("lexicon");
        w.Bool(true);
      }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    if ((r & 0xFFFF) == 0) io::check_interrupted();
  }
  w.EndArray();
  w.Key("documents");
  w.StartArray();
  s.docs.for_each([&](const DocumentInfo& d) {
    w.StartObject();
    key_str(w, "name", d.name);
    key_str(w, "hash", d.hash);
    w.Key("locations");
    w.StartArray();
    for (const auto& l : d.locations) w.String(l.data(), static_cast<rapidjson::SizeType>(l.size()));
    w.EndArray();
    key_str(w, "title", d.title);
    key_str(w, "url", d.url);
    key_str(w, "date", d.date);
    key_str(w, "lang", d.lang);
    key_str(w, "source", d.source);
    w.Key("metadata_from");
    w.StartObject();
    for (const auto& [k, v] : d.metadata_from) key_str(w, k.c_str(), v);
    w.EndObject();
    key_str(w, "copy_of", d.copy_of);
    key_str(w, "sketch", d.sketch);
    w.Key("bytes");
    w.Uint64(d.bytes);
    w.EndObject();
  });
  w.EndArray();
  w.EndObject();
  out.Put('\n');
}

// Checked access to a parsed JSON document: every wrong type is one clear line that
// names the file and where in it ("graph.json: relations[3].evidence[0]: ...").
class Reader {
 public:
  explicit Reader(std::string file) : file_(std::move(file)) {}
  [[noreturn]] void fail(const std::string& where, const std::string& why) const {
    throw InputError(file_ + ": " + (where.empty() ? "" : where + ": ") + why);
  }
  const rapidjson::Value& member(const rapidjson::Value& o, const char* k, const std::string& where) const {
    auto it = o.FindMember(k);
    if (it == o.MemberEnd()) fail(where, std::string("missing \"") + k + "\"");
    return it->value;
  }
  std::string str(const rapidjson::Value& o, const char* k, const std::string& where, bool required = true) const {
    auto it = o.FindMember(k);
    if (it == o.MemberEnd()) {
      if (required) fail(where, std::string("missing \"") + k + "\"");
      return {};
    }
    if (!it->value.IsString()) fail(where, std::string("\"") + k + "\" is not a string");
    return std::string(it->value.GetString(), it->value.GetStringLength());
  }
  std::uint64_t uint(const rapidjson::Value& o, const char* k, const std::string& where) const {
    auto it = o.FindMember(k);
    if (it == o.MemberEnd()) return 0;
    if (!it->value.IsUint64()) fail(where, std::string("\"") + k + "\" is not a non-negative integer");
    return it->value.GetUint64();
  }
  double conf(const rapidjson::Value& o, const std::string& where, double dflt) const {
    auto it = o.FindMember("confidence");
    if (it == o.MemberEnd()) return dflt;
    if (!it->value.IsNumber()) fail(where, "\"confidence\" is not a number");
    const double c = it->value.GetDouble();
    if (!(c >= 0 && c <= 1)) fail(where, "\"confidence\" outside [0, 1]");
    return c;
  }
  const rapidjson::Value& array(const rapidjson::Value& o, const char* k, const std::string& where,
                                bool required = true) const {
    static const rapidjson::Value empty(rapidjson::kArrayType);
    auto it = o.FindMember(k);
    if (it == o.MemberEnd()) {
      if (required) fail(where, std::string("missing \"") + k + "\"");
      return empty;
    }
    if (!it->value.IsArray()) fail(where, std::string("\"") + k + "\" is not an array");
    return it->value;
  }
  const std::string& file() const { return file_; }

 private:
  std::string file_;
};

void read_json(detail::Store& s, const std::string& path, std::string bytes) {
  Reader rd(path);
  if (auto bad = text::find_invalid_utf8(bytes)) rd.fail("", "invalid UTF-8 at byte " + std::to_string(*bad));
  rapidjson::Document d;
  if (auto err = json::parse_insitu(d, bytes.data()))
    rd.fail("", "malformed JSON at byte " + std::to_string(err->offset) + ": " + err->message);
  if (!d.IsObject()) rd.fail("", "not a kg graph (expected a JSON object)");
  if (rd.str(d, "format", "", false) != "kg-graph") rd.fail("", "not a kg graph (\"format\" is not \"kg-graph\")");
  const auto& ver = rd.member(d, "version", "");
  if (!ver.IsInt()) rd.fail("", "\"version\" is not an integer");
  const int version = ver.GetInt();
  if (version != 1 && version != kJsonVersion)
    rd.fail("", "graph format version " + std::to_string(version) + " is not supported (this kg reads 1 and " +
                    std::to_string(kJsonVersion) + ")");

  s.thaw();
  std::unordered_map<std::string, Index> by_id;
  const auto& ents = rd.array(d, "entities", "");
  for (rapidjson::SizeType i = 0; i < ents.Size(); ++i) {
    const std::string where = "entities[" + std::to_string(i) + "]";
    const auto& e = ents[i];
    if (!e.IsObject()) rd.fail(where, "not an object");
    EntityRecord r;
    std::string id = rd.str(e, "id", where);
    r.name = rd.str(e, "name", where);
    if (id.empty()) rd.fail(where, "empty \"id\"");
    if (r.name.empty()) rd.fail(where, "empty \"name\"");
    const std::string type = rd.str(e, "type", where, false);
    if (!type.empty()) {
      auto t = parse_entity_type(type);
      if (!t) rd.fail(where, "unknown entity type \"" + type + "\"");
      r.type = *t;
    }
    r.country = rd.str(e, "country", where, false);
    const auto& al = rd.array(e, "aliases", where, false);
    for (rapidjson::SizeType k = 0; k < al.Size(); ++k) {
      if (!al[k].IsString()) rd.fail(where, "\"aliases\" holds a non-string");
      r.aliases.emplace_back(al[k].GetString(), al[k].GetStringLength());
    }
    if (by_id.count(id)) rd.fail(where, "duplicate entity id \"" + id + "\"");
    const std::string type_from = rd.str(e, "type_from", where, false);
    if (!type_from.empty() && type_from != "lexicon" && type_from != "articles")
      rd.fail(where, "\"type_from\" is neither \"lexicon\" nor \"articles\"");
    const Index v = s.add_entity_record(r, id);
    if (type_from == "articles") s.ents[v].type_from_lexicon = false;  // version 1: all from the lexicon
    by_id.emplace(std::move(id), v);
  }
  const auto& rels = rd.array(d, "relations", "");
  for (rapidjson::SizeType i = 0; i < rels.Size(); ++i) {
    const std::string where = "relations[" + std::to_string(i) + "]";
    const auto& r = rels[i];
    if (!r.IsObject()) rd.fail(where, "not an object");
    auto ent = [&](const char* k) {
      const std::string id = rd.str(r, k, where);
      auto it = by_id.find(id);
      if (it == by_id.end()) rd.fail(where, std::string("\"") + k + "\" names no entity id (\"" + id + "\")");
      return it->second;
    };
    const Index subj = ent("subject"), obj = ent("object");
    const std::string pname = rd.str(r, "predicate", where);
    const auto p = parse_predicate(pname);
    if (!p) rd.fail(where, "unknown predicate \"" + pname + "\"");
    const double rconf = rd.conf(r, where, 1.0);
    const auto& evs = rd.array(r, "evidence", where, false);
    if (evs.Empty()) s.append(subj, *p, obj, Evidence{}, rconf, true);
    for (rapidjson::SizeType k = 0; k < evs.Size(); ++k) {
      const std::string w2 = where + ".evidence[" + std::to_string(k) + "]";
      const auto& e = evs[k];
      if (!e.IsObject()) rd.fail(w2, "not an object");
      Evidence evd;
      evd.doc = rd.str(e, "doc", w2, false);
      evd.sentence = rd.str(e, "sentence", w2, false);
      evd.start = rd.uint(e, "start", w2);
      evd.end = rd.uint(e, "end", w2);
      evd.date = rd.str(e, "date", w2, false);
      if (auto lx = e.FindMember("lexicon"); lx != e.MemberEnd()) {
        if (!lx->value.IsBool()) rd.fail(w2, "\"lexicon\" is not true or false");
        evd.lexicon = lx->value.GetBool();
      }
      s.append(subj, *p, obj, evd, rd.conf(e, w2, rconf));
    }
    if ((i & 0xFFFF) == 0) io::check_interrupted();
  }
  const auto& docs = rd.array(d, "documents", "", false);
  for (rapidjson::SizeType i = 0; i < docs.Size(); ++i) {
    const std::string where = "documents[" + std::to_string(i) + "]";
    const auto& o = docs[i];
    if (!o.IsObject()) rd.fail(where, "not an object");
    DocumentInfo di;
    di.name = rd.str(o, "name", where);
    if (di.name.empty()) rd.fail(where, "empty \"name\"");
    di.hash = rd.str(o, "hash", where, false);
    if (version == 1) {
      // Version 1 named one path (for a JSONL corpus, the file of every article in it) and
      // hashed the raw bytes: the hash no longer matches, so kg build --update reads such a
      // document again and replaces it in place, from the same location.
      const std::string path = rd.str(o, "path", where, false);
      if (!path.empty())
        di.locations.push_back(detail::legacy_location(path, di.name));
    } else {
      const auto& locs = rd.array(o, "locations", where, false);
      for (rapidjson::SizeType k = 0; k < locs.Size(); ++k) {
        if (!locs[k].IsString()) rd.fail(where, "\"locations\" holds a non-string");
        di.locations.emplace_back(locs[k].GetString(), locs[k].GetStringLength());
      }
      std::sort(di.locations.begin(), di.locations.end());
      if (auto it = o.FindMember("metadata_from"); it != o.MemberEnd()) {
        if (!it->value.IsObject()) rd.fail(where, "\"metadata_from\" is not an object");
        for (auto m = it->value.MemberBegin(); m != it->value.MemberEnd(); ++m) {
          if (!m->value.IsString()) rd.fail(where, "\"metadata_from\" holds a non-string");
          di.metadata_from.emplace(std::string(m->name.GetString(), m->name.GetStringLength()),
                                   std::string(m->value.GetString(), m->value.GetStringLength()));
        }
      }
      di.copy_of = rd.str(o, "copy_of", where, false);
      di.sketch = rd.str(o, "sketch", where, false);
    }
    di.title = rd.str(o, "title", where, false);
    di.url = rd.str(o, "url", where, false);
    di.date = rd.str(o, "date", where, false);
    di.lang = rd.str(o, "lang", where, false);
    di.source = rd.str(o, "source", where, false);
    di.bytes = rd.uint(o, "bytes", where);
    s.docs.put(di);
  }
  s.freeze();
}

}  // namespace

void Graph::save(const std::string& path) const {
  const auto& s = store();
  if (io::extension(path) == "kgb") {
    detail::write_kgb(s, path);
    return;
  }
  io::AtomicFile f(path);
  write_json(s, f.stream());
  f.commit();
}

bool Graph::is_binary_file(const std::string& path) { return io::is_regular_file(path) && detail::is_kgb_file(path); }

Graph Graph::load(const std::string& path) {
  Graph g;
  const bool regular = io::is_regular_file(path);
  if (regular && detail::is_kgb_file(path)) {
    detail::read_kgb(*g.s_, path);  // mapped, not read
    return g;
  }
  std::string bytes = io::read_file(path);
  if (!regular && detail::is_kgb_bytes(bytes)) {
    detail::read_kgb_bytes(*g.s_, path, bytes);
    return g;
  }
  if (bytes.find_first_not_of(" \t\r\n") == std::string::npos)
    throw InputError(path + ": empty file (not a kg graph)");
  read_json(*g.s_, path, std::move(bytes));
  return g;
}

}  // namespace kg::graph
