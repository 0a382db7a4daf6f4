// Mentions and relation patterns on made-up entities (tests/data/extract/lexicon.json)
// with the built-in rules: one row per construction, French and English side by side,
// negated / hypothetical / opinion rows that must give nothing, and unknown names.
#include <catch2/catch.hpp>

#include <algorithm>

#include "kg/error.hpp"
#include "kg/extract/extractor.hpp"

using namespace kg::extract;

namespace {
const std::string kData = std::string(KG_EXTRACT_TEST_DATA);

const Extractor& extractor() {
  static const Extractor x = make_extractor({kData + "lexicon.json"}, {}, false, true);
  return x;
}

std::vector<std::string> facts(const std::string& text) {
  Document d;
  d.name = "t.txt";
  d.text = text;
  std::vector<std::string> out;
  for (const auto& f : extractor().extract(d))
    out.push_back(f.triple.subject.name + "|" + std::string(kg::to_string(f.triple.predicate)) + "|" +
                  f.triple.object.name);
  return out;
}
bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}
}  // namespace

TEST_CASE("relation patterns, FR and EN, one construction per row") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // develops
      {"Falcor-7 de Veridian Labs s\xC3\xA9" "duit les d\xC3\xA9veloppeurs.", "Veridian Labs|develops|Falcor-7"},
      {"Le mod\xC3\xA8le Falcor-7 de Veridian Labs progresse.", "Veridian Labs|develops|Falcor-7"},
      {"Falcor-7, le syst\xC3\xA8me d'IA de Veridian Labs, est en t\xC3\xAAte.", "Veridian Labs|develops|Falcor-7"},
      {"Veridian Labs a lanc\xC3\xA9 Falcor-7 en mars.", "Veridian Labs|develops|Falcor-7"},
      {"Kestrel's Tern X1 is the fastest part.", "Kestrel|develops|Tern X1"},
      {"Falcor-7, developed by Veridian Labs, tops the charts.", "Veridian Labs|develops|Falcor-7"},
      {"Veridian Labs released Falcor-7 in March.", "Veridian Labs|develops|Falcor-7"},
      {"La plupart des laboratoires entra\xC3\xAEnent leurs mod\xC3\xA8les sur les puces de Kestrel.", "Kestrel|develops|Kestrel GPUs"},
      // works_at / worked_at / leads
      {"Ada Marlowe, ing\xC3\xA9nieure en vision chez Kestrel, a pr\xC3\xA9sent\xC3\xA9 le projet.", "Ada Marlowe|works_at|Kestrel"},
      {"Ada Marlowe, a senior engineer at Kestrel, said the chip was ready.", "Ada Marlowe|works_at|Kestrel"},
      {"Jun Takeda travaillait auparavant comme chercheur chez Norvex.", "Jun Takeda|worked_at|Norvex"},
      {"Jun Takeda, a former researcher at Norvex, spoke on Monday.", "Jun Takeda|worked_at|Norvex"},
      {"Jun Takeda, PDG de Norvex, a d\xC3\xA9" "clar\xC3\xA9 que tout allait bien.", "Jun Takeda|leads|Norvex"},
      {"Norvex CEO Jun Takeda said the results were strong.", "Jun Takeda|leads|Norvex"},
      {"Jun Takeda est le responsable technique de Norvex-2 chez Norvex.", "Jun Takeda|leads|Norvex-2"},
      {"Ada Marlowe a quitt\xC3\xA9 Norvex en mars. Kestrel l'a nomm\xC3\xA9" "e directrice technique.", "Ada Marlowe|works_at|Kestrel"},
      // founded
      {"Ada Marlowe a fond\xC3\xA9 Kestrel en 2019.", "Ada Marlowe|founded|Kestrel"},
      {"Jun Takeda founded Norvex in 2020.", "Jun Takeda|founded|Norvex"},
      {"selon Ada Marlowe, co-fondatrice de Kestrel.", "Ada Marlowe|founded|Kestrel"},
      // based_in
      {"La startup freedonienne Norvex l\xC3\xA8ve des fonds.", "Norvex|based_in|Freedonia"},
      {"Norvex, a Freedonian startup, raised money.", "Norvex|based_in|Freedonia"},
      {"Des entreprises sylvaniennes comme Kestrel et Veridian Labs recrutent.", "Veridian Labs|based_in|Sylvania"},
      {"Des entreprises sylvaniennes comme Kestrel et Veridian Labs recrutent.", "Kestrel|based_in|Sylvania"},
      {"Les g\xC3\xA9" "ants sylvaniens tels qu'Kestrel, Veridian Labs et Norvex offrent Falcor-7 \xC3\xA0 leurs clients.", "Norvex|offers|Falcor-7"},
      {"Sylvanian chip designer Kestrel doubled its sales.", "Kestrel|based_in|Sylvania"},
      // restricts
      {"Freedonia a renforc\xC3\xA9 les contr\xC3\xB4les sur les exportations de Tern X1 vers la Sylvanie.", "Freedonia|restricts|Tern X1"},
      {"Les contr\xC3\xB4les \xC3\xA0 l'exportation freedoniens sur les puces avanc\xC3\xA9" "es p\xC3\xA8sent.", "Freedonia|restricts|Advanced chips"},
      {"La Freedonie continue de restreindre l'acc\xC3\xA8s de la Sylvanie aux puces avanc\xC3\xA9" "es.", "Freedonia|restricts|Sylvania"},
      {"Sylvania banned exports of Tern X1 last year.", "Sylvania|restricts|Tern X1"},
      // competes_with
      {"Falcor-7, qui concurrence le mod\xC3\xA8le Norvex-2, s\xC3\xA9" "duit.", "Falcor-7|competes_with|Norvex-2"},
      {"Falcor-7 rivals Norvex-2 on most benchmarks.", "Falcor-7|competes_with|Norvex-2"},
      // offers
      {"Kestrel propose Falcor-7 \xC3\xA0 ses clients.", "Kestrel|offers|Falcor-7"},
      {"Kestrel offers Falcor-7 to its customers.", "Kestrel|offers|Falcor-7"},
      {"Falcor-7 est disponible sur Kestrel depuis mars.", "Kestrel|offers|Falcor-7"},
      // uses
      {"Veridian Labs utilise Tern X1 pour entra\xC3\xAEner ses mod\xC3\xA8les.", "Veridian Labs|uses|Tern X1"},
      {"Veridian Labs adopted Chatter last year.", "Veridian Labs|uses|Chatter"},
      {"Kestrel a choisi Norvex pour ses projets.", "Kestrel|uses|Norvex"},
      // part_of
      {"Veridian Labs, filiale de Kestrel, recrute.", "Veridian Labs|part_of|Kestrel"},
      {"Veridian Labs, a subsidiary of Kestrel, is hiring.", "Veridian Labs|part_of|Kestrel"},
      // listed_on
      {"Norvex a fait ses d\xC3\xA9" "buts remarqu\xC3\xA9s \xC3\xA0 la Bourse de Lisbonne.", "Norvex|listed_on|Lisbon Stock Exchange"},
      {"Norvex debuted on the Lisbon Stock Exchange on Friday.", "Norvex|listed_on|Lisbon Stock Exchange"},
      // organizes
      {"L'Universit\xC3\xA9 de Valmont a organis\xC3\xA9 le Sommet IA de Valmont.", "Valmont University|organizes|Valmont AI Summit"},
      {"Valmont University hosted the Valmont AI Summit.", "Valmont University|organizes|Valmont AI Summit"},
      {"Il parlait pendant le Sommet IA de Valmont. L'Universit\xC3\xA9 de Valmont a organis\xC3\xA9 l'\xC3\xA9v\xC3\xA9nement.", "Valmont University|organizes|Valmont AI Summit"},
      // invests_in
      {"Kestrel investit 2 milliards dans Norvex.", "Kestrel|invests_in|Norvex"},
      {"Kestrel invested $2 billion in Norvex.", "Kestrel|invests_in|Norvex"},
      {"Norvex a lev\xC3\xA9 10 millions d'euros aupr\xC3\xA8s de Kestrel.", "Kestrel|invests_in|Norvex"},
      {"Norvex raised $10 million from Kestrel.", "Kestrel|invests_in|Norvex"},
      // stakes, a list set off by commas after a nationality, a bare 'join ... as', a
      // company barred from selling a chip, exports controlled by a country
      {"Kestrel took a 10% stake in Norvex last year.", "Kestrel|invests_in|Norvex"},
      {"Kestrel a pris une participation minoritaire de 10 % au capital de Norvex.", "Kestrel|invests_in|Norvex"},
      {"Two other Freedonian AI start-ups, Norvex and Quillon Robotics, are listing.", "Quillon Robotics|based_in|Freedonia"},
      {"The purchase sees Jun Takeda join Kestrel as head of research.", "Jun Takeda|works_at|Kestrel"},
      {"Freedonia barred Kestrel from selling Tern X1 to Sylvania.", "Freedonia|restricts|Tern X1"},
      {"Exports of advanced chips are tightly controlled by Freedonia.", "Freedonia|restricts|Advanced chips"},
      {"Since 2016, Kestrel has been majority owned by Freedonian conglomerate Norvex.", "Kestrel|part_of|Norvex"},
      {"Kestrel is majority-owned by Freedonia's sovereign wealth fund, the Grand Freedonian Bank.", "Kestrel|part_of|Grand Freedonian Bank"},
      {"Kestrel a, depuis, recrut\xC3\xA9 un sp\xC3\xA9" "cialiste IA de la Valmont University (VU), Jun Takeda.", "Jun Takeda|worked_at|Valmont University"},
      {"Kestrel a, depuis, recrut\xC3\xA9 un sp\xC3\xA9" "cialiste IA de la Valmont University (VU), Jun Takeda.", "Jun Takeda|works_at|Kestrel"},
      {"Jun Takeda annonce devenir directeur de la recherche sur l'IA de Kestrel.", "Jun Takeda|works_at|Kestrel"},
      {"Jun Takeda, EVP and general manager of Kestrel's data centre business unit, spoke.", "Jun Takeda|works_at|Kestrel"},
      {"Freedonia confirms it will restrict more Kestrel exports to Sylvania.", "Freedonia|restricts|Kestrel"},
      {"Freedonia confirms it will restrict more Kestrel exports to Sylvania.", "Freedonia|restricts|Sylvania"},
      {"Sylvania Robotics se distingue des autres fournisseurs comme Kestrel, Norvex ou encore Veridian Labs.", "Sylvania Robotics|competes_with|Veridian Labs"},
      {"Sylvania Robotics competes with Kestrel, Norvex as well as Veridian Labs.", "Sylvania Robotics|competes_with|Veridian Labs"},
      {"Les autorit\xC3\xA9s freedoniennes ont mis en place des r\xC3\xA8gles emp\xC3\xA9" "chant Kestrel de vendre ses puces Tern X1 en Sylvanie.", "Freedonia|restricts|Tern X1"},
      {"Norvex a lev\xC3\xA9 43 millions d'euros aupr\xC3\xA8s des fonds Harlow Capital, Brisk Ventures et Kestrel.", "Brisk Ventures|invests_in|Norvex"},
      {"Norvex raised $40 million from investors Harlow Capital, Brisk Ventures and Kestrel.", "Brisk Ventures|invests_in|Norvex"},
      {"Norvex raised $40 million. This round, which closed on March 31, was led by Kestrel with participation from Valmont Capital and Veridian Labs.", "Valmont Capital|invests_in|Norvex"},
      {"Norvex raised $40 million. This round, which closed on March 31, was led by Kestrel with participation from Valmont Capital and Veridian Labs.", "Kestrel|invests_in|Norvex"},
      {"Norvex grew fast. Norvex raised $2 billion in a Kestrel-led financing.", "Kestrel|invests_in|Norvex"},
      {"Ada Marlowe-led Norvex raised $2 billion.", "Ada Marlowe|leads|Norvex"},
      {"The Trade Control Office had explicitly imposed a licensing requirement on Kestrel in a letter.", "Trade Control Office|restricts|Kestrel"},
      {"Falcor-7 (Freedonian: F7), full name Fast Learning Corpus Seven, is a model developed by the Freedonian company Kestrel.", "Kestrel|develops|Falcor-7"},
      {"Ada Marlowe, an AI researcher who joined Kestrel from Norvex in June, leads the group.", "Ada Marlowe|works_at|Kestrel"},
      {"Ada Marlowe, an AI researcher who joined Kestrel from Norvex in June, leads the group.", "Ada Marlowe|worked_at|Norvex"},
      {"Jun Takeda, the former Norvex CEO who joined Kestrel in June, spoke.", "Jun Takeda|works_at|Kestrel"},
      {"Kestrel, g\xC3\xA9" "ant freedonien des puces, renforce sa pr\xC3\xA9sence.", "Kestrel|based_in|Freedonia"},
      {"Norvex has announced a $1.05bn Series C investment round led by Freedonian tech giant Kestrel, along with others.", "Kestrel|invests_in|Norvex"},
      {"Norvex grandit. Le tour de table est co-lead par Kestrel et Valmont Capital.", "Valmont Capital|invests_in|Norvex"},
      // a list of new names after a plural noun (N*), its first name known or not
      {"Since then, Kestrel has released seven mobile games: Hay Day, Clash of Clans and Boom Beach.", "Kestrel|develops|Clash of Clans"},
      {"Since then, Kestrel has released seven mobile games: Hay Day, Clash of Clans and Boom Beach.", "Kestrel|develops|Boom Beach"},
      {"Kestrel has built open models such as Falcor-7, Zorba Mini and Quill.", "Kestrel|develops|Zorba Mini"},
      {"Kestrel a cr\xC3\xA9\xC3\xA9 des mod\xC3\xA8les de langage comme Poro et Viking.", "Kestrel|develops|Viking"},
  }));
  CAPTURE(text);
  auto got = facts(text);
  CAPTURE(got);
  CHECK(has(got, expected));
}

TEST_CASE("an announced deal in the future tense is a fact, a plan or an expectation is not") {
  CHECK(has(facts("Kestrel will invest $1.5 billion for a minority stake in Norvex."), "Kestrel|invests_in|Norvex"));
  CHECK(has(facts("Kestrel va investir dans Norvex."), "Kestrel|invests_in|Norvex"));
  CHECK(facts("Kestrel plans to invest in Norvex.").empty());
  CHECK(facts("Kestrel is expected to invest in Norvex.").empty());
  // the lexicon infers nothing from a sentence in the future ("sera", like "will"), the
  // sentence's own facts stay
  CHECK_FALSE(has(facts("Falcor-7 sera disponible en mars chez Veridian Labs."), "Veridian Labs|develops|Falcor-7"));
  CHECK(has(facts("Falcor-7 sera disponible en mars chez Veridian Labs."), "Veridian Labs|offers|Falcor-7"));
}

TEST_CASE("negated, hypothetical, predicted, questioned and opinion sentences give nothing") {
  auto text = GENERATE(as<std::string>{},
      "Veridian Labs n'a pas d\xC3\xA9velopp\xC3\xA9 Falcor-7.",
      "Veridian Labs did not develop Falcor-7.",
      "Kestrel n'investit pas dans Norvex.",
      "Kestrel might invest in Norvex.",
      "Kestrel pourrait investir dans Norvex.",
      "Kestrel is expected to invest in Norvex next year.",
      "Kestrel envisage d'investir dans Norvex.",
      "Analysts believe Kestrel invested in Norvex.",
      "Yao pense que Kestrel investit dans Norvex.",
      "Kestrel a-t-il investi dans Norvex ?",
      "Did Kestrel invest in Norvex?",
      "Ada Marlowe n'a jamais fond\xC3\xA9 Kestrel.",
      "Sylvania could restrict Tern X1 exports.",
      "Si Kestrel utilise Tern X1, tout changera.",
      "Jun Takeda never worked at Norvex.");
  CAPTURE(text);
  CHECK(facts(text).empty());
}

TEST_CASE("unknown names are discovered by their cues and typed by them") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Marta Vellini, co-fondatrice de la startup Quillon, a pris la parole.", "Marta Vellini|founded|Quillon"},
      {"Priya Anand, co-founder of the startup Zentrix, said hello.", "Priya Anand|founded|Zentrix"},
      {"Lorenzo Brask, ing\xC3\xA9nieur chez Kestrel, a confirm\xC3\xA9.", "Lorenzo Brask|works_at|Kestrel"},
      {"Kestrel investit dans la startup Obelin.", "Kestrel|invests_in|Obelin"},
      {"Kestrel propose le mod\xC3\xA8le Brisk-3 \xC3\xA0 ses clients.", "Kestrel|offers|Brisk-3"},
      {"Tian Oro, former dean of Kestrel's Applied Vision Institute, left.", "Applied Vision Institute|part_of|Kestrel"},
  }));
  CAPTURE(text);
  auto got = facts(text);
  CAPTURE(got);
  CHECK(has(got, expected));
}

TEST_CASE("entity resolution within a document: short names, typos, distinct_from") {
  SECTION("a surname alone refers back to the person") {
    auto got = facts("Jun Takeda est arriv\xC3\xA9 en 2020. Norvex a nomm\xC3\xA9 Takeda directeur.");
    CHECK(has(got, "Jun Takeda|works_at|Norvex"));
  }
  SECTION("a company's first word alone is its short form (in capitals too, before the full name; of two names, the more often named)") {
    auto got = facts("Former ZQ founder Jun Takeda joined Norvex as head of ZQ Manufacturing. Norvex bought ZQ Systems. The ZQ Systems team moves to Lisbon.");
    CHECK(has(got, "Jun Takeda|founded|ZQ Systems"));
    CHECK_FALSE(has(got, "Jun Takeda|founded|ZQ"));
  }
  SECTION("a capitalised tail after a company's name is part of that name ('Kestrel Holdings')") {
    auto got = facts("Kestrel Holdings a investi dans Norvex.");
    CHECK(has(got, "Kestrel|invests_in|Norvex"));
    CHECK(std::none_of(got.begin(), got.end(), [](const std::string& f) { return f.find("Holdings") != std::string::npos; }));
  }
  SECTION("a typo of a name already in the document resolves to it") {
    auto got = facts("Norvex grandit vite. Kestrel investit dans Norvexx.");
    CHECK(has(got, "Kestrel|invests_in|Norvex"));
  }
  SECTION("distinct_from stops a typo merge") {
    auto got = facts("Norvex grandit vite. Kestrel investit dans Narvex.");
    CHECK_FALSE(has(got, "Kestrel|invests_in|Norvex"));
  }
  SECTION("exact forms match only with their capitalisation") {
    CHECK(facts("Veridian Labs adopted chatter last year.").empty());
    CHECK(has(facts("Veridian Labs adopted Chatter last year."), "Veridian Labs|uses|Chatter"));
  }
  SECTION("case and accents do not matter for ordinary names") {
    CHECK(has(facts("La FREEDONIE a renforc\xC3\xA9 les contr\xC3\xB4les sur les exportations de Tern X1."),
              "Freedonia|restricts|Tern X1"));
  }
}

// "FTC Chair Lina M. Khan" made "Chair" a short name of the document, and the lower-case
// "chair" of "Lina M. Khan, chair of the Federal Trade Commission" a mention of it, so the
// apposition gave nothing (real-news batch 21).
TEST_CASE("a short name the document gives is no mention in lower case, nor is a title a name") {
  const auto got = facts("Lina M. Khan, chair of Valmont University.\nThe school acts, Valmont Chair Lina M. Khan said.");
  CAPTURE(got);
  CHECK(has(got, "Lina M. Khan|leads|Valmont University"));
  for (const auto& f : got) CHECK(f.find("Chair") == std::string::npos);
}

TEST_CASE("descriptions and pronouns opening a sentence stand for the earlier entity") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Norvex held a press event on Monday. The company released Falcor-7 in March.", "Norvex|develops|Falcor-7"},
      // "The fledgling firm", "La start-up": the name the text called a young company
      {"Jun Takeda left Kestrel to set up her start-up, Norvex. Norvex and Kestrel were both praised by analysts. The fledgling firm released Falcor-7 in March.", "Norvex|develops|Falcor-7"},
      {"Jun Takeda a quitt\xC3\xA9 Kestrel pour fonder la p\xC3\xA9pite Norvex. Norvex et Kestrel sont cit\xC3\xA9" "es par les analystes. La start-up a lanc\xC3\xA9 Falcor-7 en mars.", "Norvex|develops|Falcor-7"},
      // names given as examples are no referent ("clients such as A and B")
      {"Norvex grew fast. Its engineers build tools for groups such as Kestrel and Sylvania Robotics. The company released Falcor-7 in March.", "Norvex|develops|Falcor-7"},
      {"Norvex grandit vite. Ses ing\xC3\xA9nieurs servent des groupes comme Kestrel ou Sylvania Robotics. La soci\xC3\xA9t\xC3\xA9 a lanc\xC3\xA9 Falcor-7 en mars.", "Norvex|develops|Falcor-7"},
      {"Norvex a pr\xC3\xA9sent\xC3\xA9 ses comptes lundi. La soci\xC3\xA9t\xC3\xA9 a lanc\xC3\xA9 Falcor-7 en mars.", "Norvex|develops|Falcor-7"},
      {"Kestrel reported strong sales. It later released Tern X1 to cloud customers.", "Kestrel|develops|Tern X1"},
      {"Kestrel a publi\xC3\xA9 ses r\xC3\xA9sultats. Mais le groupe a aussi lanc\xC3\xA9 Tern X1.", "Kestrel|develops|Tern X1"},
      {"Jun Takeda spoke in Lisbon on Friday. He founded Norvex in 2020.", "Jun Takeda|founded|Norvex"},
      {"Jun Takeda est arriv\xC3\xA9 \xC3\xA0 Lisbonne vendredi. Il a fond\xC3\xA9 Norvex en 2020.", "Jun Takeda|founded|Norvex"},
      // the subject of the earlier sentence wins over a later object
      {"Kestrel bought a stake in Norvex last year. The company released Tern X1 in May.", "Kestrel|develops|Tern X1"},
  }));
  CAPTURE(text);
  Document d;
  d.name = "t.txt";
  d.text = text;
  auto fs = extractor().extract(d);
  std::vector<std::string> got;
  for (const auto& f : fs) {
    got.push_back(f.triple.subject.name + "|" + std::string(kg::to_string(f.triple.predicate)) + "|" + f.triple.object.name);
    // found through a description: said in the rule id, and less sure than a named mention
    if (got.back() == expected) {
      CHECK(f.triple.rule.find("+coref") != std::string::npos);
      CHECK(f.triple.confidence < 0.75);
    }
  }
  CAPTURE(got);
  CHECK(has(got, expected));
}

TEST_CASE("descriptions with no single clear referent, or in blocked sentences, give nothing") {
  auto text = GENERATE(as<std::string>{},
      "Norvex and Kestrel held a joint event. The company released Falcor-7.",
      "Norvex et Kestrel ont tenu un salon. La soci\xC3\xA9t\xC3\xA9 a lanc\xC3\xA9 Falcor-7.",
      "The company released Falcor-7 in March.",
      "La soci\xC3\xA9t\xC3\xA9 a lanc\xC3\xA9 Falcor-7 en mars.",
      "Norvex a pr\xC3\xA9sent\xC3\xA9 ses comptes. La soci\xC3\xA9t\xC3\xA9 n'a pas lanc\xC3\xA9 Falcor-7.",
      "Kestrel reported strong sales. It could release Tern X1 next year.",
      "Norvex a pr\xC3\xA9sent\xC3\xA9 ses comptes. Le groupe pourrait lancer Falcor-7.",
      "Analysts praised Kestrel. They believe the company released Tern X1.");
  CAPTURE(text);
  auto got = facts(text);
  CAPTURE(got);
  CHECK(got.empty());
}

TEST_CASE("a description inside a sentence that names another fitting name first is not a topic named once") {
  auto got = facts("Une start-up fond\xC3\xA9" "e par des anciens de Kestrel a lev\xC3\xA9 105 millions d'euros. "
                   "Le premier tour de financement de Norvex valorise la soci\xC3\xA9t\xC3\xA9 freedonienne \xC3\xA0 240 millions d'euros.");
  CAPTURE(got);
  CHECK_FALSE(has(got, "Kestrel|based_in|Freedonia"));
}

TEST_CASE("names given as examples inside an apposition are no verb's subject") {
  auto got = facts("Kestrel, l'un des premiers bailleurs d'entreprises telles que Norvex et Veridian Labs, "
                   "dirige le tour de table de Sylvania Robotics.");
  CAPTURE(got);
  CHECK_FALSE(has(got, "Norvex|invests_in|Sylvania Robotics"));
  CHECK_FALSE(has(got, "Veridian Labs|invests_in|Sylvania Robotics"));
}

TEST_CASE("a name that contains its home country does not state it (lexicon.name_country is off), a possession does not") {
  // inferred from the name alone: off unless a rule file gives lexicon.name_country a factor
  // (emit_test's "lexicon facts" checks it on)
  CHECK_FALSE(has(facts("Sylvania Robotics recrute des ing\xC3\xA9nieurs."), "Sylvania Robotics|based_in|Sylvania"));
  CHECK_FALSE(has(facts("Grand Freedonian Bank opened a new office."), "Grand Freedonian Bank|based_in|Freedonia"));
  // country known to the lexicon but not named in the text: nothing
  CHECK_FALSE(has(facts("Valmont Capital opened a new office."), "Valmont Capital|based_in|Freedonia"));
  // the demonym describes the owner, not what it owns
  auto got = facts("Tian Oro, former dean of Sylvanian giant Kestrel's Applied Vision Institute, left.");
  CAPTURE(got);
  CHECK(has(got, "Kestrel|based_in|Sylvania"));
  CHECK_FALSE(has(got, "Applied Vision Institute|based_in|Sylvania"));
}

TEST_CASE("trials under way are uses, negated or planned ones are not") {
  CHECK(has(facts("Kestrel has started testing Falcor-7 internally."), "Kestrel|uses|Falcor-7"));
  CHECK(has(facts("Kestrel a commenc\xC3\xA9 \xC3\xA0 tester en interne le mod\xC3\xA8le Falcor-7."), "Kestrel|uses|Falcor-7"));
  CHECK(facts("Kestrel has not started testing Falcor-7.").empty());
  CHECK(facts("Kestrel n'a pas commenc\xC3\xA9 \xC3\xA0 tester Falcor-7.").empty());
  CHECK(facts("Kestrel might start testing Falcor-7.").empty());
}

TEST_CASE("a user lexicon says two names are one entity, or that two are different") {
  Extractor x = make_extractor({kData + "lexicon.json"}, {}, false, true);
  // same name and type as a known entity: its aliases are added to that entity
  x.add_lexicon(R"({"entities":[{"name":"Norvex","type":"Company","aliases":["NVX Group"]}]})", "user.json");
  Document d;
  d.name = "t.txt";
  d.text = "Kestrel invested $2 billion in NVX Group.";
  auto fs = x.extract(d);
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].triple.object.name == "Norvex");
  // typo within the edit distance merges; distinct_from keeps two names apart
  Extractor y = make_extractor({kData + "lexicon.json"}, {}, false, true);
  d.text = "Norvex grandit vite. Kestrel investit dans Norvax.";
  bool merged = false;
  for (const auto& f : y.extract(d)) merged = merged || f.triple.object.name == "Norvex";
  CHECK(merged);
  y.add_lexicon(R"({"entities":[{"name":"Norvex","type":"Company","distinct_from":["Norvax"]}]})", "user.json");
  merged = false;
  for (const auto& f : y.extract(d)) merged = merged || f.triple.object.name == "Norvex";
  CHECK_FALSE(merged);
}

TEST_CASE("evidence: doc, verbatim sentence and its byte offsets, deduplicated, ordered") {
  Document d;
  d.name = "doc.txt";
  d.date = "2025-03-01";
  d.text = "Titre\n\nJun Takeda a fond\xC3\xA9 Norvex en 2020. Kestrel invested $2 billion in Norvex. "
           "Jun Takeda a fond\xC3\xA9 Norvex, rappelons-le.\n";
  auto fs = extractor().extract(d);
  REQUIRE(fs.size() == 2);
  CHECK(fs[0].triple.predicate == kg::Predicate::founded);
  CHECK(fs[1].triple.predicate == kg::Predicate::invests_in);
  for (const auto& f : fs) {
    const auto& e = f.triple.evidence;
    CHECK(e.doc == "doc.txt");
    CHECK(e.date == "2025-03-01");
    CHECK(d.text.substr(e.start, e.end - e.start) == e.sentence);
    CHECK(f.span_start >= e.start);
    CHECK(f.span_end <= e.end);
    CHECK(f.triple.confidence > 0.0);
    CHECK(f.triple.confidence <= 1.0);
    CHECK_FALSE(f.triple.rule.empty());
  }
  CHECK(fs[0].triple.evidence.sentence == "Jun Takeda a fond\xC3\xA9 Norvex en 2020.");
  // deterministic
  auto again = extractor().extract(d);
  REQUIRE(again.size() == fs.size());
  for (std::size_t i = 0; i < fs.size(); ++i) CHECK(again[i].triple == fs[i].triple);
}

TEST_CASE("bad lexicon and rule files are reported with their name") {
  CHECK_THROWS_WITH(make_extractor({kData + "bad_lexicon.json"}, {}, false, true),
                    Catch::Contains("bad_lexicon.json") && Catch::Contains("Planet"));
  CHECK_THROWS_WITH(make_extractor({}, {kData + "bad_rules.json"}, false, false),
                    Catch::Contains("bad_rules.json") || Catch::Contains("@NOPE"));
  Extractor x;
  CHECK_THROWS_AS(x.add_lexicon("{not json", "inline.json"), kg::InputError);
  CHECK_THROWS_AS(x.add_rules("{\"rules\":[{\"id\":\"r\",\"predicate\":\"flies\",\"pattern\":\"S O\"}]}", "r.json"),
                  kg::InputError);
}

TEST_CASE("the built-in lexicon and rules are compiled in") {
  CHECK_FALSE(default_rules().empty());
  Extractor x = make_extractor({}, {});
  CHECK(x.rule_count() > 50);
  if (default_lexicons().empty()) {
    WARN("no built-in lexicon (corpus/lexicon is empty)");
    return;
  }
  CHECK(x.entity_count() > 100);
  auto recs = x.entity_records();
  CHECK(std::any_of(recs.begin(), recs.end(), [](const kg::EntityRecord& r) { return r.type == kg::EntityType::Country; }));
  // countries beyond the AI powers: news names them as bases and markets
  for (const char* c : {"Albania", "Gabon", "Kenya", "Chile", "Vietnam"})
    CHECK(std::any_of(recs.begin(), recs.end(), [&](const kg::EntityRecord& r) { return r.name == c; }));
  // an alias is never another release of the name ("Galaxy S24" is no Galaxy S25, "GDDR6" no
  // GDDR7): the same words with another version number ("Gemini 2" is Gemini 2.0)
  auto split = [](const std::string& s) {  // (the name with its numbers masked, the numbers)
    std::string shape, num;
    std::vector<std::string> nums;
    for (std::size_t i = 0; i <= s.size(); ++i) {
      const char c = i < s.size() ? s[i] : ' ';
      if ((c >= '0' && c <= '9') || (c == '.' && !num.empty() && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9')) {
        num += c;
        continue;
      }
      if (!num.empty()) {
        if (num.size() > 2 && num.compare(num.size() - 2, 2, ".0") == 0) num.resize(num.size() - 2);
        nums.push_back(num);
        shape += '#';
        num.clear();
      }
      shape += c;
    }
    return std::make_pair(shape, nums);
  };
  for (const auto& r : recs) {
    const auto [shape, nums] = split(r.name);
    if (nums.empty()) continue;
    for (const auto& a : r.aliases) {
      const auto [ashape, anums] = split(a);
      if (ashape == shape) CHECK(anums == nums);
    }
  }
  // a name made of ordinary words matches only with its capitals ("Meta's chief AI
  // scientist" names no Sakana AI's "AI Scientist" model)
  Document d;
  d.name = "en_t.txt";
  d.text = "Yann LeCun, Meta's chief AI scientist, is leaving the company.";
  for (const auto& f : x.extract(d)) CHECK(f.triple.object.name != "AI Scientist");
  // a rule's constant slot names a lexicon entity ("la liste des entités" is the United States')
  d.name = "fr_t.txt";
  d.text = "La start-up Zorblax grandit. Zorblax a \xC3\xA9t\xC3\xA9 plac\xC3\xA9" "e sur la liste des entit\xC3\xA9s en janvier.";
  const auto found = x.extract(d);
  CHECK(std::any_of(found.begin(), found.end(), [](const Finding& f) {
    return f.triple.subject.name == "United States" && f.triple.object.name == "Zorblax";
  }));
  // tails after a lexicon name are another form of it ("Point72 Private Investments" is
  // Point72, no investor "Private Investments")
  d.name = "en_t.txt";
  d.text = "Claiming accurate answers, Luminance has raised $75 million in a Series C funding round led by Point72 "
           "Private Investments.";
  for (const auto& f : x.extract(d)) CHECK(f.triple.subject.name != "Private Investments");
  // a product that is also a company's name (alt_types) fills a company's slot: Windsurf,
  // the editor and the start-up Cognition AI acquired
  d.name = "en_t.txt";
  d.text = "Cognition AI acquired Windsurf, the coding startup whose founders had left for Google, in a deal announced in July.";
  const auto acquired = x.extract(d);
  CHECK(std::any_of(acquired.begin(), acquired.end(), [](const Finding& f) {
    return f.triple.subject.name == "Windsurf" && f.triple.predicate == kg::Predicate::part_of &&
           f.triple.object.name == "Cognition AI";
  }));
}

// Constructions found on unseen articles (tests/data/extract/heldout): one FR and one EN row
// per new pattern where both languages have it.
TEST_CASE("held-out constructions, FR and EN") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // develops: "whose X", "dont la puce X", maker nouns, passives by a subsidiary, asides
      {"Kestrel, whose Tern X1 chip sells well, grew.", "Kestrel|develops|Tern X1"},
      {"Kestrel, dont la puce Tern X1 se vend bien, grandit.", "Kestrel|develops|Tern X1"},
      {"Kestrel, seul fabricant au monde de Tern X1, grandit.", "Kestrel|develops|Tern X1"},
      {"Kestrel, the sole maker of Tern X1, grew.", "Kestrel|develops|Tern X1"},
      {"Norvex utilise des puces Tern X1 con\xC3\xA7ues par sa filiale Kestrel.", "Kestrel|develops|Tern X1"},
      {"Kestrel, de son c\xC3\xB4t\xC3\xA9, a d\xC3\xA9voil\xC3\xA9 Tern X1.", "Kestrel|develops|Tern X1"},
      // leads: "Kestrel's CEO", "the founder and chief executive of", "cofondatrice et PDG de", co-leads
      {"Ada Marlowe, Kestrel's CEO, spoke on Monday.", "Ada Marlowe|leads|Kestrel"},
      {"Ada Marlowe, Kestrel's chief executive, spoke on Monday.", "Ada Marlowe|leads|Kestrel"},
      {"Ada Marlowe, the founder and chief executive of Kestrel, spoke.", "Ada Marlowe|leads|Kestrel"},
      {"Ada Marlowe, cofondatrice et PDG de Kestrel, a parl\xC3\xA9.", "Ada Marlowe|leads|Kestrel"},
      {"Ada Marlowe co-leads Veridian Labs with Jun Takeda.", "Ada Marlowe|leads|Veridian Labs"},
      {"Ada Marlowe codirige Veridian Labs depuis mars.", "Ada Marlowe|leads|Veridian Labs"},
      // worked_at / works_at
      {"Jun Takeda spent more than ten years at Norvex before the move.", "Jun Takeda|worked_at|Norvex"},
      {"Jun Takeda a pass\xC3\xA9 dix ans chez Norvex avant de partir.", "Jun Takeda|worked_at|Norvex"},
      {"Jun Takeda, who led Norvex's chip team, left in May.", "Jun Takeda|worked_at|Norvex"},
      {"Jun Takeda, who led Norvex's chip team, also joined Kestrel.", "Jun Takeda|works_at|Kestrel"},
      {"Orla Brenn, who led Norvex's chip team, also joined Kestrel.", "Orla Brenn|works_at|Kestrel"},
      // founded: "X, which Y co-founded"
      {"Norvex, which Jun Takeda co-founded in 2020, grew fast.", "Jun Takeda|founded|Norvex"},
      {"Norvex, que Jun Takeda a cofond\xC3\xA9 en 2020, grandit vite.", "Jun Takeda|founded|Norvex"},
      // based_in: "Sylvania's largest chipmaker", "le sylvanien Kestrel", "géant sylvanien de ... Kestrel"
      {"Kestrel, Sylvania's largest chipmaker, grew.", "Kestrel|based_in|Sylvania"},
      {"Le sylvanien Kestrel a doubl\xC3\xA9 ses ventes.", "Kestrel|based_in|Sylvania"},
      {"Le g\xC3\xA9" "ant sylvanien de la vision par ordinateur Kestrel a grandi.", "Kestrel|based_in|Sylvania"},
      {"Kestrel, le premier \xC3\xA9quipementier sylvanien, grandit.", "Kestrel|based_in|Sylvania"},
      {"Kestrel, a Sylvanian equipment supplier, grew.", "Kestrel|based_in|Sylvania"},
      // restricts: the Entity List, a possessor before the chip, exports towards a country
      {"Norvex has been on the Sylvanian Entity List since 2019.", "Sylvania|restricts|Norvex"},
      {"Sylvania added Norvex, a Freedonian chip designer, to the Entity List.", "Sylvania|restricts|Norvex"},
      {"Sylvania banned sales of Kestrel's fastest Tern X1 chips in 2022.", "Sylvania|restricts|Tern X1"},
      {"La Freedonie a riposté en interdisant les exportations de gallium vers la Sylvanie.", "Freedonia|restricts|Sylvania"},
      // competes: an apposition before the verb
      {"Falcor-7, its newest model, which rivals Norvex-2, ships today.", "Falcor-7|competes_with|Norvex-2"},
      {"Falcor-7, un mod\xC3\xA8le de raisonnement, concurrence directement Norvex-2.", "Falcor-7|competes_with|Norvex-2"},
      // an owner after a preposition still owns: "competes with Veridian's Falcor-7"
      {"Norvex-2 competes with Veridian's Falcor-7 on price.", "Veridian Labs|develops|Falcor-7"},
      // offers: "to its cloud customers"
      {"Kestrel offers Falcor-7 to its cloud customers.", "Kestrel|offers|Falcor-7"},
      // uses: "trains most of its models on X's Y", "en utilisant"
      {"Norvex trains most of its large models on Kestrel's Tern X1.", "Norvex|uses|Tern X1"},
      {"Norvex entra\xC3\xAEne ses mod\xC3\xA8les en utilisant Tern X1.", "Norvex|uses|Tern X1"},
      // a longer name starting inside a shorter one wins: "GPU Kestrel Tern X1"
      {"Norvex utilise des GPU Kestrel Tern X1.", "Norvex|uses|Tern X1"},
      // part_of
      {"Veridian Labs, Kestrel's research unit, is hiring.", "Veridian Labs|part_of|Kestrel"},
      {"Veridian Labs, la plateforme vid\xC3\xA9o contr\xC3\xB4l\xC3\xA9" "e par Kestrel, recrute.", "Veridian Labs|part_of|Kestrel"},
      // invests_in: a round backed / led by
      {"Norvex raised $6 billion in a funding round backed by Kestrel and Valmont Capital.", "Valmont Capital|invests_in|Norvex"},
      {"Norvex a boucl\xC3\xA9 une lev\xC3\xA9" "e de fonds men\xC3\xA9" "e par Kestrel.", "Kestrel|invests_in|Norvex"},
      // descriptions of apps and models opening a sentence
      {"Falcor-7 gained users in March. The app competes with Norvex-2.", "Falcor-7|competes_with|Norvex-2"},
      {"Falcor-7 a gagn\xC3\xA9 des utilisateurs. L'application concurrence Norvex-2.", "Falcor-7|competes_with|Norvex-2"},
  }));
  CAPTURE(text);
  auto got = facts(text);
  CAPTURE(got);
  CHECK(has(got, expected));
}

TEST_CASE("held-out constructions: what they must not say") {
  auto [text, wrong] = GENERATE(table<std::string, std::string>({
      // a founder is not thereby an employee
      {"Ada Marlowe, the founder of Kestrel, spoke.", "Ada Marlowe|works_at|Kestrel"},
      {"Ada Marlowe, cofondatrice de Kestrel, a parl\xC3\xA9.", "Ada Marlowe|works_at|Kestrel"},
      // a chief scientist does not lead; a former CEO no longer does
      {"Ada Marlowe, Kestrel's chief scientist, spoke.", "Ada Marlowe|leads|Kestrel"},
      {"Ada Marlowe, Kestrel's former CEO, spoke.", "Ada Marlowe|leads|Kestrel"},
      // the maker of a restricted chip is not itself restricted; a possessor is no object
      {"Sylvania restricted exports of Kestrel's Tern X1 chips.", "Sylvania|restricts|Kestrel"},
      {"Sylvania banned sales of Kestrel's fastest Tern X1 chips in 2022.", "Sylvania|restricts|Kestrel"},
      // the shorter name swallowed by a longer one is not mentioned
      {"Norvex utilise des GPU Kestrel Tern X1.", "Norvex|uses|Kestrel GPUs"},
      // a description after an aside is the subject, not the name inside the aside
      {"Fond\xC3\xA9" "e par Jun Takeda, ancien chercheur chez Norvex, l'entreprise d\xC3\xA9veloppe Falcor-7.", "Norvex|develops|Falcor-7"},
      {"Founded by a former researcher at Norvex, the company develops Falcor-7.", "Norvex|develops|Falcor-7"},
      // negated, hypothetical, future
      {"Norvex has never been on the Sylvanian Entity List.", "Sylvania|restricts|Norvex"},
      {"Norvex could raise money in a round backed by Kestrel.", "Kestrel|invests_in|Norvex"},
      {"Norvex pourrait boucler une lev\xC3\xA9" "e de fonds men\xC3\xA9" "e par Kestrel.", "Kestrel|invests_in|Norvex"},
      {"Jun Takeda never spent years at Norvex.", "Jun Takeda|worked_at|Norvex"},
      {"Jun Takeda n'a pas pass\xC3\xA9 dix ans chez Norvex.", "Jun Takeda|worked_at|Norvex"},
      {"Kestrel, de son c\xC3\xB4t\xC3\xA9, n'a pas d\xC3\xA9voil\xC3\xA9 Tern X1.", "Kestrel|develops|Tern X1"},
      {"Kestrel, de son c\xC3\xB4t\xC3\xA9, pourrait d\xC3\xA9voiler Tern X1.", "Kestrel|develops|Tern X1"},
      {"Falcor-7, its newest model, which might rival Norvex-2, ships today.", "Falcor-7|competes_with|Norvex-2"},
      {"Falcor-7, un mod\xC3\xA8le de raisonnement, ne concurrence pas Norvex-2.", "Falcor-7|competes_with|Norvex-2"},
      {"Norvex, which Jun Takeda did not co-found, grew.", "Jun Takeda|founded|Norvex"},
      {"Analysts think Ada Marlowe co-leads Veridian Labs.", "Ada Marlowe|leads|Veridian Labs"},
  }));
  CAPTURE(text);
  auto got = facts(text);
  CAPTURE(got);
  CHECK_FALSE(has(got, wrong));
}

TEST_CASE("held-out constructions, second round: asides, descriptions, possessed names") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // an apposition still describes a name that follows a preposition
      {"Le projet a \xC3\xA9t\xC3\xA9 men\xC3\xA9 par Jun Takeda, ancien chercheur chez Norvex.", "Jun Takeda|worked_at|Norvex"},
      {"The talk was given by Jun Takeda, a former researcher at Norvex.", "Jun Takeda|worked_at|Norvex"},
      // a two-letter surname refers back to the one person who has it
      {"Wu Minghao, engineer at Kestrel, spoke. Wu spent ten years at Norvex.", "Wu Minghao|worked_at|Norvex"},
      {"Wu Minghao, ing\xC3\xA9nieur chez Kestrel, a parl\xC3\xA9. Wu a pass\xC3\xA9 dix ans chez Norvex.", "Wu Minghao|worked_at|Norvex"},
      // dates before a description or a subject do not hide them
      {"Norvex held a press event. In January, the company released Falcor-7.", "Norvex|develops|Falcor-7"},
      {"Norvex a pr\xC3\xA9sent\xC3\xA9 ses comptes. En janvier, la soci\xC3\xA9t\xC3\xA9 a lanc\xC3\xA9 Falcor-7.", "Norvex|develops|Falcor-7"},
      {"In January Norvex cut its prices. The company released Falcor-7 in March.", "Norvex|develops|Falcor-7"},
      // "the chip", "la puce"
      {"Tern X1 ships in May. The chip is manufactured by Kestrel.", "Kestrel|develops|Tern X1"},
      {"Tern X1 sort en mai. La puce est fabriqu\xC3\xA9" "e par Kestrel.", "Kestrel|develops|Tern X1"},
      // "its X chips", "sa puce X"
      {"Kestrel cut the price of its Tern X1 chips by half.", "Kestrel|develops|Tern X1"},
      {"Kestrel a baiss\xC3\xA9 le prix de sa puce Tern X1.", "Kestrel|develops|Tern X1"},
      // "is now chief scientist of", "est désormais scientifique en chef de"
      {"Jun Takeda is now chief scientist of Norvex.", "Jun Takeda|works_at|Norvex"},
      {"Jun Takeda est d\xC3\xA9sormais scientifique en chef de Norvex.", "Jun Takeda|works_at|Norvex"},
      // restricted exports of X to a country
      {"Sylvania restricted exports of Kestrel's Tern X1 chips to Freedonia.", "Sylvania|restricts|Freedonia"},
      {"La Sylvanie a interdit les exportations de Tern X1 vers la Freedonie.", "Sylvania|restricts|Freedonia"},
      // a unit named in apposition offers
      {"Veridian Labs, Kestrel's cloud unit, offers Falcor-7 models to developers.", "Veridian Labs|offers|Falcor-7"},
      {"Veridian Labs, filiale de Kestrel, propose d\xC3\xA9j\xC3\xA0 Falcor-7 \xC3\xA0 ses clients.", "Veridian Labs|offers|Falcor-7"},
      {"Falcor-7 is available to Premium subscribers on Kestrel.", "Kestrel|offers|Falcor-7"},
  }));
  CAPTURE(text);
  auto got = facts(text);
  CAPTURE(got);
  CHECK(has(got, expected));
}

TEST_CASE("held-out constructions, second round: what they must not say") {
  auto [text, wrong] = GENERATE(table<std::string, std::string>({
      // a function word is no surname
      {"An Wei, engineer at Kestrel, spoke. An analyst at Norvex disagreed.", "An Wei|works_at|Norvex"},
      // what a company bought is not what it makes
      {"Norvex bought its Tern X1 chips from Kestrel last year.", "Norvex|develops|Tern X1"},
      {"Norvex a achet\xC3\xA9 ses puces Tern X1 \xC3\xA0 Kestrel.", "Norvex|develops|Tern X1"},
      // negated and hypothetical
      {"Sylvania did not restrict exports of Tern X1 chips to Freedonia.", "Sylvania|restricts|Freedonia"},
      {"La Sylvanie pourrait interdire les exportations de Tern X1 vers la Freedonie.", "Sylvania|restricts|Freedonia"},
      {"Jun Takeda is not chief scientist of Norvex.", "Jun Takeda|works_at|Norvex"},
      {"Veridian Labs, Kestrel's cloud unit, could offer Falcor-7 to developers.", "Veridian Labs|offers|Falcor-7"},
      {"Veridian Labs, filiale de Kestrel, ne propose pas Falcor-7 \xC3\xA0 ses clients.", "Veridian Labs|offers|Falcor-7"},
      {"Tern X1 ships in May. The chip might be manufactured by Kestrel.", "Kestrel|develops|Tern X1"},
  }));
  CAPTURE(text);
  auto got = facts(text);
  CAPTURE(got);
  CHECK_FALSE(has(got, wrong));
}

TEST_CASE("held-out constructions, third round: appositions, coordinations, passives, 'former'") {
  SECTION("a verb rule's subject skips its apposition, FR and EN") {
    CHECK(has(facts("Jun Takeda, the co-founder of Norvex, joined Kestrel in May."), "Jun Takeda|works_at|Kestrel"));
    CHECK(has(facts("Jun Takeda, ancien directeur scientifique de Norvex, dirige Kestrel depuis 2020."), "Jun Takeda|leads|Kestrel"));
    CHECK(has(facts("Kestrel, which is based in Sylvania, invested $2 billion in Norvex."), "Kestrel|invests_in|Norvex"));
    CHECK(has(facts("Veridian Labs, la filiale de Kestrel, a adopt\xC3\xA9 Tern X1."), "Veridian Labs|uses|Tern X1"));
    // what the apposition negates or hedges is its own business; the main verb's negation blocks
    CHECK(has(facts("Jun Takeda, who never worked there, joined Kestrel."), "Jun Takeda|works_at|Kestrel"));
    CHECK(has(facts("Kestrel, une startup qui n'a jamais fait de b\xC3\xA9n\xC3\xA9" "fices, a lanc\xC3\xA9 Tern X1."), "Kestrel|develops|Tern X1"));
    CHECK_FALSE(has(facts("Jun Takeda, the co-founder of Norvex, did not join Kestrel."), "Jun Takeda|works_at|Kestrel"));
    // an apposition with commas inside: "founded by A, B and C,"
    CHECK(has(facts("Kestrel, le laboratoire fond\xC3\xA9 par Jun Takeda, Ada Marlowe et d'autres, a pr\xC3\xA9sent\xC3\xA9 Tern X1."), "Kestrel|develops|Tern X1"));
    CHECK(has(facts("Norvex, the startup founded in 2021 by former Kestrel engineers Jun Takeda and Ada Marlowe, develops the Falcor-7 family."), "Ada Marlowe|founded|Norvex"));
    CHECK(has(facts("Norvex, the startup founded in 2021 by former Kestrel engineers Jun Takeda and Ada Marlowe, develops the Falcor-7 family."), "Jun Takeda|worked_at|Kestrel"));
    CHECK_FALSE(has(facts("Jun Takeda, ancien directeur de Norvex, ne dirige pas Kestrel."), "Jun Takeda|leads|Kestrel"));
  }
  SECTION("a subject never starts inside a coordination") {
    auto got = facts("The company is backed by Kestrel and Norvex and develops Falcor-7.");
    CAPTURE(got);
    CHECK_FALSE(has(got, "Norvex|develops|Falcor-7"));
    CHECK_FALSE(has(facts("La soci\xC3\xA9t\xC3\xA9 est soutenue par Kestrel et Norvex et d\xC3\xA9veloppe Falcor-7."), "Norvex|develops|Falcor-7"));
    CHECK(has(facts("Kestrel and Norvex develop Falcor-7 together."), "Norvex|develops|Falcor-7"));
  }
  SECTION("an active rule's first name after a preposition is another verb's complement") {
    auto got = facts("La startup Obelin, cofond\xC3\xA9" "e par d'anciens chercheurs de Norvex, a lev\xC3\xA9 10 millions d'euros aupr\xC3\xA8s de Kestrel.");
    CAPTURE(got);
    CHECK_FALSE(has(got, "Kestrel|invests_in|Norvex"));
    CHECK_FALSE(has(facts("A spin-off of Norvex raised $10 million from Kestrel."), "Kestrel|invests_in|Norvex"));
    // passives still describe their first slot
    CHECK(has(facts("The rise of Falcor-7, developed by Veridian Labs, surprised everyone."), "Veridian Labs|develops|Falcor-7"));
  }
  SECTION("'former' / 'ancien' just before the match") {
    auto got = facts("Norvex was founded by former Kestrel engineer Jun Takeda.");
    CAPTURE(got);
    CHECK_FALSE(has(got, "Jun Takeda|works_at|Kestrel"));
    CHECK_FALSE(has(facts("Les anciens ing\xC3\xA9nieurs de Kestrel Jun Takeda et Ada Marlowe ont fond\xC3\xA9 Norvex."), "Jun Takeda|works_at|Kestrel"));
  }
  SECTION("a restriction's object does not lie past a comma, in the next clause") {
    CHECK_FALSE(has(facts("La Sylvanie bloque l'application, Kestrel l'int\xC3\xA8gre \xC3\xA0 Chatter."), "Sylvania|restricts|Kestrel"));
    CHECK_FALSE(has(facts("Sylvania blocks the app, Kestrel adds it to Chatter."), "Sylvania|restricts|Kestrel"));
    CHECK(has(facts("Sylvania, for its part, blocked Tern X1 exports."), "Sylvania|restricts|Tern X1"));
  }
  SECTION("chips made by a maker are not the model's maker") {
    auto got = facts("Norvex trained Norvex-2 entirely on chips made by Kestrel.");
    CAPTURE(got);
    CHECK_FALSE(has(got, "Kestrel|develops|Norvex-2"));
    CHECK_FALSE(has(facts("Norvex a entra\xC3\xAEn\xC3\xA9 Norvex-2 sur des puces fabriqu\xC3\xA9" "es par Kestrel."), "Kestrel|develops|Norvex-2"));
  }
  SECTION("relatives, subsidiaries, founding participles, listings") {
    CHECK(has(facts("Kestrel vend Tern X1, que la Sylvanie interdit d'exporter vers la Freedonie."), "Sylvania|restricts|Freedonia"));
    CHECK(has(facts("Kestrel sells Tern X1, which Sylvania banned last year."), "Sylvania|restricts|Tern X1"));
    // the antecedent of a relative may follow a preposition
    CHECK(has(facts("Norvex utilise une version de Tern X1 que la Sylvanie interdit d'exporter vers la Freedonie."), "Sylvania|restricts|Tern X1"));
    CHECK(has(facts("Norvex uses a version of Tern X1, which Sylvania banned last year."), "Sylvania|restricts|Tern X1"));
    CHECK(has(facts("Veridian Labs est une filiale de Kestrel depuis 2021."), "Veridian Labs|part_of|Kestrel"));
    CHECK(has(facts("Veridian Labs is a subsidiary of Kestrel."), "Veridian Labs|part_of|Kestrel"));
    CHECK(has(facts("Norvex, le laboratoire de recherche install\xC3\xA9 \xC3\xA0 Lisbonne et fond\xC3\xA9 par Jun Takeda, recrute."), "Jun Takeda|founded|Norvex"));
    CHECK(has(facts("Norvex, another Freedonian startup, was founded by Jun Takeda."), "Jun Takeda|founded|Norvex"));
    CHECK(has(facts("Kestrel, a chip designer listed on Lisbon's Lisbon Stock Exchange, grew."), "Kestrel|listed_on|Lisbon Stock Exchange"));
    CHECK(has(facts("Kestrel, the developer of the Tern X1 chips, grew."), "Kestrel|develops|Tern X1"));
    CHECK_FALSE(has(facts("Veridian Labs n'est pas une filiale de Kestrel."), "Veridian Labs|part_of|Kestrel"));
    CHECK_FALSE(has(facts("Veridian Labs is not a subsidiary of Kestrel."), "Veridian Labs|part_of|Kestrel"));
  }
}

TEST_CASE("held-out constructions, fourth round: founders named after 'par'/'by', funded bodies") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // an unknown founder named after "fondée par" / "founded by"
      {"La start-up Hexa, cofond\xC3\xA9" "e par Charles Kantor, recrute.", "Charles Kantor|founded|Hexa"},
      {"The startup Hexa, co-founded by Charles Kantor, is hiring.", "Charles Kantor|founded|Hexa"},
      // "O, <apposition>, a levé ... auprès de S": the first name skips its apposition too
      {"La start-up Hexa, cofond\xC3\xA9" "e par Charles Kantor, a lev\xC3\xA9 220 millions de dollars aupr\xC3\xA8s de Kestrel.", "Kestrel|invests_in|Hexa"},
      {"Norvex, a Freedonian startup, raised $10 million from Kestrel.", "Kestrel|invests_in|Norvex"},
      // a funded organisation
      {"Valmont University est financ\xC3\xA9" "e par Kestrel.", "Kestrel|invests_in|Valmont University"},
      {"Valmont University is funded by Kestrel.", "Kestrel|invests_in|Valmont University"},
      // "The X" before the subject of the sentence a description refers to
      {"The Tern X1 rivals Norvex's chips in speed. The chip is manufactured by Kestrel.", "Kestrel|develops|Tern X1"},
      {"La Tern X1 s\xC3\xA9" "duit les clients. La puce est fabriqu\xC3\xA9" "e par Kestrel.", "Kestrel|develops|Tern X1"},
      // "the Sylvanian Valmont University": a country word right before a body's name
      {"The Freedonian Trade Control Office opened a desk.", "Trade Control Office|based_in|Freedonia"},
  }));
  CAPTURE(text);
  auto got = facts(text);
  CAPTURE(got);
  CHECK(has(got, expected));
}

TEST_CASE("held-out constructions, fourth round: what they must not say") {
  auto [text, wrong] = GENERATE(table<std::string, std::string>({
      {"La start-up Hexa, cofond\xC3\xA9" "e par Charles Kantor, pourrait lever des fonds aupr\xC3\xA8s de Kestrel.", "Kestrel|invests_in|Hexa"},
      {"Norvex, a Freedonian startup, has not raised money from Kestrel.", "Kestrel|invests_in|Norvex"},
      {"Valmont University is not funded by Kestrel.", "Kestrel|invests_in|Valmont University"},
      {"The startup Hexa was not founded by Charles Kantor.", "Charles Kantor|founded|Hexa"},
  }));
  CAPTURE(text);
  auto got = facts(text);
  CAPTURE(got);
  CHECK_FALSE(has(got, wrong));
}

TEST_CASE("held-out constructions, fifth round: heads, investors, possessors, 'trains its X on Y'") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Kestrel chief executive Jun Takeda spoke on Monday.", "Jun Takeda|leads|Kestrel"},
      {"Kestrel, Norvex's largest investor, sits on its board.", "Kestrel|invests_in|Norvex"},
      {"Kestrel, premier actionnaire de Norvex, si\xC3\xA8ge \xC3\xA0 son conseil.", "Kestrel|invests_in|Norvex"},
      {"Sylvania's Kestrel doubled its sales.", "Kestrel|based_in|Sylvania"},
      {"Norvex trains its Norvex-2 models on Kestrel's Tern X1.", "Norvex|uses|Tern X1"},
      {"Norvex trains its Norvex-2 models on Kestrel's Tern X1.", "Norvex|develops|Norvex-2"},
      {"Norvex entra\xC3\xAEne ses mod\xC3\xA8les Norvex-2 sur des puces Tern X1.", "Norvex|uses|Tern X1"},
      {"Son concurrent sylvanien Kestrel recrute.", "Kestrel|based_in|Sylvania"},
      {"La start-up Norvex, sp\xC3\xA9" "cialiste de la vision, est cot\xC3\xA9" "e sur la Bourse de Lisbonne depuis 2024.", "Norvex|listed_on|Lisbon Stock Exchange"},
      {"Jun Takeda, directeur financier de Kestrel, a parl\xC3\xA9.", "Jun Takeda|works_at|Kestrel"},
      {"Jun Takeda, the chief financial officer of Kestrel, spoke.", "Jun Takeda|works_at|Kestrel"},
  }));
  CAPTURE(text);
  auto got = facts(text);
  CAPTURE(got);
  CHECK(has(got, expected));
}

TEST_CASE("held-out constructions, fifth round: what they must not say") {
  auto [text, wrong] = GENERATE(table<std::string, std::string>({
      // a head of the company leads it; the same sentence does not also make them staff
      {"Jun Takeda, the chief executive of Kestrel, spoke.", "Jun Takeda|works_at|Kestrel"},
      {"Jun Takeda, PDG de Kestrel, a parl\xC3\xA9.", "Jun Takeda|works_at|Kestrel"},
      {"Kestrel chief executive Jun Takeda spoke on Monday.", "Jun Takeda|works_at|Kestrel"},
      // a functional chief or a department head does not lead the company
      {"Jun Takeda, directeur financier de Kestrel, a parl\xC3\xA9.", "Jun Takeda|leads|Kestrel"},
      {"Jun Takeda, the chief financial officer of Kestrel, spoke.", "Jun Takeda|leads|Kestrel"},
      {"Jun Takeda, head of research at Kestrel, spoke.", "Jun Takeda|leads|Kestrel"},
      // a possessor is not the subject: "Kestrel's qualification tests for X"
      {"Norvex has not passed Kestrel's qualification tests for its Tern X1 chips.", "Kestrel|uses|Tern X1"},
      {"Norvex did not train its Norvex-2 models on Tern X1.", "Norvex|uses|Tern X1"},
      {"Kestrel, Norvex's largest investor, could sell its stake.", "Norvex|invests_in|Kestrel"},
  }));
  CAPTURE(text);
  auto got = facts(text);
  CAPTURE(got);
  CHECK_FALSE(has(got, wrong));
}

TEST_CASE("held-out constructions, sixth round: fronted participles, 'Its'/'Son', funds, controls") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // a fronted participle clause names the founders of the sentence's subject
      {"Fond\xC3\xA9" "e en 2021 par Ada Marlowe, la start-up Norvex recrute.", "Ada Marlowe|founded|Norvex"},
      {"Founded in 2021 by Ada Marlowe, Norvex is hiring.", "Ada Marlowe|founded|Norvex"},
      // the second of two founders is discovered too
      {"Norvex a \xC3\xA9t\xC3\xA9 fond\xC3\xA9" "e par Ada Marlowe et Pierre Lunel.", "Pierre Lunel|founded|Norvex"},
      {"Norvex was founded by Ada Marlowe and Peter Lund.", "Peter Lund|founded|Norvex"},
      // "deux anciens de X" / "two former X engineers"
      {"Ada Marlowe et Jun Takeda, deux anciens de Kestrel, ont fond\xC3\xA9 Norvex.", "Jun Takeda|worked_at|Kestrel"},
      {"Ada Marlowe and Jun Takeda, two former Kestrel engineers, founded Norvex.", "Jun Takeda|worked_at|Kestrel"},
      {"Jun Takeda a auparavant travaill\xC3\xA9 chez Kestrel.", "Jun Takeda|worked_at|Kestrel"},
      // a sentence-opening possessive stands for the one company of the previous sentence
      {"Kestrel a grandi. Son directeur g\xC3\xA9n\xC3\xA9ral, Jun Takeda, a parl\xC3\xA9.", "Jun Takeda|leads|Kestrel"},
      {"Kestrel grew fast. Its chief executive, Jun Takeda, spoke.", "Jun Takeda|leads|Kestrel"},
      // a round led by a fund named after a determiner; a fund discovered by its noun
      {"Norvex a annonc\xC3\xA9 une lev\xC3\xA9" "e de fonds de 40 millions d'euros, men\xC3\xA9" "e par le fonds Valmont Capital.", "Valmont Capital|invests_in|Norvex"},
      {"Norvex raised $40 million in a round led by the venture firm Valmont Capital.", "Valmont Capital|invests_in|Norvex"},
      {"Le fonds Orbis Partners a investi dans Norvex.", "Orbis Partners|invests_in|Norvex"},
      {"The venture firm Orbis Partners invested in Norvex.", "Orbis Partners|invests_in|Norvex"},
      // an investor named after a preposition, then a relative
      {"Norvex est client de Kestrel, qui a investi 8 milliards de dollars dans Norvex.", "Kestrel|invests_in|Norvex"},
      {"Norvex is a customer of Kestrel, which has invested $8 billion in Norvex.", "Kestrel|invests_in|Norvex"},
      // a city adjective after the company noun
      {"La start-up parisienne Orbio a lanc\xC3\xA9 Falcor-7.", "Orbio|develops|Falcor-7"},
      {"Veridian Labs is developing Falcor-7.", "Veridian Labs|develops|Falcor-7"},
      // export controls and licences
      {"La Sylvanie a ajout\xC3\xA9 Tern X1 \xC3\xA0 ses contr\xC3\xB4les \xC3\xA0 l'exportation.", "Sylvania|restricts|Tern X1"},
      {"Sylvania added Tern X1 to its export controls.", "Sylvania|restricts|Tern X1"},
      {"Sylvania exige des licences d'exportation pour Tern X1.", "Sylvania|restricts|Tern X1"},
      {"Sylvania requires export licences for Tern X1.", "Sylvania|restricts|Tern X1"},
      // the head of a unit works at the company (and does not lead it)
      {"La division puces de Kestrel est dirig\xC3\xA9" "e par Jun Takeda.", "Jun Takeda|works_at|Kestrel"},
      {"Kestrel's chip business is run by Jun Takeda.", "Jun Takeda|works_at|Kestrel"},
  }));
  CAPTURE(text);
  auto got = facts(text);
  CAPTURE(got);
  CHECK(has(got, expected));
}

TEST_CASE("held-out constructions, sixth round: what they must not say") {
  auto [text, wrong] = GENERATE(table<std::string, std::string>({
      // "l'intègre à X": X is where it goes, not what is used or offered
      {"Le nouveau mod\xC3\xA8le : Kestrel l'int\xC3\xA8gre \xC3\xA0 Chatter", "Kestrel|offers|Chatter"},
      {"Le nouveau mod\xC3\xA8le : Kestrel l'int\xC3\xA8gre \xC3\xA0 Chatter", "Kestrel|uses|Chatter"},
      // "Kestrel tests for X" in a headline: a noun, not a trial of X
      {"Norvex clears Kestrel tests for Tern X1 as Sylvania waits", "Kestrel|uses|Tern X1"},
      // a past job is no current one
      {"Jun Takeda a auparavant travaill\xC3\xA9 chez Kestrel.", "Jun Takeda|works_at|Kestrel"},
      // an apposition's participle is not a fronted clause of the main verb
      {"Kestrel, fond\xC3\xA9" "e par Ada Marlowe, rach\xC3\xA8te Norvex.", "Ada Marlowe|founded|Norvex"},
      {"Kestrel, founded by Ada Marlowe, bought Norvex.", "Ada Marlowe|founded|Norvex"},
      // a description after a fronted clause is not resolved to the latest company named
      {"Norvex recrute. Valmont Capital investit. Fond\xC3\xA9" "e en 2021 par Ada Marlowe, l'entreprise l\xC3\xA8ve des fonds.", "Ada Marlowe|founded|Valmont Capital"},
      // a functional chief named after "Son" does not lead
      {"Kestrel a grandi. Son directeur financier, Jun Takeda, a parl\xC3\xA9.", "Jun Takeda|leads|Kestrel"},
      {"Kestrel grew fast. Its chief financial officer, Jun Takeda, spoke.", "Jun Takeda|leads|Kestrel"},
      // no round for what is negated
      {"Norvex raised $40 million in a round not led by the venture firm Valmont Capital.", "Valmont Capital|invests_in|Norvex"},
      {"Sylvania does not require export licences for Tern X1.", "Sylvania|restricts|Tern X1"},
      {"Sylvania n'exige pas de licences pour Tern X1.", "Sylvania|restricts|Tern X1"},
  }));
  CAPTURE(text);
  auto got = facts(text);
  CAPTURE(got);
  CHECK_FALSE(has(got, wrong));
}

TEST_CASE("seventh round: descriptions after fronted clauses, demonym descriptions, 'non' adjectives") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // a description after a fronted participle clause stands for the previous subject
      {"Norvex a publi\xC3\xA9 ses r\xC3\xA9sultats. Fond\xC3\xA9" "e en 2021 par Ada Marlowe, l'entreprise concurrence Kestrel.",
       "Norvex|competes_with|Kestrel"},
      {"Norvex posted results. Founded in 2021 by Ada Marlowe, the startup competes with Kestrel.",
       "Norvex|competes_with|Kestrel"},
      // a resolved description with a demonym says where its referent is based (one that
      // names another country than the lexicon's for Kestrel stands for another company:
      // predicates_test.cpp, based_in)
      {"Kestrel a publi\xC3\xA9 ses r\xC3\xA9sultats. Le groupe sylvanien pr\xC3\xA9voit une hausse.",
       "Kestrel|based_in|Sylvania"},
      {"Kestrel posted results. The Sylvanian group expects growth.", "Kestrel|based_in|Sylvania"},
      {"Quillon AI posted results. The Freedonian group expects growth.", "Quillon AI|based_in|Freedonia"},
      // "à but non lucratif" is an adjective, no negation
      {"Valmont University, le laboratoire \xC3\xA0 but non lucratif fond\xC3\xA9 par Ada Marlowe, recrute.",
       "Ada Marlowe|founded|Valmont University"},
      {"Valmont University, the non-profit lab founded by Ada Marlowe, is hiring.",
       "Ada Marlowe|founded|Valmont University"},
  }));
  CAPTURE(text);
  auto got = facts(text);
  CAPTURE(got);
  CHECK(has(got, expected));
}

TEST_CASE("seventh round: what they must not say") {
  auto [text, wrong] = GENERATE(table<std::string, std::string>({
      // the fronted clause's own names are not the description's referent, and a rule's gap
      // does not run over the description ("as Sylvania Robotics, the chipmaker competes")
      {"Founded in 1983 as Sylvania Robotics, the chipmaker now competes with Kestrel.",
       "Sylvania Robotics|competes_with|Kestrel"},
      {"Fond\xC3\xA9" "e en 1983 sous le nom de Sylvania Robotics, l'entreprise concurrence Kestrel.",
       "Sylvania Robotics|competes_with|Kestrel"},
      // two subjects before: no referent, so no based_in
      {"Kestrel et Norvex ont publi\xC3\xA9 leurs r\xC3\xA9sultats. Le groupe freedonien pr\xC3\xA9voit une hausse.",
       "Kestrel|based_in|Freedonia"},
      {"Kestrel and Norvex posted results. The Freedonian group expects growth.", "Kestrel|based_in|Freedonia"},
      // "non pas" still negates
      {"Ada Marlowe a fond\xC3\xA9 non pas Kestrel mais une autre soci\xC3\xA9t\xC3\xA9.", "Ada Marlowe|founded|Kestrel"},
  }));
  CAPTURE(text);
  auto got = facts(text);
  CAPTURE(got);
  CHECK_FALSE(has(got, wrong));
}
