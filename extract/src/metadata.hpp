// Metadata an article carries about itself: title, date, URL and source, from its HTML head
// (title, Open Graph, article:published_time, <time datetime>, canonical link, JSON-LD
// NewsArticle), from a front-matter block, or from labelled lines of its text ("Source :",
// "Publié le 3 mars 2025", "Published March 3, 2025", "Titre original :"). Each value
// remembers where it was found. Bylines, "Source :" lines, dates, link lists and
// republishing notices are never taken for a title.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace kg::extract::detail {

struct Metadata {
  std::string title, date, url, source, lang;
  std::map<std::string, std::string> from;  // field -> where it was found

  // Sets `field` unless it already has a value (callers go from the best source down).
  void offer(const char* field, std::string value, const std::string& where);
  // Takes the fields `other` has and this has not.
  void fill_from(const Metadata& other);
};

// The head of an HTML page (everything, in fact: some pages put JSON-LD in the body).
Metadata html_metadata(std::string_view html);

// A front-matter block opening a text ("---" or "+++" lines around "key: value" lines):
// its values, and its length in bytes (0 when there is none).
Metadata front_matter(std::string_view text, std::size_t& length);

// Labelled lines and the first line that reads like a title, in the head of a text.
Metadata text_metadata(std::string_view text);

// A date as articles write it, as an ISO day: "2025-03-03", "2025-03-03T10:00:00+01:00",
// "3 mars 2025", "1er mars 2025 à 10h", "lundi 3 mars 2025", "March 3, 2025", "3 March 2025",
// "Mar. 3, 2025", "03/03/2025" (day first when `day_first`, else only when unambiguous).
// nullopt when there is no such date in `s`.
std::optional<std::string> parse_date(std::string_view s, bool day_first = false);

// Where `needle` first occurs in `hay` at or after `from`, ASCII case ignored; npos if not.
std::size_t find_ci(std::string_view hay, std::string_view needle, std::size_t from = 0);

// HTML character references: one at s[i] == '&' appended to out, returns the bytes used
// (0 when it is not one); and a whole string decoded.
std::size_t decode_entity(std::string_view s, std::size_t i, std::string& out);
std::string decode_entities(std::string_view s);

}  // namespace kg::extract::detail
