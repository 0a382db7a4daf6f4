// The layout file of --keep-layout.
#include "common.hpp"
#include "kg/render/render.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string in = kg::fuzz::to_file("layout.json", {reinterpret_cast<const char*>(data), size});
  kg::fuzz::expect_kg_errors_only([&] {
    const auto pos = kg::render::read_layout(in);
    const std::string again = kg::fuzz::to_file("again.json", kg::render::layout_to_json(pos));
    if (kg::render::read_layout(again).size() != pos.size()) kg::fuzz::bug("layout does not read back");
  });
  return 0;
}
