#include "style.hpp"

#include <array>
#include <string>

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

constexpr std::array<PredicateStyle, 14> kPredicateStyles{{
    {Predicate::develops, "#0072B2", "solid", "develops", false},
    {Predicate::works_at, "#E69F00", "solid", "works at", false},
    {Predicate::worked_at, "#E69F00", "dashed", "worked at", false},
    {Predicate::founded, "#D55E00", "bold", "founded", false},
    {Predicate::leads, "#D55E00", "solid", "leads", false},
    {Predicate::based_in, "#999999", "dotted", "based in", false},
    {Predicate::restricts, "#CC79A7", "bold", "restricts", false},
    {Predicate::competes_with, "#CC79A7", "dashed", "competes with", true},
    {Predicate::offers, "#0072B2", "dashed", "offers", false},
    {Predicate::uses, "#009E73", "solid", "uses", false},
    {Predicate::part_of, "#555555", "solid", "part of", false},
    {Predicate::listed_on, "#555555", "dashed", "listed on", false},
    {Predicate::organizes, "#56B4E9", "solid", "organizes", false},
    {Predicate::invests_in, "#009E73", "dashed", "invests in", false},
}};

}  // namespace

const TypeStyle& style_of(EntityType t) {
  for (const auto& s : kTypeStyles)
    if (s.type == t) return s;
  return kTypeStyles.back();
}

const PredicateStyle& style_of(Predicate p) {
  for (const auto& s : kPredicateStyles)
    if (s.predicate == p) return s;
  return kPredicateStyles.front();
}

std::string predicate_label(Predicate p, bool from_lexicon) {
  return std::string(style_of(p).label) + (from_lexicon ? " (lexicon)" : "");
}

}  // namespace kg::render
