// Article readers (KG_FUZZ_EXT: txt, md, html, jsonl) and the extraction that follows them.
#include <string_view>

#include "common.hpp"
#include "kg/extract/extractor.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const kg::extract::Extractor x = kg::extract::make_extractor({}, {}, true, true);
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  kg::fuzz::expect_kg_errors_only([&] {
    kg::extract::parse_documents("fuzz." KG_FUZZ_EXT, bytes, [&](kg::extract::Document&& d) {
      for (const auto& f : x.extract(d)) {
        if (f.triple.evidence.end > d.text.size() || f.triple.evidence.start > f.triple.evidence.end)
          kg::fuzz::bug("evidence span outside the document");
      }
    });
  });
  return 0;
}
