// The triples reader (kg load), and a graph built from what it accepts.
#include <sstream>

#include "common.hpp"
#include "kg/graph/graph.hpp"
#include "kg/triple_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  kg::graph::Graph g;
  kg::fuzz::expect_kg_errors_only([&] { kg::read_triples(in, "fuzz.jsonl", [&](kg::Triple&& t) { g.add_triple(t); }); });
  kg::fuzz::expect_kg_errors_only([&] {
    const std::string out = kg::fuzz::scratch("out.json");
    g.freeze();
    g.save(out);
    try {
      kg::graph::Graph::load(out);
    } catch (const kg::InputError& e) {
      kg::fuzz::bug(std::string("kg cannot read the graph it wrote: ") + e.what());
    }
  });
  return 0;
}
