// Graph readers (KG_FUZZ_EXT: json, kgb). What kg reads it must write back, and what it
// writes it must read again (a NaN or invalid UTF-8 passed through would fail here).
#include "common.hpp"
#include "kg/graph/graph.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string in = kg::fuzz::to_file("in." KG_FUZZ_EXT, {reinterpret_cast<const char*>(data), size});
  kg::graph::Graph g;
  try {
    g = kg::graph::Graph::load(in);
  } catch (const kg::InputError&) {
    return 0;
  } catch (const std::bad_alloc&) {
    return 0;
  }
  kg::fuzz::expect_kg_errors_only([&] {
    for (const char* ext : {"json", "kgb"}) {
      const std::string out = kg::fuzz::scratch(std::string("out.") + ext);
      g.save(out);
      try {
        kg::graph::Graph back = kg::graph::Graph::load(out);
        if (back.entity_count() != g.entity_count() || back.relation_count() != g.relation_count())
          kg::fuzz::bug(std::string("a reloaded .") + ext + " graph has other counts");
      } catch (const kg::InputError& e) {
        kg::fuzz::bug(std::string("kg cannot read the .") + ext + " graph it wrote: " + e.what());
      }
    }
  });
  return 0;
}
