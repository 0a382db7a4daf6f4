// Metadata of an article from the article itself. See metadata.hpp.
#include "metadata.hpp"

#include <rapidjson/document.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "kg/json.hpp"
#include "kg/text.hpp"

namespace kg::extract::detail {
namespace {

constexpr std::size_t kTitleBytes = 200;

std::string lower_ascii(std::string_view s) {
  std::string r(s);
  for (auto& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return r;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Runs of blank space (line breaks included) as one space, trimmed: a value on one line.
std::string one_line(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// A character reference: NUL becomes U+FFFD as well (HTML's rule).
void append_utf8(std::string& out, std::uint32_t cp) { kg::text::append_utf8(out, cp == 0 ? 0xFFFD : cp); }

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  auto lower = [](unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c; };
  for (std::size_t k = 0; k < prefix.size(); ++k)
    if (lower(static_cast<unsigned char>(s[k])) != lower(static_cast<unsigned char>(prefix[k]))) return false;
  return true;
}

bool is_url(std::string_view s) { return starts_with_ci(s, "http://") || starts_with_ci(s, "https://"); }

// ---- dates ---------------------------------------------------------------------------------
// Month names and their usual abbreviations, French and English, accents optional.
int month_of(std::string w) {
  while (!w.empty() && w.back() == '.') w.pop_back();
  w = lower_ascii(w);
  static const std::unordered_map<std::string, int> months = {
      {"janvier", 1},   {"janv", 1},      {"january", 1},  {"jan", 1},       {"f\xC3\xA9vrier", 2}, {"fevrier", 2},
      {"f\xC3\xA9v", 2}, {"fev", 2},       {"f\xC3\xA9vr", 2}, {"fevr", 2},  {"february", 2},       {"feb", 2},
      {"mars", 3},      {"march", 3},     {"mar", 3},      {"avril", 4},     {"avr", 4},            {"april", 4},
      {"apr", 4},       {"mai", 5},       {"may", 5},      {"juin", 6},      {"june", 6},           {"jun", 6},
      {"juillet", 7},   {"juil", 7},      {"july", 7},     {"jul", 7},       {"ao\xC3\xBBt", 8},    {"aout", 8},
      {"august", 8},    {"aug", 8},       {"septembre", 9}, {"sept", 9},     {"september", 9},      {"sep", 9},
      {"octobre", 10},  {"oct", 10},      {"october", 10}, {"novembre", 11}, {"nov", 11},           {"november", 11},
      {"d\xC3\xA9" "cembre", 12}, {"decembre", 12}, {"d\xC3\xA9" "c", 12}, {"dec", 12}, {"december", 12}};
  // Upper-case accented letters ("FÉVRIER") are rare in dates: not folded.
  auto it = months.find(w);
  return it == months.end() ? 0 : it->second;
}

std::optional<int> number(std::string_view w, std::size_t min_digits, std::size_t max_digits) {
  if (w.size() >= 2 && (w.substr(w.size() - 2) == "er" || w.substr(w.size() - 2) == "st" ||
                        w.substr(w.size() - 2) == "nd" || w.substr(w.size() - 2) == "rd" ||
                        w.substr(w.size() - 2) == "th"))
    w.remove_suffix(2);  // "1er", "1st", "3rd"
  if (w.size() < min_digits || w.size() > max_digits) return std::nullopt;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::optional<std::string> iso(int y, int m, int d) {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  if (!text::is_iso_date(buf)) return std::nullopt;
  return std::string(buf);
}

// ---- HTML tags -------------------------------------------------------------------------------
struct Tag {
  std::string name;                          // lower case
  std::map<std::string, std::string> attrs;  // lower-case names, decoded values
  std::size_t end = 0;                       // just past '>'
};

// The tag opening at html[i] == '<' (attributes parsed), or nullopt for a comment, a
// closing tag or something that is not a tag.
std::optional<Tag> read_tag(std::string_view html, std::size_t i) {
  const std::size_t close = html.find('>', i);
  if (close == std::string_view::npos) return std::nullopt;
  std::size_t k = i + 1;
  if (k >= html.size() || !std::isalpha(static_cast<unsigned char>(html[k]))) return std::nullopt;
  Tag t;
  while (k < close && (std::isalnum(static_cast<unsigned char>(html[k])) || html[k] == '-')) t.name += html[k++];
  t.name = lower_ascii(t.name);
  t.end = close + 1;
  while (k < close) {
    while (k < close && (std::isspace(static_cast<unsigned char>(html[k])) || html[k] == '/')) ++k;
    std::string key;
    while (k < close && !std::isspace(static_cast<unsigned char>(html[k])) && html[k] != '=' && html[k] != '/')
      key += html[k++];
    if (key.empty()) break;
    std::string value;
    while (k < close && std::isspace(static_cast<unsigned char>(html[k]))) ++k;
    if (k < close && html[k] == '=') {
      ++k;
      while (k < close && std::isspace(static_cast<unsigned char>(html[k]))) ++k;
      if (k < html.size() && (html[k] == '"' || html[k] == '\'')) {
        const char q = html[k++];
        const std::size_t e = html.find(q, k);
        if (e == std::string_view::npos) return std::nullopt;
        value = std::string(html.substr(k, e - k));
        k = e + 1;
      } else {
        while (k < close && !std::isspace(static_cast<unsigned char>(html[k]))) value += html[k++];
      }
    }
    t.attrs.emplace(lower_ascii(key), decode_entities(value));
  }
  // A quoted value may hold '>': the tag ends after the last quote read.
  t.end = std::max(t.end, k < html.size() && html[k] == '>' ? k + 1 : t.end);
  return t;
}

std::string attr(const Tag& t, const char* name) {
  auto it = t.attrs.find(name);
  return it == t.attrs.end() ? std::string() : it->second;
}

// The text inside an element (tags dropped, references decoded, on one line).
std::string inner_text(std::string_view html, std::size_t from, std::string_view close_tag, std::size_t& end) {
  end = find_ci(html, close_tag, from);
  if (end == std::string_view::npos) end = std::min(html.size(), from + 2000);
  std::string raw;
  for (std::size_t i = from; i < end; ++i) {
    if (html[i] == '<') {
      const auto e = html.find('>', i);
      if (e == std::string_view::npos || e >= end) break;
      i = e;
      raw += ' ';
      continue;
    }
    raw += html[i];
  }
  return one_line(decode_entities(raw));
}

// ---- JSON-LD -------------------------------------------------------------------------------
bool is_article_type(const rapidjson::Value& t) {
  static const std::array<std::string_view, 10> types = {
      "NewsArticle",        "Article",         "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
      "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "TechArticle",       "LiveBlogPosting"};
  const auto one = [&](const rapidjson::Value& v) {
    return v.IsString() && std::find(types.begin(), types.end(), std::string_view(v.GetString(), v.GetStringLength())) !=
                               types.end();
  };
  if (one(t)) return true;
  if (t.IsArray())
    for (const auto& v : t.GetArray())
      if (one(v)) return true;
  return false;
}

std::string json_string(const rapidjson::Value& o, const char* key) {
  auto it = o.FindMember(key);
  if (it == o.MemberEnd()) return {};
  const auto& v = it->value;
  if (v.IsString()) return one_line(std::string(v.GetString(), v.GetStringLength()));
  if (v.IsObject()) {  // {"@id": ...} or {"name": ...}
    for (const char* k : {"@id", "url", "name"})
      if (auto s = v.FindMember(k); s != v.MemberEnd() && s->value.IsString())
        return one_line(std::string(s->value.GetString(), s->value.GetStringLength()));
  }
  if (v.IsArray() && !v.Empty()) {
    const auto& f = v[0];
    if (f.IsString()) return one_line(std::string(f.GetString(), f.GetStringLength()));
    if (f.IsObject())
      if (auto s = f.FindMember("name"); s != f.MemberEnd() && s->value.IsString())
        return one_line(std::string(s->value.GetString(), s->value.GetStringLength()));
  }
  return {};
}

// Walks a JSON-LD value for the first article object, at most `depth` levels down.
void json_ld(const rapidjson::Value& v, Metadata& m, int depth, int& budget) {
  if (depth < 0 || --budget < 0) return;
  if (v.IsArray()) {
    for (const auto& x : v.GetArray()) json_ld(x, m, depth - 1, budget);
    return;
  }
  if (!v.IsObject()) return;
  if (auto t = v.FindMember("@type"); t != v.MemberEnd() && is_article_type(t->value)) {
    std::string headline = json_string(v, "headline");
    if (headline.empty()) headline = json_string(v, "name");
    m.offer("title", headline, "json-ld headline");
    std::string date = json_string(v, "datePublished");
    if (auto d = parse_date(date)) m.offer("date", *d, "json-ld datePublished");
    if (auto d = parse_date(json_string(v, "dateCreated"))) m.offer("date", *d, "json-ld dateCreated");
    std::string url = json_string(v, "url");
    if (!is_url(url)) url = json_string(v, "mainEntityOfPage");
    if (is_url(url)) m.offer("url", url, "json-ld url");
    m.offer("source", json_string(v, "publisher"), "json-ld publisher");
    if (const std::string lang = lower_ascii(json_string(v, "inLanguage")).substr(0, 2); lang == "fr" || lang == "en")
      m.offer("lang", lang, "json-ld inLanguage");
  }
  if (auto g = v.FindMember("@graph"); g != v.MemberEnd()) json_ld(g->value, m, depth - 1, budget);
}

// ---- text lines ------------------------------------------------------------------------------
// "Label : value" (French spacing, a non-breaking space or none before the colon).
bool labelled(std::string_view line, std::initializer_list<std::string_view> labels, std::string& value) {
  for (auto label : labels) {
    if (!starts_with_ci(line, label)) continue;
    std::string_view rest = line.substr(label.size());
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
    if (rest.substr(0, 2) == "\xC2\xA0") rest.remove_prefix(2);  // NBSP
    if (rest.substr(0, 3) == "\xE2\x80\xAF") rest.remove_prefix(3);  // narrow NBSP
    if (rest.empty() || (rest.front() != ':' && rest.substr(0, 3) != "\xEF\xBC\x9A")) continue;
    rest.remove_prefix(rest.front() == ':' ? 1 : 3);
    value = std::string(trim(rest));
    return true;
  }
  return false;
}

// "Publié le 3 mars 2025", "Published March 3, 2025", "Mis à jour le ...": the date after
// it, and the words that open the line.
bool date_line(std::string_view line, std::string& date, bool& updated, std::string_view& opened_by) {
  static const std::array<std::pair<std::string_view, bool>, 11> openers = {{
      {"publi\xC3\xA9 le", false}, {"publi\xC3\xA9", false}, {"mis en ligne le", false}, {"paru le", false},
      {"published on", false}, {"published", false}, {"posted on", false}, {"posted", false},
      {"mis \xC3\xA0 jour le", true}, {"updated on", true}, {"updated", true}}};
  for (const auto& [opener, upd] : openers) {
    if (!starts_with_ci(line, opener)) continue;
    const bool french = opener.find("\xC3") != std::string_view::npos || opener.find("le") != std::string_view::npos;
    if (auto d = parse_date(line.substr(opener.size()), french)) {
      date = *d;
      updated = upd;
      opened_by = line.substr(0, opener.size());
      return true;
    }
  }
  return false;
}

bool is_byline(std::string_view line) {
  for (std::string_view p : {"par ", "by ", "auteur", "author", "\xC3\xA9" "crit par", "written by", "propos recueillis"})
    if (starts_with_ci(line, p)) return std::count(line.begin(), line.end(), ' ') < 10;
  return false;
}

// Notices of where an article appeared, link lists and "read also" teasers.
bool is_notice(std::string_view line) {
  for (std::string_view p : {"est paru sur", "est paru en premier sur", "appeared first on", "first appeared on",
                             "originally published", "initialement publi\xC3\xA9", "a \xC3\xA9t\xC3\xA9 publi\xC3\xA9 sur",
                             "http://", "https://", "www."})
    if (find_ci(line, p) != std::string_view::npos) return true;
  for (std::string_view p : {"lire aussi", "\xC3\xA0 lire aussi", "a lire aussi", "read more", "read also", "related",
                             "voir aussi", "see also", "- [", "* [", "[", "tags", "mots-cl\xC3\xA9s", "partager", "share"})
    if (starts_with_ci(line, p)) return true;
  return false;
}

// A line that reads like a headline: a few words, not a sentence of the body.
bool reads_like_title(std::string_view line) {
  if (line.size() > kTitleBytes) return false;
  const auto words = std::count(line.begin(), line.end(), ' ') + 1;
  if (words < 3 || words > 30) return false;
  const char last = line.back();
  if (last == '.' && !(line.size() >= 3 && line.substr(line.size() - 3) == "...")) return false;
  return last != ',' && last != ';' && last != ':';
}

}  // namespace

// Case-insensitive (ASCII) search without copying the haystack: memchr finds the
// candidates for one letter of the needle in either case (it runs on every line of every
// document: std::tolower per byte was a sixth of `kg extract`). The letter is the needle's
// least common in text ("est paru sur": the 'p', not the 'e'), since memchr stops at each.
std::size_t find_ci(std::string_view hay, std::string_view needle, std::size_t from) {
  if (needle.empty()) return from;
  if (needle.size() > hay.size()) return std::string_view::npos;
  auto lower = [](unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c; };
  // bytes by how often they occur in French and English text, the most common first
  // (any other byte is rarer than these)
  static constexpr auto kCommonness = [] {
    constexpr std::string_view common = " eastinroludcmp\xC3vh\xA9gfb.,yq'wjxkz";
    std::array<std::uint8_t, 256> t{};
    for (std::size_t k = 0; k < common.size(); ++k) {
      const auto c = static_cast<unsigned char>(common[k]);
      t[c] = static_cast<std::uint8_t>(common.size() - k);
      if (c >= 'a' && c <= 'z') t[c - 32] = t[c];
    }
    return t;
  }();
  auto commonness = [](unsigned char c) { return kCommonness[c]; };
  std::size_t off = 0;
  for (std::size_t k = 1; k < needle.size(); ++k)
    if (commonness(static_cast<unsigned char>(needle[k])) < commonness(static_cast<unsigned char>(needle[off]))) off = k;
  const unsigned char lo = lower(static_cast<unsigned char>(needle[off]));
  const unsigned char up = lo >= 'a' && lo <= 'z' ? static_cast<unsigned char>(lo - 32) : lo;
  const std::size_t last = hay.size() - needle.size();  // the last start
  for (std::size_t i = from; i <= last;) {  // i: a start; its anchor byte is at i + off
    const char* p = hay.data() + i + off;
    const std::size_t n = last - i + 1;
    const void* a = std::memchr(p, lo, n);
    const void* b = up != lo ? std::memchr(p, up, a ? static_cast<std::size_t>(static_cast<const char*>(a) - p) : n) : nullptr;
    const char* hit = static_cast<const char*>(b ? b : a);
    if (!hit) return std::string_view::npos;
    i = static_cast<std::size_t>(hit - hay.data()) - off;
    std::size_t k = 0;
    while (k < needle.size() && lower(static_cast<unsigned char>(hay[i + k])) == lower(static_cast<unsigned char>(needle[k])))
      ++k;
    if (k == needle.size()) return i;
    ++i;
  }
  return std::string_view::npos;
}

void Metadata::offer(const char* field, std::string value, const std::string& where) {
  std::string* slot = std::strcmp(field, "title") == 0    ? &title
                      : std::strcmp(field, "date") == 0   ? &date
                      : std::strcmp(field, "url") == 0    ? &url
                      : std::strcmp(field, "source") == 0 ? &source
                                                          : &lang;
  value = one_line(value);
  if (!slot->empty() || value.empty()) return;
  if (std::strcmp(field, "title") == 0) value = text::ellipsize(value, kTitleBytes);
  *slot = std::move(value);
  from[field] = where;
}

void Metadata::fill_from(const Metadata& o) {
  for (const auto& [field, value] : {std::pair<const char*, const std::string*>{"title", &o.title},
                                     {"date", &o.date}, {"url", &o.url}, {"source", &o.source}, {"lang", &o.lang}}) {
    auto it = o.from.find(field);
    offer(field, *value, it == o.from.end() ? std::string() : it->second);
  }
}

std::optional<std::string> parse_date(std::string_view s, bool day_first) {
  s = trim(s);
  if (s.empty()) return std::nullopt;
  // ISO, possibly with a time.
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-') {
    if (text::is_iso_date(s.substr(0, 10)) && (s.size() == 10 || s[10] == 'T' || s[10] == ' '))
      return std::string(s.substr(0, 10));
  }
  // Words: day month year, or month day, year.
  std::vector<std::string> w;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == ',' || c == '\t') {
      if (!cur.empty()) w.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
    if (w.size() > 12) break;
  }
  if (!cur.empty() && w.size() <= 12) w.push_back(cur);
  for (std::size_t i = 0; i + 2 < w.size(); ++i) {
    if (const int m = month_of(w[i + 1]); m) {  // 3 mars 2025
      const auto d = number(w[i], 1, 2), y = number(w[i + 2], 4, 4);
      if (d && y) return iso(*y, m, *d);
    }
    if (const int m = month_of(w[i]); m) {  // March 3, 2025
      const auto d = number(w[i + 1], 1, 2), y = number(w[i + 2], 4, 4);
      if (d && y) return iso(*y, m, *d);
    }
  }
  // Numbers: 03/03/2025, 03.03.2025.
  for (const auto& word : w) {
    const char sep = word.find('/') != std::string::npos ? '/' : '.';
    const auto a = word.find(sep), b = word.find(sep, a == std::string::npos ? a : a + 1);
    if (a == std::string::npos || b == std::string::npos) continue;
    const auto x = number(std::string_view(word).substr(0, a), 1, 2);
    const auto y = number(std::string_view(word).substr(a + 1, b - a - 1), 1, 2);
    const auto z = number(std::string_view(word).substr(b + 1), 4, 4);
    if (!x || !y || !z) continue;
    if (*x > 12 || (day_first && *y <= 12)) return iso(*z, *y, *x);
    if (*y > 12) return iso(*z, *x, *y);  // month first, unambiguous
  }
  return std::nullopt;
}

std::size_t decode_entity(std::string_view s, std::size_t i, std::string& out) {
  static const std::unordered_map<std::string_view, std::uint32_t> named{
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0},
      {"eacute", 0xE9}, {"egrave", 0xE8}, {"ecirc", 0xEA}, {"agrave", 0xE0}, {"acirc", 0xE2},
      {"ccedil", 0xE7}, {"ocirc", 0xF4}, {"icirc", 0xEE}, {"iuml", 0xEF}, {"ucirc", 0xFB},
      {"ugrave", 0xF9}, {"euml", 0xEB}, {"Eacute", 0xC9}, {"Agrave", 0xC0}, {"Ccedil", 0xC7},
      {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"rdquo", 0x201D}, {"ldquo", 0x201C},
      {"laquo", 0xAB}, {"raquo", 0xBB}, {"hellip", 0x2026}, {"mdash", 0x2014}, {"ndash", 0x2013},
      {"euro", 0x20AC}, {"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122}, {"middot", 0xB7},
      {"deg", 0xB0}, {"oelig", 0x153}, {"uuml", 0xFC}, {"ouml", 0xF6}, {"auml", 0xE4}};
  std::size_t semi = s.find(';', i);
  if (semi == std::string_view::npos || semi - i > 12) return 0;
  std::string_view body = s.substr(i + 1, semi - i - 1);
  if (body.empty()) return 0;
  if (body[0] == '#') {
    std::uint32_t cp = 0;
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (char c : digits) {
      int v;
      if (c >= '0' && c <= '9') v = c - '0';
      else if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
      else return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);
      if (cp > 0x10FFFF) return 0;
    }
    append_utf8(out, cp);
    return semi - i + 1;
  }
  auto it = named.find(body);
  if (it == named.end()) return 0;
  append_utf8(out, it->second);
  return semi - i + 1;
}

std::string decode_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&')
      if (const auto used = decode_entity(s, i, out)) {
        i += used - 1;
        continue;
      }
    out += s[i];
  }
  return out;
}

Metadata html_metadata(std::string_view html) {
  // By strength: JSON-LD, then meta and link tags, then the rest, whatever their order in
  // the page.
  Metadata ld, m, late;
  std::string site, h1, title_tag;
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    if (html.compare(i, 4, "<!--") == 0) {
      const auto e = html.find("-->", i + 4);
      if (e == std::string_view::npos) break;
      i = e;
      continue;
    }
    const auto tag = read_tag(html, i);
    if (!tag) continue;
    const std::string& n = tag->name;
    if (n == "html") {
      const std::string lang = lower_ascii(attr(*tag, "lang")).substr(0, 2);
      if (lang == "fr" || lang == "en") late.offer("lang", lang, "html lang");
    } else if (n == "meta") {
      const std::string key = lower_ascii(attr(*tag, "property").empty()
                                              ? (attr(*tag, "name").empty() ? attr(*tag, "itemprop") : attr(*tag, "name"))
                                              : attr(*tag, "property"));
      const std::string content = attr(*tag, "content");
      if (key == "og:title" || key == "twitter:title") m.offer("title", content, key);
      else if (key == "og:site_name") site = one_line(content);
      else if (key == "og:url") late.offer("url", is_url(content) ? content : "", key);
      else if (key == "article:published_time" || key == "datepublished" || key == "date" || key == "pubdate" ||
               key == "publishdate" || key == "dc.date" || key == "dc.date.issued" || key == "sailthru.date")
        if (auto d = parse_date(content)) m.offer("date", *d, key == "article:published_time" ? key : "meta " + key);
    } else if (n == "link") {
      if (lower_ascii(attr(*tag, "rel")) == "canonical" && is_url(attr(*tag, "href")))
        m.offer("url", attr(*tag, "href"), "canonical link");
    } else if (n == "time") {
      if (auto d = parse_date(attr(*tag, "datetime"))) late.offer("date", *d, "time datetime");
    } else if (n == "title" && title_tag.empty()) {
      std::size_t end = 0;
      title_tag = inner_text(html, tag->end, "</title", end);
    } else if (n == "h1" && h1.empty()) {
      std::size_t end = 0;
      h1 = inner_text(html, tag->end, "</h1", end);
    } else if (n == "script" && find_ci(attr(*tag, "type"), "ld+json") != std::string_view::npos) {
      std::size_t end = find_ci(html, "</script", tag->end);
      if (end == std::string_view::npos) break;
      const std::string_view body = html.substr(tag->end, end - tag->end);
      if (body.size() <= (1u << 20)) {
        rapidjson::Document d;
        // json::parse is iterative and bounded in depth: hostile nesting costs no stack.
        int budget = 10000;
        if (!json::parse(d, body)) json_ld(d, ld, 8, budget);
      }
      i = end;
    }
  }
  m.offer("source", site, "og:site_name");
  ld.fill_from(m);
  ld.fill_from(late);
  m = std::move(ld);
  // "Headline | Site" and "Headline - Site": the page title without the site's name.
  for (const std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    const auto at = title_tag.rfind(sep);
    if (at != std::string::npos && at > 0 && !m.source.empty() &&
        find_ci(title_tag.substr(at + sep.size()), m.source) != std::string_view::npos)
      title_tag.resize(at);
  }
  m.offer("title", title_tag, "html title");
  m.offer("title", h1, "html h1");
  return m;
}

Metadata front_matter(std::string_view text, std::size_t& length) {
  Metadata m;
  length = 0;
  std::size_t start = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  const std::string_view fence = text.substr(start, 3);
  if (fence != "---" && fence != "+++") return m;
  std::size_t i = text.find('\n', start);
  if (i == std::string_view::npos || trim(text.substr(start, i - start)) != fence) return m;
  std::vector<std::pair<std::string, std::string>> kv;
  for (++i; i < text.size();) {
    std::size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = trim(text.substr(i, nl - i));
    if (line == fence) {
      length = std::min(nl + 1, text.size());
      break;
    }
    const auto colon = line.find_first_of(fence == "+++" ? "=" : ":");
    if (colon != std::string_view::npos) {
      std::string value(trim(line.substr(colon + 1)));
      if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        value = value.substr(1, value.size() - 2);
      kv.emplace_back(lower_ascii(trim(line.substr(0, colon))), value);
    }
    i = nl + 1;
    if (kv.size() > 200) break;
  }
  if (length == 0) return m;  // not closed: not front matter
  for (const auto& [k, v] : kv) {
    const std::string where = "front matter " + k;
    if (k == "title" || k == "headline") m.offer("title", v, where);
    else if (k == "date" || k == "published" || k == "published_at" || k == "pubdate" || k == "datepublished") {
      if (auto d = parse_date(v)) m.offer("date", *d, where);
    } else if (k == "url" || k == "link" || k == "canonical" || k == "canonical_url" || k == "source_url") {
      if (is_url(v)) m.offer("url", v, where);
    } else if (k == "source" || k == "publisher" || k == "site") {
      if (is_url(v)) m.offer("url", v, where);
      else m.offer("source", v, where);
    } else if (k == "lang" || k == "language") {
      if (const std::string lang = lower_ascii(v).substr(0, 2); lang == "fr" || lang == "en") m.offer("lang", lang, where);
    }
  }
  return m;
}

Metadata text_metadata(std::string_view text) {
  Metadata m;
  std::string updated;
  bool body = false;  // once a paragraph of the body is met, no line is a title
  std::size_t line_no = 0, seen = 0;
  for (std::size_t i = 0; i < text.size() && seen < 12 && i < 4000;) {
    std::size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    ++line_no;
    std::string_view line = trim(text.substr(i, nl - i));
    i = nl + 1;
    if (line.empty()) continue;
    ++seen;
    const std::string at = "line " + std::to_string(line_no);
    std::string value;
    bool heading = false;
    if (line.front() == '#') {  // a Markdown heading
      while (!line.empty() && line.front() == '#') line.remove_prefix(1);
      line = trim(line);
      heading = true;
    }
    // "line 2 (Titre original)": where a labelled value was found, as the line says it.
    const auto label = [&](std::string_view words) { return at + " (" + std::string(trim(words)) + ")"; };
    const std::string_view before_colon = line.substr(0, line.find(':'));
    bool upd = false;
    std::string_view opener;
    if (labelled(line, {"titre original", "original title", "titre", "title"}, value)) {
      m.offer("title", value, label(before_colon));
    } else if (labelled(line, {"source", "sources", "via"}, value)) {
      m.offer(is_url(value) ? "url" : "source", value, label(before_colon));
    } else if (labelled(line, {"lien original", "original link", "lien", "link", "url"}, value)) {
      if (is_url(value)) m.offer("url", value, label(before_colon));
    } else if (labelled(line, {"date de publication", "publi\xC3\xA9 le", "date", "published"}, value)) {
      if (auto d = parse_date(value, true)) m.offer("date", *d, label(before_colon));
    } else if (date_line(line, value, upd, opener)) {
      if (!upd) m.offer("date", value, label(opener));
      else if (updated.empty()) updated = value;
    } else if (line.size() <= 40 && parse_date(line, true)) {
      m.offer("date", *parse_date(line, true), at);
    } else if (body) {
      // past the first paragraph a line decides nothing more (a byline or a notice, which
      // searches the whole line for its phrases, is not looked for)
    } else if (is_byline(line) || is_notice(line)) {
      // not a title, not the body
    } else if (heading || reads_like_title(line)) {
      m.offer("title", std::string(line), at);
      body = true;
    } else {
      body = true;
    }
  }
  if (!updated.empty()) m.offer("date", updated, "updated date");
  return m;
}

}  // namespace kg::extract::detail
