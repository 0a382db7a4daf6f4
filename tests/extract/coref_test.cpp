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

TEST_CASE("a company description with no referent nearby: the document's clear topic, FR and EN") {
  auto [text, referent] = GENERATE(table<std::string, std::string>({
      // the sentence before names two companies; Kestrel, named three times, is the topic
      {"Kestrel grandit. Kestrel recrute. Kestrel vend. Norvex et Quillon AI signent. L'entreprise a lanc\xC3\xA9 un outil.",
       "Kestrel"},
      {"Kestrel grew. Kestrel is hiring. Kestrel sells. Norvex and Quillon AI signed. The company launched a tool.",
       "Kestrel"},
      // after a fronted clause, with no repeated subject among the last three sentences
      {"Kestrel grandit. Kestrel recrute. Kestrel vend. Norvex signe. Quillon AI recrute. Paul Brisco parle. "
       "Fond\xC3\xA9" "e en 2019, la start-up l\xC3\xA8ve des fonds.",
       "Kestrel"},
      {"Kestrel grew. Kestrel is hiring. Kestrel sells. Norvex signed. Quillon AI is hiring. Paul Brisco spoke. "
       "Founded in 2019, the startup raised money.",
       "Kestrel"},
      // no clear topic: named as often as another
      {"Kestrel grandit. Norvex recrute. Kestrel et Norvex signent. L'entreprise a lanc\xC3\xA9 un outil.", ""},
      {"Kestrel grew. Norvex is hiring. Kestrel and Norvex signed. The company launched a tool.", ""},
      // a pronoun is no description: it takes no topic
      {"Kestrel grew. Kestrel is hiring. Kestrel sells. Norvex and Quillon AI signed. It launched a tool.", ""},
      {"Kestrel grandit. Kestrel recrute. Kestrel vend. Norvex et Quillon AI signent. Elle a lanc\xC3\xA9 un outil.", ""},
  }));
  CAPTURE(text);
  CHECK(resolve_last(text).referent == referent);
}

TEST_CASE("a name known by its capitals alone is no description's referent, FR and EN") {
  // Zorblax: a guess at a company (a product, a place ...); the description stays unresolved
  CHECK(resolve_last("Kestrel grandit. Les clients adoptent Zorblax. L'entreprise recrute.").referent.empty());
  CHECK(resolve_last("Kestrel grew. Customers adopt Zorblax. The company is hiring.").referent.empty());
  // a name the lexicon knows still is
  CHECK(resolve_last("Kestrel grandit. Les clients adoptent Norvex. L'entreprise recrute.").referent == "Norvex");
  CHECK(resolve_last("Kestrel grew. Customers adopt Norvex. The company is hiring.").referent == "Norvex");
}

TEST_CASE("a description inside a sentence with a demonym: the one company of that country, FR and EN") {
  auto [text, referent] = GENERATE(table<std::string, std::string>({
      // Norvex (Freedonian) was named first, Kestrel is the one Sylvanian company; a
      // demonstrative points back even with a complement after its head
      {"Norvex discute avec Kestrel. Valmont Capital courtise cette entreprise sylvanienne de robots.", "Kestrel"},
      {"Norvex is in talks with Kestrel. Valmont Capital courted this Sylvanian maker of robots.", "Kestrel"},
      // "for", "pour" open no complement of the description
      {"Norvex discute avec Kestrel. Valmont Capital a investi dans la soci\xC3\xA9t\xC3\xA9 sylvanienne pour ses robots.",
       "Kestrel"},
      {"Norvex is in talks with Kestrel. Valmont Capital has courted the Sylvanian company for months.", "Kestrel"},
      // two companies of that country: no single referent
      {"Kestrel et Veridian Labs discutent avec Norvex. Valmont Capital courtise cette entreprise sylvanienne.", ""},
      {"Kestrel and Veridian Labs are in talks with Norvex. Valmont Capital courted this Sylvanian company.", ""},
      // a description with a complement, no demonstrative: a new company
      {"Norvex discute avec Kestrel. Valmont Capital courtise la soci\xC3\xA9t\xC3\xA9 sylvanienne de robots.", ""},
      {"Norvex is in talks with Kestrel. Valmont Capital courted the Sylvanian maker of robots.", ""},
  }));
  CAPTURE(text);
  CHECK(resolve_last(text).referent == referent);
}

TEST_CASE("a possessive description inside a sentence: the name after it is the thing possessed, FR and EN") {
  auto [text, referent] = GENERATE(table<std::string, std::string>({
      {"Kestrel grew. Kestrel hired. Kestrel sold. These systems run on the company's Voyager software.", "Kestrel"},
      {"Kestrel grandit. Kestrel recrute. Kestrel vend. Ces syst\xC3\xA8mes reposent sur le logiciel Voyager de l'entreprise.",
       "Kestrel"},
      // a name right after the description is its own name
      {"Kestrel grew. Kestrel hired. Kestrel sold. Norvex bought the company Voyager last year.", ""},
      {"Kestrel grandit. Kestrel recrute. Kestrel vend. Norvex a rachet\xC3\xA9 l'entreprise Voyager l'an dernier.", ""},
  }));
  CAPTURE(text);
  CHECK(resolve_last(text).referent == referent);
}
