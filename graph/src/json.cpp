// The JSON records of query results (see kg/graph/json.hpp).
#include "kg/graph/json.hpp"

#include <cmath>

namespace kg::graph::json {

namespace {
double round4(double x) { return std::round(x * 1e4) / 1e4; }
}  // namespace

void string(Writer& w, std::string_view v) { w.String(v.data(), static_cast<rapidjson::SizeType>(v.size())); }

void field(Writer& w, const char* key, std::string_view value) {
  w.Key(key);
  string(w, value);
}

void entity(Writer& w, const EntityInfo& e, bool close) {
  w.StartObject();
  field(w, "id", e.id);
  field(w, "name", e.name);
  field(w, "type", to_string(e.type));
  field(w, "type_from", e.type_from);
  field(w, "country", e.country);
  field(w, "country_from", e.country_from);
  w.Key("stated_countries");
  w.StartArray();
  for (const auto& c : e.stated_countries) string(w, c);
  w.EndArray();
  w.Key("aliases");
  w.StartArray();
  for (const auto& a : e.aliases) string(w, a);
  w.EndArray();
  if (close) w.EndObject();
}

void entity(Writer& w, const EntityInfo& e) { entity(w, e, true); }

void document(Writer& w, const DocumentInfo& d) {
  w.StartObject();
  field(w, "name", d.name);
  field(w, "hash", d.hash);
  field(w, "title", d.title);
  field(w, "url", d.url);
  field(w, "date", d.date);
  field(w, "lang", d.lang);
  field(w, "source", d.source);
  field(w, "copy_of", d.copy_of);
  w.Key("bytes");
  w.Uint64(d.bytes);
  w.EndObject();
}

void evidence(Writer& w, const Evidence& e) {
  w.StartObject();
  field(w, "doc", e.doc);
  field(w, "sentence", e.sentence);
  w.Key("start");
  w.Uint64(e.start);
  w.Key("end");
  w.Uint64(e.end);
  field(w, "date", e.date);
  w.EndObject();
}

namespace {
void best_evidence(Writer& w, const RelationInfo& r) {
  field(w, "source", r.lexicon_only() ? "lexicon" : "articles");
  w.Key("evidence_count");
  w.Uint64(r.evidence.size());
  w.Key("evidence");
  if (const Evidence* e = r.best_evidence())
    evidence(w, *e);
  else
    w.Null();
}
}  // namespace

void relation(Writer& w, const Graph& g, const RelationInfo& r, bool close) {
  auto name = [&](const std::string& id) {
    auto e = g.find(id);
    return e ? e->name : id;
  };
  w.StartObject();
  field(w, "subject", name(r.subject));
  field(w, "predicate", to_string(r.predicate));
  field(w, "object", name(r.object));
  w.Key("confidence");
  w.Double(round4(r.confidence));
  best_evidence(w, r);
  if (close) w.EndObject();
}

void path_body(Writer& w, const Path& p) {
  w.Key("hops");
  w.Uint64(p.hops());
  w.Key("cost");
  w.Double(round4(p.cost));
  w.Key("path");
  w.StartArray();
  for (const auto& n : p.nodes) string(w, n.name);
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (std::size_t i = 0; i < p.steps.size(); ++i) {
    const auto& st = p.steps[i];
    const auto& subj = st.forward ? p.nodes[i] : p.nodes[i + 1];
    const auto& obj = st.forward ? p.nodes[i + 1] : p.nodes[i];
    w.StartObject();
    field(w, "from", p.nodes[i].name);
    field(w, "to", p.nodes[i + 1].name);
    field(w, "subject", subj.name);
    field(w, "predicate", to_string(st.relation.predicate));
    field(w, "object", obj.name);
    field(w, "direction", st.forward ? "forward" : "backward");
    w.Key("confidence");
    w.Double(round4(st.relation.confidence));
    best_evidence(w, st.relation);
    w.EndObject();
  }
  w.EndArray();
}

void path(Writer& w, std::string_view from, std::string_view to, const Path* p) {
  w.StartObject();
  field(w, "from", from);
  field(w, "to", to);
  w.Key("found");
  w.Bool(p != nullptr);
  if (p) path_body(w, *p);
  w.EndObject();
}

void paths(Writer& w, std::string_view from, std::string_view to, const std::vector<Path>& ps) {
  w.StartObject();
  field(w, "from", from);
  field(w, "to", to);
  w.Key("found");
  w.Bool(!ps.empty());
  w.Key("paths");
  w.StartArray();
  for (const auto& p : ps) {
    w.StartObject();
    path_body(w, p);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void neighborhood(Writer& w, const Graph& g, const Neighborhood& nb, int depth) {
  w.StartObject();
  w.Key("center");
  entity(w, nb.center);
  w.Key("depth");
  w.Int(depth);
  w.Key("neighbors");
  w.StartArray();
  for (const auto& n : nb.neighbors) {
    w.StartObject();
    field(w, "id", n.entity.id);
    field(w, "name", n.entity.name);
    field(w, "type", to_string(n.entity.type));
    w.Key("distance");
    w.Int(n.distance);
    w.EndObject();
  }
  w.EndArray();
  w.Key("relations");
  w.StartArray();
  for (const auto& r : nb.relations) relation(w, g, r);
  w.EndArray();
  w.EndObject();
}

void ranking(Writer& w, std::string_view by, const std::vector<Ranked>& ranked) {
  w.StartObject();
  field(w, "by", by);
  w.Key("ranking");
  w.StartArray();
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    w.StartObject();
    w.Key("rank");
    w.Uint64(i + 1);
    field(w, "id", ranked[i].entity.id);
    field(w, "name", ranked[i].entity.name);
    field(w, "type", to_string(ranked[i].entity.type));
    w.Key("score");
    w.Double(std::round(ranked[i].score * 1e8) / 1e8);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void groups(Writer& w, bool communities, std::size_t count, const std::vector<GroupExcerpt>& shown, bool close) {
  w.StartObject();
  field(w, "kind", communities ? "communities" : "components");
  w.Key("count");
  w.Uint64(count);
  w.Key(communities ? "communities" : "components");
  w.StartArray();
  for (std::size_t i = 0; i < shown.size(); ++i) {
    w.StartObject();
    w.Key("id");
    w.Uint64(i);
    w.Key("size");
    w.Uint64(shown[i].size);
    w.Key("entities");
    w.StartArray();
    for (const auto& id : shown[i].listed) string(w, id);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  if (close) w.EndObject();
}

void groups(Writer& w, bool communities, const std::vector<std::vector<std::string>>& groups) {
  std::vector<GroupExcerpt> all;
  all.reserve(groups.size());
  for (const auto& grp : groups) all.push_back(GroupExcerpt{grp.size(), grp});
  json::groups(w, communities, groups.size(), all);
}

void stats(Writer& w, const GraphStats& st) {
  w.StartObject();
  auto num = [&](const char* k, std::size_t v) {
    w.Key(k);
    w.Uint64(v);
  };
  num("entities", st.entities);
  num("relations", st.relations);
  num("evidence", st.evidence);
  num("documents", st.documents);
  num("components", st.components);
  num("largest_component", st.largest_component);
  num("isolated", st.isolated);
  num("max_degree", st.max_degree);
  field(w, "max_degree_entity", st.max_degree_entity);
  w.Key("mean_degree");
  w.Double(std::round(st.mean_degree * 1e4) / 1e4);
  w.Key("by_type");
  w.StartObject();
  for (const auto& [k, v] : st.by_type) num(k.c_str(), v);
  w.EndObject();
  w.Key("by_predicate");
  w.StartObject();
  for (const auto& [k, v] : st.by_predicate) num(k.c_str(), v);
  w.EndObject();
  w.EndObject();
}

void hit(Writer& w, const SearchHit& h) {
  entity(w, h.entity, false);
  field(w, "matched", h.matched);
  field(w, "match", to_string(h.match));
  w.Key("relations");
  w.Uint64(h.relations);
  w.EndObject();
}

}  // namespace kg::graph::json
