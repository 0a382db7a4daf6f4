// Mentions of one document: lexicon lookups, discovered names, head nouns, short names,
// typos (mentions.hpp).
#include "mentions.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include "kg/text.hpp"
#include "matcher.hpp"
#include "names.hpp"

namespace kg::extract::detail {

int DocEntities::add(const std::string& surface, EntityType type, bool open) {
  const std::string key = quick_key(surface);
  if (auto it = lex_->by_key.find(key); it != lex_->by_key.end()) return it->second;
  if (auto it = keys_.find(key); it != keys_.end()) {
    // another form of a lexicon entity ("Sequoia Ventures" for Sequoia: add_form) is it
    if (it->second < nlex_) return it->second;
    LexEntity& known = local_[it->second - nlex_];
    if (known.open && !open) {
      known.type = type;
      known.open = false;
    }
    return it->second;
  }
  LexEntity e;
  e.name = surface;
  e.type = type;
  e.discovered = true;
  e.open = open;
  local_.push_back(e);
  const int id = nlex_ + static_cast<int>(local_.size()) - 1;
  keys_.emplace(key, id);
  TrieValue tv;
  tv.entity = id;
  trie_.add(keys_of(surface, *text_), tv);
  return id;
}

int DocEntities::add_release(const std::string& surface, EntityType type, int base) {
  const int id = add(surface, type);
  if (id >= nlex_ && local_[id - nlex_].maker.empty()) {
    const LexEntity& b = get(base);
    LexEntity& e = local_[id - nlex_];
    e.maker = b.maker;
    e.maker_id = b.maker_id;
    e.country = b.country;
    e.alt_types = b.alt_types;
  }
  return id;
}

int DocEntities::add_unit(const std::string& surface, EntityType type, int parent) {
  const int id = add(surface, type);
  if (id >= nlex_ && local_[id - nlex_].parent_id < 0) {
    local_[id - nlex_].parent_id = parent;
    local_[id - nlex_].country = get(parent).country;
  }
  return id;
}

int DocEntities::add_coded(const std::string& surface) {
  const int id = add(surface, EntityType::Model, true);
  if (id >= nlex_ && local_[id - nlex_].open && local_[id - nlex_].alt_types.empty())
    local_[id - nlex_].alt_types = {EntityType::Chip, EntityType::Product};
  return id;
}

void DocEntities::add_form(const std::string& surface, int entity) {
  const std::string key = quick_key(surface);
  if (lex_->by_key.count(key) || keys_.count(key)) return;
  keys_.emplace(key, entity);
  TrieValue tv;
  tv.entity = entity;
  trie_.add(keys_of(surface, *text_), tv);
}

void DocEntities::add_short_name(const std::string& key, int entity) {
  TrieValue tv;
  tv.entity = entity;
  tv.surface = "\x01";  // like a short capitalised name of the lexicon: not in lower case
  trie_.add({key}, tv);
}

bool MentionFinder::lookup(std::size_t i, std::size_t end, Mention& m) const {
  // a short capitalised name, the lexicon's or the document's, is none in lower case:
  // "meta"; "chair" after "FTC Chair Lina M. Khan" gave the short name "Chair"
  auto lower_short = [&](std::size_t len, const TrieValue* tv) {
    return len == 1 && tv && tv->surface == "\x01" && toks_[i].all_lower;
  };
  const TrieValue* v = nullptr;
  std::size_t n = ents_.lexicon().trie.longest(toks_, i, end, text_, &v);
  if (lower_short(n, v)) n = 0;
  const TrieValue* lv = nullptr;
  std::size_t ln = ents_.local_trie().longest(toks_, i, end, text_, &lv);
  if (lower_short(ln, lv)) ln = 0;
  if (ln > n) { n = ln; v = lv; }
  if (n == 0 || !v) return false;
  m = {i, i + n, v->entity, v->demonym};
  return true;
}

bool MentionFinder::all_capitals(std::size_t i) const {
  const Token& t = toks_[i];
  return t.kind == TokKind::Word && t.end > t.start &&
         std::all_of(text_.begin() + t.start, text_.begin() + t.end, [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A given name right before token i, written like a name and glued to it ("William
// Falcon"); an all-capitals word is an acronym, no given name.
bool MentionFinder::given_name_before(std::size_t i) const {
  const Token& g = toks_[i - 1];
  const Token& t = toks_[i];
  if (g.kind != TokKind::Word || !g.upper || !(g.flags & kGivenName) || g.end + 1 < t.start || !t.upper) return false;
  if (g.end - g.start < 3) return false;
  return std::any_of(text_.begin() + g.start + 1, text_.begin() + g.end, [](char c) { return c >= 'a' && c <= 'z'; });
}

bool MentionFinder::other_country_before(const std::vector<Item>& items, int entity) const {
  const LexEntity& e = ents_.get(entity);
  if (e.type != EntityType::Organization || e.country_id < 0 || items.empty()) return false;
  // "the Taiwanese X": a demonym right before; "Taiwan's X": a country and a possessive
  const Item& last = items.back();
  int c = -1;
  if (last.kind == ItemKind::Demonym) {
    c = last.entity;
  } else if (last.kind == ItemKind::Tok && toks_[last.tb].key == kPossessive && items.size() >= 2) {
    const Item& owner = items[items.size() - 2];
    if (owner.kind == ItemKind::Mention && ents_.get(owner.entity).type == EntityType::Country) c = owner.entity;
  }
  return c >= 0 && c != e.country_id;
}

void MentionFinder::items(std::size_t tb, std::size_t te, std::vector<Item>& items,
                          std::vector<Mention>* ments) const {
  items.clear();
  // tokens [i, end) as items of their own (no mention there); i ends at `end`
  auto tokens_up_to = [&](std::size_t& i, std::size_t end) {
    for (; i < end; ++i) {
      Item t;
      t.tb = static_cast<std::uint32_t>(i);
      t.te = static_cast<std::uint32_t>(i + 1);
      items.push_back(t);
    }
  };
  for (std::size_t i = tb; i < te;) {
    Mention m{};
    if (lookup(i, te, m)) {
      // "puces Nvidia A800": a name that starts inside this one and reaches further wins
      std::size_t cut = 0;
      for (std::size_t k = i + 1; k < m.te && !cut; ++k) {
        Mention inner{};
        if (lookup(k, te, inner) && inner.te > m.te) cut = k;
      }
      // "des puces H20": a generic chip word before a chip's own name is its head noun
      if (!cut && m.te < te) {
        const auto& ge = ents_.get(m.entity);
        Mention nx{};
        if (ge.type == EntityType::Chip && ge.maker.empty() && lookup(m.te, te, nx) &&
            ents_.get(nx.entity).type == EntityType::Chip && !ents_.get(nx.entity).maker.empty())
          cut = m.te;
        // "sa puce Jotunn8", "its chip Zorbax", "sa première puce, Warboy": also before a
        // name the lexicon does not know
        else if (ge.type == EntityType::Chip && ge.maker.empty() && toks_[m.te - 1].all_lower) {
          const std::size_t k = m.te + (toks_[m.te].key == "," ? 1 : 0);
          if (k < te && toks_[k].kind == TokKind::Word && toks_[k].upper &&
              (!lookup(k, te, nx) || nx.entity >= static_cast<int>(ents_.lexicon_size())))
            cut = m.te;
        }
      }
      // "the Zorblax chip", "its upcoming Quibble chips", "its Aries NPU": a generic chip word right after a
      // capitalised word no mention covers is that name's head noun, not a mention (so a
      // discovery rule reads "the N chip"); not after a word in capitals ("AI chips") or
      // a stop word ("The chips")
      // "H100 chips", "the Zorblax chip" once Zorblax is a name: a generic chip word right
      // after a chip's mention is that chip's head noun, no chip of its own
      if (!cut && items.size() && items.back().kind == ItemKind::Mention && items.back().te == i &&
          ents_.get(items.back().entity).type == EntityType::Chip && toks_[m.te - 1].all_lower) {
        const auto& ge = ents_.get(m.entity);
        if (ge.type == EntityType::Chip && ge.maker.empty() && Lexicon::generic(ge)) {
          tokens_up_to(i, m.te);
          continue;
        }
      }
      if (!cut && i > tb && items.size() && items.back().kind == ItemKind::Tok && items.back().tb == i - 1) {
        const auto& ge = ents_.get(m.entity);
        // "the Zephyr 2 chip", "its Shenji NX9031 chip": a number or a code (up to two)
        // ends the name; the capitalised word before them opens it
        // (items.back() is token i - 1 alone; `alone(n, k)`: the item n before it is token k alone)
        auto alone = [&](std::size_t n, std::size_t k) {
          return items.size() > n && items[items.size() - 1 - n].kind == ItemKind::Tok && items[items.size() - 1 - n].tb == k;
        };
        std::size_t nb = i - 1;
        while (i - nb <= 2 && nb > tb + 1 && toks_[nb].kind == TokKind::Word && has_digit(toks_[nb].key) && alone(i - nb, nb - 1)) --nb;
        const Token& before = toks_[nb];
        const bool mixed = std::any_of(text_.begin() + before.start, text_.begin() + before.end,
                                       [](char c) { return c >= 'a' && c <= 'z'; });
        // (a generic word in lower case, or an acronym: "its Aries NPU")
        const Token& head = toks_[m.te - 1];
        const bool acronym = m.te - i == 1 && head.end - head.start <= 4 &&
                             std::all_of(text_.begin() + head.start, text_.begin() + head.end, [](char c) { return (c >= 'A' && c <= 'Z') || c == 's'; });
        if (ge.type == EntityType::Chip && ge.maker.empty() && (head.all_lower || acronym) && before.kind == TokKind::Word &&
            before.upper && mixed && before.end - before.start >= 3 && nb > tb &&
            !(before.flags & (kNameStop | kNotName))) {
          tokens_up_to(i, m.te);
          continue;
        }
      }
      if (cut) {
        // "Nvidia H100 GPUs" ("H100 GPU" reaches further than "Nvidia H100"): the maker the
        // cut leaves before its own chip is part of the chip's mention, as in "Nvidia H100"
        Mention head{}, inner{};
        if (lookup(i, cut, head) && !head.demonym && lookup(cut, te, inner) && !inner.demonym &&
            ents_.get(inner.entity).maker_id == head.entity) {
          inner.tb = i;
          m = inner;
        } else {
          tokens_up_to(i, cut);
          continue;
        }
      }
      // "Mitsubishi UFJ Financial Group (MUFG)", "Nvidia (NASDAQ:NVDA)": an acronym or a
      // ticker in brackets right after a name belongs to it (so lists of names hold together)
      if (!m.demonym) {
        // "Alphabet Inc's Google", "Arm Holdings plc": a legal form after a company's name is
        // part of it; one of two letters only with its capital ("Mistral AI se mesure à
        // OpenAI": "se" is no SE, "sa" no SA)
        while (m.te < te && (toks_[m.te].flags & kLegalForm) && (toks_[m.te].upper || toks_[m.te].key.size() > 2) &&
               ents_.get(m.entity).type == EntityType::Company)
          ++m.te;
        // "Baidu, Inc. is ...": after a comma too
        if (m.te + 1 < te && toks_[m.te].key == "," && toks_[m.te + 1].upper && (toks_[m.te + 1].flags & kLegalForm) &&
            ents_.get(m.entity).type == EntityType::Company)
          m.te += 2;
        // "Quillon Inc., alongside ...": the dot of a legal form, when no sentence ends there
        if (m.te + 1 < te && (toks_[m.te - 1].flags & kLegalForm) && toks_[m.te].key == "." &&
            toks_[m.te].start == toks_[m.te - 1].end)
          ++m.te;
        m.te = bracketed_acronym_end(m.te, te);
      }
      // "SVP and GM at Palo Alto Networks": an acronym of the lexicon right after a title in
      // capitals and "and" is another title (general manager), no company
      if (!m.demonym && m.te == i + 1 && i >= tb + 2 && items.size() >= 2 && items.back().kind == ItemKind::Tok &&
          items.back().tb == i - 1 && (toks_[i - 1].key == "and" || toks_[i - 1].key == "&") &&
          items[items.size() - 2].kind == ItemKind::Tok && (toks_[i - 2].flags & kNotName) &&
          all_capitals(i - 2) && all_capitals(i) && toks_[i].end - toks_[i].start <= 3) {
        tokens_up_to(i, m.te);
        continue;
      }
      // "William Falcon", "Grace Lin": a one-word name of the lexicon (a model, a product, a
      // company) right after a given name is that person's family name
      if (!m.demonym && m.te == i + 1 && i > tb && items.size() && items.back().kind == ItemKind::Tok &&
          items.back().tb == i - 1 && given_name_before(i)) {
        const EntityType type = ents_.get(m.entity).type;
        if (type != EntityType::Person && type != EntityType::Country) {
          tokens_up_to(i, m.te);
          continue;
        }
      }
      // "Taiwan's Commerce Ministry", "the Taiwanese Commerce Ministry": a body the lexicon
      // places in another country is not the one named (not the US Department of Commerce)
      if (!m.demonym && other_country_before(items, m.entity)) {
        tokens_up_to(i, m.te);
        continue;
      }
      Item it;
      it.kind = m.demonym ? ItemKind::Demonym : ItemKind::Mention;
      it.tb = static_cast<std::uint32_t>(m.tb);
      it.te = static_cast<std::uint32_t>(m.te);
      it.entity = m.entity;
      it.discovered = m.entity >= ents_.lexicon_size();
      items.push_back(it);
      if (ments) ments->push_back(m);
      i = m.te;
      continue;
    }
    Item it;
    it.tb = static_cast<std::uint32_t>(i);
    it.te = static_cast<std::uint32_t>(i + 1);
    compound_demonym(toks_[i], it);
    items.push_back(it);
    ++i;
  }
  maker_chips(items);
}

void drop_age_asides(std::vector<Item>& items, const std::vector<Token>& toks, const DocEntities& ents) {
  auto tok = [&](std::size_t q) -> const Token* {
    return q < items.size() && items[q].kind == ItemKind::Tok ? &toks[items[q].tb] : nullptr;
  };
  // an age: one to three digits, 16 to 110
  auto age = [](const Token* t) {
    if (!t || t->key.empty() || t->key.size() > 3 ||
        !std::all_of(t->key.begin(), t->key.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return false;
    const int n = std::stoi(t->key);
    return n >= 16 && n <= 110;
  };
  for (std::size_t k = 0; k + 3 < items.size(); ++k) {
    if (items[k].kind != ItemKind::Mention || ents.get(items[k].entity).type != EntityType::Person) continue;
    const Token* comma = tok(k + 1);
    if (!comma || comma->key != "," || !age(tok(k + 2))) continue;
    std::size_t q = k + 3;
    while (tok(q) && (tok(q)->flags & kAgeWord)) ++q;
    if (!tok(q) || tok(q)->key != ",") continue;
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(k) + 1, items.begin() + static_cast<std::ptrdiff_t>(q));
  }
}

void MentionFinder::maker_chips(std::vector<Item>& items) const {
  constexpr int kMaxWords = 3;  // "Nvidia's most advanced AI chips"
  for (std::size_t k = 0; k < items.size(); ++k) {
    Item& it = items[k];
    if (it.kind != ItemKind::Mention) continue;
    const auto& chip = ents_.get(it.entity);
    if (chip.type != EntityType::Chip || !chip.maker.empty() || !Lexicon::generic(chip)) continue;
    std::size_t j = k;
    auto plain_word = [&](const Item& w) {
      const Token& t = toks_[w.tb];
      return w.kind == ItemKind::Tok && t.kind == TokKind::Word && t.all_lower && t.key != kPossessive;
    };
    for (int words = 0; j > 0 && words < kMaxWords && plain_word(items[j - 1]); ++words) --j;
    if (j < 2 || items[j - 1].kind != ItemKind::Tok || toks_[items[j - 1].tb].key != kPossessive ||
        items[j - 2].kind != ItemKind::Mention)
      continue;
    const auto& maker = ents_.get(items[j - 2].entity);
    if (maker.type != EntityType::Company) continue;
    if (const int chips = ents_.lexicon().chips_of(maker.name, chip_suffixes_); chips >= 0) it.entity = chips;
  }
}

bool MentionFinder::local_name_may_start(std::size_t tb, std::size_t te) const {
  const Trie& local = ents_.local_trie();
  if (local.empty()) return false;
  for (std::size_t i = tb; i < te; ++i)
    if (local.may_start(toks_[i].key)) return true;
  return false;
}

void MentionFinder::compound_demonym(const Token& t, Item& it) const {
  if (t.kind != TokKind::Word) return;
  const auto [a, b] = ents_.lexicon().compound_demonym(t.key);
  if (a < 0) return;
  it.kind = ItemKind::Demonym;
  it.entity = a;
  it.entity2 = b;
}

std::size_t MentionFinder::bracketed_acronym_end(std::size_t i, std::size_t end) const {
  if (i + 2 >= end || toks_[i].key != "(") return i;
  for (std::size_t k = i + 1; k < end && k <= i + 4; ++k) {
    const Token& t = toks_[k];
    if (t.key == ")") return k > i + 1 ? k + 1 : i;
    if (t.key == ":" || t.key == "-") continue;
    // "Amazon (AMZN, Financials)": a ticker and the market's sector for it
    if (t.key == "," && k > i + 1) {
      for (std::size_t q = k + 1; q < end && q <= k + 4; ++q) {
        if (toks_[q].key == ")") return q > k + 1 ? q + 1 : i;
        if (toks_[q].kind != TokKind::Word || !toks_[q].upper) return i;
      }
      return i;
    }
    if (t.kind != TokKind::Word) return i;
    for (std::size_t b = t.start; b < t.end; ++b)  // upper-case letters and digits only
      if (!((text_[b] >= 'A' && text_[b] <= 'Z') || (text_[b] >= '0' && text_[b] <= '9') || text_[b] == '.' ||
            text_[b] == '&'))
        return i;
  }
  return i;
}

namespace {
// "VP of Software Engineering", "Head of Global Affairs", "CEO of Real Assets": a run of
// function words (and joiners) names a department, no entity
bool department_name(const std::vector<Token>& toks, std::size_t tb, std::size_t te) {
  for (std::size_t k = tb; k < te; ++k)
    if (!(toks[k].flags & (kFunctionWord | kNameJoiner))) return false;
  return true;
}
}  // namespace

std::vector<Mention> find_mentions(const SentenceRanges& sents, const std::vector<Token>& toks,
                                   std::string_view text, const RuleSet& rules, const RuleIndex& index,
                                   DocEntities& ents, SentenceItems* cache) {
  const MentionFinder finder(ents, toks, text, rules.maker_chip_suffixes);
  thread_local Anchors::Scratch anchor_seen;
  std::vector<std::size_t> viable;
  std::vector<Item> items;
  std::vector<Mention> mentions;
  const std::vector<Mention> no_mentions;
  for (const auto& [tb, te] : sents) {
    finder.items(tb, te, items, &mentions);
    if (cache) {
      cache->items.insert(cache->items.end(), items.begin(), items.end());
      cache->at.push_back(cache->items.size());
    }
    // a headline's capitals run over its cues ("AI Startup Moonshot Targets $10 Billion")
    if (rules.discovery.empty() || (te > tb && headline(toks, tb, te))) continue;
    index.discovery_anchors.viable(toks, tb, te, index.prefixes, anchor_seen, viable);
    if (viable.empty()) continue;
    Matcher mt(items, toks, ents, index, no_mentions);
    Match m;
    for (std::size_t ri : viable) {
      const Rule& r = rules.discovery[ri];
      const std::size_t last = index.discovery_anchors.last_start(ri, anchor_seen);
      for (std::size_t s = 0; s < items.size() && items[s].tb <= last; ++s) {
        if (!mt.may_start(r, s) || !mt.match_at(r, s, m)) continue;
        for (auto [a, b] : m.name_spans) {
          // "le fondateur de Spotify Daniel Ek": the person's name starts at a given name
          if (r.new_type == EntityType::Person && !(toks[a].flags & kGivenName))
            for (std::size_t k = a + 1; k + 1 < b; ++k)
              if (toks[k].flags & kGivenName) {
                a = k;
                break;
              }
          // a run a given name opens is a person's name, no company's ("Ada Marlowe has raised $5M")
          if ((r.new_type == EntityType::Company || r.new_type == EntityType::Organization) &&
              shape_of(toks, a, b) == EntityType::Person)
            continue;
          // "CEO of Real Assets", "VP of System Software": a department, no company
          if ((r.new_type == EntityType::Company || r.new_type == EntityType::Organization) && department_name(toks, a, b))
            continue;
          std::string surface(text.substr(toks[a].start, toks[b - 1].end - toks[a].start));
          // "Covariant's AI-powered software": a description, no name
          if (b == a + 1 && described_compound(surface)) continue;
          ents.add(surface, r.new_type);
        }
      }
    }
  }
  return mentions;
}

namespace {
// "ZT Systems", "SK Hynix": a name that opens with a word of capitals only (2-3 letters).
bool initials_word(std::string_view name) {
  const std::size_t n = std::min(name.find(' '), name.size());
  return n >= 2 && n <= 3 && std::all_of(name.begin(), name.begin() + n, [](char c) { return c >= 'A' && c <= 'Z'; });
}
}  // namespace

void discover_names(const SentenceRanges& sents, const std::vector<Token>& toks, std::string_view text,
                    const std::vector<Mention>& mentions, TypoResolver& typos, DocEntities& ents) {
  std::vector<std::uint8_t> taken(toks.size(), 0);
  for (const auto& m : mentions) {
    // "the University of Illinois", "the Central Bank of Nigeria": a place after an
    // organisation's head word and "of" ends that organisation's name, free for discovery
    if (m.tb >= 2 && toks[m.tb].upper && ents.get(m.entity).type == EntityType::Country &&
        (toks[m.tb - 1].flags & kNameJoiner) && toks[m.tb - 1].all_lower && toks[m.tb - 2].upper &&
        (toks[m.tb - 2].flags & (kOrgLast | kOrgFirst)))
      continue;
    for (std::size_t i = m.tb; i < m.te && i < taken.size(); ++i) taken[i] = 1;
  }
  // "Kimi K2.5", "Gemini 2.5 Pro", "Qwen3 Max": a version after a model, product or chip
  // of the lexicon names a release of it (a name of the document, of the same maker)
  auto version = [&](const Token& t) {
    if (t.kind != TokKind::Word || t.key.find(',') != std::string::npos) return false;
    const bool digit = std::any_of(t.key.begin(), t.key.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool year = t.key.size() == 4 && std::all_of(t.key.begin(), t.key.end(), [](char c) { return c >= '0' && c <= '9'; });
    return (digit && !year) || (t.upper && (t.flags & kVersionWord));
  };
  for (const auto& m : mentions) {
    if (m.demonym || m.te >= toks.size() || taken[m.te] == 2) continue;
    const LexEntity& base = ents.get(m.entity);
    // "Naver Cloud", "Google Research": a unit named after its company; "SoftBank
    // Investment Advisers": capitalised words that end with an organisation's head word
    std::size_t unit_end = 0;
    if (base.type == EntityType::Company && m.entity < ents.lexicon_size()) {
      for (std::size_t j = m.te; j < toks.size() && j < m.te + 3; ++j) {
        const Token& t = toks[j];
        if (taken[j] || t.kind != TokKind::Word || !t.upper || t.start > toks[j - 1].end + 1) break;
        if (t.flags & kLegalForm) break;  // "Kioxia Holdings Corporation": a legal form heads no unit
        if ((t.flags & kUnitWord) || (j > m.te && (t.flags & kOrgLast))) unit_end = j + 1;
        else if (j == m.te + 1 && unit_end) break;  // "Naver Cloud Platform": the unit alone
      }
    } else if (base.type == EntityType::Organization && m.entity < ents.lexicon_size() && !(toks[m.tb].flags & kNameStop)) {
      // "NATO Innovation Fund": an organisation's name, then capitalised words that end with
      // an organisation's head word (not a tail of the same name: "Mubadala Capital"; not
      // after a name that opens with "The": "The National Data Protection Authority")
      for (std::size_t j = m.te; j < toks.size() && j < m.te + 3; ++j) {
        const Token& t = toks[j];
        if (taken[j] || t.kind != TokKind::Word || !t.upper || t.start > toks[j - 1].end + 1 || (t.flags & kNameTail))
          break;
        if (j > m.te && (t.flags & kOrgLast)) unit_end = j + 1;
      }
    }
    if (unit_end) {
      std::size_t j = unit_end;
      // "Hyundai Motor Group": a longer name of its own, left to discovery
      if (j < toks.size() && toks[j].upper && (toks[j].flags & kNameTail)) continue;
      const std::string surface(text.substr(toks[m.tb].start, toks[j - 1].end - toks[m.tb].start));
      const bool org = toks[j - 1].flags & kOrgLast;
      ents.add_unit(surface, org ? EntityType::Organization : EntityType::Company, m.entity);
      for (std::size_t k = m.tb; k < j; ++k) taken[k] = 2;
      continue;
    }
    // "Alibaba Group", "Lightspeed Ventures": another form of the same company or investor
    if ((base.type == EntityType::Company || base.type == EntityType::Organization) && toks[m.te].upper &&
        (toks[m.te].flags & kNameTail) && !taken[m.te] && toks[m.te].start <= toks[m.te - 1].end + 1) {
      // "Point72 Private Investments": tails after the tail; "Kioxia Holdings Corporation":
      // with the legal forms after them
      std::size_t e = m.te + 1;
      while (e < toks.size() && !taken[e] && toks[e].upper && (toks[e].flags & kNameTail) &&
             toks[e].start <= toks[e - 1].end + 1)
        ++e;
      while (e < toks.size() && !taken[e] && toks[e].upper && (toks[e].flags & kLegalForm) &&
             toks[e].start <= toks[e - 1].end + 1)
        ++e;
      ents.add_form(std::string(text.substr(toks[m.tb].start, toks[e - 1].end - toks[m.tb].start)), m.entity);
      for (std::size_t k = m.tb; k < e; ++k) taken[k] = 2;
      continue;
    }
    if (base.type != EntityType::Model && base.type != EntityType::Product && base.type != EntityType::Chip) continue;
    if (toks[m.te - 1].all_lower) continue;  // "puce Jotunn8": a common noun has no releases
    std::size_t j = m.te;
    while (j < toks.size() && j - m.te < 3 && !taken[j] && version(toks[j]) && toks[j].start <= toks[j - 1].end + 1) ++j;
    if (j == m.te) continue;
    const std::string surface(text.substr(toks[m.tb].start, toks[j - 1].end - toks[m.tb].start));
    const bool numbered = std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(m.te), toks.begin() + static_cast<std::ptrdiff_t>(j),
                                      [](const Token& t) { return t.key.find_first_of("0123456789") != std::string::npos; });
    const int id = ents.add_release(surface, numbered && base.type == EntityType::Product ? EntityType::Model : base.type, m.entity);
    for (std::size_t k = m.tb; k < j; ++k) taken[k] = 2;
    // the version alone later ("K2.5") is the release's short name
    if (j - m.te == 1 && toks[m.te].key.size() >= 2 && !ents.known(toks[m.te].key) &&
        std::any_of(toks[m.te].key.begin(), toks[m.te].key.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      ents.add_short_name(toks[m.te].key, id);
  }
  // the words written capitalised inside a sentence (names; an opening word is only one if
  // the text also capitalises it elsewhere)
  std::unordered_set<std::string_view> doc_inner;
  std::unordered_set<std::size_t> opening_tok;  // each sentence's first word
  for (const auto& [tb, te] : sents) {
    std::size_t opening = tb;
    while (opening < te && toks[opening].kind != TokKind::Word) ++opening;
    opening_tok.insert(opening);
    for (std::size_t i = opening + 1; i < te; ++i)
      if (toks[i].kind == TokKind::Word && toks[i].upper) doc_inner.insert(toks[i].key);
  }
  std::vector<NameSpan> spans;
  for (const auto& [tb, te] : sents) {
    auto s = name_spans(toks, tb, te, text, taken, doc_inner);
    spans.insert(spans.end(), s.begin(), s.end());
  }
  // The words of the document's longer names: "Hubert" after "Gabriel Hubert" is his short
  // name (add_short_names), "Sakana" after "Sakana AI" the company's.
  std::unordered_set<std::string> parts;
  // first word of a company or organisation -> (entity, times named); of two names with
  // one first word ("ZT Systems", "ZT Manufacturing") the more often named
  std::unordered_map<std::string, std::map<int, int>> heads;
  auto note_parts = [&](const std::string& name, EntityType type, int id) {
    const auto keys = keys_of(name, ents.text_rules());
    if (keys.size() < 2) return;
    if (type == EntityType::Person) parts.insert(keys.begin(), keys.end());
    else if ((type == EntityType::Company || type == EntityType::Organization) &&
             (keys[0].size() >= 4 || initials_word(name)))  // "Sakana" (AI), "ZT" (Systems)
      ++heads[keys[0]][id];
  };
  for (const auto& m : mentions) {
    if (m.demonym) continue;
    const auto type = ents.get(m.entity).type;
    if (type == EntityType::Person) note_parts(ents.get(m.entity).name, EntityType::Person, m.entity);
    // "Vantage Data Centers" of the lexicon, then "Vantage": its short name too (not a head
    // word of organisations, a function word or a given name: "Bank", "Morgan")
    else if ((type == EntityType::Company || type == EntityType::Organization) && m.entity < ents.lexicon_size() &&
             m.te - m.tb >= 2 && toks[m.tb].upper && toks[m.tb].key.size() >= 4 &&  // (not "SK" of "SK hynix")
             !(toks[m.tb].flags & (kOrgFirst | kOrgLast | kFunctionWord | kGivenName | kNotName)))
      note_parts(std::string(text.substr(toks[m.tb].start, toks[m.te - 1].end - toks[m.tb].start)), type, m.entity);
  }
  auto country_word = [&](const std::string& key) {  // "Saudi": a country's one-word alias
    const auto it = ents.lexicon().by_key.find(key);
    return it != ents.lexicon().by_key.end() && ents.get(it->second).type == EntityType::Country;
  };
  auto department = [&](const NameSpan& sp) { return department_name(toks, sp.tb, sp.te); };
  // whether the document also writes a word in lower case ("partnership", "calcul"): a
  // common word (looked for only for the few one-word names left, once each)
  std::unordered_map<std::string_view, bool> lower_seen;
  auto written_lower = [&](const std::string& key) {
    const auto [it, fresh] = lower_seen.try_emplace(key, false);
    if (fresh)
      it->second = std::any_of(toks.begin(), toks.end(), [&](const Token& t) {
        return t.all_lower && t.kind == TokKind::Word && t.key == key;
      });
    return it->second;
  };
  for (auto sp : spans) {
    if (sp.te - sp.tb < 2 || department(sp)) continue;
    // "Saudi Press Agency", "Chinese Academy of Sciences": a capitalised demonym opens an
    // organisation's name
    if ((sp.type == EntityType::Company || sp.type == EntityType::Organization) && sp.tb > 0 &&
        toks[sp.tb - 1].upper && toks[sp.tb - 1].end + 1 >= toks[sp.tb].start &&
        (ents.lexicon().by_demonym.count(toks[sp.tb - 1].key) || country_word(toks[sp.tb - 1].key)))
      --sp.tb;
    const std::string surface(text.substr(toks[sp.tb].start, toks[sp.te - 1].end - toks[sp.tb].start));
    EntityType type = sp.type;
    const bool open = type == EntityType::Unknown;
    // ("Carbon Direct", "Gates Frontier": a word the document also writes in lower case is
    // no family name; the run names a company)
    if (open)
      type = open_person_like(toks, sp.tb, sp.te, text) &&
                     std::none_of(toks.begin() + static_cast<std::ptrdiff_t>(sp.tb) + 1,
                                  toks.begin() + static_cast<std::ptrdiff_t>(sp.te),
                                  [&](const Token& t) { return written_lower(t.key); })
                 ? EntityType::Person
                 : EntityType::Company;
    // "Supercell Oy", "Quillon Inc": the company is named without its legal form
    std::size_t name_end = sp.te;
    while (type == EntityType::Company && name_end - sp.tb > 1 && (toks[name_end - 1].flags & kLegalForm)) --name_end;
    if (name_end < sp.te && name_end - sp.tb > 1 && toks[name_end - 1].key == ",") --name_end;  // "Acme, Inc."
    if (name_end < sp.te) {
      const int id = ents.add(std::string(text.substr(toks[sp.tb].start, toks[name_end - 1].end - toks[sp.tb].start)), type, open);
      ents.add_form(surface, id);
      note_parts(surface, type, id);
      continue;
    }
    note_parts(surface, type, ents.add(surface, type, open));
  }
  // "Dario et Daniela Amodei", "Sergey and Anne Brin": a given name alone before a conjunction
  // and a person's name shares that name's family name
  auto person_at = [&](std::size_t k) -> std::pair<std::size_t, std::size_t> {  // its tokens, or {0, 0}
    for (const auto& m : mentions)
      if (!m.demonym && m.tb == k && m.te > k + 1 && ents.get(m.entity).type == EntityType::Person) return {m.tb, m.te};
    for (const auto& s : spans)
      if (s.tb == k && s.te > k + 1 && (toks[k].flags & kGivenName) && shape_of(toks, s.tb, s.te) == EntityType::Person)
        return {s.tb, s.te};
    return {0, 0};
  };
  for (const auto& sp : spans) {
    if (sp.te - sp.tb != 1 || !(toks[sp.tb].flags & kGivenName) || sp.te + 1 >= toks.size() ||
        !(toks[sp.te].flags & kConjunction) || ents.known(toks[sp.tb].key))
      continue;
    const auto [pb, pe] = person_at(sp.te + 1);
    if (pe == 0) continue;
    const std::string surface = std::string(text.substr(toks[sp.tb].start, toks[sp.tb].end - toks[sp.tb].start)) + " " +
                                std::string(text.substr(toks[pe - 1].start, toks[pe - 1].end - toks[pe - 1].start));
    ents.add_short_name(toks[sp.tb].key, ents.add(surface, EntityType::Person));
  }
  for (const auto& sp : spans) {
    if (sp.te - sp.tb != 1 || department(sp)) continue;
    const std::string& key = toks[sp.tb].key;
    if (parts.count(key) || ents.known(key) || typos.resolve(toks[sp.tb]) >= 0) continue;
    // "Kobe Steel", "Bezos Expeditions", "Saudi Prince al-Waleed": a word right after a
    // capitalised word of a name the lexicon or the document reads otherwise (a place, a
    // person) is the tail of a longer name, no name of its own (not after a title or the
    // sentence's opening word: "CEO Altman", "Today Quillon")
    if (const std::size_t p = sp.tb; p > 0 && toks[p - 1].upper && toks[p - 1].kind == TokKind::Word &&
                                     toks[p - 1].end + 1 >= toks[p].start && !opening_tok.count(p - 1) &&
                                     !(toks[p - 1].flags & (kNotName | kHonorific | kNameStop)))
      continue;
    if (ents.lexicon().compound_demonym(key).first >= 0)
      continue;  // "Israeli-Canadian", "Sino-American": two countries (Lexicon::compound_demonym)
    if (auto h = heads.find(key); h != heads.end()) {
      const auto best = std::max_element(h->second.begin(), h->second.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; });
      ents.add_short_name(key, best->first);  // ties: the first discovered (lowest id)
      continue;
    }
    // "Partnership", "Calcul": a one-word name of no shape that the document also writes in
    // lower case is a common word capitalised by a heading or a title
    if (sp.type == EntityType::Unknown && written_lower(key)) continue;
    const std::string surface(text.substr(toks[sp.tb].start, toks[sp.tb].end - toks[sp.tb].start));
    // "GLM-5", "H20": letters and digits read as a model (or a chip, or a product)
    const bool coded = std::any_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (sp.type == EntityType::Unknown && coded) {
      ents.add_coded(surface);
      continue;
    }
    ents.add(surface, sp.type == EntityType::Unknown ? EntityType::Company : sp.type, sp.type == EntityType::Unknown);
  }
}

void add_short_names(const std::vector<Mention>& mentions, const RuleSet& rules, DocEntities& ents) {
  const auto& name_stop = rules.of(Words::NameStop);
  std::set<int> people;
  for (const auto& m : mentions)
    if (!m.demonym && ents.get(m.entity).type == EntityType::Person) people.insert(m.entity);
  for (std::size_t k = 0; k < ents.local().size(); ++k)
    if (ents.local()[k].type == EntityType::Person) people.insert(ents.lexicon_size() + static_cast<int>(k));
  std::map<std::string, std::set<int>> parts;
  for (int p : people) {
    for (const auto& part : keys_of(ents.get(p).name, rules.text)) {
      // two letters are enough for a surname ("Wu", "Xu", "Su"), unless the word is a
      // function word that opens sentences ("He", "An")
      if (part.size() < 2 || (part.size() == 2 && name_stop.count(part)) || part.find('.') != std::string::npos)
        continue;
      parts[part].insert(p);
    }
  }
  for (const auto& [part, who] : parts) {
    if (who.size() != 1 || ents.known(part)) continue;
    ents.add_short_name(part, *who.begin());
  }
}

TypoResolver::TypoResolver(const std::vector<Mention>& mentions, const DocEntities& ents) : ents_(ents) {
  std::set<int> seen;
  for (const auto& m : mentions) {
    if (m.demonym || !seen.insert(m.entity).second) continue;
    const auto& e = ents_.get(m.entity);
    if (m.entity < ents_.lexicon_size()) {
      for (const auto& k : e.typo_keys) targets_.emplace_back(k, m.entity);
    } else {
      for (auto& k : typo_keys(e)) targets_.emplace_back(std::move(k), m.entity);
    }
  }
}

void TypoResolver::apply(std::vector<Item>& items, const std::vector<Token>& toks) {
  for (auto& it : items) {
    if (it.kind != ItemKind::Tok || targets_.empty()) continue;
    if (const int e = resolve(toks[it.tb]); e >= 0) {
      it.kind = ItemKind::Mention;
      it.entity = e;
    }
  }
}

int TypoResolver::resolve(const Token& t) {
  if (targets_.empty() || t.kind != TokKind::Word || !t.upper || t.key.size() < 5) return -1;
  if (auto c = cache_.find(t.key); c != cache_.end()) return c->second;
  int best = -1;
  bool ambiguous = false;
  for (const auto& [k, id] : targets_) {
    const std::size_t limit = k.size() >= 10 ? 2 : 1;
    if (k.size() + limit < t.key.size() || t.key.size() + limit < k.size()) continue;
    if (k == t.key) continue;
    // one edit cannot change both the first and the last byte of words of 5+ bytes: most
    // pairs are rejected here without computing a distance
    if (limit == 1 && k.front() != t.key.front() && k.back() != t.key.back()) continue;
    if (text::edit_distance(t.key, k, limit) > limit) continue;
    const auto& df = ents_.get(id).distinct_from;
    if (std::find(df.begin(), df.end(), t.key) != df.end()) continue;
    if (best >= 0 && best != id) ambiguous = true;
    best = id;
  }
  const int found = best >= 0 && !ambiguous && !ents_.lexicon().by_key.count(t.key) ? best : -1;
  cache_[t.key] = found;
  return found;
}

}  // namespace kg::extract::detail
