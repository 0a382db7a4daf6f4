// The token trie of the lexicon and the parser of rule patterns (extract/rules/README.md).
#include <algorithm>
#include <cstring>
#include <sstream>

#include "internal.hpp"
#include "kg/error.hpp"

namespace kg::extract::detail {

std::vector<std::string> keys_of(std::string_view surface) {
  std::vector<Token> toks;
  tokenize(surface, 0, surface.size(), toks);
  std::vector<std::string> keys;
  keys.reserve(toks.size());
  for (auto& t : toks) keys.push_back(std::move(t.key));
  return keys;
}

std::uint32_t Trie::child(std::uint32_t node, const std::string& key) const {
  if (node == 0) {
    auto it = edges_.find(key);
    return it == edges_.end() ? 0 : it->second;
  }
  const Node& n = nodes_[node];
  if (n.wide) {
    auto it = n.wide->find(key);
    return it == n.wide->end() ? 0 : it->second;
  }
  for (const auto& [k, c] : n.kids)
    if (k == key) return c;
  return 0;
}

void Trie::add(const std::vector<std::string>& keys, TrieValue v) {
  if (keys.empty()) return;
  root_complete_ = false;  // index_root again
  std::uint32_t node = 0;
  for (const auto& key : keys) {
    std::uint32_t next = child(node, key);
    if (next == 0) {
      nodes_.emplace_back();
      next = static_cast<std::uint32_t>(nodes_.size() - 1);
      if (node == 0) {
        edges_.emplace(key, next);
        if (!key.empty()) root_first_.set(static_cast<unsigned char>(key[0]));
        root_lens_ |= std::uint64_t{1} << std::min<std::size_t>(key.size(), 63);
      }
      else add_kid(nodes_[node], key, next);
    }
    node = next;
  }
  // longest() takes the first value that fits: one after a value of any surface, or after
  // one of the same exact surface, would never be taken (so none is stored twice, and a
  // name many entities share costs no scan of all of them).
  for (const auto& old : nodes_[node].values)
    if (!old.exact || (v.exact && old.surface == v.surface)) return;
  nodes_[node].values.push_back(std::move(v));
}

void Trie::add_kid(Node& n, const std::string& key, std::uint32_t child) {
  if (n.wide) {
    n.wide->emplace(key, child);
    return;
  }
  n.kids.emplace_back(key, child);
  if (n.kids.size() <= kWideNode) return;
  n.wide = std::make_unique<std::unordered_map<std::string, std::uint32_t>>();
  for (auto& [k, c] : n.kids) n.wide->emplace(std::move(k), c);
  n.kids.clear();
  n.kids.shrink_to_fit();
}

std::size_t Trie::longest(const std::vector<Token>& toks, std::size_t i, std::size_t end,
                          std::string_view text, const TrieValue** value) const {
  std::uint32_t node = 0;
  std::size_t best = 0;
  *value = nullptr;
  for (std::size_t j = i; j < end; ++j) {
    if (node == 0 && root_complete_) {
      const std::uint32_t v = toks[j].vid;
      node = v < root_vid_.size() ? root_vid_[v] : 0;
    } else if (node == 0) {
      const std::string& k = toks[j].key;
      if (!(root_lens_ & (std::uint64_t{1} << std::min<std::size_t>(k.size(), 63))) ||
          (!k.empty() && !root_first_.test(static_cast<unsigned char>(k[0]))))
        break;  // no root child has this key
      node = child(0, k);
    } else {
      node = child(node, toks[j].key);
    }
    if (node == 0) break;
    const auto& vals = nodes_[node].values;
    if (vals.empty()) continue;
    const std::size_t n = j - i + 1;
    std::string_view surface = text.substr(toks[i].start, toks[j].end - toks[i].start);
    for (const auto& v : vals) {
      if (v.exact && v.surface != surface) continue;
      best = n;
      *value = &v;
      break;
    }
  }
  return best;
}

// ---- word table ------------------------------------------------------------------------------
std::uint64_t WordTable::hash(std::string_view key) {
  // 8 bytes at a time, each mixed by a 64x64->128 multiply (wyhash-like); not for security.
  constexpr std::uint64_t k0 = 0x9E3779B97F4A7C15ull, k1 = 0xBF58476D1CE4E5B9ull;
  auto mix = [](std::uint64_t a, std::uint64_t b) {
    const unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
    return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
  };
  std::uint64_t h = k0 ^ key.size();
  const char* p = key.data();
  std::size_t n = key.size();
  while (n >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = mix(h ^ w, k1);
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = mix(h ^ w, k1);
  }
  return mix(h, k0);
}

void WordTable::grow() {
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const auto& o : old) {
    if (!o.used) continue;
    std::size_t i = o.hash & mask;
    while (slots_[i].used) i = (i + 1) & mask;
    slots_[i] = o;
  }
}

WordTable::Info& WordTable::add(std::string_view key) {
  if ((count_ + 1) * 2 > slots_.size()) grow();
  const std::uint64_t h = hash(key);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  for (; slots_[i].used; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.hash == h && s.len == key.size() && std::memcmp(pool_.data() + s.off, key.data(), key.size()) == 0)
      return slots_[i].info;
  }
  const std::uint64_t b = (h >> 32) & 0xFFFF;
  bloom_[b >> 6] |= std::uint64_t{1} << (b & 63);
  Slot& s = slots_[i];
  s.used = true;
  s.hash = h;
  s.off = static_cast<std::uint32_t>(pool_.size());
  s.len = static_cast<std::uint32_t>(key.size());
  pool_.append(key);
  ++count_;
  return s.info;
}

const WordTable::Info* WordTable::find(std::string_view key) const {
  if (slots_.empty()) return nullptr;
  const std::uint64_t h = hash(key);
  const std::uint64_t b = (h >> 32) & 0xFFFF;
  if (!(bloom_[b >> 6] & (std::uint64_t{1} << (b & 63)))) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask; slots_[i].used; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.hash == h && s.len == key.size() && std::memcmp(pool_.data() + s.off, key.data(), key.size()) == 0)
      return &s.info;
  }
  return nullptr;
}

std::uint32_t PrefixSet::add(const std::string& prefix) {
  std::uint32_t node = 0;
  for (unsigned char c : prefix) {
    std::uint32_t next = 0;
    for (auto [k, n] : nodes_[node].kids)
      if (k == c) next = n;
    if (next == 0) {
      nodes_.emplace_back();
      next = static_cast<std::uint32_t>(nodes_.size() - 1);
      nodes_[node].kids.emplace_back(c, next);
      nodes_[next].path = nodes_[node].path;
    }
    node = next;
  }
  if (nodes_[node].id < 0) {
    nodes_[node].id = static_cast<int>(count_++);
    // every node below inherits the new id on its path
    std::vector<std::uint32_t> stack{node};
    while (!stack.empty()) {
      auto n = stack.back();
      stack.pop_back();
      nodes_[n].path.push_back(static_cast<std::uint32_t>(nodes_[node].id));
      for (auto [k, c] : nodes_[n].kids) stack.push_back(c);
    }
  }
  return static_cast<std::uint32_t>(nodes_[node].id);
}

std::uint32_t PrefixSet::walk(std::string_view key) const {
  std::uint32_t node = 0, best = 0;
  for (unsigned char c : key) {
    std::uint32_t next = 0;
    for (auto [k, n] : nodes_[node].kids)
      if (k == c) { next = n; break; }
    if (next == 0) break;
    node = next;
    if (nodes_[node].id >= 0) best = node;
  }
  return best;
}

// ---- patterns ------------------------------------------------------------------------------
namespace {

std::uint32_t type_bit(EntityType t) { return 1u << static_cast<unsigned>(t); }

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (true) {
    auto j = s.find(sep, i);
    out.emplace_back(s.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  return out;
}

}  // namespace

Rule parse_pattern(const std::string& id, std::string_view pattern,
                   const std::unordered_map<std::string, std::string>& macros) {
  Rule r;
  r.id = id;
  std::istringstream in{std::string(pattern)};
  std::string w;
  auto fail = [&](const std::string& why) {
    throw InputError("rule " + id + ": " + why + " in pattern '" + std::string(pattern) + "'");
  };
  while (in >> w) {
    Elem e;
    if (w.size() > 1 && w.back() == '?' ) {
      e.optional = true;
      w.pop_back();
    }
    if (w.rfind("...", 0) == 0) {
      e.kind = El::Gap;
      e.gap = w.size() == 3 ? 4 : std::atoi(w.c_str() + 3);
      if (e.gap <= 0 || e.gap > 30) fail("bad gap '" + w + "'");
      r.elems.push_back(e);
      continue;
    }
    if (w == "_") {
      e.kind = El::Any;
      r.elems.push_back(e);
      continue;
    }
    if (w[0] == '@') {
      auto it = macros.find(w.substr(1));
      if (it == macros.end()) fail("unknown macro '" + w + "'");
      w = it->second;
    }
    // slots: S, O, O2, N, N2 with optional "=prev" and ":Type|Type|dem"
    std::string head = w, spec;
    if (auto c = w.find(':'); c != std::string::npos && c > 0) {
      head = w.substr(0, c);
      spec = w.substr(c + 1);
    }
    bool prev = false;
    if (auto p = head.find("=prev"); p != std::string::npos && p + 5 == head.size()) {
      prev = true;
      head = head.substr(0, p);
    }
    if (head == "S" || head == "O" || head == "O2" || head == "N" || head == "N2") {
      const bool name = head[0] == 'N';
      e.kind = name ? El::Name : El::Slot;
      e.slot = head == "S" ? 0 : head == "O" ? 1 : head == "O2" ? 2 : 0;
      e.min_tokens = head == "N2" ? 2 : 1;
      e.prev = prev;
      if (!spec.empty()) {
        bool any_entity_type = false;
        for (const auto& t : split(spec, '|')) {
          if (t == "dem") { e.demonym = true; continue; }
          auto et = parse_entity_type(t);
          if (!et) fail("unknown type '" + t + "'");
          e.types |= type_bit(*et);
          any_entity_type = true;
        }
        e.entity = any_entity_type || !e.demonym;
      }
      if (e.optional) fail("a slot cannot be optional");
      r.elems.push_back(e);
      continue;
    }
    e.kind = El::Lit;
    for (auto& a : split(w, '|')) {
      if (a.empty()) fail("empty alternative in '" + w + "'");
      bool star = a.size() > 1 && a.back() == '*';
      if (star) a.pop_back();
      std::string k = fold(a);
      // literals are folded like text tokens; "’" and "'" are the same
      for (std::size_t p = 0; (p = k.find("\xE2\x80\x99", p)) != std::string::npos;) k.replace(p, 3, "'");
      if (star) k += '*';
      e.has_prefix = e.has_prefix || star;
      if (!k.empty()) e.first_bytes.set(static_cast<unsigned char>(k[0]));
      e.alts.push_back(std::move(k));
    }
    r.elems.push_back(e);
  }
  if (r.elems.empty()) fail("empty pattern");
  return r;
}

}  // namespace kg::extract::detail
