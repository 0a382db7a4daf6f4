// Tokenizer, boilerplate filter and sentence splitter.
#include <catch2/catch.hpp>

#include "kg/extract/extractor.hpp"
#include "kg/text.hpp"
#include "stages.hpp"

using namespace kg::extract;
using namespace kg::extract::detail;
using kg::extract::test::keys;
using kg::extract::test::text_rules;

namespace {
std::vector<std::string> sentences_of(const std::string& text) {
  Extractor x = make_extractor({}, {}, false, true);
  std::vector<std::string> out;
  for (auto [a, b] : x.sentences(text)) out.push_back(text.substr(a, b - a));
  return out;
}
}  // namespace

TEST_CASE("tokens: elisions, possessives, hyphens, decimals (FR and EN)") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Qwen d'Alibaba", "qwen d' alibaba"},
      {"l\xE2\x80\x99" "Am\xC3\xA9rique", "l' amerique"},
      {"OpenAI's GPT-4", "openai 's gpt-4"},
      {"l\xE2\x80\x99Openai\xE2\x80\x99sGPT-4", "l' openai 's gpt-4"},
      {"King's College", "king 's college"},
      {"4,35 milliards de HK$", "4,35 milliards de hk $"},
      {"les U.S. et Z.ai", "les u.s . et z.ai"},
      {"Photo: Bloomberg.Google", "photo : bloomberg . google"},
      {"aujourd'hui", "aujourd'hui"},
      {"don't", "don't"},
      {"co-fondatrice de DeepSeek-R1", "co-fondatrice de deepseek-r1"},
      {"\xC2\xAB Citation \xC2\xBB", "\xC2\xAB citation \xC2\xBB"},
      {"qu'Amazon Web Services", "qu' amazon web services"},
      // reference marks glued to a word or a stop are dropped; brackets with a space kept
      {"Qualcomm[2] is, in 1985.[12][a]", "qualcomm is , in 1985 ."},
      {"the list [2] here", "the list [ 2 ] here"},
      // a prefix glued to a capitalised name is a word of its own; other hyphenated words stay whole
      {"an ex-OpenAI researcher", "an ex openai researcher"},
      {"l'ex-Google Eric Schmidt", "l' ex google eric schmidt"},
      {"the ex-employee, the ex-CEO, l'ex-PDG", "the ex-employee , the ex-ceo , l' ex-pdg"},
      // an abbreviation's final dot before a hyphen suffix: the name and the suffix ("U.S.-based")
      {"the U.S.-based startup", "the u.s -based startup"},
      // an abbreviation's final dot before "'s": the name and the possessive ("Inc.'s")
      {"Alphabet Inc.\xE2\x80\x99s Google, Nvidia Corp.'s chips", "alphabet inc 's google , nvidia corp 's chips"},
      // a non-breaking or Unicode hyphen inside a word reads as '-'
      {"Vice\xE2\x80\x91" "President, co\xE2\x80\x90" "founder", "vice-president , co-founder"},
  }));
  CAPTURE(text);
  CHECK(keys(text) == expected);
}

TEST_CASE("tokens keep byte offsets into the original text") {
  const std::string s = "Le mod\xC3\xA8le d\xE2\x80\x99OpenAI.";
  std::vector<Token> t;
  tokenize(s, 0, s.size(), text_rules(), t);
  REQUIRE(t.size() == 5);
  CHECK(s.substr(t[1].start, t[1].end - t[1].start) == "mod\xC3\xA8le");
  CHECK(s.substr(t[2].start, t[2].end - t[2].start) == "d\xE2\x80\x99");
  CHECK(s.substr(t[3].start, t[3].end - t[3].start) == "OpenAI");
  CHECK(t[3].upper);
  CHECK_FALSE(t[1].upper);
}

TEST_CASE("sentences: abbreviations, decimals, quotes, headings (FR and EN)") {
  auto [text, count] = GENERATE(table<std::string, std::size_t>({
      {"Tang Jie a fond\xC3\xA9 Zhipu AI, qui a lev\xC3\xA9 4,35 milliards. Il sourit.", 2},
      {"The U.S. government said so. Nvidia agreed.", 2},
      {"M. Dupont est venu. Il est reparti.", 2},
      {"\xC2\xAB Nous avons un avantage. \xC2\xBB Il a ajout\xC3\xA9 cela.", 2},
      {"Un titre sans point\nLe texte suit ici. Et encore.", 3},
      {"Wait... Then it happened.", 2},
      {"Version 2.5 est sortie le 3.4.2025 chez DeepSeek.", 1},
      {"Dr. Smith met John F. Kennedy.", 1},
      // two sentences a web copy glued together ("Photo: Bloomberg.Google is investing"),
      // not a name's inner stop ("Z.ai", "U.S.A", "Node.JS")
      {"Photo: Bloomberg.Google is investing in Runway.", 2},
      {"Nvidia said so.During the call, Z.ai and Node.JS came up in the U.S.A today.", 2},
      // ... before an acronym after a word of lower-case letters only ("briefing.SK Telecom"),
      // not inside a name ("Character.AI", "DeepLearning.AI")
      {"He told a press briefing.SK Telecom will lead the project.", 2},
      {"Character.AI and DeepLearning.AI met Safran.AI in Paris.", 1},
  }));
  CAPTURE(text);
  CHECK(sentences_of(text).size() == count);
}

TEST_CASE("sentence offsets cut the verbatim sentence out of the text") {
  const std::string text = "Titre\n\nPremi\xC3\xA8re phrase ici. Seconde phrase l\xC3\xA0 !\n";
  auto s = sentences_of(text);
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Titre");
  CHECK(s[1] == "Premi\xC3\xA8re phrase ici.");
  CHECK(s[2] == "Seconde phrase l\xC3\xA0 !");
}

TEST_CASE("boilerplate lines and sentences are dropped, article lines kept") {
  auto [line, kept] = GENERATE(table<std::string, bool>({
      {"Alibaba a lanc\xC3\xA9 Qwen 3 cette semaine, selon le journal.", true},
      {"Cette page peut inclure du contenu de tiers fourni \xC3\xA0 des fins d'information.", false},
      {"Clause de non-responsabilit\xC3\xA9 : ceci n'est pas un conseil.", false},
      {"Cours Moonveil(MORE) $0.002207 +1.89%", false},
      {"BTC $97,120.5 -2.3%", false},
      {"Source : https://example.com/article/123", false},
      {"R\xC3\xA9pondre0", false},
      {"13 J'aime", false},
      {"Voir l'originalR\xC3\xA9pondre0", false},
      {"0/400", false},
      {"This page may include third-party content.", false},
      {"Nvidia shares rose 3% on Monday after the results.", true},
      // reader comments' stamps: a short line with a digit and "il y a" / "ago" as words
      {"Il y a 20h", false},
      {"5 hours ago", false},
      {"Il y avait 3 offres", true},
      {"Chicago 2025", true},
  }));
  CAPTURE(line);
  const std::string text = "Premier paragraphe de l'article avec assez de texte.\n" + line + "\n";
  std::vector<Token> toks;
  std::vector<std::pair<std::size_t, std::size_t>> sents;
  std::vector<Dropped> dropped;
  kept_sentences(text, text_rules(), toks, sents, &dropped);
  bool found = false;
  for (auto [a, b] : sents) found = found || text.substr(toks[a].start, toks[b - 1].end - toks[a].start) == line;
  CHECK(found == kept);
  // what is not kept is said, with a reason
  bool said = false;
  for (const auto& d : dropped) said = said || (text.substr(d.start, d.end - d.start) == line && !d.reason.empty());
  CHECK(said == !kept);
}

TEST_CASE("boilerplate goes by sentence: a phrase drops its sentence, never the rest of its line") {
  auto [text, kept, why] = GENERATE(table<std::string, std::string, std::string>({
      // one line: a cue in the first 200 bytes used to drop all of it
      {"Lire aussi : DeepSeek inqui\xC3\xA8te. Alibaba a lanc\xC3\xA9 Qwen 3. Tencent suit.",
       "Alibaba a lanc\xC3\xA9 Qwen 3.|Tencent suit.", "boilerplate phrase \"lire aussi\""},
      {"Read more: DeepSeek worries. Alibaba released Qwen 3. Tencent follows.",
       "Alibaba released Qwen 3.|Tencent follows.", "boilerplate phrase \"read more:\""},
      {"Alibaba released Qwen 3. Disclaimer: not investment advice. Tencent follows.",
       "Alibaba released Qwen 3.|Tencent follows.", "boilerplate phrase \"disclaimer:\""},
      // a teaser its line repeats: the teaser goes, the text stays
      {"Alibaba a lanc\xC3\xA9 Qwen 3 cette semaine selon le journal, et ce n'est qu'un d\xC3\xA9" "but. "
       "Alibaba a lanc\xC3\xA9 Qwen 3 cette semaine selon le journal, et ce n'est qu'un d\xC3\xA9" "but. Tencent suit.",
       "Alibaba a lanc\xC3\xA9 Qwen 3 cette semaine selon le journal, et ce n'est qu'un d\xC3\xA9" "but.|Tencent suit.",
       "teaser repeated by its line"},
  }));
  CAPTURE(text);
  std::vector<Dropped> dropped;
  const auto sents = make_extractor({}, {}, false, true).sentences(text, &dropped);
  std::string got;
  for (auto [a, b] : sents) got += (got.empty() ? "" : "|") + text.substr(a, b - a);
  CHECK(got == kept);
  REQUIRE(dropped.size() == 1);
  CHECK(dropped[0].reason == why);
}

TEST_CASE("a document of boilerplate only is dropped part by part, each part said") {
  const std::string text = "Read more: Nvidia unveils a chip\nR\xC3\xA9pondre0\n13 J'aime\n";
  std::vector<Dropped> dropped;
  const auto sents = make_extractor({}, {}, false, true).sentences(text, &dropped);
  CHECK(sents.empty());
  REQUIRE(dropped.size() == 3);
  CHECK(dropped[0].reason == "boilerplate phrase \"read more:\"");
  CHECK(dropped[1].reason == "comment widget");
  for (std::size_t i = 1; i < dropped.size(); ++i) CHECK(dropped[i - 1].end <= dropped[i].start);
}

TEST_CASE("reader comments and repeated paragraphs are dropped") {
  const std::string para = "Tencent a nomm\xC3\xA9 Yao Shunyu scientifique en chef de l'IA en d\xC3\xA9" "cembre.";
  const std::string text = para + "\n" +
                           "SignatureLiquidator\n\xC2\xB7 Il y a 20h\nAvoir fondu 1 milliard et pr\xC3\xA9tendre que Meta a gagn\xC3\xA9 ?\n"
                           "Voir l'originalR\xC3\xA9pondre0\n"
                           "AirdropHustler\n\xC2\xB7 01-13 01:51\nLes \xC3\x89tats-Unis restent les \xC3\x89tats-Unis.\n"
                           "Voir l'originalR\xC3\xA9pondre0\n" +
                           para + "\n";
  auto spans = content_blocks(text, text_rules().boilerplate);
  REQUIRE(spans.size() == 1);
  CHECK(text.substr(spans[0].start, spans[0].end - spans[0].start) == para);
  CHECK(spans[0].start == 0);
}

TEST_CASE("an article's own update stamp is no reader comment: the paragraph after it stays") {
  // a real-news page lost its lead paragraph so ("Updated 56 minutes ago\n\nTAIPEI (AP) — ...")
  const std::string lead = "TAIPEI (AP) \xE2\x80\x94 Sylvania has added Kestrel to its export control list.";
  for (const std::string stamp : {"Updated 56 minutes ago", "Mis \xC3\xA0 jour il y a 2 h"}) {
    const std::string text = "Sylvania adds Kestrel to list\n" + stamp + "\n\n" + lead + "\n";
    CAPTURE(stamp);
    auto spans = content_blocks(text, text_rules().boilerplate);
    bool found = false;
    for (auto sp : spans) found = found || text.substr(sp.start, sp.end - sp.start) == lead;
    CHECK(found);
  }
}

TEST_CASE("the Latin fast fold gives what name_key gives, or declines") {
  const char* samples[] = {
      "L\xE2\x80\x99" "\xC3\x89tat fran\xC3\xA7" "ais a d\xC3\xA9" "cid\xC3\xA9",
      "  Stra\xC3\x9F" "e  \xC3\x86sir \xC3\x98resund  ",
      "\xC2\xAB Citation \xC2\xBB \xE2\x80\x94 fin",
      "un\xC2\xA0" "espace\xE2\x80\xAF" "fin \xC5\x92uvre \xC5\x93uf",
      "DeepSeek-R1 and O'Brien's \xE2\x80\x9Cquote\xE2\x80\x9D",
      "\xC3\x80 \xC3\xBF \xC3\x9D \xC3\x90 \xC3\x9E \xC3\x97 \xC3\xB7",
  };
  for (const char* s : samples) {
    std::string fast;
    CAPTURE(s);
    REQUIRE(fast_fold(s, fast));
    CHECK(fast == kg::text::name_key(s));
  }
  std::string out;
  CHECK_FALSE(fast_fold("\xE4\xB8\xAD\xE5\x9B\xBD", out));  // CJK: left to name_key
  CHECK_FALSE(fast_fold("x\xC2\xB2", out));                  // superscript two: NFKD changes it
  CHECK(fold("\xE4\xB8\xAD\xE5\x9B\xBD") == kg::text::name_key("\xE4\xB8\xAD\xE5\x9B\xBD"));
}

TEST_CASE("links to other pages under a short heading are dropped, bullets of the article stay") {
  auto [text, line, kept] = GENERATE(table<std::string, std::string, bool>({
      {"Body text of the article.\nMost Popular\n- Why Apple's Siri overhaul slipped again\n", "- Why Apple's Siri overhaul slipped again", false},
      {"Body text.\nRelated coverage:\n- Huawei unveils Ascend 950 roadmap\n- Alibaba's Qwen3 tops open-source charts\n", "- Alibaba's Qwen3 tops open-source charts", false},
      {"Corps de l'article.\nLes plus lus\n1. Le Chat d\xC3\xA9passe le million de t\xC3\xA9l\xC3\xA9" "chargements\n", "1. Le Chat d\xC3\xA9passe le million de t\xC3\xA9l\xC3\xA9" "chargements", false},
      // a list that is part of the text: full sentences, or no heading line above it
      {"Key facts:\n- Alibaba released Qwen3 in April.\n", "- Alibaba released Qwen3 in April.", true},
      {"Alibaba released several models this year, among them these two, according to the company.\n- Qwen3 for text\n", "- Qwen3 for text", true},
      // one sentence laid out as bullets, its items continued by commas (a real-news page
      // lost "Nat Friedman, ancien CEO de GitHub," so)
      {"Parmi les recrutements :\n- Ada Marlowe, PDG de Norvex,\n- Paul Brisco, ancien CEO de Kestrel,\n- et d'autres.\n",
       "- Paul Brisco, ancien CEO de Kestrel,", true},
      // one line ending in a comma among others that do not: an infobox, still no sentence
      {"Ernie Bot\n- Developer: Baidu\n- Latest Release Version: Ernie 5.0 /, , Ernie 4.5 /,\n- Genre: Chatbot\n",
       "- Latest Release Version: Ernie 5.0 /, , Ernie 4.5 /,", false},
  }));
  CAPTURE(text);
  auto spans = content_blocks(text, {});
  bool found = false;
  for (auto sp : spans) found = found || text.substr(sp.start, sp.end - sp.start) == line;
  CHECK(found == kept);
}
