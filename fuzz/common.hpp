// Shared by the libFuzzer targets: a scratch file per process (the readers under test take
// paths), and the rule every target checks: kg may refuse an input with a kg::Error (a
// one-line message), but anything else (another exception, a crash, a sanitizer report)
// is a bug.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "kg/error.hpp"

namespace kg::fuzz {

inline std::string scratch(const std::string& name) {
  static const std::filesystem::path dir = [] {
    auto d = std::filesystem::temp_directory_path() / ("kg-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  return (dir / name).string();
}

inline std::string to_file(const std::string& name, std::string_view bytes) {
  const std::string p = scratch(name);
  std::ofstream(p, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return p;
}

[[noreturn]] inline void bug(const std::string& what) {
  std::fprintf(stderr, "kg fuzz: %s\n", what.c_str());
  std::abort();
}

// Runs f; a kg::Error is an accepted refusal, anything else aborts.
template <class F>
void expect_kg_errors_only(F&& f) {
  try {
    f();
  } catch (const kg::Error&) {
  } catch (const std::bad_alloc&) {
  } catch (const std::exception& e) {
    bug(std::string("unexpected exception: ") + e.what());
  }
}

}  // namespace kg::fuzz
