// Lists of names in a sentence ("NVentures, Nvidia's venture arm, Macquarie Capital and
// 1789 Capital"), for the mechanisms that read a list by the cue before it and the words
// of its names rather than by a phrasing of their own (relations.hpp: investor lists,
// rival lists).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "items.hpp"
#include "rule_index.hpp"

namespace kg::extract::detail {

// What makes a member and what the scan notes of each list.
struct ListSpec {
  std::uint32_t member_types = 0;  // type bits (type_bit) a member fits
  int exclude = -1;                // an entity that is no member and ends a list (the deal company)
  std::uint64_t mark_words = 0;    // a word of a member's name with one of these flags marks it ("Ventures")
  std::uint64_t cue_words = 0;     // a word with one of these up to four words before the list (seven after a descriptor) introduces it
  std::uint64_t cancel_words = 0;  // ... unless one of these comes between ("an investor in A")
  bool cued_brackets = false;      // a bracketed aside with a cue word is read as part of the sentence
  bool bare_comma_clause = false;  // lower-case words after a comma that follows no name are the sentence's clause, no apposition
};

struct NameList {
  std::vector<int> members;     // entities, in text order, each once
  int marked = 0;               // members whose name holds a mark word
  bool introduced = false;      // a cue word comes right before the list
  bool opened_in_aside = false; // its first member follows a cue inside an apposition ("X, qui comprend des investissements de A")
  std::size_t first_item = 0;   // the item of its first member
  std::size_t last_item = 0;    // the item of its last member
  std::size_t span_a = 0, span_b = 0;  // byte span from its first member to its last
};

// The lists of `items`: names joined by commas, dashes, conjunctions, coordination
// determiners and a descriptor right before its name. Lower-case words after a comma are an
// apposition the next comma closes ("NVentures, Nvidia's venture arm, Macquarie Capital");
// a name inside one is no member unless a preposition or cue opens it ("with Mayfield"),
// and the names listed after an apposition holding a cancel word are its own ("Qiming – an
// early investor in ByteDance, Xiaomi and Meituan –"). An owner before "'s", a person and a
// country are no member and end no list; an aside in brackets is skipped; a name of another
// type, or `exclude`, ends the list; any other word ends it too.
std::vector<NameList> name_lists(const std::vector<Item>& items, const std::vector<Token>& toks,
                                 const DocEntities& ents, const RuleIndex& index, const ListSpec& spec);

}  // namespace kg::extract::detail
