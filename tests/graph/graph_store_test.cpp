#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>
#include <unistd.h>

#include "graph_test_util.hpp"
#include "kg/error.hpp"
#include "kg/graph/graph.hpp"
#include "kg/graph/query.hpp"
#include "kg/io.hpp"

namespace fs = std::filesystem;
using namespace kg;
using kg::test::triple;
using P = Predicate;
using T = EntityType;

namespace {
fs::path scratch(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("kg_graph_test_" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d / name;
}

const graph::RelationInfo* find_rel(const std::vector<graph::RelationInfo>& rels, const std::string& s, P p,
                                    const std::string& o) {
  for (const auto& r : rels)
    if (r.subject == s && r.predicate == p && r.object == o) return &r;
  return nullptr;
}
}  // namespace

TEST_CASE("one relation per fact, with every distinct evidence (FR and EN)") {
  graph::Graph g;
  const auto fr = triple("Alibaba", T::Company, P::develops, "Qwen", T::Model, "004.txt",
                         "Qwen, le système de modélisation IA d'Alibaba, progresse.", 0.5, 0);
  const auto en = triple("Alibaba", T::Company, P::develops, "Qwen", T::Model, "003.txt",
                         "Alibaba released Qwen 3 last week.", 0.5, 40);
  g.add_triple(fr);
  g.add_triple(en);
  g.add_triple(fr);  // identical evidence: kept once
  g.freeze();
  REQUIRE(g.relation_count() == 1);
  const auto rels = g.relations();
  REQUIRE(rels[0].evidence.size() == 2);
  CHECK(rels[0].evidence[0].doc == "003.txt");  // sorted by document
  CHECK(rels[0].evidence[1].doc == "004.txt");
  CHECK(rels[0].confidence == Approx(1 - 0.5 * 0.5));
  CHECK(rels[0].subject == "alibaba");
  CHECK(rels[0].object == "qwen");
}

TEST_CASE("competes_with is stored once, in id order") {
  graph::Graph g;
  g.add_triple(triple("Tencent", T::Company, P::competes_with, "Alibaba", T::Company, "a.txt", "Tencent rivalise avec Alibaba."));
  g.add_triple(triple("Alibaba", T::Company, P::competes_with, "Tencent", T::Company, "b.txt", "Alibaba competes with Tencent."));
  g.freeze();
  REQUIRE(g.relation_count() == 1);
  const auto r = g.relations().front();
  CHECK(r.subject == "alibaba");
  CHECK(r.object == "tencent");
  CHECK(r.evidence.size() == 2);
  // Other predicates keep their direction: two facts.
  g.add_triple(triple("Tencent", T::Company, P::invests_in, "Alibaba", T::Company, "c.txt", "x"));
  g.add_triple(triple("Alibaba", T::Company, P::invests_in, "Tencent", T::Company, "c.txt", "y"));
  g.freeze();
  CHECK(g.relation_count() == 3);
}

TEST_CASE("entities merge by name and alias, lexicon types win, else the first known type") {
  graph::Graph g;
  g.add_triple(triple("DeepSeek", T::Unknown, P::develops, "DeepSeek-R1", T::Model, "a.txt", "s1"));
  g.add_triple(triple("deepseek", T::Company, P::based_in, "Chine", T::Country, "a.txt", "s2"));
  g.add_triple(triple("DeepSeek", T::Organization, P::uses, "H800", T::Chip, "a.txt", "s3"));
  g.freeze();
  auto e = g.find("DeepSeek");
  REQUIRE(e);
  CHECK(e->type == T::Company);  // first non-Unknown
  CHECK(e->aliases == std::vector<std::string>{"deepseek"});
  // A lexicon record that arrives later still sets the type, and its aliases resolve.
  g.add_entity(EntityRecord{"China", T::Country, "", {"Chine", "中国"}});
  g.add_entity(EntityRecord{"DeepSeek", T::Organization, "China", {"Deepseek AI"}});
  g.freeze();
  e = g.find("deepseek ai");
  REQUIRE(e);
  CHECK(e->name == "DeepSeek");
  CHECK(e->type == T::Organization);
  CHECK(e->country == "China");
  const auto china = g.find("中国");
  REQUIRE(china);
  CHECK(china->name == "Chine");  // the first name seen stays the display name
  CHECK(g.entity_count() == 4);
}

TEST_CASE("find is forgiving about case, accents, apostrophes and ids, never about typos") {
  const auto g = kg::test::ecosystem();
  auto row = GENERATE(table<std::string, std::string>({
      {"États-Unis", "United States"},
      {"etats-unis", "United States"},
      {"WASHINGTON", "United States"},
      {"united-states", "United States"},  // id
      {"yao shunyu", "Yao Shunyu"},
      {"  Yao   Shunyu ", "Yao Shunyu"},
      {"alibaba group", "Alibaba"},
      {"chine", "China"},
  }));
  const auto e = g.find(std::get<0>(row));
  REQUIRE(e);
  CHECK(e->name == std::get<1>(row));
  CHECK_FALSE(g.find("Alibeba"));
  CHECK_FALSE(g.find(""));
}

TEST_CASE("require names the unknown entity and suggests close ones") {
  const auto g = kg::test::ecosystem();
  CHECK_THROWS_WITH(g.require("Alibeba"), "no entity 'Alibeba'; did you mean: Alibaba");
  CHECK_THROWS_AS(g.require("Alibeba"), UsageError);
  CHECK_THROWS_WITH(g.require("zzzzzzzzzz"), "no entity 'zzzzzzzzzz'");
  try {
    g.require("Tencnet");
  } catch (const Error& e) {
    CHECK(e.exit_code() == 2);
    CHECK(std::string(e.what()).find("Tencent") != std::string::npos);
  }
}

TEST_CASE("ids are slugs, de-duplicated deterministically and kept across saves") {
  graph::Graph g;
  g.add_triple(triple("Cplusplus", T::Product, P::uses, "C++", T::Product, "a.txt", "s"));
  g.freeze();
  auto ents = g.entities();
  REQUIRE(ents.size() == 2);
  CHECK(ents[0].id == "cplusplus");
  CHECK(ents[0].name == "C++");  // "C++" < "Cplusplus": it gets the plain slug
  CHECK(ents[1].id == "cplusplus-2");
  // Adding more later never renames existing ids.
  g.add_triple(triple("C plus plus", T::Product, P::uses, "C++", T::Product, "a.txt", "t"));
  g.freeze();
  ents = g.entities();
  CHECK(g.find("C++")->id == "cplusplus");
  CHECK(g.find("Cplusplus")->id == "cplusplus-2");
  CHECK(g.find("C plus plus")->id == "c-plus-plus");
}

TEST_CASE("entities are in id order when a de-duplicated id breaks the order ids were given in") {
  // Ids are given in (slug, name) order: "A B" -> a-b, "A-B" -> a-b-2 (its slug taken),
  // "A B 1" -> a-b-1, which sorts before a-b-2. (When they are given in id order, freeze()
  // takes that order as it is.)
  graph::Graph g;
  g.add_triple(triple("A B", T::Company, P::develops, "A-B", T::Model, "a.txt", "s"));
  g.add_triple(triple("A B 1", T::Company, P::develops, "A-B", T::Model, "a.txt", "t"));
  g.freeze();
  const auto ents = g.entities();
  REQUIRE(ents.size() == 3);
  CHECK(ents[0].id == "a-b");
  CHECK(ents[0].name == "A B");
  CHECK(ents[1].id == "a-b-1");
  CHECK(ents[2].id == "a-b-2");
  CHECK(ents[2].name == "A-B");
  const auto rels = g.relations();
  REQUIRE(rels.size() == 2);
  CHECK(rels[0].subject == "a-b");
  CHECK(rels[0].object == "a-b-2");
  CHECK(rels[1].subject == "a-b-1");
  CHECK(g.find("a-b-1")->name == "A B 1");
}

TEST_CASE("JSON save/load round-trips and two saves are byte-identical") {
  const auto g = kg::test::ecosystem();
  const auto a = scratch("a.json"), b = scratch("b.json"), c = scratch("c.json");
  g.save(a.string());
  g.save(b.string());
  CHECK(io::read_file(a.string()) == io::read_file(b.string()));
  const auto h = graph::Graph::load(a.string());
  h.save(c.string());
  CHECK(io::read_file(a.string()) == io::read_file(c.string()));
  CHECK(h.entity_count() == g.entity_count());
  CHECK(h.relation_count() == g.relation_count());
  const auto rels = h.relations();
  const auto* r = find_rel(rels, "alibaba", P::develops, "qwen");
  REQUIRE(r);
  CHECK(r->evidence.size() == 2);
  CHECK(r->first_seen == "2025-08-15");
  CHECK(r->last_seen == "2025-10-02");
  CHECK(r->best_evidence()->doc == "004.txt");  // 0.9 beats 0.7
  CHECK(h.find("Washington")->name == "United States");
  const std::string text = io::read_file(a.string());
  CHECK(text.rfind("{\n \"format\": \"kg-graph\",\n \"version\": 2,", 0) == 0);
}

TEST_CASE("documents keep their locations, metadata sources and copies through JSON and .kgb") {
  auto g = kg::test::ecosystem();
  DocumentInfo d;
  d.name = "article.txt";
  d.hash = "0123456789abcdef";
  d.locations = {"a/article.txt", "mirror/article.txt"};
  d.title = "Alibaba dévoile Qwen 3";
  d.date = "2025-10-02";
  d.metadata_from = {{"date", "line 2: 'Publié le'"}, {"title", "og:title"}};
  d.copy_of = "004.txt";
  d.sketch = "0000000a0000000b";
  d.bytes = 1200;
  g.add_document(d);
  g.freeze();
  const auto j = scratch("docs.json"), b = scratch("docs.kgb");
  g.save(j.string());
  g.save(b.string());
  for (const auto& p : {j, b}) {
    const auto docs = graph::Graph::load(p.string()).documents();
    REQUIRE(docs.size() == 1);
    CHECK(docs[0] == d);
  }
}

TEST_CASE("graph files of earlier versions are read: one path becomes a location") {
  const auto p = scratch("v1docs.json");
  std::ofstream(p, std::ios::binary)
      << "{\"format\":\"kg-graph\",\"version\":1,\"entities\":[],\"relations\":[],\"documents\":["
         "{\"name\":\"a.txt\",\"hash\":\"h\",\"path\":\"news/a.txt\",\"title\":\"A\",\"bytes\":3},"
         "{\"name\":\"x1\",\"hash\":\"\",\"path\":\"c.jsonl\",\"date\":\"2025-01-02\"}]}";
  const auto docs = graph::Graph::load(p.string()).documents();
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].locations == std::vector<std::string>{"news/a.txt"});
  CHECK(docs[0].title == "A");
  CHECK(docs[1].locations == std::vector<std::string>{"c.jsonl#x1"});  // a JSONL article
  CHECK(docs[1].date == "2025-01-02");
}

TEST_CASE("copies of one story count once in a fact's confidence") {
  graph::Graph g;
  g.add_triple(triple("Alibaba", T::Company, P::develops, "Qwen", T::Model, "wire.txt", "Alibaba a lancé Qwen.", 0.75));
  g.add_triple(triple("Alibaba", T::Company, P::develops, "Qwen", T::Model, "copy.txt", "Alibaba a lancé Qwen.", 0.75));
  g.add_triple(triple("Alibaba", T::Company, P::develops, "Qwen", T::Model, "other.txt", "Alibaba released Qwen.", 0.5));
  g.freeze();
  const auto conf = [&] { return find_rel(g.relations(), "alibaba", P::develops, "qwen")->confidence; };
  CHECK(conf() == Approx(1 - 0.25 * 0.25 * 0.5));  // three independent sources
  DocumentInfo copy;
  copy.name = "copy.txt";
  copy.copy_of = "wire.txt";
  g.add_document(copy);
  g.freeze();
  CHECK(conf() == Approx(1 - 0.25 * 0.5));  // the syndicated copy confirms nothing new
  // The same through the one formula other outputs use.
  std::vector<WeighedEvidence> w{{1, 1, 0.75}, {1, 2, 0.75}, {3, 3, 0.5}};
  CHECK(combined_confidence(w) == Approx(1 - 0.25 * 0.5));
  // Two sentences of one document are two statements; a copy counts at its best document.
  w = {{1, 1, 0.5}, {1, 1, 0.5}, {1, 2, 0.6}};
  CHECK(combined_confidence(w) == Approx(0.75));
  // A story in three documents (the scan of a story once stopped advancing after its second
  // document and never returned: kg build hung on a corpus with syndicated copies).
  w = {{1, 1, 0.5}, {1, 2, 0.6}, {1, 3, 0.3}};
  CHECK(combined_confidence(w) == Approx(0.6));
}

TEST_CASE(".kgb round-trips to the same graph as JSON") {
  const auto g = kg::test::ecosystem();
  const auto bin = scratch("g.kgb"), bin2 = scratch("g2.kgb"), j1 = scratch("g1.json"), j2 = scratch("g2.json");
  g.save(bin.string());
  g.save(j1.string());
  const auto h = graph::Graph::load(bin.string());
  h.save(j2.string());
  h.save(bin2.string());
  CHECK(io::read_file(j1.string()) == io::read_file(j2.string()));
  CHECK(io::read_file(bin.string()) == io::read_file(bin2.string()));
  CHECK(h.find("etats-unis")->name == "United States");
  // Growing a reopened graph works and keeps ids.
  auto grown = graph::Graph::load(bin.string());
  grown.add_triple(triple("Nvidia", T::Company, P::develops, "H20", T::Chip, "005.txt", "Nvidia a conçu la puce H20 pour la Chine."));
  grown.freeze();
  CHECK(grown.relation_count() == g.relation_count() + 1);
  CHECK(grown.find("Nvidia")->id == "nvidia");
}

TEST_CASE("bad graph files fail with one line naming the file") {
  auto row = GENERATE(table<std::string, std::string>({
      {"{\"format\":\"kg-graph\",\"version\":1,\"entities\":[", "malformed JSON"},
      {"[1,2]", "not a kg graph"},
      {"{\"format\":\"kg-graph\",\"version\":7,\"entities\":[],\"relations\":[]}", "version 7 is not supported"},
      {"{\"format\":\"kg-graph\",\"version\":1,\"entities\":[{\"id\":\"a\",\"name\":3}],\"relations\":[]}",
       "entities[0]: \"name\" is not a string"},
      {"{\"format\":\"kg-graph\",\"version\":1,\"entities\":[{\"id\":\"a\",\"name\":\"A\"}],\"relations\":"
       "[{\"subject\":\"a\",\"predicate\":\"eats\",\"object\":\"a\"}]}",
       "relations[0]: unknown predicate \"eats\""},
      {"{\"format\":\"kg-graph\",\"version\":1,\"entities\":[{\"id\":\"a\",\"name\":\"A\"}],\"relations\":"
       "[{\"subject\":\"a\",\"predicate\":\"uses\",\"object\":\"b\"}]}",
       "\"object\" names no entity id"},
      {"{\"format\":\"kg-graph\",\"version\":1,\"entities\":[{\"id\":\"a\",\"name\":\"A\"}],\"relations\":"
       "[{\"subject\":\"a\",\"predicate\":\"uses\",\"object\":\"a\",\"evidence\":[{\"start\":-4}]}]}",
       "relations[0].evidence[0]: \"start\" is not a non-negative integer"},
      {"   \n", "empty file"},
      {"KGGRAPHB\x01", "damaged graph file (truncated)"},
  }));
  const auto p = scratch("bad.json");
  std::ofstream(p, std::ios::binary) << std::get<0>(row);
  CHECK_THROWS_AS(graph::Graph::load(p.string()), InputError);
  CHECK_THROWS_WITH(graph::Graph::load(p.string()),
                    Catch::StartsWith(p.string() + ": ") && Catch::Contains(std::get<1>(row)));
  CHECK_THROWS_WITH(graph::Graph::load("/nonexistent/g.json"), Catch::Contains("/nonexistent/g.json"));
}

TEST_CASE("a truncated .kgb is refused, not misread") {
  const auto g = kg::test::ecosystem();
  const auto bin = scratch("t.kgb");
  g.save(bin.string());
  std::string bytes = io::read_file(bin.string());
  for (std::size_t cut : {bytes.size() - 1, bytes.size() / 2, std::size_t(20)}) {
    const auto p = scratch("cut.kgb");
    std::ofstream(p, std::ios::binary) << bytes.substr(0, cut);
    CHECK_THROWS_AS(graph::Graph::load(p.string()), InputError);
  }
}

TEST_CASE("a bit-flipped .kgb is refused as a damaged graph file or reads as a sound graph") {
  // Issue 12 item 3: flips reached an unchecked evidence row and crashed kg build --update;
  // others passed NaN confidences and invalid UTF-8 through to the files kg then wrote.
  const auto g = kg::test::ecosystem();
  const auto bin = scratch("flip_src.kgb");
  g.save(bin.string());
  const std::string bytes = io::read_file(bin.string());
  const auto p = scratch("flip.kgb"), out = scratch("flip_out.json"), out2 = scratch("flip_out.kgb");
  std::size_t refused = 0, read = 0;
  for (std::size_t i = 16; i < bytes.size(); ++i) {  // after magic, version and byte order
    std::string b = bytes;
    b[i] = static_cast<char>(b[i] ^ (i % 2 ? 0x01 : 0x80));
    std::ofstream(p, std::ios::binary) << b;
    graph::Graph h;
    try {
      h = graph::Graph::load(p.string());
    } catch (const InputError& e) {
      CHECK_THAT(e.what(), Catch::StartsWith(p.string() + ": ") && Catch::Contains("damaged graph file"));
      ++refused;
      continue;
    }
    // What reads must be usable: changed (as --update does), written and read back; or, for
    // a damaged sentence or evidence row (checked when first read), refused then.
    try {
      h.add_triple(triple("Flip", T::Company, P::uses, "Bit", T::Product, "flip.txt", "Flip uses Bit.", 0.5, 0, ""));
    } catch (const InputError& e) {
      CHECK_THAT(e.what(), Catch::StartsWith(p.string() + ": ") &&
                               (Catch::Contains("damaged graph file (invalid UTF-8") ||
                                Catch::Contains("damaged graph file (evidence")));
      ++refused;
      continue;
    }
    ++read;
    h.freeze();
    h.save(out.string());
    h.save(out2.string());
    CHECK_NOTHROW(graph::Graph::load(out.string()));
    CHECK_NOTHROW(graph::Graph::load(out2.string()));
  }
  CHECK(refused > 0);
  CHECK(read > 0);
}

TEST_CASE("evidence whose end is before its start (accepted from JSON) survives a .kgb round trip") {
  // fuzz/regressions/graph_json: the .kgb reader refused what the .kgb writer had written.
  auto t = triple("Nvidia", T::Company, P::develops, "H20", T::Chip, "a.txt", "Nvidia designed the H20.", 0.8, 95,
                  "2025-11-04");
  t.evidence.end = 0;  // "end" missing in the JSON
  graph::Graph g;
  g.add_triple(t);
  g.freeze();
  const auto p = scratch("end_before_start.kgb");
  g.save(p.string());
  CHECK(graph::Graph::load(p.string()).relation_count() == 1);
}

TEST_CASE("a name holding a NUL character is kept whole through .json and .kgb") {
  // fuzz/regressions/writers: the JSON reader refused a name the graph had accepted and
  // written; names are kept whole (never cut at the NUL), and writers drop the NUL.
  graph::Graph g;
  g.add_triple(triple(std::string("Open\0AI", 7), T::Company, P::develops, "GPT", T::Model, "a.txt", "s"));
  g.freeze();
  for (const std::string ext : {"json", "kgb"}) {
    const auto p = scratch("nul." + ext);
    g.save(p.string());
    const auto back = graph::Graph::load(p.string());
    REQUIRE(back.entity_count() == 2);
    const auto ents = back.entities();
    CHECK(std::any_of(ents.begin(), ents.end(), [](const auto& e) { return e.name == std::string("Open\0AI", 7); }));
  }
}

TEST_CASE("confidences are rounded as saved when evidence enters the graph: save, load, save is identical") {
  // Confidences with more digits than a graph file keeps (6): the combined confidence of a
  // relation must be computed from the values that will be saved, or a reloaded graph
  // computes another one and its next save differs.
  graph::Graph g;
  g.add_triple(triple("Mistral AI", T::Company, P::develops, "Le Chat", T::Product, "a.txt",
                      "Mistral AI a lancé Le Chat.", 0.1234567, 0, "2025-02-01"));
  g.add_triple(triple("Mistral AI", T::Company, P::develops, "Le Chat", T::Product, "b.txt",
                      "Mistral AI launched Le Chat.", 0.5432198, 10, "2025-02-03"));
  g.add_triple(triple("Mistral AI", T::Company, P::based_in, "France", T::Country, "b.txt",
                      "Mistral AI, the French start-up.", 0.33333333, 40, "2025-02-03"));
  g.freeze();
  for (const std::string ext : {"json", "kgb"}) {
    const auto a = scratch("round_a." + ext), b = scratch("round_b." + ext);
    g.save(a.string());
    const auto h = graph::Graph::load(a.string());
    h.save(b.string());
    CHECK(io::read_file(a.string()) == io::read_file(b.string()));
    const auto rg = g.relations(), rh = h.relations();
    REQUIRE(rg.size() == rh.size());
    for (std::size_t i = 0; i < rg.size(); ++i) {
      CHECK(rg[i].confidence == rh[i].confidence);
      CHECK(rg[i].evidence_confidence == rh[i].evidence_confidence);
    }
  }
  // Rounded to 6 decimals in memory too.
  const auto rels = g.relations();
  const auto* r = find_rel(rels, "mistral-ai", P::develops, "le-chat");
  REQUIRE(r);
  REQUIRE(r->evidence_confidence.size() == 2);
  CHECK(r->evidence_confidence[0] == Approx(0.123457).margin(1e-7));  // held as a float
  CHECK(r->confidence == Approx(1 - (1 - 0.123457) * (1 - 0.543220)).margin(1e-6));
}

namespace {
// The parts of a version 4 .kgb, from which the tests rebuild older versions: header,
// sections (u64 bytes + body: strings, entities, documents), arrays (u64 count, zeros to a
// multiple of 64 bytes, elements: the name index's bytes, offsets and entities; relations,
// evidence, sentence text; adjacency offsets, targets, dir_rel), a checksum, the end marker.
struct KgbParts {
  std::string strings, entities, documents;
  std::string key_blob, key_off, key_val;
  std::string rels, ev, text;
  std::string adj_offsets, adj_targets, adj_dir_rel;
  std::size_t n_rels = 0, n_ev = 0;
};

template <class T>
T read_at(const std::string& b, std::size_t pos) {
  T v{};
  REQUIRE(pos + sizeof v <= b.size());
  std::memcpy(&v, b.data() + pos, sizeof v);
  return v;
}

KgbParts split_v4(const std::string& b) {
  REQUIRE(b.compare(0, 8, "KGGRAPHB") == 0);
  REQUIRE(read_at<std::uint32_t>(b, 8) == 4);
  std::size_t pos = 16;
  auto section = [&] {
    const auto n = read_at<std::uint64_t>(b, pos);
    pos += 8;
    std::string body = b.substr(pos, n);
    pos += n;
    return body;
  };
  auto array = [&](std::size_t elem, std::size_t* count = nullptr) {
    const auto n = read_at<std::uint64_t>(b, pos);
    pos += 8;
    pos += (64 - pos % 64) % 64;
    std::string body = b.substr(pos, n * elem);
    pos += n * elem;
    if (count) *count = n;
    return body;
  };
  KgbParts k;
  k.strings = section();
  k.entities = section();
  k.key_blob = array(1);
  k.key_off = array(8);
  k.key_val = array(4);
  k.documents = section();
  k.rels = array(32, &k.n_rels);
  k.ev = array(48, &k.n_ev);
  k.text = array(1);
  k.adj_offsets = array(4);
  k.adj_targets = array(4);
  k.adj_dir_rel = array(4);
  pos += 8;  // checksum
  CHECK(b.substr(pos) == "KGBEND00");
  return k;
}

// Version 3 (the name index as a section; no adjacency) or 1 (no padding either; pass the
// documents section in the old layout).
std::string older_kgb(const KgbParts& k, std::uint32_t version, const std::string& documents) {
  std::string out = "KGGRAPHB";
  auto u32 = [&](std::uint32_t v) { out.append(reinterpret_cast<const char*>(&v), 4); };
  auto u64 = [&](std::uint64_t v) { out.append(reinterpret_cast<const char*>(&v), 8); };
  auto section = [&](const std::string& body) {
    u64(body.size());
    out += body;
  };
  auto array = [&](const std::string& bytes, std::size_t n) {
    u64(n);
    if (version >= 2) out.append((64 - out.size() % 64) % 64, '\0');
    out += bytes;
  };
  u32(version);
  u32(0x01020304);
  section(k.strings);
  section(k.entities.substr(8));  // version 4 puts the entity count first
  std::string keys;
  const std::size_t nk = k.key_val.size() / 4;
  for (std::size_t i = 0; i < nk; ++i) {
    const auto a = read_at<std::uint64_t>(k.key_off, 8 * i), e = read_at<std::uint64_t>(k.key_off, 8 * i + 8);
    const auto len = static_cast<std::uint32_t>(e - a);
    keys.append(reinterpret_cast<const char*>(&len), 4).append(k.key_blob, a, len).append(k.key_val, 4 * i, 4);
  }
  section(keys);
  section(documents);
  array(k.rels, k.n_rels);
  array(k.ev, k.n_ev);
  array(k.text, k.text.size());
  out += "KGBEND00";
  return out;
}
}  // namespace

TEST_CASE("a version 1 .kgb (arrays not aligned) still opens, to the same graph") {
  // Version 2 pads each large array to a multiple of 64 bytes so that it can be mapped in
  // place; version 1 had no padding. Before version 3 a document was 8 strings (one path)
  // and its byte count.
  auto g = kg::test::ecosystem();
  DocumentInfo doc;
  doc.name = "001.txt";
  doc.hash = "h1";
  doc.locations = {"news/001.txt"};
  doc.title = "Tencent recrute";
  doc.bytes = 42;
  g.add_document(doc);
  g.freeze();
  const auto v4 = scratch("v4.kgb"), v1 = scratch("v1.kgb"), j1 = scratch("v1.json"), j2 = scratch("v2.json");
  g.save(v4.string());
  const std::string b = io::read_file(v4.string());
  std::string docs;
  for (const std::string& x : {doc.name, doc.hash, doc.locations[0], doc.title, std::string(), std::string(),
                               std::string(), std::string()}) {
    const auto len = static_cast<std::uint32_t>(x.size());
    docs.append(reinterpret_cast<const char*>(&len), 4).append(x);
  }
  const std::uint64_t bytes = doc.bytes;
  docs.append(reinterpret_cast<const char*>(&bytes), 8);
  const std::string out = older_kgb(split_v4(b), 1, docs);
  REQUIRE(out.size() < b.size());
  std::ofstream(v1, std::ios::binary) << out;
  const auto h = graph::Graph::load(v1.string());
  h.save(j1.string());
  g.save(j2.string());
  CHECK(io::read_file(j1.string()) == io::read_file(j2.string()));
  CHECK(h.find("Chine")->id == "china");
  REQUIRE(h.documents().size() == 1);
  CHECK(h.documents()[0] == doc);
}

TEST_CASE("a version 3 .kgb (no stored adjacency) opens to the same graph and saves as the same version 4 file") {
  auto g = kg::test::ecosystem();
  const auto v4 = scratch("v4b.kgb"), v3 = scratch("v3.kgb"), again = scratch("v4again.kgb");
  const auto j3 = scratch("v3.json"), j4 = scratch("v4.json");
  g.save(v4.string());
  const std::string b = io::read_file(v4.string());
  const KgbParts k = split_v4(b);
  std::ofstream(v3, std::ios::binary) << older_kgb(k, 3, k.documents);
  const auto h = graph::Graph::load(v3.string());
  h.save(j3.string());
  g.save(j4.string());
  CHECK(io::read_file(j3.string()) == io::read_file(j4.string()));
  h.save(again.string());
  CHECK(io::read_file(again.string()) == b);
  const auto ph = graph::find_paths(h, "Alibaba", "Qwen"), pg = graph::find_paths(g, "Alibaba", "Qwen");
  REQUIRE(ph.size() == pg.size());
  CHECK(ph[0].hops() == pg[0].hops());
}

TEST_CASE("the adjacency of a large graph (built on the cores) is each entity's relations in order, both ways") {
  // 70,000 relations (enough to split the rows between threads), a hub in a third of them
  // and a few loops: rows are checked against the relations written to the same .kgb.
  graph::Graph g;
  for (int i = 0; i < 70000; ++i) {
    const std::string a = i % 3 == 0 ? std::string("Hub") : "Firm " + std::to_string(i % 20011);
    const std::string b = i % 97 == 0 ? a : "Model " + std::to_string((i * 7919) % 30011);
    g.add_triple(triple(a, T::Company, i % 2 ? P::develops : P::uses, b, T::Model, "d" + std::to_string(i / 50) + ".txt",
                        "S " + std::to_string(i) + "."));
  }
  g.freeze();
  const auto file = scratch("adj_large.kgb");
  g.save(file.string());
  const std::string b = io::read_file(file.string());
  const KgbParts k = split_v4(b);
  REQUIRE(k.n_rels > 65536);
  REQUIRE(k.rels.size() == k.n_rels * 32);
  std::vector<std::vector<std::uint32_t>> arrays;  // offsets, targets, dir_rel
  for (const std::string* a : {&k.adj_offsets, &k.adj_targets, &k.adj_dir_rel}) {
    arrays.emplace_back(a->size() / 4);
    std::memcpy(arrays.back().data(), a->data(), a->size());
  }
  const std::size_t n = g.entity_count();
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> rows(n);  // (target, dir_rel)
  for (std::uint32_t r = 0; r < k.n_rels; ++r) {
    std::uint32_t s, o;
    std::memcpy(&s, k.rels.data() + r * 32, 4);
    std::memcpy(&o, k.rels.data() + r * 32 + 4, 4);
    rows[s].emplace_back(o, r * 2 + 1);
    rows[o].emplace_back(s, r * 2);
  }
  REQUIRE(arrays[0].size() == n + 1);
  std::size_t mismatched = 0;
  for (std::size_t v = 0; v < n; ++v) {
    const std::uint32_t from = arrays[0][v], to = arrays[0][v + 1];
    if (to - from != rows[v].size()) {
      ++mismatched;
      continue;
    }
    for (std::uint32_t e = from; e < to; ++e)
      if (arrays[1][e] != rows[v][e - from].first || arrays[2][e] != rows[v][e - from].second) {
        ++mismatched;
        break;
      }
  }
  CHECK(mismatched == 0);
  CHECK(!graph::find_paths(g, "Firm 5", "Model 35").empty());
}

TEST_CASE("a version 4 .kgb whose adjacency or name index is damaged is refused, naming the file") {
  const auto g = kg::test::ecosystem();
  const auto src = scratch("adj_src.kgb"), p = scratch("adj_bad.kgb");
  g.save(src.string());
  const std::string b = io::read_file(src.string());
  // Where the arrays after the text start: walk the layout as split_v4 does.
  const KgbParts k = split_v4(b);
  const std::size_t text_at = b.find(k.text, b.find(k.ev) + k.ev.size());
  REQUIRE(text_at != std::string::npos);
  std::size_t pos = text_at + k.text.size();
  std::vector<std::pair<std::size_t, std::size_t>> adj;  // (start, bytes) of offsets, targets, dir_rel
  for (int a = 0; a < 3; ++a) {
    const auto n = read_at<std::uint64_t>(b, pos);
    pos += 8;
    pos += (64 - pos % 64) % 64;
    adj.emplace_back(pos, n * 4);
    pos += n * 4;
  }
  const std::size_t sum_at = pos;
  auto refused = [&](std::string bytes, const std::string& why) {
    std::ofstream(p, std::ios::binary) << bytes;
    CHECK_THROWS_WITH(graph::Graph::load(p.string()),
                      Catch::StartsWith(p.string() + ": ") && Catch::Contains("damaged graph file (" + why));
  };
  auto flipped = [&](std::size_t at, char mask) {
    std::string c = b;
    c[at] = static_cast<char>(c[at] ^ mask);
    return c;
  };
  refused(flipped(adj[0].first + 4, 0x01), "adjacency");                  // an offset
  refused(flipped(adj[1].first + adj[1].second - 4, 0x40), "adjacency");  // a target
  refused(flipped(adj[2].first, 0x02), "adjacency");                      // a relation of an edge
  refused(flipped(sum_at, 0x01), "adjacency");                            // the checksum
  {
    // A relation's object changed: its bounds hold, the checksum does not.
    const std::size_t rel_at = b.find(k.rels);
    std::uint32_t o = read_at<std::uint32_t>(b, rel_at + 4);
    o = o == 0 ? 1 : 0;
    std::string c = b;
    std::memcpy(c.data() + rel_at + 4, &o, 4);
    refused(c, "adjacency");
  }
  {
    // The name index: an entity out of range, then two keys out of order.
    const std::size_t val_at = b.find(k.key_val);
    std::string c = b;
    const std::uint32_t big = 0xFFFFFFF0u;
    std::memcpy(c.data() + val_at, &big, 4);
    refused(c, "name index");
    const std::size_t blob_at = b.find(k.key_blob);
    c = b;
    c[blob_at] = '\x7e';  // the first key now sorts after the second
    refused(c, "name index");
  }
  // Cut anywhere in the new arrays: refused too.
  for (std::size_t cut : {adj[0].first + 2, adj[2].first + adj[2].second, sum_at + 4}) {
    std::ofstream(p, std::ios::binary) << b.substr(0, cut);
    CHECK_THROWS_WITH(graph::Graph::load(p.string()), Catch::StartsWith(p.string() + ": "));
  }
}

TEST_CASE("a damaged sentence in a .kgb is refused when it is read, naming the file") {
  // The sentence text (most of a large graph file) is checked when read, not on opening.
  const auto g = kg::test::ecosystem();
  const auto src = scratch("sent_src.kgb"), p = scratch("sent_bad.kgb"), out = scratch("sent_out.json");
  g.save(src.string());
  std::string b = io::read_file(src.string());
  const KgbParts k = split_v4(b);
  const std::size_t text_at = b.find(k.text, b.find(k.ev) + k.ev.size());
  REQUIRE(text_at != std::string::npos);
  b[text_at + 1] = '\xff';
  std::ofstream(p, std::ios::binary) << b;
  const auto h = graph::Graph::load(p.string());
  CHECK(h.relation_count() == g.relation_count());
  // (Catch's matchers hold their parts by reference: written out in each check.)
#define DAMAGED Catch::StartsWith(p.string() + ": ") && Catch::Contains("damaged graph file (invalid UTF-8")
  CHECK_THROWS_WITH(h.relations(), DAMAGED);
  CHECK_THROWS_WITH(h.save(out.string()), DAMAGED);
  CHECK_FALSE(fs::exists(out));
  auto grown = graph::Graph::load(p.string());
  CHECK_THROWS_WITH(grown.add_triple(triple("Zhipu AI", T::Company, P::develops, "GLM-4", T::Model, "006.txt", "s")),
                    DAMAGED);
#undef DAMAGED
}

TEST_CASE("a damaged evidence row in a .kgb is refused when the evidence is first read, naming the file") {
  // Opening checks the relations and the adjacency; the evidence rows (the largest array a
  // query reads) are checked by the first reader of any of them, or by a path search when it
  // is made (so not inside its first query).
  const auto g = kg::test::ecosystem();
  const auto src = scratch("ev_src.kgb"), p = scratch("ev_bad.kgb"), out = scratch("ev_out.json"),
             out2 = scratch("ev_out.kgb");
  g.save(src.string());
  const std::string b = io::read_file(src.string());
  const KgbParts k = split_v4(b);
  const std::size_t ev_at = b.find(k.ev);
  REQUIRE(ev_at != std::string::npos);
  REQUIRE(k.n_ev > 3);
  auto damaged = [&](std::size_t row, std::size_t field, std::uint32_t value) {
    std::string c = b;
    std::memcpy(c.data() + ev_at + 48 * row + field, &value, 4);
    std::ofstream(p, std::ios::binary) << c;
  };
#define DAMAGED(what) Catch::StartsWith(p.string() + ": ") && Catch::Contains("damaged graph file (evidence " what)
  for (const auto& [field, value] : std::vector<std::pair<std::size_t, std::uint32_t>>{
           {0, 1000000}, {4, 0xFFFFFFF0u}, {8, 0xFFFFFFF0u}, {12, 0x7FC00000u}, {24, 0xFFFFFFF0u}, {28, 8}}) {
    INFO("field at " << field);
    damaged(2, field, value);  // relation, document, date, confidence (NaN), sentence length, flags of row 2
    auto h = graph::Graph::load(p.string());
    CHECK(h.relation_count() == g.relation_count());
    CHECK(h.entity_count() == g.entity_count());
    CHECK_THROWS_WITH(h.relations(), DAMAGED("2"));
    CHECK_THROWS_WITH(h.relations(), DAMAGED("2"));  // each time, not only the first
    CHECK_THROWS_WITH(graph::PathSearch{h}, DAMAGED("2"));  // a path search reads them all: when made
    CHECK_THROWS_WITH(h.save(out.string()), DAMAGED("2"));
    CHECK_FALSE(fs::exists(out));
    CHECK_THROWS_WITH(h.save(out2.string()), DAMAGED("2"));
    CHECK_FALSE(fs::exists(out2));
    CHECK_THROWS_WITH(h.add_triple(triple("Zhipu AI", T::Company, P::develops, "GLM-4", T::Model, "006.txt", "s")),
                      DAMAGED("2"));
  }
#undef DAMAGED
  // Sound rows read as before, from any thread first.
  const auto h = graph::Graph::load(src.string());
  std::vector<graph::RelationInfo> a, c;
  std::thread t1([&] { a = h.relations(); }), t2([&] { c = h.relations(); });
  t1.join();
  t2.join();
  const auto want = g.relations();
  CHECK(a.size() == want.size());
  CHECK(c.size() == want.size());
  for (std::size_t i = 0; i < want.size() && i < a.size() && i < c.size(); ++i) {
    CHECK(a[i].evidence == want[i].evidence);
    CHECK(c[i].evidence == want[i].evidence);
  }
}

TEST_CASE("a reopened .kgb (mapped) can be saved over itself and still be read") {
  const auto g = kg::test::ecosystem();
  const auto p = scratch("self.kgb"), j1 = scratch("self1.json"), j2 = scratch("self2.json");
  g.save(p.string());
  const std::string before = io::read_file(p.string());
  const auto h = graph::Graph::load(p.string());
  h.save(p.string());  // replaces the file h's arrays view
  CHECK(io::read_file(p.string()) == before);
  h.save(j1.string());  // h still reads its evidence
  g.save(j2.string());
  CHECK(io::read_file(j1.string()) == io::read_file(j2.string()));
  auto grown = graph::Graph::load(p.string());
  grown.add_triple(triple("Zhipu AI", T::Company, P::develops, "GLM-4", T::Model, "006.txt", "Zhipu AI a publié GLM-4."));
  grown.freeze();
  grown.save(p.string());
  const auto again = graph::Graph::load(p.string());
  CHECK(again.relation_count() == g.relation_count() + 1);
  CHECK(again.find("glm-4"));
}

TEST_CASE("what only the lexicon knows stays apart from what the articles say") {
  graph::Graph g;
  g.add_entity(EntityRecord{"DeepSeek", T::Company, "China", {}});
  g.add_entity(EntityRecord{"Mistral AI", T::Company, "France", {}});
  auto maker = triple("DeepSeek", T::Company, P::develops, "DeepSeek V3", T::Model, "002.txt",
                      "Le coût de formation de Deepseek V3 est bas.", 0.75);
  maker.rule = "lexicon.maker";  // the article names the model; the lexicon knows its maker
  g.add_triple(maker);
  auto stated = triple("Mistral AI", T::Company, P::based_in, "France", T::Country, "003.txt",
                       "La start-up française Mistral AI lève des fonds.", 0.8);
  stated.rule = "fr.based_in.demonym";
  g.add_triple(stated);
  g.add_triple(triple("Zhipu AI", T::Company, P::based_in, "China", T::Country, "004.txt",
                      "Zhipu AI, a Chinese startup, launched GLM-4."));
  g.freeze();
  const auto check = [](const graph::Graph& h) {
    const auto rels = h.relations();
    CHECK(find_rel(rels, "deepseek", P::develops, "deepseek-v3")->lexicon_only());
    CHECK_FALSE(find_rel(rels, "mistral-ai", P::based_in, "france")->lexicon_only());
    const auto deepseek = h.find("DeepSeek");
    CHECK(deepseek->type_from == "lexicon");
    CHECK(deepseek->country_from == "lexicon");  // no article says where DeepSeek is
    const auto mistral = h.find("Mistral AI");
    CHECK(mistral->country_from == "articles");
    CHECK(mistral->stated_countries == std::vector<std::string>{"France"});
    const auto zhipu = h.find("Zhipu AI");
    CHECK(zhipu->type_from == "articles");  // no lexicon record: the type came with the fact
    CHECK(zhipu->country.empty());
    CHECK(zhipu->stated_countries == std::vector<std::string>{"China"});
  };
  check(g);
  const auto j = scratch("lexicon.json"), b = scratch("lexicon.kgb");
  g.save(j.string());
  g.save(b.string());
  check(graph::Graph::load(j.string()));
  check(graph::Graph::load(b.string()));
  // The same sentence read by a pattern too: the article states it.
  auto same = maker;
  same.rule = "fr.develops.de";
  g.add_triple(same);
  g.freeze();
  CHECK_FALSE(find_rel(g.relations(), "deepseek", P::develops, "deepseek-v3")->lexicon_only());
  CHECK(find_rel(g.relations(), "deepseek", P::develops, "deepseek-v3")->evidence.size() == 1);
}

TEST_CASE("reads never change a graph: whoever adds freezes, and a frozen graph reads the same from any thread") {
  graph::Graph g;
  g.add_triple(triple("Tencent", T::Company, P::competes_with, "Alibaba", T::Company, "a.txt", "Tencent rivalise avec Alibaba."));
  g.add_triple(triple("Alibaba", T::Company, P::develops, "Qwen", T::Model, "a.txt", "Alibaba a lancé Qwen."));
  const graph::Graph& cg = g;
  // Reading additions not yet frozen used to freeze them from inside a const method: two
  // threads reading one graph could both start sorting it. Now it is refused, and the
  // refusal changes nothing.
  CHECK_FALSE(cg.frozen());
  CHECK_THROWS_AS(cg.entity_count(), Error);
  CHECK_THROWS_AS(cg.relations(), Error);
  CHECK_THROWS_AS(cg.find("Qwen"), Error);
  CHECK_THROWS_AS(cg.save(scratch("unfrozen.json").string()), Error);
  CHECK_FALSE(cg.frozen());
  CHECK(cg.document_count() == 0);  // documents are not part of the frozen form

  g.freeze();
  REQUIRE(cg.frozen());
  const auto* store = &cg.store();
  const auto file = scratch("frozen.json");
  cg.save(file.string());
  const auto bytes = io::read_file(file.string());
  const auto rels = cg.relations();
  const auto ents = cg.entities();
  // Many readers at once see what one reader sees.
  std::vector<std::thread> readers;
  std::vector<int> same(4, 0);
  for (std::size_t t = 0; t < same.size(); ++t)
    readers.emplace_back([&, t] {
      bool ok = true;
      for (int i = 0; i < 50; ++i) {
        const auto r = cg.relations();
        ok = ok && r.size() == rels.size() && r[0].evidence == rels[0].evidence && cg.entities().size() == ents.size() &&
             cg.find("alibaba")->id == "alibaba" && graph::find_paths(cg, "Tencent", "Qwen").size() == 1;
      }
      same[t] = ok;
    });
  for (auto& r : readers) r.join();
  CHECK(same == std::vector<int>(4, 1));
  CHECK(&cg.store() == store);
  CHECK(cg.frozen());
  cg.save(file.string());
  CHECK(io::read_file(file.string()) == bytes);

  g.freeze();  // nothing added since: nothing changes
  CHECK(&cg.store() == store);
  g.add_triple(triple("Mistral AI", T::Company, P::competes_with, "Alibaba", T::Company, "b.txt", "Mistral AI rivalise avec Alibaba."));
  CHECK_FALSE(cg.frozen());
  g.freeze();
  CHECK(cg.relation_count() == 3);
}

namespace {
// Triples that exercise what reads the sentence text while building: one sentence shared
// by consecutive triples, the same fact seen twice at one place with different sentences
// (ordered by sentence), an exact duplicate (dropped), and a fact seen again later.
void add_text_mix(graph::Graph& g, int from, int to) {
  for (int i = from; i < to; ++i) {
    const std::string a = "Firm " + std::to_string(i % 7), b = "Model " + std::to_string(i % 5);
    const std::string doc = "d" + std::to_string(i / 3) + ".txt";
    const std::string shared = a + " a présenté " + b + " (" + std::to_string(i / 2) + ").";
    g.add_triple(triple(a, T::Company, P::develops, b, T::Model, doc, shared, 0.6, 10, "2025-0" + std::to_string(1 + i % 9) + "-01"));
    g.add_triple(triple(a, T::Company, P::based_in, "China", T::Country, doc, shared, 0.7, 10));
    g.add_triple(triple(a, T::Company, P::develops, b, T::Model, doc, "Z " + shared, 0.5, 10));
    g.add_triple(triple(a, T::Company, P::develops, b, T::Model, doc, "Z " + shared, 0.9, 10));
  }
}
std::string file_bytes(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}
}  // namespace

TEST_CASE("sentence text kept in a temporary file (a large load) gives the same graph and files as in memory") {
  const std::size_t big = std::size_t(64) << 20;  // graph::Graph::reserve spills from here
  graph::Graph mem, spilled;
  mem.reserve(10, 1000);
  spilled.reserve(10, big);
  add_text_mix(mem, 0, 40);
  add_text_mix(spilled, 0, 40);
  const int before = kg::test::spill_files_open();
  mem.freeze();
  spilled.freeze();
  CHECK(kg::test::spill_files_open() == before + 1);  // the text (spilled from the start) and the evidence rows (freeze())
  auto same = [&](const std::string& tag) {
    for (const char* ext : {".kgb", ".json"}) {
      mem.save(scratch("mem_" + tag + ext).string());
      spilled.save(scratch("spill_" + tag + ext).string());
      INFO(tag << ext);
      CHECK(file_bytes(scratch("mem_" + tag + ext)) == file_bytes(scratch("spill_" + tag + ext)));
    }
    const auto rm = mem.relations(), rs = spilled.relations();
    REQUIRE(rm.size() == rs.size());
    for (std::size_t i = 0; i < rm.size(); ++i) CHECK(rm[i].evidence == rs[i].evidence);
  };
  same("first");
  // Saving drops the written text's pages; the graph reads it again after.
  CHECK(spilled.relations()[0].evidence[0].sentence == mem.relations()[0].evidence[0].sentence);
  // Added to after freezing (thawed): the text goes on in the file.
  add_text_mix(mem, 35, 60);
  add_text_mix(spilled, 35, 60);
  mem.freeze();
  spilled.freeze();
  CHECK(kg::test::spill_files_open() == before + 1);
  same("again");
  // And a reopened copy of the spilled graph is the same graph.
  const auto back = graph::Graph::load(scratch("spill_again.kgb").string());
  back.save(scratch("back.kgb").string());
  CHECK(file_bytes(scratch("back.kgb")) == file_bytes(scratch("mem_again.kgb")));
}

TEST_CASE("without a usable temporary directory a large load keeps its sentence text in memory") {
  const char* old = std::getenv("TMPDIR");
  const std::string saved = old ? old : "";
  ::setenv("TMPDIR", "/nonexistent/kg-no-such-dir", 1);
  graph::Graph g;
  g.reserve(10, std::size_t(64) << 20);
  add_text_mix(g, 0, 10);
  if (old) ::setenv("TMPDIR", saved.c_str(), 1); else ::unsetenv("TMPDIR");
  g.freeze();
  graph::Graph mem;
  add_text_mix(mem, 0, 10);
  mem.freeze();
  g.save(scratch("nospill.kgb").string());
  mem.save(scratch("nospill_mem.kgb").string());
  CHECK(file_bytes(scratch("nospill.kgb")) == file_bytes(scratch("nospill_mem.kgb")));
}

TEST_CASE("documents are kept by name: added in any order, the last of one name wins, listed in name order") {
  auto doc = [](std::string name, std::string title, std::string copy_of = "") {
    DocumentInfo d;
    d.name = std::move(name);
    d.title = std::move(title);
    d.copy_of = std::move(copy_of);
    d.locations = {"in/" + d.name};
    d.metadata_from = {{"title", "og:title"}, {"date", "url"}};
    d.bytes = d.title.size();
    return d;
  };
  graph::Graph g;
  g.add_triple(triple("Alibaba", T::Company, P::develops, "Qwen", T::Model, "b.txt", "Alibaba a lancé Qwen.", 0.5));
  g.add_triple(triple("Alibaba", T::Company, P::develops, "Qwen", T::Model, "a.txt", "Alibaba released Qwen.", 0.5));
  g.add_document(doc("b.txt", "first B"));
  g.add_document(doc("c.txt", "C"));
  g.add_document(doc("a.txt", "A", "b.txt"));
  g.add_document(doc("b.txt", "second B"));
  CHECK(g.document_count() == 3);
  g.freeze();
  const auto docs = g.documents();
  REQUIRE(docs.size() == 3);
  CHECK(docs[0] == doc("a.txt", "A", "b.txt"));
  CHECK(docs[1] == doc("b.txt", "second B"));
  CHECK(docs[2] == doc("c.txt", "C"));
  // a.txt is a copy of b.txt: one story, so the two sentences count once.
  CHECK(g.relations()[0].confidence == Approx(0.5));
  const auto k = scratch("docorder.kgb");
  g.save(k.string());
  // Reopened (the documents viewed in the mapped file), added to, saved over itself.
  auto back = graph::Graph::load(k.string());
  CHECK(back.documents() == docs);
  back.add_document(doc("0.txt", "zero"));
  back.add_document(doc("c.txt", "C again"));
  back.freeze();
  back.save(k.string());
  const auto again = graph::Graph::load(k.string()).documents();
  REQUIRE(again.size() == 4);
  CHECK(again[0] == doc("0.txt", "zero"));
  CHECK(again[1] == docs[0]);
  CHECK(again[3] == doc("c.txt", "C again"));
  CHECK(graph::Graph::load(k.string()).document_count() == 4);
}

TEST_CASE("a reopened .kgb's ids and names (views of the file) outlive the file once the graph is added to") {
  // Reopening reads ids and names in place; adding to the graph copies them first, so they
  // stay whole when the file is removed and its mapping goes (ASan sees a dangling view).
  const auto g = kg::test::ecosystem();
  const auto p = scratch("views.kgb"), j1 = scratch("views1.json"), j2 = scratch("views2.json");
  g.save(p.string());
  auto h = graph::Graph::load(p.string());
  const auto before = h.entities();
  REQUIRE(before.size() == g.entities().size());
  fs::remove(p);
  h.add_triple(triple("Zhipu AI", T::Company, P::develops, "GLM-4", T::Model, "006.txt", "Zhipu AI a publié GLM-4."));
  h.freeze();
  const auto after = h.entities();
  for (const auto& e : before) {
    const auto it = std::find_if(after.begin(), after.end(), [&](const graph::EntityInfo& x) { return x.id == e.id; });
    REQUIRE(it != after.end());
    CHECK(it->name == e.name);
    CHECK(h.find(e.name)->id == e.id);
  }
  CHECK(h.find("glm-4"));
  h.save(j1.string());
  graph::Graph::load(j1.string()).save(j2.string());
  CHECK(io::read_file(j1.string()) == io::read_file(j2.string()));
}

TEST_CASE("ids made on all cores are those of one core: a thousand names sharing slugs") {
  // freeze() makes the slugs of new entities in parts, each in an arena of its own.
  graph::Graph g;
  for (int i = 0; i < 9000; ++i) {
    const std::string a = "Firm " + std::to_string(i % 1500), b = i % 3 ? "firm-" + std::to_string(i % 1500) : "FIRM " + std::to_string(i);
    g.add_triple(triple(a, T::Company, P::uses, b, T::Company, "d" + std::to_string(i % 7) + ".txt", "s" + std::to_string(i)));
  }
  g.freeze();
  const auto ents = g.entities();
  REQUIRE(ents.size() > 4096);
  CHECK(std::is_sorted(ents.begin(), ents.end(), [](const auto& x, const auto& y) { return x.id < y.id; }));
  for (std::size_t i = 1; i < ents.size(); ++i) CHECK(ents[i - 1].id != ents[i].id);
  CHECK(g.find("Firm 7")->id == "firm-7");  // ("Firm 7" < "firm-7": the plain slug)
  CHECK(g.find("firm-7")->id == "firm-7-2");
}

TEST_CASE("a slice outlives the graph it was cut from (its ids and names are its own)") {
  // copy_slice copied rows whose ids and names viewed the source's file: once the source
  // was gone, kg export --as-of crashed and build --update wrote other names.
  const auto g = kg::test::ecosystem();
  const auto p = scratch("slice_src.kgb"), a = scratch("slice_a.json"), b = scratch("slice_b.json");
  g.save(p.string());
  const auto keep_all = [](std::string_view, std::string_view) { return true; };
  graph::Graph cut;
  {
    const auto src = graph::Graph::load(p.string());
    cut = graph::filtered(src, keep_all, nullptr);
  }
  fs::remove(p);
  const auto want = g.entities(), got = cut.entities();
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    CHECK(got[i].id == want[i].id);
    CHECK(got[i].name == want[i].name);
    CHECK(got[i].aliases == want[i].aliases);
  }
  cut.save(a.string());
  graph::filtered(g, keep_all, nullptr).save(b.string());
  CHECK(io::read_file(a.string()) == io::read_file(b.string()));
}
