// Graph::add_triples (kg load): names resolved on the parsing threads must give the graph
// that add_triple one triple at a time gives, byte for byte, whatever the thread count.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <unistd.h>

#include "graph_test_util.hpp"
#include "kg/error.hpp"
#include "kg/graph/graph.hpp"
#include "kg/io.hpp"
#include "kg/triple_io.hpp"

namespace fs = std::filesystem;
using namespace kg;
using P = Predicate;
using T = EntityType;

namespace {
fs::path scratch(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("kg_load_test_" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d / name;
}

std::string file_bytes(const fs::path& p) { return io::read_file(p.string()); }

// A stream of `n` triples over a few thousand names written in several ways (case, spaces,
// accents: one entity each), types given late or never, lexicon rules, repeated facts,
// sentences and documents: more than one block of lines for the parallel reader (1 MB).
// `names` distinct names at most; `pad` more bytes in each sentence.
std::string triples_text(std::size_t n, std::size_t names = 3000, std::size_t pad = 0) {
  static const char* const stems[] = {"Acme", "Société Générale", "Tencent", "Mistral AI", "Nvidia", "Qwen",
                                      "DeepSeek", "Zhipu", "Baidu", "Alibaba Cloud"};
  static const T types[] = {T::Company, T::Company, T::Company, T::Company, T::Company,
                            T::Model,   T::Company, T::Company, T::Company, T::Company};
  auto name = [&](std::size_t i, std::size_t variant) {
    std::string base = std::string(stems[i % 10]) + " " + std::to_string(i / 10);
    switch (variant % 5) {
      case 1: for (auto& c : base) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c))); break;
      case 2: base = "  " + base + " "; break;
      case 3: if (i % 10 == 1) base = "Societe Generale " + std::to_string(i / 10); break;
      default: break;
    }
    return base;
  };
  std::string out;
  std::uint64_t x = 12345;
  auto next = [&] {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    return x >> 33;
  };
  static const P preds[] = {P::develops, P::competes_with, P::invests_in, P::founded, P::uses};
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t s = next() % names, o = (next() % 40 == 0) ? s : next() % names;  // a few loops
    const std::size_t doc = k / 7;
    Triple t;
    t.subject = Entity{name(s, next()), (k < n / 3 && next() % 2) ? T::Unknown : types[s % 10]};
    t.object = Entity{name(o, next()), next() % 4 == 0 ? T::Unknown : types[o % 10]};
    t.predicate = preds[next() % 5];
    t.confidence = static_cast<double>(next() % 1000) / 1000.0;
    t.evidence.doc = "doc" + std::to_string(doc) + ".txt";
    t.evidence.sentence = "Sentence " + std::to_string(k / 2) + " of doc " + std::to_string(doc) + ", with some words" +
                          std::string(pad, '+') + ".";
    t.evidence.start = (k / 2) * 10;
    t.evidence.end = t.evidence.start + t.evidence.sentence.size();
    t.evidence.date = doc % 3 ? "2025-0" + std::to_string(1 + doc % 9) + "-01" : "";
    if (next() % 50 == 0) t.rule = "lexicon.known";
    out += to_jsonl(t);
    out += '\n';
  }
  return out;
}

// What kg load does before each triple: its document, and a lexicon record the first time a
// name of it is seen (records merge names: an alias of one is another's name).
struct Before {
  graph::Graph& g;
  std::set<std::string> docs, seen;
  void operator()(const Triple& t) {
    if (!t.evidence.doc.empty() && docs.insert(t.evidence.doc).second) {
      DocumentInfo d;
      d.name = t.evidence.doc;
      d.date = t.evidence.date;
      g.add_document(d);
    }
    for (const auto* n : {&t.subject.name, &t.object.name}) {
      if (!seen.insert(*n).second) continue;
      if (n->rfind("Tencent 1", 0) == 0)
        g.add_entity(EntityRecord{*n, T::Company, "China", {"Tencent Holdings " + n->substr(8)}});
      if (n->rfind("Qwen 2", 0) == 0) g.add_entity(EntityRecord{"Qwen Family " + n->substr(5), T::Model, "", {*n}});
    }
  }
};

// The graph of `text` added one triple at a time, and with add_triples on `threads`.
void one_by_one(graph::Graph& g, const std::string& text) {
  Before before{g, {}, {}};
  std::istringstream in(text);
  read_triples(in, "t.jsonl", [&](Triple&& t) {
    before(t);
    g.add_triple(t);
  });
}
std::size_t bulk(graph::Graph& g, const std::string& text, unsigned threads) {
  Before before{g, {}, {}};
  std::istringstream in(text);
  return g.add_triples(in, "t.jsonl", std::ref(before), threads);
}

std::string saved(const graph::Graph& g, const std::string& name) {
  g.save(scratch(name).string());
  return file_bytes(scratch(name));
}
}  // namespace

TEST_CASE("add_triples builds the graph add_triple builds, byte for byte, on any number of threads") {
  const std::string text = triples_text(30000);
  REQUIRE(text.size() > (std::size_t(3) << 20));  // several blocks of the parallel reader
  graph::Graph ref;
  one_by_one(ref, text);
  ref.freeze();
  const std::string kgb = saved(ref, "ref.kgb"), json = saved(ref, "ref.json");
  CHECK(ref.entity_count() > 2900);
  CHECK(ref.find("TENCENT 12")->aliases.size() >= 2);
  for (const unsigned threads : {1u, 2u, 3u, 8u}) {
    INFO(threads << " threads");
    graph::Graph g;
    CHECK(bulk(g, text, threads) == 30000);
    g.freeze();
    CHECK(saved(g, "bulk.kgb") == kgb);
    CHECK(saved(g, "bulk.json") == json);
  }
}

namespace {
}  // namespace

TEST_CASE("a large load (name shards that grow, text and evidence rows in temporary files) is the same, byte for byte") {
  // About 37,000 names: the 64 name shards grow their tables. Sentences of 150 bytes: the
  // .kgb (9 MB) goes through several buffers of the writer behind (4 MB each), as the
  // temporary files of a larger load do.
  const std::size_t n = 50000;
  const std::string text = triples_text(n, 40000, 100);
  graph::Graph ref;
  one_by_one(ref, text);  // in memory: no temporary file
  ref.freeze();
  const std::string kgb = saved(ref, "big_ref.kgb");
  CHECK(kgb.size() > (std::size_t(8) << 20));
  CHECK(ref.entity_count() > 64 * 512);  // (a shard's table has 1,024 slots at first, at most half full)
  const int before = kg::test::spill_files_open();
  for (const unsigned threads : {1u, 2u}) {
    INFO(threads << " threads");
    graph::Graph g;
    g.reserve(n, std::size_t(64) << 20);  // as kg load of a large file: spilled
    CHECK(bulk(g, text, threads) == n);
    g.freeze();
    CHECK(kg::test::spill_files_open() == before + 2);  // the sentences, and the evidence rows since freeze()
    CHECK(saved(g, "big.kgb") == kgb);
  }
}

TEST_CASE("add_triples goes on from what a graph has: lexicon entities, a reopened graph, earlier files") {
  const std::string text = triples_text(9000);
  const std::string first = text.substr(0, text.find('\n', text.size() / 3) + 1), rest = text.substr(first.size());
  auto start = [](graph::Graph& g) {
    g.add_entity(EntityRecord{"Acme 7", T::Company, "France", {"Acme Seven", "ACME 8"}});
    g.add_triple(kg::test::triple("Nvidia 3", T::Company, P::develops, "Qwen 5", T::Model, "d.txt", "A sentence."));
  };
  graph::Graph ref, g;
  start(ref);
  start(g);
  one_by_one(ref, first);
  bulk(g, first, 2);
  ref.freeze();
  g.freeze();
  CHECK(saved(g, "a.kgb") == saved(ref, "a_ref.kgb"));
  // A reopened graph (views of the file), then the rest of the stream; then add_triple
  // after add_triples, before freezing.
  graph::Graph back_ref = graph::Graph::load(scratch("a.kgb").string());
  graph::Graph back = graph::Graph::load(scratch("a.kgb").string());
  one_by_one(back_ref, rest);
  bulk(back, rest, 3);
  const Triple t = kg::test::triple("ACME 7", T::Company, P::uses, "New One", T::Model, "e.txt", "Another.");
  back_ref.add_triple(t);
  back.add_triple(t);
  back_ref.freeze();
  back.freeze();
  CHECK(saved(back, "b.kgb") == saved(back_ref, "b_ref.kgb"));
  CHECK(saved(back, "b.json") == saved(back_ref, "b_ref.json"));
  CHECK(back.find("acme seven")->id == back.find("ACME 7")->id);
}

TEST_CASE("add_triples stops at the first bad line as add_triple does, with what came before it added") {
  const std::string good = triples_text(12000);
  std::size_t cut = 0;
  for (int i = 0; i < 9000; ++i) cut = good.find('\n', cut) + 1;
  const std::string bad_name = R"({"subject":{"name":"  ","type":"Company"},"predicate":"develops",)"
                               R"("object":"Qwen 1","confidence":0.5,"doc":"x.txt","sentence":"S."})";
  for (const std::string& bad : {bad_name, std::string("{not json")}) {
    const std::string text = good.substr(0, cut) + bad + "\n" + good.substr(cut);
    graph::Graph ref;
    std::string ref_error;
    try {
      one_by_one(ref, text);
    } catch (const InputError& e) {
      ref_error = e.what();
    }
    REQUIRE(!ref_error.empty());
    ref.freeze();
    const std::string kgb = saved(ref, "err_ref.kgb");
    for (const unsigned threads : {1u, 2u, 4u}) {
      INFO(threads << " threads, " << ref_error);
      graph::Graph g;
      try {
        bulk(g, text, threads);
        FAIL("no error");
      } catch (const InputError& e) {
        CHECK(std::string(e.what()) == ref_error);
      }
      g.freeze();
      CHECK(saved(g, "err.kgb") == kgb);
    }
  }
}
