// Reader: files, directories, JSONL corpora, HTML; errors name the input.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "kg/error.hpp"
#include "kg/extract/extractor.hpp"

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

TEST_CASE("a malformed JSONL line is skipped; a corpus with no valid line names the file and line") {
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
