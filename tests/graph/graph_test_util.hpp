// Small graphs for the graph tests, with French and English evidence.
#pragma once

#include <filesystem>
#include <string>

#include "kg/graph/graph.hpp"

namespace kg::test {

// Temporary files of graphs the process holds open now (graph::Graph::reserve: unlinked,
// named kg-spill-*).
inline int spill_files_open() {
  int n = 0;
  for (const auto& fd : std::filesystem::directory_iterator("/proc/self/fd")) {
    std::error_code ec;
    n += std::filesystem::read_symlink(fd.path(), ec).string().find("/kg-spill-") != std::string::npos;
  }
  return n;
}

inline Triple triple(std::string s, EntityType st, Predicate p, std::string o, EntityType ot, std::string doc,
                     std::string sentence, double conf = 0.8, std::size_t start = 0, std::string date = "") {
  Triple t;
  t.subject = Entity{std::move(s), st};
  t.predicate = p;
  t.object = Entity{std::move(o), ot};
  t.confidence = conf;
  t.evidence.doc = std::move(doc);
  t.evidence.sentence = std::move(sentence);
  t.evidence.start = start;
  t.evidence.end = start + t.evidence.sentence.size();
  t.evidence.date = std::move(date);
  return t;
}

// Yao Shunyu --worked_at--> OpenAI, Yao Shunyu --works_at--> Tencent, Alibaba --develops--> Qwen,
// Tencent --competes_with-- Alibaba, Alibaba --based_in--> China, Tencent --based_in--> China,
// DeepSeek --develops--> DeepSeek-R1, DeepSeek --based_in--> China; Nvidia alone with its chips.
inline graph::Graph ecosystem() {
  using P = Predicate;
  using T = EntityType;
  graph::Graph g;
  g.add_entity(EntityRecord{"United States", T::Country, "", {"États-Unis", "USA", "Washington"}});
  g.add_entity(EntityRecord{"China", T::Country, "", {"Chine"}});
  g.add_entity(EntityRecord{"Alibaba", T::Company, "China", {"Alibaba Group", "阿里巴巴"}});
  g.add_triple(triple("Yao Shunyu", T::Person, P::worked_at, "OpenAI", T::Company, "001.txt",
                      "Yao Shunyu travaillait auparavant en tant que chercheur senior chez OpenAI.", 0.9, 10,
                      "2025-09-01"));
  g.add_triple(triple("Yao Shunyu", T::Person, P::works_at, "Tencent", T::Company, "001.txt",
                      "Tencent a recruté Yao Shunyu, ancien chercheur d'OpenAI.", 0.85, 120, "2025-09-01"));
  g.add_triple(triple("Alibaba", T::Company, P::develops, "Qwen", T::Model, "004.txt",
                      "Qwen, le système de modélisation IA d'Alibaba, progresse.", 0.9, 0, "2025-10-02"));
  g.add_triple(triple("Alibaba Group", T::Company, P::develops, "Qwen", T::Model, "003.txt",
                      "Alibaba Group released Qwen 3 last week.", 0.7, 40, "2025-08-15"));
  g.add_triple(triple("Tencent", T::Company, P::competes_with, "Alibaba", T::Company, "003.txt",
                      "Tencent competes with Alibaba in cloud AI.", 0.6, 90, "2025-08-15"));
  g.add_triple(triple("Alibaba", T::Company, P::based_in, "Chine", T::Country, "004.txt",
                      "Le géant chinois Alibaba investit massivement.", 0.8, 200, "2025-10-02"));
  g.add_triple(triple("Tencent", T::Company, P::based_in, "China", T::Country, "003.txt",
                      "Chinese firms such as Tencent are hiring.", 0.8, 300, "2025-08-15"));
  g.add_triple(triple("DeepSeek", T::Company, P::develops, "DeepSeek-R1", T::Model, "002.txt",
                      "DeepSeek a lancé son modèle DeepSeek-R1 en janvier.", 0.95, 0, "2025-01-20"));
  g.add_triple(triple("DeepSeek", T::Company, P::based_in, "China", T::Country, "002.txt",
                      "La startup chinoise DeepSeek a surpris la Silicon Valley.", 0.8, 80, "2025-01-20"));
  g.add_triple(triple("Washington", T::Country, P::restricts, "Nvidia GPUs", T::Chip, "000.txt",
                      "Washington restricts sales of Nvidia GPUs to China.", 0.75, 0, "2025-03-01"));
  g.add_triple(triple("Nvidia", T::Company, P::develops, "Nvidia GPUs", T::Chip, "000.txt",
                      "Nvidia designs the GPUs that train most models.", 0.7, 60, "2025-03-01"));
  g.freeze();
  return g;
}

}  // namespace kg::test
