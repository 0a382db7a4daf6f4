// Coreference: a description or pronoun opening a sentence stands for one clear earlier
// entity, or for none. FR and EN rows side by side.
#include <catch2/catch.hpp>

#include "coref.hpp"
#include "stages.hpp"

using namespace kg::extract::detail;
using kg::extract::test::Doc;
using kg::extract::test::loaded;

namespace {
struct Resolved {
  std::string referent;  // of the last sentence's description ("" if unresolved)
  std::string based;     // "referent > country" for a description with a demonym
  std::size_t fronted = SIZE_MAX;
};
Resolved resolve_last(const std::string& text) {
  const Doc d(text);
  Coreference coref(loaded().rules.corefs, loaded().index, d.toks, d.ents);
  Resolved r;
  for (std::size_t s = 0; s < d.sents.size(); ++s) {
    auto items = d.items(s);
    coref.resolve(items);
    coref.record(items);
    if (s + 1 < d.sents.size()) continue;
    for (const auto& it : items)
      if (it.coref) r.referent = d.name(it.entity);
    for (auto [ref, country] : coref.based()) r.based = d.name(ref) + " > " + d.name(country);
    r.fronted = coref.fronted();
  }
  return r;
}
}  // namespace

TEST_CASE("descriptions and pronouns opening a sentence: one clear referent, FR and EN") {
  auto [text, referent] = GENERATE(table<std::string, std::string>({
      {"Norvex a lev\xC3\xA9 10 millions. La startup recrute.", "Norvex"},
      {"Norvex raised $10 million. The startup is hiring.", "Norvex"},
      {"Kestrel rivalise avec Norvex. Mais l'entreprise recrute.", "Kestrel"},  // the subject of the two
      {"Kestrel rivals Norvex. However, the company is hiring.", "Kestrel"},
      {"Ada Marlowe a rejoint Kestrel. Elle dirige Norvex.", "Ada Marlowe"},
      {"Ada Marlowe joined Kestrel. She leads Norvex.", "Ada Marlowe"},
      // two coordinated names open the sentence: no single referent
      {"Kestrel et Norvex recrutent. L'entreprise grandit.", ""},
      {"Kestrel and Norvex are hiring. The company grew.", ""},
      // the description is followed by its own name
      {"Kestrel grandit. La soci\xC3\xA9t\xC3\xA9 Norvex recrute.", ""},
      // nothing of a fitting type before
      {"Ada Marlowe parle. Le groupe recrute.", ""},
  }));
  CAPTURE(text);
  CHECK(resolve_last(text).referent == referent);
}

TEST_CASE("a description after a fronted clause or phrase: the repeated subject, FR and EN") {
  auto [text, referent] = GENERATE(table<std::string, std::string>({
      {"Kestrel grandit. Kestrel recrute. Fond\xC3\xA9" "e en 2019 par Ada Marlowe, l'entreprise l\xC3\xA8ve des fonds.",
       "Kestrel"},
      {"Kestrel grew. Kestrel is hiring. Founded in 2019 by Ada Marlowe, the company raised money.", "Kestrel"},
      // the last name seen (an investor) is no referent
      {"Kestrel grandit gr\xC3\xA2" "ce \xC3\xA0 Norvex. Fond\xC3\xA9" "e en 2019 par Ada Marlowe, l'entreprise l\xC3\xA8ve des fonds.",
       "Kestrel"},
 
      // a short fronted phrase that names nothing is read the same way
      {"Kestrel grandit. Kestrel recrute. Sept ans apr\xC3\xA8s son lancement, la start-up l\xC3\xA8ve des fonds.", "Kestrel"},
      {"Kestrel grew. Seven years after its launch, the startup raised money.", "Kestrel"},
  }));
  CAPTURE(text);
  const auto r = resolve_last(text);
  CHECK(r.referent == referent);
  CHECK(r.fronted != SIZE_MAX);
}

TEST_CASE("a resolved description with a demonym says where the referent is based, FR and EN") {
  CHECK(resolve_last("Kestrel grandit. Le groupe sylvanien recrute.").based == "Kestrel > Sylvania");
  CHECK(resolve_last("Kestrel grew. The Sylvanian group is hiring.").based == "Kestrel > Sylvania");
  CHECK(resolve_last("Kestrel grandit. Le groupe recrute.").based.empty());
}

TEST_CASE("a fronted phrase that names someone, or runs long, is no fronted clause") {
  // a name inside the phrase, or more than eight words before its comma
  CHECK(resolve_last("Kestrel grew. After talks with Norvex, the startup raised money.").fronted == SIZE_MAX);
  CHECK(resolve_last("Kestrel grew. Over the course of the long and very hard first years of its life, the startup raised money.")
            .fronted == SIZE_MAX);
}
