// Lexicon and rule files (KG_FUZZ_KIND: lexicon, rules): loaded, then used on an article.
#include <string>

#include "common.hpp"
#include "kg/extract/extractor.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  kg::fuzz::expect_kg_errors_only([&] {
    kg::extract::Extractor x = kg::extract::make_extractor({}, {}, false, false);
    const std::string kind = KG_FUZZ_KIND;
    if (kind == "lexicon") {
      x.add_lexicon(bytes, "fuzz.json");
      for (const auto& r : kg::extract::default_rules()) x.add_rules(r.content, r.name);
    } else {
      // A small lexicon: the default one takes most of a run to load.
      x.add_lexicon(R"({"version":1,"entities":[{"name":"Alibaba","type":"Company","aliases":["Alibaba Group"]},
        {"name":"Qwen","type":"Model"},{"name":"Tencent","type":"Company"},{"name":"OpenAI","type":"Company"},
        {"name":"Yao Shunyu","type":"Person"},{"name":"GPT-4","type":"Model"},
        {"name":"United States","type":"Country","aliases":["Etats-Unis"]},{"name":"Nvidia","type":"Company"}]})",
                    "small.json");
      x.add_rules(bytes, "fuzz.json");
    }
    kg::extract::Document d;
    d.name = "a.txt";
    d.text =
        "Alibaba a lancé Qwen. Yao Shunyu travaille chez Tencent, selon Reuters. OpenAI develops "
        "GPT-4 and is based in the United States. Mistral AI, la startup parisienne, utilise des puces Nvidia.";
    x.extract(d);
    x.entity_records();
  });
  return 0;
}
