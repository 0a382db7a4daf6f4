#include "style.hpp"

#include <array>
#include <string>
#include <utility>

#include "kg/render/render.hpp"

namespace kg::render {
namespace {

// Okabe-Ito: orange E69F00, sky blue 56B4E9, bluish green 009E73, yellow F0E442,
// blue 0072B2, vermillion D55E00, reddish purple CC79A7; fills are ~40% tints.
constexpr std::array<TypeStyle, 9> kTypeStyles{{
    {EntityType::Person, "ellipse", "filled", "#F5D89E", "#B07800", "person"},
    {EntityType::Company, "box", "filled,rounded", "#ABD8F4", "#2B7DB0", "company"},
    {EntityType::Organization, "box", "filled", "#E9C3D9", "#A0507E", "organization"},
    {EntityType::Country, "hexagon", "filled", "#DDDDDD", "#666666", "country"},
    {EntityType::Model, "octagon", "filled", "#8FD4BC", "#00785A", "model"},
    {EntityType::Product, "tab", "filled", "#F7F2A8", "#9A8F00", "product"},
    {EntityType::Chip, "box3d", "filled", "#93BFE3", "#00558A", "chip"},
    {EntityType::Event, "cds", "filled", "#F2B793", "#A34600", "event"},
    {EntityType::Unknown, "ellipse", "dashed", "#FFFFFF", "#666666", "other"},
}};

// Edge looks by the schema's style key (kSchema's last column): colours pair related
// predicates, the line tells them apart.
struct EdgeLook {
  std::string_view key, color, line;  // line: solid, dashed, dotted, bold
};
constexpr std::array<EdgeLook, 14> kEdgeLooks{{
    {"product", "#0072B2", "solid"},
    {"product-offer", "#0072B2", "dashed"},
    {"job", "#E69F00", "solid"},
    {"job-past", "#E69F00", "dashed"},
    {"founding", "#D55E00", "bold"},
    {"leadership", "#D55E00", "solid"},
    {"place", "#999999", "dotted"},
    {"restriction", "#CC79A7", "bold"},
    {"rivalry", "#CC79A7", "dashed"},
    {"usage", "#009E73", "solid"},
    {"investment", "#009E73", "dashed"},
    {"structure", "#555555", "solid"},
    {"listing", "#555555", "dashed"},
    {"event", "#56B4E9", "solid"},
}};

constexpr const EdgeLook* look_of(std::string_view key) {
  for (const auto& l : kEdgeLooks)
    if (l.key == key) return &l;
  return nullptr;
}
constexpr bool every_style_key_drawn() {
  for (const auto& row : kSchema)
    if (!look_of(row.style)) return false;
  return true;
}
static_assert(every_style_key_drawn(), "kSchema names a style key that kEdgeLooks has no row for");

// One style per predicate, in schema order, derived at compile time: the look by the
// style key, the label from the schema, symmetric facts drawn without arrowhead.
template <std::size_t... I>
constexpr std::array<PredicateStyle, sizeof...(I)> predicate_styles(std::index_sequence<I...>) {
  return {{PredicateStyle{kSchema[I].predicate, look_of(kSchema[I].style)->color, look_of(kSchema[I].style)->line,
                          kSchema[I].label, kSchema[I].symmetric}...}};
}
constexpr auto kPredicateStyles = predicate_styles(std::make_index_sequence<kPredicateCount>{});

}  // namespace

const TypeStyle& style_of(EntityType t) {
  for (const auto& s : kTypeStyles)
    if (s.type == t) return s;
  return kTypeStyles.back();
}

const PredicateStyle& style_of(Predicate p) { return kPredicateStyles[static_cast<std::size_t>(p)]; }

std::string predicate_label(Predicate p, bool from_lexicon) {
  return std::string(style_of(p).label) + (from_lexicon ? " (lexicon)" : "");
}

}  // namespace kg::render
