// Names in no lexicon: runs of capitalised tokens that may name a person, a company or an
// organisation, and the type their own shape gives them: a company suffix ("Sakana AI"),
// an organisation head word ("Lux Capital", "Université Paris-Saclay"), a given name
// ("Gabriel Hubert") or a family name written first ("Chey Tae-won"). The words are word
// classes of the rule files (extract/rules/README.md, "Names in no lexicon").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "kg/model.hpp"
#include "text_units.hpp"

namespace kg::extract::detail {

struct NameSpan {
  std::size_t tb = 0, te = 0;              // token range
  EntityType type = EntityType::Unknown;  // what its shape says; Unknown: nothing
};

// Whether a token's key holds a digit ("2", "NX9031", "910C", "5Y").
bool has_digit(const std::string& key);

// What the tokens toks[tb, te) say of their type by themselves (Person, Company,
// Organization or Unknown).
EntityType shape_of(const std::vector<Token>& toks, std::size_t tb, std::size_t te);

// Whether toks[tb, te) could be a person's name: two or three capitalised words of letters
// (with particles between them: "Jon von Tetzchner").
bool person_like(const std::vector<Token>& toks, std::size_t tb, std::size_t te);

// Whether a name with no shape reads as a person's when nothing else types it: person_like,
// with no word in capitals only ("Xerox PARC", "UC News") and no release word last
// ("MacBook Pro", "STLA Small"); `text` is the document the tokens point into.
bool open_person_like(const std::vector<Token>& toks, std::size_t tb, std::size_t te, std::string_view text);

// Whether toks[tb, te) is a title-case line (a headline): most words of three letters or
// more capitalised. Its capitals say nothing of names.
bool title_case(const std::vector<Token>& toks, std::size_t tb, std::size_t te);

// Whether toks[tb, te) is a headline: a title-case line with no final stop, or with a word
// of `headline_cues` capitalised after its first word ("Nvidia Just Funded the Startup
// Building Its Replacement."); a title-case sentence full of names ends with a stop and
// capitalises none ("Sequoia, Lightspeed and Index Ventures invested.").
bool headline(const std::vector<Token>& toks, std::size_t tb, std::size_t te);

// Whether a word is a capitalised compound that ends in a lower-case word ("EV-maker",
// "AI-powered"): a description, no name.
bool described_compound(std::string_view word);

// Whether a word is written with a capital after a small letter ("SiFive", "OpenAI",
// "iPhone"): a name wherever it stands, the opening of a sentence included.
bool camel_case(std::string_view word);

// Capitalised runs of the sentence toks[tb, te) that no mention covers (`taken[i]` is
// non-zero for a token inside a mention). In a title-case line (a headline) only runs with
// a shape count; a run with no shape that opens a sentence counts only if its first word
// is also capitalised inside a sentence somewhere (`doc_inner`) or is written in camel case
// (`text` is the document the tokens point into).
std::vector<NameSpan> name_spans(const std::vector<Token>& toks, std::size_t tb, std::size_t te, std::string_view text,
                                 const std::vector<std::uint8_t>& taken,
                                 const std::unordered_set<std::string_view>& doc_inner);

}  // namespace kg::extract::detail
