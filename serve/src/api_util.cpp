#include "api_util.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "kg/error.hpp"
#include "kg/text.hpp"

namespace kg::serve::detail {

namespace {
constexpr std::size_t kMaxParams = 64;
constexpr std::size_t kMaxValue = 2000;  // bytes; a name, a date or a list of a few
}  // namespace

Params::Params(const Request& req, std::initializer_list<std::string_view> known) : req_(req) {
  if (req.params.size() > kMaxParams)
    throw HttpError(400, "too many query parameters (" + std::to_string(req.params.size()) + ", at most " +
                             std::to_string(kMaxParams) + ")");
  for (const auto& [k, v] : req.params) {
    if (std::find(known.begin(), known.end(), k) == known.end()) {
      std::string list;
      for (auto n : known) list += (list.empty() ? "" : ", ") + std::string(n);
      throw HttpError(400, "unknown parameter '" + text::ellipsize(k, 40) + "' (known: " +
                               (list.empty() ? "none" : list) + ")");
    }
    if (v.size() > kMaxValue)
      throw HttpError(400, "parameter '" + k + "' is too long (" + std::to_string(v.size()) + " bytes, at most " +
                               std::to_string(kMaxValue) + ")");
    if (text::find_invalid_utf8(v)) throw HttpError(400, "parameter '" + k + "' is not valid UTF-8");
  }
}

bool Params::has(std::string_view name) const {
  return std::any_of(req_.params.begin(), req_.params.end(), [&](const auto& kv) { return kv.first == name; });
}

std::string Params::str(std::string_view name, std::string fallback) const {
  for (const auto& [k, v] : req_.params)
    if (k == name) return v;
  return fallback;
}

std::string Params::required(std::string_view name) const {
  std::string v = str(name);
  if (text::name_key(v).empty()) throw HttpError(400, "missing parameter '" + std::string(name) + "'");
  return v;
}

std::vector<std::string> Params::list(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [k, v] : req_.params) {
    if (k != name) continue;
    std::size_t start = 0;
    while (start <= v.size()) {
      const std::size_t comma = std::min(v.find(',', start), v.size());
      if (comma > start) out.push_back(v.substr(start, comma - start));
      start = comma + 1;
    }
  }
  return out;
}

long Params::integer(std::string_view name, long fallback, long min, long max) const {
  if (!has(name) || str(name).empty()) return fallback;
  const std::string v = str(name);
  char* end = nullptr;
  errno = 0;
  const long x = std::strtol(v.c_str(), &end, 10);
  if (errno != 0 || end != v.c_str() + v.size() || x < min || x > max)
    throw HttpError(400, "bad '" + std::string(name) + "': expected a whole number from " + std::to_string(min) +
                             " to " + std::to_string(max) + ", got '" + text::ellipsize(v, 40) + "'");
  return x;
}

bool Params::flag(std::string_view name) const {
  if (!has(name)) return false;
  const std::string v = str(name);
  return v != "0" && v != "false" && v != "no";
}

std::string Params::date(std::string_view name) const {
  const std::string v = str(name);
  if (!v.empty() && !text::is_iso_date(v))
    throw HttpError(400, "bad '" + std::string(name) + "' date '" + text::ellipsize(v, 40) +
                             "': use YYYY, YYYY-MM or YYYY-MM-DD");
  return v;
}

graph::EntityInfo resolve(const Snapshot& snap, const std::string& name) {
  const auto& g = snap.graph();
  if (auto e = g.find(name)) return *e;
  // Suggestions: names that start with or contain the text, else (on graphs small enough
  // for an edit-distance scan) the closest spellings.
  std::vector<std::string> sug;
  for (const auto& h : snap.search(name, graph::SearchOptions{{}, 5}))
    sug.push_back(h.entity.name);
  constexpr std::size_t kScanLimit = 50000;
  if (sug.empty() && g.entity_count() <= kScanLimit) sug = g.suggestions(name, 5);
  throw HttpError(404, "no entity '" + text::ellipsize(name, 200) + "'", sug);
}

text::DateRange time_slice(const Params& p, const text::DateRange& dates) {
  // The CLI's time slice: with as_of or since, undated evidence is left out unless
  // undated=include (text::DateRange). What the request leaves unsaid, the server's says.
  text::DateRange out = dates;
  if (p.has("as_of")) out.as_of = p.date("as_of");
  if (p.has("since")) out.since = p.date("since");
  if (p.has("undated")) {
    const std::string undated = p.str("undated");
    if (undated != "exclude" && undated != "include")
      throw HttpError(400, "unknown 'undated' '" + text::ellipsize(undated, 40) + "' (use exclude or include)");
    out.include_undated = undated == "include";
  }
  try {
    out.check();
  } catch (const UsageError& e) {
    throw HttpError(400, e.what());
  }
  return out;
}

graph::EdgeFilter edge_filter(const Params& p, const text::DateRange& dates) {
  graph::EdgeFilter f;
  try {
    f.predicates = parse_predicates(p.list("predicate"));
    f.types = parse_entity_types(p.list("type"));
  } catch (const UsageError& e) {
    throw HttpError(400, e.what());
  }
  f.dates = time_slice(p, dates);
  return f;
}

std::string filter_query(const Params& p, std::initializer_list<std::string_view> names) {
  std::string q;
  for (auto n : names) {
    if (n == "as_of" || n == "since" || n == "undated") {  // one value, kept when empty
      if (p.has(n)) q += "&" + std::string(n) + "=" + text::url_encode(p.str(n));
      continue;
    }
    for (const auto& v : p.list(n)) q += "&" + std::string(n) + "=" + text::url_encode(v);
  }
  return q;
}

Response json_response(const rapidjson::StringBuffer& buf) {
  Response r;
  r.body = graph::json::text(buf);
  return r;
}

void relation_detail(Writer& w, const Snapshot& snap, const Documents& docs, const graph::RelationInfo& r,
                     std::size_t max_evidence) {
  const auto& g = snap.graph();
  graph::json::relation(w, g, r, false);
  graph::json::field(w, "subject_id", r.subject);
  graph::json::field(w, "object_id", r.object);
  graph::json::field(w, "first_seen", r.first_seen);
  graph::json::field(w, "last_seen", r.last_seen);
  auto names_of = [&](const std::string& id) {
    std::vector<std::string> n;
    if (auto e = g.find(id)) {
      n.push_back(e->name);
      n.insert(n.end(), e->aliases.begin(), e->aliases.end());
    }
    return n;
  };
  const auto subject_names = names_of(r.subject), object_names = names_of(r.object);
  // Best evidence first, as the maps' tooltips show it.
  std::vector<std::size_t> order(r.evidence.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto conf = [&](std::size_t i) { return i < r.evidence_confidence.size() ? r.evidence_confidence[i] : r.confidence; };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return conf(a) > conf(b); });
  if (order.size() > max_evidence) order.resize(max_evidence);
  w.Key("evidence_all");
  w.StartArray();
  for (std::size_t i : order) {
    const Evidence& ev = r.evidence[i];
    w.StartObject();
    graph::json::field(w, "doc", ev.doc);
    graph::json::field(w, "sentence", ev.sentence);
    w.Key("start");
    w.Uint64(ev.start);
    w.Key("end");
    w.Uint64(ev.end);
    graph::json::field(w, "date", ev.date);
    w.Key("confidence");
    w.Double(std::round(conf(i) * 1e4) / 1e4);
    const DocumentInfo* d = snap.document(ev.doc);
    graph::json::field(w, "title", d ? d->title : "");
    std::optional<std::pair<std::size_t, std::size_t>> span;
    if (d) span = matched_span(g, *docs.text(*d), r, ev);
    w.Key("matched");
    w.Bool(span.has_value());
    w.Key("parts");
    w.StartArray();
    for (const auto& part : mark_sentence(ev.sentence, span, subject_names, object_names)) {
      w.StartObject();
      graph::json::field(w, "text", part.text);
      if (part.match) {
        w.Key("match");
        w.Bool(true);
      }
      if (part.role) graph::json::field(w, "role", part.role == 1 ? "subject" : "object");
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace kg::serve::detail
