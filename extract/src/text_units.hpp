// The stages that only look at characters: tokens, folded keys, boilerplate, sentences.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

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
  std::uint32_t flags = 0; // WordTable flags of `key` (word classes of the rules)
};

// Key equality that compares lengths first (std::string == string_view calls compare()).
inline bool key_is(const std::string& k, std::string_view v) {
  return k.size() == v.size() && std::memcmp(k.data(), v.data(), v.size()) == 0;
}

// The English possessive, a token of its own ("OpenAI's" -> "openai", "'s").
inline constexpr std::string_view kPossessive = "'s";

struct BoilerplateRules {
  std::vector<std::string> line_cues;  // folded substrings that mark a boilerplate line
  std::vector<std::string> widgets;    // a short line that is one of them (or glued ones): "reply", "j'aime"
  std::vector<std::string> widget_prefixes;  // a short line that starts with one: "voir l'original"
  std::vector<std::string> comment_stamps;   // a reader comment's age: "il y a" 3 h, 5 hours "ago"
};

// What the character-level stages know of the languages (the rule files' "elisions",
// "abbreviations", "boilerplate", "boilerplate_widgets", "comment_stamps").
struct TextRules {
  std::unordered_set<std::string> elisions;       // "l", "qu": "l'", "qu'" are tokens of their own
  std::unordered_set<std::string> abbreviations;  // "m", "dr": a dot right after one ends no sentence
  BoilerplateRules boilerplate;
};

// Tokens of text[b, e). Elisions ("d'", "l'") and the English possessive ("'s") are
// tokens of their own; hyphens, inner dots and digit commas stay inside words.
void tokenize(std::string_view text, std::size_t b, std::size_t e, const TextRules& rules, std::vector<Token>& out);

// The folded key of one word (fast path for ASCII).
std::string fold(std::string_view s);
void fold_into(std::string_view s, std::string& out);  // the same, into `out` (reusing it)
// name_key for Latin text without a Unicode library; false if `s` needs name_key.
bool fast_fold(std::string_view s, std::string& out);
// text::name_key (the key of a name or alias), without the Unicode library for Latin text.
std::string quick_key(std::string_view s);

// ---- boilerplate and sentences ------------------------------------------------------------
struct Span {
  std::size_t start = 0, end = 0;
};
// Kept lines of a document (boilerplate dropped), as spans into the text.
std::vector<Span> content_lines(std::string_view text, const BoilerplateRules& rules);

// Sentences of toks[b, e) (one line's tokens), appended to `out` as absolute
// [first token, last token + 1) index ranges.
void split_sentences(const std::vector<Token>& toks, std::size_t b, std::size_t e, const TextRules& rules,
                     std::vector<std::pair<std::size_t, std::size_t>>& out);

}  // namespace kg::extract::detail
