// The stages that only look at characters: tokens, folded keys, boilerplate, sentences.
#pragma once

#include <bitset>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "kg/extract/extractor.hpp"

namespace kg::extract::detail {

enum class TokKind : std::uint8_t { Word, Punct };

struct Token {
  std::uint32_t start = 0, end = 0;  // byte span in the document text
  TokKind kind = TokKind::Word;
  bool upper = false;      // first letter is upper case
  bool all_lower = false;  // no upper-case letter at all
  std::string key;         // folded form: case, accents, apostrophes (’ -> ')
  std::uint32_t vid = 0;   // id of `key` in the extractor's vocabulary (0 = not in it)
  std::uint32_t pnode = 0; // node of PrefixSet where the key's rule prefixes end (0 = none)
  std::uint64_t flags = 0; // WordTable flags of `key` (word classes of the rules)
};

// Key equality that compares lengths first (std::string == string_view calls compare()).
inline bool key_is(const std::string& k, std::string_view v) {
  return k.size() == v.size() && std::memcmp(k.data(), v.data(), v.size()) == 0;
}

// A currency sign as a token of its own ("$", "€", "£", "¥"): "HK$", "$1.375B".
inline bool is_currency(const std::string& k) {
  return k == "$" || k == "\xE2\x82\xAC" || k == "\xC2\xA3" || k == "\xC2\xA5";
}

// An en or em dash, which sets off an aside ("Qiming – an early investor in A – joined").
inline bool is_dash(const std::string& k) { return key_is(k, "\xE2\x80\x93") || key_is(k, "\xE2\x80\x94"); }

// The English possessive, a token of its own ("OpenAI's" -> "openai", "'s").
inline constexpr std::string_view kPossessive = "'s";

struct BoilerplateRules {
  std::vector<std::string> line_cues;  // folded substrings that mark a boilerplate line
  std::vector<std::string> widgets;    // a short line that is one of them (or glued ones): "reply", "j'aime"
  std::vector<std::string> widget_prefixes;  // a short line that starts with one: "voir l'original"
  std::vector<std::string> comment_stamps;   // a reader comment's age: "il y a" 3 h, 5 hours "ago"
  std::vector<std::string> article_stamps;   // a stamp line opened by one dates the article, no comment: "Updated 56 minutes ago"
};

// What the character-level stages know of the languages (the rule files' "elisions",
// "abbreviations", "boilerplate", "boilerplate_widgets", "comment_stamps", "article_stamps").
struct TextRules {
  std::unordered_set<std::string> elisions;       // "l", "qu": "l'", "qu'" are tokens of their own
  std::unordered_set<std::string> abbreviations;  // "m", "dr": a dot right after one ends no sentence
  std::unordered_set<std::string> hyphen_suffixes;  // "-based": "Tokyo-based" is "Tokyo" "-based"
  std::unordered_set<std::string> hyphen_prefixes;  // "ex-": "ex-OpenAI" is "ex" "OpenAI" (before a capital)
  std::unordered_set<std::string> ampersand_words;  // "and", "et": "Bill and Melinda Gates Foundation" is "Bill & ..."
  BoilerplateRules boilerplate;
};

// Tokens of text[b, e). Elisions ("d'", "l'"), the English possessive ("'s"), hyphen
// suffixes ("-based") and hyphen prefixes before a capital ("ex-OpenAI") are tokens of their own; other hyphens, inner dots and digit commas
// stay inside words.
void tokenize(std::string_view text, std::size_t b, std::size_t e, const TextRules& rules, std::vector<Token>& out);

// The folded key of one word (fast path for ASCII).
std::string fold(std::string_view s);
void fold_into(std::string_view s, std::string& out);  // the same, into `out` (reusing it)
// name_key for Latin text without a Unicode library; false if `s` needs name_key.
bool fast_fold(std::string_view s, std::string& out);
// text::name_key (the key of a name or alias), without the Unicode library for Latin text.
std::string quick_key(std::string_view s);

// ---- boilerplate and sentences ------------------------------------------------------------
// Boilerplate is dropped by block (a line: reader comments and their widgets, tickers, a
// link alone, links to other pages under a heading, a repeated paragraph, a teaser that
// the line then repeats) and by sentence (one holding a `boilerplate` phrase), never a
// whole document at once; what goes is said in `dropped` (if given), with its reason.
struct Span {
  std::size_t start = 0, end = 0;
};
// The kept blocks of a document, as spans into the text.
std::vector<Span> content_blocks(std::string_view text, const BoilerplateRules& rules,
                                 std::vector<Dropped>* dropped = nullptr);

// Sentences of toks[b, e) (one block's tokens), appended to `out` as absolute
// [first token, last token + 1) index ranges.
void split_sentences(const std::vector<Token>& toks, std::size_t b, std::size_t e, const TextRules& rules,
                     std::vector<std::pair<std::size_t, std::size_t>>& out);

// The boilerplate phrases of the rule files, looked for in folded text.
class CueFinder {
 public:
  explicit CueFinder(const std::vector<std::string>& cues);
  // The first phrase that occurs in `key` (folded text), or nullptr.
  const std::string* find(std::string_view key) const;

 private:
  const std::vector<std::string>& cues_;
  // A phrase of 4 bytes or more occurs at i only if the filter holds the hash of its first
  // 4 bytes there: one pass over the text, then a comparison at those places only.
  std::bitset<4096> grams_;
  std::vector<std::pair<std::size_t, const std::string*>> firsts_;  // (gram of its head, phrase)
  bool short_cue_ = false;
};

// The whole first stage of a document: its kept blocks tokenized (appended to `toks`) and
// split into sentences, minus the sentences that hold a boilerplate phrase.
void kept_sentences(std::string_view text, const TextRules& rules, std::vector<Token>& toks,
                    std::vector<std::pair<std::size_t, std::size_t>>& sents, std::vector<Dropped>* dropped);

}  // namespace kg::extract::detail
