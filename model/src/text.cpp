#include "kg/text.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <set>
#include <tuple>

#include "kg/error.hpp"

namespace kg::text {
namespace {

// Decodes one code point at s[i]; returns its length, or 0 if the sequence is invalid.
std::size_t decode(std::string_view s, std::size_t i, char32_t* out) {
  utf8proc_int32_t cp = 0;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                  static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0) return 0;
  *out = static_cast<char32_t>(cp);
  return static_cast<std::size_t>(n);
}

std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = 0;
    std::size_t n = decode(s, i, &c);
    if (n == 0) {
      c = 0xFFFD;
      n = 1;
    }
    out.push_back(c);
    i += n;
  }
  return out;
}

}  // namespace

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      // ASCII runs 8 bytes at a time (graph files check hundreds of MB of sentences).
      std::uint64_t w;
      while (i + 8 <= s.size() && (std::memcpy(&w, s.data() + i, 8), (w & 0x8080808080808080ull) == 0)) i += 8;
      if (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
      continue;
    }
    char32_t c = 0;
    const std::size_t n = decode(s, i, &c);
    if (n == 0) return i;
    i += n;
  }
  return std::nullopt;
}

std::size_t count_newlines(std::string_view s) {
  std::size_t n = 0;
  const char* p = s.data();
  const char* const end = p + s.size();
  while (p != end) {
    const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
    if (!nl) break;
    ++n;
    p = static_cast<const char*>(nl) + 1;
  }
  return n;
}

bool looks_binary(std::string_view s) {
  const std::size_t n = std::min<std::size_t>(s.size(), 8192);
  if (n > 0 && std::memchr(s.data(), 0, n)) return true;
  std::size_t control = 0;  // (counted without a branch: the loop is vectorised)
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    control += static_cast<std::size_t>(c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
  }
  return n > 0 && control * 20 > n;  // more than 5% control bytes
}

std::string name_key(std::string_view s) {
  // Apostrophe variants first, as score.py does.
  std::string pre;
  pre.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = 0;
    std::size_t n = decode(s, i, &c);
    if (n == 0) {  // invalid byte: keep the replacement character
      pre += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (c == U'\u2019' || c == U'\u2018' || c == U'\u02BC')
      pre.push_back('\'');
    else
      pre.append(s.substr(i, n));
    i += n;
  }
  utf8proc_uint8_t* mapped = nullptr;
  const auto len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(pre.data()),
                                static_cast<utf8proc_ssize_t>(pre.size()), &mapped,
                                static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
                                                               UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
  std::string folded;
  if (len >= 0 && mapped) folded.assign(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(len));
  std::free(mapped);
  // Collapse Unicode whitespace to single spaces and trim.
  std::string out;
  out.reserve(folded.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < folded.size();) {
    char32_t c = 0;
    std::size_t n = decode(folded, i, &c);
    if (n == 0) n = 1;
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
                       c == 0x1C || c == 0x1D || c == 0x1E || c == 0x1F || c == 0x85 ||
                       cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
                       cat == UTF8PROC_CATEGORY_ZP;
    if (space) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(folded, i, n);
    }
    i += n;
  }
  return out;
}

namespace {
// Levenshtein distance of x[0, n) and y[0, m) (code points or, for ASCII, bytes), capped at
// limit + 1; prev and cur hold m + 1 entries each.
template <class Seq>
std::size_t capped_distance(const Seq& x, std::size_t n, const Seq& y, std::size_t m, std::size_t limit,
                            std::size_t* prev, std::size_t* cur) {
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= m; ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return std::min(prev[m], limit + 1);
}
bool all_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}
}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  // ASCII words (most of what the extractor's typo finder compares, for every capitalised
  // word of every document): bytes are code points, and short rows live on the stack
  constexpr std::size_t kShort = 64;
  if (a.size() < kShort && b.size() < kShort && all_ascii(a) && all_ascii(b)) {
    std::size_t prev[kShort], cur[kShort];
    return capped_distance(a, a.size(), b, b.size(), limit, prev, cur);
  }
  const auto x = code_points(a), y = code_points(b);
  std::vector<std::size_t> prev(y.size() + 1), cur(y.size() + 1);
  return capped_distance(x, x.size(), y, y.size(), limit, prev.data(), cur.data());
}

std::vector<std::string> suggest(std::string_view query, const std::vector<std::string>& candidates,
                                 std::size_t max_results) {
  const std::string q = name_key(query);
  const std::size_t qlen = code_points(q).size();
  // Allow roughly one edit per four characters, at least 2.
  const std::size_t limit = std::max<std::size_t>(2, qlen / 4);
  std::vector<std::tuple<std::size_t, std::string, std::string>> scored;  // (score, key, name)
  for (const auto& c : candidates) {
    const std::string k = name_key(c);
    std::size_t score;
    if (!q.empty() && k.size() > q.size() && k.compare(0, q.size(), q) == 0)
      score = 1;  // prefix: "alib" -> "alibaba"
    else {
      const std::size_t d = edit_distance(q, k, limit);
      if (d <= limit)
        score = d;
      else if (q.size() >= 3 && k.find(q) != std::string::npos)
        score = limit + 1;  // substring
      else
        continue;
    }
    scored.emplace_back(score, k, c);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (const auto& s : scored) {
    if (out.size() >= max_results) break;
    if (std::find(out.begin(), out.end(), std::get<2>(s)) == out.end()) out.push_back(std::get<2>(s));
  }
  return out;
}

std::string escape_json(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    // a run of bytes that stand for themselves (most of a text), appended at once
    std::size_t j = i;
    while (j < n) {
      const auto c = static_cast<unsigned char>(s[j]);
      if (c < 0x20 || c == '"' || c == '\\') break;
      ++j;
    }
    out.append(s.data() + i, j - i);
    if (j == n) break;
    const auto c = static_cast<unsigned char>(s[j]);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default: {
        static const char* hex = "0123456789abcdef";
        out += "\\u00";
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 15]);
      }
    }
    i = j + 1;
  }
  return out;
}

std::string displayable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) continue;
    // C1: U+0080-U+009F is C2 80 - C2 9F.
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0) {
      ++i;
      continue;
    }
    // U+FFFE, U+FFFF: EF BF BE, EF BF BF.
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        static_cast<unsigned char>(s[i + 2]) >= 0xBE) {
      i += 2;
      continue;
    }
    out.push_back(static_cast<char>(c));
  }
  return out;
}

std::string escape_xml(std::string_view raw) {
  // XML 1.0 forbids most C0 controls and U+FFFE/U+FFFF, even escaped: displayable() drops them.
  const std::string s = displayable(raw);
  std::string out;
  out.reserve(s.size() + 8);
  for (unsigned char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string escape_dot(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\n' || c == '\r') {
      out += "\\n";
    } else if (c < 0x20) {
      out.push_back(' ');
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string escape_markdown(std::string_view raw) {
  // Only what would change the structure of one line of inline text or a table cell:
  // emphasis, code, links, tables, strikethrough and raw HTML anywhere; a heading, list or
  // quote marker only where a line starts. Hyphens, dots and parentheses inside a sentence
  // stay as written ("États-Unis", "Qwen 2.5").
  const std::string s = displayable(raw);
  std::string out;
  out.reserve(s.size() + 8);
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') out.push_back(s[i++]);
  if (i < s.size() && std::strchr("#+-=", s[i])) {
    out.push_back('\\');
  } else {
    std::size_t k = i;
    while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
    if (k > i && k < s.size() && (s[k] == '.' || s[k] == ')')) {  // "1. " starts a list
      out.append(s.substr(i, k - i));
      out.push_back('\\');
      i = k;
    }
  }
  for (; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else if (c != 0 && std::strchr("\\`*_[]|~", c)) out.push_back('\\'), out.push_back(static_cast<char>(c));
    else if (c == '\n' || c == '\r') out.push_back(' ');
    else if (c >= 0x20 || c == '\t') out.push_back(static_cast<char>(c));
  }
  return out;
}

std::string url_encode(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

std::string slug(std::string_view s) { return slug_of_key(name_key(s)); }

std::string slug_of_key(std::string_view k) {
  std::string out;
  for (unsigned char c : k) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(static_cast<char>(c));
    } else if (c == '+') {
      out += "plus";
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.empty()) {
    // Non-Latin names (e.g. Chinese): a stable hex id from the bytes.
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : k) h = (h ^ c) * 1099511628211ull;
    static const char* hex = "0123456789abcdef";
    out = "e-";
    for (int i = 60; i >= 0; i -= 4) out.push_back(hex[(h >> i) & 15]);
  }
  return out;
}

std::string ellipsize(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "\xE2\x80\xA6";
}

bool is_iso_date(std::string_view s) {
  auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    return true;
  };
  auto number = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!digits(0, 4)) return false;
  if (s.size() == 4) return true;
  if (s[4] != '-' || !digits(5, 2)) return false;
  const int month = number(5, 2);
  if (month < 1 || month > 12) return false;
  if (s.size() == 7) return true;
  if (s[7] != '-' || !digits(8, 2)) return false;
  const int year = number(0, 4), day = number(8, 2);
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int last = days[month - 1] + (month == 2 && leap ? 1 : 0);
  return day >= 1 && day <= last;
}

std::optional<std::string> article_date(std::string_view s) {
  if (is_iso_date(s)) return std::string(s);
  if (s.size() > 10 && (s[10] == 'T' || s[10] == ' ') && is_iso_date(s.substr(0, 10)))
    return std::string(s.substr(0, 10));
  return std::nullopt;
}

bool DateRange::contains(std::string_view date) const {
  if (!bounded()) return true;
  if (date.empty()) return include_undated;
  if (!as_of.empty() && date.compare(0, as_of.size(), as_of) > 0) return false;
  if (!since.empty() && date < since) return false;
  return true;
}

void DateRange::check() const {
  if (!as_of.empty() && !is_iso_date(as_of))
    throw UsageError("--as-of '" + as_of + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  if (!since.empty() && !is_iso_date(since))
    throw UsageError("--since '" + since + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  if (!as_of.empty() && !since.empty() && since.compare(0, as_of.size(), as_of) > 0)
    throw UsageError("--since " + since + " is after --as-of " + as_of + ": nothing can match");
}

std::string DateRange::describe() const {
  if (!bounded()) return {};
  std::string out = "evidence dated ";
  if (!since.empty()) out += "from " + since + (as_of.empty() ? "" : " ");
  if (!as_of.empty()) out += "up to " + as_of;
  out += include_undated ? " and undated evidence (--undated include)" : " (undated evidence left out)";
  return out;
}

std::string guess_language(std::string_view text) {
  // Frequent words that belong to one language only (no "a", "on", "en", "son", "us").
  static const std::set<std::string_view> fr = {
      "le", "la", "les", "des", "du", "et", "est", "une", "que", "qui", "dans", "pour", "sur",
      "avec", "pas", "au", "aux", "cette", "il", "elle", "sont", "ont", "mais", "plus", "selon", "par"};
  static const std::set<std::string_view> en = {
      "the", "and", "of", "to", "is", "that", "for", "with", "was", "are", "by", "its", "has",
      "have", "from", "this", "be", "at", "which", "were", "but", "more", "according", "said"};
  text = text.substr(0, 20000);
  std::size_t n_fr = 0, n_en = 0;
  std::string word;
  auto flush = [&] {
    if (fr.count(word)) ++n_fr;
    if (en.count(word)) ++n_en;
    word.clear();
  };
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') word.push_back(static_cast<char>(c - 'A' + 'a'));
    else if (c >= 'a' && c <= 'z') word.push_back(c);
    else flush();
  }
  flush();
  if (n_fr + n_en < 5) return "";
  if (n_fr * 2 > n_en * 3) return "fr";
  if (n_en * 2 > n_fr * 3) return "en";
  return "";
}

}  // namespace kg::text
