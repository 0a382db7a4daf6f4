// The value types that flow one way through kg: extract emits Triples, graph stores
// them, render draws a GraphView (graph_view.hpp). Nothing here knows Boost or Graphviz.
//
// Offsets are byte offsets into the document's original text, half-open [start, end),
// so an Evidence can always be cut back out of the file it came from.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <utility>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace kg {

// The entity types of the schema (shared/gold/SCHEMA.md). Order is the legend order.
enum class EntityType { Person, Company, Organization, Country, Model, Product, Chip, Event, Unknown };

inline constexpr EntityType kEntityTypes[] = {
    EntityType::Person, EntityType::Company, EntityType::Organization, EntityType::Country,
    EntityType::Model,  EntityType::Product, EntityType::Chip,         EntityType::Event};

std::string_view to_string(EntityType t);
// Case-insensitive; nullopt for an unknown name.
std::optional<EntityType> parse_entity_type(std::string_view s);

// The 14 predicates of the schema, numbered as the rows of kSchema below.
enum class Predicate {
  develops, works_at, worked_at, founded, leads, based_in, restricts,
  competes_with, offers, uses, part_of, listed_on, organizes, invests_in
};

// A set of entity types, one bit per EntityType.
using TypeSet = std::uint16_t;
constexpr TypeSet types(std::initializer_list<EntityType> ts) {
  TypeSet m = 0;
  for (EntityType t : ts) m = static_cast<TypeSet>(m | (1u << static_cast<unsigned>(t)));
  return m;
}
constexpr bool has(TypeSet m, EntityType t) { return (m >> static_cast<unsigned>(t)) & 1u; }

// One predicate of the schema: its name (in every file format), whether (A, p, B) is the
// same fact as (B, p, A), which entity types may be its subject and its object, the words
// maps and reports write for it, and its style key: the row of render's edge style table
// (colour and line) it is drawn with. Predicates may share a style key.
struct PredicateSchema {
  Predicate predicate;
  std::string_view name;
  bool symmetric;
  TypeSet subjects, objects;
  std::string_view label;  // "works at"
  std::string_view style;  // render/src/style.cpp, kEdgeLooks
};

// THE SCHEMA (shared/gold/SCHEMA.md): the one table the enum's numbering, the names, the
// type check (type_allowed), symmetry, the predicate byte of .kgb files, the labels and the
// map styles (render's style table, by style key) all come from.
// APPEND-ONLY: a row's position is the number binary graph files store and the name is
// what every other format stores, so rows are never reordered, renamed or removed (labels
// and style keys are stored nowhere and may change). A new predicate is a new last row
// (and enum value), its rules in the rule files and its tests; a new style key also needs
// a row in render's style table (a static_assert there says so).
namespace schema_types {
inline constexpr TypeSet kOrg = types({EntityType::Company, EntityType::Organization});
}  // namespace schema_types
inline constexpr PredicateSchema kSchema[] = {
    // predicate            name             symmetric  subjects                                  objects  label  style
    {Predicate::develops,      "develops",      false, schema_types::kOrg,                           types({EntityType::Model, EntityType::Product, EntityType::Chip}), "develops", "product"},
    {Predicate::works_at,      "works_at",      false, types({EntityType::Person}),                     schema_types::kOrg, "works at", "job"},
    {Predicate::worked_at,     "worked_at",     false, types({EntityType::Person}),                     schema_types::kOrg, "worked at", "job-past"},
    {Predicate::founded,       "founded",       false, types({EntityType::Person}),                     schema_types::kOrg, "founded", "founding"},
    {Predicate::leads,         "leads",         false, types({EntityType::Person}),                     types({EntityType::Company, EntityType::Organization, EntityType::Model, EntityType::Product}), "leads", "leadership"},
    {Predicate::based_in,      "based_in",      false, types({EntityType::Company, EntityType::Organization, EntityType::Person}), types({EntityType::Country}), "based in", "place"},
    {Predicate::restricts,     "restricts",     false, types({EntityType::Country, EntityType::Organization}), types({EntityType::Chip, EntityType::Company, EntityType::Product, EntityType::Country}), "restricts", "restriction"},
    {Predicate::competes_with, "competes_with", true,  types({EntityType::Model, EntityType::Company, EntityType::Product}), types({EntityType::Model, EntityType::Company, EntityType::Product}), "competes with", "rivalry"},
    {Predicate::offers,        "offers",        false, types({EntityType::Company}),                    types({EntityType::Model, EntityType::Product}), "offers", "product-offer"},
    {Predicate::uses,          "uses",          false, types({EntityType::Company, EntityType::Organization, EntityType::Country}), types({EntityType::Model, EntityType::Chip, EntityType::Product}), "uses", "usage"},
    {Predicate::part_of,       "part_of",       false, schema_types::kOrg,                           schema_types::kOrg, "part of", "structure"},
    {Predicate::listed_on,     "listed_on",     false, types({EntityType::Company}),                    types({EntityType::Organization}), "listed on", "listing"},
    {Predicate::organizes,     "organizes",     false, schema_types::kOrg,                           types({EntityType::Event}), "organizes", "event"},
    {Predicate::invests_in,    "invests_in",    false, types({EntityType::Company, EntityType::Organization, EntityType::Country}), schema_types::kOrg, "invests in", "investment"},
};
inline constexpr std::size_t kPredicateCount = std::size(kSchema);

namespace detail {
constexpr bool schema_well_formed() {
  for (std::size_t i = 0; i < kPredicateCount; ++i) {
    if (static_cast<std::size_t>(kSchema[i].predicate) != i) return false;  // row i is enum value i
    if (kSchema[i].name.empty() || kSchema[i].subjects == 0 || kSchema[i].objects == 0) return false;
    if (kSchema[i].label.empty() || kSchema[i].style.empty()) return false;
    if (kSchema[i].symmetric && kSchema[i].subjects != kSchema[i].objects) return false;
    for (std::size_t j = 0; j < i; ++j)
      if (kSchema[i].name == kSchema[j].name) return false;
  }
  return true;
}
template <std::size_t... I>
constexpr std::array<Predicate, sizeof...(I)> predicates_of(std::index_sequence<I...>) {
  return {kSchema[I].predicate...};
}
}  // namespace detail
static_assert(detail::schema_well_formed(),
              "kSchema: row i must be Predicate value i, names unique, types, label and style key given");
static_assert(kPredicateCount == static_cast<std::size_t>(Predicate::invests_in) + 1,
              "kSchema: one row per Predicate (append new ones at the end of both)");
// .kgb stores a predicate as one byte (its row): room for 256.
static_assert(kPredicateCount <= 256);

// Every predicate, in schema order.
inline constexpr auto kPredicates = detail::predicates_of(std::make_index_sequence<kPredicateCount>{});

constexpr const PredicateSchema& schema(Predicate p) { return kSchema[static_cast<std::size_t>(p)]; }

std::string_view to_string(Predicate p);
// Accepts "works_at", "works-at", "worksAt"; nullopt for an unknown name.
std::optional<Predicate> parse_predicate(std::string_view s);

// Lists of names as users give them (command-line options, query strings): UsageError
// (exit 2) naming the first unknown one and listing the known names.
std::vector<Predicate> parse_predicates(const std::vector<std::string>& names);
std::vector<EntityType> parse_entity_types(const std::vector<std::string>& names);
// competes_with: (A, p, B) is the same fact as (B, p, A).
constexpr bool is_symmetric(Predicate p) { return schema(p).symmetric; }
// The schema's domain -> range check.
constexpr bool type_allowed(Predicate p, EntityType subject, EntityType object) {
  return has(schema(p).subjects, subject) && has(schema(p).objects, object);
}

struct Entity {
  std::string name;  // canonical display name ("Alibaba", "United States")
  EntityType type = EntityType::Unknown;

  friend bool operator==(const Entity& a, const Entity& b) {
    return a.name == b.name && a.type == b.type;
  }
  friend bool operator<(const Entity& a, const Entity& b) {
    return std::tie(a.name, a.type) < std::tie(b.name, b.type);
  }
};

struct Evidence {
  std::string doc;       // document name as given by the reader (file name, or JSONL id)
  std::string sentence;  // the sentence, verbatim from the document
  std::size_t start = 0; // byte span of the sentence in the document text, half-open
  std::size_t end = 0;
  std::string date;      // document date, ISO "YYYY-MM-DD", empty when unknown
  // The relation comes from the lexicon (a model's maker, the country a name contains); the
  // sentence only names the entity. Not part of the identity of a piece of evidence: the
  // same sentence that also states the fact is article evidence.
  bool lexicon = false;

  friend bool operator==(const Evidence& a, const Evidence& b) {
    return std::tie(a.doc, a.start, a.end, a.sentence, a.date) ==
           std::tie(b.doc, b.start, b.end, b.sentence, b.date);
  }
  friend bool operator<(const Evidence& a, const Evidence& b) {
    return std::tie(a.doc, a.start, a.end, a.sentence, a.date) <
           std::tie(b.doc, b.start, b.end, b.sentence, b.date);
  }
};

// Rules whose id starts with "lexicon." take the relation from the lexicon, not the text
// (lexicon.maker, lexicon.name_country: the sentence names one entity); but
// lexicon.maker_named, whose sentence names both and asserts it, is the article's.
bool is_lexicon_rule(std::string_view rule);

struct Triple {
  Entity subject;
  Predicate predicate = Predicate::develops;
  Entity object;
  double confidence = 0.0;  // in (0, 1]
  Evidence evidence;
  std::string rule;  // id of the rule that produced it (for --explain); may be empty

  friend bool operator==(const Triple& a, const Triple& b) {
    return std::tie(a.subject, a.predicate, a.object, a.evidence) ==
           std::tie(b.subject, b.predicate, b.object, b.evidence);
  }
  friend bool operator<(const Triple& a, const Triple& b) {
    return std::tie(a.subject, a.predicate, a.object, a.evidence) <
           std::tie(b.subject, b.predicate, b.object, b.evidence);
  }
};

// The confidence of a fact from its evidence: the one formula every output uses. Each piece
// of evidence names its document and its story (the document itself, or the first of the
// near-duplicate copies it belongs to: DocumentInfo::copy_of). The sentences of a document
// combine as independent statements, 1 - prod(1 - c); a story counts once, at its most
// confident document, so a syndicated article does not confirm itself; stories combine as
// independent sources, 1 - prod(1 - c).
struct WeighedEvidence {
  std::size_t story = 0, doc = 0;  // any numbering, the same for the same story / document
  double confidence = 0;           // clamped to [0, 1]
};
// Sorts its argument (stably, by story then document).
double combined_confidence(std::vector<WeighedEvidence>& evidence);

// A document that went into a graph: metadata only, no text. Evidence.doc == name.
// See kg/document.hpp for identity (hash), names and near-duplicates (copy_of).
struct DocumentInfo {
  std::string name;    // how evidence cites it: unique in a graph (a file name, a JSONL id)
  std::string hash;    // identity: kg::text_hash of its text (empty for documents named by
                       // triples only, kg load)
  std::vector<std::string> locations;  // where this text was read: file paths, or
                                       // "corpus.jsonl#id" for a JSONL line; sorted
  std::string title, url, date, lang, source;  // may be empty
  std::map<std::string, std::string> metadata_from;  // "title", "date", "url", "source" ->
                                                     // where the value was found ("og:title")
  std::string copy_of;  // name of the document this one is a near-duplicate copy of
  std::string sketch;   // near-duplicate sketch (kg::text_sketch), may be empty
  std::size_t bytes = 0;

  friend bool operator==(const DocumentInfo& a, const DocumentInfo& b) = default;
};

// What the lexicon knows of an entity, handed to graph so that names users type
// (aliases, other languages) resolve. Carries no facts.
struct EntityRecord {
  std::string name;
  EntityType type = EntityType::Unknown;
  std::string country;               // canonical country name, may be empty
  std::vector<std::string> aliases;  // surface forms, any case
};

std::ostream& operator<<(std::ostream& os, EntityType t);
std::ostream& operator<<(std::ostream& os, Predicate p);
std::ostream& operator<<(std::ostream& os, const Entity& e);
std::ostream& operator<<(std::ostream& os, const Evidence& e);
std::ostream& operator<<(std::ostream& os, const Triple& t);

}  // namespace kg
