// /api/documents, /api/document and /api/changes: the articles behind the graph, one
// article's text with every fact it gave highlighted, and the facts first seen since a date.
#include <algorithm>
#include <map>
#include <set>

#include "handlers.hpp"
#include "kg/text.hpp"

namespace kg::serve::detail {

Response documents(const Context& c) {
  Params p(c.req, {"offset", "limit", "sort"});
  const auto& all = c.snap.documents();
  const auto offset = static_cast<std::size_t>(p.integer("offset", 0, 0, 1L << 40));
  const auto limit = static_cast<std::size_t>(p.integer("limit", 100, 1, 1000));
  const std::string sort = p.str("sort", "date");
  if (sort != "date" && sort != "name") throw HttpError(400, "unknown sort '" + text::ellipsize(sort, 40) + "' (use date or name)");
  std::vector<const DocumentInfo*> order;
  order.reserve(all.size());
  for (const auto& d : all) order.push_back(&d);
  if (sort == "date")  // newest first; undated last; then by name
    std::stable_sort(order.begin(), order.end(), [](const DocumentInfo* a, const DocumentInfo* b) {
      if (a->date.empty() != b->date.empty()) return b->date.empty();
      return a->date > b->date;
    });
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  w.Key("count");
  w.Uint64(all.size());
  w.Key("offset");
  w.Uint64(offset);
  w.Key("documents");
  w.StartArray();
  for (std::size_t i = offset; i < order.size() && i < offset + limit; ++i) graph::json::document(w, *order[i]);
  w.EndArray();
  w.EndObject();
  return json_response(buf);
}

namespace {

// The document's text in segments between fact boundaries; each segment lists the facts
// whose evidence sentence covers it and says whether it lies in a rule's matched span.
struct Span {
  std::size_t start, end;
  std::size_t fact;
  bool match;
};

void write_segments(Writer& w, const std::string& text, const std::vector<Span>& spans) {
  std::set<std::size_t> cuts{0, text.size()};
  for (const auto& s : spans) cuts.insert({s.start, s.end});
  w.StartArray();
  for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
    const std::size_t a = *it, b = *std::next(it);
    w.StartObject();
    graph::json::field(w, "text", std::string_view(text).substr(a, b - a));
    std::set<std::size_t> facts;
    bool match = false;
    for (const auto& s : spans)
      if (s.start <= a && b <= s.end) {
        if (s.match) match = true;
        else facts.insert(s.fact);
      }
    if (!facts.empty()) {
      w.Key("facts");
      w.StartArray();
      for (auto f : facts) w.Uint64(f);
      w.EndArray();
    }
    if (match) {
      w.Key("match");
      w.Bool(true);
    }
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

Response document(const Context& c) {
  Params p(c.req, {"name"});
  const std::string name = p.required("name");
  const DocumentInfo* d = c.snap.document(name);
  if (!d) {
    std::vector<std::string> sug;
    const std::string key = text::name_key(name);
    for (const auto& doc : c.snap.documents())
      if (sug.size() < 5 && text::name_key(doc.name).find(key) != std::string::npos) sug.push_back(doc.name);
    throw HttpError(404, "no document '" + text::ellipsize(name, 200) + "'", sug);
  }
  const auto& g = c.snap.graph();
  const auto facts = graph::document_facts(g, d->name);
  const auto doc = c.docs.text(*d);
  // Offsets are checked against the text before they are used: a file edited since the
  // graph was built shows its text without highlights rather than highlights in wrong places.
  constexpr std::size_t kMaxText = std::size_t(4) << 20;
  const bool show_text = doc->state != DocText::State::missing && doc->text.size() <= kMaxText;
  std::vector<Span> spans;
  if (show_text)
    for (std::size_t i = 0; i < facts.size(); ++i)
      for (const auto& ev : facts[i].evidence) {
        if (ev.end > doc->text.size() || ev.start >= ev.end ||
            doc->text.compare(ev.start, ev.end - ev.start, ev.sentence) != 0)
          continue;
        spans.push_back(Span{ev.start, ev.end, i, false});
        if (auto m = matched_span(g, *doc, facts[i], ev))
          spans.push_back(Span{ev.start + m->first, ev.start + m->second, i, true});
      }
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  w.Key("document");
  graph::json::document(w, *d);
  graph::json::field(w, "text_state", show_text ? to_string(doc->state) : "missing");
  w.Key("facts");
  w.StartArray();
  for (const auto& r : facts) relation_detail(w, c.snap, c.docs, r, 20);
  w.EndArray();
  w.Key("segments");
  if (show_text)
    write_segments(w, doc->text, spans);
  else {
    w.StartArray();
    w.EndArray();
  }
  w.EndObject();
  return json_response(buf);
}

Response changes(const Context& c) {
  Params p(c.req, {"since", "limit", "predicate", "type"});
  // The server's --since, unless the request says otherwise.
  const std::string since = p.has("since") ? p.date("since") : c.opt.dates.since;
  if (since.empty()) throw HttpError(400, "missing parameter 'since' (YYYY, YYYY-MM or YYYY-MM-DD)");
  const auto limit = static_cast<std::size_t>(p.integer("limit", 100, 1, 1000));
  const auto news = graph::first_seen_since(c.snap.graph(), since, edge_filter(p, {}), limit);
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  graph::json::field(w, "since", since);
  w.Key("total");
  w.Uint64(news.total);
  w.Key("relations");
  w.StartArray();
  for (const auto& r : news.relations) relation_detail(w, c.snap, c.docs, r, 1);
  w.EndArray();
  w.EndObject();
  return json_response(buf);
}

}  // namespace kg::serve::detail
