// Tokenizer, boilerplate line classifier and sentence splitter: the stages that only
// look at characters. All run in one pass per line with no regex.
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "text_units.hpp"
#include "kg/text.hpp"

namespace kg::extract::detail {
namespace {

struct Cp {
  std::int32_t cp = -1;
  std::size_t len = 1;
};

inline Cp decode(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {c, 1};
  if (c >= 0xC2 && c <= 0xDF && i + 1 < s.size()) {  // two bytes (Latin accents): inline
    const auto d = static_cast<unsigned char>(s[i + 1]);
    if ((d & 0xC0) == 0x80) return {static_cast<std::int32_t>(((c & 0x1Fu) << 6) | (d & 0x3Fu)), 2};
  }
  utf8proc_int32_t cp = -1;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) return {-1, 1};
  return {cp, static_cast<std::size_t>(n)};
}

bool is_word_category(std::int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}
// Word (bit 0) and upper-case (bit 1) classes of the code points below U+0800 (Latin,
// Greek, Cyrillic...), from utf8proc once, so that the tokenizer calls it only beyond.
constexpr std::int32_t kTableEnd = 0x800;
const std::uint8_t* small_classes() {
  static const auto table = [] {
    std::array<std::uint8_t, kTableEnd> t{};
    for (std::int32_t cp = 0x80; cp < kTableEnd; ++cp)
      t[cp] = static_cast<std::uint8_t>((is_word_category(cp) ? 1 : 0) |
                                        (utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ? 2 : 0));
    return t;
  }();
  return table.data();
}
inline bool is_word_cp(std::int32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  if (cp < 0) return false;
  if (cp < kTableEnd) return small_classes()[cp] & 1;
  return is_word_category(cp);
}
inline bool is_letter_cp(std::int32_t cp) {
  return is_word_cp(cp) && !(cp >= '0' && cp <= '9');
}
inline bool is_upper_cp(std::int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp > 0 && cp < kTableEnd) return small_classes()[cp] & 2;
  return cp > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}
inline bool is_space_cp(std::int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == 0x200B || cp == 0x2007 ||
         cp == 0xFEFF || cp == 0x3000;
}
inline bool is_apostrophe(std::int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2BC; }
inline bool is_joiner(std::int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == '.' || cp == '&' || cp == '_'; }
inline bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
// The full stop at `dot` (inside the word that starts at `from`) ends a sentence glued to the
// next one: two lower-case letters before it, a capital and a lower-case letter after it
// ("strategy.The"), or two capitals after a word of lower-case letters only ("told a press
// briefing.SK Telecom"; "Character.AI" is a name).
inline bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool glued_sentences(std::string_view text, std::size_t from, std::size_t dot, std::size_t end) {
  if (!(dot >= from + 2 && dot + 2 < end && ascii_lower(text[dot - 1]) && ascii_lower(text[dot - 2]) &&
        ascii_upper(text[dot + 1])))
    return false;
  if (ascii_lower(text[dot + 2])) return true;
  return ascii_upper(text[dot + 2]) && dot >= from + 3 &&
         std::all_of(text.begin() + from, text.begin() + dot, [](char c) { return ascii_lower(c); });
}

}  // namespace

// Folds Latin text the way kg::text::name_key does (case, accents, ’‘ -> ', spaces
// collapsed) without a Unicode library: ASCII, U+00A0, U+00C0-U+00FF, œ, and the
// apostrophes and narrow spaces of French typography. Returns false on anything else
// (the caller then uses name_key).
bool fast_fold(std::string_view s, std::string& out) {
  // U+00C0..U+00FF -> base letter; 0 = keep the character as is
  static constexpr char kLatin1[64] = {
      'a', 'a', 'a', 'a', 'a', 'a', 0,   'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
      0,   'n', 'o', 'o', 'o', 'o', 'o', 0,   0,   'u', 'u', 'u', 'u', 'y', 0,   0,
      'a', 'a', 'a', 'a', 'a', 'a', 0,   'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
      0,   'n', 'o', 'o', 'o', 'o', 'o', 0,   0,   'u', 'u', 'u', 'u', 'y', 0,   'y'};
  // The folded text is never longer than the input: write it through a pointer.
  out.resize(s.size());
  char* const base = out.data();
  char* o = base;
  bool pending_space = false;
  auto put = [&](char c) {
    if (pending_space && o != base) *o++ = ' ';
    pending_space = false;
    *o++ = c;
  };
  // ' ', '\t', '\n', '\v', '\f', '\r' and 0x1C-0x1F, as bits of one word (one test per byte)
  constexpr std::uint64_t kSpaces = (std::uint64_t{1} << ' ') | (std::uint64_t{0x1F} << '\t') | (std::uint64_t{0xF} << 0x1C);
  auto ascii_space = [](unsigned char c) { return c <= ' ' && ((kSpaces >> c) & 1); };
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (ascii_space(c)) {
        pending_space = true;
        ++i;
        continue;
      }
      // a run of other ASCII bytes (most of a text), lower-cased
      if (pending_space && o != base) *o++ = ' ';
      pending_space = false;
      do {
        *o++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
        ++i;
      } while (i < n && (c = static_cast<unsigned char>(s[i])) < 0x80 && !ascii_space(c));
      continue;
    }
    if (i + 1 >= s.size()) return false;
    const auto d = static_cast<unsigned char>(s[i + 1]);
    if (c == 0xC3 && d >= 0x80 && d <= 0xBF) {
      const unsigned cp = 0xC0 + (d - 0x80);
      if (cp == 0xDF) { put('s'); put('s'); i += 2; continue; }
      if (char b = kLatin1[cp - 0xC0]) { put(b); i += 2; continue; }
      // æ ð × ø þ ÷ stay; their upper-case forms fold to them
      unsigned low = cp;
      if (cp == 0xC6 || cp == 0xD0 || cp == 0xD8 || cp == 0xDE) low = cp + 0x20;
      put(static_cast<char>(0xC3));
      *o++ = static_cast<char>(0x80 + (low - 0xC0));
      i += 2;
      continue;
    }
    if (c == 0xC2 && d == 0xA0) { pending_space = true; i += 2; continue; }
    if (c == 0xC2 && (d == 0xAB || d == 0xBB)) { put(static_cast<char>(c)); *o++ = static_cast<char>(d); i += 2; continue; }
    if (c == 0xC5 && (d == 0x92 || d == 0x93)) { put(static_cast<char>(0xC5)); *o++ = static_cast<char>(0x93); i += 2; continue; }
    if (c == 0xE2 && d == 0x80 && i + 2 < s.size()) {
      const auto e = static_cast<unsigned char>(s[i + 2]);
      if (e == 0x98 || e == 0x99) { put('\''); i += 3; continue; }
      if (e == 0xAF || e == 0x89) { pending_space = true; i += 3; continue; }  // narrow and thin spaces
      if (e == 0x93 || e == 0x94 || e == 0x9C || e == 0x9D) {  // dashes and double quotes stay
        put(static_cast<char>(c));
        *o++ = static_cast<char>(d);
        *o++ = static_cast<char>(e);
        i += 3;
        continue;
      }
    }
    return false;
  }
  out.resize(static_cast<std::size_t>(o - base));
  return true;
}

std::string quick_key(std::string_view s) {
  std::string k;
  if (fast_fold(s, k)) return k;
  return kg::text::name_key(s);
}

std::string fold(std::string_view s) {
  bool ascii = true;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) { ascii = false; break; }
  if (ascii) {
    std::string r(s);
    for (auto& c : r) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return r;
  }
  // Non-ASCII words are few and repeat a lot: cache their keys per thread.
  {
    std::string r;
    if (fast_fold(s, r)) return r;
  }
  thread_local std::unordered_map<std::string, std::string> cache;
  auto it = cache.find(std::string(s));
  if (it != cache.end()) return it->second;
  std::string r = kg::text::name_key(s);
  if (cache.size() > 200000) cache.clear();
  cache.emplace(std::string(s), r);
  return r;
}

void fold_into(std::string_view s, std::string& out) {
  // ASCII (most words): lower case in one pass
  out.resize(s.size());
  char* o = out.data();
  std::size_t k = 0;
  for (; k < s.size(); ++k) {
    const auto c = static_cast<unsigned char>(s[k]);
    if (c >= 0x80) break;
    o[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  if (k == s.size()) return;
  if (fast_fold(s, out)) return;
  out = fold(s);
}

void tokenize(std::string_view text, std::size_t b, std::size_t e, const TextRules& rules, std::vector<Token>& out) {
  std::size_t i = b;
  auto word_at = [&](std::size_t j) { return j < e && is_word_cp(decode(text, j).cp); };
  while (i < e) {
    Cp c = decode(text, i);
    if (is_space_cp(c.cp)) { i += c.len; continue; }
    // "Qualcomm[2] is", "in 1985.[3]": a reference mark glued to the word or stop before
    // it is no part of the sentence (web copies of encyclopaedias keep them)
    if (c.cp == '[' && i > b && !is_space_cp(decode(text, i - 1).cp)) {
      std::size_t k = i + 1;
      while (k < e && k < i + 6 && ((text[k] >= '0' && text[k] <= '9') || (text[k] >= 'a' && text[k] <= 'z'))) ++k;
      if (k > i + 1 && k < e && text[k] == ']' &&
          (text[i + 1] >= '0' && text[i + 1] <= '9' ? true : k == i + 2)) {  // "[12]", "[a]"
        i = k + 1;
        continue;
      }
    }
    if (!is_word_cp(c.cp)) {
      Token& t = out.emplace_back();  // built in place: no temporary to move
      t.start = static_cast<std::uint32_t>(i);
      t.end = static_cast<std::uint32_t>(std::min(e, i + c.len));
      t.kind = TokKind::Punct;
      if (is_apostrophe(c.cp)) t.key.assign(1, '\'');
      else t.key.assign(text.substr(i, t.end - i));
      i = t.end;
      continue;
    }
    // A word: letters/digits, with inner joiners ("DeepSeek-R1", "U.S", "Z.ai", "4,35").
    // Built in place (nothing else is appended to `out` until it is complete).
    Token& t = out.emplace_back();
    t.start = static_cast<std::uint32_t>(i);
    t.upper = is_upper_cp(c.cp);
    bool any_upper = t.upper;
    bool last_digit = c.cp >= '0' && c.cp <= '9';
    std::size_t j = i + c.len;
    bool elided = false, possessive_next = false, unicode_hyphen = false;
    std::size_t bare_possessive = 0;  // bytes of an apostrophe that is a possessive on its own
    std::size_t dotted_possessive = 0;  // bytes of ".'s" after an abbreviation ("Inc.'s")
    while (j < e) {
      // ASCII letters and digits (most of a word) without decoding
      if (const auto a = static_cast<unsigned char>(text[j]); a < 0x80) {
        const bool up = a >= 'A' && a <= 'Z', digit = a >= '0' && a <= '9';
        if (up || digit || (a >= 'a' && a <= 'z')) {
          any_upper = any_upper || up;
          last_digit = digit;
          ++j;
          continue;
        }
      }
      Cp d = decode(text, j);
      if (is_word_cp(d.cp)) {
        any_upper = any_upper || is_upper_cp(d.cp);
        last_digit = d.cp >= '0' && d.cp <= '9';
        j += d.len;
        continue;
      }
      // "Alphabet Inc.’s Google", "Nvidia Corp.'s": an abbreviation's dot before "'s" goes
      // with the possessive
      if (d.cp == '.' && j + 1 < e) {
        const Cp ap = decode(text, j + 1);
        const std::size_t s_at = j + 1 + ap.len;
        if (is_apostrophe(ap.cp) && s_at < e && (text[s_at] == 's' || text[s_at] == 'S') &&
            (s_at + 1 >= e || !is_letter_cp(decode(text, s_at + 1).cp))) {
          dotted_possessive = s_at + 1 - j;
          break;
        }
      }
      // ("said.During", "Bloomberg.Google": a full stop between a lower-case word and a
      // capitalised one is two sentences run together by a web copy, not "Z.ai", "U.S")
      if (d.cp == '.' && glued_sentences(text, i, j, e)) break;
      // "U.S.-based": an abbreviation's final dot before a hyphen and a word stays in the word
      if (d.cp == '.' && j + 1 < e && text[j + 1] == '-' && word_at(j + 2) &&
          text.substr(i, j - i).find('.') != std::string_view::npos) {
        j += 1;
        continue;
      }
      if (is_joiner(d.cp) && word_at(j + d.len)) {
        unicode_hyphen = unicode_hyphen || d.cp == 0x2010 || d.cp == 0x2011;
        j += d.len;
        continue;
      }
      if ((d.cp == ',') && last_digit && j + 1 < e && text[j + 1] >= '0' && text[j + 1] <= '9') {
        j += 1;
        continue;
      }
      if (is_apostrophe(d.cp) && j + d.len < e) {
        Cp n = decode(text, j + d.len);
        // "Databricks' co-founder": after a capitalised name ending in s, a bare apostrophe
        // and a space before a word is the possessive
        if (n.cp == ' ' && j > i && (text[j - 1] == 's' || text[j - 1] == 'S') && is_upper_cp(decode(text, i).cp) &&
            j + d.len + 1 < e && is_letter_cp(decode(text, j + d.len + 1).cp)) {
          bare_possessive = d.len;
          break;
        }
        if (!is_letter_cp(n.cp)) break;
        std::string lower = fold(text.substr(i, j - i));
        if (rules.elisions.count(lower)) { j += d.len; elided = true; break; }
        if (n.cp == 's' || n.cp == 'S') {
          std::size_t after = j + d.len + 1;
          Cp a = after < e ? decode(text, after) : Cp{-1, 1};
          if (after >= e || !is_letter_cp(a.cp) || is_upper_cp(a.cp)) { possessive_next = true; break; }
        }
        j += d.len;  // "aujourd'hui", "O'Brien", "don't"
        continue;
      }
      break;
    }
    t.end = static_cast<std::uint32_t>(j);
    t.all_lower = !any_upper;
    std::string_view surface = text.substr(i, j - i);
    fold_into(surface, t.key);
    // "Vice‑President": a Unicode hyphen inside a word (U+2011 folds to U+2010) reads as '-'
    if (unicode_hyphen)
      for (std::size_t h; (h = t.key.find("\xE2\x80\x90")) != std::string::npos;) t.key.replace(h, 3, 1, '-');
    // "H100s", "B200s": the plural of a coded name is the name ("thousands of H100s")
    if (any_upper && t.key.size() >= 3 && t.key.back() == 's' && t.key[t.key.size() - 2] >= '0' && t.key[t.key.size() - 2] <= '9') t.key.pop_back();
    if (elided) {
      // key "d'" whatever apostrophe the text used
      while (!t.key.empty() && (static_cast<unsigned char>(t.key.back()) >= 0x80 || t.key.back() == '\''))
        t.key.pop_back();
      t.key += '\'';
    }
    i = j;
    const std::size_t word_index = out.size() - 1;
    // "Abu Dhabi–based": a suffix after an en or em dash glued to the name, as after a hyphen
    if (!rules.hyphen_suffixes.empty() && out.size() >= 3) {
      Token& dash = out[out.size() - 2];
      const Token& name = out[out.size() - 3];
      if (dash.kind == TokKind::Punct && is_dash(dash.key) &&
          dash.start == name.end && dash.end == t.start && rules.hyphen_suffixes.count("-" + t.key)) {
        dash.kind = TokKind::Word;
        dash.all_lower = true;
        dash.key = "-" + t.key;
        dash.end = t.end;
        out.pop_back();  // `t` is not used after this
        continue;
      }
    }
    // "Tokyo-based", "Alibaba-backed": the name and the suffix are tokens of their own
    if (!rules.hyphen_suffixes.empty() && !elided) {
      const std::size_t h = surface.rfind('-');
      if (h != std::string_view::npos && h > 0 && t.key.size() > surface.size() - h &&
          rules.hyphen_suffixes.count(t.key.substr(t.key.size() - (surface.size() - h)))) {
        Token suffix;
        suffix.start = static_cast<std::uint32_t>(t.start + h);
        suffix.end = t.end;
        suffix.all_lower = true;
        suffix.key = t.key.substr(t.key.size() - (surface.size() - h));
        t.end = suffix.start;
        // ("U.S.-based": the name's key without the abbreviation's final dot, as the lexicon has it)
        fold_into(surface.substr(0, surface[h - 1] == '.' && h > 1 ? h - 1 : h), t.key);
        out.push_back(std::move(suffix));  // `t` is not used after this
      }
    }
    // "ex-OpenAI": a prefix before a capitalised name is a token of its own ("ex" "OpenAI"),
    // so that the name is one; "ex-employee" and the acronyms of titles ("ex-CEO",
    // "l'ex-PDG") stay whole
    if (!rules.hyphen_prefixes.empty() && !elided) {
      Token& w = out[word_index];
      const std::string_view ws = text.substr(w.start, w.end - w.start);
      const std::size_t h = ws.find('-');
      if (h != std::string_view::npos && h > 0 && h + 1 < ws.size() && is_upper_cp(decode(text, w.start + h + 1).cp) &&
          std::any_of(ws.begin() + static_cast<std::ptrdiff_t>(h) + 2, ws.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
          rules.hyphen_prefixes.count(fold(ws.substr(0, h + 1)))) {
        Token name;
        name.start = static_cast<std::uint32_t>(w.start + h + 1);
        name.end = w.end;
        name.upper = true;
        fold_into(ws.substr(h + 1), name.key);
        w.end = static_cast<std::uint32_t>(w.start + h);
        fold_into(ws.substr(0, h), w.key);
        w.upper = false;
        w.all_lower = true;
        out.insert(out.begin() + static_cast<std::ptrdiff_t>(word_index) + 1, std::move(name));
      }
    }
    // the possessive after the word: "'s", or a bare apostrophe ("Databricks' co-founder")
    std::size_t possessive_len = bare_possessive + dotted_possessive;
    if (possessive_next) possessive_len = decode(text, i).len + 1;
    if (possessive_len) {
      Token p;
      p.start = static_cast<std::uint32_t>(i);
      p.end = static_cast<std::uint32_t>(i + possessive_len);
      p.kind = TokKind::Word;
      p.all_lower = true;
      p.key = kPossessive;
      i = p.end;
      out.push_back(std::move(p));
    }
  }
}

// ---- boilerplate -----------------------------------------------------------------------------
namespace {

std::string_view trim(std::string_view s) {
  auto is_ws = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && is_ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ws(s.back())) s.remove_suffix(1);
  // non-breaking spaces and middle dots at the edges
  for (bool again = true; again;) {
    again = false;
    for (std::string_view p : {"\xC2\xA0", "\xC2\xB7", "\xE2\x80\xA2"}) {
      if (s.substr(0, p.size()) == p) { s.remove_prefix(p.size()); again = true; }
    }
    while (!s.empty() && is_ws(s.front())) { s.remove_prefix(1); again = true; }
  }
  return s;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "Il y a 20h", "il y a 3 jours", "5 hours ago", "01-13 01:51", "2 min ago": a short line
// with a digit and a comment stamp as words of its own.
bool is_comment_meta(std::string_view line, const std::string& key, const BoilerplateRules& rules) {
  if (line.size() > 40) return false;
  // "Updated 56 minutes ago", "Mis à jour il y a 2 h": the article's own date, no comment's
  for (const auto& w : rules.article_stamps)
    if (key.size() > w.size() && key.compare(0, w.size(), w) == 0 && key[w.size()] == ' ') return false;
  if (key.size() < 25 && std::any_of(key.begin(), key.end(), is_digit)) {
    for (const auto& w : rules.comment_stamps)
      for (auto p = key.find(w); p != std::string::npos; p = key.find(w, p + 1)) {
        const std::size_t after = p + w.size();
        if ((p == 0 || key[p - 1] == ' ') && (after == key.size() || key[after] == ' ' || is_digit(key[after])))
          return true;
      }
  }
  // date/time stamps: only digits, separators and spaces, with a ':' ("01-13 01:51")
  bool has_colon = false, only = !key.empty();
  for (char c : key) {
    if (c == ':') has_colon = true;
    else if (!(is_digit(c) || c == '-' || c == '/' || c == ' ' || c == '.')) { only = false; break; }
  }
  return only && has_colon;
}

// Reply/like counters and share buttons: "Répondre0", "13 J'aime", "Reply", "Like 4".
bool is_widget(const std::string& key, const BoilerplateRules& rules) {
  // 40 ASCII bytes that are no digit, slash or space stay whatever trim() takes from the
  // edges: a line that long is no widget (most lines: no copy of the whole key)
  std::size_t solid = 0;
  for (std::size_t i = 0; i < key.size() && solid < 40; ++i) {
    const auto c = static_cast<unsigned char>(key[i]);
    solid += c > ' ' && c < 0x80 && c != '/' && !is_digit(static_cast<char>(c));
  }
  if (solid >= 40) return false;
  thread_local std::string k;  // reused: no allocation per line
  k.resize(key.size());  // the key without its digits and slashes, written in place
  std::size_t n = 0;
  for (char c : key)
    if (!is_digit(c) && c != '/') k[n++] = c;
  k.resize(n);
  std::string_view t = trim(k);
  if (t.empty()) return true;  // only digits ("13", "0/400")
  if (t.size() >= 40) return false;  // a widget's line is short
  for (const auto& w : rules.widgets) {
    if (t == w) return true;
    // glued widgets: "voir l'originalrepondre"
    if (t.find(w) != std::string_view::npos && t.find(' ') == std::string_view::npos) return true;
  }
  for (const auto& w : rules.widget_prefixes)
    if (t.substr(0, w.size()) == w) return true;
  return false;
}

// "Cours Moonveil(MORE) $0.002207 +1.89%": a ticker in parentheses or a currency amount,
// together with a signed percentage, in a short line.
bool is_ticker(std::string_view line) {
  if (line.size() > 160) return false;
  bool pct = false, money = false, paren_sym = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '%' && i > 0 && is_digit(line[i - 1])) {
      for (std::size_t j = i; j-- > 0;) {
        if (line[j] == '+' || line[j] == '-') { pct = true; break; }
        if (!(is_digit(line[j]) || line[j] == '.' || line[j] == ',')) break;
      }
    }
    if ((c == '$' || c == '\xE2' /* € */) && i + 1 < line.size()) money = true;
    if (c == '(') {
      std::size_t j = i + 1, n = 0;
      while (j < line.size() && ((line[j] >= 'A' && line[j] <= 'Z') || is_digit(line[j]))) ++j, ++n;
      if (j < line.size() && line[j] == ')' && n >= 2 && n <= 10) paren_sym = true;
    }
  }
  return pct && (money || paren_sym);
}

bool looks_like_url_line(std::string_view line, const std::string& key) {
  if (key.rfind("http://", 0) == 0 || key.rfind("https://", 0) == 0 || key.rfind("www.", 0) == 0)
    return line.find(' ') == std::string_view::npos;
  // "Source : https://...", "Lien original : https://..."
  auto colon = key.find(':');
  if (colon != std::string::npos && colon < 25) {
    auto rest = trim(std::string_view(key).substr(colon + 1));
    if (rest.rfind("http", 0) == 0 && rest.find(' ') == std::string_view::npos) return true;
  }
  return false;
}

// A line that contains its own opening again ("X is out. Lead...X is out. Lead..."):
// scraped teasers glued to the article.
// "- headline", "• headline", "1. headline", "2) headline".
bool is_bullet(std::string_view t) {
  if (t.size() < 3) return false;
  for (std::string_view b : {"- ", "* ", "\xE2\x80\xA2 ", "\xE2\x80\x93 ", "\xE2\x80\x94 "})
    if (t.substr(0, b.size()) == b) return true;
  std::size_t d = 0;
  while (d < t.size() && d < 3 && is_digit(t[d])) ++d;
  return d > 0 && d + 1 < t.size() && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ';
}
bool ends_sentence(std::string_view t) {
  if (t.empty()) return false;
  const char c = t.back();
  return c == '.' || c == '!' || c == '?' || (t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\xA6");
}

// Where a long line starts again with its own first 60 bytes (0 if it does not): what
// comes before is a teaser of what follows ("X is out. Lead...X is out. Lead...").
std::size_t repeat_of_opening(std::string_view line) {
  if (line.size() < 120) return 0;
  // memmem (glibc: a two-way/hashed search) instead of string_view::find, which
  // memchr's the first byte and memcmp's at every hit: a profile hot spot on long lines.
  const void* at = ::memmem(line.data() + 30, line.size() - 30, line.data(), 60);
  return at ? static_cast<std::size_t>(static_cast<const char*>(at) - line.data()) : 0;
}

}  // namespace

std::vector<Span> content_blocks(std::string_view text, const BoilerplateRules& rules,
                                 std::vector<Dropped>* dropped) {
  struct Line {
    Span span;
    std::string_view t;
    std::string key;
    const char* drop = nullptr;  // why it is dropped
  };
  // One buffer per thread, its keys' capacity reused from document to document.
  thread_local std::vector<Line> line_buf;
  std::size_t nlines = 0;
  std::size_t i = 0;
  while (i <= text.size()) {
    std::size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(i, nl - i);
    std::string_view t = trim(raw);
    if (!t.empty()) {
      if (nlines == line_buf.size()) line_buf.emplace_back();
      Line& l = line_buf[nlines++];
      l.span = {static_cast<std::size_t>(t.data() - text.data()),
                static_cast<std::size_t>(t.data() - text.data()) + t.size()};
      l.t = t;
      l.drop = nullptr;
      // the short-line tests look at the line's head only
      const std::string_view head = t.size() > 200 ? t.substr(0, 200) : t;
      if (!fast_fold(head, l.key)) l.key = kg::text::name_key(head);
    }
    if (nl == text.size()) break;
    i = nl + 1;
  }
  struct Lines {  // the first nlines of line_buf
    std::vector<Line>& v;
    std::size_t n;
    std::size_t size() const { return n; }
    Line& operator[](std::size_t k) { return v[k]; }
    Line* begin() { return v.data(); }
    Line* end() { return v.data() + n; }
  } lines{line_buf, nlines};
  thread_local std::unordered_set<std::string_view> seen;
  seen.clear();
  for (std::size_t k = 0; k < lines.size(); ++k) {
    Line& l = lines[k];
    if (is_widget(l.key, rules)) l.drop = "comment widget";
    else if (is_ticker(l.t)) l.drop = "ticker";
    else if (looks_like_url_line(l.t, l.key)) l.drop = "link";
    if (!l.drop) {
      if (const std::size_t again = repeat_of_opening(l.t)) {
        // the teaser goes, the text it announces stays
        if (dropped) dropped->push_back({l.span.start, l.span.start + again, "teaser repeated by its line"});
        l.span.start += again;
        l.t.remove_prefix(again);
      }
    }
    if (is_comment_meta(l.t, l.key, rules)) {
      // A comment: author line before the stamp, body after it up to the reply widget.
      l.drop = "reader comment";
      if (k > 0 && lines[k - 1].t.size() < 60 && lines[k - 1].t.find(' ') == std::string_view::npos)
        lines[k - 1].drop = "reader comment";
      for (std::size_t m = k + 1; m < lines.size() && m <= k + 4; ++m) {
        bool widget = is_widget(lines[m].key, rules);
        lines[m].drop = "reader comment";
        if (widget) break;
        if (m + 1 < lines.size() && is_comment_meta(lines[m + 1].t, lines[m + 1].key, rules)) break;
        if (m == k + 1 && (m + 1 >= lines.size() || !is_widget(lines[m + 1].key, rules))) break;
      }
    }
    // A list of links under a short heading ("Most Popular", "Related coverage:", "Les plus
    // lus"): bullet lines with no final stop are headlines of other pages, not this text.
    // (Not a list whose items a comma or semicolon continues: "Parmi les recrutements :
    // - A, PDG de X, - B, ancien CEO de Y, - ...": one sentence laid out as bullets.)
    if (!l.drop && is_bullet(l.t) && !ends_sentence(l.t)) {
      std::size_t h = k;
      while (h > 0 && is_bullet(lines[h - 1].t)) --h;
      // (every bullet but the last continued so: an infobox line "- Version: A, B," is no sentence)
      auto continued = [](std::string_view t) { return !t.empty() && (t.back() == ',' || t.back() == ';'); };
      std::size_t e = h;
      while (e < lines.size() && is_bullet(lines[e].t)) ++e;
      bool sentence_list = e - h >= 2;
      for (std::size_t m = h; m + 1 < e && sentence_list; ++m) sentence_list = continued(lines[m].t);
      if (!sentence_list && h > 0 && lines[h - 1].t.size() <= 40 && !ends_sentence(lines[h - 1].t) &&
          !is_bullet(lines[h - 1].t))
        l.drop = "links to other pages";
    }
    // Repeated paragraphs (a page often repeats its lead): keep the first copy only.
    if (!l.drop && l.t.size() >= 40) {
      if (!seen.insert(l.t).second) l.drop = "repeated paragraph";
    }
  }
  std::vector<Span> out;
  for (const auto& l : lines) {
    if (!l.drop) out.push_back(l.span);
    else if (dropped) dropped->push_back({l.span.start, l.span.end, l.drop});
  }
  if (dropped)  // in text order (a teaser goes in before its line's verdict)
    std::stable_sort(dropped->begin(), dropped->end(),
                     [](const Dropped& a, const Dropped& b) { return a.start < b.start; });
  return out;
}

// ---- boilerplate phrases ---------------------------------------------------------------------
namespace {
std::size_t gram_at(std::string_view k, std::size_t i) {
  std::uint32_t g;
  std::memcpy(&g, k.data() + i, 4);
  return static_cast<std::size_t>((g * 2654435761u) >> 20);
}
}  // namespace

CueFinder::CueFinder(const std::vector<std::string>& cues) : cues_(cues) {
  for (const auto& cue : cues) {
    if (cue.size() < 4) {
      short_cue_ = true;
    } else {
      grams_.set(gram_at(cue, 0));
      firsts_.emplace_back(gram_at(cue, 0), &cue);
    }
  }
}

const std::string* CueFinder::find(std::string_view key) const {
  if (short_cue_) {
    for (const auto& cue : cues_)
      if (key.find(cue) != std::string_view::npos) return &cue;
    return nullptr;
  }
  for (std::size_t i = 0; i + 4 <= key.size(); ++i) {
    const std::size_t g = gram_at(key, i);
    if (!grams_.test(g)) continue;
    for (const auto& [fg, cue] : firsts_)
      if (fg == g && key.compare(i, cue->size(), *cue) == 0) return cue;
  }
  return nullptr;
}

void kept_sentences(std::string_view text, const TextRules& rules, std::vector<Token>& toks,
                    std::vector<std::pair<std::size_t, std::size_t>>& sents, std::vector<Dropped>* dropped) {
  const CueFinder cues(rules.boilerplate.line_cues);
  thread_local std::string key;  // a sentence folded (capacity kept)
  thread_local std::vector<std::pair<std::size_t, std::size_t>> in_block;
  std::vector<Dropped> block_drops;
  std::vector<Dropped>* blocks_dropped = dropped ? &block_drops : nullptr;
  const auto blocks = content_blocks(text, rules.boilerplate, blocks_dropped);
  std::size_t next_drop = 0;  // block drops before the current sentence go out first (text order)
  auto flush_drops = [&](std::size_t upto) {
    for (; next_drop < block_drops.size() && block_drops[next_drop].start < upto; ++next_drop)
      dropped->push_back(block_drops[next_drop]);
  };
  for (const auto& block : blocks) {
    const std::size_t base = toks.size();
    tokenize(text, block.start, block.end, rules, toks);
    in_block.clear();
    split_sentences(toks, base, toks.size(), rules, in_block);
    for (auto [a, b] : in_block) {
      const std::size_t start = toks[a].start, end = toks[b - 1].end;
      const std::string* cue = nullptr;
      if (!rules.boilerplate.line_cues.empty()) {
        // the sentence folded: its tokens' keys (folded already), spaced as in the text
        std::size_t n = 0;
        for (std::size_t k = a; k < b; ++k) n += toks[k].key.size() + 1;
        key.resize(n);
        char* o = key.data();
        for (std::size_t k = a; k < b; ++k) {
          if (k > a && toks[k].start > toks[k - 1].end) *o++ = ' ';
          std::memcpy(o, toks[k].key.data(), toks[k].key.size());
          o += toks[k].key.size();
        }
        cue = cues.find(std::string_view(key.data(), static_cast<std::size_t>(o - key.data())));
      }
      if (cue) {
        if (dropped) {
          flush_drops(start);
          dropped->push_back({start, end, "boilerplate phrase \"" + *cue + "\""});
        }
        continue;
      }
      sents.emplace_back(a, b);
    }
  }
  if (dropped) flush_drops(text.size() + 1);
}

// ---- sentences ------------------------------------------------------------------------------
void split_sentences(const std::vector<Token>& toks, std::size_t b, std::size_t e, const TextRules& rules,
                     std::vector<std::pair<std::size_t, std::size_t>>& out) {
  std::size_t begin = b;
  const std::size_t n = e;
  for (std::size_t i = b; i < n; ++i) {
    const Token& t = toks[i];
    if (t.kind != TokKind::Punct) continue;
    const std::string& k = t.key;
    bool end_mark = k == "." || k == "!" || k == "?" || k == "\xE2\x80\xA6";
    if (!end_mark) continue;
    std::size_t j = i;
    while (j + 1 < n && toks[j + 1].kind == TokKind::Punct &&
           (toks[j + 1].key == "." || toks[j + 1].key == "!" || toks[j + 1].key == "?" ||
            toks[j + 1].key == "\xE2\x80\xA6"))
      ++j;
    // closing quotes and brackets stay with their sentence
    while (j + 1 < n && toks[j + 1].kind == TokKind::Punct &&
           (toks[j + 1].key == "\xC2\xBB" || toks[j + 1].key == "\"" || toks[j + 1].key == ")" ||
            toks[j + 1].key == "\xE2\x80\x9D" || toks[j + 1].key == "'"))
      ++j;
    if (j + 1 >= n) break;
    const Token& next = toks[j + 1];
    if (k == "." && i == j && i > begin) {
      const Token& prev = toks[i - 1];
      if (prev.end == t.start && prev.kind == TokKind::Word) {
        if (rules.abbreviations.count(prev.key)) continue;
        if (prev.key.size() == 1 && prev.upper) continue;  // an initial: "John F. Kennedy"
        if (prev.key.find('.') != std::string::npos && prev.key.size() <= 5) continue;  // "U.S."
      }
    }
    bool starts = next.upper || next.kind == TokKind::Punct ||
                  (!next.key.empty() && next.key[0] >= '0' && next.key[0] <= '9');
    if (!starts) continue;
    out.emplace_back(begin, j + 1);
    begin = j + 1;
    i = j;
  }
  if (begin < n) out.emplace_back(begin, n);
}

}  // namespace kg::extract::detail
