// Snapshot: a loaded graph and what is derived from it once, lazily and thread-safely.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <ctime>

#include "kg/serve/api.hpp"

namespace kg::serve {

struct Slice::Lazy {
  std::once_flag pagerank_once, degree_once, communities_once, whole_once;
  std::vector<double> pagerank, degree, pagerank_of_whole;
  std::vector<std::size_t> communities;
};

Slice::Slice(const graph::Graph& whole, std::optional<graph::Graph> sliced)
    : whole_(whole), sliced_(std::move(sliced)), lazy_(std::make_unique<Lazy>()) {}

Slice::~Slice() = default;

const std::vector<double>& Slice::pagerank() const {
  std::call_once(lazy_->pagerank_once, [&] { lazy_->pagerank = graph::pagerank(graph()); });
  return lazy_->pagerank;
}

const std::vector<double>& Slice::degree() const {
  std::call_once(lazy_->degree_once, [&] { lazy_->degree = graph::degree_centrality(graph()); });
  return lazy_->degree;
}

const std::vector<std::size_t>& Slice::communities() const {
  std::call_once(lazy_->communities_once, [&] { lazy_->communities = graph::communities(graph(), 1); });
  return lazy_->communities;
}

const std::vector<double>& Slice::pagerank_of_whole() const {
  if (!sliced_) return pagerank();
  std::call_once(lazy_->whole_once,
                 [&] { lazy_->pagerank_of_whole = graph::per_vertex_of(whole_, *sliced_, pagerank()); });
  return lazy_->pagerank_of_whole;
}

struct Snapshot::Lazy {
  std::once_flag stats_once, documents_once;
  graph::GraphStats stats;
  std::vector<DocumentInfo> documents;
  // Time slices, most recently asked last.
  std::mutex slices_m;
  std::vector<std::pair<std::string, std::shared_ptr<const Slice>>> slices;
  // Per entity: 0 not worked out yet, 1 an article states a fact about it, 2 the lexicon alone.
  std::unique_ptr<std::atomic<std::uint8_t>[]> source;
  // Idle path searches, and how many exist (at most kPathSearches).
  std::mutex paths_m;
  std::condition_variable paths_cv;
  std::vector<std::unique_ptr<graph::PathSearch>> idle;
  std::size_t made = 0;
  // Searches running (at most kSearches).
  std::mutex search_m;
  std::condition_variable search_cv;
  std::size_t searching = 0;
};

namespace {
std::string now_iso() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Requests read the graph from several threads at once, which is safe because reads never
// change a frozen graph: a graph still holding additions is frozen here, before any
// request can see it.
graph::Graph frozen(graph::Graph g) {
  g.freeze();
  return g;
}
}  // namespace

Snapshot::Snapshot(graph::Graph g, std::string source, double load_seconds, std::uint64_t generation)
    : g_(frozen(std::move(g))),
      names_(g_),
      source_(std::move(source)),
      loaded_at_(now_iso()),
      load_seconds_(load_seconds),
      generation_(generation),
      whole_(std::make_shared<const Slice>(g_, std::nullopt)),
      lazy_(std::make_unique<Lazy>()) {
  lazy_->source = std::make_unique<std::atomic<std::uint8_t>[]>(g_.entity_count());
}

Snapshot::~Snapshot() = default;

std::shared_ptr<const Slice> Snapshot::slice(const text::DateRange& dates) const {
  if (!dates.bounded()) return whole_;
  const std::string key = dates.as_of + '|' + dates.since + '|' + (dates.include_undated ? "u" : "");
  {
    std::lock_guard<std::mutex> lock(lazy_->slices_m);
    auto& d = lazy_->slices;
    for (auto it = d.begin(); it != d.end(); ++it)
      if (it->first == key) {
        auto hit = *it;
        d.erase(it);
        d.push_back(hit);
        return hit.second;
      }
  }
  // Outside the lock: slicing a large graph takes a while, other requests need not wait.
  auto made = std::make_shared<const Slice>(g_, graph::as_of(g_, dates));
  std::lock_guard<std::mutex> lock(lazy_->slices_m);
  auto& d = lazy_->slices;
  for (const auto& [k, kept] : d)
    if (k == key) return kept;  // made meanwhile by another request
  d.emplace_back(key, made);
  const auto relations = [&] {
    std::size_t n = 0;
    for (const auto& kept : d) n += kept.second->graph().relation_count();
    return n;
  };
  while (d.size() > 1 && (d.size() > kSlices || relations() > g_.relation_count())) d.erase(d.begin());
  return made;
}

std::shared_ptr<const std::vector<double>> Snapshot::pagerank(const text::DateRange& dates) const {
  const auto s = slice(dates);
  return std::shared_ptr<const std::vector<double>>(s, &s->pagerank_of_whole());  // keeps the slice alive
}

const graph::GraphStats& Snapshot::stats() const {
  std::call_once(lazy_->stats_once, [&] { lazy_->stats = graph::stats(g_); });
  return lazy_->stats;
}

const std::vector<DocumentInfo>& Snapshot::documents() const {
  std::call_once(lazy_->documents_once, [&] { lazy_->documents = g_.documents(); });
  return lazy_->documents;
}

std::vector<graph::Path> Snapshot::find_paths(std::size_t from, std::size_t to, const graph::PathOptions& opt) const {
  Lazy& l = *lazy_;
  std::unique_ptr<graph::PathSearch> ps;
  {
    std::unique_lock<std::mutex> lock(l.paths_m);
    l.paths_cv.wait(lock, [&] { return !l.idle.empty() || l.made < kPathSearches; });
    if (!l.idle.empty()) {
      ps = std::move(l.idle.back());
      l.idle.pop_back();
    } else {
      ++l.made;
    }
  }
  // Back to the idle list however the query ends.
  struct Return {
    Lazy& l;
    std::unique_ptr<graph::PathSearch>& ps;
    ~Return() {
      std::lock_guard<std::mutex> lock(l.paths_m);
      if (ps) l.idle.push_back(std::move(ps));
      else --l.made;
      l.paths_cv.notify_one();
    }
  } back{l, ps};
  if (!ps) ps = std::make_unique<graph::PathSearch>(g_);
  return ps->run(from, to, opt);
}

bool Snapshot::lexicon_only(std::size_t index) const {
  std::atomic<std::uint8_t>& known = lazy_->source[index];
  if (const auto v = known.load(std::memory_order_relaxed); v != 0) return v == 2;
  // The most confident fact of each group first: one an article states settles it without
  // reading a hub's every relation; only an entity whose best facts are all the lexicon's
  // has the rest read.
  const std::string id = g_.entity(index).id;
  auto stated = [](const graph::EntityFacts& f) {
    for (const auto& grp : f.groups)
      for (const auto& r : grp.relations)
        if (!r.lexicon_only()) return true;
    return false;
  };
  const auto best = graph::entity_facts(g_, id, {}, 1);
  bool article = stated(best);
  if (!article && best.relations > best.groups.size()) article = stated(graph::entity_facts(g_, id, {}, 0));
  const bool lexicon = !article;
  known.store(lexicon ? 2 : 1, std::memory_order_relaxed);
  return lexicon;
}

std::vector<graph::SearchHit> Snapshot::search(std::string_view text, const graph::SearchOptions& opt) const {
  Lazy& l = *lazy_;
  {
    std::unique_lock<std::mutex> lock(l.search_m);
    l.search_cv.wait(lock, [&] { return l.searching < kSearches; });
    ++l.searching;
  }
  struct Leave {
    Lazy& l;
    ~Leave() {
      std::lock_guard<std::mutex> lock(l.search_m);
      --l.searching;
      l.search_cv.notify_one();
    }
  } leave{l};
  return names_.run(text, opt);
}

const DocumentInfo* Snapshot::document(std::string_view name) const {
  const auto& docs = documents();
  auto it = std::lower_bound(docs.begin(), docs.end(), name,
                             [](const DocumentInfo& d, std::string_view n) { return d.name < n; });
  return it != docs.end() && it->name == name ? &*it : nullptr;
}

}  // namespace kg::serve
