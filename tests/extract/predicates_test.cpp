// The built-in rules, predicate by predicate: for each, sentences in French and English
// that must give the fact and sentences that must not (negated, planned, hypothetical,
// reported, or another relation). Entities come from tests/data/extract/lexicon.json
// (made up, so no row leans on the real lexicon) and from names the text itself types
// (a given name, a company suffix, a head noun), which is how real articles name new
// players.
#include <catch2/catch.hpp>

#include <algorithm>

#include "kg/extract/extractor.hpp"

using namespace kg::extract;

namespace {
const Extractor& extractor() {
  static const Extractor x =
      make_extractor({std::string(KG_EXTRACT_TEST_DATA) + "lexicon.json"}, {}, false, true);
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

// (once: a triple is written once per document)
void says(const std::string& text, const std::string& fact) {
  const auto got = facts(text);
  CAPTURE(text, got);
  CHECK(std::count(got.begin(), got.end(), fact) == 1);
}
void does_not_say(const std::string& text, const std::string& fact) {
  const auto got = facts(text);
  CAPTURE(text, got);
  CHECK(std::find(got.begin(), got.end(), fact) == got.end());
}
}  // namespace

TEST_CASE("develops") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a name in no lexicon typed by the head noun of its apposition ("Quibble, a coding assistant")
        {"Kestrel unveiled Quibble, a coding assistant for developers.", "Kestrel|develops|Quibble"},
        {"Kestrel a lanc\xC3\xA9 Quibble, un assistant de code.", "Kestrel|develops|Quibble"},
        {"Kestrel unveiled Quibble, an accelerator for inference.", "Kestrel|develops|Quibble"},
        // the maker before a chip whose alias reaches further ("Nvidia H100 GPUs": "H100 GPU" wins over "Nvidia H100")
        // a future word about another verb of the sentence: the lexicon's maker still makes the thing
        {"The Tern X1 cluster that Kestrel announced in May will open next year.", "Kestrel|develops|Tern X1"},
        {"Norvex a achet\xC3\xA9 des serveurs Tern X1 \xC3\xA0 Kestrel et va recruter.", "Kestrel|develops|Tern X1"},
        {"The lab bought Kestrel Tern X1 GPUs last year.", "Kestrel|develops|Tern X1"},
        // "its" and a head noun before a name the text types by it, with no comma
        {"Kestrel sells chips. Its consumer product Wordtune is popular.", "Kestrel|develops|Wordtune"},
        {"The company has developed 15 robotic systems, including Norvex's humanoid robot Valkyrie.",
         "Norvex|develops|Valkyrie"},
        {"Veridian Labs a lanc\xC3\xA9 son premier mod\xC3\xA8le ouvert : Falcor-7.", "Veridian Labs|develops|Falcor-7"},
        {"Le dernier processeur de Kestrel, Tern X1, est test\xC3\xA9 par Norvex.", "Kestrel|develops|Tern X1"},
        {"Veridian Labs, the start-up behind the AI chatbot Falcor-7, raised money.", "Veridian Labs|develops|Falcor-7"},
        {"Falcor-7 (codename Owl), is an AI model developed by the Sylvanian company Veridian Labs.",
         "Veridian Labs|develops|Falcor-7"},
        {"Kestrel began mass production of the Tern X1 in March.", "Kestrel|develops|Tern X1"},
        {"Veridian Labs released its Falcor-7 Pro in March.", "Veridian Labs|develops|Falcor-7 Pro"},
        {"Norvex's new model, Quillon, tops the charts.", "Norvex|develops|Quillon"},
        // a name the apposition after it calls a model
        {"Veridian Labs a imm\xC3\xA9" "diatement sorti Lumen 1, un mod\xC3\xA8le qui s'est hiss\xC3\xA9 parmi les meilleurs.",
         "Veridian Labs|develops|Lumen 1"},
        {"Veridian Labs quickly released Lumen, a new model for images.", "Veridian Labs|develops|Lumen"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a person described by a noun phrase whose first noun is a product word ("a software engineer")
        {"Kestrel hired Anna Berg, a software engineer.", "Kestrel|develops|Anna Berg"},
        // a list ends at its conjunction's member: the clause after the comma has its own subject
        {"Fond\xC3\xA9" "e par Ada Marlowe, qui a travaill\xC3\xA9 chez Norvex et Kestrel, Veridian Labs a d\xC3\xA9velopp\xC3\xA9 "
         "deux puces, appel\xC3\xA9" "es Zorbax et Tern X1.",
         "Norvex|develops|Zorbax"},
        {"Kestrel sells chips. Its rival product Wordtune is popular.", "Kestrel|develops|Wordtune"},
        {"Veridian Labs pourrait lancer Falcor-7 l'an prochain.", "Veridian Labs|develops|Falcor-7"},
        {"Veridian Labs did not release Falcor-7.", "Veridian Labs|develops|Falcor-7"},
        {"Norvex bought thousands of its rival's chips, the Tern X1.", "Norvex|develops|Tern X1"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("works_at, worked_at, leads") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // recruited: present tense, no comma before the name, the former post said once
        {"Kestrel hires Norvex's top AI executive Ada Marlowe.", "Ada Marlowe|worked_at|Norvex"},
        {"Kestrel recrute Ada Marlowe.", "Ada Marlowe|works_at|Kestrel"},
        {"Kestrel a recrut\xC3\xA9 Ada Marlowe, la responsable des mod\xC3\xA8les de Norvex.", "Ada Marlowe|worked_at|Norvex"},
        // "P, a Google alum," / "a DeepMind veteran": a former employer
        {"Ada Marlowe, a Kestrel alum, co-founded Norvex.", "Ada Marlowe|worked_at|Kestrel"},
        // appointed as its head; a former post in a relative clause; "rejoint" in the present
        {"Kestrel appointed Ada Marlowe as CEO.", "Ada Marlowe|leads|Kestrel"},
        {"Kestrel a nomm\xC3\xA9 Ada Marlowe directrice g\xC3\xA9n\xC3\xA9rale.", "Ada Marlowe|leads|Kestrel"},
        {"Ada Marlowe, who led AI research at Norvex, joins Kestrel.", "Ada Marlowe|worked_at|Norvex"},
        {"Ada Marlowe, qui dirigeait la recherche chez Norvex, rejoint Kestrel.", "Ada Marlowe|worked_at|Norvex"},
        {"Ada Marlowe, qui dirigeait la recherche chez Norvex, rejoint Kestrel.", "Ada Marlowe|works_at|Kestrel"},
        // a company's possessive and "former": a former employer, before or after the name
        {"Ada Marlowe, Kestrel's former CTO, founded Norvex.", "Ada Marlowe|worked_at|Kestrel"},
        {"Kestrel's former head of AI Ada Marlowe joined Norvex.", "Ada Marlowe|worked_at|Kestrel"},
        // "Le président de la Commission européenne, P": an article before the body's name
        {"Le pr\xC3\xA9sident de l'Universit\xC3\xA9 de Valmont, Paul Brisco, a parl\xC3\xA9.", "Paul Brisco|leads|Valmont University"},
        {"Kestrel Chairman Maria Vance said the chip was ready.", "Maria Vance|leads|Kestrel"},
        // former roles given after the new employer: the sentence's subject held them
        {"Maria Vance joined Norvex in 2014 after holding senior roles at Kestrel and Veridian Labs.",
         "Maria Vance|worked_at|Veridian Labs"},
        // role words beyond executives: counsel, officials, journalists
        {"Ada Marlowe, Kestrel's general counsel, said it.", "Ada Marlowe|works_at|Kestrel"},
        {"Ada Marlowe, a senior official at Valmont Capital, said it.", "Ada Marlowe|works_at|Valmont Capital"},
        {"Ada Marlowe, journaliste chez Norvex, l'a \xC3\xA9" "crit.", "Ada Marlowe|works_at|Norvex"},
        {"Norvex is led by CEO Maria Vance, who previously worked for Kestrel.", "Maria Vance|leads|Norvex"},
        {"Norvex is led by CEO Maria Vance, who previously worked for Kestrel.", "Maria Vance|worked_at|Kestrel"},
        {"Maria Vance, pr\xC3\xA9sidente du c\xC3\xA9l\xC3\xA8" "bre laboratoire Veridian Labs, a parl\xC3\xA9.",
         "Maria Vance|leads|Veridian Labs"},
        {"La directrice technique de Norvex, Maria Vance, a parl\xC3\xA9.", "Maria Vance|works_at|Norvex"},
        {"Le directeur g\xC3\xA9n\xC3\xA9ral de Norvex, Jun Takeda, d\xC3\xA9mis de ses fonctions.", "Jun Takeda|worked_at|Norvex"},
        {"Norvex ousted Jun Takeda as chief executive.", "Jun Takeda|worked_at|Norvex"},
        {"\xC3\x80 leur c\xC3\xB4t\xC3\xA9, deux anciens de Kestrel, Maria Vance et Jun Takeda.", "Maria Vance|worked_at|Kestrel"},
        {"Kestrel's Maria Vance will join the board.", "Maria Vance|works_at|Kestrel"},
        // a determiner before the body a title heads
        {"Maria Vance, chair of the Trade Control Office, said the rule was ready.", "Maria Vance|leads|Trade Control Office"},
        {"The rule is ready, Trade Control Office Chair Maria Vance said.", "Maria Vance|leads|Trade Control Office"},
        // an announced hire is reported as agreed
        {"Norvex co-founders Maria Vance and Jun Takeda will also move to Kestrel.", "Jun Takeda|works_at|Kestrel"},
        {"Maria Vance, ancienne de Norvex, rejoindra Kestrel en mai.", "Maria Vance|works_at|Kestrel"},
        {"Jun Takeda va rejoindre Kestrel.", "Jun Takeda|works_at|Kestrel"},
        // becoming the head, taking the post
        {"Maria Vance became chief executive of Norvex in May.", "Maria Vance|leads|Norvex"},
        {"Maria Vance devient PDG de Norvex.", "Maria Vance|leads|Norvex"},
        {"Maria Vance a pris la fonction de PDG de Norvex.", "Maria Vance|leads|Norvex"},
        // a title after the employer's name, with no possessive, in an apposition
        {"\xE2\x80\x9CThe program works,\xE2\x80\x9D says Maria Vance, Norvex CEO.", "Maria Vance|leads|Norvex"},
        {"Renting compute is flexible, said Maria Vance, Norvex Vice President, at the fair.",
         "Maria Vance|works_at|Norvex"},
        {"Maria Vance, the Norvex vice president, said the chip was ready.", "Maria Vance|works_at|Norvex"},
        // a person's company is one they lead ("Elon Musk's AI startup xAI")
        {"Quillon AI hired engineers from Maria Vance's AI startup Norvex.", "Maria Vance|leads|Norvex"},
        // a founder and chief executive named after the company's possessive
        {"Norvex's founder and CEO, Maria Vance, visited Kestrel.", "Maria Vance|founded|Norvex"},
        {"According to a report by Kestrel, Norvex's founder and CEO, Maria Vance, visited Lisbon.",
         "Maria Vance|leads|Norvex"},
        // the head of a function at a company works there; the chairman of its board leads it
        {"\"It is a milestone,\" said Maria Vance, head of memory development at Norvex.", "Maria Vance|works_at|Norvex"},
        {"Maria Vance, chairman of the board at Norvex, praised the team.", "Maria Vance|leads|Norvex"},
        {"Maria Vance, head of Norvex, praised the team.", "Maria Vance|leads|Norvex"},
        // two words before the role in an apposition
        {"G42 has 21 exaflops, Maria Vance, the acting group chief global affairs officer at Norvex, told reporters.",
         "Maria Vance|works_at|Norvex"},
        // where a career began, years spent elsewhere before
        {"Maria Vance started her career at Kestrel, and later moved to Lisbon.", "Maria Vance|worked_at|Kestrel"},
        {"Maria Vance est rentr\xC3\xA9" "e en Sylvanie apr\xC3\xA8s avoir pass\xC3\xA9 dix ans chez Norvex.",
         "Maria Vance|worked_at|Norvex"},
        // a caption's position mark after the name
        {"Maria Vance (right), an engineer at Norvex, and Paul Brisco pose for a photo.", "Maria Vance|works_at|Norvex"},
        // two titles joined before the name
        {"Norvex President and CEO Maria Vance said the deal closed.", "Maria Vance|leads|Norvex"},
        // shared heads before their names: each leads
        {"The investment was hailed by Norvex co-chief executives Maria Vance and Jun Takeda.", "Jun Takeda|leads|Norvex"},
        // a fronted "Led by CEO P," before the company
        {"Led by Chief Executive Officer Maria Vance, Norvex makes applications that help firms.", "Maria Vance|leads|Norvex"},
        // "du PDG de X, P", "l'actuel CTO de X, P"
        {"Musk est apparu aux c\xC3\xB4t\xC3\xA9s du PDG de Norvex, Maria Vance, qui a r\xC3\xA9v\xC3\xA9l\xC3\xA9 le contrat.",
         "Maria Vance|leads|Norvex"},
        {"L\xE2\x80\x99" "actuel CTO de Norvex, Maria Vance, est pressentie pour un r\xC3\xB4le.", "Maria Vance|works_at|Norvex"},
        // a former employer in brackets
        {"Quillon AI was founded by Maria Vance (formerly of Kestrel) and Paul Brisco.", "Maria Vance|worked_at|Kestrel"},
        {"Quillon AI a \xC3\xA9t\xC3\xA9 fond\xC3\xA9" "e par Maria Vance (ancienne de Kestrel) et Paul Brisco.",
         "Maria Vance|worked_at|Kestrel"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a chief of a function is no head of the company
        {"Kestrel hired Ada Marlowe as its chief technology officer.", "Ada Marlowe|leads|Kestrel"},
        {"Kestrel a nomm\xC3\xA9 Ada Marlowe directrice technique.", "Ada Marlowe|leads|Kestrel"},
        {"Kestrel's head of AI Ada Marlowe joined the board.", "Ada Marlowe|worked_at|Kestrel"},
        // "after holding" talks, not roles: no former employer
        {"Kestrel hired Maria Vance after holding talks with Norvex.", "Maria Vance|worked_at|Norvex"},
        // a possessive's capitalised words that only read like a person's name ("Google's Search Ads Product")
        {"Kestrel's Search Ads Product grew fast.", "Search Ads Product|works_at|Kestrel"},
        // a singular title before a name is that name's only
        {"Bill Gates, Norvex CEO Maria Vance and Jun Takeda backed the plan.", "Jun Takeda|leads|Norvex"},
        // a hire still in talks
        {"Maria Vance could join Kestrel if the talks succeed.", "Maria Vance|works_at|Kestrel"},
        {"Maria Vance pourrait rejoindre Kestrel.", "Maria Vance|works_at|Kestrel"},
        {"Maria Vance a refus\xC3\xA9 de rejoindre Kestrel.", "Maria Vance|works_at|Kestrel"},
        // the head of a function is no head of the company
        {"Maria Vance became chief technology officer of Norvex in May.", "Maria Vance|leads|Norvex"},
        // an apposition after two names describes the last one
        {"Un laboratoire lanc\xC3\xA9 par Jun Takeda et Maria Vance, pr\xC3\xA9sidente de Kestrel.", "Jun Takeda|leads|Kestrel"},
        // a former head does not lead
        {"Le directeur g\xC3\xA9n\xC3\xA9ral de Norvex, Jun Takeda, d\xC3\xA9mis de ses fonctions.", "Jun Takeda|leads|Norvex"},
        {"Jun Takeda, Norvex's former CEO, spoke on Monday.", "Jun Takeda|leads|Norvex"},
        {"Jun Takeda, former Norvex CEO, spoke on Monday.", "Jun Takeda|leads|Norvex"},
        // the apposition ends at its verb: the one told is no employer
        {"\"It works,\" Maria Vance, Kestrel's president and lead researcher told Norvex ahead of the launch.",
         "Maria Vance|works_at|Norvex"},
        {"L'ancien PDG de Norvex, Maria Vance, est pressentie pour un r\xC3\xB4le.", "Maria Vance|leads|Norvex"},
        {"Norvex vice president and CEO-elect Maria Vance spoke.", "Maria Vance|leads|Norvex"},
        {"\"It is a milestone,\" said Maria Vance, head of memory development at Norvex.", "Maria Vance|leads|Norvex"},
        // the company before a comma is another list's: a title after it is the next name's
        {"Ada Marlowe (left), an engineer at Kestrel, and Norvex CEO Paul Brisco pose for a photo.",
         "Paul Brisco|leads|Kestrel"},
        {"Led by Kestrel, the round valued Norvex at $2 billion.", "Kestrel|leads|Norvex"},
        {"Quillon AI hired engineers from Maria Vance's former company Norvex.", "Maria Vance|leads|Norvex"},
        // the company before a comma is another list's: the title after the possessive is Norvex's
        {"According to a report by Kestrel, Norvex's founder and CEO, Maria Vance, visited Lisbon.",
         "Maria Vance|works_at|Kestrel"},
        {"According to a report by Kestrel, Norvex's founder and CEO, Maria Vance, visited Lisbon.",
         "Maria Vance|leads|Kestrel"},
        {"Jun Takeda, ex-Norvex vice president, spoke on Monday.", "Jun Takeda|works_at|Norvex"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("founded") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // appositions opened by "born" or "d'origine" are skipped before the verb
        {"Ada Marlowe, born in Castelmar, founded Norvex.", "Ada Marlowe|founded|Norvex"},
        {"Ada Marlowe, d'origine sylvanienne, a fond\xC3\xA9 Norvex.", "Ada Marlowe|founded|Norvex"},
        // an apposition opened by "ex-" or "passée par" is skipped before the verb
        {"Ada Marlowe, ex-Kestrel, co-founded Norvex.", "Ada Marlowe|founded|Norvex"},
        {"Ada Marlowe, ex-Kestrel, a cofond\xC3\xA9 Norvex.", "Ada Marlowe|founded|Norvex"},
        {"Ada Marlowe, pass\xC3\xA9" "e par Kestrel, a cofond\xC3\xA9 Norvex.", "Ada Marlowe|founded|Norvex"},
        // an apposition opened by a name's possessive is skipped ("P, OpenAI's former CTO, founded X")
        {"Ada Marlowe, Kestrel's former CTO, founded Norvex.", "Ada Marlowe|founded|Norvex"},
        // "before co-founding X", "avant de cofonder X": the sentence's subject founded X
        {"Ada Marlowe worked at Kestrel before co-founding Norvex.", "Ada Marlowe|founded|Norvex"},
        {"Ada Marlowe a travaill\xC3\xA9 chez Kestrel avant de cofonder Norvex.", "Ada Marlowe|founded|Norvex"},
        // a bare "le fondateur P" that speaks: the company the text is about
        {"Norvex a lev\xC3\xA9 des fonds. Le fondateur Paul Brisco a soulign\xC3\xA9 deux d\xC3\xA9" "fis. Norvex recrute.",
         "Paul Brisco|founded|Norvex"},
        // a descriptor between "co-founder of" and the name ("a co-founder of AI lab DeepMind")
        {"Ada Marlowe was a co-founder of AI lab Norvex, which Kestrel acquired in 2014.", "Ada Marlowe|founded|Norvex"},
        // an apposition opened by a determiner after a list describes its last name
        {"A consortium of Norvex, Kestrel and Veridian Labs, the company founded by Ada Marlowe, announced a deal.",
         "Ada Marlowe|founded|Veridian Labs"},
        {"Quillon AI sort du lot. Cette entreprise a \xC3\xA9t\xC3\xA9 fond\xC3\xA9" "e par deux Sylvaniens : Maria Vance, ancienne ing\xC3\xA9nieure de Kestrel, et Paul Brisco.",
         "Paul Brisco|founded|Quillon AI"},
        {"Quillon AI sort du lot. Cette entreprise a \xC3\xA9t\xC3\xA9 fond\xC3\xA9" "e par deux Sylvaniens : Maria Vance, ancienne ing\xC3\xA9nieure de Kestrel, et Paul Brisco.",
         "Maria Vance|based_in|Sylvania"},
        {"Maria Vance a cofond\xC3\xA9 Quillon Labs aux c\xC3\xB4t\xC3\xA9s de Paul Brisco.", "Paul Brisco|founded|Quillon Labs"},
        {"In June 2024, Maria Vance co-founded the company Quillon Inc., alongside Paul Brisco.", "Paul Brisco|founded|Quillon"},
        {"Maria Vance is also a co-founder and former CEO of Norvex.", "Maria Vance|founded|Norvex"},
        {"Norvex has hired Maria Vance and Paul Brisco, co-founders of Quillon Labs.", "Paul Brisco|founded|Quillon Labs"},
        {"Norvex has hired Maria Vance and Paul Brisco, co-founders of Quillon Labs.", "Maria Vance|founded|Quillon Labs"},
        // the founder is the sentence's subject, however far ("fled Norvex, the firm behind X, to")
        {"Maria Vance fled Norvex, the firm behind Falcor-7, to set up her start-up, Quillon Labs.",
         "Maria Vance|founded|Quillon Labs"},
        {"Maria Vance a quitt\xC3\xA9 Norvex en 2023 pour cr\xC3\xA9" "er sa start-up, Quillon Labs.", "Maria Vance|founded|Quillon Labs"},
        {"The deal sees former Quillon founder and CEO Maria Vance join Norvex.", "Maria Vance|founded|Quillon"},
        {"Quillon AI was incorporated in January 2000 by Paul Brisco and Maria Vance.", "Maria Vance|founded|Quillon AI"},
        // a quote's speaker titled co-founder: of the company the text is about
        {"Quillon AI released a model. Quillon AI raised money. \"It is a milestone,\" co-founder Maria Vance said on Monday.",
         "Maria Vance|founded|Quillon AI"},
        // the founder of a company described before its name
        {"Le cofondateur du conglom\xC3\xA9rat technologique sylvanien Norvex, Paul Brisco, lance une entreprise.",
         "Paul Brisco|founded|Norvex"},
        // a description, then the founders after a comma; the co-founders listed after "of X:"
        {"Quillon AI is a hosting service for software teams, founded by Maria Vance and Paul Brisco in 2008.",
         "Paul Brisco|founded|Quillon AI"},
        {"The three co-founders of Quillon AI are Ada Marlowe, Maria Vance and Paul Brisco.", "Paul Brisco|founded|Quillon AI"},
        {"Les trois cofondateurs de Quillon AI : Ada Marlowe, Maria Vance et Paul Brisco.", "Paul Brisco|founded|Quillon AI"},
        // initials before a family name
        {"Quillon AI was founded by Maria Vance and P. J. Brisco.", "P. J. Brisco|founded|Quillon AI"},
        // a list goes on over an aside in brackets that describes a member
        {"Quillon AI was founded in 2017 by Maria Vance (formerly of Kestrel), Jun Takeda (Chief Scientist), and "
         "Paul Brisco (ex-Norvex).",
         "Paul Brisco|founded|Quillon AI"},
        {"Quillon AI a \xC3\xA9t\xC3\xA9 fond\xC3\xA9" "e par Maria Vance (ancienne de Kestrel) et Paul Brisco.",
         "Paul Brisco|founded|Quillon AI"},
        // a list goes on after an apposition of its first member
        {"Quillon AI a \xC3\xA9t\xC3\xA9 cr\xC3\xA9\xC3\xA9" "e en 2022 par Maria Vance, anciennement chercheuse chez Kestrel, Jun Takeda, Paul Brisco et Ada Marlowe.",
         "Jun Takeda|founded|Quillon AI"},
        {"Quillon AI was founded by Maria Vance, formerly an engineer at Kestrel, Jun Takeda and Paul Brisco.",
         "Paul Brisco|founded|Quillon AI"},
        {"Lisbon-based Quillon AI, which was founded in 2018 by CEO Paul Brisco, grew.", "Paul Brisco|founded|Quillon AI"},
        // "Databricks' co-founder": a bare apostrophe after a name ending in s is a possessive
        {"Paul Brisco, Veridian Labs' co-founder and CEO, said so.", "Paul Brisco|founded|Veridian Labs"},
        {"Founded by Paul Brisco, Maria Vance and a team of others in 2012, Quillon AI developed chips.",
         "Maria Vance|founded|Quillon AI"},
        {"Quillon AI makes chips. Quillon AI sells them.\nKey people\nPaul Brisco (Founder & CEO)", "Paul Brisco|founded|Quillon AI"},
        // a bare title opening the sentence, or an apposition naming no company: the company
        // of the deal the text reports, else the one it names most
        {"Quillon AI sold chips. Quillon AI hired. Founder Paul Brisco said the money will help.",
         "Paul Brisco|founded|Quillon AI"},
        {"Norvex has acquired the chip designer Quillon AI. Cofounder and CEO Paul Brisco said the deal helps.",
         "Paul Brisco|founded|Quillon AI"},
        {"Quillon AI grandit. \xC2\xAB Nous avions raison \xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 Maria Vance, fondatrice et PDG, lors du salon.",
         "Maria Vance|founded|Quillon AI"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // the sentence's subject is a company: nobody named founded it
        {"Kestrel hired Ada Marlowe before founding Norvex.", "Ada Marlowe|founded|Norvex"},
        // a co-founder is no employee ("was a co-founder of" names no works_at)
        {"Ada Marlowe was a co-founder of AI lab Norvex, which Kestrel acquired in 2014.", "Ada Marlowe|works_at|Norvex"},
        {"A consortium of Norvex, Kestrel and Veridian Labs, the company founded by Ada Marlowe, announced a deal.",
         "Ada Marlowe|founded|Norvex"},
        {"Maria Vance pourrait fonder Quillon Labs l'an prochain.", "Maria Vance|founded|Quillon Labs"},
        {"Maria Vance did not found Norvex.", "Maria Vance|founded|Norvex"},
        // a title after a company's name is that company's ("Kestrel founder")
        {"Quillon AI grew. Kestrel founder Paul Brisco invested in Quillon AI.", "Paul Brisco|founded|Quillon AI"},
            // "le fondateur de la République X": an article opens no described company
        {"Le fondateur de la R\xC3\xA9publique Paul Brisco est c\xC3\xA9l\xC3\xA9" "br\xC3\xA9.", "Paul Brisco|founded|R\xC3\xA9publique"},
}));
    does_not_say(text, fact);
  }
}

TEST_CASE("based_in") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // "based in the United States": an article before the country
        {"Quillon AI, based in the Freedonia region, raised money.", "Quillon AI|based_in|Freedonia"},
        // birth and origin: "-born", "who is", "born in", a country's possessive, "d'origine", "Née à"
        {"Ada Marlowe, who is Sylvanian, founded Norvex.", "Ada Marlowe|based_in|Sylvania"},
        {"Sylvanian-born Ada Marlowe founded Norvex.", "Ada Marlowe|based_in|Sylvania"},
        {"Ada Marlowe, born in Castelmar, founded Norvex.", "Ada Marlowe|based_in|Sylvania"},
        {"Sylvania's Ada Marlowe founded Norvex.", "Ada Marlowe|based_in|Sylvania"},
        {"Ada Marlowe, d'origine sylvanienne, a fond\xC3\xA9 Norvex.", "Ada Marlowe|based_in|Sylvania"},
        {"Ada Marlowe, Sylvanienne de 35 ans, a fond\xC3\xA9 Norvex.", "Ada Marlowe|based_in|Sylvania"},
        {"N\xC3\xA9" "e \xC3\xA0 Castelmar, Ada Marlowe a fond\xC3\xA9 Norvex.", "Ada Marlowe|based_in|Sylvania"},
        // a person's nationality: a demonym used as a noun, after a person noun, in an apposition
        {"Fond\xC3\xA9" "e en 2014 par les Sylvaniens Ada Marlowe et Paul Brisco, Norvex grandit.", "Paul Brisco|based_in|Sylvania"},
        {"L'homme d'affaires sylvanien Paul Brisco a investi dans Norvex.", "Paul Brisco|based_in|Sylvania"},
        {"Ada Marlowe, une chercheuse sylvanienne, a parl\xC3\xA9.", "Ada Marlowe|based_in|Sylvania"},
        {"Paul Brisco, a prominent Sylvanian investor, spoke.", "Paul Brisco|based_in|Sylvania"},
        {"The company was founded by the Sylvanian Ada Marlowe.", "Ada Marlowe|based_in|Sylvania"},
        // "a startup from Hangzhou", "whose headquarters are in", "dont le siège est à"
        {"Norvex, a startup from Castelmar, raised money.", "Norvex|based_in|Sylvania"},
        {"Norvex, whose headquarters are in Castelmar, raised money.", "Norvex|based_in|Sylvania"},
        {"Norvex, dont le si\xC3\xA8ge est \xC3\xA0 Castelmar, l\xC3\xA8ve des fonds.", "Norvex|based_in|Sylvania"},
        // "jeune pousse" is a company noun
        {"La jeune pousse sylvanienne Norvex l\xC3\xA8ve des fonds.", "Norvex|based_in|Sylvania"},
        // "poids lourds" is a company noun, plural: each name of the list
        {"Les licences permettaient aux poids lourds sylvaniens Kestrel et Veridian Labs d'\xC3\xA9quiper leurs usines.",
         "Veridian Labs|based_in|Sylvania"},
        // "based in" after a name that is a complement of another noun ("l'acquisition de X,
        // basé en Y"): a noun-phrase fact all the same
        {"L'annonce de Kestrel concernant l'acquisition de Quillon AI, bas\xC3\xA9" "e en Sylvanie, surprend.",
         "Quillon AI|based_in|Sylvania"},
        {"La petite \xC3\xA9quipe de Quillon AI, une start-up d'IA bas\xC3\xA9" "e \xC3\xA0 Castelmar, travaille.",
         "Quillon AI|based_in|Sylvania"},
        {"The team of Quillon AI, a startup based in Port Lumen, worked late.", "Quillon AI|based_in|Freedonia"},
        {"Life for Castelmar-based AI company Quillon AI is going well.", "Quillon AI|based_in|Sylvania"},
        {"The Freedonia-based startup Quillon AI raised money.", "Quillon AI|based_in|Freedonia"},
        // a demonym before a noun that says what kind of company it is to another one
        {"Kestrel lost the contract to Sylvanian competitor Quillon AI.", "Quillon AI|based_in|Sylvania"},
        {"Norvex customers include Freedonian carmaker Quillon Motors Inc.", "Quillon Motors|based_in|Freedonia"},
        {"Quillon AI, an AI firm in Freedonia, raised money.", "Quillon AI|based_in|Freedonia"},
        {"Maria Vance is a Sylvanian-Freedonian computer scientist.", "Maria Vance|based_in|Sylvania"},
        {"Maria Vance is a Sylvanian-Freedonian computer scientist.", "Maria Vance|based_in|Freedonia"},
        {"Quillon SA est une entreprise bas\xC3\xA9" "e \xC3\xA0 Port Lumen depuis 2020.", "Quillon|based_in|Freedonia"},
        {"Maria Vance, \xC3\xA9galement sylvanienne, dirige l'\xC3\xA9quipe.", "Maria Vance|based_in|Sylvania"},
        // a fronted participle that says where it was founded
        {"Founded in 2016 in Castelmar, Quillon AI makes chips.", "Quillon AI|based_in|Sylvania"},
        {"Fond\xC3\xA9" "e en 2005 \xC3\xA0 Castelmar, Quillon AI con\xC3\xA7oit des puces.", "Quillon AI|based_in|Sylvania"},
        // a description with two words before its head (a demonym and a sector)
        {"Quillon AI reported record profits. The Sylvanian tech giant declined to name the customer.",
         "Quillon AI|based_in|Sylvania"},
        // a description opening a sentence, located by a place before "-based"
        {"Quillon AI makes videos. The Castelmar-based company, founded in 2017, enables users.", "Quillon AI|based_in|Sylvania"},
        {"Quillon AI makes videos. The Sylvania-based startup enables users.", "Quillon AI|based_in|Sylvania"},
        // a combining form of the lexicon ("sylvano-", as "franco-") and a demonym: both countries
        {"Norvex investit dans le sylvano-freedonien Kestrel.", "Kestrel|based_in|Sylvania"},
        {"Norvex investit dans le sylvano-freedonien Kestrel.", "Kestrel|based_in|Freedonia"},
        {"Kestrel l\xC3\xA8ve des fonds. Cette start-up sylvano-freedonienne a fait les gros titres.",
         "Kestrel|based_in|Sylvania"},
        {"Kestrel l\xC3\xA8ve des fonds. Cette start-up sylvano-freedonienne a fait les gros titres.",
         "Kestrel|based_in|Freedonia"},
        {"The Sylvano-Freedonian startup Quillon AI raised money.", "Quillon AI|based_in|Freedonia"},
        // the combining form alone is no demonym: a given name stays a name
        {"Sylvano Rossi, ing\xC3\xA9nieur chez Norvex, a parl\xC3\xA9.", "Sylvano Rossi|works_at|Norvex"},
        // a plural noun describes each name of its list
        {"Les groupes sylvaniens Kestrel et Veridian Labs vendent des puces.", "Veridian Labs|based_in|Sylvania"},
        // a description inside a sentence stands for the topic
        {"Kestrel a publi\xC3\xA9 ses r\xC3\xA9sultats. Ils t\xC3\xA9moignent de la solidit\xC3\xA9 de l'entreprise sylvanienne.",
         "Kestrel|based_in|Sylvania"},
        // one describing word between the company noun and the demonym
        {"La soci\xC3\xA9t\xC3\xA9 mini\xC3\xA8re sylvanienne Kestrel a sign\xC3\xA9 un accord.", "Kestrel|based_in|Sylvania"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a "-based" noun phrase ends at a preposition: the name after "co-founded by" is not its head
        {"Quillon AI, a Sylvania-based startup co-founded by two former Kestrel engineers, raised money.",
         "Kestrel|based_in|Sylvania"},
        // a country's possessive before each member: each member's own ("Abu Dhabi's MGX,
        // Singapore's Temasek")
        {"Investors include Sylvania's Orbis Capital, Freedonia's Harbor Ventures and others.",
         "Harbor Ventures|based_in|Sylvania"},
        {"Norvex sells to Sylvanian customers.", "Norvex|based_in|Sylvania"},
        // a founder's nationality is not the company's place
        {"Founded in 2016 by a Sylvanian engineer, Quillon AI makes chips.", "Quillon AI|based_in|Sylvania"},
        // "cotée au X et basée en Y": the place is the listed company's, not the exchange's
        {"Kestrel, cot\xC3\xA9" "e au Lisbon Stock Exchange et bas\xC3\xA9" "e en Sylvanie, recrute.",
         "Lisbon Stock Exchange|based_in|Sylvania"},
        // each member's own country in brackets: the list does not carry the last one's
        {"Des entreprises comme Quillon AI (Freedonie), Harbor Labs (Freedonie) et Tidewater Labs (Sylvanie) "
         "illustrent cette dynamique.",
         "Quillon AI|based_in|Sylvania"},
        {"Quillon AI pourrait s'installer \xC3\xA0 Port Lumen.", "Quillon AI|based_in|Freedonia"},
        // relations between two countries describe no company
        {"Norvex souffre des tensions sylvano-freedoniennes.", "Norvex|based_in|Sylvania"},
        {"Norvex souffre des tensions sylvano-freedoniennes.", "Norvex|based_in|Freedonia"},
        // a combining form needs a demonym after it (no country is "zorbien")
        {"Norvex investit dans le sylvano-zorbien Kestrel.", "Kestrel|based_in|Sylvania"},
        // a singular noun describes one name, not the list after it
        {"La soci\xC3\xA9t\xC3\xA9 sylvanienne Kestrel et Norvex ach\xC3\xA8tent des outils.", "Norvex|based_in|Sylvania"},
        // a clause between the description and the name
        {"Les entreprises freedoniennes qui utilisent Kestrel paieront.", "Kestrel|based_in|Freedonia"},
        // a description whose demonym is not the referent's country stands for another company
        {"Kestrel a publi\xC3\xA9 ses r\xC3\xA9sultats. Ils t\xC3\xA9moignent de sa d\xC3\xA9pendance envers le g\xC3\xA9" "ant freedonien.",
         "Kestrel|based_in|Freedonia"},
        {"Kestrel vend des puces. Le groupe freedonien a publi\xC3\xA9 ses r\xC3\xA9sultats.", "Kestrel|based_in|Freedonia"},
        // ... but not a complement ("l'Universit\xC3\xA9 de Castelmar du Nord"), nor across a comma and a conjunction
        {"Le quotidien national sylvanien, et Kestrel, ont sign\xC3\xA9 un accord.", "Kestrel|based_in|Sylvania"},
        {"La banque de Castelmar, la Banque Rurale de Kestrel, a investi.", "Banque Rurale de Kestrel|based_in|Sylvania"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("restricts") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // licences cancelled; customs authorities; a tightening announced by a government
        {"Sylvania cancels licenses of Kestrel and Norvex to supply chips to Freedonia", "Sylvania|restricts|Norvex"},
        {"Sylvania cancels licenses of Kestrel and Norvex to supply chips to Freedonia", "Sylvania|restricts|Freedonia"},
        {"Sylvania announced the inclusion of Norvex in its unreliable entity list.", "Sylvania|restricts|Norvex"},
        {"Les autorit\xC3\xA9s douani\xC3\xA8res sylvaniennes ont bloqu\xC3\xA9 les exp\xC3\xA9" "ditions de puces Tern X1.", "Sylvania|restricts|Tern X1"},
        {"Le gouvernement sylvanien a annonc\xC3\xA9 un renforcement des restrictions \xC3\xA0 l'exportation des machines de Kestrel.",
         "Sylvania|restricts|Kestrel"},
        {"Sylvania adds Freedonian chipmaker Norvex to its entity list.", "Sylvania|restricts|Norvex"},
        // an article before the country the exports go to ("to the U.S.", "to the UAE")
        {"Freedonia restricted exports of Tern X1 chips to the Sylvania region.", "Freedonia|restricts|Sylvania"},
        // a company's app or chatbot stands for the company; a country's regulator acts for it;
        // an order to stop buying restricts the thing
        {"Sylvania banned downloads of Norvex's app.", "Sylvania|restricts|Norvex"},
        {"Sylvania's privacy regulator blocked Norvex's chatbot.", "Sylvania|restricts|Norvex"},
        {"Le r\xC3\xA9gulateur sylvanien a bloqu\xC3\xA9 le chatbot de Norvex.", "Sylvania|restricts|Norvex"},
        {"Sylvania told companies to stop buying Tern X1 chips.", "Sylvania|restricts|Tern X1"},
        {"La Sylvanie a demand\xC3\xA9 aux entreprises de cesser d'acheter les puces Tern X1.", "Sylvania|restricts|Tern X1"},
        // "Le gouvernement américain a interdit ...": a demonym's government is its country
        {"Le gouvernement sylvanien a interdit l'exportation des puces Tern X1.", "Sylvania|restricts|Tern X1"},
        // "l'exportation" (singular) of a chip to a country restricts the country too
        {"Freedonia a interdit l'exportation des puces Tern X1 vers la Sylvanie.", "Freedonia|restricts|Sylvania"},
        // "restrictions américaines à l'exportation des puces X": the export between the demonym and the chip
        {"Les entreprises souffrent des restrictions sylvaniennes \xC3\xA0 l'exportation des puces Tern X1.",
         "Sylvania|restricts|Tern X1"},
        // revoking the licences a company needs restricts it
        {"Sylvania revoked the licences that let Kestrel ship its equipment.", "Sylvania|restricts|Kestrel"},
        {"La Sylvanie r\xC3\xA9voque les licences d'\xC3\xA9quipements pour Kestrel et Norvex.", "Sylvania|restricts|Norvex"},
        {"Freedonia is now restricting the sale of Tern X1 chips.", "Freedonia|restricts|Tern X1"},
        {"The Freedonian government has blocked the sale of Kestrel's Tern X1.", "Freedonia|restricts|Tern X1"},
        {"Freedonia barred Kestrel from selling its chips abroad.", "Freedonia|restricts|Kestrel"},
        {"Freedonia blacklisted Norvex last year.", "Freedonia|restricts|Norvex"},
        {"Freedonia restricted exports of advanced chips to Sylvania.", "Freedonia|restricts|Sylvania"},
        {"La Freedonie interdit \xC3\xA0 Kestrel de vendre ses puces.", "Freedonia|restricts|Kestrel"},
        {"La Freedonie a plac\xC3\xA9 Norvex sur sa liste noire.", "Freedonia|restricts|Norvex"},
        {"Sylvania has cracked down on exports of Tern X1 chips to Freedonia.", "Sylvania|restricts|Freedonia"},
        {"Sylvania clamped down on Monday (Jul 14) on the export, transhipment and transit of all Freedonian-made Tern X1 chips.",
         "Sylvania|restricts|Tern X1"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Sylvania restored licenses of Kestrel to supply chips to Freedonia", "Sylvania|restricts|Kestrel"},
        {"Sylvania banned exports of Kestrel Tern X1 GPUs to Freedonia.", "Sylvania|restricts|Kestrel"},
        // the owner of a chip is no restricted party ("banned sales of Nvidia's H100")
        {"Sylvania banned sales of Kestrel's Tern X1.", "Sylvania|restricts|Kestrel"},
        // an approval is no restriction ("the U.S. recently approved shipments of advanced AI chips to Saudi Arabia")
        {"Sylvania recently approved shipments of advanced chips to Freedonia.", "Sylvania|restricts|Freedonia"},
        {"Sylvania could revoke the licences that let Kestrel ship its equipment.", "Sylvania|restricts|Kestrel"},
        {"Freedonia could restrict the sale of Tern X1 chips.", "Freedonia|restricts|Tern X1"},
        {"Freedonia n'a pas interdit la vente de Tern X1.", "Freedonia|restricts|Tern X1"},
        {"Freedonia may blacklist Norvex next year.", "Freedonia|restricts|Norvex"},
        {"La Freedonie pourrait interdire \xC3\xA0 Kestrel de vendre ses puces.", "Freedonia|restricts|Kestrel"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("competes_with") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // "se mesure à", "se livrent une concurrence" ("se" after a name is no legal form SE), "one of X's
        // rivals", "A and B are competitors", "vying with"
        {"Kestrel se mesure \xC3\xA0 Norvex sur ce march\xC3\xA9.", "Kestrel|competes_with|Norvex"},
        {"Kestrel et Norvex se livrent une concurrence acharn\xC3\xA9" "e.", "Kestrel|competes_with|Norvex"},
        {"Kestrel is one of Norvex's main rivals.", "Kestrel|competes_with|Norvex"},
        {"Kestrel and Norvex are fierce competitors.", "Kestrel|competes_with|Norvex"},
        {"Kestrel is vying with Norvex for customers.", "Kestrel|competes_with|Norvex"},
        // a company that lists, names or sees another as a competitor
        {"Kestrel listed Norvex as a competitor in its annual filing.", "Kestrel|competes_with|Norvex"},
        {"Kestrel consid\xC3\xA8re Norvex comme son principal concurrent.", "Kestrel|competes_with|Norvex"},
        {"Falcor-7 is among the most used models, well ahead of rivals such as Norvex-2.", "Falcor-7|competes_with|Norvex-2"},
        {"Veridian Labs se distingue des autres fournisseurs comme Norvex ou Kestrel.", "Veridian Labs|competes_with|Kestrel"},
        {"Veridian Labs is vying to take on Norvex.", "Veridian Labs|competes_with|Norvex"},
        {"Veridian Labs was once hailed as a contender to Norvex.", "Veridian Labs|competes_with|Norvex"},
        {"Norvex's rival in Sylvania, Veridian Labs, has secured funding.", "Veridian Labs|competes_with|Norvex"},
        {"Norvex investit 5 milliards de dollars dans son concurrent Kestrel.", "Norvex|competes_with|Kestrel"},
        {"Norvex has also hired Maria Vance from Kestrel and Jun Takeda from Veridian Labs.", "Maria Vance|works_at|Norvex"},
        {"Norvex has also hired Maria Vance from Kestrel and Jun Takeda from Veridian Labs.", "Maria Vance|worked_at|Kestrel"},
        {"Maria Vance left. Vance, who managed the Falcor team, joined Norvex from Kestrel in 2021.", "Maria Vance|worked_at|Kestrel"},
        {"Shares of Quillon AI, a leading Sylvanian chip firm, surged during their debut on the Lisbon Stock Exchange.",
         "Quillon AI|listed_on|Lisbon Stock Exchange"},
        {"Quillon AI listed today. Quillon AI rose. Chairman and CEO Paul Brisco struck the gong.", "Paul Brisco|leads|Quillon AI"},
        {"Falcor-7 se positionne directement face \xC3\xA0 des mod\xC3\xA8les de renom comme Norvex-2.", "Falcor-7|competes_with|Norvex-2"},
        {"Norvex a pr\xC3\xA9sent\xC3\xA9 officiellement son nouveau PDG hier : Maria Vance.", "Maria Vance|leads|Norvex"},
        {"Maria Vance, the founder and CEO of Sylvanian firm Quillon AI, has resigned.", "Maria Vance|founded|Quillon AI"},
        {"Maria Vance spoke in Lisbon. She is the CEO of Norvex, and a former engineer at Kestrel.", "Maria Vance|leads|Norvex"},
        // a list of key people
        {"The panel heard Maria Vance (CEO of Norvex) and Jun Takeda.", "Maria Vance|leads|Norvex"},
        {"Quillon AI makes chips. Quillon AI sells them.\nKey people\nPaul Brisco (Founder & CEO)", "Paul Brisco|leads|Quillon AI"},
        {"Paul Brisco, anciennement chercheur chez Kestrel, a fond\xC3\xA9 Quillon AI.", "Paul Brisco|worked_at|Kestrel"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Kestrel and Norvex were once rivals.", "Kestrel|competes_with|Norvex"},
        {"Kestrel no longer sees Norvex as a competitor.", "Kestrel|competes_with|Norvex"},
        {"Kestrel ne consid\xC3\xA8re pas Norvex comme un concurrent.", "Kestrel|competes_with|Norvex"},
        {"Veridian Labs could take on Norvex one day.", "Norvex|competes_with|Veridian Labs"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("part_of") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // control taken: "a pris le contrôle de", "est passé sous le contrôle de", "took control of", "fait partie de"
        {"Norvex a pris le contr\xC3\xB4le de Veridian Labs.", "Veridian Labs|part_of|Norvex"},
        {"Veridian Labs est pass\xC3\xA9 sous le contr\xC3\xB4le de Norvex.", "Veridian Labs|part_of|Norvex"},
        {"Norvex took control of Veridian Labs.", "Veridian Labs|part_of|Norvex"},
        {"Veridian Labs fait d\xC3\xA9sormais partie de Norvex.", "Veridian Labs|part_of|Norvex"},
        // "X, an Alibaba subsidiary": the owner's name before the unit noun
        {"Norvex, a Kestrel subsidiary, raised money.", "Norvex|part_of|Kestrel"},
        // an agreed or announced acquisition ("has agreed to buy", "will acquire")
        {"Kestrel has agreed to buy Norvex for $6.5 billion.", "Norvex|part_of|Kestrel"},
        {"Kestrel will acquire Norvex for $2 billion.", "Norvex|part_of|Kestrel"},
        {"Kestrel a mis la main sur Norvex pour 2 milliards.", "Norvex|part_of|Kestrel"},
        {"Veridian Labs's parent company Norvex reported results.", "Veridian Labs|part_of|Norvex"},
        {"Norvex, la soci\xC3\xA9t\xC3\xA9 m\xC3\xA8re de Veridian Labs, a publi\xC3\xA9 ses comptes.", "Veridian Labs|part_of|Norvex"},
        {"Norvex a annonc\xC3\xA9 des offres avec sa filiale Veridian Labs.", "Veridian Labs|part_of|Norvex"},
        {"Quillon AI, the AI outfit bought by Norvex, grew fast.", "Quillon AI|part_of|Norvex"},
        {"Norvex has officially acquired a Sylvanian chip designer, Quillon AI, in an undisclosed deal.", "Quillon AI|part_of|Norvex"},
        {"Norvex is making a significant move in the industry by acquiring Quillon AI.", "Quillon AI|part_of|Norvex"},
        {"Norvex has officially acquired a Sylvania-based artificial intelligence chip developer chipmaker Quillon AI.", "Quillon AI|part_of|Norvex"},
        // a price or a year between the buyer's possessive and the acquisition; its completion announced;
        // an apposition that names the company an acquisition of its buyer
        {"Norvex's $8 billion acquisition of Quillon AI was costly.", "Quillon AI|part_of|Norvex"},
        {"Norvex announced the completion of its acquisition of Quillon AI.", "Quillon AI|part_of|Norvex"},
        {"The overlap with Quillon AI, Norvex's 2018 acquisition, is revealing.", "Quillon AI|part_of|Norvex"},
        // "The ... Company" is one name, "The" included
        {"Norvex acquired The Zorblax Company, maker of the Arc browser.", "The Zorblax Company|part_of|Norvex"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Kestrel was looking to buy Norvex late last year.", "Norvex|part_of|Kestrel"},
        // a company's name before a product noun is no acquired company ("acquired Nvidia products")
        {"Sources said Norvex acquired Kestrel products and then moved them abroad.", "Kestrel|part_of|Norvex"},
        // the English "met" is no "met la main sur"
        {"The Kestrel chief executive met Norvex chairman Jun Takeda on Tuesday.", "Norvex|part_of|Kestrel"},
        // a company named after a list's parent is not its unit
        {"Des groupes comme Norvex, la soci\xC3\xA9t\xC3\xA9 m\xC3\xA8re de Veridian Labs, Kestrel et Quillon AI.",
         "Kestrel|part_of|Norvex"},
        {"Norvex could buy Veridian Labs.", "Veridian Labs|part_of|Norvex"},
        // an investment or a stake is no acquisition
        {"Norvex completes $4 billion investment in Veridian Labs.", "Veridian Labs|part_of|Norvex"},
        {"Norvex acquired a minority stake in Veridian Labs.", "Veridian Labs|part_of|Norvex"},
        {"Quillon AI, Norvex's planned acquisition, waits for regulators.", "Quillon AI|part_of|Norvex"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("invests_in") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Norvex, which counts Orbis Capital as an investor, raised money.", "Orbis Capital|invests_in|Norvex"},
        // "X accueille Y à son capital", "après avoir levé ... auprès de Y", "X counts A and B among its backers"
        {"La start-up Norvex grandit. Norvex accueille Orbis Capital \xC3\xA0 son capital.", "Orbis Capital|invests_in|Norvex"},
        {"La start-up Norvex grandit. Norvex est valoris\xC3\xA9" "e \xC3\xA0 1 milliard d'euros apr\xC3\xA8s avoir lev\xC3\xA9 "
         "100 millions aupr\xC3\xA8s d'Orbis Capital.",
         "Orbis Capital|invests_in|Norvex"},
        {"Norvex counts Orbis Capital and Kestrel among its backers.", "Kestrel|invests_in|Norvex"},
        // ", avec la participation de B et C": an adjunct of the round, no description of the lead investor
        {"Norvex a lev\xC3\xA9 20 millions d'euros. Le tour a \xC3\xA9t\xC3\xA9 men\xC3\xA9 par Orbis Capital, avec la participation de "
         "Harbor Ventures et Valmont Capital.",
         "Harbor Ventures|invests_in|Norvex"},
        // a rule reads over a whole aside between dashes after a name, as over brackets
        {"Norvex \xE2\x80\x94 a Sylvanian startup building chips \xE2\x80\x94 raised $40 million from Orbis Capital.",
         "Orbis Capital|invests_in|Norvex"},
        // "Microsoft is OpenAI's largest investor", "Parmi les investisseurs de X figurent A et B"
        {"Kestrel is Norvex's largest investor.", "Kestrel|invests_in|Norvex"},
        {"Parmi les investisseurs de Norvex figurent Orbis Capital et Kestrel.", "Kestrel|invests_in|Norvex"},
        // a founder's round for "his new venture, X": X's round, not the founder's former company's
        {"Ada Marlowe, co-founder of Kestrel, has raised $1 billion for her new AI venture, Norvex. Investors in the "
         "venture include Orbis Capital and Harbor Ventures. Kestrel is growing. Kestrel hired staff.",
         "Orbis Capital|invests_in|Norvex"},
        {"Ada Marlowe, cofondatrice de Kestrel, a lev\xC3\xA9 1 milliard de dollars pour sa nouvelle jeune pousse, Norvex. "
         "Orbis Capital et Harbor Ventures figurent parmi les investisseurs. Kestrel grandit. Kestrel recrute.",
         "Harbor Ventures|invests_in|Norvex"},
        // "not only ... but also", "non seulement ... mais aussi" negate nothing
        {"Norvex raised 30 million euros. The round attracted not only Orbis Capital but also Harbor Ventures.",
         "Orbis Capital|invests_in|Norvex"},
        {"Norvex a lev\xC3\xA9 30 millions d'euros. Le tour a attir\xC3\xA9 non seulement Orbis Capital, mais aussi Harbor Ventures.",
         "Harbor Ventures|invests_in|Norvex"},
        // ... nor do they push the list out of its cue's reach, and "but also" joins members
        {"Norvex a lev\xC3\xA9 30 millions d'euros. Le tour a attir\xC3\xA9 non seulement Kestrel, mais aussi Veridian Labs.",
         "Kestrel|invests_in|Norvex"},
        {"Norvex raised 30 million euros. The round attracted not only Kestrel but also Veridian Labs.",
         "Veridian Labs|invests_in|Norvex"},
        // a semicolon before a name separates the described members of a list
        {"Norvex l\xC3\xA8ve 7,5 millions d'euros. Ce financement est men\xC3\xA9 par Orbis Capital, avec la participation de "
         "Kestrel, un fonds ; Tidewater Labs, un fonds ; et Harbor Ventures.",
         "Tidewater Labs|invests_in|Norvex"},
        // a conjunction is its longest phrase: "ou encore" joins the last member, "encore" is no word between
        {"Norvex a lev\xC3\xA9 30 millions d'euros. Le tour a r\xC3\xA9uni Kestrel, Orbis Capital ou encore Harbor Ventures.",
         "Harbor Ventures|invests_in|Norvex"},
        // the first name after the sentence's opening words is a member ("Le" is no apposition's start)
        {"Norvex a lev\xC3\xA9 30 millions d'euros. Le tour a r\xC3\xA9uni Orbis Capital et Harbor Ventures.",
         "Orbis Capital|invests_in|Norvex"},
        // a conjunction of several words joins members ("as well as")
        {"Norvex raised 30 million euros. Kestrel as well as Orbis Capital also took part in the round.",
         "Kestrel|invests_in|Norvex"},
        // "completed a round" names the round's company, the investors after "including" are its
        {"Kestrel grew. Kestrel hired. Kestrel sold. Quillon AI has completed three rounds of financing, "
         "with investors including Norvex and Orbis Capital.", "Norvex|invests_in|Quillon AI"},
        {"Quillon AI raised $135 million. The funding comes from investors, including Norvex (NVX), Kestrel and Valmont Capital.",
         "Kestrel|invests_in|Quillon AI"},
        {"Quillon AI a lev\xC3\xA9 des fonds. Plusieurs investisseurs confirment leur soutien \xC3\xA0 l'entreprise, parmi lesquels Norvex, Maria Vance et Kestrel.",
         "Kestrel|invests_in|Quillon AI"},
        {"Quillon AI a lev\xC3\xA9 des fonds. Le tour de table, qui rassemble Norvex, Kestrel et Valmont Capital, valorise la soci\xC3\xA9t\xC3\xA9.",
         "Valmont Capital|invests_in|Quillon AI"},
        {"Norvex pumped $2bn into Quillon AI in March.", "Norvex|invests_in|Quillon AI"},
        {"The Norvex-backed start-up Quillon AI raised money.", "Norvex|invests_in|Quillon AI"},
        {"Quillon AI, qui b\xC3\xA9n\xC3\xA9" "ficie du soutien de Norvex, grandit.", "Norvex|invests_in|Quillon AI"},
        {"In February, Norvex announced an investment in Quillon AI.", "Norvex|invests_in|Quillon AI"},
        {"In 2023, Norvex purchased a stake in Quillon AI.", "Norvex|invests_in|Quillon AI"},
        {"Norvex, Kestrel and Valmont Capital are among the investors in Quillon AI.", "Kestrel|invests_in|Quillon AI"},
        // the company whose stake was taken is the deal's, before the one named first
        {"Kestrel and Norvex have taken stakes in Quillon AI. The round, led by venture capital firm Valmont Capital, "
         "also saw participation from VCs including Veridian Labs.",
         "Valmont Capital|invests_in|Quillon AI"},
        {"Kestrel and Norvex have taken stakes in Quillon AI. The round, led by venture capital firm Valmont Capital, "
         "also saw participation from VCs including Veridian Labs.",
         "Veridian Labs|invests_in|Quillon AI"},
        {"Valmont Capital and Norvex, which invested in Quillon AI's previous $70 million funding round in May, joined again.",
         "Valmont Capital|invests_in|Quillon AI"},
        {"Quillon AI, qui a lev\xC3\xA9 395 millions de dollars aupr\xC3\xA8s de fonds prestigieux (Norvex, Kestrel), grandit.",
         "Kestrel|invests_in|Quillon AI"},
        // a fronted clause names the investors of the subject after it
        {"Backed by investors such as Norvex and Valmont Capital, Quillon AI has raised $970m.",
         "Valmont Capital|invests_in|Quillon AI"},
        {"Kestrel grew fast. Kestrel hired. Backed by Norvex, the company has raised $970m.", "Norvex|invests_in|Kestrel"},
        {"Soutenue par Norvex et Valmont Capital, Quillon AI a lev\xC3\xA9 20 millions.", "Norvex|invests_in|Quillon AI"},
        // a list of investors with no company of its own is of the round the text reported,
        // even where another company is named more often
        {"Kestrel dominates. Kestrel sells. Kestrel hires. Quillon AI has raised $200 million. "
         "Investors in the round include Norvex and Valmont Capital.",
         "Valmont Capital|invests_in|Quillon AI"},
        // the deal is an investment in a company, or its acquisition
        {"Kestrel dominates. Kestrel sells. Norvex invested $700 million in the Sylvanian chip firm Quillon AI. "
         "Led by Valmont Capital and Norvex, the financing round comprised Veridian Labs.",
         "Veridian Labs|invests_in|Quillon AI"},
        {"Quillon AI hires. Quillon AI sells. Kestrel, Valmont Capital and Veridian Labs also participated in the round.",
         "Valmont Capital|invests_in|Quillon AI"},
        {"Quillon AI's shareholders include the telecom group Norvex.", "Norvex|invests_in|Quillon AI"},
        // "de premier plan" is an idiom: no plan blocks the fact
        {"Soutenue par des investisseurs de premier plan comme Norvex et Kestrel, Quillon AI promet une voiture.",
         "Kestrel|invests_in|Quillon AI"},
        {"Kestrel domine. Kestrel recrute. Kestrel vend. La jeune pousse Quillon AI vient de lever 30 millions d'euros. "
         "Le tour de table comprend Norvex et Valmont Capital.",
         "Norvex|invests_in|Quillon AI"},
        // who leads a round is an investor, a name in no lexicon too
        {"Kestrel vend des drones. En levant 50 millions d'euros lors d'un tour de s\xC3\xA9rie B men\xC3\xA9 par Blue Harbor, "
         "elle porte \xC3\xA0 1 milliard le total de ses lev\xC3\xA9" "es.",
         "Blue Harbor|invests_in|Kestrel"},
        // the part of a round a fund brought
        {"Kestrel a lev\xC3\xA9 80 millions d'euros, dont 60 millions apport\xC3\xA9s par le fonds Valmont Capital.",
         "Valmont Capital|invests_in|Kestrel"},
            // the plain future of an agreed deal; "vient de lever ... auprès de"
        {"Norvex investira jusqu'\xC3\xA0 10 milliards de dollars dans Quillon AI.", "Norvex|invests_in|Quillon AI"},
        {"Quillon AI, qui vient de lever 15 millions d'euros aupr\xC3\xA8s de Techstars et Harbor Ventures, recrute.",
         "Harbor Ventures|invests_in|Quillon AI"},
        // a young company described in an apposition after its name is what "la jeune pousse"
        // stands for later (not the co-founder named after it)
        {"Maria Vance, la patronne de Quillon AI, une start-up cofond\xC3\xA9" "e avec Paul Brisco, est pass\xC3\xA9" "e par "
         "Kestrel. La jeune pousse, qui vient de lever 15 millions d'euros aupr\xC3\xA8s de Harbor Ventures, recrute.",
         "Harbor Ventures|invests_in|Quillon AI"},
        // a copula and an investor's noun
        {"Quillon AI raised money. Kestrel is also an investor in Quillon AI.", "Kestrel|invests_in|Quillon AI"},
        // a round's sentence opened by a pronoun is its referent's round ("le soutien de": a funding cue)
        {"Quillon AI est une jeune pousse. Elle a obtenu un financement avec le soutien de Valmont Capital et Orbis Capital.",
         "Orbis Capital|invests_in|Quillon AI"},
        // the round is the company's, not that of a name its description's agent holds
        {"Quillon AI, a startup co-founded by two former Kestrel engineers, has raised $30 million in seed funding. "
         "The funding round was led by Orbis Capital.", "Orbis Capital|invests_in|Quillon AI"},
        {"Quillon AI, une start-up fond\xC3\xA9" "e par deux anciens ing\xC3\xA9nieurs de Kestrel, a lev\xC3\xA9 30 millions d'euros. "
         "Le tour de table a \xC3\xA9t\xC3\xA9 men\xC3\xA9 par Orbis Capital.", "Orbis Capital|invests_in|Quillon AI"},
        // a list right before an investor verb ("... participated") names the round's investors
        {"Quillon AI has raised $30 million in seed funding. The round was led by Orbis Capital. "
         "Additionally, major Sylvanian tech firms Kestrel, Norvex and Veridian Labs participated.",
         "Veridian Labs|invests_in|Quillon AI"},
        {"Quillon AI a lev\xC3\xA9 30 millions d'euros. Le tour a \xC3\xA9t\xC3\xA9 men\xC3\xA9 par Orbis Capital. "
         "Les groupes sylvaniens Kestrel, Norvex et Veridian Labs ont \xC3\xA9galement particip\xC3\xA9.",
         "Veridian Labs|invests_in|Quillon AI"},
        // a funder's portfolio, given as examples, is no deal: the round stays the company's
        {"Quillon AI has raised $30 million in seed funding. The round was led by Orbis Capital, known for investing in "
         "young companies like Norvex. Quillon AI was founded by Ada Marlowe. Co-founder Ada Marlowe spoke.",
         "Ada Marlowe|founded|Quillon AI"},
        // a founder raises for the company ("has raised $1.1bn for his London-based startup X")
        {"Kestrel grew. Kestrel hired. Kestrel sold. Ada Marlowe has raised $1.1bn for her Castelmar-based startup "
         "Quillon AI, in a round led by Orbis Capital and Norvex.", "Norvex|invests_in|Quillon AI"},
        {"Kestrel grandit. Kestrel recrute. Kestrel vend. Ada Marlowe a lev\xC3\xA9 1 milliard pour sa jeune pousse Quillon AI, "
         "lors d'un tour men\xC3\xA9 par Orbis Capital et Norvex.", "Norvex|invests_in|Quillon AI"},
        // a list right before "among" and a funding cue names the round's investors
        {"Quillon AI raised $40 million. Kestrel, Norvex and Veridian Labs are among the funders in the series.",
         "Norvex|invests_in|Quillon AI"},
        {"Quillon AI a lev\xC3\xA9 40 millions. Kestrel, Norvex et Veridian Labs figurent parmi les investisseurs du tour.",
         "Veridian Labs|invests_in|Quillon AI"},
        // ... even long after the round's news, when the deal's company is still the document's topic
        {"Quillon AI raised $40 million in a round led by Orbis Capital. Quillon AI makes chips. Quillon AI sells them to banks. "
         "Quillon AI hired staff. Quillon AI grew. Quillon AI opened offices. Quillon AI won deals. Quillon AI shipped. "
         "Quillon AI grew again. Quillon AI hired more. Kestrel, Norvex and Veridian Labs are among the funders in the series.",
         "Veridian Labs|invests_in|Quillon AI"},
        {"Kestrel est aussi un actionnaire de Quillon AI.", "Kestrel|invests_in|Quillon AI"},
        {"Kestrel est \xC3\xA9galement un des investisseurs de premier plan de Quillon AI.", "Kestrel|invests_in|Quillon AI"},
}));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Kestrel is Norvex's former investor.", "Kestrel|invests_in|Norvex"},
        {"Quillon AI is nearing a deal to raise $2bn in a round led by Norvex.", "Norvex|invests_in|Quillon AI"},
        // a name after a conjunction right after the funding word opens a clause of its own
        {"Quillon AI est une start-up. La start-up avait lev\xC3\xA9 100 millions de dollars de financement et Kestrel a cit\xC3\xA9 des articles de presse.",
         "Kestrel|invests_in|Quillon AI"},
        {"Quillon AI, a startup co-founded by two former Kestrel engineers, has raised $30 million in seed funding. "
         "The funding round was led by Orbis Capital.", "Orbis Capital|invests_in|Kestrel"},
        {"Quillon AI has raised $30 million in seed funding. The round was led by Orbis Capital, known for investing in "
         "young companies like Norvex. Quillon AI was founded by Ada Marlowe. Co-founder Ada Marlowe spoke.",
         "Ada Marlowe|founded|Norvex"},
        {"Kestrel grew. Kestrel hired. Kestrel sold. Ada Marlowe has raised $1.1bn for her Castelmar-based startup "
         "Quillon AI, in a round led by Orbis Capital and Norvex.", "Norvex|invests_in|Kestrel"},
        // "among" with no funding cue after it
        {"Quillon AI raised $40 million. Kestrel and Norvex are among its customers.", "Norvex|invests_in|Quillon AI"},
        // no round: a partnership led by someone
        {"Kestrel a annonc\xC3\xA9 un partenariat men\xC3\xA9 par Blue Harbor.", "Blue Harbor|invests_in|Kestrel"},
        {"Kestrel pourrait lever 50 millions lors d'un tour men\xC3\xA9 par Blue Harbor.", "Blue Harbor|invests_in|Kestrel"},
        {"Kestrel a lev\xC3\xA9 80 millions d'euros, dont 60 millions n'ont pas \xC3\xA9t\xC3\xA9 apport\xC3\xA9s par Valmont Capital.",
         "Valmont Capital|invests_in|Kestrel"},
        {"Norvex pourrait investir dans Quillon AI.", "Norvex|invests_in|Quillon AI"},
        // customers listed in a sentence about funding are no investors of another company
        {"Quillon AI, qui b\xC3\xA9n\xC3\xA9" "ficie du soutien de Norvex, grandit.", "Norvex|invests_in|Kestrel"},
        // a bracketed ticker and its sector are no company ("Amazon (AMZN, Financials)")
        {"Kestrel (KST, Financials) founder Ada Marlowe and Norvex invested $700 million in Quillon AI. "
         "The funding values the company at $2.6 billion. The round comprised Valmont Capital.",
         "Valmont Capital|invests_in|Financials"},
        // a list of examples is of investors only after a word of money ("context_before")
        {"Quillon AI grew. Jun Takeda recruited engineers from giants such as Norvex and Kestrel to form a team that attracted investors.",
         "Norvex|invests_in|Quillon AI"},
        // a 'backed by' list inside a sentence is not a fronted clause about its last name
        {"Quillon AI raised $6 billion in a round backed by Norvex, Valmont Capital, Kestrel and Veridian Labs.",
         "Norvex|invests_in|Kestrel"},
        // a round the text says did not happen marks no company
        {"Quillon AI sells. Kestrel has not raised $200 million. Investors in the round include Norvex.",
         "Norvex|invests_in|Kestrel"},
            {"Kestrel is not an investor in Quillon AI.", "Kestrel|invests_in|Quillon AI"},
        {"Kestrel is a potential investor in Quillon AI.", "Kestrel|invests_in|Quillon AI"},
        {"Kestrel n'est pas actionnaire de Quillon AI.", "Kestrel|invests_in|Quillon AI"},
}));
    does_not_say(text, fact);
  }
}

// French noun phrases, participles and gerunds (real-news French development): for each
// predicate, the sentences that must give the fact and those that must not.
TEST_CASE("French appositions, participles and gerunds, by predicate") {
  SECTION("develops: said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Kestrel a produit trois g\xC3\xA9n\xC3\xA9rations de processeurs, baptis\xC3\xA9s Tern X1.",
         "Kestrel|develops|Tern X1"},
        {"Kestrel, le plus grand fabricant sylvanien de Chatter, a parl\xC3\xA9.",
         "Kestrel|develops|Chatter"},
        {"Le fabricant sylvanien de Chatter Kestrel investit dans Norvex.",
         "Kestrel|develops|Chatter"},
        {"Le sylvanien Kestrel a lanc\xC3\xA9 son mod\xC3\xA8le Falcor-7.",
         "Kestrel|develops|Falcor-7"},
    }));
    says(text, fact);
  }
  SECTION("develops: not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Norvex a lanc\xC3\xA9 un concurrent de la puce appel\xC3\xA9" "e Tern X1.",
         "Norvex|develops|Tern X1"},
        {"Kestrel, le plus grand client de Chatter, a parl\xC3\xA9.",
         "Kestrel|develops|Chatter"},
        {"Le fabricant de Chatter a vendu ses parts \xC3\xA0 Kestrel.",
         "Kestrel|develops|Chatter"},
        // the agent of a passive, past its article and demonym, launched nothing
        {"Norvex a \xC3\xA9t\xC3\xA9 rachet\xC3\xA9" "e par le sylvanien Kestrel en 2012 et a ensuite lanc\xC3\xA9 son mod\xC3\xA8le Falcor-7.",
         "Kestrel|develops|Falcor-7"},
    }));
    does_not_say(text, fact);
  }
  SECTION("works_at, leads: said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Il garde un r\xC3\xB4le au conseil de Norvex d\xC3\xA9sormais dirig\xC3\xA9" "e par Jun Takeda.",
         "Jun Takeda|leads|Norvex"},
        {"Kestrel a annonc\xC3\xA9 le d\xC3\xA9part \xC3\xA0 la retraite de Maria Vance, son vice-pr\xC3\xA9sident senior.",
         "Maria Vance|works_at|Kestrel"},
        {"Jun Takeda a \xC3\xA9t\xC3\xA9 nomm\xC3\xA9 chef scientifique du laboratoire de Norvex.",
         "Jun Takeda|works_at|Norvex"},
        {"\xC2\xAB C'est r\xC3\xA9" "el \xC2\xBB, a r\xC3\xA9" "agi Jun Takeda, directeur g\xC3\xA9n\xC3\xA9ral de Chatter, sur X.",
         "Jun Takeda|leads|Chatter"},
    }));
    says(text, fact);
  }
  SECTION("works_at, leads: not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Le laboratoire de Norvex dirig\xC3\xA9 par Jun Takeda a publi\xC3\xA9.",
         "Jun Takeda|leads|Norvex"},
        {"Kestrel a annonc\xC3\xA9 le d\xC3\xA9part de Maria Vance, son ancien directeur de la recherche.",
         "Maria Vance|works_at|Kestrel"},
        {"Jun Takeda pourrait \xC3\xAAtre nomm\xC3\xA9 chef scientifique de Norvex.",
         "Jun Takeda|works_at|Norvex"},
        {"Jun Takeda, directeur technique de Chatter, a r\xC3\xA9" "agi.",
         "Jun Takeda|leads|Chatter"},
    }));
    does_not_say(text, fact);
  }
  SECTION("founded: said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Norvex, cr\xC3\xA9\xC3\xA9" "e en 2015 \xC3\xA0 Lisbonne \xC3\xA0 l'initiative de Maria Vance et Jun Takeda, a lev\xC3\xA9 des fonds.",
         "Jun Takeda|founded|Norvex"},
    }));
    says(text, fact);
  }
  SECTION("founded: not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Norvex pourrait \xC3\xAAtre cr\xC3\xA9\xC3\xA9" "e \xC3\xA0 l'initiative de Maria Vance.",
         "Maria Vance|founded|Norvex"},
    }));
    does_not_say(text, fact);
  }
  SECTION("competes_with: said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Kestrel a sign\xC3\xA9 un partenariat avec Norvex, rival historique de Veridian Labs.",
         "Norvex|competes_with|Veridian Labs"},
        {"Ce rachat renforce l'offre de Kestrel face \xC3\xA0 son rival Norvex.",
         "Kestrel|competes_with|Norvex"},
        {"Kestrel d\xC3\xA9passe Norvex et devient le leader mondial des puces.",
         "Kestrel|competes_with|Norvex"},
    }));
    says(text, fact);
  }
  SECTION("competes_with: not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Norvex n'est pas le rival de Veridian Labs.",
         "Norvex|competes_with|Veridian Labs"},
        {"Kestrel pourrait se renforcer face \xC3\xA0 son rival Norvex.",
         "Kestrel|competes_with|Norvex"},
        {"Kestrel ne d\xC3\xA9passe pas Norvex.",
         "Kestrel|competes_with|Norvex"},
    }));
    does_not_say(text, fact);
  }
  SECTION("part_of: said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Norvex, bas\xC3\xA9 en Freedonia mais d\xC3\xA9tenu \xC3\xA0 100 % par le groupe Kestrel, a perdu.",
         "Norvex|part_of|Kestrel"},
        {"Norvex a \xC3\xA9t\xC3\xA9 rachet\xC3\xA9" "e par le sylvanien Kestrel en 2012 et a ensuite lanc\xC3\xA9 son mod\xC3\xA8le Falcor-7.",
         "Norvex|part_of|Kestrel"},
    }));
    says(text, fact);
  }
  SECTION("part_of: not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Norvex, d\xC3\xA9tenu \xC3\xA0 30 % par Kestrel, a perdu.",
         "Norvex|part_of|Kestrel"},
        {"Norvex n'a pas \xC3\xA9t\xC3\xA9 rachet\xC3\xA9" "e par le sylvanien Kestrel.",
         "Norvex|part_of|Kestrel"},
    }));
    does_not_say(text, fact);
  }
  SECTION("invests_in: said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a name before 'et le fonds X' is a member of the list, not an owner
        {"Quillon AI a lev\xC3\xA9 600 millions d'euros. Le tour de table rassemble Valmont Capital, Kestrel et le fonds Norvex.",
         "Kestrel|invests_in|Quillon AI"},
        {"Quillon AI a lev\xC3\xA9 600 millions d'euros. Le tour de table rassemble Valmont Capital, Kestrel et le nouvel entrant Norvex.",
         "Norvex|invests_in|Quillon AI"},
        {"Quillon AI raised $600 million. Investors in the round include Valmont Capital, Kestrel and the fund Norvex.",
         "Kestrel|invests_in|Quillon AI"},
        {"Valmont Capital, l'un des premiers investisseurs de Norvex, a suivi.",
         "Valmont Capital|invests_in|Norvex"},
        {"Norvex a confirm\xC3\xA9 avoir re\xC3\xA7u un investissement majeur de Kestrel.",
         "Kestrel|invests_in|Norvex"},
        {"Norvex est une startup. Elle a re\xC3\xA7u un investissement de 2 millions de la part du fonds de capital-risque Valmont Capital.",
         "Valmont Capital|invests_in|Norvex"},
    }));
    says(text, fact);
  }
  SECTION("invests_in: not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a company named in a member's description
        {"Quillon AI a lev\xC3\xA9 600 millions d'euros. Le tour de table rassemble Valmont Capital et le fondateur de Kestrel, Jun Takeda.",
         "Kestrel|invests_in|Quillon AI"},
        {"Valmont Capital, l'un des premiers clients de Norvex, a suivi.",
         "Valmont Capital|invests_in|Norvex"},
        {"Norvex n'a pas re\xC3\xA7u d'investissement de Kestrel.",
         "Kestrel|invests_in|Norvex"},
    }));
    does_not_say(text, fact);
  }
  SECTION("uses: said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"En int\xC3\xA9grant Falcor-7 directement dans sa propre infrastructure, Norvex cherche la ma\xC3\xAEtrise.",
         "Norvex|uses|Falcor-7"},
    }));
    says(text, fact);
  }
  SECTION("uses: not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"En n'int\xC3\xA9grant pas Falcor-7 dans son offre, Norvex reste prudent.",
         "Norvex|uses|Falcor-7"},
    }));
    does_not_say(text, fact);
  }
  SECTION("organizes: said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"La conf\xC3\xA9rence Quillon Days, organis\xC3\xA9" "e par Norvex, a ouvert.",
         "Norvex|organizes|Quillon Days"},
    }));
    says(text, fact);
  }
  SECTION("organizes: not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Norvex pourrait organiser la conf\xC3\xA9rence Quillon Days.",
         "Norvex|organizes|Quillon Days"},
    }));
    does_not_say(text, fact);
  }
  SECTION("based_in: said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Maria Vance, 49 ans, originaire de Sylvanie et professeure \xC3\xA0 l'Universit\xC3\xA9 de Valmont, a parl\xC3\xA9.",
         "Maria Vance|based_in|Sylvania"},
        {"Norvex ne joue pas dans la m\xC3\xAAme cour que les assistants du sylvanien Kestrel.",
         "Kestrel|based_in|Sylvania"},
        {"Le Trade Control Office freedonien a autoris\xC3\xA9 Kestrel \xC3\xA0 exporter.",
         "Trade Control Office|based_in|Freedonia"},
        {"Le conglom\xC3\xA9rat financier freedonien Valmont Capital rach\xC3\xA8te Kestrel.",
         "Valmont Capital|based_in|Freedonia"},
        {"Le ministre freedonien de l'\xC3\x89" "conomie, Jun Takeda, a parl\xC3\xA9.",
         "Jun Takeda|based_in|Freedonia"},
        {"Norvex investit dans son rival sylvanien Kestrel.",
         "Kestrel|based_in|Sylvania"},
        {"Elle a rejoint le sp\xC3\xA9" "cialiste sylvanien de la livraison de produits alimentaires Kestrel en tant que PDG.",
         "Kestrel|based_in|Sylvania"},
        {"Kestrel, souvent surnomm\xC3\xA9 le \xC2\xAB Norvex sylvanien \xC2\xBB, vend des puces.",
         "Kestrel|based_in|Sylvania"},
    }));
    says(text, fact);
  }
  SECTION("based_in: not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // the team comes from there, not the person
        {"Maria Vance, qui travaille avec une \xC3\xA9quipe originaire de Sylvanie, a parl\xC3\xA9.",
         "Maria Vance|based_in|Sylvania"},
        {"Le patron du sylvanien Kestrel, Jun Takeda, a parl\xC3\xA9.",
         "Jun Takeda|based_in|Sylvania"},
        {"La Valmont University a re\xC3\xA7u un don sylvanien.",
         "Valmont University|based_in|Sylvania"},
        {"Le conglom\xC3\xA9rat financier Valmont Capital rach\xC3\xA8te le sylvanien Kestrel.",
         "Valmont Capital|based_in|Sylvania"},
        {"Le ministre de l'\xC3\x89" "conomie, Jun Takeda, a re\xC3\xA7u son homologue sylvanien.",
         "Jun Takeda|based_in|Sylvania"},
        // a rival's complement is another company
        {"Kestrel a sign\xC3\xA9 un partenariat avec Norvex, rival sylvanien de Veridian Labs.",
         "Veridian Labs|based_in|Sylvania"},
        // a verb between the description and the name
        {"Financ\xC3\xA9" "e par un milliardaire, ce sp\xC3\xA9" "cialiste sylvanien de l'IA militaire se r\xC3\xAAve en Norvex europ\xC3\xA9" "en.",
         "Norvex|based_in|Sylvania"},
        // the nickname's name is not described
        {"Kestrel, souvent surnomm\xC3\xA9 le \xC2\xAB Norvex sylvanien \xC2\xBB, vend des puces.",
         "Norvex|based_in|Sylvania"},
    }));
    does_not_say(text, fact);
  }
  SECTION("worked_at: said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Jun Takeda a \xC3\xA9t\xC3\xA9 PDG de Kestrel entre 2009 et 2021.",
         "Jun Takeda|worked_at|Kestrel"},
    }));
    says(text, fact);
  }
  SECTION("worked_at: not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Jun Takeda a \xC3\xA9t\xC3\xA9 nomm\xC3\xA9 PDG de Kestrel.",
         "Jun Takeda|worked_at|Kestrel"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("names in no lexicon: typed by their shape, releases of known models") {
  auto [text, fact] = GENERATE(table<std::string, std::string>({
      // a model's name given after "appelé" / "dubbed", quoted or not
      {"Il repose sur un mod\xC3\xA8le de langage appel\xC3\xA9 Zephyrine, lui aussi d\xC3\xA9velopp\xC3\xA9 par Kestrel.",
       "Kestrel|develops|Zephyrine"},
      {"Kestrel launched a family of models dubbed \"Zephyrine\" designed for coding.", "Kestrel|develops|Zephyrine"},
      // the company a chief or a founder heads: two capitalised words with no given name are no person
      {"Jun Takeda, CEO of Blue Harbor, spoke.", "Jun Takeda|leads|Blue Harbor"},
      {"Paul Brisco, dirigeant et cofondateur de Blue Harbor, parle.", "Paul Brisco|founded|Blue Harbor"},
      // ... and its name ends before a person's ("CEO of Kioxia Holdings Corporation Nobuo Hayasaka")
      {"President and CEO of Kestrel Holdings Corporation Ada Marlowe cut the ribbon.", "Ada Marlowe|leads|Kestrel"},
      // a company suffix, a given name, a fund head word
      {"Quillon AI a recrut\xC3\xA9 Maria Vance.", "Maria Vance|works_at|Quillon AI"},
      {"Orbis Capital led the round for Quillon AI.", "Orbis Capital|invests_in|Quillon AI"},
      // a legal form belongs to the name, a ticker in brackets too
      {"Norvex Corp's parent company Kestrel reported results.", "Norvex|part_of|Kestrel"},
  }));
  says(text, fact);
}

TEST_CASE("uses") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // "Huawei's Ascend chips power DeepSeek's models"; "trained R1 on Huawei Ascend chips" (no "its")
        {"Kestrel's Tern X1 processors power Norvex's models.", "Norvex|uses|Tern X1"},
        {"Norvex trained Falcor-7 on Kestrel Tern X1 chips.", "Norvex|uses|Tern X1"},
        // the owner of a chatbot, model or cluster uses what it runs on
        {"Norvex's chatbot is powered by Falcor-7.", "Norvex|uses|Falcor-7"},
        {"Le chatbot de Norvex repose sur Falcor-7.", "Norvex|uses|Falcor-7"},
        // the maker before its chip is part of the chip's name ("Nvidia H100 GPUs"), no name of its own in the slot
        {"Norvex uses Kestrel Tern X1 GPUs in its data centres.", "Norvex|uses|Tern X1"},
        // a supplier's chips go to the buyer, who uses them
        {"Kestrel supplies Tern X1 chips to Norvex.", "Norvex|uses|Tern X1"},
        {"Kestrel is the main supplier of Tern X1 chips to Norvex.", "Norvex|uses|Tern X1"},
        {"Kestrel fournit des puces Tern X1 \xC3\xA0 Norvex.", "Norvex|uses|Tern X1"},
        {"Norvex, Veridian Labs and Valmont Capital ordered thousands of Tern X1 chips.", "Veridian Labs|uses|Tern X1"},
        {"Norvex runs its inference on Tern X1 accelerators.", "Norvex|uses|Tern X1"},
        {"Norvex a command\xC3\xA9 des milliers de puces Tern X1.", "Norvex|uses|Tern X1"},
        {"Norvex fait tourner ses mod\xC3\xA8les sur des Tern X1.", "Norvex|uses|Tern X1"},
            {"Norvex uses the Tern X1 in its data centres.", "Norvex|uses|Tern X1"},
}));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Kestrel's Tern X1 chips could power Norvex's models.", "Norvex|uses|Tern X1"},
        {"Norvex's rival chatbot is powered by Falcor-7.", "Norvex|uses|Falcor-7"},
        {"Kestrel could supply Tern X1 chips to Norvex.", "Norvex|uses|Tern X1"},
        // a common noun is no thing used: the gold of real news names the maker's chips, never "advanced chips"
        {"Norvex has committed to using advanced chips across the region.", "Norvex|uses|Advanced chips"},
        {"Norvex utilise des puces avanc\xC3\xA9" "es dans ses centres.", "Norvex|uses|Advanced chips"},
        {"Norvex could order thousands of Tern X1 chips.", "Norvex|uses|Tern X1"},
        {"Norvex n'a pas command\xC3\xA9 de puces Tern X1.", "Norvex|uses|Tern X1"},
            // a company does not use what it makes (by the lexicon): its own chip
        {"Kestrel uses the Tern X1 in its data centres.", "Kestrel|uses|Tern X1"},
}));
    does_not_say(text, fact);
  }
}

TEST_CASE("offers, listed_on, organizes") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Veridian Labs now offers Falcor-7 to enterprise customers.", "Veridian Labs|offers|Falcor-7"},
        {"Veridian Labs propose d\xC3\xA9sormais Falcor-7 aux entreprises.", "Veridian Labs|offers|Falcor-7"},
        {"Kestrel shares began trading on the Lisbon Stock Exchange on Monday.", "Kestrel|listed_on|Lisbon Stock Exchange"},
        {"Kestrel a fait son entr\xC3\xA9" "e \xC3\xA0 la Bourse de Lisbonne lundi.", "Kestrel|listed_on|Lisbon Stock Exchange"},
        {"Norvex organized the Valmont AI Summit last week.", "Norvex|organizes|Valmont AI Summit"},
        {"Le Valmont AI Summit, organis\xC3\xA9 par Norvex, a r\xC3\xA9uni 500 personnes.", "Norvex|organizes|Valmont AI Summit"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Veridian Labs might offer Falcor-7 to enterprise customers.", "Veridian Labs|offers|Falcor-7"},
        {"Veridian Labs ne propose pas Falcor-7 aux entreprises.", "Veridian Labs|offers|Falcor-7"},
        {"Kestrel plans to list on the Lisbon Stock Exchange next year.", "Kestrel|listed_on|Lisbon Stock Exchange"},
        {"Kestrel envisage une entr\xC3\xA9" "e \xC3\xA0 la Bourse de Lisbonne.", "Kestrel|listed_on|Lisbon Stock Exchange"},
        {"Norvex did not organize the Valmont AI Summit.", "Norvex|organizes|Valmont AI Summit"},
        {"Norvex pourrait organiser le Valmont AI Summit.", "Norvex|organizes|Valmont AI Summit"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("leads and founded: appointments, heads, founders in relative clauses") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Maria Vance, who heads Norvex, spoke on Monday.", "Maria Vance|leads|Norvex"},
        {"Maria Vance was named chief executive of Norvex in May.", "Maria Vance|leads|Norvex"},
        {"Norvex appointed Maria Vance as its new CEO.", "Maria Vance|leads|Norvex"},
        {"Maria Vance, qui dirige Norvex, a parl\xC3\xA9.", "Maria Vance|leads|Norvex"},
        {"Maria Vance a \xC3\xA9t\xC3\xA9 nomm\xC3\xA9" "e PDG de Norvex.", "Maria Vance|leads|Norvex"},
        {"Le patron de Norvex, Maria Vance, a parl\xC3\xA9.", "Maria Vance|leads|Norvex"},
        {"Maria Vance, who founded Norvex, spoke on Monday.", "Maria Vance|founded|Norvex"},
        {"Quillon Labs was started by Maria Vance in 2019.", "Maria Vance|founded|Quillon Labs"},
        {"Maria Vance, qui a fond\xC3\xA9 Norvex, a parl\xC3\xA9.", "Maria Vance|founded|Norvex"},
        // a relative clause whose pronoun is the person named before ("X, qu'il préside")
        {"Jun Takeda a parl\xC3\xA9. Kestrel, qu'il pr\xC3\xA9side, vend des puces.", "Jun Takeda|leads|Kestrel"},
        {"Jun Takeda a parl\xC3\xA9. Kestrel, dont il est le PDG, vend des puces.", "Jun Takeda|leads|Kestrel"},
        {"Maria Vance a parl\xC3\xA9. Norvex, qu'elle a cofond\xC3\xA9" "e en 2020, vend des puces.", "Maria Vance|founded|Norvex"},
        {"Maria Vance a parl\xC3\xA9. Norvex, dont elle est l'une des cofondatrices, vend des puces.", "Maria Vance|founded|Norvex"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Maria Vance could be named chief executive of Norvex.", "Maria Vance|leads|Norvex"},
        {"Maria Vance, who formerly headed Norvex, spoke.", "Maria Vance|leads|Norvex"},
        {"Norvex appointed Maria Vance as interim CEO.", "Maria Vance|leads|Norvex"},
        // negated, past, or a functional chief
        {"Jun Takeda a parl\xC3\xA9. Kestrel, qu'il ne dirige plus, vend des puces.", "Jun Takeda|leads|Kestrel"},
        {"Jun Takeda a parl\xC3\xA9. Kestrel, qu'il pr\xC3\xA9sidait, vend des puces.", "Jun Takeda|leads|Kestrel"},
        {"Jun Takeda a parl\xC3\xA9. Kestrel, dont il est le directeur financier, vend des puces.", "Jun Takeda|leads|Kestrel"},
        {"Maria Vance a parl\xC3\xA9. Norvex, qu'elle a quitt\xC3\xA9" "e en 2020, vend des puces.", "Maria Vance|founded|Norvex"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("acquisitions, productions, possessive countries, sanctions, new roles") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Norvex completed its acquisition of Quillon AI on Monday.", "Quillon AI|part_of|Norvex"},
        {"Norvex a rachet\xC3\xA9 Quillon AI pour 600 millions d'euros.", "Quillon AI|part_of|Norvex"},
        {"Norvex a aussi mis la main sur Quillon AI.", "Quillon AI|part_of|Norvex"},
        {"Apr\xC3\xA8s Quillon AI (rachet\xC3\xA9 par Norvex), la vague continue.", "Quillon AI|part_of|Norvex"},
        {"Kestrel is currently producing the Tern X1 on older equipment.", "Kestrel|develops|Tern X1"},
        {"The Kestrel-made Tern X1 has a low yield.", "Kestrel|develops|Tern X1"},
        {"Freedonia's artificial intelligence company Quillon AI announced a deal.", "Quillon AI|based_in|Freedonia"},
        {"Both Quillon AI and Norvex are Freedonia-sanctioned firms.", "Freedonia|restricts|Norvex"},
        {"Freedonian sanctions meant to keep Tern X1 chips out of Sylvania took effect.", "Freedonia|restricts|Sylvania"},
        {"Maria Vance becomes Norvex's SVP of engineering.", "Maria Vance|works_at|Norvex"},
        {"Quillon AI, cr\xC3\xA9\xC3\xA9" "e en 2021 et pilot\xC3\xA9" "e par Maria Vance, l\xC3\xA8ve des fonds.", "Maria Vance|leads|Quillon AI"},
        {"Quillon AI, founded in 2021 and led by Maria Vance, raised money.", "Maria Vance|leads|Quillon AI"},
        {"Veridian Labs a cr\xC3\xA9\xC3\xA9 des mod\xC3\xA8les ouverts comme Falcor-7 et Norvex-2.", "Veridian Labs|develops|Falcor-7"},
        {"Maria Vance a travaill\xC3\xA9 apr\xC3\xA8s des passages chez Kestrel puis Norvex.", "Maria Vance|worked_at|Norvex"},
        {"Veridian Labs released its newest open-weight model, Falcor-7.", "Veridian Labs|develops|Falcor-7"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Norvex is in talks to acquire Quillon AI.", "Quillon AI|part_of|Norvex"},
        {"Norvex pourrait racheter Quillon AI.", "Quillon AI|part_of|Norvex"},
        {"Kestrel could start producing the Tern X1 next year.", "Kestrel|develops|Tern X1"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("web copies: reference marks, bracketed asides, initials, legal forms, possessors in lists") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a reference mark glued to a name, an aside after the subject
        {"Norvex[2] is a Freedonian company.", "Norvex|based_in|Freedonia"},
        {"Norvex (/\xCB\x88nor.veks/)[3] is a Freedonian company.", "Norvex|based_in|Freedonia"},
        {"Norvex (Nasdaq: NVX) is a Freedonian company.", "Norvex|based_in|Freedonia"},
        // a middle initial, a legal form after a comma
        {"Norvex was founded in 1985 by Maria K. Vance and two other engineers.", "Maria K. Vance|founded|Norvex"},
        {"Norvex, Inc. is a Freedonian company.", "Norvex|based_in|Freedonia"},
        {"Zentrix, Inc. is a Freedonian startup.", "Zentrix|based_in|Freedonia"},
        // a country's possessive before a list member; a member named by its owner's description
        {"Quillon AI has secured an investment from Freedonia's Orbis Capital.", "Orbis Capital|invests_in|Quillon AI"},
        {"Quillon AI raised money. The latest funding round includes Norvex's start-up fund, Orbis Capital and Kestrel.",
         "Orbis Capital|invests_in|Quillon AI"},
        {"Quillon AI raised money. The latest funding round includes Norvex's start-up fund, Orbis Capital and Kestrel.",
         "Kestrel|invests_in|Quillon AI"},
        // a unit named after a company and an organisation's head word
        {"Maria Vance, Managing Partner at Norvex Investment Advisers, said it was a good deal.",
         "Maria Vance|works_at|Norvex Investment Advisers"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // the owner of a fund named in a list is not the investor
        {"Quillon AI raised money. The latest funding round includes Norvex's start-up fund, Orbis Capital and Kestrel.",
         "Norvex|invests_in|Quillon AI"},
        // a noun-phrase fact does not run over a clause into a later list
        {"Led by Freedonia's Orbis Capital and Kestrel, the funding round comprised Norvex, Valmont Capital, and Veridian Labs.",
         "Valmont Capital|based_in|Freedonia"},
        // a reference mark is no name
        {"Norvex[a] is a Freedonian company.", "A|based_in|Freedonia"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("possessive products, title pairs, customers, fronted lists (batch 9 development)") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a chip word before a name of no lexicon names a chip
        {"Kestrel a lanc\xC3\xA9 la puce Zorbax.", "Kestrel|develops|Zorbax"},
        {"Kestrel est une startup. Elle a lanc\xC3\xA9 sa premi\xC3\xA8re puce, Warbax, en 2021.", "Kestrel|develops|Warbax"},
        // a name a possessive description gives, after a sentence-opening "Its"
        {"Kestrel sells software. Its flagship product, Zorbatron, is popular.", "Kestrel|develops|Zorbatron"},
        {"Kestrel est une startup. Son exosquelette Atalos, destin\xC3\xA9 aux patients, est vendu.", "Kestrel|develops|Atalos"},
        // founder and chief executive before the name, in both languages
        {"Norvex founder and CEO Maria Vance said it.", "Maria Vance|founded|Norvex"},
        {"Norvex founder and CEO Maria Vance said it.", "Maria Vance|leads|Norvex"},
        {"Le cofondateur et CEO de Norvex Maria Vance a annonc\xC3\xA9 la nouvelle.", "Maria Vance|founded|Norvex"},
        // every founder of an Oxford-comma list, known or not
        {"Norvex was founded in 2017 by Ada Marlowe, Jun Takeda, and Ori Goshen.", "Ori Goshen|founded|Norvex"},
        // titles before the names of a list are no part of them
        {"Norvex was founded in 2017 by Professor Amnon Shashua, Professor Yoav Shoham, and Ori Goshen.",
         "Yoav Shoham|founded|Norvex"},
        {"Founded in 2017 by Professor Amnon Shashua, Dr. Yoav Shoham, and Ori Goshen, Norvex grew.",
         "Yoav Shoham|founded|Norvex"},
        // a customer of a product uses it
        {"Veridian Labs is a significant customer of Chatter.", "Veridian Labs|uses|Chatter"},
        {"Veridian Labs est un gros client de Chatter.", "Veridian Labs|uses|Chatter"},
        // a descriptor before a list member: the name after it is the member
        {"Quillon AI raised money from investors, including Norvex founder Ada Marlowe, Chatter maker Kestrel and venture capital firms Valmont Capital and Orbis Capital.",
         "Kestrel|invests_in|Quillon AI"},
        {"Quillon AI raised money from investors, including Norvex founder Ada Marlowe, Chatter maker Kestrel and venture capital firms Valmont Capital and Orbis Capital.",
         "Orbis Capital|invests_in|Quillon AI"},
        {"Quillon AI is a startup. An alliance of investors, including the Sylvania owner Valmont Capital, Kestrel and Norvex, pumped 467 million euros into the company.",
         "Valmont Capital|invests_in|Quillon AI"},
        // a public role or a fortune after a demonym or a country's possessive
        {"Later, Ada Marlowe met Freedonian Prime Minister Jun Takeda at his office.", "Jun Takeda|based_in|Freedonia"},
        {"Freedonia's richest businessman, Jun Takeda, has joined forces with Norvex.", "Jun Takeda|based_in|Freedonia"},
        // a noun phrase that ends with its name says it before a possessive
        {"Freedonian startup Kestrel's chatbot has drawn attention.", "Kestrel|based_in|Freedonia"},
        // a one-word name of the lexicon glued to unknown capitalised words is a new name
        {"Kestrel acquired the Freedonian startup Sylvania Semantic.", "Sylvania Semantic|part_of|Kestrel"},
        {"Kestrel a racheté la startup Sylvania Semantic.", "Sylvania Semantic|part_of|Kestrel"},
        // who imposed restrictions, on what; an order to stop
        {"Restrictions imposed by Freedonia have limited Sylvania's access to the Tern X1.", "Freedonia|restricts|Tern X1"},
        {"Les restrictions impos\xC3\xA9" "es par la Freedonie ont limit\xC3\xA9 l'acc\xC3\xA8s aux puces Tern X1.", "Freedonia|restricts|Tern X1"},
        {"The Trade Control Office has ordered Norvex to immediately suspend its chatbot.", "Trade Control Office|restricts|Norvex"},
        // an announced or completed acquisition: the sentence's subject bought it
        {"Kestrel, connu pour ses puces, vient d'annoncer le rachat de Sylvania Robotics.", "Sylvania Robotics|part_of|Kestrel"},
        {"Kestrel, which already owns Veridian Labs, announced the acquisition of Sylvania Robotics.", "Sylvania Robotics|part_of|Kestrel"},
        // a rival after the sentence-opening possessive; a race between two
        {"Kestrel vend des robots. Son concurrent direct, Norvex, pr\xC3\xA9voit une ann\xC3\xA9" "e record.", "Kestrel|competes_with|Norvex"},
        {"Kestrel sells robots. Its main rival, Norvex, expects a record year.", "Kestrel|competes_with|Norvex"},
        {"A heated race has been on between Kestrel and Norvex to build robots.", "Kestrel|competes_with|Norvex"},
        {"Cette annonce alimente une rivalit\xC3\xA9 entre Kestrel et Norvex.", "Kestrel|competes_with|Norvex"},
        // a list that opens with a name of another type; a fund after a descriptor and its complement
        {"Ada Marlowe and Valmont Capital have invested $5 million in Freedonia-based Norvex.", "Valmont Capital|invests_in|Norvex"},
        {"Norvex l\xC3\xA8ve des fonds. Le tour a \xC3\xA9t\xC3\xA9 conduit par Kestrel, Valmont Capital et le fonds d'investissement Orbis Capital.",
         "Orbis Capital|invests_in|Norvex"},
        {"Norvex est une startup. Elle a re\xC3\xA7u un investissement de 2 millions d'euros de la part du fonds Valmont Capital.",
         "Valmont Capital|invests_in|Norvex"},
        // a ban from a country's government devices; "-owned" after a demonym
        {"Emerging Sylvanian-owned AI tool Chatter will be banned from all Freedonian Government devices.", "Freedonia|restricts|Chatter"},
        {"Emerging Sylvanian-owned startup Norvex sells chips.", "Norvex|based_in|Sylvania"},
        // a former employer in a relative "où elle occupait"
        {"Norvex recrute Ada Marlowe. Elle arrive de Kestrel o\xC3\xB9 elle occupait le poste de directrice.", "Ada Marlowe|worked_at|Kestrel"},
        // "along with", "together with" coordinate a list
        {"Norvex was founded by Ada Marlowe and Jun Takeda, along with Maria Vance.", "Maria Vance|founded|Norvex"},
        // "dont elle prenait la tête"
        {"Ada Marlowe a rejoint Kestrel. Deux ans apr\xC3\xA8s, elle rejoignait Norvex, dont elle prenait la t\xC3\xAAte.",
         "Ada Marlowe|leads|Norvex"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a fronted list's last name before the comma is no subject of the sentence
        {"Soutenue par Valmont Capital, Kestrel, Norvex et le fonds Orbis, la startup grandit.",
         "Kestrel|invests_in|Norvex"},
        {"Soutenue par Valmont Capital, Kestrel, Norvex et le fonds Orbis, la startup grandit.",
         "Valmont Capital|invests_in|Norvex"},
        // a list ends at its conjunction's member: "A and B, C is ..."
        {"Founded by Ada Marlowe, a former engineer at Kestrel and Veridian Labs, Norvex is a Freedonian startup.",
         "Veridian Labs|based_in|Freedonia"},
        {"Kestrel is not a customer of Chatter.", "Kestrel|uses|Chatter"},
        // a descriptor followed by "de X" describes the name before it, not X
        {"Norvex l\xC3\xA8ve des fonds. Parmi les investisseurs : Ada Marlowe, fondatrice de Kestrel, et Valmont Capital.",
         "Kestrel|invests_in|Norvex"},
        {"Kestrel, which already owns Veridian Labs, announced the acquisition of Sylvania Robotics.", "Sylvania Robotics|part_of|Veridian Labs"},
        {"Kestrel said the acquisition of Sylvania Robotics could be blocked.", "Sylvania Robotics|part_of|Kestrel"},
        {"Kestrel pourrait annoncer le rachat de Sylvania Robotics.", "Sylvania Robotics|part_of|Kestrel"},
        {"Restrictions imposed by Freedonia were eased last year for the Tern X1.", "Freedonia|restricts|Tern X1"},
        {"The Trade Control Office could order Norvex to suspend its chatbot.", "Trade Control Office|restricts|Norvex"},
        // a country's possessive before a descriptor names the member's own place
        {"Freedonian chip behemoth Norvex and Sylvania's retail giant Kestrel unveiled a deal.", "Kestrel|based_in|Freedonia"},
        // a demonym after "a unit of" is the owner's
        {"Norvex, a unit of Freedonian conglomerate Kestrel, sells chips.", "Norvex|based_in|Freedonia"},
        // titles of their own in a list of titled names: each name has its own company
        {"Backers include Kestrel CEO Ada Marlowe, Norvex co-founder Jun Takeda and others.", "Jun Takeda|leads|Kestrel"},
        // the head of a company's unit does not head the company
        {"\"We grow,\" said Ada Marlowe, head of Norvex's cloud and AI group.", "Ada Marlowe|leads|Norvex"},
        // the owner a descriptor names is no member of the list
        {"Quillon AI raised money from investors, including Norvex founder Ada Marlowe, Chatter maker Kestrel and venture capital firms Valmont Capital and Orbis Capital.",
         "Norvex|invests_in|Quillon AI"},
        {"Norvex's former founder and CEO Maria Vance left.", "Maria Vance|leads|Norvex"},
        {"Fidji Simo prendra la t\xC3\xAAte de Norvex.", "Fidji Simo|leads|Norvex"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("described founders, employers like, names before their head noun (batch 11 development)") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a description of the people before their list, with a name inside it
        {"Norvex was founded by a pair of Valmont University dropouts, Maria Vance and Jun Takeda.",
         "Maria Vance|founded|Norvex"},
        {"Norvex was founded by two former Kestrel researchers, Maria Vance and Jun Takeda.",
         "Jun Takeda|founded|Norvex"},
        {"Norvex, fond\xC3\xA9" "e en 2023 par trois anciens de Kestrel et Veridian Labs : Maria Vance, Jun Takeda et Ada Marlowe.",
         "Ada Marlowe|founded|Norvex"},
        {"Norvex a \xC3\xA9t\xC3\xA9 fond\xC3\xA9" "e par deux anciens chercheurs de Kestrel, Maria Vance et Jun Takeda.",
         "Maria Vance|founded|Norvex"},
        {"Ada Marlowe has experience working for companies like Kestrel, Veridian Labs and Norvex.",
         "Ada Marlowe|worked_at|Veridian Labs"},
        {"Ada Marlowe a travaill\xC3\xA9 pour des entreprises comme Kestrel et Norvex.", "Ada Marlowe|worked_at|Norvex"},
        // a name before its head noun, a name after a described chip
        {"Kestrel is developing the Orbix chip for data centres.", "Kestrel|develops|Orbix"},
        {"Kestrel launched the Lumina platform last year.", "Kestrel|develops|Lumina"},
        {"Kestrel began mass production of its AI chip Orbix this year.", "Kestrel|develops|Orbix"},
        // a company a sector noun introduces, an investor its noun introduces
        {"Norvex said it has acquired healthcare startup Medibrain last week.", "Medibrain|part_of|Norvex"},
        {"Quillon AI raised $20m. Valmont Capital led the round along with a newly joined investor Positive Sum.",
         "Positive Sum|invests_in|Quillon AI"},
        {"President and CEO of Kestrel Ada Marlowe rang the bell.", "Ada Marlowe|leads|Kestrel"},
        // acquisitions: a price between the verb and the company, "s'offrir", folded into,
        // a demonym before each member of a list
        {"Kestrel rach\xC3\xA8te pour 6,5 milliards de dollars le fabricant de processeurs Norvex.", "Norvex|part_of|Kestrel"},
        {"Kestrel a d\xC3\xA9" "bours\xC3\xA9 500 millions de dollars pour s'offrir Norvex, qui vend des puces.", "Norvex|part_of|Kestrel"},
        {"Kestrel a rachet\xC3\xA9 la freedonienne Norvex et la sylvanienne Veridian Labs.", "Veridian Labs|part_of|Kestrel"},
        {"Norvex will be folded into Kestrel next year.", "Norvex|part_of|Kestrel"},
        {"Norvex sera int\xC3\xA9gr\xC3\xA9" "e au groupe Kestrel.", "Norvex|part_of|Kestrel"},
        // a description inside a sentence stands for the topic; in a tie so far, the topic is
        // the name the whole document names most
        {"Kestrel-backed Veridian Labs' rival, Norvex, has secured an investment from Valmont Capital. "
         "The investment values the Port Lumen-based startup at $3 billion. Norvex sells chips. Norvex grows.",
         "Norvex|based_in|Freedonia"},
        // an owner that does not fit the slot is a determiner at the start of a list
        {"Norvex is backed financially by Ada Marlowe's Valmont Capital and Kestrel.", "Valmont Capital|invests_in|Norvex"},
        // a round raised "auprès de" funds whose company is the topic; a demonym after a descriptor
        {"Norvex grandit vite. Elle vient de r\xC3\xA9" "aliser une lev\xC3\xA9" "e de fonds de 43 millions d'euros aupr\xC3\xA8s des fonds "
         "Valmont Capital et de l'incubateur sylvanien Kestrel.",
         "Kestrel|invests_in|Norvex"},
        // "Led by" opens a fronted clause
        {"Norvex raised money. Led by Sylvania's Valmont Capital and Kestrel, the financing round comprised Veridian Labs.",
         "Kestrel|invests_in|Norvex"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a headline's capitals are no discovery cue
        {"Sylvanian AI Startup Moonshot Targets $10 Billion Valuation", "Moonshot Targets|based_in|Sylvania"},
        {"Ada Marlowe never worked for companies like Kestrel.", "Ada Marlowe|worked_at|Kestrel"},
        {"Former President and CEO of Kestrel Ada Marlowe rang the bell.", "Ada Marlowe|leads|Kestrel"},
        // the described people of a list are not its company's founders when no "by" names them
        {"Norvex hired two former Kestrel researchers, Maria Vance and Jun Takeda.", "Maria Vance|founded|Norvex"},
        // each member's own demonym is its place
        {"Kestrel a rachet\xC3\xA9 la freedonienne Norvex et la sylvanienne Veridian Labs.", "Veridian Labs|based_in|Freedonia"},
        {"Kestrel a d\xC3\xA9" "bours\xC3\xA9 5 millions de dollars pour s'offrir une participation dans Norvex.", "Norvex|part_of|Kestrel"},
        {"Norvex will not be folded into Kestrel.", "Norvex|part_of|Kestrel"},
        {"Kestrel-backed Veridian Labs' rival, Norvex, has secured an investment from Valmont Capital. "
         "The investment values the Port Lumen-based startup at $3 billion. Norvex sells chips. Norvex grows.",
         "Kestrel|based_in|Freedonia"},
        // another owner in a list is another list's
        {"Quillon AI competes with Norvex's Falcor-7 and Kestrel's Tern X1.", "Norvex|develops|Tern X1"},
        {"The project is led with Norvex's Ada Marlowe and Kestrel's Jun Takeda.", "Jun Takeda|works_at|Norvex"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("moves between employers: a new position ends the ones the sentence gives elsewhere") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Ada Marlowe, a principal engineer at Kestrel, also transitioned to Norvex's AI team.", "Ada Marlowe|works_at|Norvex"},
        {"Ada Marlowe, a principal engineer at Kestrel, also transitioned to Norvex's AI team.", "Ada Marlowe|worked_at|Kestrel"},
        {"Ada Marlowe moved to Norvex in August.", "Ada Marlowe|works_at|Norvex"},
        {"Ada Marlowe left Kestrel for Norvex last year.", "Ada Marlowe|works_at|Norvex"},
        {"Among the departures, Ada Marlowe left his vice president role to join Norvex.", "Ada Marlowe|works_at|Norvex"},
        {"Ada Marlowe was hired by Norvex in May.", "Ada Marlowe|works_at|Norvex"},
        {"Ada Marlowe left Kestrel a decade later to found Quillon AI.", "Ada Marlowe|founded|Quillon AI"},
        {"Ada Marlowe a rejoint le laboratoire de superintelligence de Norvex.", "Ada Marlowe|works_at|Norvex"},
        {"Ada Marlowe a \xC3\xA9t\xC3\xA9 recrut\xC3\xA9" "e par Norvex.", "Ada Marlowe|works_at|Norvex"},
        {"Ada Marlowe est pass\xC3\xA9" "e chez Norvex.", "Ada Marlowe|works_at|Norvex"},
        // a bare role noun opens a French apposition, also with a name in it
        {"Ada Marlowe, chercheuse chez Kestrel, a rejoint Norvex.", "Ada Marlowe|works_at|Norvex"},
        {"Ada Marlowe, chercheuse chez Kestrel, a rejoint Norvex.", "Ada Marlowe|worked_at|Kestrel"},
        {"Ada Marlowe, senior director of product management at Kestrel, joined Norvex in May.", "Ada Marlowe|works_at|Norvex"},
        {"Kestrel has hired Ada Marlowe from Norvex and Jun Takeda from Veridian Labs.", "Jun Takeda|worked_at|Veridian Labs"},
        {"Kestrel has hired Ada Marlowe from Norvex and Jun Takeda from Veridian Labs.", "Ada Marlowe|works_at|Kestrel"},
        {"Ada Marlowe joined Kestrel from Norvex in 2021.", "Ada Marlowe|worked_at|Norvex"},
        {"Apr\xC3\xA8s avoir dirig\xC3\xA9 la recherche chez Norvex, Ada Marlowe a rejoint Kestrel.", "Ada Marlowe|worked_at|Norvex"},
        {"Ada Marlowe est une pionni\xC3\xA8re. Apr\xC3\xA8s avoir dirig\xC3\xA9 la division autonome de Norvex, elle a quitt\xC3\xA9 l'entreprise.",
         "Ada Marlowe|worked_at|Norvex"},
        {"Norvex is led by Kestrel and Veridian Labs veteran Ada Marlowe.", "Ada Marlowe|worked_at|Veridian Labs"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Ada Marlowe, a principal engineer at Kestrel, also transitioned to Norvex's AI team.", "Ada Marlowe|works_at|Kestrel"},
        {"Ada Marlowe never moved to Norvex.", "Ada Marlowe|works_at|Norvex"},
        {"Ada Marlowe was reportedly hired by Norvex.", "Ada Marlowe|works_at|Norvex"},
        {"Ada Marlowe declined an offer to join Norvex.", "Ada Marlowe|works_at|Norvex"},
        {"Kestrel tried to hire Ada Marlowe from Norvex.", "Ada Marlowe|works_at|Kestrel"},
        // a date's opening word is no name ("Début 2023, le PDG de X")
        {"Norvex grandit. D\xC3\xA9" "but 2023, le PDG de Norvex a parl\xC3\xA9.", "D\xC3\xA9" "but 2023|leads|Norvex"},
        {"Norvex grew. Early 2023, the CEO of Norvex spoke.", "Early 2023|leads|Norvex"},
        {"Ada Marlowe plans to found Quillon AI.", "Ada Marlowe|founded|Quillon AI"},
        // no move: both positions stay
        {"Ada Marlowe, a principal engineer at Kestrel, praised Norvex's AI team.", "Ada Marlowe|worked_at|Kestrel"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("owners named after their unit, sellers, products listed after 'notamment', competition (batch 12 development)") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Kestrel later acquired Sylvania Robotics from Norvex in 2017.", "Sylvania Robotics|part_of|Norvex"},
        {"Kestrel later acquired Sylvania Robotics from Norvex \xE2\x80\x93 Veridian Labs' parent company \xE2\x80\x93 in 2017.",
         "Veridian Labs|part_of|Norvex"},
        {"En Sylvanie, c'est Quillon AI (filiale de Kestrel) qui domine le secteur.", "Quillon AI|part_of|Kestrel"},
        {"Kestrel est une soci\xC3\xA9t\xC3\xA9 qui a d\xC3\xA9velopp\xC3\xA9 plusieurs robots humano\xC3\xAF" "des, notamment Nao et Romeo.",
         "Kestrel|develops|Romeo"},
        {"Kestrel is starting production in 2027 in competition with leaders Norvex and Veridian Labs.",
         "Kestrel|competes_with|Norvex"},
        {"Kestrel produit des puces en concurrence avec Norvex.", "Kestrel|competes_with|Norvex"},
        {"Norvex agreed to use Tern X1 chips in its data centres.", "Norvex|uses|Tern X1"},
        {"En Sylvanie, Kestrel s'appuie sur Falcor-7 pour ses services.", "Kestrel|uses|Falcor-7"},
        // a title written in capitals after a sentence-opening possessive is no name
        {"Norvex a livr\xC3\xA9 5000 robots. Son PDG, Ada Marlowe, a parl\xC3\xA9.", "Ada Marlowe|leads|Norvex"},
        {"\"We grow,\" Kestrel chief customer officer Ada Marlowe said.", "Ada Marlowe|works_at|Kestrel"},
        {"\"We grow,\" Kestrel chief executive officer Ada Marlowe said.", "Ada Marlowe|leads|Kestrel"},
        {"Kestrel said it raised $6 billion, as the Norvex rival looks to expand.", "Kestrel|competes_with|Norvex"},
        {"Kestrel s'est av\xC3\xA9r\xC3\xA9" "e capable de rivaliser avec les meilleurs mod\xC3\xA8les de Norvex.", "Kestrel|competes_with|Norvex"},
        {"Kestrel vient d'embaucher un ancien de ses deux principaux rivaux, Norvex et Veridian Labs.", "Kestrel|competes_with|Veridian Labs"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Kestrel later acquired a stake in Sylvania Robotics from Norvex.", "Sylvania Robotics|part_of|Norvex"},
        {"Kestrel est une soci\xC3\xA9t\xC3\xA9 qui a achet\xC3\xA9 plusieurs robots, notamment Nao.", "Kestrel|develops|Nao"},
        {"Norvex is led by a Kestrel board member, Ada Marlowe.", "Ada Marlowe|worked_at|Kestrel"},
        // an aim is no competition yet
        {"Kestrel aims to start production in competition with Norvex.", "Kestrel|competes_with|Norvex"},
        {"Kestrel n'a pas pu rivaliser avec les meilleurs mod\xC3\xA8les de Norvex.", "Kestrel|competes_with|Norvex"},
        // a minister's portfolio is no employer
        {"Sylvanian Digital Minister Ada Marlowe hailed the initiative.", "Ada Marlowe|works_at|Digital"},
        // a founder's apposition names the company with "of" / "at", not the next name of the sentence
        {"Ada Marlowe, the company's co-founder, told business daily Valmont Post of the challenge.",
         "Ada Marlowe|founded|Valmont Post"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("one-name descriptions, investors in appositions, stakes sold, units under a parent (batch 13 development)") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a plural noun describes every name of its list
        {"Sylvanian tech giants Kestrel and Norvex signed a deal.", "Norvex|based_in|Sylvania"},
        {"Sylvanian video-gaming giant Kestrel as well as Norvex invested in Quillon AI.", "Kestrel|based_in|Sylvania"},
        {"Valmont Capital, already a major investor in Quillon AI, bought shares.", "Valmont Capital|invests_in|Quillon AI"},
        {"Kestrel as well as Valmont Capital \xE2\x80\x93 an early investor in Norvex, Veridian Labs and Quillon AI \xE2\x80\x93 joined.",
         "Valmont Capital|invests_in|Veridian Labs"},
        {"Kestrel is among the investors pouring money into Quillon AI, a startup.", "Kestrel|invests_in|Quillon AI"},
        {"In 2020, Kestrel sold a majority stake in Quillon AI to Norvex, keeping a minority stake.",
         "Norvex|invests_in|Quillon AI"},
        {"Earlier, Valmont Capital had also participated in a $13 billion funding round for Quillon AI.",
         "Valmont Capital|invests_in|Quillon AI"},
        {"Valmont Capital, a private-equity firm under the Norvex group, led the round.", "Valmont Capital|part_of|Norvex"},
        {"The funding included participation from Valmont Capital\xE2\x80\x94the venture arm linked to Norvex\xE2\x80\x94" "and others.",
         "Valmont Capital|part_of|Norvex"},
        {"Quillon AI, a subsidiary of the Norvex group, buys chips.", "Quillon AI|part_of|Norvex"},
        // the company the text is about, named by a possessive or a bare title
        {"Quillon AI filed for an IPO. The company's founder, Ada Marlowe, worked at Norvex.", "Ada Marlowe|founded|Quillon AI"},
        {"Quillon AI filed for an IPO. Its founder, Ada Marlowe, worked at Norvex.", "Ada Marlowe|founded|Quillon AI"},
        {"Quillon AI raised money. But Ada Marlowe, the company\xE2\x80\x99s co-founder, told a daily of the challenge.",
         "Ada Marlowe|founded|Quillon AI"},
        {"Quillon AI raised money. \"We grow,\" said chief executive Ada Marlowe.", "Ada Marlowe|leads|Quillon AI"},
        {"Quillon AI is making a push into AI, teaming up with Norvex, chief executive Ada Marlowe announced.",
         "Ada Marlowe|leads|Quillon AI"},
        {"President and CEO of Quillon AI Ada Marlowe met employees.", "Ada Marlowe|leads|Quillon AI"},
        {"Sylvanian digital minister Ada Marlowe hailed the initiative.", "Ada Marlowe|based_in|Sylvania"},
        // a legal form after a company's name tail ("Kioxia Holdings Corporation") is part of it
        {"Kestrel Holdings Corporation is a Sylvanian company.", "Kestrel|based_in|Sylvania"},
        // a hedged round still names the company the text is about
        {"Sylvania's hope to rival Norvex, Quillon AI, may have just raised 500 million euros. Norvex grew. Norvex hired. "
         "An alliance of investors, including Kestrel and Valmont Capital, backed it.",
         "Kestrel|invests_in|Quillon AI"},
        // products named after "called", a head noun, "is", and releases in the plural
        {"Kestrel offers a mapping service called Zorblat Maps.", "Kestrel|develops|Zorblat Maps"},
        {"Kestrel is also the developer of the news platform Toutiaq.", "Kestrel|develops|Toutiaq"},
        {"Kestrel's best-known product is Design Compilr, a logic-synthesis tool.", "Kestrel|develops|Design Compilr"},
        {"Falcor-7, developed in-house by Veridian Labs, took first place.", "Veridian Labs|develops|Falcor-7"},
        {"Norvex bought thousands of Tern X1s last year.", "Norvex|uses|Tern X1"},
        // batch 14: brands, possessive roles, former employers listed, new roles, rivals of the text's company
        {"Norvex brands including Kestrel and Veridian Labs draw readers.", "Kestrel|part_of|Norvex"},
        {"Ada Marlowe, Kestrel's head of content, said so.", "Ada Marlowe|works_at|Kestrel"},
        {"Ada Marlowe, formerly of Kestrel, Norvex, and Veridian Labs, resigned.", "Ada Marlowe|worked_at|Norvex"},
        {"Ada Marlowe, who previously held senior finance roles at Kestrel and Norvex, left.", "Ada Marlowe|worked_at|Norvex"},
        {"Notably, Ada Marlowe took a role at Kestrel.", "Ada Marlowe|works_at|Kestrel"},
        {"Ada Marlowe became chief scientist at Kestrel.", "Ada Marlowe|works_at|Kestrel"},
        {"Quillon AI grows. Earlier updates highlighted its recruitment of top talent from competitors such as Kestrel and Norvex.",
         "Quillon AI|competes_with|Norvex"},
        {"Freedonia artificial intelligence firm Kestrel has built up capacity.", "Kestrel|based_in|Freedonia"},
        {"Founded in 2016 and backed by Kestrel, Castelmar-based Quillon AI has expanded.", "Kestrel|invests_in|Quillon AI"},
        {"Quillon AI raised money. The round was led by Kestrel and Norvex, with Valmont Capital and Veridian Labs participating.",
         "Veridian Labs|invests_in|Quillon AI"},
        {"Meanwhile, Kestrel is only just beginning to deploy Falcor-7 in its data centres.", "Kestrel|uses|Falcor-7"},
        {"Veridian Labs will also provide its advanced Falcor-7 models to banks.", "Veridian Labs|develops|Falcor-7"},
        {"Quillon AI raised money. The round was led by Kestrel, with Valmont Capital and Veridian Labs kicking in some dough.",
         "Valmont Capital|invests_in|Quillon AI"},
        {"Kestrel, Norvex, and Quillon AI, all titans of Sylvania's IT industry, will help.", "Norvex|based_in|Sylvania"},
        {"Ada Marlowe, a distinguished engineer and senior director with nearly 18 years at Kestrel, joined Norvex.",
         "Ada Marlowe|worked_at|Kestrel"},
        {"Among the departures, Ada Marlowe left her vice president of engineering role at Kestrel.", "Ada Marlowe|worked_at|Kestrel"},
        {"Ada Marlowe, who co-founded Quillon AI in 2010, now leads Norvex's consumer AI unit.", "Ada Marlowe|works_at|Norvex"},
        {"Norvex has recruited Kestrel's top executive responsible for AI models, Ada Marlowe, a report said.",
         "Ada Marlowe|worked_at|Kestrel"},
        {"Ada Marlowe is serving as the chief AI officer of Norvex.", "Ada Marlowe|works_at|Norvex"},
        {"Quillon AI, which was founded in 2018 by CEO Ada Marlowe, Jun Takeda and Tom Price, has grown.", "Ada Marlowe|leads|Quillon AI"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a singular noun describes one name, not the names coordinated after it
        {"Sylvanian video-gaming giant Kestrel as well as Norvex invested in Quillon AI.", "Norvex|based_in|Sylvania"},
        // the apposition describes the last name before it; its list did not join the round
        {"Kestrel as well as Valmont Capital \xE2\x80\x93 an early investor in Norvex, Veridian Labs and Quillon AI \xE2\x80\x93 joined.",
         "Kestrel|invests_in|Norvex"},
        {"Kestrel as well as Valmont Capital \xE2\x80\x93 an early investor in Norvex and Veridian Labs \xE2\x80\x93 led the round.",
         "Veridian Labs|invests_in|Kestrel"},
        {"Valmont Capital, a rival of Quillon AI, bought shares.", "Valmont Capital|invests_in|Quillon AI"},
        {"Kestrel plans to sell a majority stake in Quillon AI to Norvex.", "Norvex|invests_in|Quillon AI"},
        {"Quillon AI filed for an IPO. The company's former CEO, Ada Marlowe, worked at Norvex.", "Ada Marlowe|leads|Quillon AI"},
        {"Quillon AI raised money. \"We grow,\" said deputy chief executive Ada Marlowe.", "Ada Marlowe|leads|Quillon AI"},
        {"Kestrel's rival Norvex offers a mapping service called Zorblat Maps.", "Kestrel|develops|Zorblat Maps"},
        {"Kestrel uses a chat service called Zorblat.", "Kestrel|develops|Zorblat"},
        {"That was after Freedonia barred Sylvanian manufacturer Kestrel from selling.", "Kestrel|based_in|Freedonia"},
        {"Ada Marlowe, Kestrel's former head of content, said so.", "Ada Marlowe|works_at|Kestrel"},
        {"Norvex rivals including Kestrel and Veridian Labs draw readers.", "Kestrel|part_of|Norvex"},
        {"Ada Marlowe never took a role at Kestrel.", "Ada Marlowe|works_at|Kestrel"},
        {"Quillon AI, which was founded in 2018 by CEO Ada Marlowe, Jun Takeda and Tom Price, has grown.", "Jun Takeda|leads|Quillon AI"},
        {"Ada Marlowe, who formerly led Norvex's consumer AI unit, joined Kestrel.", "Ada Marlowe|works_at|Norvex"},
        {"Veridian Labs bought its first Falcor-7 licence.", "Veridian Labs|develops|Tern X1"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("former employers after ex-, owners named before their parent, investors in a company, departures") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // "ex-" glued to a capitalised name is a word of its own: the name is a name
        {"Ada Marlowe, an ex-Kestrel researcher, joined Norvex.", "Ada Marlowe|worked_at|Kestrel"},
        {"Ex-Kestrel researcher Ada Marlowe joined Norvex.", "Ada Marlowe|worked_at|Kestrel"},
        {"L'ex-Kestrel Ada Marlowe a fond\xC3\xA9 Quillon AI.", "Ada Marlowe|founded|Quillon AI"},
        {"Kestrel parent Norvex reported earnings.", "Kestrel|part_of|Norvex"},
        {"Investors, including the Kestrel owner Norvex, backed Quillon AI.", "Kestrel|part_of|Norvex"},
        {"Other investors in Quillon AI include Kestrel, Norvex and Valmont Capital.", "Norvex|invests_in|Quillon AI"},
        {"Ada Marlowe, a co-founder and former Kestrel researcher, spoke.", "Ada Marlowe|worked_at|Kestrel"},
        {"Sources said Ada Marlowe's departure from Kestrel signals further exits.", "Ada Marlowe|worked_at|Kestrel"},
        // the name after a possessive opening the sentence is its subject ("Elon Musk's xAI")
        {"Ada Marlowe's Quillon AI raised $6 billion, as the Norvex rival looks to grow.", "Quillon AI|competes_with|Norvex"},
        // a maker's possessive before a generic chip names the maker's chips
        {"Norvex is a client using Kestrel's most advanced chips.", "Norvex|uses|Kestrel GPUs"},
        {"Freedonia restricted exports of Kestrel's chips to Sylvania.", "Freedonia|restricts|Kestrel GPUs"},
        {"Ada Marlowe is the chief financial officer at Kestrel.", "Ada Marlowe|works_at|Kestrel"},
        {"Kestrel named Ada Marlowe as its chief executive.", "Ada Marlowe|leads|Kestrel"},
        {"Ada Marlowe, president and chief executive officer of Kestrel, spoke.", "Ada Marlowe|leads|Kestrel"},
        {"Kestrel's chief financial officer, Ada Marlowe, spoke.", "Ada Marlowe|works_at|Kestrel"},
        {"Kestrel's head of safety Ada Marlowe spoke.", "Ada Marlowe|works_at|Kestrel"},
        // acquisitions: completed, possessive, in a relative clause, "now part of", "snapped up"
        {"Kestrel completed its acquisition of Quillon AI.", "Quillon AI|part_of|Kestrel"},
        {"Kestrel's purchase of Quillon AI drew scrutiny.", "Quillon AI|part_of|Kestrel"},
        {"Quillon AI, which Kestrel bought last year, makes software.", "Quillon AI|part_of|Kestrel"},
        {"Quillon AI, now part of Kestrel, released new software.", "Quillon AI|part_of|Kestrel"},
        {"Kestrel snapped up Quillon AI in 2024.", "Quillon AI|part_of|Kestrel"},
        {"Kestrel has its headquarters in Castelmar.", "Kestrel|based_in|Sylvania"},
        {"Quillon AI is seen as Sylvania's answer to Kestrel.", "Quillon AI|competes_with|Kestrel"},
        {"Quillon AI's rivals include Kestrel and Norvex.", "Quillon AI|competes_with|Norvex"},
        {"Falcor-7 surpasses Norvex-2 on coding tests.", "Falcor-7|competes_with|Norvex-2"},
        // co-founders in the plural, a list after them
        {"Quillon AI co-founders Ada Marlowe, Jun Takeda, and Tom Price will also move to Kestrel.", "Tom Price|founded|Quillon AI"},
        // a "Series B" is a round
        {"Quillon AI raised $50 million in a Series B led by Brightwater Ventures.", "Brightwater Ventures|invests_in|Quillon AI"},
        {"Brightwater Ventures led a $50 million Series B in Quillon AI.", "Brightwater Ventures|invests_in|Quillon AI"},
        // "co-led" is "co" "-led" (the suffix of "Nvidia-led"): the rules read its "-led"
        {"Quillon AI raised $50 million. The funding was co-led by Brightwater Ventures and Valmont Capital with "
         "participation from Kestrel.",
         "Valmont Capital|invests_in|Quillon AI"},
        {"Quillon AI raised $50 million. Valmont Capital co-led the round.", "Valmont Capital|invests_in|Quillon AI"},
        // "and" after an organisation's head word ends one name: a list of investors
        {"Quillon AI raised $50 million. The round was led by Brightwater Ventures, with participation from Kelso Partners and "
         "Harbor Capital.",
         "Harbor Capital|invests_in|Quillon AI"},
        // a word in camel case is a name where it opens every sentence that has it, and "raised
        // $400M" marks the company whose round the article reports
        {"Kestrel is the market leader. ZeroPhase just raised $400M to build chips. The round was led by Valmont Capital.",
         "Valmont Capital|invests_in|ZeroPhase"},
        // the country in brackets after a company's name; a "-based" apposition after a dash
        {"Start-ups such as Quillon AI (Sylvania) and Veridian Labs (Freedonia) are growing.", "Veridian Labs|based_in|Freedonia"},
        {"Des entreprises comme Quillon AI (Sylvanie) montrent la voie.", "Quillon AI|based_in|Sylvania"},
        {"Quillon AI \xE2\x80\x94 a Castelmar-based startup \xE2\x80\x94 raised money.", "Quillon AI|based_in|Sylvania"},
        // leaving one employer for another; a competition with a list; investors listed after "parmi"
        {"Ada Marlowe said she was leaving Kestrel to join Norvex.", "Ada Marlowe|worked_at|Kestrel"},
        {"Ada Marlowe said she was leaving Kestrel to join Norvex.", "Ada Marlowe|works_at|Norvex"},
        {"Ada Marlowe a annonc\xC3\xA9 qu'elle quittait Kestrel pour rejoindre Norvex.", "Ada Marlowe|worked_at|Kestrel"},
        {"Ada Marlowe a annonc\xC3\xA9 qu'elle quittait Kestrel pour rejoindre Norvex.", "Ada Marlowe|works_at|Norvex"},
        {"Kestrel is in a heated competition with other giants, including Norvex and Veridian Labs.",
         "Kestrel|competes_with|Veridian Labs"},
        {"Quillon AI a lev\xC3\xA9 30 millions d'euros. Parmi les autres investisseurs figurent Valmont Capital et Norvex.",
         "Norvex|invests_in|Quillon AI"},
        // founders described after a fronted participle; a plural description after a name
        {"Founded in 2023 by Ada Marlowe, Jun Takeda and Tom Price, three former Kestrel researchers, Quillon AI has grown.",
         "Jun Takeda|founded|Quillon AI"},
        {"Founded in 2023 by Ada Marlowe, Jun Takeda and Tom Price, three former Kestrel researchers, Quillon AI has grown.",
         "Ada Marlowe|worked_at|Kestrel"},
        {"Fond\xC3\xA9" "e en 2023 par Ada Marlowe et Jun Takeda, deux anciens de Kestrel et Norvex, Quillon AI s'est impos\xC3\xA9" "e.",
         "Ada Marlowe|founded|Quillon AI"},
        // a fronted place; co-founders named after "its", "ses" (the company the text is about)
        {"Based in Castelmar, the robotics start-up Quillon AI raised money.", "Quillon AI|based_in|Sylvania"},
        {"Bas\xC3\xA9" "e \xC3\xA0 Castelmar, la start-up Quillon AI a lev\xC3\xA9 des fonds.", "Quillon AI|based_in|Sylvania"},
        {"Kestrel raised money. Its two co-founders Ada Marlowe and Jun Takeda stay.", "Jun Takeda|founded|Kestrel"},
        // a name before its noun ("the Sohu chip") is a chip, a model
        {"Kestrel is developing the Zorbax chip for data centres.", "Kestrel|develops|Zorbax"},
        {"Norvex released the Quasar model family.", "Norvex|develops|Quasar"},
        // export control lists, passives with "the", chatbots that are models and apps
        {"Sylvania has added Norvex to its export control list.", "Sylvania|restricts|Norvex"},
        // a fronted "backed by" clause before a described company
        {"Backed by Valmont Capital and Kestrel, the robotics startup Quillon AI raised money.", "Kestrel|invests_in|Quillon AI"},
        // a unit of a described parent; a list that ends where its last name opens a clause
        {"Quillon AI, a unit of Sylvanian conglomerate Kestrel, makes chips.", "Quillon AI|part_of|Kestrel"},
        // a city the lexicon does not know before the country; a first minister and his demonym
        {"Quillon AI, startup bas\xC3\xA9" "e \xC3\xA0 Brenmoor en Freedonie, l\xC3\xA8ve des fonds.", "Quillon AI|based_in|Freedonia"},
        {"La conf\xC3\xA9rence r\xC3\xA9unit le secteur autour du premier ministre sylvanien Ada Marlowe.",
         "Ada Marlowe|based_in|Sylvania"},
        // a description located by a place after its head stands for the company and places it
        {"Kestrel a recrut\xC3\xA9 Ada Marlowe. La firme de Castelmar a aussi recrut\xC3\xA9 Jun Takeda.", "Kestrel|based_in|Sylvania"},
        {"Quillon AI hired Ada Marlowe. The company from Castelmar also hired Jun Takeda.", "Quillon AI|based_in|Sylvania"},
        // a fund named after an organisation is its own investor; a round "menée par la société
        // d'investissement X"
        {"Quillon AI raised $5 million. The round was co-led by the Valmont University Innovation Fund.",
         "Valmont University Innovation Fund|invests_in|Quillon AI"},
        // places before "-based" in pairs and after a comma; "home to"
        {"Quillon AI, a Castelmar- and Port Lumen-based startup, raised money.", "Quillon AI|based_in|Freedonia"},
        {"Quillon AI raised money. The Brenmoor, Castelmar-based startup will sign a deal.", "Quillon AI|based_in|Sylvania"},
        {"Sylvania is home to the region's largest chipmaker, Kestrel.", "Kestrel|based_in|Sylvania"},
        // production on equipment; a rivalry in a headline
        {"Norvex is producing the Tern X1 on older, stockpiled Kestrel chips.", "Norvex|uses|Kestrel GPUs"},
        {"Norvex Pits Its Engineering Against Kestrel For Agentic AI", "Norvex|competes_with|Kestrel"},
        // a bare "CEO" opening the sentence, "Son PDG" (the company "son" stands for)
        {"Kestrel raised money. CEO Ada Marlowe said the chips are good.", "Ada Marlowe|leads|Kestrel"},
        {"Kestrel a lev\xC3\xA9 des fonds. Son PDG Ada Marlowe a confirm\xC3\xA9 l'op\xC3\xA9ration.", "Ada Marlowe|leads|Kestrel"},
        {"Kestrel perd deux cadres. Le PDG Ada Marlowe a r\xC3\xA9v\xC3\xA9l\xC3\xA9 ces d\xC3\xA9missions.", "Ada Marlowe|leads|Kestrel"},
        // a round names its company; investors listed after "with ... also participating"
        {"Zorbax has raised $400 million from Valmont Capital.", "Valmont Capital|invests_in|Zorbax"},
        {"Zorbax raises $50M to test chips. The startup has raised $50 million from Kestrel, with Valmont Capital and "
         "Norvex also participating.",
         "Valmont Capital|invests_in|Zorbax"},
        // an apposition opened by a participle between the subject and its verb
        {"Kestrel raised money. The startup, led by Ada Marlowe, has raised $50 million in seed funding from Valmont Capital.",
         "Valmont Capital|invests_in|Kestrel"},
        {"Kestrel, dirig\xC3\xA9" "e par Ada Marlowe, a lev\xC3\xA9 50 millions de dollars aupr\xC3\xA8s de Valmont Capital.",
         "Valmont Capital|invests_in|Kestrel"},
        // "son cofondateur et PDG, P" (the company named last), "Le PDG, P, a souligné"
        {"Un point sensible pour Kestrel est que son cofondateur et PDG, Ada Marlowe, a \xC3\xA9t\xC3\xA9 condamn\xC3\xA9.",
         "Ada Marlowe|founded|Kestrel"},
        {"Kestrel perd deux cadres. Le PDG, Ada Marlowe, a soulign\xC3\xA9 son principe.", "Ada Marlowe|leads|Kestrel"},
        // an apposition's head noun with its place and its backer; a start-up launched, described
        {"Quillon AI, a burgeoning artificial intelligence (AI) chip startup based in Sylvania and supported by tech giant "
         "Kestrel, raised money.",
         "Kestrel|invests_in|Quillon AI"},
        {"Quillon AI, a burgeoning artificial intelligence (AI) chip startup based in Sylvania and supported by tech giant "
         "Kestrel, raised money.",
         "Quillon AI|based_in|Sylvania"},
        {"Ada Marlowe left Kestrel late last year to launch the Castelmar-based start-up Quillon AI.", "Ada Marlowe|founded|Quillon AI"},
        // "X, son unité de ...": the sentence's subject owns it
        {"Kestrel a annonc\xC3\xA9 vouloir s\xC3\xA9parer Quillon AI, son unit\xC3\xA9 de puces.", "Quillon AI|part_of|Kestrel"},
        // a ticker in brackets names the exchange
        {"Shares of Kestrel (LSX: KST) rose on Friday.", "Kestrel|listed_on|Lisbon Stock Exchange"},
        {"Les actions de Kestrel Inc. (LSX : KST) ont grimp\xC3\xA9.", "Kestrel|listed_on|Lisbon Stock Exchange"},
        // titles of an organisation before names, in a list of officials
        {"Officials included Senator Jun Takeda, Director of the Sylvania Trade Control Office Tom Price, Assistant "
         "Secretary of Norvex Ada Marlowe and others.",
         "Ada Marlowe|works_at|Norvex"},
        {"Quillon AI a lev\xC3\xA9 5 millions. Cette op\xC3\xA9ration, men\xC3\xA9" "e par la soci\xC3\xA9t\xC3\xA9 d'investissement "
         "Valmont Capital, a attir\xC3\xA9 d'autres fonds.",
         "Valmont Capital|invests_in|Quillon AI"},
        {"Quillon AI is owned by Kestrel and Norvex is a customer of Valmont Capital.", "Quillon AI|part_of|Kestrel"},
        {"Soutenue par Valmont Capital et Kestrel, la startup Quillon AI a lev\xC3\xA9 des fonds.", "Kestrel|invests_in|Quillon AI"},
        {"Norvex has been sanctioned by the Trade Control Office.", "Trade Control Office|restricts|Norvex"},
        {"The Sylvanian Trade Authority and Communications Commission imposed rules. The Communications and Multimedia "
         "Commission blocked Chatter.",
         "Communications and Multimedia Commission|restricts|Chatter"},
        {"Quillon AI a lev\xC3\xA9 des fonds. Trois de ses cofondateurs, Ada Marlowe, Jun Takeda et Tom Price, partent.",
         "Tom Price|founded|Quillon AI"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // the gap after "ex-" no longer reaches the employer the sentence names next
        {"Ada Marlowe, an ex-Kestrel researcher, joined Norvex.", "Ada Marlowe|worked_at|Norvex"},
        // an acronym of a title after "ex-" is no name: the apposition before it keeps its person
        {"Jun Takeda, l'ex-PDG de Kestrel, Ada Marlowe, le patron de Norvex, ont investi.", "Ada Marlowe|worked_at|Kestrel"},
        // the owner is the one name after the noun, not the list it opens
        {"Investors, including the Kestrel owner Norvex, Valmont Capital and Veridian Labs, backed Quillon AI.",
         "Kestrel|part_of|Valmont Capital"},
        {"Investors in Quillon AI are worried about Kestrel.", "Kestrel|invests_in|Quillon AI"},
        {"Ada Marlowe, a co-founder and former Kestrel researcher, joined Norvex.", "Ada Marlowe|worked_at|Norvex"},
        // a ban on using is no use
        {"Freedonia banned government agencies from using Falcor-7.", "Freedonia|uses|Falcor-7"},
        {"Norvex stopped using Falcor-7 last year.", "Norvex|uses|Falcor-7"},
        // a possessive that is not the maker's ("Norvex's order of chips") keeps the generic chip
        {"Norvex is a client using Sylvania's chips.", "Norvex|uses|Kestrel GPUs"},
        {"Quillon AI raised $50 million. The round was led by Brightwater Ventures, with participation from Kelso Partners and "
         "Harbor Capital.",
         "Kelso Partners and Harbor Capital|invests_in|Quillon AI"},
        {"Quillon AI was not part of a Series B led by Brightwater Ventures.", "Brightwater Ventures|invests_in|Quillon AI"},
        // "chief" opens other titles than the chief executive's
        {"Ada Marlowe is the chief financial officer at Kestrel.", "Ada Marlowe|leads|Kestrel"},
        {"Kestrel named Ada Marlowe as its chief technology officer.", "Ada Marlowe|leads|Kestrel"},
        {"Kestrel's former chief financial officer, Ada Marlowe, spoke.", "Ada Marlowe|works_at|Kestrel"},
        {"Kestrel will move its headquarters to Castelmar.", "Kestrel|based_in|Sylvania"},
        // a prediction of a win is no competition stated
        {"Kestrel will beat Norvex by next year, mark my words.", "Kestrel|competes_with|Norvex"},
        {"Quillon AI uses Kestrel chips as an alternative to building its own.", "Quillon AI|competes_with|Kestrel"},
        {"Quillon AI co-founders Ada Marlowe, Jun Takeda, and Tom Price will also move to Kestrel.", "Tom Price|works_at|Quillon AI"},
        // an amount after a currency sign is no model
        {"Kestrel's $1.375B funding fuels an arms race.", "Kestrel|develops|1.375B"},
        // the agent of a passive in an apposition owns no round ("a startup backed by Kestrel, has secured ...")
        {"Quillon AI, a robotics startup backed by Kestrel, has secured $100 million in its Series B funding round, led by "
         "Valmont Capital.",
         "Valmont Capital|invests_in|Kestrel"},
        // a deal that closed is no acquisition by the name after it
        {"The deal to buy Quillon AI closed in December, Kestrel said.", "Kestrel|part_of|Quillon AI"},
        {"Kestrel's proposed acquisition of Quillon AI drew scrutiny.", "Quillon AI|part_of|Kestrel"},
        {"Kestrel's head of safety Ada Marlowe and Jun Takeda spoke.", "Jun Takeda|works_at|Kestrel"},
        // a title-case headline that ends with a stop: "Its", "Just" capitalised inside make
        // it a headline, whose capitals are no names
        {"Norvex Just Funded the Startup Building Its Replacement.", "Norvex|invests_in|Building"},
        // the name says who makes the thing: not the subject of "its"
        {"Norvex just expanded its Kestrel Tern X1 partnership.", "Norvex|develops|Tern X1"},
        // brackets after a name that hold no country alone
        {"Quillon AI (Sylvania Robotics) raised money.", "Quillon AI|based_in|Sylvania"},
        {"Quillon AI (backed by Sylvania) raised money.", "Quillon AI|based_in|Sylvania"},
        {"Ada Marlowe could be leaving Kestrel to join Norvex.", "Ada Marlowe|works_at|Norvex"},
        // a singular description after a list describes its last name only
        {"Ada Marlowe, Jun Takeda and Tom Price, a former Kestrel researcher, spoke.", "Ada Marlowe|worked_at|Kestrel"},
        {"Founded by Ada Marlowe, a former Kestrel researcher, Norvex hired Jun Takeda.", "Jun Takeda|founded|Norvex"},
        {"Based in Castelmar, the chief executive of Quillon AI, Ada Marlowe, spoke.", "Ada Marlowe|based_in|Sylvania"},
        {"Kestrel raised money. Its two co-founders Ada Marlowe and Jun Takeda stay.", "Jun Takeda|works_at|Kestrel"},
        {"Kestrel uses the Sylvanian model in Castelmar.", "Kestrel|uses|Sylvanian"},
        // a body the lexicon places in another country is not the one named
        {"Sylvania's Trade Control Office added Norvex to its export control list.", "Trade Control Office|restricts|Norvex"},
        {"Backed by Valmont Capital, the founder of Kestrel, Ada Marlowe, left.", "Valmont Capital|invests_in|Kestrel"},
        {"Quillon AI is owned by Kestrel and Norvex is a customer of Valmont Capital.", "Quillon AI|part_of|Norvex"},
        {"Quillon AI, bas\xC3\xA9" "e \xC3\xA0 Castelmar, a des bureaux en Freedonie.", "Quillon AI|based_in|Freedonia"},
        // ... not a company the lexicon places elsewhere
        {"Norvex a recrut\xC3\xA9 Ada Marlowe. La firme de Castelmar a aussi recrut\xC3\xA9 Jun Takeda.", "Norvex|based_in|Sylvania"},
        // in a list of officials, a title before a name is that name's
        {"Officials included Director of Kestrel Ada Marlowe, Chairman of Norvex Jun Takeda and others.", "Ada Marlowe|leads|Norvex"},
        {"Sylvania is not home to Kestrel.", "Kestrel|based_in|Sylvania"},
        {"Norvex is producing the Tern X1 without Kestrel chips.", "Norvex|uses|Kestrel GPUs"},
        {"Kestrel raised money. Former CEO Ada Marlowe said the chips are good.", "Ada Marlowe|leads|Kestrel"},
        // "Vice President" is a title, not a company called "Vice"
        {"Ada Marlowe transitions to Vice President of AI for Science.", "Ada Marlowe|works_at|Vice"},
        {"Kestrel (KST, Technology) rose on Friday.", "Kestrel|listed_on|Lisbon Stock Exchange"},
        // a possessive joins the one name before it to the one after it, not the lists around them
        {"Investors include Valmont Capital, Norvex, Kestrel's Quillon Ventures and Veridian Labs.", "Quillon Ventures|part_of|Norvex"},
        {"Investors include Valmont Capital, Norvex, Kestrel's Quillon Ventures and Veridian Labs.", "Veridian Labs|part_of|Kestrel"},
        {"Kestrel, led by Ada Marlowe, has not raised money from Valmont Capital.", "Valmont Capital|invests_in|Kestrel"},
        {"Ada Marlowe left Kestrel and plans to launch the start-up Quillon AI.", "Ada Marlowe|founded|Quillon AI"},
        {"Norvex a rachet\xC3\xA9 Kestrel, et son cofondateur et PDG, Ada Marlowe, est parti.", "Ada Marlowe|leads|Norvex"},
        // a run a given name opens is a person's name, not a company's
        {"Ada Lovegood has raised $5 million for charity from Kestrel.", "Kestrel|invests_in|Ada Lovegood"},
        {"Kestrel a annonc\xC3\xA9 vouloir s\xC3\xA9parer Quillon AI, son unit\xC3\xA9 de puces.", "Kestrel|part_of|Quillon AI"},
        {"Officials included Senator Jun Takeda, Director of the Sylvania Trade Control Office Tom Price, Assistant "
         "Secretary of Norvex Ada Marlowe and others.",
         "Jun Takeda|works_at|Trade Control Office"},
        {"Officials included Senator Jun Takeda, Director of the Sylvania Trade Control Office Tom Price, Assistant "
         "Secretary of Norvex Ada Marlowe and others.",
         "Tom Price|works_at|Norvex"},
        {"Kestrel perd deux cadres. L'ancien PDG Ada Marlowe a r\xC3\xA9v\xC3\xA9l\xC3\xA9 ces d\xC3\xA9missions.", "Ada Marlowe|leads|Kestrel"},
        {"Quillon AI raised $5 million. The round was co-led by the Valmont University Innovation Fund.",
         "Valmont University|invests_in|Quillon AI"},
        {"Quillon AI est d\xC3\xA9tenue par Kestrel et Norvex est un client de Valmont Capital.", "Quillon AI|part_of|Norvex"},
        {"Ada Marlowe pourrait quitter Kestrel pour rejoindre Norvex.", "Ada Marlowe|works_at|Norvex"},
        {"Kestrel is not in competition with other giants, including Norvex.", "Kestrel|competes_with|Norvex"},
        {"Quillon AI a lev\xC3\xA9 30 millions d'euros. Parmi les investisseurs qui pourraient suivre figurent Norvex.",
         "Norvex|invests_in|Quillon AI"},
    }));
    does_not_say(text, fact);
  }
}

// Mechanisms that read no phrasing of their own, so that they reach articles no rule was
// written from: a list holding an investor's name in a sentence about a round, a list
// right after a rivalry word, a list of examples of a demonym's noun phrase, a list right
// after a unit word, and a product the lexicon gives to a maker the document named.
TEST_CASE("investor, rival, demonym and unit lists, and lexicon makers named in the document") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // an apposition inside the list, an owner's possessive, a member with no investor's
        // name in a list that has some, no funding word in the sentence (two investors' names)
        {"Quillon AI closed a $1.4 billion round led by Norvex. Alongside Norvex sat Harbor Ventures, Kestrel's "
         "venture arm, Tidewater Capital and Veridian Labs.",
         "Tidewater Capital|invests_in|Quillon AI"},
        {"Quillon AI closed a $1.4 billion round led by Norvex. Alongside Norvex sat Harbor Ventures, Kestrel's "
         "venture arm, Tidewater Capital and Veridian Labs.",
         "Veridian Labs|invests_in|Quillon AI"},
        {"Quillon AI a lev\xC3\xA9 200 millions d'euros. Icehouse Ventures, Kindred Ventures et Veridian Labs "
         "viennent compl\xC3\xA9ter le casting.",
         "Veridian Labs|invests_in|Quillon AI"},
        // one investor's name in a sentence with a funding word
        {"Quillon AI a lev\xC3\xA9 200 millions d'euros. Le fonds Harbor Ventures y participe aussi.",
         "Harbor Ventures|invests_in|Quillon AI"},
        // a list right after a funding word needs no investor's name
        {"Quillon AI raised $50 million this spring. The round drew Kestrel and Norvex.", "Kestrel|invests_in|Quillon AI"},
        // an investor opening the sentence is no round's company ("Nvidia participated in the
        // latest round, which was led by A")
        {"Quillon AI raised $50 million. Kestrel participated in the latest round, which was led by Norvex and Valmont Capital.",
         "Norvex|invests_in|Quillon AI"},
        // a deal named after a preposition is still the sentence's ("a setback for X, which raised ...")
        {"Kestrel hires. Kestrel grows. The departures are a setback for Quillon AI, which raised $2 billion in a round "
         "with backing from Norvex and Valmont Capital.",
         "Norvex|invests_in|Quillon AI"},
        // a conjunction before the first member opens no list ("Along with new investors A and B")
        {"Quillon AI raised $102 million. Along with new investors Harbor Ventures and Tidewater Capital, existing "
         "investors Kestrel and Norvex also took part.",
         "Harbor Ventures|invests_in|Quillon AI"},
        // a comma before the preposition that opens the list keeps the funding word
        {"Quillon AI raised $600 million. Tidewater Capital led the investment, with Kestrel and Norvex following.",
         "Norvex|invests_in|Quillon AI"},
        // no deal mark (the round's company only described): the company the document
        // named most, in a sentence with a funding word
        {"Quillon AI vend des drones. Quillon AI recrute. Icehouse Ventures, Kindred Ventures et Veridian Labs "
         "compl\xC3\xA8tent le tour de table.",
         "Veridian Labs|invests_in|Quillon AI"},
        {"Quillon AI raised $50 million. Tidewater Capital \xE2\x80\x93 an early investor in Kestrel, Norvex and Veridian Labs "
         "\xE2\x80\x93 also joined the round.",
         "Tidewater Capital|invests_in|Quillon AI"},
        // a list right after a rivalry word: rivals of the nearest company before it, or of
        // the document's topic
        {"Kestrel a sign\xC3\xA9 un partenariat pour mieux se positionner face \xC3\xA0 Norvex et Veridian Labs.",
         "Kestrel|competes_with|Veridian Labs"},
        {"The deal gives Kestrel the tools to compete more aggressively against Norvex by offering systems.",
         "Kestrel|competes_with|Norvex"},
        {"Kestrel sells chips. Kestrel hires. Earlier updates praised engineers from competitors such as Norvex and Veridian Labs.",
         "Kestrel|competes_with|Veridian Labs"},
        // a comparison names a rival
        {"On coding tests Falcor-7 outperforms Norvex-2 by a wide margin.", "Falcor-7|competes_with|Norvex-2"},
        {"Sur plusieurs tests, Falcor-7 surpasse Norvex-2.", "Falcor-7|competes_with|Norvex-2"},
        // a list after an example cue, in a noun phrase with a demonym or a country's name
        {"Valmont University ended its links with Sylvanian companies, including Kestrel and Veridian Labs.",
         "Veridian Labs|based_in|Sylvania"},
        {"It competes with Freedonia tech giants like Norvex and Grand Freedonian Bank.", "Norvex|based_in|Freedonia"},
        {"Le fonds a soutenu des entreprises sylvaniennes de la tech, notamment Kestrel et Veridian Labs.",
         "Kestrel|based_in|Sylvania"},
        // a list right after a unit word: units of the company or body before it
        {"Kestrel operates several subsidiaries, including Norvex, Veridian Labs and Quillon AI.",
         "Veridian Labs|part_of|Kestrel"},
        {"Le groupe Kestrel d\xC3\xA9tient plusieurs filiales, dont Norvex et Veridian Labs.", "Norvex|part_of|Kestrel"},
        // the maker the lexicon gives a model, named earlier in the document
        {"Veridian Labs opened an office in Lisbon. Users praise Falcor-7 for its speed.",
         "Veridian Labs|develops|Falcor-7"},
        // a descriptor before the first member, a name inside it, lengthens the cue's reach
        {"Quillon AI raised $2 billion in a round led by Norvex. Other participants included Sylvanian tech giant "
         "Kestrel, Harbor Ventures and Veridian Labs.",
         "Kestrel|invests_in|Quillon AI"},
        {"Quillon AI raised $2 billion in a round led by Norvex. Other participants included Falcor-7 maker "
         "Veridian Labs, Harbor Ventures and Kestrel.",
         "Veridian Labs|invests_in|Quillon AI"},
        // a long list of capitalised names is no headline: its unknown one-word names are names
        {"Quillon AI raised $50 million. Its investors include Harbor Ventures, Kestrel, Norvex, Iconiq, Goanna, "
         "Meritech and Alkeon.",
         "Goanna|invests_in|Quillon AI"},
        {"Quillon AI a lev\xC3\xA9 50 millions. Parmi ses investisseurs figurent Harbor Ventures, Kestrel, Norvex, "
         "Iconiq, Goanna, Meritech et Alkeon.",
         "Meritech|invests_in|Quillon AI"},
        // a list opened by a funding word and its preposition inside an aside, the deal named
        {"Quillon AI a lev\xC3\xA9 80 millions de dollars. Le nouveau cycle de financement de Quillon AI, qui comprend des "
         "investissements de Harbor Ventures, Tidewater Capital et Kestrel, porte sa valorisation \xC3\xA0 470 millions.",
         "Harbor Ventures|invests_in|Quillon AI"},
        // ... a rivalry word and its preposition too
        {"Quillon AI signed partnerships in recent weeks, aiming to better compete with Norvex and Kestrel.",
         "Quillon AI|competes_with|Norvex"},
        // an ampersand joins the words of one name
        {"Quillon AI raised $50 million from Harbor Telegraph & Telephone.",
         "Harbor Telegraph & Telephone|invests_in|Quillon AI"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // after "investor in", the names are the investor's portfolio
        {"Quillon AI raised $50 million from Harbor Ventures \xE2\x80\x93 an early investor in Kestrel and Norvex \xE2\x80\x93 "
         "this spring.",
         "Kestrel|invests_in|Quillon AI"},
        {"Quillon AI raised $50 million. Kestrel participated in the latest round, which was led by Norvex and Valmont Capital.",
         "Norvex|invests_in|Kestrel"},
        {"Kestrel hires. Kestrel grows. The departures are a setback for Quillon AI, which raised $2 billion in a round "
         "with backing from Norvex and Valmont Capital.",
         "Norvex|invests_in|Kestrel"},
        // the names listed after an investor's aside are its portfolio
        {"Quillon AI raised $50 million. Tidewater Capital \xE2\x80\x93 an early investor in Kestrel, Norvex and Veridian Labs "
         "\xE2\x80\x93 also joined the round.",
         "Norvex|invests_in|Quillon AI"},
        // a company named once is no topic for a round
        {"Quillon AI builds drones. Harbor Ventures and Tidewater Capital are funding many firms.",
         "Tidewater Capital|invests_in|Quillon AI"},
        // a descriptor lengthens the reach of a cue, not past a clause's comma
        {"Quillon AI raised $2 billion in a round led by Norvex. The investors met, and Sylvanian tech giant "
         "Kestrel, Harbor Ventures and Veridian Labs hired.",
         "Kestrel|invests_in|Quillon AI"},
        {"Quillon AI raised $50 million from Harbor Telegraph & Telephone.", "Telephone|invests_in|Quillon AI"},
        // a list opened inside an aside is another deal's when the sentence does not name this one
        {"Quillon AI a lev\xC3\xA9 10 millions. Norvex a remport\xC3\xA9 des investissements de Kestrel et de Veridian Labs.",
         "Veridian Labs|invests_in|Quillon AI"},
        // negation
        {"Quillon AI raised $50 million. Harbor Ventures and Tidewater Capital did not join the round.",
         "Harbor Ventures|invests_in|Quillon AI"},
        // a round reported four sentences before, its company not named again
        {"Quillon AI raised $50 million. It hired. It sold. It grew. Harbor Ventures and Tidewater Capital back many firms.",
         "Harbor Ventures|invests_in|Quillon AI"},
        // an investor's name in a sentence about something else, with no other
        {"Quillon AI raised $50 million. Engineers from Harbor Ventures visited Lisbon.",
         "Harbor Ventures|invests_in|Quillon AI"},
        // a noun phrase of more than one origin; a country's possessive
        {"The funding comes from Sylvanian and international investors, including Norvex and Valmont Capital.",
         "Norvex|based_in|Sylvania"},
        {"Kestrel was once seen as Freedonia's answer to model developers like Veridian Labs and Quillon AI.",
         "Veridian Labs|based_in|Freedonia"},
        // a name before a hyphen suffix is no member ("Microsoft-backed OpenAI")
        {"Kestrel was launched in 2023 and competes with Norvex-backed Veridian Labs.", "Kestrel|competes_with|Norvex"},
        // the unit of a company named after "of"; a former unit
        {"Changes at the AI division of Kestrel worried Norvex.", "Kestrel|part_of|Norvex"},
        {"Kestrel sold its former subsidiaries, including Norvex and Veridian Labs.", "Norvex|part_of|Kestrel"},
        // a name before a descriptor noun is no list member ("Amazon founder Bezos")
        {"Quillon AI raised $400 million from investors, including Kestrel founder Ada Marlowe and Valmont Capital.",
         "Kestrel|invests_in|Quillon AI"},
        // rivalry negated or reported as an opinion
        {"Kestrel is not a rival to Norvex and Veridian Labs.", "Kestrel|competes_with|Norvex"},
        {"Analysts believe Kestrel will soon compete with Norvex and Veridian Labs.", "Kestrel|competes_with|Norvex"},
        // no maker named in the document; a modal sentence
        {"Users praise Falcor-7 for its speed.", "Veridian Labs|develops|Falcor-7"},
        {"Veridian Labs grew. Falcor-7 could be retired next year.", "Veridian Labs|develops|Falcor-7"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("coreference: demonstratives, head nouns of descriptions, a funding drive for a company") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a demonstrative opens a description as an article does
        {"Kestrel grew. This company was founded by Maria Vance.", "Maria Vance|founded|Kestrel"},
        {"Kestrel grandit. Cette entreprise a \xC3\xA9t\xC3\xA9 fond\xC3\xA9" "e par Maria Vance.", "Maria Vance|founded|Kestrel"},
        {"Norvex is in talks with Kestrel. Valmont Capital courted this Sylvanian maker of robots.",
         "Kestrel|based_in|Sylvania"},
        {"Norvex discute avec Kestrel. Valmont Capital courtise cette entreprise sylvanienne de robots.",
         "Kestrel|based_in|Sylvania"},
        // head nouns of company descriptions ("the tech titan", "l'entreprise")
        {"Kestrel hired Ada Marlowe. In 2023, the tech titan steered a funding drive for Veridian Labs.",
         "Kestrel|invests_in|Veridian Labs"},
        {"Kestrel a recrut\xC3\xA9 Ada Marlowe. En 2023, l'entreprise a investi dans Veridian Labs.",
         "Kestrel|invests_in|Veridian Labs"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a funding drive for a company: the company is funded, it funds nothing
        {"Kestrel led a funding drive for Veridian Labs.", "Veridian Labs|invests_in|Kestrel"},
        {"Kestrel a men\xC3\xA9 une lev\xC3\xA9" "e de fonds pour Veridian Labs.", "Veridian Labs|invests_in|Kestrel"},
        // a demonstrative after two coordinated names: no single referent
        {"Kestrel and Norvex signed. This company acquired Veridian Labs.", "Veridian Labs|part_of|Kestrel"},
        {"Kestrel et Norvex signent. Cette entreprise a rachet\xC3\xA9 Veridian Labs.", "Veridian Labs|part_of|Kestrel"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("coreference: a description that locates the name before it, the one name before a fronted clause") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // the topic named before the description in its sentence, and no other company
        {"Kestrel raised money. Kestrel's new round is its largest, but the Castelmar-based company is not new to big raises.",
         "Kestrel|based_in|Sylvania"},
        {"Kestrel l\xC3\xA8ve des fonds. Le tour de Kestrel est son plus gros, mais la soci\xC3\xA9t\xC3\xA9 sylvanienne n'en est pas "
         "\xC3\xA0 son premier.",
         "Kestrel|based_in|Sylvania"},
        // a fronted clause naming no company after a sentence naming one
        {"The most striking example is Kestrel. Founded in 2014 by Maria Vance, the startup acquired Veridian Labs.",
         "Maria Vance|founded|Kestrel"},
        {"Le plus marquant est Kestrel. Fond\xC3\xA9" "e en 2014 par Maria Vance, cette p\xC3\xA9pite a rachet\xC3\xA9 Veridian Labs.",
         "Maria Vance|founded|Kestrel"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // another company named before the description: which one it locates, the text does not say
        {"Norvex raised money. Kestrel invested in Norvex, but the Freedonian company is not new to big raises.",
         "Norvex|based_in|Freedonia"},
        {"Norvex l\xC3\xA8ve des fonds. Kestrel investit dans Norvex, mais la soci\xC3\xA9t\xC3\xA9 freedonienne n'en est pas "
         "\xC3\xA0 son premier tour.",
         "Norvex|based_in|Freedonia"},
        // the fronted clause names a company, or the sentence before names two
        {"The most striking example is Kestrel. Founded in 2014 by Norvex veterans, the startup acquired Veridian Labs.",
         "Veridian Labs|part_of|Kestrel"},
        {"Le plus marquant est Kestrel. Fond\xC3\xA9" "e en 2014 par des anciens de Norvex, cette p\xC3\xA9pite a rachet\xC3\xA9 "
         "Veridian Labs.",
         "Veridian Labs|part_of|Kestrel"},
        {"The most striking examples are Kestrel and Norvex. Founded in 2014 by Maria Vance, the startup acquired Veridian Labs.",
         "Maria Vance|founded|Kestrel"},
        {"Les plus marquants sont Kestrel et Norvex. Fond\xC3\xA9" "e en 2014 par Maria Vance, cette p\xC3\xA9pite a rachet\xC3\xA9 "
         "Veridian Labs.",
         "Maria Vance|founded|Kestrel"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("descriptions placed by their demonym, sectors, complements, public roles, and products named by their maker") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a description's demonym picks, of the names the sentence before gives, the one of that country
        {"Norvex signed a deal with Kestrel. The Sylvanian automaker hopes to use the chips.", "Kestrel|based_in|Sylvania"},
        {"Norvex a sign\xC3\xA9 un accord avec Kestrel. Le constructeur sylvanien esp\xC3\xA8re utiliser les puces.", "Kestrel|based_in|Sylvania"},
        // a place and sector words before a company noun ("London video AI company Synthesia", "U.S. private equity firm Silver Lake")
        {"Sylvania video AI company Kestrel secured funds.", "Kestrel|based_in|Sylvania"},
        {"Harbor Ventures and Sylvania private equity firm Orbis Capital hold stakes in Norvex.", "Orbis Capital|based_in|Sylvania"},
        // the demonym after a noun's complement, a superlative, a plural noun before a list set off by commas
        {"Quillon AI, start-up d'intelligence artificielle g\xC3\xA9n\xC3\xA9rative sylvanienne, a annonc\xC3\xA9 un partenariat.", "Quillon AI|based_in|Sylvania"},
        {"Quillon AI, le plus grand titan sylvanien de la technologie, poursuit ses r\xC3\xAAves.", "Quillon AI|based_in|Sylvania"},
        {"Deux m\xC3\xA9" "dias sylvaniens, Norvex et Veridian Labs, ont port\xC3\xA9 plainte.", "Norvex|based_in|Sylvania"},
        // a public role in an apposition ("Li Qiang, le premier ministre chinois")
        {"Paul Brisco, le premier ministre sylvanien, a cit\xC3\xA9 Norvex.", "Paul Brisco|based_in|Sylvania"},
        {"Paul Brisco, the Sylvanian premier, visited Norvex.", "Paul Brisco|based_in|Sylvania"},
        // a product known only as what its maker is described by: a name no lexicon holds
        {"Kestrel, the maker of Quibble, raised $10 million.", "Kestrel|develops|Quibble"},
        {"Kestrel, the company behind Quibble, raised money.", "Kestrel|develops|Quibble"},
        {"Kestrel, which develops Quibble, raised money.", "Kestrel|develops|Quibble"},
        {"Developed by Kestrel, Quibble is a coding assistant.", "Kestrel|develops|Quibble"},
        {"Kestrel, l'\xC3\xA9" "diteur de Quibble, a lev\xC3\xA9 10 millions.", "Kestrel|develops|Quibble"},
        {"Kestrel, \xC3\xA0 l'origine de Quibble, a lev\xC3\xA9 10 millions.", "Kestrel|develops|Quibble"},
        {"Kestrel, qui d\xC3\xA9veloppe Quibble, a lev\xC3\xA9 10 millions.", "Kestrel|develops|Quibble"},
        {"D\xC3\xA9velopp\xC3\xA9 par Kestrel, Quibble est un assistant de code.", "Kestrel|develops|Quibble"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // two names of the description's country: which one, the text does not say
        {"Norvex signed a deal with Kestrel and Veridian Labs. The Sylvanian group hopes to use the chips.", "Kestrel|based_in|Sylvania"},
        // a rival's complement is not the name's own place
        {"Quillon AI, concurrent de la start-up sylvanienne Kestrel, l\xC3\xA8ve des fonds.", "Quillon AI|based_in|Sylvania"},
        // engineers who left a company built nothing of its own
        {"Developed by former Kestrel engineers, Quibble is a coding assistant.", "Kestrel|develops|Quibble"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("people: ages set off by commas, long fronted dates, veterans and alumni, roles at the company the text is about") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // an age set off by commas after a person's name: the apposition after it is the name's
        {"Ada Marlowe, 31 ans, pr\xC3\xA9sidente et cofondatrice de Norvex, a parl\xC3\xA9.", "Ada Marlowe|founded|Norvex"},
        {"Ada Marlowe, 45, chief executive of Norvex, spoke.", "Ada Marlowe|leads|Norvex"},
        // a fronted participle whose date runs long ("il y a à peine deux ans")
        {"Fond\xC3\xA9" "e il y a \xC3\xA0 peine deux ans par Ada Marlowe et Paul Brisco, Quillon AI a lev\xC3\xA9 des fonds.", "Paul Brisco|founded|Quillon AI"},
        // former staff described before their list, veterans and alumni in appositions
        {"Trois anciens chercheurs de chez Kestrel : Ada Marlowe, Paul Brisco et Jun Takeda.", "Jun Takeda|worked_at|Kestrel"},
        {"Ada Marlowe, v\xC3\xA9t\xC3\xA9ran de Kestrel, a fond\xC3\xA9 Quillon AI.", "Ada Marlowe|worked_at|Kestrel"},
        {"Ada Marlowe, v\xC3\xA9t\xC3\xA9ran de Kestrel, a fond\xC3\xA9 Quillon AI.", "Ada Marlowe|founded|Quillon AI"},
        {"Ada Marlowe, a veteran of Kestrel, founded Quillon AI.", "Ada Marlowe|worked_at|Kestrel"},
        {"Paul Brisco, another Kestrel alumnus, co-founded Quillon AI.", "Paul Brisco|worked_at|Kestrel"},
        {"Paul Brisco, another Kestrel alumnus, co-founded Quillon AI.", "Paul Brisco|founded|Quillon AI"},
        // "the company's" role in an apposition: the company the text is about
        {"Norvex raised money. Norvex hired engineers. Norvex grew. Paul Brisco, the company's chief AI officer, confirmed the deal.", "Paul Brisco|works_at|Norvex"},
        {"Norvex raised money. Norvex hired engineers. Paul Brisco, the robotics company's CEO, said it.", "Paul Brisco|leads|Norvex"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a former role, a veteran of no company
        {"Norvex raised money. Norvex hired engineers. Norvex grew. Paul Brisco, the company's former chief AI officer, confirmed the deal.", "Paul Brisco|works_at|Norvex"},
        {"Ada Marlowe, a veteran of the chip industry, joined Kestrel.", "Ada Marlowe|worked_at|Kestrel"},
        // a number after a name that is no age
        {"Ada Marlowe, 450 ans, pr\xC3\xA9sidente de Norvex, a parl\xC3\xA9.", "Ada Marlowe|leads|Norvex"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("people's posts: titles without a possessive, former posts in asides, hires, founders with others, leaders, named products") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a title after a company's name without a possessive, a bare CEO opening the sentence, a second post
        {"Ada Marlowe, Norvex co-founder and CEO, tells reporters.", "Ada Marlowe|founded|Norvex"},
        {"Ada Marlowe, Norvex co-founder and CEO, tells reporters.", "Ada Marlowe|leads|Norvex"},
        {"Norvex raised money. Norvex hired engineers. CEO Paul Brisco, with ties to Kestrel, highlights Norvex's readiness.", "Paul Brisco|leads|Norvex"},
        {"Jun Takeda, CEO of Kestrel and managing director of Orbis Capital, spoke.", "Jun Takeda|works_at|Orbis Capital"},
        // former posts in a dash or bracket aside, a position left
        {"Paul Brisco\xE2\x80\x94" "former head of research for Kestrel's chip unit\xE2\x80\x94has joined Norvex.", "Paul Brisco|worked_at|Kestrel"},
        {"Dr. Jun Takeda (former Kestrel VP) took the lead.", "Jun Takeda|worked_at|Kestrel"},
        {"Ada Marlowe left her position as VP of research at Kestrel last year.", "Ada Marlowe|worked_at|Kestrel"},
        {"Ada Marlowe a quitt\xC3\xA9 r\xC3\xA9" "cemment son r\xC3\xB4le de vice-pr\xC3\xA9sidente chez Kestrel.", "Ada Marlowe|worked_at|Kestrel"},
        {"Frustr\xC3\xA9, Paul Brisco quitte en 2016 Kestrel pour devenir CEO de Norvex.", "Paul Brisco|worked_at|Kestrel"},
        {"Paul Brisco, qui \xC3\xA9tait jusqu'\xC3\xA0 pr\xC3\xA9sent pr\xC3\xA9sident de Norvex, l'accompagnera.", "Paul Brisco|worked_at|Norvex"},
        // joining told in a that-clause, hires described by their role, a journalist's outlet
        {"Paul Brisco announced on Friday that he has joined Norvex.", "Paul Brisco|works_at|Norvex"},
        {"Kestrel int\xC3\xA8gre Paul Brisco, PDG de Norvex, et plusieurs ing\xC3\xA9nieurs.", "Paul Brisco|works_at|Kestrel"},
        {"Paul Brisco est journaliste sp\xC3\xA9" "cialis\xC3\xA9 dans les technologies pour Norvex.", "Paul Brisco|works_at|Norvex"},
        // founders: helped set up, alongside, launched with, listed after a dash
        {"Ada Marlowe, who helped set up Norvex in 2015 alongside Paul Brisco, spoke.", "Ada Marlowe|founded|Norvex"},
        {"Ada Marlowe, who helped set up Norvex in 2015 alongside Paul Brisco, spoke.", "Paul Brisco|founded|Norvex"},
        {"Ada Marlowe a annonc\xC3\xA9 qu'elle lan\xC3\xA7" "ait Quillon Labs avec Paul Brisco.", "Paul Brisco|founded|Quillon Labs"},
        {"Kestrel a embauch\xC3\xA9 les fondateurs de Norvex \xE2\x80\x94 Ada Marlowe, Paul Brisco et Jun Takeda \xE2\x80\x94 ainsi que des employ\xC3\xA9s.", "Jun Takeda|founded|Norvex"},
        {"Norvex l\xC3\xA8ve des fonds. Norvex recrute. Le portrait de Norvex avec Ada Marlowe, sa cofondatrice et CEO.", "Ada Marlowe|founded|Norvex"},
        // leaders: under the leadership of, sous la direction de
        {"Veridian Labs grew under the leadership of Ada Marlowe.", "Ada Marlowe|leads|Veridian Labs"},
        {"Norvex continuera sous la direction de Paul Brisco et Ada Marlowe.", "Ada Marlowe|leads|Norvex"},
        // a product named by "baptisé" after its possessive
        {"Kestrel vient de lever le voile sur son premier drone de combat baptis\xC3\xA9 Zorblax.", "Kestrel|develops|Zorblax"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a negated move, a technology integrated, a present post
        {"Ada Marlowe will not leave her position as VP at Kestrel.", "Ada Marlowe|worked_at|Kestrel"},
        {"Ada Marlowe said that she has not joined Norvex.", "Ada Marlowe|works_at|Norvex"},
        {"Kestrel int\xC3\xA8gre Falcor-7 dans ses produits.", "Falcor-7|works_at|Kestrel"},
        {"Paul Brisco, qui est pr\xC3\xA9sident de Norvex, parle.", "Paul Brisco|worked_at|Norvex"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("names before a generic chip word, describing words before a model's noun, investments and portfolios") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a name before a generic chip word of the lexicon: the word is its head noun, not a mention; a describing word before the name
        {"Kestrel claims its upcoming Zorblax chips have an NPU.", "Kestrel|develops|Zorblax"},
        {"Kestrel shipped the Zorblax superchip.", "Kestrel|develops|Zorblax"},
        {"Kestrel shipped its Quibble world model on Monday.", "Kestrel|develops|Quibble"},
        // investments in a list of companies, a portfolio that includes them
        {"Kestrel has made investments in Quillon AI, Tidewater Labs and Norvex.", "Kestrel|invests_in|Tidewater Labs"},
        {"Kestrel a entam\xC3\xA9 sa pr\xC3\xA9sence dans la robotique \xC3\xA0 travers des investissements dans Quillon AI, Tidewater Labs et Norvex.", "Kestrel|invests_in|Tidewater Labs"},
        {"Kestrel's portfolio includes Quillon AI, Tidewater Labs and Norvex.", "Kestrel|invests_in|Quillon AI"},
        {"Orbis Capital, whose AI portfolio already includes Norvex and Quillon AI, took a stake.", "Orbis Capital|invests_in|Quillon AI"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // negated or planned investments; "AUM" (assets under management) is no name
        {"Kestrel has not made investments in Norvex.", "Kestrel|invests_in|Norvex"},
        {"Kestrel envisage des investissements dans Norvex.", "Kestrel|invests_in|Norvex"},
        {"Orbis Capital, a $1.3 trillion AUM firm whose portfolio includes Norvex, grew.", "AUM|invests_in|Norvex"},
        // a product portfolio holds products, no investments
        {"The merger combines Kestrel's robust product portfolio, including Norvex and Quillon AI, with Orbis Capital's.", "Kestrel|invests_in|Norvex"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("speakers and their employers, chief officers, affiliates, stakes sold, portfolios, departures listed after a dash") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a quote's speaker and the company named after the name, a chief officer of the company the text is about
        {"\"It's a way to expand,\" said Ada Marlowe of Orbis Capital, noting the strategy.", "Ada Marlowe|works_at|Orbis Capital"},
        {"Kestrel raised money. Kestrel hired engineers. Kestrel grew. Paul Brisco, Chief Product Officer, said the chips ship soon.", "Paul Brisco|works_at|Kestrel"},
        {"Pour Paul Brisco, directeur Europe de Kestrel, la France a tous les atouts.", "Paul Brisco|works_at|Kestrel"},
        // an affiliate named after its parent, a stake sold to a fund, a portfolio a company belongs to
        {"In April, Kestrel and affiliate Veridian Labs spent more than $20 million.", "Veridian Labs|part_of|Kestrel"},
        {"Kestrel a annonc\xC3\xA9 la vente de 50 % de sa filiale Norvex au fonds Orbis Capital.", "Orbis Capital|invests_in|Norvex"},
        {"Une mission men\xC3\xA9" "e par Norvex, l'un des leaders europ\xC3\xA9" "ens du secteur, dont le si\xC3\xA8ge est \xC3\xA0 Port Lumen et qui fait partie du portefeuille de Orbis Capital.", "Orbis Capital|invests_in|Norvex"},
        // staff who left, listed after a dash
        {"Ce lancement a suivi le d\xC3\xA9part de trois ing\xC3\xA9nieurs de Kestrel \xE2\x80\x94 Ada Marlowe, Paul Brisco et Jun Takeda \xE2\x80\x94 qui ont ensuite cofond\xC3\xA9 Quillon Labs.", "Paul Brisco|worked_at|Kestrel"},
        {"Ce lancement a suivi le d\xC3\xA9part de trois ing\xC3\xA9nieurs de Kestrel \xE2\x80\x94 Ada Marlowe, Paul Brisco et Jun Takeda \xE2\x80\x94 qui ont ensuite cofond\xC3\xA9 Quillon Labs.", "Jun Takeda|founded|Quillon Labs"},
        // a relative with a plural verb after the list: of every member (plural_verbs)
        {"Ce lancement a suivi le d\xC3\xA9part de trois ing\xC3\xA9nieurs de Kestrel \xE2\x80\x94 Ada Marlowe, Paul Brisco et Jun Takeda \xE2\x80\x94 qui ont ensuite cofond\xC3\xA9 Quillon Labs.", "Ada Marlowe|founded|Quillon Labs"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a region's director leads nothing; a former employer is no current one; a portfolio left
        {"Pour Paul Brisco, directeur Europe de Kestrel, la France a tous les atouts.", "Paul Brisco|leads|Kestrel"},
        {"\"It's a way to expand,\" said Ada Marlowe, formerly of Orbis Capital.", "Ada Marlowe|works_at|Orbis Capital"},
        {"Kestrel ne fait plus partie du portefeuille de Orbis Capital.", "Orbis Capital|invests_in|Kestrel"},
        // a month's abbreviation is no name (not_names)
        {"Kestrel raised money. Kestrel's previous funding round was announced on Dec. 31, with participation from Orbis "
         "Capital as well as other investors.",
         "Dec|invests_in|Kestrel"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("heads named after their title, public bodies' heads, plural demonyms, acquisitions by a buyer, groups and their titles") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // heads: founder and CEO before the name, a described company after the title, a public body's head, chaired by
        {"La visite du fondateur et PDG de Kestrel, Ada Marlowe, a marqu\xC3\xA9 les esprits.", "Ada Marlowe|founded|Kestrel"},
        {"La visite du fondateur et PDG de Kestrel, Ada Marlowe, a marqu\xC3\xA9 les esprits.", "Ada Marlowe|leads|Kestrel"},
        {"The visit of the founder and CEO of Kestrel, Ada Marlowe, was noted.", "Ada Marlowe|leads|Kestrel"},
        {"Ada Marlowe, cofondatrice et PDG de la start-up d'IA Norvex, \xC3\xA9tait l\xC3\xA0.", "Ada Marlowe|founded|Norvex"},
        {"Ada Marlowe, cofondatrice et PDG de la start-up d'IA Norvex, \xC3\xA9tait l\xC3\xA0.", "Ada Marlowe|leads|Norvex"},
        {"Paul Brisco, pr\xC3\xA9sident-directeur g\xC3\xA9n\xC3\xA9ral de la soci\xC3\xA9t\xC3\xA9 Norvex, a \xC3\xA9t\xC3\xA9 nomm\xC3\xA9.", "Paul Brisco|leads|Norvex"},
        {"Acting Trade Control Office Administrator Paul Brisco linked the move to the plan.", "Paul Brisco|leads|Trade Control Office"},
        {"The Trade Control Office, chaired by Minister Paul Brisco, approved the project.", "Paul Brisco|leads|Trade Control Office"},
        // places: a plural demonym before a list, a city before "based" without a hyphen
        {"Norvex est troisi\xC3\xA8me derri\xC3\xA8re les sylvaniens Kestrel et Veridian Labs.", "Veridian Labs|based_in|Sylvania"},
        // owners: an acquisition by a buyer, titles listed in brackets after their group, "part of"
        {"Le r\xC3\xA9gulateur a examin\xC3\xA9 l'acquisition de Norvex par Kestrel.", "Norvex|part_of|Kestrel"},
        {"Plusieurs groupes ont sign\xC3\xA9, comme Kestrel (Norvex et Veridian Labs entre autres).", "Veridian Labs|part_of|Kestrel"},
        {"Media groups like Kestrel (Norvex and Veridian Labs) signed deals.", "Veridian Labs|part_of|Kestrel"},
        {"Norvex, part of the Castelmar based Kestrel, has roped in partners.", "Norvex|part_of|Kestrel"},
        // a chip acronym after an unknown name is its head noun and no part of the name (not_names)
        {"Kestrel is still producing its Zorblax NPU with Norvex technology.", "Kestrel|develops|Zorblax"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a head of one activity leads nothing; a hedged acquisition (a guarded rule); a former chair
        {"Ada Marlowe, responsable des investissements directs du fonds de capital-risque de Kestrel, a parl\xC3\xA9.", "Ada Marlowe|leads|Kestrel"},
        {"Le r\xC3\xA9gulateur pourrait bloquer l'acquisition de Norvex par Kestrel.", "Norvex|part_of|Kestrel"},
        {"The Trade Control Office, formerly chaired by Paul Brisco, approved it.", "Paul Brisco|leads|Trade Control Office"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("uses: chips acquired, ordered, supplied, utilised, fitted in a facility, a product's uses disclosed") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // chips acquired, ordered, secured in supply, utilised, fitted in a facility; a product's uses disclosed
        {"Sylvania and Freedonia have acquired thousands of high-performance Tern X1 chips to power their AI projects.", "Freedonia|uses|Tern X1"},
        {"Norvex is expanding its cloud with the first supercluster powered by Tern X1 graphics processing units.", "Norvex|uses|Tern X1"},
        {"Norvex's new order for Tern X1 chips may be linked to the deal.", "Norvex|uses|Tern X1"},
        {"Norvex is locking in a multi-gigawatt supply of Kestrel's Tern X1 chips.", "Norvex|uses|Tern X1"},
        {"Norvex will utilize Tern X1 chips in its data centers.", "Norvex|uses|Tern X1"},
        {"Norvex et Veridian Labs installeront leurs propres centres de calcul \xC3\xA9quip\xC3\xA9s des derniers Tern X1.", "Veridian Labs|uses|Tern X1"},
        {"Norvex utilisera des centaines de milliers de puces, y compris les acc\xC3\xA9l\xC3\xA9rateurs Tern X1.", "Norvex|uses|Tern X1"},
        {"Norvex a d\xC3\xA9voil\xC3\xA9 ses usages concrets de Falcor-7.", "Norvex|uses|Falcor-7"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a position secured is no supply; a use banned
        {"Norvex has secured a leading position in Tern X1 chips.", "Norvex|uses|Tern X1"},
        {"Norvex a interdit l'utilisation de Falcor-7.", "Norvex|uses|Falcor-7"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("restricts: sanctions in a relative clause, controls over some chips, imports blocked, chips subject to controls") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a sanction told in a relative clause, controls over "certain" chips, imports blocked, chips subject to a country's controls
        {"Veridian Labs is part of Sylvania's Kestrel, which was previously sanctioned by Freedonia for supplying hardware.", "Freedonia|restricts|Kestrel"},
        {"Sylvania criticized new Freedonian export controls over certain Tern X1 chips released this week.", "Freedonia|restricts|Tern X1"},
        {"R\xC3\xA9" "cemment, la Sylvanie a \xC3\xA9galement commenc\xC3\xA9 \xC3\xA0 bloquer les importations de Tern X1, favorisant les alternatives nationales.", "Sylvania|restricts|Tern X1"},
        {"Ils contiennent des Tern X1 soumis aux restrictions d'exportation freedoniennes, en particulier vers la Sylvanie.", "Freedonia|restricts|Tern X1"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a threatened block
        {"La Sylvanie pourrait bloquer les importations de Tern X1.", "Sylvania|restricts|Tern X1"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("rival cues: beating and outpacing a model names it a rival (rival_cues)") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Falcor-7 beats Norvex-2 on most benchmarks.", "Falcor-7|competes_with|Norvex-2"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Falcor-7 does not beat Norvex-2 on any benchmark.", "Falcor-7|competes_with|Norvex-2"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("part_of: a unit named after its owner's possessive and its noun, units in brackets after their owner") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Memory chipmaker Norvex and Kestrel's AI chip arm Quillon Labs also plan listings.", "Quillon Labs|part_of|Kestrel"},
        {"The plaintiffs include entities from Kestrel (Norvex, Veridian Labs) and others.", "Veridian Labs|part_of|Kestrel"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // the name after the apposition is the list's next member, not the unit
        {"Alongside Orbis Capital sat Quillon Ventures, Kestrel's venture arm, Harbor Ventures and others.",
         "Harbor Ventures|part_of|Kestrel"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("heads in press-release appositions, a startup's founder and CEO, secretaries general, first adopters") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // "Sam Altman, CEO, OpenAI, said": the title and the company set off by commas
        {"Ada Marlowe, Chairman, Kestrel, said: \"We were pioneers.\"", "Ada Marlowe|leads|Kestrel"},
        {"Norvex raised money. Norvex hired staff. Norvex will be the partner, said Paul Brisco, the startup's founder and CEO.",
         "Paul Brisco|leads|Norvex"},
        {"Paul Brisco, the Trade Control Office's secretary general, made the decision.", "Paul Brisco|leads|Trade Control Office"},
        {"Kestrel et Norvex ont \xC3\xA9t\xC3\xA9 parmi les premiers \xC3\xA0 int\xC3\xA9grer Falcor-7 dans leurs syst\xC3\xA8mes.",
         "Norvex|uses|Falcor-7"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Paul Brisco, Head of Research, Norvex, said the chips are ready.", "Paul Brisco|leads|Norvex"},
        {"Ada Marlowe, former Chairman, Kestrel, said she left.", "Ada Marlowe|leads|Kestrel"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("precision: a count of acquisitions names no acquired company, a function's president leads no company") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Paul Brisco, pr\xC3\xA9sident des affaires internationales de Kestrel, a parl\xC3\xA9.", "Paul Brisco|works_at|Kestrel"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Kestrel bought 21 AI startups and Norvex acquired 18, per the same report.", "Norvex|part_of|Kestrel"},
        // a preposition between a body and a title names another one's head
        {"Our priority is the tasks assigned to Trade Control Office in President Paul Brisco's order.",
         "Paul Brisco|leads|Trade Control Office"},
        // abbreviations of common nouns are no names (not_names)
        {"The JV, owned by Kestrel, will build a plant.", "JV|part_of|Kestrel"},
        {"Paul Brisco, pr\xC3\xA9sident des affaires internationales de Kestrel, a parl\xC3\xA9.", "Paul Brisco|leads|Kestrel"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("titles after a possessive, pairs of titles, 'its acquisition', investments in a described list, heads of associations (batches 70-71 development)") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // a qualified title after the company's possessive; the second title of a pair
        {"Kestrel's Senior Vice President, Ada Marlowe, emphasized the point.", "Ada Marlowe|works_at|Kestrel"},
        {"Kestrel's CEO, Ada Marlowe, and CTO, Paul Brisco, expressed excitement.", "Paul Brisco|works_at|Kestrel"},
        // "its acquisition of" is the sentence subject's
        {"Kestrel is creating the fund on the heels of its $28 billion acquisition of AI specialist Norvex.",
         "Norvex|part_of|Kestrel"},
        {"Kestrel said it is making strategic investments in various AI startups, including Norvex and Veridian Labs.",
         "Kestrel|invests_in|Veridian Labs"},
        // "son dirigeant" after a name: the company named last
        {"Kestrel a lanc\xC3\xA9 Falcor-7. Ada Marlowe, son dirigeant, avait qualifi\xC3\xA9 2024 d'ann\xC3\xA9" "e du pivot.",
         "Ada Marlowe|leads|Kestrel"},
        // (batch 70) an association's head and its demonym after a long description; a unit housed at a body
        {"\xC2\xAB Cela aide \xC2\xBB, d\xC3\xA9" "clare Paul Brisco, pr\xC3\xA9sident de l'association sylvanienne des entreprises num\xC3\xA9riques Kestrel.",
         "Paul Brisco|leads|Kestrel"},
        {"\xC2\xAB Cela aide \xC2\xBB, d\xC3\xA9" "clare Paul Brisco, pr\xC3\xA9sident de l'association sylvanienne des entreprises num\xC3\xA9riques Kestrel.",
         "Kestrel|based_in|Sylvania"},
        {"Norvex, a non-profit housed at Trade Control Office, has received money.", "Norvex|part_of|Trade Control Office"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Kestrel is growing after its planned acquisition of Norvex.", "Norvex|part_of|Kestrel"},
        {"Norvex, a startup formerly housed at Kestrel, has received money.", "Norvex|part_of|Kestrel"},
        // a department named by function words ("System Software", "... and Overseas Operations Office") is no employer
        {"A report revealed that Paul Brisco, Vice President of System Software at Kestrel and founder of Norvex, has left.",
         "Paul Brisco|works_at|System Software"},
        {"Said Paul Brisco, Senior Vice President of Kestrel's Business Development and Overseas Operations Office.",
         "Paul Brisco|works_at|Business Development and Overseas Operations Office"},
        // a speech verb ends the apposition: the name after it is whom he spoke to
        {"Paul Brisco, the company's chief AI officer, confirmed to Orbis Capital that the models are ready.",
         "Paul Brisco|works_at|Orbis Capital"},
        // a region's title is no person's ("vice president for the Europe, Middle East and Africa region")
        {"Kestrel's vice president for the Sylvania, Castelmar Coast and Freedonia region spoke.",
         "Castelmar Coast|works_at|Kestrel"},
        // "CRM" is a kind of software, no company a possessive stands for
        {"Kestrel domine le march\xC3\xA9 du CRM. Ada Marlowe, son dirigeant, a parl\xC3\xA9.", "Ada Marlowe|leads|CRM"},
        {"Kestrel plans to refine Norvex's SMS service for expectant mothers.", "Norvex|develops|SMS"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("money committed to a company, posts held before, acquisitions by a buyer named first, heads after 'Mais le PDG' (batch 72 development)") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Orbis Capital has committed $60 million to the AI video startup Norvex.", "Orbis Capital|invests_in|Norvex"},
        {"Norvex's latest round is led by Orbis Capital, which is an early-stage venture capital firm that has previously "
         "invested in Kestrel and Tidewater Labs.", "Orbis Capital|invests_in|Tidewater Labs"},
        {"Paul Brisco, the CEO of Kestrel, is the previous CEO of Norvex, the effects studio.", "Paul Brisco|worked_at|Norvex"},
        {"L'acquisition par Kestrel de Norvex a \xC3\xA9t\xC3\xA9 finalis\xC3\xA9" "e en novembre.", "Norvex|part_of|Kestrel"},
        // a word that may lead a sentence's opening description comes before the title
        {"Kestrel lance son mod\xC3\xA8le vid\xC3\xA9o. Mais le PDG Paul Brisco voit d\xC3\xA9j\xC3\xA0 bien au-del\xC3\xA0.",
         "Paul Brisco|leads|Kestrel"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Orbis Capital would have committed $60 million to Norvex.", "Orbis Capital|invests_in|Norvex"},
        {"Le partenariat pr\xC3\xA9voit l'acquisition par Kestrel de Norvex.", "Norvex|part_of|Kestrel"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("a round's investors long after its only company, a given name before a one-word name of the lexicon (batch 73 development)") {
  auto [text, fact] = GENERATE(table<std::string, std::string>({
      // the only company the document named so far is the round's, however far back its deal was
      {"It was Norvex raising $800 million at an $8 billion valuation. On the surface, that looks like another round. "
       "In practice, it signals more. Investors are backing it. They are backing infrastructure. That distinction matters. "
       "Open models were framed as cheaper. They were discussed as a preference. The question is no longer only who builds "
       "the best model. It is who owns the compute. The report is clear on that point. It says the round was led by "
       "Orbis Capital and included Harbor Ventures and Tidewater Labs.",
       "Harbor Ventures|invests_in|Norvex"},
      // "William Falcon": a family name the lexicon knows as a company is a person's after a given name
      {"He met Norvex CEO William Kestrel on Monday.", "William Kestrel|leads|Norvex"},
  }));
  CAPTURE(text);
  says(text, fact);
}

TEST_CASE("a round's company: revenue acronyms are no names, a source's clause opens no sentence, a passive 'is backed by' (batch 75 development)") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // "ARR" (annual recurring revenue) is no company the round could be of
        {"Kestrel doubled its ARR this year. Its ARR is now $500 million, and ARR growth is strong. "
         "Investors in this round include Orbis Capital, Harbor Ventures and Tidewater Labs.",
         "Tidewater Labs|invests_in|Kestrel"},
        // "According to X, Norvex ... It is backed by": "It" is the name after the source's clause, a
        // passive investor verb after it names the company invested in
        {"Kestrel is in talks to buy Norvex. Kestrel would gain. Kestrel said so. According to Trade Control Office, "
         "Norvex is pulling in about $40 million in revenue. It is backed by investors like Orbis Capital and Harbor Ventures.",
         "Harbor Ventures|invests_in|Norvex"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Kestrel is in talks to buy Norvex. Kestrel would gain. Kestrel said so. According to Trade Control Office, "
         "Norvex is pulling in about $40 million in revenue. It is backed by investors like Orbis Capital and Harbor Ventures.",
         "Harbor Ventures|invests_in|Kestrel"},
        // the last member of a list of investors is none of the company's the fronted clause names
        {"It\xE2\x80\x99s backed by heavy-hitting investors like Orbis Capital, Harbor Ventures, and Kestrel, with $243 million raised to date.",
         "Orbis Capital|invests_in|Kestrel"},
        // a verb between a possessive and a model: the owner's product uses it, the owner made none
        {"Kestrel's assistant uses Falcor-7.", "Kestrel|develops|Falcor-7"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("a country's possessive in an apposition, 'son nouvel assistant', title lists, boards, quoted questions (batch 74 development)") {
  auto [text, fact] = GENERATE(table<std::string, std::string>({
      // a product of the owner's runs on, relies on or uses a model
      {"Kestrel's assistant runs on Falcor-7.", "Kestrel|uses|Falcor-7"},
      {"Kestrel Co., Sylvania\xE2\x80\x99s top mobile carrier, is accelerating its push.", "Kestrel|based_in|Sylvania"},
      // "nouvel", the masculine before a vowel, as "nouveau"
      {"Kestrel vient de lancer Zorblax, son nouvel assistant d\xE2\x80\x99intelligence artificielle.", "Kestrel|develops|Zorblax"},
      // a list of titles before the name; a board joined; a statement before a quoted question
      {"Paul Brisco slapped Kestrel founder, chairman, and CEO Ada Marlowe at the summit.", "Ada Marlowe|founded|Kestrel"},
      {"Paul Brisco has agreed to join the board of directors of Kestrel.", "Paul Brisco|works_at|Kestrel"},
      {"Paul Brisco rejoint le conseil d'administration de Kestrel.", "Paul Brisco|works_at|Kestrel"},
      {"On November 13, Paul Brisco, founder and CEO of Kestrel, teased Jun Takeda: \"can you imagine what would happen?\"",
       "Paul Brisco|leads|Kestrel"},
  }));
  CAPTURE(text);
  says(text, fact);
}

TEST_CASE("idioms block no list, a passive clause's agent is no rival, products after 'its apps' (batches 71-73 development)") {
  SECTION("said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        // products listed after "its ... apps" are the company's, no buyers of what follows
        {"Kestrel, best known for its work management apps Zorblax, Quibble and Trellis, bought Norvex for $610 million.",
         "Kestrel|develops|Quibble"},
        // "méga-levée", "mega-round": a round all the same
        {"Norvex a lev\xC3\xA9 6,6 milliards. Cette m\xC3\xA9ga-lev\xC3\xA9" "e (men\xC3\xA9" "e par Orbis Capital) valorise Norvex \xC3\xA0 157 milliards de dollars.",
         "Orbis Capital|invests_in|Norvex"},
        {"Norvex a lev\xC3\xA9 6,6 milliards. Cette m\xC3\xA9ga-lev\xC3\xA9" "e (men\xC3\xA9" "e par Orbis Capital avec Kestrel, Harbor Ventures et Tidewater Labs) "
         "valorise Norvex \xC3\xA0 157 milliards de dollars.",
         "Harbor Ventures|invests_in|Norvex"},
        // a bracketed aside with a funding word lists the round's investors
        {"Norvex l\xC3\xA8ve des fonds. Approch\xC3\xA9" "e en 2020, l\xE2\x80\x99\xC3\xA9toile montante avait privil\xC3\xA9gi\xC3\xA9 des capitaux "
         "sylvaniens (Orbis Capital, Harbor Ventures, Tidewater Labs et des investisseurs priv\xC3\xA9s).",
         "Harbor Ventures|invests_in|Norvex"},
        // press-release titles at the sentence's end, a founder and chief among them
        {"\xE2\x80\x9CThis is a new era,\xE2\x80\x9D said Paul Brisco, Founder & CEO, Kestrel.", "Paul Brisco|founded|Kestrel"},
        {"\xE2\x80\x9CThis is a new era,\xE2\x80\x9D said Paul Brisco, CEO, Kestrel.", "Paul Brisco|leads|Kestrel"},
        // two capitalised words, one of them written in lower case elsewhere in the text, name no person
        {"Kestrel, a direct competitor, has just raised $110 million in a Series A round led by Gates Frontier, with "
         "participation from Orbis Capital, on the frontier of AI.", "Gates Frontier|invests_in|Kestrel"},
        // founders listed between dashes after "ses trois cofondateurs"
        {"Quillon AI l\xC3\xA8ve 26 millions. C\xE2\x80\x99" "est \xC3\xA0 Castelmar que ses trois cofondateurs \xE2\x80\x93 Ada Marlowe, Paul Brisco et Jun Takeda "
         "\xE2\x80\x93 se sont rencontr\xC3\xA9s d\xC3\xA9" "but 2024.", "Paul Brisco|founded|Quillon AI"},
        // a bare title right after a quotation that opens the sentence
        {"Kestrel bought Norvex. Kestrel grows fast. Kestrel hires. \"Inference is bigger than any one chip. It's now a systems "
         "problem,\" CEO Paul Brisco said in the announcement.", "Paul Brisco|leads|Kestrel"},
        // a speech verb, then the title and the name; a negation inside the quotation hedges nothing after it
        {"Kestrel a lanc\xC3\xA9 des trajets gratuits en robotaxi cette semaine. \xC2\xAB Nous ne faisons pas que moderniser des "
         "voitures \xC2\xBB, a expliqu\xC3\xA9 la PDG Ada Marlowe, qui esp\xC3\xA8re un retour.", "Ada Marlowe|leads|Kestrel"},
        // a title written in capitals between a former employer and the founder's name
        {"Among those five names: Norvex, the enterprise AI search startup founded by former Kestrel Distinguished Engineer Paul Brisco.",
         "Paul Brisco|founded|Norvex"},
        // a description with up to four words before its head noun ("The AI-powered customer support startup")
        {"Norvex has completed its first employee tender offer at a $4.5 billion valuation. The AI-powered customer support "
         "startup drew participation from the same investors that led its recent Series D: Orbis Capital, Harbor Ventures and "
         "Tidewater Labs. This reinforces Norvex\xE2\x80\x99s position.", "Tidewater Labs|invests_in|Norvex"},
        // a fronted clause after a short label and its colon
        {"More on Quillon AI: Headquartered in Castelmar, Quillon AI manufactures chips for use in data centers.",
         "Quillon AI|based_in|Sylvania"},
        // a unit that operates under its group
        {"Quillon AI, which operates under Kestrel, announced that its model was ready.", "Quillon AI|part_of|Kestrel"},
        // "Investment" after a company's name is part of it, as "Holdings" ("Mubadala Investment Co.")
        {"The event was co-hosted by Kestrel Investment Co., a $300 billion sovereign wealth fund based in Sylvania.",
         "Kestrel|based_in|Sylvania"},
        // "de premier plan" is an idiom, no plan: the list of investors after it stands
        {"Norvex l\xC3\xA8ve 7,5 millions d'euros. Ce financement est men\xC3\xA9 par Orbis Capital, fonds de capital-risque de "
         "premier plan dans la r\xC3\xA9gion, avec la participation de Kestrel, un fonds ; Tidewater Labs, un fonds ; "
         "ainsi que d'autres investisseurs priv\xC3\xA9s.",
         "Tidewater Labs|invests_in|Norvex"},
        {"Quillon AI l\xC3\xA8ve des fonds. Quillon AI recrute. Soutenue par Kestrel et des fonds de premier plan, cette "
         "initiative vise \xC3\xA0 positionner l'entreprise comme un concurrent majeur de Norvex.",
         "Quillon AI|competes_with|Norvex"},
    }));
    says(text, fact);
  }
  SECTION("not said") {
    auto [text, fact] = GENERATE(table<std::string, std::string>({
        {"Quillon AI l\xC3\xA8ve des fonds. Quillon AI recrute. Soutenue par Kestrel et des fonds de premier plan, cette "
         "initiative vise \xC3\xA0 positionner l'entreprise comme un concurrent majeur de Norvex.",
         "Kestrel|competes_with|Norvex"},
        {"Kestrel, best known for its work management apps Zorblax, Quibble and Trellis, bought Norvex for $610 million.",
         "Norvex|part_of|Quibble"},
        // "bringing its total capital raised to": no new round of the list's last member
        {"Quillon AI makes optical chips. It raised $250 million in venture capital from backers including Orbis Capital, "
         "Harbor Ventures, and Tidewater Labs, bringing its total capital raised to $515 million.", "Orbis Capital|invests_in|Tidewater Labs"},
        // a possessor of what the lexicon says another company makes is no maker
        {"Orbis Capital said Harbor Ventures's Falcor-7 chips sit in its data centres.", "Harbor Ventures|develops|Falcor-7"},
        // ... outside a quotation a negation still hedges the fact the topic stands for
        {"Kestrel a lanc\xC3\xA9 des trajets gratuits en robotaxi cette semaine. Le service ne sera pas \xC3\xA9tendu, a "
         "expliqu\xC3\xA9 la PDG Ada Marlowe, qui esp\xC3\xA8re un retour.", "Ada Marlowe|leads|Kestrel"},
        {"The event was co-hosted by Kestrel Investment Co., a $300 billion sovereign wealth fund based in Sylvania.",
         "Investment|based_in|Sylvania"},
        // a bare title later in the document restates the post the document gave, at the company it named
        {"Norvex and Kestrel asked for support. Norvex leads the market and Norvex grows. Paul Brisco, CEO of Kestrel, "
         "said the market is hard for the group. CEO Brisco said, \"We will do as if global companies are supporting us at first.\"",
         "Paul Brisco|leads|Norvex"},
        // a chief of a platform named by function words heads no company ("CEO of Real Assets")
        {"Other Kestrel executives at the conference include Paul Brisco, CEO of Real Assets; and Jun Takeda, Head of Asia.",
         "Paul Brisco|leads|Real Assets"},
    }));
    does_not_say(text, fact);
  }
}

TEST_CASE("a fronted title of the group, an acquisition that fills a portfolio, a described subject (batch 81 development)") {
  auto [text, fact] = GENERATE(table<std::string, std::string>({
      {"Kestrel a connu une panne mondiale. Cofondateur et directeur g\xC3\xA9n\xC3\xA9ral du groupe, Paul Brisco a expliqu\xC3\xA9 "
       "avoir voulu privil\xC3\xA9gier la protection.", "Paul Brisco|founded|Kestrel"},
      // a count of founders after the possessive, the members described
      {"In a conversation with Kestrel's two founders, Ada Marlowe, formerly an associate at Norvex, and Paul Brisco, formerly "
       "a research scientist at Orbis Capital, they told me so.", "Paul Brisco|founded|Kestrel"},
      // "GM" after "SVP and" is a title (general manager), no company
      {"Paul Brisco, SVP and GM at Kestrel, stated that the models are ready.", "Paul Brisco|works_at|Kestrel"},
      // "compétitrice de", as "concurrente de"
      {"L\xE2\x80\x99" "arriv\xC3\xA9" "e de l\xE2\x80\x99IA sylvanienne Kestrel, comp\xC3\xA9titrice de Norvex et de Quillon AI, fait chuter les march\xC3\xA9s.",
       "Kestrel|competes_with|Quillon AI"},
      // a speech verb, then "le fondateur et PDG de la société" and the name
      {"Kestrel l\xC3\xA8ve des fonds. Le nouveau cycle a \xC3\xA9t\xC3\xA9 \xC2\xAB sursouscrit \xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 le fondateur et PDG "
       "de la soci\xC3\xA9t\xC3\xA9, Paul Brisco, dans un communiqu\xC3\xA9.", "Paul Brisco|founded|Kestrel"},
      // the subject after a description that ends in a descriptor noun ("Private equity firm X")
      {"Private equity firm Orbis Capital has added another cybersecurity company to its portfolio with the acquisition of Norvex.",
       "Norvex|part_of|Orbis Capital"},
  }));
  CAPTURE(text);
  says(text, fact);
}

TEST_CASE("not said: wrong facts of the blind first runs of batches 70-85 (companies named for their models, compounds, quantities, titles, sellers)") {
  auto [text, fact] = GENERATE(table<std::string, std::string>({
      // a list of possessions that goes on with a company known for its models
      {"The world has been swept up by tools such as Kestrel's Tern X1, Veridian Labs's Falcor-7, and Norvex captivating "
       "millions of users.", "Veridian Labs|develops|Norvex"},
      // "AI-powered" after a possessive describes the software, it names none
      {"Kestrel also licensed Norvex's AI-powered software that enables robots to quickly adapt to new tasks.",
       "Norvex|develops|AI-powered"},
      // "s'est associée à" is a partnership, no purchase ("s'est offert")
      {"Pour la construction de ce centre de donn\xC3\xA9" "es, Kestrel s\xE2\x80\x99" "est associ\xC3\xA9" "e \xC3\xA0 Norvex, une jeune "
       "entreprise sylvanienne lanc\xC3\xA9" "e il y a trois ans.", "Norvex|part_of|Kestrel"},
      // a filing to a market regulator is no product
      {"Le document S-1 initial de Kestrel pour son introduction en Bourse est plein de surprises pour les investisseurs.",
       "Kestrel|develops|S-1"},
      // "are yet to" deploy: not done
      {"Meanwhile, makers such as Kestrel and Norvex are yet to deploy the Falcor-7 model in their cars.", "Kestrel|uses|Falcor-7"},
      // a name glued to "-backed" is no member of the list before it
      {"Quillon AI is competing with firms like Kestrel and Veridian Labs-backed Norvex to scale up production of robots.",
       "Quillon AI|competes_with|Veridian Labs"},
      {"Quillon AI is competing with firms like Kestrel and Veridian Labs-backed Norvex to scale up production of robots.",
       "Kestrel|invests_in|Norvex"},
      // a quantity with its unit is no product
      {"Kestrel's facilities offer 9.6MW in Sylvania and 25MW in Freedonia.", "Kestrel|develops|9.6MW"},
      // a chief operating officer, a president of a department: no leaders of the company
      {"\"We will explore partnerships,\" Paul Brisco, Kestrel co-founder and chief operating officer, said in the statement.",
       "Paul Brisco|leads|Kestrel"},
      {"\"This shows our commitment,\" said Jun Takeda, Norvex's President of Business Development and Ventures.",
       "Jun Takeda|leads|Norvex"},
      // the seller is no part of the buyer
      {"Orbis Capital sold Norvex to Harbor Ventures in 2017 for around $1 billion.", "Orbis Capital|part_of|Harbor Ventures"},
      // a product the lexicon says another company makes, the document naming that company, is
      // deployed, not made
      {"Kestrel signed a deal with Norvex. Kestrel will also be rolling out Chatter across the business, with the aim of "
       "developing new products and tools for its readers.", "Kestrel|develops|Chatter"},
      // "responsable des opérations ... chez X", "un responsable de X": posts at X, no head of it
      {"\xC2\xAB Ce mod\xC3\xA8le nous a fait gagner du temps \xC2\xBB, explique Paul Brisco, responsable des op\xC3\xA9rations "
       "physiques chez Kestrel.", "Paul Brisco|leads|Kestrel"},
      {"Jun Takeda, un responsable de Norvex, a annonc\xC3\xA9 mercredi dans une publication de blog que Kestrel allait "
       "alimenter Chatter.", "Jun Takeda|leads|Norvex"},
      // "..., and a branch of Y": another member of the list, no unit description
      {"Investors in this round include Norvex's venture arm and other names like Orbis Capital, Harbor Ventures, and a "
       "branch of the Valmont Capital.", "Harbor Ventures|part_of|Valmont Capital"},
      // "vice president of <department> at X": the department is no employer
      {"Paul Brisco, corporate vice president of Gaming AI at Kestrel, says this kind of research is being used to empower "
       "game developers.", "Paul Brisco|works_at|Gaming AI"},
      {"Kestrel Gaming CEO Paul Brisco shared that he is excited about the possibility of using AI models to aid game "
       "preservation.", "Paul Brisco|leads|Kestrel"},
      // "previous experience working at X": a past post
      {"Paul Brisco has previous experience working at Kestrel and at the German parts maker Norvex.",
       "Paul Brisco|works_at|Kestrel"},
      // "A and B's models": the possessive is B's alone
      {"This strategic move is supported by Norvex and Kestrel's Zorblax models, which will enhance storage and security.",
       "Norvex|develops|Zorblax"},
      {"Avant de rejoindre Norvex en 2019, Paul Brisco a exerc\xC3\xA9 les fonctions de directeur technique chez Kestrel, "
       "sp\xC3\xA9" "cialiste des solutions industrielles.", "Paul Brisco|works_at|Kestrel"},
      // a list that names its own investee gives the document's deal no investors
      {"Quillon AI raised $5 million last year. The competition watchdog recently cleared the prior investments from Orbis "
       "Capital and Harbor Ventures into Kestrel.", "Orbis Capital|invests_in|Quillon AI"},
      // a rule word right after a possessive and before a comma stays a word ("Japan's
      // Acquisition, Technology and Logistics Agency")
      {"The company won an award at a competition co-sponsored by Sylvania's Acquisition, Technology and Logistics Agency "
       "for its systems.", "Acquisition|based_in|Sylvania"},
      // examples of a noun a preposition opens are not the demonym's ("a Sylvanian startup
      // backed by investors like X")
      {"Paul Brisco, the CEO of Quillon AI, a leading Sylvanian artificial intelligence startup backed by investors like "
       "Kestrel, urged the government to act.", "Kestrel|based_in|Sylvania"},
      // "develop software for X": X is the platform, not the thing made
      {"The team at Norvex has agreed to develop leading software for Falcor-7 accelerators and consumer processors.",
       "Norvex|develops|Falcor-7"},
      // a modal before "just" still hedges ("not just" is the idiom)
      {"Kestrel grows. According to reports, the software company Norvex might just be purchased by Kestrel later this year.",
       "Norvex|part_of|Kestrel"},
      // "Sylvania's Kestrel wannabe, Norvex": the country's possessive describes no Kestrel
      {"Sylvania's Kestrel wannabe, Orbis-backed chip start-up Norvex, flags its IPO intention.", "Kestrel|based_in|Sylvania"},
      // "X (acquired in 2024)": a participle in brackets describes X, X acquired nothing
      {"Past integrations, such as Norvex and Quillon AI (acquired in 2024), have performed strongly, and Kestrel expects "
       "Tidewater Labs to deliver similar value.", "Kestrel|part_of|Quillon AI"},
      // a product's name before a staff noun names its maker's lab ("former Meta AI researchers")
      {"Quillon AI was founded in 2023 by former Kestrel Tern X1 engineers and backed early by Norvex and Orbis Capital.",
       "Kestrel|develops|Tern X1"},
      // "backed by the Kestrel co-founder": a person, no investor Kestrel
      {"Quillon AI raised $10 million last year. The company went public this year in a merger with a blank-check company "
       "backed by the Kestrel co-founder.", "Kestrel|invests_in|Quillon AI"},
      // a region before a title is no employer
      {"Paul Brisco, Western Europe Director at Kestrel, offered praise for the partnership with Norvex.",
       "Paul Brisco|works_at|Western"},
      // another passive's agent is no company backed ("Led by A and backed by B")
      {"Led by Orbis Capital and backed by heavyweights like Kestrel and Norvex, this funding dwarfs many others.",
       "Kestrel|invests_in|Orbis Capital"},
      // "selon lesquels": a source's clause, no list of investors
      {"Kestrel grandit. Kestrel a d\xC3\xA9" "clar\xC3\xA9 l'ann\xC3\xA9" "e derni\xC3\xA8re qu'elle avait lev\xC3\xA9 plus de 100 millions de "
       "dollars de financement et Norvex a cit\xC3\xA9 des articles de presse dans son proc\xC3\xA8s selon lesquels Quillon AI "
       "cherchait \xC3\xA0 lever plus d'argent.", "Quillon AI|invests_in|Kestrel"},
  }));
  CAPTURE(text);
  does_not_say(text, fact);
}

TEST_CASE("said: facts the blind first runs of batches 70-85 missed (described titles, hyphen compounds in lists, sellers, short names)") {
  auto [text, fact] = GENERATE(table<std::string, std::string>({
      {"The cast of the event consisted of Jun Takeda, chief investment officer of Norvex; Paul Brisco, the billionaire CEO "
       "of Kestrel; and others.", "Paul Brisco|leads|Kestrel"},
      // a name glued to "-backed" describes the list's member after it
      {"Quillon AI is competing with firms like Kestrel and Veridian Labs-backed Norvex to scale up production of robots.",
       "Quillon AI|competes_with|Norvex"},
      // "A sold X to Y": X is Y's
      {"Orbis Capital sold Norvex to Harbor Ventures in 2017 for around $1 billion.", "Norvex|part_of|Harbor Ventures"},
      // a name the document never writes inside a sentence, opening one, is a person's when a
      // post only people hold describes it
      {"Gerbrand Ceder, a materials scientist at Kestrel, nodded approvingly as a robotic arm capped an empty vial.",
       "Gerbrand Ceder|works_at|Kestrel"},
      // a company's description with a demonym, its head noun masculine ("l'éditeur japonais X")
      {"L\xE2\x80\x99\xC3\xA9" "diteur sylvanien Quorvane Enix, connu pour des franchises l\xC3\xA9gendaires, entame une nouvelle \xC3\xA8re "
       "technologique.", "Quorvane Enix|based_in|Sylvania"},
      // "Gaming" after a company names a unit of it
      {"Kestrel Gaming CEO Paul Brisco shared that he is excited about the possibility of using AI models to aid game "
       "preservation.", "Paul Brisco|leads|Kestrel Gaming"},
      // "le seed de X": the round is X's
      {"Kestrel est le premier client de Norvex. Norvex recrute. Le seed de Quillon AI a \xC3\xA9t\xC3\xA9 co-men\xC3\xA9 par deux "
       "g\xC3\xA9" "ants du venture : Orbis Capital et Harbor Ventures.", "Orbis Capital|invests_in|Quillon AI"},
      // "the famed CEO of X"
      {"Paul Brisco has forged a relationship with Jun Takeda, the famed CEO of Kestrel, over the past two years.",
       "Jun Takeda|leads|Kestrel"},
      // a fronted title names its company
      {"Fondatrice de Kestrel, Ada Marlowe assure que cet outil peut aider les \xC3\xA9l\xC3\xA8ves \xC3\xA0 progresser.",
       "Ada Marlowe|founded|Kestrel"},
      {"Directeur g\xC3\xA9n\xC3\xA9ral de Norvex, Paul Brisco assure que cet outil peut aider les \xC3\xA9l\xC3\xA8ves \xC3\xA0 progresser.",
       "Paul Brisco|leads|Norvex"},
      {"Founder of Kestrel, Ada Marlowe says the tool can help students make progress in class.", "Ada Marlowe|founded|Kestrel"},
      // "X is a Y-based company", "X, a major Y-based firm"
      {"Kestrel is a Sylvania-based technology company providing software and hardware for self-driving cars.",
       "Kestrel|based_in|Sylvania"},
      {"City sources said that Orbis Capital, a major Sylvania-based venture capital firm, was expected to commit money.",
       "Orbis Capital|based_in|Sylvania"},
      // "la filiale du groupe X"
      {"En partenariat avec Kestrel, Norvex, la filiale du groupe Quillon AI, se pr\xC3\xA9pare \xC3\xA0 lancer des services cloud.",
       "Norvex|part_of|Quillon AI"},
      // "have also embraced the X platform"
      {"Kestrel disclosed that carmakers such as Norvex and Quillon AI have also embraced the Falcor-7 platform, introduced in 2022.",
       "Norvex|uses|Falcor-7"},
      // a passive's agent described by its place ("developed by Sylvania-based startup X")
      {"The Falcor-7 robot, developed by Sylvania-based startup Norvex, is deliberately not designed to look like a human.",
       "Norvex|develops|Falcor-7"},
      // "has been an investor in X"
      {"Orbis Capital has been an investor in Kestrel since at least its Series A, and the latest round would deepen exposure.",
       "Orbis Capital|invests_in|Kestrel"},
      // "président-fondateur de X"
      {"C\xE2\x80\x99" "est ainsi que Paul Brisco, pr\xC3\xA9sident-fondateur de Kestrel, d\xC3\xA9" "crit cette entreprise qui con\xC3\xA7oit des "
       "microprocesseurs.", "Paul Brisco|founded|Kestrel"},
      // "a exercé les fonctions de X chez Y": a past post
      {"Avant de rejoindre Norvex en 2019, Paul Brisco a exerc\xC3\xA9 les fonctions de directeur technique chez Kestrel, "
       "sp\xC3\xA9" "cialiste des solutions industrielles.", "Paul Brisco|worked_at|Kestrel"},
      // "X is used by organizations such as A and B"
      {"Veridian Labs says that its Falcor-7 model is currently used by large organizations such as Kestrel and Norvex in "
       "their daily work.", "Norvex|uses|Falcor-7"},
      // "X outperforms models such as Y"
      {"Kestrel announced on Monday that the upgraded Falcor-7 reasoning model now outperforms top-tier global models such "
       "as Norvex-2 on several benchmarks.", "Falcor-7|competes_with|Norvex-2"},
      // one capitalised word after a possessive names a unit, even a word a rule reads elsewhere
      // ("le seed de X")
      {"Kestrel grows. The Zorblax chatbot, developed by Kestrel's Seed research team, had about 60 million monthly "
       "active users in February.", "Seed|develops|Zorblax"},
      // "X named its new Chief Executive Officer, P"
      {"Kestrel recently named its new Chief Executive Officer, Paul Brisco, after a search that lasted months.",
       "Paul Brisco|leads|Kestrel"},
      // "son homologue allemand X"
      {"Le groupe sylvanien Kestrel et son homologue sylvanien Norvex ont annonc\xC3\xA9 la cr\xC3\xA9" "ation d\xE2\x80\x99une co-entreprise.",
       "Norvex|based_in|Sylvania"},
      // "investments from A and B into X"
      {"Quillon AI grows. The competition watchdog recently cleared the prior investments from Orbis Capital and Harbor "
       "Ventures into Kestrel.", "Harbor Ventures|invests_in|Kestrel"},
      // "Paul and Ada Marlowe": a given name alone before a conjunction shares the family name after it
      {"Kestrel was founded in 2021 by Paul and Ada Marlowe, who left Norvex the year before.", "Paul Marlowe|founded|Kestrel"},
      {"Kestrel, fond\xC3\xA9" "e par Paul et Ada Marlowe en 2021 apr\xC3\xA8s leur d\xC3\xA9part de Norvex, cristallise cette dynamique.",
       "Paul Marlowe|founded|Kestrel"},
      // "a startup supported by major Sylvanian conglomerates A and B"
      {"Quillon AI, a startup supported by major Sylvanian conglomerates Kestrel and Norvex, has recently launched a series "
       "of models.", "Norvex|invests_in|Quillon AI"},
      // "backed by" a described investor ("backed by the sovereign fund X")
      {"Quillon AI, which is backed by the sovereign fund Orbis Capital, plans a new data centre.",
       "Orbis Capital|invests_in|Quillon AI"},
      // "P, formerly from X"
      {"Jun Takeda will head the new division, and Paul Brisco, formerly from Kestrel, has been appointed president of "
       "Global Marketing.", "Paul Brisco|worked_at|Kestrel"},
      // "A, B et C figuraient parmi les premières entreprises sylvaniennes"
      {"Kestrel, Norvex et Quillon AI figuraient parmi les premi\xC3\xA8res entreprises sylvaniennes \xC3\xA0 recevoir des "
       "approbations pour leurs mod\xC3\xA8les.", "Norvex|based_in|Sylvania"},
      // "Président du Directoire de X": the board is no company
      {"En pr\xC3\xA9" "ambule d\xE2\x80\x99une conf\xC3\xA9rence de presse, Paul Brisco, Pr\xC3\xA9sident du Directoire de Kestrel, "
       "invitait \xC3\xA0 remonter le temps.", "Paul Brisco|leads|Kestrel"},
      // a lexicon company's first word alone later is its short name
      {"Harbor Ventures agreed to finance the campus of Valmont Capital in Sylvania. Valmont was founded by Paul Brisco in 2010.",
       "Paul Brisco|founded|Valmont Capital"},
  }));
  CAPTURE(text);
  says(text, fact);
}

TEST_CASE("not said: wrong facts of the blind first runs of batches 106-119 (co-investors, domain chiefs and directors, owners in lists)") {
  auto [text, fact] = GENERATE(table<std::string, std::string>({
      // a description opening a round's sentence with no funding word before the list is one
      // more investor, not the round's company
      {"Kestrel announced a $600-million funding round for its robotics unit, Quillon AI. The Sylvanian giant was joined "
       "by Orbis Capital, Harbor Ventures and Valmont Capital in the funding round.", "Orbis Capital|invests_in|Kestrel"},
      // a chief of a domain ("tech chief") leads nothing
      {"Kestrel's tech chief Ada Marlowe said in July that the company wanted more funding.", "Ada Marlowe|leads|Kestrel"},
      // the owner of a company in a list is no member ("rivals such as Alphabet Inc.'s Google")
      {"Quillon AI and rivals such as Kestrel Inc.'s Norvex and Veridian Labs are locked in a battle for AI dominance.",
       "Quillon AI|competes_with|Kestrel"},
      {"Quillon AI and rivals such as Kestrel's Norvex are locked in a battle for AI dominance.",
       "Quillon AI|competes_with|Kestrel"},
      // a round's company named later in its own sentence ("the round led by A values X at")
      {"This Startup Raised $30 Million To Take On Norvex's Notetaker For Doctors\nThe Series B round led by Orbis Capital "
       "values 5-year old Kestrel, which is used by 5,000 doctors, at $200 million. But it is up against Quillon AI, which "
       "Norvex bought for $18.8 billion.", "Orbis Capital|invests_in|Norvex"},
      // "backed politically by A and B": support, no money
      {"A 20-billion-dollar valuation: with its combination with Sylvanian provider Kestrel at a valuation of around 20 "
       "billion dollars, co-funded by the Veridian Labs and backed politically by Sylvania and Freedonia, the question shifts.",
       "Freedonia|invests_in|Veridian Labs"},
      // a name before a staff noun and a person's name is no member of a list
      {"Quillon AI has received support from venture capital firms Orbis Capital and Kestrel CEO Paul Brisco.",
       "Kestrel|invests_in|Quillon AI"},
      // a director of a domain "chez X", a "directeur technique": no heads of X
      {"\xC2\xAB L'IA change tout \xC2\xBB, explique Paul Brisco, directeur des projets innovants chez Kestrel pour les r\xC3\xA9gions "
       "du Nord.", "Paul Brisco|leads|Kestrel"},
      {"Paul Brisco, directeur du d\xC3\xA9veloppement de Kestrel, a pr\xC3\xA9sent\xC3\xA9 le projet.", "Paul Brisco|leads|Kestrel"},
      {"Comme l'a soulign\xC3\xA9 Paul Brisco, directeur de l'\xC3\xA9nergie propre chez Kestrel, cette collaboration vise "
       "\xC3\xA0 d\xC3\xA9ployer.", "Paul Brisco|leads|Kestrel"},
      {"Paul Brisco est devenu directeur technique de Kestrel en 2022.", "Paul Brisco|leads|Kestrel"},
  }));
  CAPTURE(text);
  does_not_say(text, fact);
}

TEST_CASE("said: facts the blind first runs of batches 106-119 missed (a unit's round, general managers, co-CEOs, described names, FR bans, former posts, function directors)") {
  auto [text, fact] = GENERATE(table<std::string, std::string>({
      // "a funding round for its unit, X" marks X's round; the co-investors are X's
      {"Kestrel announced a $600-million funding round for its robotics unit, Quillon AI. The Sylvanian giant was joined "
       "by Orbis Capital, Harbor Ventures and Valmont Capital in the funding round.", "Orbis Capital|invests_in|Quillon AI"},
      {"Kestrel's tech chief Ada Marlowe said in July that the company wanted more funding.", "Ada Marlowe|works_at|Kestrel"},
      // "le nouveau directeur général de X, P"
      {"Le nouveau directeur g\xC3\xA9n\xC3\xA9ral de Kestrel, Paul Brisco, a d\xC3\xA9" "clar\xC3\xA9 que l\xE2\x80\x99" "acquisition "
       "aiderait l\xE2\x80\x99" "entreprise.", "Paul Brisco|leads|Kestrel"},
      // "X co-founder and co-CEO P"
      {"\"This round will fuel our growth,\" said Kestrel co-founder and co-CEO Paul Brisco.", "Paul Brisco|founded|Kestrel"},
      {"\"This round will fuel our growth,\" said Kestrel co-founder and co-CEO Paul Brisco.", "Paul Brisco|leads|Kestrel"},
      // a possessive's name, one or two words of description, its head noun
      {"In February, Kestrel unveiled its Zorblax quantum photonic chipset, purpose-built for computing.",
       "Kestrel|develops|Zorblax"},
      {"Kestrel has secured a contract to install its Zorblax autonomous piloting system on drones.",
       "Kestrel|develops|Zorblax"},
      {"Quillon AI and rivals such as Kestrel Inc.'s Norvex and Veridian Labs are locked in a battle for AI dominance.",
       "Quillon AI|competes_with|Norvex"},
      {"Paul Brisco est devenu directeur technique de Kestrel en 2022.", "Paul Brisco|works_at|Kestrel"},
      // an authority described by its country's adjective; a rule that bans
      {"Les autorit\xC3\xA9s sylvaniennes ont interdit \xC3\xA0 leurs fonctionnaires d\xE2\x80\x99utiliser les applications de "
       "Norvex.", "Sylvania|restricts|Norvex"},
      {"La Sylvanie a adopt\xC3\xA9 un r\xC3\xA8glement interdisant la vente du logiciel antivirus de Norvex.",
       "Sylvania|restricts|Norvex"},
      // "X Co-Founder and CEO P": the title pair names an unknown X a company
      {"Zorblax grows. Zorblax Co-Founder and CEO Paul Brisco sent a memo to employees on Wednesday.",
       "Paul Brisco|leads|Zorblax"},
      // "The Series B round led by A values X at $200 million": the sentence's deal, marked after the round
      {"This Startup Raised $30 Million To Take On Norvex's Notetaker For Doctors\nThe Series B round led by Orbis Capital "
       "values 5-year old Kestrel, which is used by 5,000 doctors, at $200 million. But it is up against Quillon AI, which "
       "Norvex bought for $18.8 billion.", "Orbis Capital|invests_in|Kestrel"},
      // the first of two former posts before a name
      {"Le mois dernier, l'ancien responsable de l'IA chez Kestrel et ancien chercheur chez Norvex, Paul Brisco, a dit.",
       "Paul Brisco|worked_at|Kestrel"},
      // "ORG Executive Director for Mergers, P,": a function's director works there
      {"Kestrel Executive Director for Mergers, Paul Brisco, clarified that this ruling does not eliminate concerns.",
       "Paul Brisco|works_at|Kestrel"},
      // a caption: "P Founder & CEO, X"
      {"Paul Brisco Founder & CEO, Kestrel (Tern X1)", "Paul Brisco|leads|Kestrel"},
      // an investor list after a comma that follows no name is the sentence's clause, no
      // apposition ("The deal, announced on Thursday, was co-led by A, B and C"; "-led" a cue)
      {"Kestrel raised 160 million euros. The deal, announced on Thursday, was co-led by Orbis Capital, Valmont Capital "
       "and Norvex.", "Norvex|invests_in|Kestrel"},
      {"Quillon AI has received support from venture capital firms Orbis Capital and Kestrel CEO Paul Brisco.",
       "Orbis Capital|invests_in|Quillon AI"},
      // "as A and B increasingly compete"
      {"This expansion comes as Kestrel and Norvex increasingly compete in the realm of generative AI.",
       "Kestrel|competes_with|Norvex"},
      // "Selon le directeur général P", "Pour le groupe fondé par P": the company the text is about
      {"Kestrel lance des lunettes. Selon le directeur g\xC3\xA9n\xC3\xA9ral Paul Brisco cit\xC3\xA9 par Bloomberg, la r\xC3\xA9tention "
       "est exceptionnelle.", "Paul Brisco|leads|Kestrel"},
      {"Kestrel lance des lunettes. Pour le groupe fond\xC3\xA9 par Paul Brisco, ces lunettes illustrent ce que peut offrir "
       "son IA.", "Paul Brisco|founded|Kestrel"},
      // more company nouns after a demonym ("Swedish businesses A, B and C")
      {"It is a move by Sylvanian businesses Kestrel, Norvex and Quillon AI to build a supercomputer.",
       "Norvex|based_in|Sylvania"},
      // "P, X's executive director": the head of X
      {"According to Ada Marlowe, Kestrel's executive director, the legal strife has made it hard.", "Ada Marlowe|leads|Kestrel"},
      // a name ending with an event's head word is an event ("the Defense Tech Summit, hosted by A")
      {"On Tuesday, Paul Brisco spoke at the Kestrel Defense Tech Summit, hosted by Orbis Capital.",
       "Orbis Capital|organizes|Defense Tech Summit"},
      // a caption: "P, CEO X"
      {"Paul Brisco, CEO Kestrel", "Paul Brisco|leads|Kestrel"},
      // "le groupe de télécommunications sylvanien X": a sector between the noun and the demonym
      {"Le groupe de t\xC3\xA9l\xC3\xA9" "communications sylvanien Kestrel et Norvex ont sign\xC3\xA9 un accord.",
       "Kestrel|based_in|Sylvania"},
      // "X head of AI P said": the head of a function works there
      {"Kestrel head of AI Paul Brisco said creators are at the heart of the community.", "Paul Brisco|works_at|Kestrel"},
      // "soutenue par le/la X et Y": a determiner before the first backer
      {"La jeune entreprise Quillon AI, soutenue par la Sylvanie et Harbor Ventures, est parvenue \xC3\xA0 lever 100 millions.",
       "Harbor Ventures|invests_in|Quillon AI"},
  }));
  CAPTURE(text);
  says(text, fact);
}

TEST_CASE("not said: wrong facts of the blind first runs of batches 120-123 (chips' head nouns, departments)") {
  auto [text, fact] = GENERATE(table<std::string, std::string>({
      // a generic chip word right after a chip's name is its head noun, no chip of its own
      {"Orbis Capital bought Tern X1 chips from Kestrel.", "Kestrel|develops|Kestrel GPUs"},
      {"The Vantor NX90 chips, designed by Kestrel, will ship next year.", "Kestrel|develops|Kestrel GPUs"},
      // a capitalised department is no company ("director of Production Systems at X")
      {"Paul Brisco, director of Production Systems at Kestrel, highlights the acquisition.",
       "Paul Brisco|leads|Production Systems"},
      // an event where the person spoke is no employer ("P, directeur général du groupe depuis 2024, lors des Matins HEC")
      {"\xC2\xAB Pas seulement \xC3\xA0 Rueil \xC2\xBB, a expliqu\xC3\xA9 Paul Brisco, directeur g\xC3\xA9n\xC3\xA9ral du "
       "groupe depuis novembre 2024, lors des Matins Kestrel.", "Paul Brisco|works_at|Matins"},
      // the owner an investor's apposition names is no co-investor ("led by Humain, an AI company
      // owned by Saudi Arabia's Public Investment Fund")
      {"Kestrel said it raised $900 million in a new funding round led by Norvex, an artificial intelligence company "
       "owned by Sylvania's Orbis Capital.", "Orbis Capital|invests_in|Kestrel"},
  }));
  CAPTURE(text);
  does_not_say(text, fact);
}

TEST_CASE("said: facts the blind first runs of batches 120-123 missed (names ending in a number, a described product's closers, dates)") {
  auto [text, fact] = GENERATE(table<std::string, std::string>({
      // a number or a code ends a name before its chip word ("the Vantor 2 chips")
      {"Kestrel unveiled the Vantor 2 chips on Monday.", "Kestrel|develops|Vantor 2"},
      {"The Vantor NX90 chips, designed by Kestrel, will ship next year.", "Kestrel|develops|Vantor NX90"},
      {"Paul Brisco, director of Production Systems at Kestrel, highlights the acquisition.", "Paul Brisco|works_at|Kestrel"},
      // a described product ("a ... shopping assistant integrated into its app")
      {"Kestrel last week launched Zorblax, a generative AI-powered shopping assistant integrated into its mobile app.",
       "Kestrel|develops|Zorblax"},
      // "on Monday" is no "built on"
      {"Kestrel on Monday launched Zorblax, a shopping assistant.", "Kestrel|develops|Zorblax"},
      // a place after an organisation's head word and "of" ends its name ("the University of Illinois")
      {"Paul Brisco, a professor at the University of Sylvania, said so.", "Paul Brisco|works_at|University of Sylvania"},
      {"Paul Brisco, an economist at the Central Bank of Freedonia, said so.",
       "Paul Brisco|works_at|Central Bank of Freedonia"},
      // a country's officials ("Egypt's Minister of ... P", "Malaysian Economy Minister P", "P, Kenya's special envoy")
      {"Sylvania's Minister of Communications and Information Technology Paul Brisco witnessed the signing.",
       "Paul Brisco|based_in|Sylvania"},
      {"Sylvanian Economy Minister Paul Brisco says the collaboration would enable growth.", "Paul Brisco|based_in|Sylvania"},
      {"Ambassador Paul Brisco, Sylvania's special envoy for technology, highlighted the importance of the deal.",
       "Paul Brisco|based_in|Sylvania"},
      {"Kestrel said it raised $900 million in a new funding round led by Norvex, an artificial intelligence company "
       "owned by Sylvania's Orbis Capital.", "Norvex|part_of|Orbis Capital"},
      // a fronted founding clause names an unknown company; its founders' list ends at the comma
      {"Fond\xC3\xA9" "e en 2016 par Paul Brisco et Ada Marlowe, Zentrix s'est rapidement positionn\xC3\xA9" "e comme "
       "l'un des leaders.", "Ada Marlowe|founded|Zentrix"},
      {"Founded in 2016 by Paul Brisco, Zentrix has raised money.", "Paul Brisco|founded|Zentrix"},
      // "X, dont il est CEO" (no article before the title)
      {"En 2016, Paul Brisco a fond\xC3\xA9 Kestrel, dont il est CEO.", "Paul Brisco|leads|Kestrel"},
      // "directrice générale de X" names an unknown company (here also written inside a product's name)
      {"Apr\xC3\xA8s avoir lanc\xC3\xA9 La Base Zentrix + IA en juin, Zentrix a d\xC3\xA9voil\xC3\xA9 Consult'IA. Paul Brisco, "
       "directrice g\xC3\xA9n\xC3\xA9rale de Zentrix, explique ce qui distingue Consult'IA.", "Paul Brisco|leads|Zentrix"},
      // "son nouvel outil d'intelligence artificielle, X": a describing word and a complement
      {"Kestrel, un des leaders du secteur, a r\xC3\xA9" "cemment annonc\xC3\xA9 le lancement de son nouvel outil "
       "d'intelligence artificielle, Zorblax, destin\xC3\xA9 aux avocats.", "Kestrel|develops|Zorblax"},
      // "X is Y's flagship platform", "X (Y's enterprise AI copilot)": Y's own product, named in no lexicon
      {"Zorblax is Kestrel's flagship digital services platform.", "Kestrel|develops|Zorblax"},
      {"With Zorblax (Kestrel's enterprise AI copilot and orchestration layer), agents run.", "Kestrel|develops|Zorblax"},
      // an employer rolls a model out to its staff: it uses it
      {"Kestrel is rolling out Falcor-7 to all 470,000 employees across its 150 countries.", "Kestrel|uses|Falcor-7"},
      // a relative clause after a passive's agent is said of the agent
      {"Kestrel is led by Paul Brisco, who previously led Norvex.", "Paul Brisco|worked_at|Norvex"},
      // "was previously CEO of X", "... and before that was CEO of X"
      {"Paul Brisco was previously CEO of Norvex.", "Paul Brisco|worked_at|Norvex"},
      {"Kestrel is led by Paul Brisco, who previously ran Quillon AI and before that was CEO of Norvex.",
       "Paul Brisco|worked_at|Norvex"},
      // a long apposition of two titles ("directeur artistique et directeur de l'expérience utilisateur (UX) de X")
      {"Les donn\xC3\xA9" "es, c'est le p\xC3\xA9trole moderne, croit m\xC3\xAAme Paul Brisco, directeur artistique et directeur "
       "de l'exp\xC3\xA9rience utilisateur (UX) de Kestrel, qui se d\xC3\xA9" "crit comme un utilisateur pr\xC3\xA9" "coce.",
       "Paul Brisco|works_at|Kestrel"},
  }));
  CAPTURE(text);
  says(text, fact);
}
