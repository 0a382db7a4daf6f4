// extract_bench: in-process throughput and memory of kg::extract.
//
//   extract_bench CORPUS.jsonl [REPEAT]
//
// Streams the documents of CORPUS (JSONL, one article a line: what
// bench/extract_bench.sh generates from corpus/news with varied names) through the default
// extractor on one thread, serialises every triple as `kg extract` does (to_jsonl), and
// prints bytes (of the corpus file, as the script counts them; and of the texts alone), CPU seconds (user + sys of this process, so a busy machine changes them
// less than wall time), MB/s per core, wall MB/s, peak RSS and the triple count, plus a
// checksum (FNV-1a of the JSONL output) to check that a change left the output unchanged.
// Loading the extractor (compiled-in lexicon and rules) is timed apart. REPEAT > 1 reads
// the corpus that many times (the figures are for all passes; memory must stay flat).
// bench/extract_bench.sh runs it when it is built (target extract_bench), beside `kg
// extract --jobs 1`; the goal (issue 3) is >= 20 MB/s per core on >= 100 MB.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <string>

#include "cpu_time.hpp"
#include "kg/extract/extractor.hpp"
#include "kg/triple_io.hpp"

using kg::bench::cpu_seconds;
using kg::bench::peak_rss_mb;

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: extract_bench CORPUS.jsonl [REPEAT]\n");
    return 2;
  }
  const std::string corpus = argv[1];
  const int repeat = argc == 3 ? std::atoi(argv[2]) : 1;
  if (repeat < 1) {
    std::fprintf(stderr, "extract_bench: REPEAT must be a positive number\n");
    return 2;
  }
  try {
    const double load_cpu0 = cpu_seconds();
    const auto x = kg::extract::make_extractor({}, {});
    const double load_cpu = cpu_seconds() - load_cpu0;

    std::uint64_t bytes = 0, docs = 0, triples = 0;
    std::uint64_t sum = 1469598103934665603ull;  // FNV-1a of the output lines
    const auto wall0 = std::chrono::steady_clock::now();
    const double cpu0 = cpu_seconds();
    for (int r = 0; r < repeat; ++r) {
      kg::extract::read_documents(corpus, [&](kg::extract::Document&& doc) {
        bytes += doc.text.size();
        ++docs;
        for (const auto& f : x.extract(doc)) {
          const std::string line = kg::to_jsonl(f.triple);
          for (unsigned char c : line) sum = (sum ^ c) * 1099511628211ull;
          sum = (sum ^ '\n') * 1099511628211ull;
          ++triples;
        }
      });
    }
    const double cpu = cpu_seconds() - cpu0;
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
    const double file_bytes = static_cast<double>(std::filesystem::file_size(corpus)) * repeat;
    const double mb = file_bytes / (1024.0 * 1024.0), text_mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
    std::printf("%-22s %12s %8s %8s %8s %14s %10s %16s %12s %9s %s\n", "corpus", "bytes", "docs", "cpu_s",
                "wall_s", "MB/s_per_core", "MB/s_wall", "text_MB/s_core", "peak_RSS_MB", "triples", "checksum");
    std::printf("%-22s %12.0f %8llu %8.2f %8.2f %14.1f %10.1f %16.1f %12.1f %9llu %016llx\n",
                corpus.substr(corpus.find_last_of('/') + 1).c_str(), file_bytes,
                static_cast<unsigned long long>(docs), cpu, wall, mb / cpu, mb / wall, text_mb / cpu,
                peak_rss_mb(), static_cast<unsigned long long>(triples), static_cast<unsigned long long>(sum));
    std::printf("(loading the extractor: %.3f s CPU; MB/s count the corpus file's bytes, text_MB/s the "
                "documents' text only; MB = 2^20 bytes)\n", load_cpu);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "extract_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
