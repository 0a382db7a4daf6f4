// Internals of kg::extract shared by its stages and its unit tests. Not installed.
// One header per stage; this one gathers those of the loading stages.
//   text_units.hpp  tokens, folded keys, boilerplate, sentences
//   lexicon.hpp     lexicon files, the token trie of names
//   rules.hpp       rule files: patterns, word classes, blockers, descriptions
//   rule_index.hpp  vocabulary ids, word-class flags and anchors of the rules
// and, per document: items.hpp (items, the document's entities), matcher.hpp,
// mentions.hpp, coref.hpp, emit.hpp, relations.hpp.
#pragma once

#include "lexicon.hpp"
#include "rule_index.hpp"
#include "rules.hpp"
#include "text_units.hpp"
