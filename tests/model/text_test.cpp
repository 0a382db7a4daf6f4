#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "kg/error.hpp"
#include "kg/text.hpp"

using namespace kg::text;

TEST_CASE("name_key folds case, accents, apostrophes and spaces like score.py") {
  CHECK(name_key("États-Unis") == "etats-unis");
  CHECK(name_key("  DeepSeek   V3 ") == "deepseek v3");
  CHECK(name_key("King\xE2\x80\x99s College") == "king's college");
  CHECK(name_key("QWEN") == name_key("Qwen"));
  CHECK(name_key("Stra\xC3\x9F" "e") == "strasse");  // ß case-folds to ss
  CHECK(name_key("a\xC2\xA0" "b") == "a b");           // no-break space
}

TEST_CASE("UTF-8 validation reports the first bad byte") {
  CHECK_FALSE(find_invalid_utf8("plain ascii"));
  CHECK_FALSE(find_invalid_utf8("Pékin « Chine » 中国"));
  CHECK(find_invalid_utf8("ab\xFF" "cd") == std::optional<std::size_t>(2));
  CHECK(find_invalid_utf8("\xC3") == std::optional<std::size_t>(0));  // truncated
  CHECK(looks_binary(std::string("ELF\0\0\1", 6)));
  CHECK_FALSE(looks_binary("Texte normal.\nLigne deux.\n"));
}

TEST_CASE("count_newlines counts every newline byte, as std::count does") {
  using namespace std::string_literals;
  CHECK(count_newlines("") == 0);
  CHECK(count_newlines("no newline") == 0);
  CHECK(count_newlines("\n") == 1);
  CHECK(count_newlines("a\nb\r\n\n\nc") == 4);
  CHECK(count_newlines("a\0\nb\0"s) == 1);  // past a NUL byte too
  std::string big;
  for (int i = 0; i < 5000; ++i) big += std::string(static_cast<std::size_t>(i % 300), 'x') + (i % 7 ? "\n" : "\r\n");
  CHECK(count_newlines(big) == static_cast<std::size_t>(std::count(big.begin(), big.end(), '\n')));
  CHECK(count_newlines(std::string_view(big).substr(1, big.size() - 2)) == 4999);
}

TEST_CASE("edit distance counts code points") {
  CHECK(edit_distance("DeepSeek", "Deepsek") == 2);
  CHECK(edit_distance("deepseek", "deepsek") == 1);
  CHECK(edit_distance("Pékin", "Pekin") == 1);
  CHECK(edit_distance("abc", "abcdefgh", 2) == 3);  // early stop: limit + 1
  // ASCII words (compared byte by byte, rows on the stack) and the rest (code points) agree
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("", "ab") == 2);
  CHECK(edit_distance("kitten", "sitting", 5) == 3);
  CHECK(edit_distance("kitten", "sitting", 2) == 3);  // capped at limit + 1
  const std::string longer(70, 'a');  // past the stack rows
  CHECK(edit_distance(longer, longer + "b") == 1);
  CHECK(edit_distance(std::string(63, 'x'), std::string(62, 'x') + "y") == 1);
  CHECK(edit_distance("P\xC3\xA9kin", "P\xC3\xA8kin") == 1);  // one code point, two bytes each
  CHECK(edit_distance("Pekin", "P\xC3\xA9kins", 1) == 2);
}

TEST_CASE("suggest proposes close names, best first") {
  std::vector<std::string> names{"Alibaba", "Alibaba Cloud", "Anthropic", "Baidu", "Tencent"};
  auto s = suggest("Alibeba", names);
  REQUIRE_FALSE(s.empty());
  CHECK(s.front() == "Alibaba");
  CHECK(suggest("zzzzzz", names).empty());
  CHECK(suggest("tencnet", names).front() == "Tencent");
}

TEST_CASE("escaping keeps hostile text inert in every sink") {
  const std::string evil = "<script>alert(\"x\")</script> & ]]> 'q' \\ \n";
  const std::string x = escape_xml(evil);
  CHECK(x.find('<') == std::string::npos);
  CHECK(x.find('"') == std::string::npos);
  CHECK(x.find("]]>") == std::string::npos);
  const std::string d = escape_dot(evil);
  for (std::size_t i = 0; i < d.size(); ++i)
    if (d[i] == '"') CHECK((i > 0 && d[i - 1] == '\\'));
  CHECK(escape_json("a\"b\\c\n\x01") == "a\\\"b\\\\c\\n\\u0001");
  // runs of plain bytes between escapes, at either end, and none at all
  CHECK(escape_json("") == "");
  CHECK(escape_json("plain \xC3\xA9t\xC3\xA9") == "plain \xC3\xA9t\xC3\xA9");
  CHECK(escape_json("\"\"") == "\\\"\\\"");
  CHECK(escape_json("\tx\x1F") == "\\tx\\u001f");
  CHECK(escape_json(std::string_view("a\0b", 3)) == "a\\u0000b");
  CHECK(escape_markdown("a|b") == "a\\|b");
  CHECK(url_encode("Yao Shunyu & <x>/é~") == "Yao%20Shunyu%20%26%20%3Cx%3E%2F%C3%A9~");
}

TEST_CASE("Markdown escaping keeps structure out and leaves ordinary punctuation alone") {
  auto row = GENERATE(table<std::string, std::string>({
      {"États-Unis", "États-Unis"},  // was "États\\-Unis"
      {"Qwen 2.5 (Alibaba).", "Qwen 2.5 (Alibaba)."},
      {"republished.txt (same story as original.txt)", "republished.txt (same story as original.txt)"},
      {"a|b", "a\\|b"},
      {"*bold* _it_ `code` [link](x) ~~s~~", "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\~\\~s\\~\\~"},
      {"<script>&", "&lt;script&gt;&amp;"},
      {"# not a heading", "\\# not a heading"},
      {"- not a list", "\\- not a list"},
      {"2025. not a list", "2025\\. not a list"},
      {"line\nbreak", "line break"},
      {"back\\slash", "back\\\\slash"},
  }));
  CHECK(escape_markdown(std::get<0>(row)) == std::get<1>(row));
}

TEST_CASE("slug gives stable ASCII ids") {
  CHECK(slug("Lin Junyang") == "lin-junyang");
  CHECK(slug("États-Unis") == "etats-unis");
  CHECK(slug("DeepSeek-R1") == "deepseek-r1");
  CHECK(slug("C++") == "cplusplus");
  CHECK(slug("阿里巴巴").rfind("e-", 0) == 0);
  CHECK(slug("阿里巴巴") == slug("阿里巴巴"));
}

TEST_CASE("ellipsize never cuts a UTF-8 sequence") {
  CHECK(ellipsize("abc", 10) == "abc");
  const std::string e = ellipsize("ééééé", 3);  // é is 2 bytes
  CHECK(e == "é\xE2\x80\xA6");
}

TEST_CASE("ISO dates and their prefixes are recognised, impossible dates are not") {
  for (const char* ok : {"2025", "2025-06", "2025-06-30", "2024-02-29", "2000-02-29", "1999-12-31"})
    CHECK(kg::text::is_iso_date(ok));
  for (const char* bad : {"", "25", "2025-6", "2025-13", "2025-00", "2025-06-31", "2023-02-29", "1900-02-29",
                          "2025/06/30", "2025-06-30T10:00", "garbage", "20a5", "2025-06-3x"})
    CHECK_FALSE(kg::text::is_iso_date(bad));
}

TEST_CASE("one time slice: dated evidence in range, undated only when asked for") {
  using kg::text::DateRange;
  const DateRange none{};
  CHECK(none.contains(""));  // no bound: everything, dated or not
  CHECK(none.contains("2025-06-30"));
  const DateRange june{"2025-06", "", false};
  CHECK(june.contains("2025-06-30"));  // --as-of takes a prefix: to the end of June
  CHECK_FALSE(june.contains("2025-07-01"));
  CHECK_FALSE(june.contains(""));  // undated cannot be placed in time: left out by default
  CHECK(DateRange{"2025-06", "", true}.contains(""));  // --undated include
  const DateRange spring{"2025-06", "2025-03-01", false};
  CHECK(spring.contains("2025-03-01"));
  CHECK_FALSE(spring.contains("2025-02-28"));
  CHECK(spring.describe() == "evidence dated from 2025-03-01 up to 2025-06 (undated evidence left out)");
  CHECK(none.describe().empty());
  CHECK_THROWS_AS((DateRange{"June", "", false}.check()), kg::UsageError);
  CHECK_THROWS_AS((DateRange{"2025-01", "2025-06-01", false}.check()), kg::UsageError);
  CHECK_NOTHROW(spring.check());
}

TEST_CASE("the language of a text without metadata is guessed from its function words") {
  CHECK(kg::text::guess_language("Alibaba a lancé la nouvelle version de Qwen, selon le groupe, et les analystes "
                                 "pensent que cette sortie est importante pour le marché.") == "fr");
  CHECK(kg::text::guess_language("Alibaba has released the new version of Qwen, which the company said is the "
                                 "most capable model it has built for its cloud customers.") == "en");
  CHECK(kg::text::guess_language("Qwen DeepSeek Nvidia H20") == "");  // names only: no guess
  CHECK(kg::text::guess_language("") == "");
  // French text quoting an English title still reads as French.
  CHECK(kg::text::guess_language("Le rapport « The State of AI » est paru: selon les auteurs, les modèles "
                                 "chinois sont dans la course et les entreprises américaines aussi.") == "fr");
}
