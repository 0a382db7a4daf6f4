// The look of a map, in tables: one row per entity type, and per predicate the look of its
// style key (kSchema, model.hpp) with the schema's label.
// Colours are the Okabe-Ito palette (colour-blind safe) as light fills for nodes, so black
// labels stay readable, and full strength for edges; shape and line style carry the same
// information a second time for greyscale prints.
#pragma once

#include <string_view>

#include "kg/model.hpp"

namespace kg::render {

struct TypeStyle {
  EntityType type;
  std::string_view shape;
  std::string_view style;  // Graphviz node style ("filled", "filled,rounded"...)
  std::string_view fill;
  std::string_view border;
  std::string_view legend;  // legend text
};

struct PredicateStyle {
  Predicate predicate;
  std::string_view color;
  std::string_view style;  // solid, dashed, dotted, bold
  std::string_view label;  // edge label
  bool undirected;         // drawn without arrowhead (symmetric facts)
};

const TypeStyle& style_of(EntityType t);
const PredicateStyle& style_of(Predicate p);

// Facts no article states, drawn only when asked for (the lexicon's knowledge): grey and
// dashed whatever their predicate, "(lexicon)" after their label.
inline constexpr std::string_view kLexiconColor = "#999999";
inline constexpr std::string_view kLexiconStyle = "dashed";
inline constexpr std::string_view kLexiconLegend = "from the lexicon, stated by no article";

// Highlighted path/focus and the colours of text and dimmed edges.
inline constexpr std::string_view kHighlightColor = "#000000";
inline constexpr std::string_view kFontName = "DejaVu Sans";

}  // namespace kg::render
