// Reader: files, directories, JSONL corpora, HTML; errors name the input.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "kg/error.hpp"
#include "kg/extract/extractor.hpp"
#include "metadata.hpp"

using namespace kg::extract;
namespace {
const std::string kData = std::string(KG_EXTRACT_TEST_DATA);
std::vector<Document> read_all(const std::string& path) {
  std::vector<Document> out;
  read_documents(path, [&](Document&& d) { out.push_back(std::move(d)); });
  return out;
}
}  // namespace

TEST_CASE("JSONL corpus: one document per line with metadata") {
  auto docs = read_all(kData + "corpus.jsonl");
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].name == "a1");
  CHECK(docs[0].date == "2025-01-12");
  CHECK(docs[0].url == "https://example.org/a1");
  CHECK(docs[0].lang == "fr");
  CHECK(docs[1].text.rfind("Kestrel invested", 0) == 0);
  CHECK(docs[0].hash != docs[1].hash);
  CHECK(docs[0].hash.size() == 16);
  CHECK(docs[0].info().bytes == docs[0].text.size());
}

TEST_CASE("a malformed JSONL line is skipped, a corpus with no valid line names the file and line") {
  std::vector<std::string> ids;
  parse_documents("bad.jsonl", "{\"id\":\"x\",\"text\":\"ok\"}\n{not json\n{\"id\":\"y\",\"text\":\"ok\"}\n",
                  [&](Document&& d) { ids.push_back(d.name); });
  CHECK(ids == std::vector<std::string>{"x", "y"});
  try {
    parse_documents("bad.jsonl", "\n{not json\n{\"id\":\"x\",\"text\":12}\n", [](Document&&) {});
    FAIL("no error");
  } catch (const kg::InputError& e) {
    CHECK(std::string(e.what()).find("bad.jsonl: no valid article in 2 lines (first: bad.jsonl:2: malformed JSON") !=
          std::string::npos);
  }
  CHECK_THROWS_AS(parse_documents("e.jsonl", "\n\n", [](Document&&) {}), kg::InputError);
  CHECK_THROWS_AS(parse_documents("n.jsonl", "{\"id\":\"x\"}\n", [](Document&&) {}), kg::InputError);
}

TEST_CASE("JSONL metadata: integer ids kept, other types refused, dates checked") {
  std::vector<Document> docs;
  parse_documents("m.jsonl",
                  "{\"id\":12,\"text\":\"a\",\"date\":\"2024-02-03T10:00:00Z\"}\n"
                  "{\"id\":1.5,\"text\":\"b\"}\n"
                  "{\"id\":\"c\",\"text\":\"c\",\"date\":12}\n"
                  "{\"id\":\"d\",\"text\":\"d\",\"date\":\"2024-02-30\"}\n"
                  "{\"id\":\"e\",\"text\":\"e\",\"date\":\"99999-01-01\"}\n",
                  [&](Document&& d) { docs.push_back(std::move(d)); });
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].name == "12");
  CHECK(docs[0].date == "2024-02-03");
  CHECK(docs[1].name == "d");
  CHECK(docs[1].date.empty());
  CHECK(docs[2].date.empty());
}

TEST_CASE("HTML: scripts, styles and navigation dropped, entities decoded") {
  auto docs = read_all(kData + "page.html");
  REQUIRE(docs.size() == 1);
  const auto& t = docs[0].text;
  CHECK(docs[0].title == "Kestrel & Norvex");
  CHECK(t.find("var x") == std::string::npos);
  CHECK(t.find("color:red") == std::string::npos);
  CHECK(t.find("Accueil") == std::string::npos);
  CHECK(t.find("start-up \xC3\xA9tonnante") != std::string::npos);
  CHECK(t.find("l\xE2\x80\x99" "a confirm\xC3\xA9") != std::string::npos);
  CHECK(t.find("Kestrel investit dans Norvex") != std::string::npos);
}

TEST_CASE("bad inputs: invalid UTF-8, binary, empty, missing") {
  auto [file, what] = GENERATE(table<std::string, std::string>({
      {"invalid_utf8.txt", "invalid UTF-8"},
      {"binary.txt", "binary"},
  }));
  try {
    read_all(kData + file);
    FAIL("no error");
  } catch (const kg::InputError& e) {
    CHECK(std::string(e.what()).find(what) != std::string::npos);
    CHECK(std::string(e.what()).find(file) != std::string::npos);
  }
  CHECK_THROWS_AS(parse_documents("empty.txt", "  \n\n", [](Document&&) {}), kg::InputError);
  CHECK_THROWS_AS(list_input_files({kData + "no-such-file.txt"}), kg::InputError);
}

TEST_CASE("directories are read recursively, sorted, readable extensions only") {
  namespace fs = std::filesystem;
  auto dir = fs::temp_directory_path() / "kg_reader_test_dir";
  fs::remove_all(dir);
  fs::create_directories(dir / "b");
  for (auto p : {"b/z.txt", "a.md", "c.html", "skip.pdf", "b/y.jsonl"}) {
    std::ofstream(dir / p) << "x";
  }
  auto files = list_input_files({dir.string()});
  std::vector<std::string> names;
  for (auto& f : files) names.push_back(fs::path(f).lexically_relative(dir).string());
  CHECK(names == std::vector<std::string>{"a.md", "b/y.jsonl", "b/z.txt", "c.html"});
  fs::remove_all(dir / "b");
  fs::remove(dir / "a.md");
  fs::remove(dir / "c.html");
  CHECK_THROWS_AS(list_input_files({dir.string()}), kg::InputError);
  fs::remove_all(dir);
}

// ---- metadata from the articles themselves ------------------------------------------------
namespace {
Document one(const std::string& path, const std::string& bytes) {
  std::vector<Document> out;
  parse_documents(path, bytes, [&](Document&& d) { out.push_back(std::move(d)); });
  REQUIRE(out.size() == 1);
  return out[0];
}
std::string from(const Document& d, const std::string& field) {
  auto it = d.metadata_from.find(field);
  return it == d.metadata_from.end() ? std::string() : it->second;
}
// A document's title and date, and where each was found.
void check_found(const Document& d, const std::string& title, const std::string& title_from, const std::string& date,
                 const std::string& date_from) {
  CHECK(d.title == title);
  CHECK(from(d, "title") == title_from);
  CHECK(d.date == date);
  CHECK(from(d, "date") == date_from);
}
const std::string kBody =
    "\nAlibaba a dévoilé Qwen 3, son nouveau modèle, selon un communiqué publié mardi à Hangzhou.\n"
    "Alibaba has released Qwen 3, its new model, the company said on Tuesday in Hangzhou.\n";
}  // namespace

TEST_CASE("HTML metadata: JSON-LD, then Open Graph and meta tags, then the rest, each says where it came from") {
  const std::string html =
      "<!DOCTYPE html><html lang=\"fr-FR\"><head><title>Qwen 3 arrive | Le Quotidien</title>"
      "<meta property=\"og:title\" content=\"Qwen 3 arrive &amp; bouscule le march&eacute;\">"
      "<meta property=\"og:site_name\" content=\"Le Quotidien\">"
      "<meta property=\"article:published_time\" content=\"2025-03-03T08:00:00+01:00\">"
      "<link rel=\"canonical\" href=\"https://quotidien.example/qwen-3\">"
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
      "{\"@type\":\"NewsArticle\",\"headline\":\"Alibaba lance Qwen 3\",\"datePublished\":\"2025-03-02\","
      "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Quotidien SA\"}}]}</script></head>"
      "<body><h1>Qwen 3</h1><time datetime=\"2025-01-01\">1er janvier</time><p>" + kBody + "</p></body></html>";
  const auto d = one("a.html", html);
  check_found(d, "Alibaba lance Qwen 3", "json-ld headline", "2025-03-02", "json-ld datePublished");
  CHECK(d.url == "https://quotidien.example/qwen-3");
  CHECK(from(d, "url") == "canonical link");
  CHECK(d.source == "Quotidien SA");
  CHECK(d.lang == "fr");
  CHECK(d.text.find("Qwen 3 arrive") == std::string::npos);  // the head is not text

  // Without JSON-LD: Open Graph and article:published_time; without those, <title> (the
  // site's name cut off) and <time datetime>.
  const std::string og = html.substr(0, html.find("<script")) + "</head><body><p>" + kBody + "</p></body></html>";
  const auto o = one("b.html", og);
  check_found(o, "Qwen 3 arrive & bouscule le marché", "og:title", "2025-03-03", "article:published_time");
  CHECK(o.source == "Le Quotidien");
  const auto t = one("c.html", "<html><head><title>Qwen 3 arrives - The Daily</title>"
                               "<meta property=\"og:site_name\" content=\"The Daily\"></head><body>"
                               "<time datetime=\"2025-06-30T10:00\">June 30</time><p>" + kBody + "</p></body></html>");
  check_found(t, "Qwen 3 arrives", "html title", "2025-06-30", "time datetime");
}

TEST_CASE("hostile HTML metadata: deep JSON-LD, broken tags and scripts cost nothing and break nothing") {
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  const auto d = one("deep.html", "<html><head><script type=\"application/ld+json\">" + deep +
                                      "</script><meta property=\"og:title\" content=\"x\" <title>T<p>" + kBody);
  CHECK(d.text.find("Alibaba") != std::string::npos);
  std::string many;
  for (int i = 0; i < 20000; ++i) many += "<script>var a;</script><p>x</p>";
  CHECK_NOTHROW(one("many.html", "<html><body>" + many + "<p>" + kBody + "</p></body></html>"));
}

TEST_CASE("front matter: its values, and it is no text") {
  const std::string md = "---\ntitle: \"Mistral lève 600 millions\"\ndate: 2025-06-11\nsource: https://news.example/mistral\n"
                         "lang: fr\n---\n# Autre titre\n" + kBody;
  const auto d = one("a.md", md);
  check_found(d, "Mistral lève 600 millions", "front matter title", "2025-06-11", "front matter date");
  CHECK(d.url == "https://news.example/mistral");
  CHECK(d.text.size() == md.size());  // blanked, offsets unchanged
  CHECK(d.text.find("title:") == std::string::npos);
  CHECK(d.text.find("# Autre titre") != std::string::npos);
}

TEST_CASE("labelled lines: dates, sources and links are read, bylines, notices and link lists are no titles") {
  auto [text, title, date, url, source, title_from] = GENERATE(table<std::string, std::string, std::string, std::string,
                                                                     std::string, std::string>({
      {"Source : Coindoo\nTitre original : Top Chinese AI Figures Say US Lead Remains Intact\nLien original :\n" + kBody,
       "Top Chinese AI Figures Say US Lead Remains Intact", "", "", "Coindoo", "line 2 (Titre original)"},
      {"Par Jean Dupont\nPublié le 1er mars 2025 à 10h32\nSource : https://www.exemple.fr/qwen\n\n"
       "Alibaba dévoile Qwen 3 et bouscule ses rivaux\n" + kBody,
       "Alibaba dévoile Qwen 3 et bouscule ses rivaux", "2025-03-01", "https://www.exemple.fr/qwen", "", "line 5"},
      {"By Jane Doe, Reuters\nPublished March 3, 2025\nSource: Reuters\n\nAlibaba unveils Qwen 3 to take on rivals\n" + kBody,
       "Alibaba unveils Qwen 3 to take on rivals", "2025-03-03", "", "Reuters", "line 5"},
      {"L'article Alibaba dévoile Qwen 3 est paru sur BitcoinEthereumNews.com. Alibaba dévoile\n\n"
       "Alibaba dévoile Qwen 3\n" + kBody,
       "Alibaba dévoile Qwen 3", "", "", "", "line 3"},
      {"The post Alibaba unveils Qwen 3 appeared first on Crypto News.\nRead more: https://x.example/a\n"
       "- [Qwen 2.5](https://x.example/b)\n3 March 2025\n\nAlibaba unveils Qwen 3\n" + kBody,
       "Alibaba unveils Qwen 3", "2025-03-03", "", "", "line 6"},
      // The first line is the body: no title rather than a sentence.
      {"Alibaba a dévoilé Qwen 3, son nouveau modèle de langage, qui rivalise selon le groupe avec les meilleurs.\n" + kBody,
       "", "", "", "", ""},
  }));
  CAPTURE(text.substr(0, 60));
  const auto d = one("a.txt", text);
  CHECK(d.title == title);
  CHECK(d.date == date);
  CHECK(d.url == url);
  CHECK(d.source == source);
  CHECK(from(d, "title") == title_from);
}

TEST_CASE("dates as articles write them, French and English") {
  using kg::extract::detail::parse_date;
  auto [in, day_first, out] = GENERATE(table<std::string, bool, std::string>({
      {"2025-03-03", false, "2025-03-03"},
      {"2025-03-03T08:00:00Z", false, "2025-03-03"},
      {"3 mars 2025", false, "2025-03-03"},
      {"1er mars 2025 à 10h32", false, "2025-03-01"},
      {"lundi 3 mars 2025", false, "2025-03-03"},
      {"3 février 2025", false, "2025-02-03"},
      {"12 déc. 2024", false, "2024-12-12"},
      {"March 3, 2025", false, "2025-03-03"},
      {"Mar. 3, 2025", false, "2025-03-03"},
      {"3 March 2025", false, "2025-03-03"},
      {"September 1st, 2025", false, "2025-09-01"},
      {"03/04/2025", true, "2025-04-03"},   // French: day first
      {"03/04/2025", false, ""},            // ambiguous without a hint
      {"13/04/2025", false, "2025-04-13"},
      {"04/13/2025", false, "2025-04-13"},
      {"31 février 2025", false, ""},
      {"hier", false, ""},
      {"", false, ""},
  }));
  CAPTURE(in);
  CHECK(parse_date(in, day_first).value_or("") == out);
}

TEST_CASE("find_ci: ASCII case-insensitive search, the same answers as a naive scan") {
  using kg::extract::detail::find_ci;
  auto naive = [](std::string_view hay, std::string_view needle, std::size_t from) -> std::size_t {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    if (needle.empty()) return from;
    for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
      std::size_t k = 0;
      while (k < needle.size() && lower(hay[i + k]) == lower(needle[k])) ++k;
      if (k == needle.size()) return i;
    }
    return std::string_view::npos;
  };
  const std::string hay = "Read More: the </TITLE> and </title>; https://x \xC3\xA0 lire aussi [a] END; "
                          "Cet article est paru sur Zebra, Est Paru SUR zebra";
  // (the search anchors on the needle's least common letter: "z", "p", ":", not the first)
  for (std::string_view needle : {"read more", "</title", "HTTPS://", "\xC3\xA0 lire", "[", "end", "End!", "x", "",
                                  "est paru sur", "paru sur zebra", "sur zebrA", "aussi [a] e", "zz", "END; c",
                                  "Read More: the </TITLE> and </title>; https://x \xC3\xA0 lire aussi [a] END and more"})
    for (std::size_t from : {std::size_t{0}, std::size_t{1}, std::size_t{16}, hay.size() - 3, hay.size()}) {
      CAPTURE(needle, from);
      CHECK(find_ci(hay, needle, from) == naive(hay, needle, from));
    }
  CHECK(find_ci("", "a", 0) == std::string_view::npos);
  CHECK(find_ci("aAa", "AA", 1) == 1);
}
