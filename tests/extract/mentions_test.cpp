// Mentions: the lexicon's names in a sentence (longest wins, head nouns, demonyms, short
// capitalised names), names found by discovery cues and head nouns, short names of the
// document's people and typos of its names. FR and EN rows side by side.
#include <catch2/catch.hpp>

#include <algorithm>

#include "stages.hpp"

using namespace kg::extract::detail;
using kg::extract::test::Doc;

namespace {
std::vector<std::string> discovered(const Doc& d) {
  std::vector<std::string> out;
  for (const auto& e : d.ents.local()) out.push_back(e.name + " (" + std::string(kg::to_string(e.type)) + ")");
  return out;
}
}  // namespace

TEST_CASE("lexicon mentions: the longest name, a chip's head noun, demonyms, FR and EN") {
  auto [text, shape] = GENERATE(table<std::string, std::string>({
      {"Kestrel Tern X1 ships.", "[Tern X1] ships ."},
      {"Des puces Tern X1 arrivent.", "des puces [Tern X1] arrivent ."},
      {"The Tern X1 chips ship.", "the [Tern X1] chips ship ."},  // after it too: its head noun, no chip of its own
      {"La startup freedonienne Norvex recrute.", "la startup <Freedonia> [Norvex] recrute ."},
      {"A Freedonian startup, Norvex, hires.", "a <Freedonia> startup , [Norvex] , hires ."},
      {"L'Universit\xC3\xA9 de Valmont recrute.", "l' [Valmont University] recrute ."},
      // a capitalised short name in lower case is a common word; in capitals it is the name
      {"norvex grandit.", "norvex grandit ."},
      {"NORVEX grandit.", "[Norvex] grandit ."},
      // an exact form only with its own capitalisation
      {"Chatter est sorti, on en chatter.", "[Chatter] est sorti , on en chatter ."},
  }));
  CAPTURE(text);
  const Doc d(text);
  CHECK(d.shape(d.items(0)) == shape);
}

TEST_CASE("discovery: names stated by their cues become the document's entities, FR and EN") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"La startup Zentrix l\xC3\xA8ve des fonds.", "Zentrix (Company)"},
      {"The startup Zentrix raised money.", "Zentrix (Company)"},
      {"Le Zorba Research Institute publie.", "Zorba Research Institute (Organization)"},
      {"The Zorba Research Institute published.", "Zorba Research Institute (Organization)"},
      {"L'Universit\xC3\xA9 de Montclair publie.", "Universit\xC3\xA9 de Montclair (Organization)"},
  }));
  CAPTURE(text);
  const Doc d(text);
  const auto found = discovered(d);
  CAPTURE(found);
  CHECK(std::find(found.begin(), found.end(), expected) != found.end());
}

TEST_CASE("discovery: a name found in one sentence is a mention in the next") {
  const Doc d("La startup Zentrix l\xC3\xA8ve des fonds. Kestrel investit dans Zentrix.");
  REQUIRE(d.sents.size() == 2);
  CHECK(d.shape(d.items(1)) == "[Kestrel] investit dans [Zentrix] .");
}

TEST_CASE("short names of the document's people, none when two people share one") {
  const Doc one("Ada Marlowe a parl\xC3\xA9. Marlowe a ajout\xC3\xA9 un mot.");
  CHECK(one.shape(one.items(1)) == "[Ada Marlowe] a ajoute un mot .");
  const Doc two("Ada Marlowe a parl\xC3\xA9 avec Jun Marlowe, chercheur chez Kestrel. Marlowe a ajout\xC3\xA9 un mot.");
  const auto items = two.items(two.sents.size() - 1);
  CHECK(two.shape(items) == "marlowe a ajoute un mot .");
}

TEST_CASE("typos of the document's names, unless the lexicon says they differ") {
  auto [text, shape] = GENERATE(table<std::string, std::string>({
      {"Norvex grandit. Norvax recrute.", "[Norvex] recrute ."},
      {"Norvex grows. Narvex hires.", "narvex hires ."},  // distinct_from
      {"Kestrel grandit. Kestral recrute.", "[Kestrel] recrute ."},
  }));
  CAPTURE(text);
  const Doc d(text);
  TypoResolver typos(d.mentions, d.ents);
  auto items = d.items(1);
  typos.apply(items, d.toks);
  CHECK(d.shape(items) == shape);
}

TEST_CASE("names in no lexicon: a fund's country, a product's head noun, a role after a qualifier, FR and EN") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // a fund described by its country
      {"L'op\xC3\xA9ration voit l'entr\xC3\xA9" "e du fonds freedonien Orvalis au capital.", "Orvalis (Organization)"},
      {"The Freedonian sovereign fund Orvalis joined the round.", "Orvalis (Organization)"},
      // a product after its head noun
      {"Son syst\xC3\xA8me Zephyra et le logiciel Drivora arrivent.", "Drivora (Product)"},
      {"Son syst\xC3\xA8me Zephyra et le logiciel Drivora arrivent.", "Zephyra (Product)"},
      {"The company sells the Drivora software.", "Drivora (Product)"},
      // a person by a role after a qualifier, even with no known given name
      {"Hongtao Rinn, \xC3\xA9galement chercheur chez Kestrel, part.", "Hongtao Rinn (Person)"},
      {"Kentaro Vasu, managing partner at Kestrel, said hello.", "Kentaro Vasu (Person)"},
      // the last word of an organisation's or a company's name
      {"Le groupe freedonien Prisko Media signe avec Kestrel.", "Prisko Media (Company)"},
      {"Kestrel signed with Archer Aviation. Dorrin Venture invested.", "Archer Aviation (Company)"},
      {"Kestrel signed with Archer Aviation. Dorrin Venture invested.", "Dorrin Venture (Organization)"},
      // "New" inside a sentence opens a name, a company's ("New Relic", "New Wave")
      {"Kestrel was acquired by New Relic in 2020.", "New Relic (Company)"},
      {"Kestrel a \xC3\xA9t\xC3\xA9 rachet\xC3\xA9 par New Relic en 2020.", "New Relic (Company)"},
  }));
  CAPTURE(text);
  const Doc d(text);
  const auto found = discovered(d);
  CAPTURE(found);
  CHECK(std::find(found.begin(), found.end(), expected) != found.end());
}

TEST_CASE("names in no lexicon: given names and family names of every region open a person's name, FR and EN") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // a sentence's opening name is kept only with a shape: a given name (Dutch, Indian,
      // Chinese and Korean in Western order) or a family name written first (Cantonese)
      {"Daan Velthuis joined Kestrel in March.", "Daan Velthuis (Person)"},
      {"Vijaye Raghunath will lead the apps unit.", "Vijaye Raghunath (Person)"},
      {"Jing Talvor a rejoint Kestrel en mars.", "Jing Talvor (Person)"},
      {"Junghan Vasu presented the chip.", "Junghan Vasu (Person)"},
      {"Meutya Harlan a pr\xC3\xA9sent\xC3\xA9 le plan.", "Meutya Harlan (Person)"},
      {"Wong Kar Sen dirige Kestrel.", "Wong Kar Sen (Person)"},
      // a given name inside a longer run starts the person's name
      {"The Kestrel Research Foundation Mitch Dorrance spoke first.", "Mitch Dorrance (Person)"},
      {"The Kestrel Policy Council Arati Pranav spoke first.", "Arati Pranav (Person)"},
  }));
  CAPTURE(text);
  const Doc d(text);
  const auto found = discovered(d);
  CAPTURE(found);
  CHECK(std::find(found.begin(), found.end(), expected) != found.end());
}

TEST_CASE("names in no lexicon: words that are no given name open no person, FR and EN") {
  auto [text, unexpected] = GENERATE(table<std::string, std::string>({
      // a news agency, a reading time in a title-case line, a county, a city, a demonym:
      // "Tasnim", "Min", "Mateo", "Minh" and "German" are left out of the name lists
      {"Tasnim News reported the strike.", "Tasnim News (Person)"},
      {"Kestrel Raises New Funding Round 5 Min Read", "Min Read (Person)"},
      {"The San Mateo County sheriff spoke.", "Mateo County (Person)"},
      {"Kestrel opened an office in Ho Chi Minh City last year.", "Minh City (Person)"},
      {"German Digital Minister Dorrin Sapp spoke.", "German Digital (Person)"},
      // a word in capitals only is an acronym, no given name ("SIM", "TAM", "EMI", "ADI")
      {"The report said ADA Sensors grew fast.", "ADA Sensors (Person)"},
      // a word that opens names only with a head opens no person's ("New Relic")
      {"Kestrel was acquired by New Relic in 2020.", "New Relic (Person)"},
  }));
  CAPTURE(text);
  const Doc d(text);
  const auto found = discovered(d);
  CAPTURE(found);
  CHECK(std::find(found.begin(), found.end(), unexpected) == found.end());
}

TEST_CASE("names in no lexicon: what the new cues and shapes leave alone, FR and EN") {
  auto [text, unexpected] = GENERATE(table<std::string, std::string>({
      // a known name after a head noun keeps its type; so does a known fund's company
      {"Norvex vend sur la plateforme Kestrel.", "Kestrel (Product)"},
      {"The Freedonian fund Valmont Capital invested.", "Valmont Capital (Organization)"},
      // a role word without a comma before it describes nobody
      {"Hongtao Rinn \xC3\xA9galement chercheur.", "Hongtao Rinn (Person)"},
      {"Dorrin Sapp managing partner.", "Dorrin Sapp (Person)"},
      // capitalised runs a person's name is not: an acronym in capitals, a release word last
      {"Kestrel a lanc\xC3\xA9 la STLA Small hier.", "STLA Small (Person)"},
      {"Kestrel worked at Xerox PARC for years.", "Xerox PARC (Person)"},
      {"Kestrel shipped the Dorrin Pro last year.", "Dorrin Pro (Person)"},
      // a month or a weekday after a head noun is no product
      {"Le logiciel Mardi n'existe pas.", "Mardi (Product)"},
      // the tail of a longer name after a word the lexicon reads otherwise (a person, a
      // country) is no name of its own: "Kobe Steel", "Bezos Expeditions", "Saudi Prince"
      {"Investors include Kestrel and Freedonia Prince al-Rashid.", "Prince (Company)"},
      {"Investors include Kestrel, Valmont Capital and Sylvania Expeditions.", "Expeditions (Company)"},
      {"Les investisseurs sont Kestrel et Norvex Expeditions.", "Expeditions (Company)"},
      // a run of function words names a department: "VP of Software Engineering"
      {"Ada Marlowe, the former VP of Software Engineering at Kestrel, joined Norvex.", "Software Engineering (Company)"},
      {"Ada Marlowe, directrice de la Strat\xC3\xA9gie Produit chez Kestrel, a rejoint Norvex.", "Strat\xC3\xA9gie Produit (Company)"},
      // a field's name, capitalised, is no company: "l'essor de l'Intelligence Artificielle"
      {"Kestrel mise sur l'Intelligence Artificielle et recrute.", "Intelligence Artificielle (Company)"},
      {"Regulators in Sylvania blocked the Artificial Intelligence app of Kestrel.", "Artificial Intelligence (Company)"},
      // a lone head noun of organisations names none ("du Conseil de recherche sur ...")
      {"Ada Marlowe, secr\xC3\xA9taire g\xC3\xA9n\xC3\xA9rale du Conseil de recherche sur les technologies avanc\xC3\xA9" "es, a parl\xC3\xA9.", "Conseil (Company)"},
      {"Kestrel presented its plan to the Council on Monday.", "Council (Company)"},
      // a field of AI, capitalised, is no company: "build Sovereign AI for India"
      {"Kestrel wants to build Sovereign AI for Sylvania, said Ada Marlowe.", "Sovereign AI (Company)"},
      {"Norvex bets on Physical AI and robots.", "Physical AI (Company)"},
      // a currency is no company ("takes its valuation to 400 billion Yen")
      {"Quillon AI's round takes its valuation to 400 billion Yen, Norvex said.", "Yen (Company)"},
      // languages are no players
      {"Quillon AI trained Falcor-7 on Hindi, Tamil and Bangla text.", "Tamil (Company)"},
      {"Quillon AI a entra\xC3\xAEn\xC3\xA9 Falcor-7 sur des textes en hindi, en Tamoul et en Bangla.", "Tamoul (Company)"},
      {"Quillon AI trained an English-centric model.", "English-centric (Company)"},
      {"Quillon AI competes with EV-maker Kestrel.", "EV-maker (Company)"},
      // a one-word name of no shape the document also writes in lower case is a common word
      {"Kestrel and Norvex expand their partnership.\n\nBackground and Evolution of the Partnership\n\nThe deal began in 2023.",
       "Partnership (Company)"},
      {"Kestrel et Norvex s'allient.\n\nLe centre de Calcul de Norvex\n\nLe calcul intensif progresse.", "Calcul (Company)"},
  }));
  CAPTURE(text);
  const Doc d(text);
  const auto found = discovered(d);
  CAPTURE(found);
  CHECK(std::find(found.begin(), found.end(), unexpected) == found.end());
}

TEST_CASE("a lexicon entity's other form the document gave is that entity when a name is added again") {
  // "Kestrel Group" after Kestrel (name_tails): another form of the company; discovered
  // again later, it is still Kestrel, and the document's own names are left as they were
  DocEntities ents{kg::extract::test::loaded().lexicon, kg::extract::test::text_rules()};
  const int kestrel = kg::extract::test::loaded().lexicon.by_key.at(quick_key("Kestrel"));
  const int orvalis = ents.add("Orvalis", kg::EntityType::Company, true);
  ents.add_form("Kestrel Group", kestrel);
  CHECK(ents.add("Kestrel Group", kg::EntityType::Organization) == kestrel);
  CHECK(ents.get(kestrel).type == kg::EntityType::Company);
  CHECK(ents.get(orvalis).open);
  CHECK(ents.get(orvalis).type == kg::EntityType::Company);
}
