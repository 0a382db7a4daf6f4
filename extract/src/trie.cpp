// The token trie of the lexicon's forms (lexicon.hpp).
#include <algorithm>

#include "lexicon.hpp"

namespace kg::extract::detail {

std::vector<std::string> keys_of(std::string_view surface, const TextRules& rules) {
  std::vector<Token> toks;
  tokenize(surface, 0, surface.size(), rules, toks);
  std::vector<std::string> keys;
  keys.reserve(toks.size());
  for (auto& t : toks) keys.push_back(std::move(t.key));
  return keys;
}

// "HUMAIN" for the exact form "Humain": a name written all in capitals, as companies
// style themselves ("NVIDIA"), is still that name; a form in capitals already, or one
// with no lower-case letter after its first, matches only itself.
bool shouted(std::string_view form, std::string_view text) {
  if (form.size() != text.size() || form.size() < 2) return false;
  bool lowered = false;
  for (std::size_t i = 0; i < form.size(); ++i) {
    const char f = form[i], t = text[i];
    if (f >= 'a' && f <= 'z') {
      if (t != f - 'a' + 'A') return false;
      lowered = lowered || i > 0;
    } else if (f != t) {
      return false;
    }
  }
  return lowered && form[0] >= 'A' && form[0] <= 'Z';
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
      const std::uint32_t next = child(node, toks[j].key);
      if (next == 0) {
        // "Tensor Processing Units", "Wafer Scale Engines": a name whose last word is in
        // the plural is the name (not for exact forms, whose spelling decides)
        const std::string& k = toks[j].key;
        if (k.size() > 3 && k.back() == 's')
          if (const std::uint32_t one = child(node, k.substr(0, k.size() - 1)))
            for (const auto& v : nodes_[one].values)
              if (!v.exact) {
                best = j - i + 1;
                *value = &v;
                break;
              }
        break;
      }
      node = next;
    }
    if (node == 0) break;
    const auto& vals = nodes_[node].values;
    if (vals.empty()) continue;
    const std::size_t n = j - i + 1;
    std::string_view surface = text.substr(toks[i].start, toks[j].end - toks[i].start);
    for (const auto& v : vals) {
      if (v.exact && v.surface != surface && !shouted(v.surface, surface)) continue;
      best = n;
      *value = &v;
      break;
    }
  }
  return best;
}

}  // namespace kg::extract::detail
