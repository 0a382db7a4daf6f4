// The JSON shapes of graph query results: one writer per record, shared by every command's
// --json and by the server's API, so that a script sees the same objects from both.
// Keys are written in a fixed order; confidences are rounded to 4 decimals, scores to 8.
#pragma once

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/graph.hpp"
#include "kg/graph/query.hpp"

namespace kg::graph::json {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

// A string value (any bytes of `v`, escaped by the writer).
void string(Writer& w, std::string_view v);
// "key": "value".
void field(Writer& w, const char* key, std::string_view value);

// {"id","name","type","type_from","country","country_from","stated_countries":[...],
// "aliases":[...]}; `close` false leaves the object open for keys of the caller's own after
// these.
void entity(Writer& w, const EntityInfo& e);
void entity(Writer& w, const EntityInfo& e, bool close);
// {"name","hash","title","url","date","lang","source","copy_of","bytes"} (not where it was
// read from: the locations are the server's files).
void document(Writer& w, const DocumentInfo& d);
// {"doc","sentence","start","end","date"}
void evidence(Writer& w, const Evidence& e);
// {"subject","predicate","object","confidence","source","evidence_count","evidence"}: names
// resolved, "lexicon" or "articles", the best evidence (or null). `close` false leaves the
// object open, so a caller can add keys of its own after these.
void relation(Writer& w, const Graph& g, const RelationInfo& r, bool close = true);
// kg path --json: {"from","to","found"[,"hops","cost","path","edges"]} for one path (or none).
void path(Writer& w, std::string_view from, std::string_view to, const Path* p);
// kg path --k N --json: {"from","to","found","paths":[{"hops",...},...]}.
void paths(Writer& w, std::string_view from, std::string_view to, const std::vector<Path>& ps);
// The keys of one path inside an open object: "hops","cost","path","edges".
void path_body(Writer& w, const Path& p);
// kg neighbors --json: {"center","depth","neighbors":[...],"relations":[...]}.
void neighborhood(Writer& w, const Graph& g, const Neighborhood& nb, int depth);
// kg rank --json: {"by","ranking":[{"rank","id","name","type","score"},...]}.
void ranking(Writer& w, std::string_view by, const std::vector<Ranked>& ranked);
// kg components --json: {"kind","count","components"|"communities":[{"id","size","entities"}]}.
void groups(Writer& w, bool communities, const std::vector<std::vector<std::string>>& groups);
// The same for the first groups of `count`, each listing some of its entity ids (the first
// `listed` of them; "size" stays its size). `close` false leaves the object open.
struct GroupExcerpt {
  std::size_t size = 0;
  std::vector<std::string> listed;
};
void groups(Writer& w, bool communities, std::size_t count, const std::vector<GroupExcerpt>& shown,
            bool close = true);
// kg stats --json.
void stats(Writer& w, const GraphStats& st);
// A search hit: the entity's keys, then "matched", "match" (exact|prefix|contains) and
// "relations".
void hit(Writer& w, const SearchHit& h);

// The text a writer produced.
inline std::string text(const rapidjson::StringBuffer& buf) { return std::string(buf.GetString(), buf.GetSize()); }

}  // namespace kg::graph::json
