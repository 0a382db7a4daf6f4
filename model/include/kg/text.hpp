// Text helpers every stage needs: UTF-8 checks, the name key that makes names forgiving
// (case, accents, apostrophes, spaces), edit distance for suggestions, and escaping for
// every place untrusted article text lands in.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::text {

// Byte offset of the first invalid UTF-8 sequence, or nullopt when the text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

// Appends the UTF-8 encoding of code point `cp`; a surrogate or a value past U+10FFFF is
// written as U+FFFD.
void append_utf8(std::string& out, std::uint32_t cp);

// The number of '\n' bytes in `s` (memchr from one to the next: std::count compared each
// byte, 0.4 s of CPU over a 1.5 GB triple file, memchr 0.05 s).
std::size_t count_newlines(std::string_view s);

// True when the bytes look like a binary file (NUL bytes or many control characters).
bool looks_binary(std::string_view s);

// The comparison key of a name, identical to shared/gold/score.py's norm():
// ’ ‘ ʼ -> ', NFKD, combining marks dropped, case folded, whitespace collapsed and trimmed.
// "États-Unis" -> "etats-unis", "DeepSeek" -> "deepseek".
std::string name_key(std::string_view s);

// Levenshtein distance over Unicode code points; stops early and returns limit + 1
// once the distance is known to exceed limit.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit = 1000);

// Up to max_results candidates closest to `query` (by name_key and edit distance, then by
// prefix/substring), best first, ties broken by name; empty when none is close.
std::vector<std::string> suggest(std::string_view query, const std::vector<std::string>& candidates,
                                 std::size_t max_results = 3);

// Text that every output format can carry and a reader displays: C0 controls (but tab,
// newline and carriage return), DEL, C1 controls (U+0080-U+009F) and the noncharacters
// U+FFFE and U+FFFF (not XML characters at all) removed. Valid UTF-8 in, valid UTF-8 out.
std::string displayable(std::string_view s);

// Escaping for each sink. All of them accept any UTF-8 and never let the text change
// the structure of the output.
std::string escape_json(std::string_view s);      // body of a JSON string, no quotes
std::string escape_xml(std::string_view s);       // text or attribute value in XML/HTML/SVG
std::string escape_dot(std::string_view s);       // body of a double-quoted DOT string
std::string escape_markdown(std::string_view s);  // inline Markdown (tables included)
// Percent-encodes every byte but RFC 3986's unreserved characters (A-Z a-z 0-9 - . _ ~):
// any text becomes one safe URL path segment or query value.
std::string url_encode(std::string_view s);

// "Lin Junyang" -> "lin-junyang"; ASCII [a-z0-9-] only, accents stripped; stable ids.
std::string slug(std::string_view s);
// The same from the name's key (name_key(s)), for callers that have it.
std::string slug_of_key(std::string_view key);

// Truncates to at most max_bytes without cutting a UTF-8 sequence; appends "…" if cut.
std::string ellipsize(std::string_view s, std::size_t max_bytes);

// An ISO calendar date or a prefix of one: "2025", "2025-06", "2025-06-30" (month 01-12,
// day valid for the month, leap years included). The forms --as-of and --since take.
bool is_iso_date(std::string_view s);

// A document or evidence date as articles give it: an ISO date (prefix) as above, or an
// ISO date-time ("2025-06-30T08:00:00Z", "2025-06-30 08:00") cut to its day; nullopt for
// anything else ("garbage", "2024-02-30", "99999-01-01"), which callers report, never store.
std::optional<std::string> article_date(std::string_view s);

// The time slice that --as-of, --since and --undated select: one rule for every command.
// Evidence dated within [since, as_of] is in (ISO dates compare as text; as_of may be a
// prefix: "2025-06" = to the end of June). Undated evidence cannot be placed in time: when
// a bound is given it is left out, unless include_undated; with no bound everything is in.
struct DateRange {
  std::string as_of, since;
  bool include_undated = false;

  bool bounded() const { return !as_of.empty() || !since.empty(); }
  bool contains(std::string_view date) const;
  // Each bound empty or an ISO date (prefix), and since not after as_of. UsageError (exit 2)
  // naming the option otherwise.
  void check() const;
  // In words, for reports: "evidence dated up to 2025-06 (undated evidence left out)";
  // empty when unbounded.
  std::string describe() const;
};

// "fr" or "en" from the function words of the first 20 KB of a text, or "" when it is too
// short or neither language clearly dominates. For documents that do not say their language.
std::string guess_language(std::string_view text);

}  // namespace kg::text
