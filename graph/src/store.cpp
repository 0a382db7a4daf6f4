// Building, freezing and reading the store. See store.hpp for the layout and why.
#include "store.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_set>

#include "kg/error.hpp"
#include "kg/io.hpp"
#include "kg/text.hpp"

namespace kg::graph::detail {

Store::Store() {
  strings.emplace_back();
  string_index.emplace(std::string(), 0);
}

Index Store::intern(std::string_view s) {
  if (s.empty()) return 0;
  auto it = string_index.find(std::string(s));
  if (it != string_index.end()) return it->second;
  const Index i = static_cast<Index>(strings.size());
  strings.emplace_back(s);
  string_index.emplace(strings.back(), i);
  return i;
}

std::string key_of(std::string_view s) {
  // ASCII fast path, identical to text::name_key for ASCII input (NFKD and case folding
  // are lower-casing there; whitespace as Python's str.split() sees it).
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (unsigned char c : s) {
    if (c >= 0x80) return text::name_key(s);
    if (c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  return out;
}

void Store::add_key(std::string_view surface, Index e) {
  std::string k = key_of(surface);
  if (!k.empty()) key_index.emplace(std::move(k), e);
}

namespace {
void add_alias(EntityRow& row, std::string_view a) {
  if (a.empty() || a == row.name) return;
  if (std::find(row.aliases.begin(), row.aliases.end(), a) == row.aliases.end()) row.aliases.emplace_back(a);
}
}  // namespace

Index Store::add_entity_record(const EntityRecord& r, std::string id) {
  if (r.name.empty()) throw InputError("entity record with an empty name");
  thaw();
  std::optional<Index> found;
  if (id.empty()) {
    if (auto it = key_index.find(key_of(r.name)); it != key_index.end()) found = it->second;
    for (std::size_t i = 0; !found && i < r.aliases.size(); ++i)
      if (auto it = key_index.find(key_of(r.aliases[i])); it != key_index.end()) found = it->second;
  }
  Index e;
  if (found) {
    e = *found;
    EntityRow& row = ents[e];
    if (r.type != EntityType::Unknown && !row.type_from_lexicon) {
      row.type = r.type;
      row.type_from_lexicon = true;
    }
    if (row.country.empty()) row.country = r.country;
    add_alias(row, r.name);
  } else {
    e = static_cast<Index>(ents.size());
    EntityRow row;
    row.id = std::move(id);
    row.name = r.name;
    row.type = r.type;
    row.type_from_lexicon = r.type != EntityType::Unknown;
    row.country = r.country;
    ents.push_back(std::move(row));
    add_key(r.name, e);
    if (!ents[e].id.empty()) add_key(ents[e].id, e);
  }
  for (const auto& a : r.aliases) {
    add_alias(ents[e], a);
    add_key(a, e);
  }
  return e;
}

Index Store::entity_for(const Entity& en) {
  Index e;
  if (auto it = exact.find(en.name); it != exact.end()) {
    e = it->second;
  } else {
    std::string k = key_of(en.name);
    if (k.empty()) throw InputError("entity name '" + en.name + "' has no letters or digits");
    if (auto kt = key_index.find(k); kt != key_index.end()) {
      e = kt->second;
      add_alias(ents[e], en.name);
    } else {
      e = static_cast<Index>(ents.size());
      EntityRow row;
      row.name = en.name;
      ents.push_back(std::move(row));
      key_index.emplace(std::move(k), e);
    }
    exact.emplace(en.name, e);
  }
  EntityRow& row = ents[e];
  if (row.type == EntityType::Unknown && en.type != EntityType::Unknown) row.type = en.type;
  return e;
}

void Store::append(Index s, Predicate p, Index o, const Evidence& evd, double conf, bool placeholder) {
  EvRow r{};
  r.rel = static_cast<Index>(spo.size());
  r.doc = intern(evd.doc);
  r.date = intern(evd.date);
  r.conf = static_cast<float>(conf);
  r.flags = placeholder ? kPlaceholder : 0;
  r.start = evd.start;
  r.end = evd.end;
  // Several triples usually come from one sentence: store it once.
  if (!ev.empty() && ev.back().sent_len == evd.sentence.size() && sentence(ev.back()) == evd.sentence) {
    r.sent_off = ev.back().sent_off;
  } else {
    r.sent_off = text.size();
    text.append(evd.sentence.data(), evd.sentence.size());
  }
  r.sent_len = static_cast<std::uint32_t>(evd.sentence.size());
  ev.push_back(r);
  spo.push_back(Spo{s, o, static_cast<std::uint8_t>(p)});
}

void Store::thaw() {
  if (!frozen) return;
  if (!key_val.empty()) {
    key_index.reserve(key_val.size());
    for (std::size_t i = 0; i < key_val.size(); ++i)
      key_index.emplace(std::string(key_blob.data() + key_off[i], key_off[i + 1] - key_off[i]), key_val[i]);
    key_blob = {};
    key_off = {};
    key_val = {};
  }
  spo.resize(ev.size());
  for (std::size_t i = 0; i < ev.size(); ++i) {
    const RelRow& rr = rels[ev[i].rel];
    spo[i] = Spo{rr.s, rr.o, rr.p};
    ev[i].rel = static_cast<Index>(i);
  }
  rels.clear();
  rels.shrink_to_fit();
  csr = Csr();
  frozen = false;
}

void Store::freeze() {
  if (frozen) return;
  exact = {};  // a build-time cache only; its memory is better spent on the sort below
  const std::size_t n = ents.size();
  // 1. Ids for new entities: slug, de-duplicated in (slug, key, name) order, never
  //    changing an id an entity already has.
  {
    std::unordered_set<std::string> taken;
    std::vector<std::pair<std::string, Index>> fresh;
    for (Index i = 0; i < n; ++i) {
      if (!ents[i].id.empty())
        taken.insert(ents[i].id);
      else
        fresh.emplace_back(text::slug(ents[i].name), i);
    }
    std::sort(fresh.begin(), fresh.end(), [&](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first < b.first;
      return ents[a.second].name < ents[b.second].name;
    });
    for (auto& [base, i] : fresh) {
      std::string id = base;
      for (int k = 2; taken.count(id); ++k) id = base + "-" + std::to_string(k);
      taken.insert(id);
      ents[i].id = id;
      add_key(id, i);
    }
  }
  // 2. Entities in id order; remap every index that points at them.
  std::vector<Index> order(n), perm(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](Index a, Index b) { return ents[a].id < ents[b].id; });
  for (Index i = 0; i < n; ++i) perm[order[i]] = i;
  {
    std::vector<EntityRow> sorted(n);
    for (Index i = 0; i < n; ++i) sorted[i] = std::move(ents[order[i]]);
    ents = std::move(sorted);
  }
  for (auto& row : ents) {
    std::sort(row.aliases.begin(), row.aliases.end());
    row.aliases.erase(std::unique(row.aliases.begin(), row.aliases.end()), row.aliases.end());
  }
  for (auto& [k, v] : key_index) v = perm[v];
  // 3. String table in sorted order, so evidence can be ordered by index.
  std::vector<Index> sorder(strings.size()), smap(strings.size());
  std::iota(sorder.begin(), sorder.end(), 0);
  std::sort(sorder.begin(), sorder.end(), [&](Index a, Index b) { return strings[a] < strings[b]; });
  {
    std::vector<std::string> sorted(strings.size());
    for (Index i = 0; i < sorder.size(); ++i) {
      smap[sorder[i]] = i;
      sorted[i] = std::move(strings[sorder[i]]);
    }
    strings = std::move(sorted);
    string_index.clear();
    for (Index i = 0; i < strings.size(); ++i) string_index.emplace(strings[i], i);
  }
  // 4. Group the log by fact; competes_with is stored once, in id order.
  struct Key {
    Index s, o;
    std::uint8_t p;
    Index i;
  };
  BigVec<Key> keys(ev.size());
  for (Index i = 0; i < ev.size(); ++i) {
    Index s = perm[spo[i].s], o = perm[spo[i].o];
    if (is_symmetric(static_cast<Predicate>(spo[i].p)) && o < s) std::swap(s, o);
    keys[i] = Key{s, o, spo[i].p, i};
    ev[i].doc = smap[ev[i].doc];
    ev[i].date = smap[ev[i].date];
  }
  spo.clear();
  spo.shrink_to_fit();
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    if (a.s != b.s) return a.s < b.s;
    if (a.p != b.p) return a.p < b.p;
    if (a.o != b.o) return a.o < b.o;
    return a.i < b.i;
  });
  auto ev_less = [&](Index a, Index b) {
    const EvRow &x = ev[a], &y = ev[b];
    if (x.flags != y.flags) return x.flags < y.flags;
    if (x.doc != y.doc) return x.doc < y.doc;
    if (x.start != y.start) return x.start < y.start;
    if (x.end != y.end) return x.end < y.end;
    if (sentence(x) != sentence(y)) return sentence(x) < sentence(y);
    return x.date < y.date;
  };
  auto ev_same = [&](const EvRow& x, const EvRow& y) {
    return x.flags == y.flags && x.doc == y.doc && x.start == y.start && x.end == y.end &&
           x.date == y.date && sentence(x) == sentence(y);
  };
  // 5. Put the evidence rows in their final order in place (cycle-following, no second
  //    copy of the largest array), then drop duplicates within each fact.
  BigVec<Index> ord(keys.size());
  rels.clear();
  std::vector<Index> group;
  std::size_t pos = 0;
  for (std::size_t a = 0; a < keys.size();) {
    std::size_t b = a;
    group.clear();
    while (b < keys.size() && keys[b].s == keys[a].s && keys[b].p == keys[a].p && keys[b].o == keys[a].o)
      group.push_back(keys[b++].i);
    if (group.size() > 1) std::sort(group.begin(), group.end(), ev_less);
    RelRow rr{};
    rr.s = keys[a].s;
    rr.o = keys[a].o;
    rr.p = keys[a].p;
    rr.ev_begin = static_cast<Index>(pos);
    for (Index gi : group) ord[pos++] = gi;
    rr.ev_end = static_cast<Index>(pos);
    rels.push_back(rr);
    a = b;
  }
  keys = {};
  for (std::size_t i = 0; i < ord.size(); ++i) {
    if (ord[i] == i) continue;
    const EvRow tmp = ev[i];
    std::size_t j = i;
    for (;;) {
      const std::size_t k = ord[j];
      ord[j] = static_cast<Index>(j);
      if (k == i) {
        ev[j] = tmp;
        break;
      }
      ev[j] = ev[k];
      j = k;
    }
  }
  ord = {};
  std::size_t w = 0;
  for (Index r = 0; r < rels.size(); ++r) {
    RelRow& rr = rels[r];
    const std::size_t begin = rr.ev_begin, end = rr.ev_end;
    const bool has_real = !(ev[begin].flags & kPlaceholder);
    rr.ev_begin = static_cast<Index>(w);
    for (std::size_t k = begin; k < end; ++k) {
      EvRow row = ev[k];
      if (has_real && (row.flags & kPlaceholder)) continue;
      row.rel = r;
      if (w > rr.ev_begin && ev_same(ev[w - 1], row)) {
        ev[w - 1].conf = std::max(ev[w - 1].conf, row.conf);
        continue;
      }
      ev[w++] = row;
      if (!has_real) break;  // one placeholder is enough
    }
    rr.ev_end = static_cast<Index>(w);
    double keep = 1.0;
    for (Index k = rr.ev_begin; k < rr.ev_end; ++k) keep *= 1.0 - std::clamp<double>(ev[k].conf, 0.0, 1.0);
    rr.conf = 1.0 - keep;
    if ((r & 0xFFFF) == 0) io::check_interrupted();
  }
  ev.resize(w);
  build_csr();
  frozen = true;
}

void Store::build_csr() {
  // Counting sort by source (linear), then Boost's constructor for sorted edges, which
  // copies the arrays once: the in-place constructor sorts, and was the slowest part of
  // reopening a large graph.
  const std::size_t m = rels.size(), n = ents.size();
  std::vector<std::uint32_t> start(n + 1, 0);
  for (const auto& r : rels) {
    ++start[r.s + 1];
    ++start[r.o + 1];
  }
  for (std::size_t v = 0; v < n; ++v) start[v + 1] += start[v];
  BigVec<std::pair<std::uint32_t, std::uint32_t>> edges(2 * m);
  BigVec<EdgeB> props(2 * m);
  for (std::size_t r = 0; r < m; ++r) {
    const Index s = rels[r].s, o = rels[r].o;
    std::uint32_t k = start[s]++;
    edges[k] = {s, o};
    props[k].dir_rel = static_cast<std::uint32_t>(r * 2 + 1);
    k = start[o]++;
    edges[k] = {o, s};
    props[k].dir_rel = static_cast<std::uint32_t>(r * 2);
  }
  csr = Csr(boost::edges_are_sorted, edges.begin(), edges.end(), props.begin(), n, 2 * m);
}

Evidence Store::evidence(const EvRow& r) const {
  Evidence e;
  e.doc = strings[r.doc];
  e.sentence = std::string(sentence(r));
  e.start = r.start;
  e.end = r.end;
  e.date = strings[r.date];
  return e;
}

EntityInfo Store::entity_info(Index v) const {
  const EntityRow& row = ents[v];
  return EntityInfo{row.id, row.name, row.type, row.country, row.aliases};
}

RelationInfo Store::relation_info(Index r) const {
  const RelRow& rr = rels[r];
  RelationInfo ri;
  ri.subject = ents[rr.s].id;
  ri.object = ents[rr.o].id;
  ri.predicate = static_cast<Predicate>(rr.p);
  ri.confidence = rr.conf;
  for (Index k = rr.ev_begin; k < rr.ev_end; ++k) {
    const EvRow& row = ev[k];
    if (row.flags & kPlaceholder) continue;
    ri.evidence.push_back(evidence(row));
    ri.evidence_confidence.push_back(row.conf);
    const std::string& d = strings[row.date];
    if (!d.empty()) {
      if (ri.first_seen.empty() || d < ri.first_seen) ri.first_seen = d;
      if (ri.last_seen.empty() || d > ri.last_seen) ri.last_seen = d;
    }
  }
  return ri;
}

std::size_t Store::evidence_count(Index r) const {
  const RelRow& rr = rels[r];
  if (rr.ev_end > rr.ev_begin && (ev[rr.ev_begin].flags & kPlaceholder)) return 0;
  return rr.ev_end - rr.ev_begin;
}

Index Store::best_ev(Index r) const {
  const RelRow& rr = rels[r];
  Index best = rr.ev_begin;
  for (Index k = rr.ev_begin + 1; k < rr.ev_end; ++k)
    if (ev[k].conf > ev[best].conf) best = k;  // rows are in (doc, start) order: first wins ties
  return best;
}

bool Store::in_range(Index r, const std::string& since, const std::string& as_of) const {
  if (since.empty() && as_of.empty()) return true;
  const RelRow& rr = rels[r];
  for (Index k = rr.ev_begin; k < rr.ev_end; ++k) {
    const std::string& d = strings[ev[k].date];
    // Undated evidence cannot be placed in time: it is kept.
    if (d.empty()) return true;
    if (!since.empty() && d < since) continue;
    if (!as_of.empty() && d.compare(0, as_of.size(), as_of) > 0) continue;
    return true;
  }
  return false;
}

std::optional<Index> Store::find(std::string_view name) const {
  const std::string k = key_of(name);
  if (!key_val.empty()) {
    std::size_t lo = 0, hi = key_val.size();
    while (lo < hi) {
      const std::size_t mid = (lo + hi) / 2;
      const std::string_view m = std::string_view(key_blob).substr(key_off[mid], key_off[mid + 1] - key_off[mid]);
      if (m < k)
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo < key_val.size() &&
        std::string_view(key_blob).substr(key_off[lo], key_off[lo + 1] - key_off[lo]) == k)
      return key_val[lo];
    return std::nullopt;
  }
  auto it = key_index.find(k);
  if (it == key_index.end()) return std::nullopt;
  return it->second;
}

}  // namespace kg::graph::detail
