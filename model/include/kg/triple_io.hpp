// The triple JSONL format: one triple a line, the stream between extract and graph and
// the format shared/gold/score.py reads as it is:
//
// {"subject":{"name":"Alibaba","type":"Company"},"predicate":"develops",
//  "object":{"name":"Qwen","type":"Model"},"confidence":0.9,
//  "doc":"004_x.txt","sentence":"...","start":120,"end":230,"date":"","rule":"fr.develops.de"}
//
// Keys are written in this fixed order; "date" and "rule" are omitted when empty.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "kg/model.hpp"

namespace kg {

// One JSON object, no trailing newline.
std::string to_jsonl(const Triple& t);

// Parses one line; throws InputError "<source>:<line>: <reason>" on malformed input.
Triple triple_from_jsonl(std::string_view line, const std::string& source, std::size_t line_no);

// Reads a whole JSONL stream; blank lines are skipped. Calls `sink` for each triple.
void read_triples(std::istream& in, const std::string& source,
                  const std::function<void(Triple&&)>& sink);

// A block of consecutive triples of a stream, and what a reader's `prepare` step computed
// for them (free for it to use: say, numbers for their names, one or more per triple).
struct TripleBlock {
  std::vector<Triple> triples;
  std::vector<std::uint64_t> tags;
};

// read_triples for callers with per-triple work that can run beside the parsing: the stream
// is cut into blocks of lines parsed on `threads` threads (0: one per core); `prepare` (may
// be empty) runs on the thread that parsed a block, as soon as it is parsed (blocks
// concurrently, in any order); `sink` then receives the blocks in stream order on the
// calling thread. What `sink` sees is the same whatever the thread count: the same triples
// in the same order, and the first bad line thrown after the triples before it.
void read_triple_blocks(std::istream& in, const std::string& source, const std::function<void(TripleBlock&)>& prepare,
                        const std::function<void(TripleBlock&)>& sink, unsigned threads = 0);

// Reads a JSONL file ("-" = stdin); InputError naming the file on any problem.
std::vector<Triple> read_triples_file(const std::string& path);

}  // namespace kg
