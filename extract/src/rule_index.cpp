// The rule index: vocabulary ids, rule-prefix trie, word-class flags and rule anchors.
#include "rule_index.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <utility>

namespace kg::extract::detail {
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
  slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, 0);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t e = 0; e < entries_.size(); ++e) {
    const std::uint64_t h = entries_[e].hash;
    std::size_t i = h & mask;
    while (slots_[i]) i = (i + 1) & mask;
    slots_[i] = (h & ~std::uint64_t{0xFFFFFFFF}) | (e + 1);
  }
}

WordTable::Info& WordTable::add(std::string_view key) {
  if ((entries_.size() + 1) * 2 > slots_.size()) grow();
  const std::uint64_t h = hash(key);
  const std::uint64_t high = h & ~std::uint64_t{0xFFFFFFFF};
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  for (; slots_[i]; i = (i + 1) & mask) {
    if ((slots_[i] & ~std::uint64_t{0xFFFFFFFF}) != high) continue;
    Entry& e = entries_[(slots_[i] & 0xFFFFFFFF) - 1];
    if (e.hash == h && e.len == key.size() && std::memcmp(pool_.data() + e.off, key.data(), key.size()) == 0)
      return e.info;
  }
  const std::uint64_t b = (h >> 32) & 0xFFFF;
  bloom_[b >> 6] |= std::uint64_t{1} << (b & 63);
  Entry& e = entries_.emplace_back();
  e.hash = h;
  e.off = static_cast<std::uint32_t>(pool_.size());
  e.len = static_cast<std::uint32_t>(key.size());
  pool_.append(key);
  slots_[i] = high | entries_.size();
  return e.info;
}

const WordTable::Info* WordTable::find(std::string_view key, std::uint64_t h) const {
  if (slots_.empty()) return nullptr;
  const std::uint64_t b = (h >> 32) & 0xFFFF;
  if (!(bloom_[b >> 6] & (std::uint64_t{1} << (b & 63)))) return nullptr;
  const std::uint64_t high = h & ~std::uint64_t{0xFFFFFFFF};
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask; slots_[i]; i = (i + 1) & mask) {
    if ((slots_[i] & ~std::uint64_t{0xFFFFFFFF}) != high) continue;
    const Entry& e = entries_[(slots_[i] & 0xFFFFFFFF) - 1];
    if (e.hash == h && e.len == key.size() && std::memcmp(pool_.data() + e.off, key.data(), key.size()) == 0)
      return &e.info;
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
      if (node == 0) root_[c] = next;
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
  if (key.empty()) return 0;
  std::uint32_t node = 0, best = 0;
  for (unsigned char c : key) {
    std::uint32_t next = 0;
    if (node == 0) next = root_[c];  // most words stop here
    else
      for (auto [k, n] : nodes_[node].kids)
        if (k == c) { next = n; break; }
    if (next == 0) break;
    node = next;
    if (nodes_[node].id >= 0) best = node;
  }
  return best;
}

// ---- anchors ---------------------------------------------------------------------------------
void Anchors::build(const std::vector<Rule>& rules, const std::unordered_map<std::string, std::uint32_t>& vocab,
                    std::size_t nprefix) {
  nrules = rules.size();
  elem_at.assign(1, 0);
  elems.clear();
  vid_at.assign(1, 0);
  pid_at.assign(1, 0);
  vids.clear();
  pids.clear();
  always.clear();
  match_end.clear();
  std::vector<std::vector<std::uint32_t>> by_vid(vocab.size() + 1), by_pid(nprefix);
  std::map<std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>>, std::uint32_t> element_of;
  for (std::uint32_t r = 0; r < rules.size(); ++r) {
    int bit = 0;
    int best = -1;
    double best_cost = 0;
    std::vector<const Elem*> required;
    for (const auto& e : rules[r].elems) required.push_back(&e);
    if (!rules[r].context.alts.empty()) required.push_back(&rules[r].context);
    std::size_t in_match = elems.size();  // the end of the elements the match reads
    for (const Elem* ep : required) {
      const Elem& e = *ep;
      if (e.kind != El::Lit || e.optional || bit >= 64) continue;
      ++bit;
      double cost = 0;
      std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>> ids;
      for (const auto& a : e.alts) {
        if (a.size() > 1 && a.back() == '*') {
          cost += 3;
        } else {
          ids.first.push_back(vocab.at(a));
          // short words ("de", "the", "a", ",") are everywhere: a poor anchor
          cost += a.size() <= 3 ? 100 : 1;
        }
      }
      ids.second = e.alt_pids;
      std::sort(ids.first.begin(), ids.first.end());
      std::sort(ids.second.begin(), ids.second.end());
      auto [it, fresh] = element_of.emplace(ids, static_cast<std::uint32_t>(vid_at.size() - 1));
      if (fresh) {
        vids.insert(vids.end(), ids.first.begin(), ids.first.end());
        pids.insert(pids.end(), ids.second.begin(), ids.second.end());
        vid_at.push_back(static_cast<std::uint32_t>(vids.size()));
        pid_at.push_back(static_cast<std::uint32_t>(pids.size()));
      }
      const int k = static_cast<int>(it->second);
      elems.push_back(it->second);
      if (ep != &rules[r].context) in_match = elems.size();
      if (best < 0 || cost < best_cost) {
        best = k;
        best_cost = cost;
      }
    }
    elem_at.push_back(static_cast<std::uint32_t>(elems.size()));
    match_end.push_back(static_cast<std::uint32_t>(in_match));
    if (best < 0) {
      always.push_back(r);
      continue;
    }
    for (auto k = vid_at[best]; k < vid_at[best + 1]; ++k) by_vid[vids[k]].push_back(r);
    for (auto k = pid_at[best]; k < pid_at[best + 1]; ++k) by_pid[pids[k]].push_back(r);
  }
  flatten(by_pid, prefix_at, prefix_rules);
  std::vector<std::vector<std::uint32_t>> elems_by_vid(vocab.size() + 1), elems_by_pid(nprefix);
  for (std::uint32_t el = 0; el + 1 < vid_at.size(); ++el) {
    for (auto k = vid_at[el]; k < vid_at[el + 1]; ++k) elems_by_vid[vids[k]].push_back(el);
    for (auto k = pid_at[el]; k < pid_at[el + 1]; ++k) elems_by_pid[pids[k]].push_back(el);
  }
  vid_at_refs.clear();
  vid_refs.clear();
  for (std::size_t v = 0; v < by_vid.size(); ++v) {
    VidRefs& h = vid_at_refs.emplace_back();
    h.at = static_cast<std::uint32_t>(vid_refs.size());
    vid_refs.insert(vid_refs.end(), by_vid[v].begin(), by_vid[v].end());
    h.split = static_cast<std::uint32_t>(vid_refs.size());
    vid_refs.insert(vid_refs.end(), elems_by_vid[v].begin(), elems_by_vid[v].end());
  }
  vid_at_refs.push_back({static_cast<std::uint32_t>(vid_refs.size()), static_cast<std::uint32_t>(vid_refs.size())});
  flatten(elems_by_pid, pid_elems_at, pid_elems);
}

void Anchors::flatten(const std::vector<std::vector<std::uint32_t>>& by_id, std::vector<std::uint32_t>& at,
                    std::vector<std::uint32_t>& refs) {
  at.assign(1, 0);
  refs.clear();
  for (const auto& v : by_id) {
    refs.insert(refs.end(), v.begin(), v.end());
    at.push_back(static_cast<std::uint32_t>(refs.size()));
  }
}

void Anchors::viable(const std::vector<Token>& toks, std::size_t tb, std::size_t te, const PrefixSet& prefixes,
                     Scratch& sc, std::vector<std::size_t>& out) const {
  const std::size_t nelems = vid_at.size() - 1;
  if (sc.vstamp.size() < vid_at_refs.size() || sc.pstamp.size() < prefix_at.size() ||
      sc.rstamp.size() < nrules || sc.estamp.size() < nelems || ++sc.epoch == 0) {
    sc.vstamp.assign(std::max(sc.vstamp.size(), vid_at_refs.size()), 0);
    sc.pstamp.assign(std::max(sc.pstamp.size(), prefix_at.size()), 0);
    sc.rstamp.assign(std::max(sc.rstamp.size(), nrules), 0);
    sc.estamp.assign(std::max(sc.estamp.size(), nelems), 0);
    sc.elast.resize(sc.estamp.size());
    sc.epoch = 1;
  }
  const std::uint32_t ep = sc.epoch;
  out.clear();  // first the candidates (anchor present), in any order
  auto candidate = [&](std::uint32_t r) {
    if (sc.rstamp[r] != ep) {
      sc.rstamp[r] = ep;
      out.push_back(r);
    }
  };
  // an element occurs: the first time, from the back, is at its last token
  auto occurs = [&](std::uint32_t k, std::size_t i) {
    if (sc.estamp[k] == ep) return;
    sc.estamp[k] = ep;
    sc.elast[k] = static_cast<std::uint32_t>(i);
  };
  // each word id and prefix id of the sentence once, from the last token back: its rules
  // are candidates, its elements occur
  for (std::size_t i = te; i-- > tb;) {
    if (const auto v = toks[i].vid; v && sc.vstamp[v] != ep) {
      sc.vstamp[v] = ep;
      const VidRefs h = vid_at_refs[v];
      const std::uint32_t end = vid_at_refs[v + 1].at;
      for (auto k = h.at; k < h.split; ++k) candidate(vid_refs[k]);
      for (auto k = h.split; k < end; ++k) occurs(vid_refs[k], i);
    }
    if (toks[i].pnode)
      for (auto pid : prefixes.ids_on_path(toks[i].pnode)) {
        if (sc.pstamp[pid] == ep) continue;
        sc.pstamp[pid] = ep;
        for (auto k = prefix_at[pid], ke = prefix_at[pid + 1]; k < ke; ++k) candidate(prefix_rules[k]);
        for (auto k = pid_elems_at[pid], ke = pid_elems_at[pid + 1]; k < ke; ++k) occurs(pid_elems[k], i);
      }
  }
  std::size_t n = 0;
  for (std::size_t r : out) {
    bool all = true;
    for (auto i = elem_at[r]; i < elem_at[r + 1] && all; ++i) all = sc.estamp[elems[i]] == ep;
    if (all) out[n++] = r;
  }
  out.resize(n);
  // the few candidates sorted, then merged with the rules always viable (already sorted)
  std::sort(out.begin(), out.end());
  if (!always.empty()) {  // merge from the back, in place
    std::size_t a = always.size(), c = n, w = n + always.size();
    out.resize(w);
    while (a > 0) {
      if (c > 0 && out[c - 1] > always[a - 1]) out[--w] = out[--c];
      else out[--w] = always[--a];
    }
  }
}

// ---- the index ------------------------------------------------------------------------------
void RuleIndex::tag(std::vector<Token>& toks) const {
  // the keys' hashes first, so that each token's slot is fetched kAhead tokens early
  constexpr std::size_t kAhead = 8;
  thread_local std::vector<std::uint64_t> hashes;  // capacity kept between documents
  hashes.resize(toks.size());
  for (std::size_t i = 0; i < toks.size(); ++i) hashes[i] = WordTable::hash(toks[i].key);
  for (std::size_t i = 0; i < toks.size() && i < kAhead; ++i) words.prefetch(hashes[i]);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (i + kAhead < toks.size()) words.prefetch(hashes[i + kAhead]);
    Token& t = toks[i];
    if (const auto* w = words.find(t.key, hashes[i])) {
      t.vid = w->vid;
      t.pnode = w->pnode;
      t.flags = w->flags;
    } else {
      t.pnode = prefixes.walk(t.key);
      // "9.6MW", "100GW": a number glued to a unit of measure
      if (!t.key.empty() && t.key[0] >= '0' && t.key[0] <= '9') {
        const std::size_t u = t.key.find_first_not_of("0123456789.,");
        if (u != std::string::npos && u > 0)
          if (const auto* unit = words.find(std::string_view(t.key).substr(u)))
            t.flags |= unit->flags & kMeasureUnit;
      }
    }
  }
  // A span blocker that is part of an idiom or an adjective blocks nothing, wherever a
  // blocker is looked for (rule matches, lists): "not only ... but also", "non seulement ...
  // mais aussi" (before an idiom closer); "des investisseurs de premier plan" (after an idiom
  // opener); "à but non lucratif", "non coté" (an adjective prefix before a lower-case word
  // that blocks nothing itself)
  for (std::size_t i = 0; i < toks.size(); ++i) {
    Token& t = toks[i];
    if (!(t.flags & kSpanBlock)) continue;
    // ("yet" blocks only in "yet to")
    if (!phrase_only_blockers.empty() && phrase_only_blockers.count(t.key) &&
        std::none_of(span_phrases.begin(), span_phrases.end(), [&](const std::vector<std::string>& ph) {
          if (ph[0] != t.key || i + ph.size() > toks.size()) return false;
          for (std::size_t k = 1; k < ph.size(); ++k)
            if (toks[i + k].key != ph[k]) return false;
          return true;
        })) {
      t.flags &= ~kSpanBlock;
      continue;
    }
    const Token* next = i + 1 < toks.size() ? &toks[i + 1] : nullptr;
    if ((next && (next->flags & kIdiomCloser) && (!idiom_heads || (t.flags & kIdiomHead))) ||
        (i > 0 && (toks[i - 1].flags & kIdiomOpener)) ||
        ((t.flags & kAdjectivePrefix) && next && next->kind == TokKind::Word && next->all_lower &&
         !(next->flags & kSpanBlock)))
      t.flags &= ~kSpanBlock;
  }
}

// Every word the lexicon's trie starts with and every literal of the rules gets an id;
// tokens carry theirs, so rule literals and the trie's first step compare integers.
void RuleIndex::build(RuleSet& rs, Trie& trie) {
  vocab.clear();
  prefixes.clear();
  std::size_t nprefix = 0;
  auto id = [&](const std::string& k) {
    auto [it, fresh] = vocab.emplace(k, static_cast<std::uint32_t>(vocab.size() + 1));
    return it->second;
  };
  trie.for_each_root_key([&](const std::string& k) { id(k); });
  std::vector<Rule*> all;
  for (auto& r : rs.rules) all.push_back(&r);
  for (auto& r : rs.discovery) all.push_back(&r);
  for (auto& c : rs.corefs) all.push_back(&c.pattern);
  for (Rule* rp : all) {
    // A passive rule ("O ... developed by S", "O ... fondée par S") describes its first slot.
    rp->passive = false;
    for (const auto& el : rp->elems)
      if (el.kind == El::Lit)
        for (const auto& a : el.alts) rp->passive = rp->passive || rs.of(Words::PassiveAgent).count(a);
    std::vector<Elem*> literals;
    for (auto& e : rp->elems) literals.push_back(&e);
    if (!rp->context.alts.empty()) literals.push_back(&rp->context);
    for (Elem* ep : literals) {
      Elem& e = *ep;
      e.alt_vids.clear();
      e.alt_pids.clear();
      if (e.kind != El::Lit && e.kind != El::Not) continue;
      for (const auto& a : e.alts) {
        if (!(a.size() > 1 && a.back() == '*')) {
          e.alt_vids.push_back(id(a));
        } else {
          const auto pid = prefixes.add(a.substr(0, a.size() - 1));
          nprefix = std::max<std::size_t>(nprefix, pid + 1);
          e.alt_pids.push_back(pid);
        }
      }
      std::sort(e.alt_vids.begin(), e.alt_vids.end());  // lit_ok searches long lists
    }
  }
  trie.index_root(vocab, vocab.size() + 1);
  words.clear();
  for (const auto& [k, v] : vocab) words.add(k).vid = v;
  for (unsigned w = 0; w < static_cast<unsigned>(Words::Count); ++w)
    for (const auto& k : rs.words[w]) words.add(k).flags |= word_flag(static_cast<Words>(w));
  for (const auto& r : rs.rules)
    for (const auto& e : r.elems)
      if (e.kind == El::Lit)
        for (const auto& a : e.alts)
          if (!(a.size() > 1 && a.back() == '*')) words.add(a).flags |= kRuleWord;
  for (const auto& [k, v] : vocab) words.add(k).pnode = prefixes.walk(k);
  for (const auto& set : rs.words)
    for (const auto& k : set) words.add(k).pnode = prefixes.walk(k);
  before_cues.clear();
  for (const auto& w : rs.before_blockers) before_cues.push_back(keys_of(w, rs.text));
  before_cue_anywhere = false;
  for (const auto& cue : before_cues)
    if (!cue.empty()) {
      if (cue[0].empty()) before_cue_anywhere = true;
      else {
        WordTable::Info& w = words.add(cue[0]);
        w.pnode = prefixes.walk(cue[0]);  // (as every word of the table has it)
        w.flags |= kBeforeCueWord;
      }
    }
  idiom_heads = !rs.words[static_cast<std::size_t>(Words::IdiomHead)].empty();
  span_phrases.clear();
  phrase_only_blockers.clear();
  const auto& span_words = rs.words[static_cast<std::size_t>(Words::SpanBlock)];
  for (const auto& w : rs.span_phrases) {
    auto keys = keys_of(w, rs.text);
    if (keys.size() < 2 || keys[0].empty()) continue;
    if (!span_words.count(keys[0])) {
      phrase_only_blockers.insert(keys[0]);
      WordTable::Info& info = words.add(keys[0]);
      info.pnode = prefixes.walk(keys[0]);
      info.flags |= kSpanBlock;
    }
    span_phrases.push_back(std::move(keys));
  }
  conjunctions.clear();
  for (const auto& w : rs.conjunction_phrases) conjunctions.push_back(keys_of(w, rs.text));
  conjunction_first.reset();
  conjunction_lens = 0;
  for (const auto& phrase : conjunctions) {
    if (phrase.empty() || phrase[0].empty()) continue;  // (an empty key passes the test)
    conjunction_first.set(static_cast<unsigned char>(phrase[0][0]));
    conjunction_lens |= std::uint64_t{1} << std::min<std::size_t>(phrase[0].size(), 63);
  }
  // Where a relation rule can start: its first element decides whether at a plain token
  // or at a mention (pass 2 only tries the rules that fit the item).
  rule_starts.assign(rs.rules.size(), 0);
  starts.assign(rs.rules.size(), {});
  for (std::size_t r = 0; r < rs.rules.size(); ++r) {
    const Elem& fe = rs.rules[r].elems.front();
    const bool not_tok = fe.kind == El::Slot && !fe.prev;
    const bool not_mention = (fe.kind == El::Lit && !fe.optional) || fe.kind == El::Name;
    rule_starts[r] = static_cast<std::uint8_t>((not_tok ? 0 : kStartsAtTok) | (not_mention ? 0 : kStartsAtMention));
    starts[r] = {fe.types, fe.kind, fe.optional, fe.prev, fe.demonym, fe.entity, rs.rules[r].fronted, rs.rules[r].opens};
  }
  moving_rules.clear();
  for (const auto& r : rs.rules)
    if (r.moves) moving_rules.push_back(r.id);
  std::sort(moving_rules.begin(), moving_rules.end());
  first_word.assign(rs.rules.size(), 0);
  {
    std::vector<std::vector<std::uint32_t>> by_vid(vocab.size() + 1), by_pid(nprefix);
    for (std::uint32_t r = 0; r < rs.rules.size(); ++r) {
      const Elem& fe = rs.rules[r].elems.front();
      if (fe.kind != El::Lit || fe.optional) continue;
      first_word[r] = 1;
      for (auto v : fe.alt_vids) by_vid[v].push_back(r);
      for (auto p : fe.alt_pids) by_pid[p].push_back(r);
    }
    Anchors::flatten(by_vid, first_exact_at, first_exact_rules);
    Anchors::flatten(by_pid, first_prefix_at, first_prefix_rules);
  }
  anchors.build(rs.rules, vocab, nprefix);
  discovery_anchors.build(rs.discovery, vocab, nprefix);
}

}  // namespace kg::extract::detail
