// graph_bench: the synthetic workload and the in-process timings of the graph bench
// (bench/run_graph_bench.sh drives it, with `kg load`, `kg path --batch` and the Python
// peers in bench/graph_peers.py).
//
//   graph_bench gen --entities N --triples M --seed S --pairs Q [--law L] OUTDIR
//       OUTDIR/triples.jsonl  triples in kg's JSONL format, heavy-tailed degrees (hubs);
//                             --law objects (the default): every entity a subject once, then
//                             uniform subjects, objects ~ N * u^2.5 (a few huge hubs);
//                             --law both:A: both ends ~ N * u^A (another degree law: hubs on
//                             both sides, many entities of degree 1, some never drawn);
//       OUTDIR/edges.tsv      the same edges as "subject_index<TAB>object_index" for peers;
//       OUTDIR/pairs.tsv      Q random FROM<TAB>TO entity names (of entities in the graph);
//                             pairs_idx.tsv as indices.
//   graph_bench reopen GRAPH          seconds and peak RSS to open a graph file
//   graph_bench paths GRAPH PAIRS OUT per-query time of the path search; OUT gets the hop
//                                     counts (-1 = none), one per line, in input order;
//                                     GRAPH_BENCH_REPEAT=N runs the pairs N-1 times before
//                                     the timed run (for profilers: perf record ...). The
//                                     search (paths by index) and the paths' records (what
//                                     `kg path` prints) are timed apart.
#include <sys/resource.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "kg/graph/graph.hpp"
#include "kg/graph/query.hpp"
#include "kg/triple_io.hpp"

namespace {

double now() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

// CPU time of this process: on a shared machine, wall time includes waiting for a core.
double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

// "RssAnon 612 MB, RssFile 402 MB": what the resident memory is (file pages are a mapped
// .kgb's, shared with the page cache).
std::string rss_split() {
  std::ifstream f("/proc/self/status");
  std::string line, out;
  while (std::getline(f, line))
    if (line.rfind("RssAnon:", 0) == 0 || line.rfind("RssFile:", 0) == 0)
      out += (out.empty() ? "" : ", ") + line.substr(0, line.find(':')) + " " +
             std::to_string(std::atol(line.c_str() + line.find(':') + 1) / 1024) + " MB";
  return out;
}

// Deterministic, pronounceable, unique names: "Kavoru Labs 1234".
std::string entity_name(std::size_t i) {
  static const char* syl[] = {"ka", "vo", "ru", "mi", "len", "to", "sa", "qi", "bai", "du", "neo", "xin", "ar", "zu"};
  static const char* kind[] = {"Labs", "AI", "Tech", "Group", "Capital", "Systems", "Robotics", "Cloud"};
  std::string s;
  std::size_t x = i * 2654435761u + 12345;
  for (int k = 0; k < 3; ++k) {
    s += syl[x % 14];
    x /= 14;
  }
  s[0] = static_cast<char>(s[0] - 32);
  return s + " " + kind[i % 8] + " " + std::to_string(i);
}

int gen(int argc, char** argv) {
  std::size_t n = 1000000, m = 5000000, q = 1000;
  unsigned seed = 42;
  std::string dir, law = "objects";
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--entities") n = std::stoul(argv[++i]);
    else if (a == "--triples") m = std::stoul(argv[++i]);
    else if (a == "--seed") seed = static_cast<unsigned>(std::stoul(argv[++i]));
    else if (a == "--pairs") q = std::stoul(argv[++i]);
    else if (a == "--law") law = argv[++i];
    else dir = a;
  }
  double both_exp = 0;  // 0: --law objects
  if (law.rfind("both:", 0) == 0) both_exp = std::stod(law.substr(5));
  else if (law != "objects") {
    std::cerr << "graph_bench: --law objects or both:EXPONENT (e.g. both:2)\n";
    return 2;
  }
  if (dir.empty() || m < n) {
    std::cerr << "usage: graph_bench gen --entities N --triples M (M >= N) --seed S --pairs Q OUTDIR\n";
    return 2;
  }
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  // Object endpoints follow a power law (index ~ N * u^2.5: a few hubs with tens of
  // thousands of relations); subjects are every entity once, then uniform.
  auto skewed_by = [&](double a) {
    return std::min(n - 1, static_cast<std::size_t>(static_cast<double>(n) * std::pow(u(rng), a)));
  };
  auto skewed = [&] { return skewed_by(2.5); };
  std::vector<std::size_t> drawn;  // entities that are in the graph (pairs come from them)
  std::vector<char> in_graph(n, 0);
  const kg::EntityType types[] = {kg::EntityType::Company, kg::EntityType::Person, kg::EntityType::Model,
                                  kg::EntityType::Organization, kg::EntityType::Product, kg::EntityType::Chip};
  static const char* fr[] = {"Selon la presse, ", "D'après un communiqué, ", "En 2025, "};
  static const char* en[] = {"According to Reuters, ", "On Monday, ", "Last year, "};
  std::ofstream tj(dir + "/triples.jsonl"), et(dir + "/edges.tsv");
  std::string line;
  for (std::size_t t = 0; t < m; ++t) {
    const std::size_t s = both_exp > 0 ? skewed_by(both_exp) : t < n ? t : rng() % n;
    const std::size_t o = both_exp > 0 ? skewed_by(both_exp) : skewed();
    for (std::size_t v : {s, o})
      if (!in_graph[v]) {
        in_graph[v] = 1;
        drawn.push_back(v);
      }
    kg::Triple tr;
    tr.subject = {entity_name(s), types[s % 6]};
    tr.object = {entity_name(o), types[o % 6]};
    tr.predicate = kg::kPredicates[(s + o) % 14];
    tr.confidence = 0.5 + 0.5 * u(rng);
    tr.evidence.doc = "doc_" + std::to_string(t / 25) + ".txt";
    const bool french = (t / 25) % 2 == 0;
    tr.evidence.sentence = std::string(french ? fr[t % 3] : en[t % 3]) + tr.subject.name + " " +
                           std::string(kg::to_string(tr.predicate)) + " " + tr.object.name + ".";
    tr.evidence.start = (t % 25) * 120;
    tr.evidence.end = tr.evidence.start + tr.evidence.sentence.size();
    tr.evidence.date = "2025-" + std::string((t / 25) % 12 < 9 ? "0" : "") + std::to_string((t / 25) % 12 + 1) + "-15";
    line = kg::to_jsonl(tr);
    tj << line << '\n';
    et << s << '\t' << o << '\n';
  }
  std::ofstream pn(dir + "/pairs.tsv"), pi(dir + "/pairs_idx.tsv");
  for (std::size_t k = 0; k < q; ++k) {
    // (--law objects draws every entity: the pairs of earlier runs.)
    const std::size_t a = both_exp > 0 ? drawn[rng() % drawn.size()] : rng() % n;
    const std::size_t b = both_exp > 0 ? drawn[rng() % drawn.size()] : rng() % n;
    pn << entity_name(a) << '\t' << entity_name(b) << '\n';
    pi << a << '\t' << b << '\n';
  }
  std::cerr << "wrote " << m << " triples over " << drawn.size() << " entities and " << q << " pairs to " << dir << "\n";
  return 0;
}

int reopen(const std::string& path) {
  const double t0 = now(), c0 = cpu_now();
  const auto g = kg::graph::Graph::load(path);
  const double t1 = now(), c1 = cpu_now();
  std::printf("reopen\t%s\t%.3f s\t%.0f MB peak RSS\t%zu entities\t%zu relations\t%.3f s CPU\t%s\n", path.c_str(),
              t1 - t0, peak_rss_mb(), g.entity_count(), g.relation_count(), c1 - c0, rss_split().c_str());
  return 0;
}

int paths(const std::string& path, const std::string& pairs, const std::string& out) {
  const auto g = kg::graph::Graph::load(path);
  std::ifstream in(pairs);
  std::vector<std::pair<std::size_t, std::size_t>> q;
  std::string line;
  while (std::getline(in, line)) {
    const auto tab = line.find('\t');
    q.emplace_back(kg::graph::require_index(g, line.substr(0, tab)), kg::graph::require_index(g, line.substr(tab + 1)));
  }
  kg::graph::PathSearch ps(g);
  std::vector<long> hops;
  std::size_t found = 0;
  const int repeat = std::getenv("GRAPH_BENCH_REPEAT") ? std::atoi(std::getenv("GRAPH_BENCH_REPEAT")) : 1;
  for (int i = 1; i < repeat; ++i)
    for (const auto& [a, b] : q) ps.run(a, b, {});
  // Per query as the peers answer one (NetworkX's and igraph's shortest paths are lists of
  // vertices): the path's entities and relations by index.
  std::vector<kg::graph::PathIds> ids;
  ids.reserve(q.size());
  const double t0 = now(), c0 = cpu_now();
  for (const auto& [a, b] : q) {
    auto p = ps.find(a, b, {});
    hops.push_back(p.empty() ? -1 : static_cast<long>(p[0].hops()));
    found += !p.empty();
    if (!p.empty()) ids.push_back(std::move(p[0]));
  }
  const double t1 = now(), c1 = cpu_now();
  // Then the records every output prints (names, relations, evidence with its sentence),
  // timed apart: what `kg path` adds to each of those paths.
  std::size_t steps = 0;
  for (const auto& p : ids) steps += ps.record(p, {}).steps.size();
  const double t2 = now(), c2 = cpu_now();
  std::ofstream o(out);
  for (long h : hops) o << h << '\n';
  const double nq = static_cast<double>(q.size());
  std::printf("paths\t%zu queries\t%zu found\t%.1f us/query\t%.0f MB peak RSS\t%.1f us CPU/query\t"
              "%.1f us/query records (%.1f CPU, %zu steps)\n",
              q.size(), found, 1e6 * (t1 - t0) / nq, peak_rss_mb(), 1e6 * (c1 - c0) / nq, 1e6 * (t2 - t1) / nq,
              1e6 * (c2 - c1) / nq, steps);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const std::string cmd = argc > 1 ? argv[1] : "";
    if (cmd == "gen") return gen(argc, argv);
    if (cmd == "reopen" && argc == 3) return reopen(argv[2]);
    if (cmd == "paths" && argc == 5) return paths(argv[2], argv[3], argv[4]);
    std::cerr << "usage: graph_bench gen ... | reopen GRAPH | paths GRAPH PAIRS OUT\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "graph_bench: " << e.what() << "\n";
    return 1;
  }
}
