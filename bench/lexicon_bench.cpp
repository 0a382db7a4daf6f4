// lexicon_bench: how loading a lexicon and looking names up scale with its size.
//
//   lexicon_bench [ALIASES...]     (default: 50000 1000000)
//
// For each size, makes a lexicon of that many names and aliases (deterministic: names are
// spelled from a counter, so every run loads the same bytes), loads it with the built-in
// rules (Extractor::add_lexicon, CPU seconds), then extracts documents that mention names
// of it (lookups through the loaded trie: MB/s per core). Names share their first words
// ("Global X", "Bank of X", "X Labs") the way real lexicons do, so some trie nodes have
// very many children: loading must stay proportional to the input (issue 12) and lookups
// must not slow down.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include "cpu_time.hpp"
#include "kg/extract/extractor.hpp"

using kg::bench::cpu_seconds;

namespace {

// A unique capitalised word for each number: its base-16 digits as syllables.
std::string word(std::uint64_t n) {
  static const char* syl[] = {"ka", "lo", "mi", "ren", "to", "va", "zu", "dri",
                              "po", "sen", "qua", "nex", "vor", "li", "tan", "bel"};
  std::string w;
  do {
    w += syl[n % 16];
    n /= 16;
  } while (n > 0);
  w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

// Four forms per entity: its name and three aliases, most starting with a shared word.
constexpr const char* kHeads[] = {"Global", "Bank of", "Open", "Deep", "Institute of", "The"};
std::string name_of(std::uint64_t i) { return std::string(kHeads[i % 6]) + " " + word(i); }

std::string lexicon_json(std::size_t aliases) {
  std::string j = "{\"version\":1,\"entities\":[\n";
  const std::size_t n = (aliases + 3) / 4;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string w = word(i);
    j += i ? ",\n" : "";
    j += "{\"name\":\"" + name_of(i) + "\",\"type\":\"Company\",\"aliases\":[\"" + w + " Labs\",\"" +
         name_of(i) + " AI\",\"" + w + "-" + std::to_string(i % 97) + "\"]}";
  }
  j += "\n]}\n";
  return j;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::size_t> sizes;
  for (int a = 1; a < argc; ++a) {
    char* end = nullptr;
    const unsigned long long v = std::strtoull(argv[a], &end, 10);
    if (!end || *end || v == 0) {
      std::fprintf(stderr, "usage: lexicon_bench [ALIASES...]\n");
      return 2;
    }
    sizes.push_back(static_cast<std::size_t>(v));
  }
  if (sizes.empty()) sizes = {50000, 1000000};
  try {
    std::printf("%-10s %12s %10s %14s %12s %9s\n", "aliases", "json_bytes", "load_cpu_s", "lookup_MB/s", "lookup_MB",
                "triples");
    for (const std::size_t n : sizes) {
      const std::string json = lexicon_json(n);
      kg::extract::Extractor x = kg::extract::make_extractor({}, {}, false, true);
      const double c0 = cpu_seconds();
      x.add_lexicon(json, "synthetic.json");
      const double load = cpu_seconds() - c0;

      // Documents naming entities of the lexicon: every trie lookup walks wide nodes.
      std::uint64_t bytes = 0, triples = 0;
      const std::size_t entities = (n + 3) / 4;
      const double c1 = cpu_seconds();
      for (std::size_t d = 0; d < 400; ++d) {
        kg::extract::Document doc;
        doc.name = "doc" + std::to_string(d);
        for (std::size_t s = 0; s < 40; ++s) {
          const std::uint64_t a = (d * 7919 + s * 104729) % entities, b = (a * 31 + 17) % entities;
          doc.text += name_of(a) + " invested in " + word(b) + " Labs, which uses " + name_of(b) +
                      " AI. The " + word(a) + " team grew.\n";
        }
        bytes += doc.text.size();
        triples += x.extract(doc).size();
      }
      const double look = cpu_seconds() - c1;
      std::printf("%-10zu %12zu %10.2f %14.1f %12.1f %9llu\n", n, json.size(), load,
                  static_cast<double>(bytes) / (1024.0 * 1024.0) / look, static_cast<double>(bytes) / (1024.0 * 1024.0),
                  static_cast<unsigned long long>(triples));
      std::fflush(stdout);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "lexicon_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
