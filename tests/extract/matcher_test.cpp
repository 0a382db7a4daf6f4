// The matcher: one rule against a sentence's items. Lists of coordinated names, skipped
// appositions, possessors, subjects that are some other verb's complement, gaps; FR and
// EN rows side by side, each with a pattern of its own.
#include <catch2/catch.hpp>

#include "matcher.hpp"
#include "stages.hpp"

using namespace kg::extract::detail;
using kg::extract::test::Doc;
using kg::extract::test::load;
using kg::extract::test::one_rule;

namespace {
// The slots of the first match of the test file's rule in `text`: "S=...  O=..." (names
// joined by "; "), or "" if it matches nowhere.
std::string first_match(const std::string& pattern, const std::string& text) {
  const auto data = load(one_rule(pattern));
  const Doc d(text, *data);
  Match m;
  if (!kg::extract::test::first_match(d, d.items(0), data->rules.rules.back(), m)) return "";
  return "S=" + d.names(m.slots[0]) + "  O=" + d.names(m.slots[1]);
}
}  // namespace

TEST_CASE("matcher: one rule against a sentence, FR and EN rows") {
  auto [pattern, text, expected] = GENERATE(table<std::string, std::string, std::string>({
      // ---- coordinated names fill one slot
      {"S:Company invested in O:Company", "Kestrel invested in Norvex, Veridian Labs and Valmont Capital.",
       "S=Kestrel  O=Norvex; Veridian Labs; Valmont Capital"},
      {"S:Company investit dans O:Company", "Kestrel investit dans Norvex, Veridian Labs et Valmont Capital.",
       "S=Kestrel  O=Norvex; Veridian Labs; Valmont Capital"},
      // a conjunction of two words; determiners after a conjunction
      {"S:Company investit dans O:Company", "Kestrel investit dans Norvex ainsi que Veridian Labs.",
       "S=Kestrel  O=Norvex; Veridian Labs"},
      {"S:Company investit dans O:Company", "Kestrel investit dans Norvex et la Veridian Labs.",
       "S=Kestrel  O=Norvex; Veridian Labs"},
      {"S:Company invested in O:Company", "Kestrel invested in Norvex and the Veridian Labs unit.",
       "S=Kestrel  O=Norvex; Veridian Labs"},
      // a subject list
      {"S:Company invested in O:Company", "Kestrel and Valmont Capital invested in Norvex.",
       "S=Kestrel; Valmont Capital  O=Norvex"},
      // ---- a subject is not inside a coordination nor after a preposition
      // the second of two coordinated names is no subject of its own
      {"S:Company uses O:Chip", "Backed by Norvex and Kestrel uses Tern X1.", ""},
      {"S:Company utilise O:Chip", "Soutenue par Norvex ainsi que Kestrel utilise Tern X1.", ""},
      // after a slot preposition: some other verb's complement
      {"S:Company ...3 O:Chip", "Les puces de Kestrel pour Tern X1.", ""},
      {"S:Company ...3 O:Chip", "Kestrel pour Tern X1.", "S=Kestrel  O=Tern X1"},
      // a country after a place preposition is no subject
      {"S:Country|Company ...4 a choisi O:Chip", "En Sylvanie, Kestrel a choisi Tern X1.", "S=Kestrel  O=Tern X1"},
      {"S:Country|Company ...4 chose O:Chip", "In Sylvania, Kestrel chose Tern X1.", "S=Kestrel  O=Tern X1"},
      // ---- a verb rule reads past its subject's apposition
      {"S:Company investit dans O:Company", "Kestrel, filiale de Valmont Capital, investit dans Norvex.",
       "S=Kestrel  O=Norvex"},
      {"S:Company invested in O:Company", "Kestrel, a chip designer, invested in Norvex.", "S=Kestrel  O=Norvex"},
      {"S:Company invested in O:Company", "Kestrel, which backed Veridian Labs, invested in Norvex.",
       "S=Kestrel  O=Norvex"},
      // an aside that opens with no opener word is no apposition
      {"S:Company invested in O:Company", "Kestrel, reportedly, invested in Norvex.", ""},
      // ---- possessors, gaps and literal prefixes
      // a name before 's is a possessor, unless the pattern goes on with 's
      {"S:Company 's O:Chip", "Kestrel's Tern X1 ships.", "S=Kestrel  O=Tern X1"},
      // the owner of a thing or of a company is no filler of its own ("Alphabet Inc.'s Google":
      // not Alphabet); the owner of a unit is
      {"S:Chip|Company beats O:Model", "Kestrel's Tern X1 beats Norvex-2.", "S=Tern X1  O=Norvex-2"},
      {"S:Company ships O:Chip", "Kestrel's Norvex ships Tern X1.", "S=Norvex  O=Tern X1"},
      // a gap skips at most its count and never an entity other than a place
      {"S:Company ...2 investit dans O:Company", "Kestrel a encore investi hier dans Norvex.", ""},
      {"S:Company ...4 investi dans O:Company", "Kestrel a encore investi dans Norvex.", "S=Kestrel  O=Norvex"},
      {"S:Company ...4 investi dans O:Company", "Kestrel et Veridian Labs ont investi dans Norvex.",
       "S=Kestrel; Veridian Labs  O=Norvex"},
      // prefix alternatives ("invest*")
      {"S:Company invest* in O:Company", "Kestrel invests in Norvex.", "S=Kestrel  O=Norvex"},
      {"S:Company investi* dans O:Company", "Kestrel investira dans Norvex.", "S=Kestrel  O=Norvex"},
  }));
  CAPTURE(text);
  CHECK(first_match(pattern, text) == expected);
}

TEST_CASE("conjunctions among items: one word or several, starting at or ending before an item") {
  const Doc d("Kestrel ainsi que Norvex et Veridian Labs.");
  const auto items = d.items(0);
  REQUIRE(d.shape(items) == "[Kestrel] ainsi que [Norvex] et [Veridian Labs] .");
  const auto& ix = kg::extract::test::loaded().index;
  CHECK(conjunction_at(items, d.toks, ix, 1) == 2);  // "ainsi que"
  CHECK(conjunction_at(items, d.toks, ix, 2) == 0);  // "que" alone
  CHECK(conjunction_at(items, d.toks, ix, 4) == 1);  // "et"
  CHECK(conjunction_before(items, d.toks, ix, 3) == 2);
  CHECK(conjunction_before(items, d.toks, ix, 5) == 1);
  CHECK(conjunction_before(items, d.toks, ix, 4) == 0);
  CHECK(conjunction_before(items, d.toks, ix, 0) == 0);
}
