#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "kg/error.hpp"
#include "kg/io.hpp"

namespace fs = std::filesystem;
using namespace kg;

namespace {
fs::path scratch(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("kg_io_test_" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d / name;
}
}  // namespace

TEST_CASE("read_text_file names the input in every error") {
  CHECK_THROWS_WITH(io::read_text_file("/nonexistent/x.txt"), "/nonexistent/x.txt: no such file");
  const fs::path bin = scratch("bin.txt");
  std::ofstream(bin, std::ios::binary).write("\x7f" "ELF\0\0\0\0", 8);
  CHECK_THROWS_WITH(io::read_text_file(bin.string()), Catch::Contains("binary file"));
  const fs::path bad = scratch("bad.txt");
  std::ofstream(bad, std::ios::binary) << "caf\xE9 au lait";
  CHECK_THROWS_WITH(io::read_text_file(bad.string()), Catch::Contains("invalid UTF-8 at byte 3"));
  CHECK_THROWS_AS(io::read_text_file(fs::temp_directory_path().string()), InputError);
}

TEST_CASE("AtomicFile leaves the previous file intact unless committed") {
  const fs::path p = scratch("out.json");
  io::write_file_atomic(p.string(), "old");
  {
    io::AtomicFile f(p.string());
    f.stream() << "half-written";
    // destroyed without commit(): as if interrupted
  }
  CHECK(io::read_file(p.string()) == "old");
  {
    io::AtomicFile f(p.string());
    f.stream() << "new";
    f.commit();
  }
  CHECK(io::read_file(p.string()) == "new");
  for (auto& e : fs::directory_iterator(p.parent_path()))
    CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("write_file_atomic creates missing directories") {
  const fs::path p = scratch("a/b/c.svg");
  io::write_file_atomic(p.string(), "<svg/>");
  CHECK(io::read_file(p.string()) == "<svg/>");
  CHECK(io::extension("x/Map.SVG") == "svg");
}
