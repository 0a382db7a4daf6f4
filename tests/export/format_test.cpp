#include <catch2/catch.hpp>

#include <string>

#include "kg/error.hpp"
#include "kg/export/format.hpp"

using namespace kg::interop;

TEST_CASE("RDF literals escape quotes, backslashes and controls per N-Triples") {
  auto [in, want] = GENERATE(table<std::string, std::string>({
      {"Alibaba", "Alibaba"},
      {"L'IA « souveraine » de Mistral", "L'IA « souveraine » de Mistral"},  // UTF-8 kept
      {"say \"hi\"", "say \\\"hi\\\""},
      {"a\\b", "a\\\\b"},
      {"line1\nline2\r", "line1\\nline2\\r"},
      {"tab\there", "tab\\there"},
      {std::string("nul\x01" "x\x7f", 6), "nul\\u0001x\\u007F"},
      {"<script>alert(1)</script>", "<script>alert(1)</script>"},  // inert inside a literal
  }));
  CAPTURE(in);
  CHECK(rdf_literal_body(in) == want);
}

TEST_CASE("IRI segments percent-encode everything but unreserved characters") {
  CHECK(iri_segment("alibaba") == "alibaba");
  CHECK(iri_segment("deepseek-r1_v2.1~x") == "deepseek-r1_v2.1~x");
  CHECK(iri_segment("a b") == "a%20b");
  CHECK(iri_segment("article été.txt") == "article%20%C3%A9t%C3%A9.txt");
  CHECK(iri_segment("<x>\"{}|^`\\") == "%3Cx%3E%22%7B%7D%7C%5E%60%5C");
  CHECK(iri_segment("a/b#c?d") == "a%2Fb%23c%3Fd");
}

TEST_CASE("base IRIs are checked and end in a separator") {
  CHECK(normalize_base_iri("https://kg.example/") == "https://kg.example/");
  CHECK(normalize_base_iri("https://kg.example/data") == "https://kg.example/data/");
  CHECK(normalize_base_iri("urn:x-kg:news#") == "urn:x-kg:news#");
  auto bad = GENERATE(as<std::string>{}, "kg.example", "", "https://kg example/", "http://x/<y>", "1http://x/",
                      "https://x/\"");
  CAPTURE(bad);
  CHECK_THROWS_AS(normalize_base_iri(bad), kg::UsageError);
}

TEST_CASE("CSV fields follow RFC 4180") {
  auto [in, want] = GENERATE(table<std::string, std::string>({
      {"Alibaba", "Alibaba"},
      {"", ""},
      {"Pékin, Chine", "\"Pékin, Chine\""},
      {"le \"modèle\" Qwen", "\"le \"\"modèle\"\" Qwen\""},
      {"two\nlines", "\"two\nlines\""},
      {"cr\rhere", "\"cr\rhere\""},
      {" padded ", "\" padded \""},
      {"it's", "it's"},
  }));
  CAPTURE(in);
  CHECK(csv_field(in) == want);
}

TEST_CASE("spreadsheet cells never start a formula") {
  auto [in, want] = GENERATE(table<std::string, std::string>({
      {"=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"},
      {"+33 1 23", "'+33 1 23"},
      {"-1", "'-1"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"\t=x", "'\t=x"},
      {"Alibaba", "Alibaba"},
      {"Mistral = startup", "Mistral = startup"},
      {"", ""},
  }));
  CAPTURE(in);
  CHECK(spreadsheet_safe(in) == want);
  // Combined with quoting, the hostile cell is one quoted field starting with a quote.
  CHECK(csv_field(spreadsheet_safe("=HYPERLINK(\"http://x\",\"y\")")) == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
}

TEST_CASE("Cypher strings stay on one line and cannot close early") {
  CHECK(cypher_string("Alibaba") == "'Alibaba'");
  CHECK(cypher_string("L'Oréal") == "'L\\'Oréal'");
  CHECK(cypher_string("a\\'}) DETACH DELETE n //") == "'a\\\\\\'}) DETACH DELETE n //'");
  CHECK(cypher_string("x\ny\r\"z\"") == "'x\\ny\\r\\\"z\\\"'");
  CHECK(cypher_string(std::string("\x02", 1)) == "'\\u0002'");
  const std::string s = cypher_string("'; MATCH (n) DETACH DELETE n; '");
  for (std::size_t i = 1; i + 1 < s.size(); ++i)
    if (s[i] == '\'') CHECK(s[i - 1] == '\\');
}

TEST_CASE("XML text for GraphML drops what XML 1.0 forbids") {
  CHECK(xml_text("<script>alert(\"x\")</script> & 'q'") ==
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;");
  CHECK(xml_text(std::string("a\x01\x1f" "b", 4)) == "ab");
  CHECK(xml_text("a\r\nb\tc") == "a&#13;\nb\tc");
  CHECK(xml_text("x\xEF\xBF\xBEy") == "xy");
  CHECK(xml_text("États-Unis") == "États-Unis");
}

TEST_CASE("decimals are short, fixed and locale-free") {
  CHECK(decimal(0.9) == "0.9");
  CHECK(decimal(1.0) == "1");
  CHECK(decimal(0.1234567) == "0.123457");
  CHECK(decimal(0.0) == "0");
  CHECK(decimal(1e-9) == "0");
  CHECK(decimal(0.99) == "0.99");
}

TEST_CASE("small helpers") {
  CHECK(upper_snake("works_at") == "WORKS_AT");
  CHECK(upper_snake("competes_with") == "COMPETES_WITH");
  CHECK(is_iso_date("2025-01-31"));
  CHECK_FALSE(is_iso_date("2025-13-01"));
  CHECK_FALSE(is_iso_date("2025-1-01"));
  CHECK_FALSE(is_iso_date("31/01/2025"));
  CHECK_FALSE(is_iso_date(""));
  CHECK_FALSE(is_iso_date("2025-02-30"));  // no such day: not an xsd:date
  CHECK_FALSE(is_iso_date("2025-06"));     // a month is a filter prefix, not an xsd:date
  CHECK(stable_hash("abc") == stable_hash("abc"));
  CHECK(stable_hash("abc") != stable_hash("abd"));
  CHECK(stable_hash("").size() == 16);
  CHECK(stable_hash("") == "cbf29ce484222325");  // FNV-1a 64 offset basis
}
