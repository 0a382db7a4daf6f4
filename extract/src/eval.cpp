// kg eval: a C++ port of shared/gold/score.py (see eval.hpp for the rules).
#include "kg/extract/eval.hpp"

#include <rapidjson/document.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>

#include "kg/error.hpp"
#include "kg/io.hpp"
#include "kg/json.hpp"
#include "kg/model.hpp"
#include "kg/text.hpp"

namespace kg::extract {

double Counts::precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0.0; }
double Counts::recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0.0; }
double Counts::f1() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

namespace {

using Key = std::tuple<std::string, std::string, std::string>;

// "worksAt" -> "works_at", "works-at" -> "works_at"
std::string norm_pred(std::string p) {
  std::string a;
  for (std::size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (i > 0 && c >= 'A' && c <= 'Z') {
      char prev = p[i - 1];
      if ((prev >= 'a' && prev <= 'z') || (prev >= '0' && prev <= '9')) a += '_';
    }
    a += c;
  }
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += '_';
    out += word;
    word.clear();
  };
  for (char c : a) {
    if (c == '-' || c == '_' || c == ' ' || c == '\t') { flush(); continue; }
    word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  flush();
  return out;
}

Key canon(std::string s, const std::string& p, std::string o) {
  if (p == "competes_with" && o < s) std::swap(s, o);
  return {s, p, o};
}

const char* kSubj[] = {"subject", "source", "head", "from", "src", "subject_id", "source_id", "head_id"};
const char* kObj[] = {"object", "target", "tail", "to", "dst", "object_id", "target_id", "tail_id"};
const char* kPred[] = {"predicate", "relation", "rel", "label", "type"};

const rapidjson::Value* first(const rapidjson::Value& d, const char* const* keys, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    auto it = d.FindMember(keys[i]);
    if (it == d.MemberEnd() || it->value.IsNull()) continue;
    if (it->value.IsString() && it->value.GetStringLength() == 0) continue;
    return &it->value;
  }
  return nullptr;
}

std::optional<std::string> scalar(const rapidjson::Value& v) {
  if (v.IsString()) return std::string(v.GetString(), v.GetStringLength());
  if (v.IsInt64()) return std::to_string(v.GetInt64());
  if (v.IsDouble()) {
    std::ostringstream s;
    s << v.GetDouble();
    return s.str();
  }
  return std::nullopt;
}

struct Produced {
  std::string s, p, o;
  std::optional<std::string> st, ot;
};

std::pair<std::optional<std::string>, std::optional<std::string>> entity_name(
    const rapidjson::Value* v, const std::map<std::string, std::string>& id2name,
    const std::map<std::string, std::string>& id2type) {
  if (!v) return {};
  if (v->IsObject()) {
    static const char* nk[] = {"name", "label", "text", "surface"};
    const rapidjson::Value* n = first(*v, nk, 4);
    std::optional<std::string> id;
    if (auto it = v->FindMember("id"); it != v->MemberEnd()) id = scalar(it->value);
    std::optional<std::string> typ;
    if (auto it = v->FindMember("type"); it != v->MemberEnd() && it->value.IsString() && it->value.GetStringLength())
      typ = it->value.GetString();
    else if (id && id2type.count(*id))
      typ = id2type.at(*id);
    if (n) {
      if (auto s = scalar(*n)) return {s, typ};
    }
    if (id && id2name.count(*id)) return {id2name.at(*id), typ};
    return {};
  }
  if (auto s = scalar(*v)) {
    if (!id2name.empty() && id2name.count(*s))
      return {id2name.at(*s), id2type.count(*s) ? std::optional<std::string>(id2type.at(*s)) : std::nullopt};
    return {s, std::nullopt};
  }
  return {};
}

std::vector<Produced> load_system(const std::string& path) {
  std::string raw = path == "-" ? std::string(std::istreambuf_iterator<char>(std::cin), {}) : io::read_file(path);
  if (raw.size() >= 3 && raw.compare(0, 3, "\xEF\xBB\xBF") == 0) raw.erase(0, 3);
  if (auto bad = text::find_invalid_utf8(raw)) throw InputError(path + ": invalid UTF-8 at byte " + std::to_string(*bad));
  std::vector<const rapidjson::Value*> records;
  std::map<std::string, std::string> id2name, id2type;
  rapidjson::Document whole;
  std::vector<rapidjson::Document> lines;
  bool parsed = !json::parse(whole, raw);
  if (parsed && whole.IsObject() &&
      (whole.HasMember("relations") || whole.HasMember("edges") || whole.HasMember("triples"))) {
    const rapidjson::Value* ents = nullptr;
    if (whole.HasMember("entities")) ents = &whole["entities"];
    else if (whole.HasMember("nodes")) ents = &whole["nodes"];
    auto add_entity = [&](const std::string& id, const rapidjson::Value& e) {
      static const char* nk[] = {"name", "label", "text"};
      if (e.IsObject()) {
        if (auto n = first(e, nk, 3)) if (auto s = scalar(*n)) id2name[id] = *s;
        if (auto t = e.FindMember("type"); t != e.MemberEnd() && t->value.IsString()) id2type[id] = t->value.GetString();
      } else if (auto s = scalar(e)) {
        id2name[id] = *s;
      }
    };
    if (ents && ents->IsArray()) {
      for (const auto& e : ents->GetArray())
        if (e.IsObject() && e.HasMember("id"))
          if (auto id = scalar(e["id"])) add_entity(*id, e);
    } else if (ents && ents->IsObject()) {
      for (const auto& kv : ents->GetObject()) add_entity(kv.name.GetString(), kv.value);
    }
    const rapidjson::Value& rels = whole.HasMember("relations") ? whole["relations"]
                                   : whole.HasMember("edges")   ? whole["edges"]
                                                                : whole["triples"];
    if (rels.IsArray())
      for (const auto& r : rels.GetArray())
        if (r.IsObject()) records.push_back(&r);
  } else if (parsed && whole.IsArray()) {
    for (const auto& r : whole.GetArray())
      if (r.IsObject()) records.push_back(&r);
  } else if (parsed && whole.IsObject()) {
    records.push_back(&whole);
  } else {
    std::size_t i = 0, ln = 0;
    while (i < raw.size()) {
      auto nl = raw.find('\n', i);
      if (nl == std::string::npos) nl = raw.size();
      std::string_view line(raw.data() + i, nl - i);
      ++ln;
      i = nl + 1;
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
      while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
      if (line.empty()) continue;
      rapidjson::Document d;
      if (json::parse(d, line)) {
        std::fprintf(stderr, "warning: %s line %zu is not JSON, skipped\n",
                     std::filesystem::path(path).filename().c_str(), ln);
        continue;
      }
      if (d.IsObject()) lines.push_back(std::move(d));
    }
    for (auto& d : lines) records.push_back(&d);
  }
  if (records.empty())
    throw InputError((path == "-" ? std::string("<stdin>") : path) + ": nothing to score (no triples or relations)");
  std::vector<Produced> out;
  for (const auto* r : records) {
    auto [s, st] = entity_name(first(*r, kSubj, 8), id2name, id2type);
    auto [o, ot] = entity_name(first(*r, kObj, 8), id2name, id2type);
    const rapidjson::Value* p = first(*r, kPred, 5);
    if (!s || !o || !p || p->IsObject() || p->IsArray()) continue;
    auto ps = scalar(*p);
    if (!ps) continue;
    out.push_back({*s, norm_pred(*ps), *o, st, ot});
  }
  return out;
}

}  // namespace

EvalReport evaluate(const std::string& gold_path, const std::string& system_path) {
  EvalReport rep;
  rep.gold_name = std::filesystem::path(gold_path).filename().string();
  rep.system_name = std::filesystem::path(system_path).filename().string();
  const std::string graw = io::read_text_file(gold_path);
  rapidjson::Document gold;
  if (auto err = json::parse(gold, graw))
    throw InputError(gold_path + ": malformed JSON at byte " + std::to_string(err->offset) + ": " + err->message);
  if (!gold.IsObject() || !gold.HasMember("entities") || !gold["entities"].IsArray() ||
      !gold.HasMember("triples") || !gold["triples"].IsArray())
    throw InputError(gold_path + ": a gold file needs \"entities\" and \"triples\" lists");

  struct GEnt { std::string name, type; std::set<std::string> types; };
  std::map<std::string, GEnt> ents;
  std::map<std::string, std::set<std::string>> index;
  for (const auto& e : gold["entities"].GetArray()) {
    if (!e.IsObject() || !e.HasMember("id") || !e.HasMember("name") || !e["name"].IsString())
      throw InputError(gold_path + ": every entity needs an id and a name");
    auto id = scalar(e["id"]);
    if (!id) throw InputError(gold_path + ": bad entity id");
    GEnt g;
    g.name = e["name"].GetString();
    if (e.HasMember("type") && e["type"].IsString()) g.type = e["type"].GetString();
    g.types.insert(text::name_key(g.type));
    if (e.HasMember("alt_types") && e["alt_types"].IsArray())
      for (const auto& t : e["alt_types"].GetArray()) if (t.IsString()) g.types.insert(text::name_key(t.GetString()));
    std::vector<std::string> forms{g.name};
    if (e.HasMember("aliases") && e["aliases"].IsArray())
      for (const auto& a : e["aliases"].GetArray()) if (a.IsString()) forms.push_back(a.GetString());
    for (const auto& f : forms) {
      auto n = text::name_key(f);
      if (!n.empty()) index[n].insert(*id);
    }
    ents[*id] = std::move(g);
  }
  std::map<Key, std::pair<std::string, std::string>> gold_facts;  // -> (doc, evidence)
  for (const auto& t : gold["triples"].GetArray()) {
    if (!t.IsObject() || !t.HasMember("subject") || !t.HasMember("predicate") || !t.HasMember("object"))
      throw InputError(gold_path + ": every triple needs subject, predicate and object");
    auto s = scalar(t["subject"]), p = scalar(t["predicate"]), o = scalar(t["object"]);
    if (!s || !p || !o) throw InputError(gold_path + ": bad triple");
    ++rep.gold_listed;
    auto key = canon(*s, norm_pred(*p), *o);
    std::string doc = t.HasMember("doc") && t["doc"].IsString() ? t["doc"].GetString() : "";
    std::string ev = t.HasMember("evidence") && t["evidence"].IsString() ? t["evidence"].GetString() : "";
    gold_facts.emplace(key, std::make_pair(doc, ev));
  }
  std::set<std::string> gold_entities;
  for (const auto& [k, v] : gold_facts) {
    gold_entities.insert(std::get<0>(k));
    gold_entities.insert(std::get<2>(k));
  }

  const auto produced = load_system(system_path);
  rep.produced = produced.size();
  std::map<Key, std::tuple<std::string, std::string, std::string>> sys_facts;
  std::set<std::string> sys_entities;
  std::map<std::string, std::set<std::string>> typed;
  for (const auto& r : produced) {
    auto resolve = [&](const std::string& name) -> std::vector<std::string> {
      auto it = index.find(text::name_key(name));
      if (it == index.end()) return {};
      return {it->second.begin(), it->second.end()};
    };
    auto sids = resolve(r.s), oids = resolve(r.o);
    for (auto [name, ids, typ] : {std::make_tuple(r.s, sids, r.st), std::make_tuple(r.o, oids, r.ot)}) {
      if (!ids.empty()) {
        std::vector<std::string> hit;
        for (const auto& x : ids) if (gold_entities.count(x)) hit.push_back(x);
        sys_entities.insert(hit.empty() ? ids[0] : hit[0]);
        if (!hit.empty() && typ) {
          std::string t = *typ;
          while (!t.empty() && t.back() == ' ') t.pop_back();
          while (!t.empty() && t.front() == ' ') t.erase(0, 1);
          if (!t.empty()) typed[hit[0]].insert(text::name_key(t));
        }
      } else {
        sys_entities.insert("name:" + text::name_key(name));
      }
    }
    std::optional<Key> key;
    for (const auto& a : sids) {
      for (const auto& b : oids) {
        auto k = canon(a, r.p, b);
        if (gold_facts.count(k)) { key = k; break; }
      }
      if (key) break;
    }
    if (!key) {
      std::string a = sids.empty() ? "name:" + text::name_key(r.s) : sids[0];
      std::string b = oids.empty() ? "name:" + text::name_key(r.o) : oids[0];
      key = canon(a, r.p, b);
    }
    sys_facts.emplace(*key, std::make_tuple(r.s, r.p, r.o));
  }

  std::vector<std::string> preds;
  for (auto p : kPredicates) preds.emplace_back(to_string(p));
  std::set<std::string> extra;
  for (const auto& [k, v] : sys_facts)
    if (std::find(preds.begin(), preds.end(), std::get<1>(k)) == preds.end()) extra.insert(std::get<1>(k));
  preds.insert(preds.end(), extra.begin(), extra.end());
  for (const auto& p : preds) {
    Counts c;
    for (const auto& [k, v] : gold_facts) if (std::get<1>(k) == p) ++c.gold;
    for (const auto& [k, v] : sys_facts) {
      if (std::get<1>(k) != p) continue;
      ++c.sys;
      if (gold_facts.count(k)) ++c.tp;
    }
    c.fp = c.sys - c.tp;
    c.fn = c.gold - c.tp;
    rep.per_predicate.emplace_back(p, c);
    rep.overall.gold += c.gold;
    rep.overall.sys += c.sys;
    rep.overall.tp += c.tp;
    rep.overall.fp += c.fp;
    rep.overall.fn += c.fn;
  }
  auto show = [&](const std::string& x) {
    if (ents.count(x)) return ents.at(x).name;
    if (x.rfind("name:", 0) == 0) return x.substr(5);
    return x;
  };
  std::vector<std::tuple<std::string, std::string, std::string, std::string>> fps, fns;
  for (const auto& [k, v] : sys_facts) {
    if (gold_facts.count(k)) continue;
    std::vector<std::string> unres;
    if (std::get<0>(k).rfind("name:", 0) == 0) unres.push_back("subject");
    if (std::get<2>(k).rfind("name:", 0) == 0) unres.push_back("object");
    std::string extra_s = unres.empty() ? "" : "   [unknown " + unres[0] + (unres.size() > 1 ? " and " + unres[1] : "") + "]";
    fps.emplace_back(std::get<1>(k), show(std::get<0>(k)), show(std::get<2>(k)),
                     "  FP  " + std::get<0>(v) + " --" + std::get<1>(v) + "--> " + std::get<2>(v) + extra_s);
  }
  for (const auto& [k, v] : gold_facts) {
    if (sys_facts.count(k)) continue;
    // score.py cuts at 110 characters: code points, never inside one (a byte cut printed
    // invalid UTF-8 for accented French text).
    std::size_t cut = 0;
    for (int chars = 0; cut < v.second.size() && chars < 110; ++chars)
      do ++cut;
      while (cut < v.second.size() && (static_cast<unsigned char>(v.second[cut]) & 0xC0) == 0x80);
    std::string ev = cut < v.second.size() ? v.second.substr(0, cut) + "..." : v.second;
    std::replace(ev.begin(), ev.end(), '\n', ' ');
    fns.emplace_back(std::get<1>(k), show(std::get<0>(k)), show(std::get<2>(k)),
                     "  FN  " + show(std::get<0>(k)) + " --" + std::get<1>(k) + "--> " + show(std::get<2>(k)) +
                         "   [" + v.first + "] " + ev);
  }
  std::sort(fps.begin(), fps.end());
  std::sort(fns.begin(), fns.end());
  for (auto& f : fps) rep.false_positives.push_back(std::get<3>(f));
  for (auto& f : fns) rep.false_negatives.push_back(std::get<3>(f));

  for (const auto& [id, ts] : typed) {
    ++rep.typed;
    bool ok = true;
    for (const auto& t : ts) ok = ok && ents.at(id).types.count(t);
    if (ok) ++rep.typed_agree;
    else {
      std::string got;
      for (const auto& t : ts) got += (got.empty() ? "" : "/") + t;
      rep.type_mismatches.push_back("  TYPE  " + ents.at(id).name + ": gold " + ents.at(id).type + ", produced " + got);
    }
  }
  for (const auto& e : sys_entities) (gold_entities.count(e) ? rep.entities.tp : rep.entities.fp)++;
  for (const auto& e : gold_entities) if (!sys_entities.count(e)) ++rep.entities.fn;
  rep.entities.gold = gold_entities.size();
  rep.entities.sys = sys_entities.size();
  return rep;
}

std::string format_report(const EvalReport& r, bool verbose) {
  std::ostringstream o;
  char buf[256];
  std::snprintf(buf, sizeof buf, "gold: %s, %zu triples listed, %zu distinct facts, %zu entities\n",
                r.gold_name.c_str(), r.gold_listed, r.overall.gold, r.entities.gold);
  o << buf;
  std::snprintf(buf, sizeof buf, "system: %s, %zu triples read, %zu distinct\n\n", r.system_name.c_str(),
                r.produced, r.overall.sys);
  o << buf;
  std::snprintf(buf, sizeof buf, "%-15s %5s %5s %5s %5s %5s %7s %7s %7s\n", "predicate", "gold", "sys", "tp",
                "fp", "fn", "P", "R", "F1");
  o << buf;
  for (const auto& [p, c] : r.per_predicate) {
    bool schema = parse_predicate(p).has_value() && std::string(to_string(*parse_predicate(p))) == p;
    std::snprintf(buf, sizeof buf, "%-15s %5zu %5zu %5zu %5zu %5zu %7.3f %7.3f %7.3f%s\n", p.c_str(), c.gold,
                  c.sys, c.tp, c.fp, c.fn, c.precision(), c.recall(), c.f1(),
                  schema ? "" : "  (not a schema predicate)");
    o << buf;
  }
  o << "\n";
  if (verbose) {
    o << "false positives (" << r.false_positives.size() << "):\n";
    for (const auto& l : r.false_positives) o << l << "\n";
    o << "false negatives (" << r.false_negatives.size() << "):\n";
    for (const auto& l : r.false_negatives) o << l << "\n";
    o << "\n";
  }
  if (r.typed) {
    std::snprintf(buf, sizeof buf,
                  "entity types: %zu of %zu matched entities given a type agree with the gold type (%.3f)\n",
                  r.typed_agree, r.typed, double(r.typed_agree) / double(r.typed));
    o << buf;
    if (verbose)
      for (const auto& l : r.type_mismatches) o << l << "\n";
  }
  std::snprintf(buf, sizeof buf, "entities: P=%.3f R=%.3f F1=%.3f (tp=%zu fp=%zu fn=%zu)\n",
                r.entities.precision(), r.entities.recall(), r.entities.f1(), r.entities.tp, r.entities.fp,
                r.entities.fn);
  o << buf;
  std::snprintf(buf, sizeof buf, "triples: P=%.3f R=%.3f F1=%.3f (tp=%zu fp=%zu fn=%zu)\n", r.overall.precision(),
                r.overall.recall(), r.overall.f1(), r.overall.tp, r.overall.fp, r.overall.fn);
  o << buf;
  return o.str();
}

}  // namespace kg::extract
