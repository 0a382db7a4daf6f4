// The HTTP layer: cpp-httplib's server, its limits and headers, and the graph reloader.
#include "kg/serve/server.hpp"

#include <httplib.h>
#include <malloc.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <mutex>
#include <thread>

#include "kg/error.hpp"
#include "kg/io.hpp"
#include "kg/render/render.hpp"
#include "kg/text.hpp"

namespace kg::serve {

namespace {

using Clock = std::chrono::steady_clock;

// The graph file as last seen: a rename (kg build writes a temporary and renames it) or a
// rewrite changes one of these.
struct FileStamp {
  dev_t dev = 0;
  ino_t ino = 0;
  off_t size = -1;
  long long mtime_ns = 0;
  friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

std::optional<FileStamp> stamp_of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileStamp{st.st_dev, st.st_ino, st.st_size,
                   static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec};
}

void warm_up(const Snapshot& s) {
  s.pagerank();
  s.degree();
  s.documents();
}

std::shared_ptr<const Snapshot> load_snapshot(const std::string& path, std::uint64_t generation) {
  if (!std::filesystem::exists(path)) throw InputError(path + ": no such file");
  const auto t0 = Clock::now();
  graph::Graph g = graph::Graph::load(path);
  const double secs = std::chrono::duration<double>(Clock::now() - t0).count();
  return std::make_shared<const Snapshot>(std::move(g), std::filesystem::path(path).filename().string(), secs,
                                          generation);
}

// The current snapshot. Each request takes its own reference at the start, so a reload
// never pulls a graph from under a request (the old one goes when its last request ends).
class Holder {
 public:
  explicit Holder(std::shared_ptr<const Snapshot> s) : s_(std::move(s)) {}
  std::shared_ptr<const Snapshot> get() const {
    std::lock_guard<std::mutex> lock(m_);
    return s_;
  }
  void set(std::shared_ptr<const Snapshot> s) {
    std::lock_guard<std::mutex> lock(m_);
    s_.swap(s);
  }  // the old snapshot is released here, outside no lock it needs

 private:
  mutable std::mutex m_;
  std::shared_ptr<const Snapshot> s_;
};

// Headers on every answer. The pages load only their own script and style sheet, so the
// policy needs no 'unsafe-inline'; maps are inline SVG (no style attributes).
httplib::Headers security_headers() {
  return {
      {"Content-Security-Policy",
       "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Cross-Origin-Resource-Policy", "same-origin"},
  };
}

void send(httplib::Response& res, const Response& r, bool api) {
  res.status = r.status;
  res.set_content(r.body, r.content_type.c_str());
  res.set_header("Cache-Control", api ? "no-store" : "no-cache");
  if (!r.filename.empty())  // a slug: ASCII letters, digits, '-', '.'
    res.set_header("Content-Disposition", "attachment; filename=\"" + r.filename + "\"");
}

void send_error(httplib::Response& res, int status, std::string_view message) {
  send(res, Api::error(status, message), true);
}

// Hosts a loopback server answers to: a page on another site that rebinds its DNS name to
// 127.0.0.1 sends its own name in Host, and gets nothing.
bool host_allowed(const std::string& host_header, int port) {
  std::string h = host_header;
  const std::string suffix = ":" + std::to_string(port);
  if (h.size() > suffix.size() && h.compare(h.size() - suffix.size(), suffix.size(), suffix) == 0)
    h.resize(h.size() - suffix.size());
  return h == "127.0.0.1" || h == "localhost" || h == "[::1]";
}

}  // namespace

bool is_loopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

void serve(const ServeOptions& opt, std::ostream& log) {
  // One malloc arena per core (glibc makes up to eight per core as threads contend): each
  // of the arenas the 64 workers spread over kept its own high-water mark of the large,
  // short-lived buffers a name search builds, so under load the heap rose in steps for minutes
  // (+29 MB/min over three minutes of bench/serve_bench.sh; +0.3 MB/min with this). The
  // environment's MALLOC_ARENA_MAX, when set, is left to rule.
  if (!std::getenv("MALLOC_ARENA_MAX"))
    mallopt(M_ARENA_MAX, static_cast<int>(std::max(2u, std::thread::hardware_concurrency())));
  // Before the graph is loaded: the helper is a copy of this process as it is now, small,
  // and forks each map's layout process (a fork of the loaded server would copy its page
  // tables, gigabytes' worth, for every map).
  ApiOptions api_opt = opt.api;
  if (!api_opt.layouts) api_opt.layouts = std::make_shared<render::LayoutHelper>();
  std::uint64_t generation = 1;
  Holder holder(load_snapshot(opt.graph, generation));
  std::optional<FileStamp> loaded_stamp = stamp_of(opt.graph);
  if (api_opt.graph_dir.empty())
    api_opt.graph_dir = std::filesystem::absolute(opt.graph).parent_path().string();
  const Api api(api_opt);
  const bool loopback = is_loopback(opt.host);
  std::mutex log_m;  // lines from worker threads, whole
  auto say = [&](const std::string& line) {
    std::lock_guard<std::mutex> lock(log_m);
    log << "kg: " << line << std::endl;
  };

  httplib::Server svr;
  const auto threads = static_cast<std::size_t>(std::max(1, opt.threads));
  svr.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  svr.set_read_timeout(opt.read_timeout, 0);
  svr.set_write_timeout(10, 0);
  svr.set_keep_alive_timeout(5);
  svr.set_keep_alive_max_count(1000);
  svr.set_payload_max_length(16 * 1024);  // GET only: a body has no business here
  svr.set_tcp_nodelay(true);  // answers go out in two writes: no waiting for the client's ACK
  svr.set_default_headers(security_headers());

  int port = opt.port;
  svr.set_pre_routing_handler([&](const httplib::Request& req, httplib::Response& res) {
    if (loopback && !host_allowed(req.get_header_value("Host"), port)) {
      send_error(res, 403, "this server answers to 127.0.0.1 and localhost only");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  svr.Get(".*", [&](const httplib::Request& req, httplib::Response& res) {
    Request r;
    r.path = req.path;
    for (const auto& kv : req.params) r.params.push_back(kv);
    const auto snap = holder.get();
    const Response out = api.handle(*snap, r);
    if (out.status >= 500) say(std::to_string(out.status) + " " + text::ellipsize(req.target, 200) + ": " + out.body);
    send(res, out, r.path.rfind("/api/", 0) == 0);
  });
  auto read_only = [&](const httplib::Request&, httplib::Response& res) {
    send_error(res, 405, "read-only server: only GET and HEAD");
    res.set_header("Allow", "GET, HEAD");
  };
  svr.Post(".*", read_only);
  svr.Put(".*", read_only);
  svr.Patch(".*", read_only);
  svr.Delete(".*", read_only);
  svr.Options(".*", read_only);
  // httplib's own refusals (bad request line, URI or body too long...) as JSON errors too.
  svr.set_error_handler([&](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    const std::string what = res.status == 414   ? "request URL too long"
                             : res.status == 413 ? "request body too large"
                             : res.status == 404 ? "not found"
                                                 : "bad request";
    send_error(res, res.status, what);
  });
  svr.set_exception_handler([&](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown";
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    say("internal error on " + text::ellipsize(req.path, 200) + ": " + what);
    send_error(res, 500, "internal error");
  });

  if (opt.port == 0) {
    port = svr.bind_to_any_port(opt.host);
    if (port < 0) throw Error("cannot listen on " + opt.host);
  } else if (!svr.bind_to_port(opt.host, opt.port)) {
    throw Error("cannot listen on " + opt.host + ":" + std::to_string(opt.port) +
                " (in use, or not an address of this machine); choose another with --port or --host");
  }
  const std::string shown_host = opt.host.find(':') != std::string::npos ? "[" + opt.host + "]" : opt.host;
  {
    const auto s = holder.get();
    log << "kg: serving " << opt.graph << " (" << s->graph().entity_count() << " entities, "
        << s->graph().relation_count() << " relations, loaded in " << std::fixed << std::setprecision(2)
        << s->load_seconds() << " s) on http://" << shown_host << ":" << port << "/" << std::endl;
  }
  if (api_opt.dates.bounded())
    log << "kg: pages start from " << api_opt.dates.describe() << "; each may choose its own dates" << std::endl;
  if (!loopback)
    log << "kg: warning: listening on " << opt.host
        << ": anyone who can reach this address can read the graph and its articles" << std::endl;

  std::atomic<bool> stopped{false};  // the listener gave up (it only returns on stop() or failure)
  std::thread listener([&] {
    svr.listen_after_bind();
    stopped = true;
  });
  // What maps and pages need of the whole graph (importance, degrees, the document list) is
  // computed now rather than by the first request that needs it, at a low priority: the
  // server answers meanwhile.
  // Nothing may escape the thread: PageRank stops on Ctrl-C by throwing Interrupted, and a
  // part that fails here is computed again by the first request that needs it.
  std::thread warm([snap = holder.get(), &say] {
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10);
    try {
      warm_up(*snap);
    } catch (const Interrupted&) {
    } catch (const std::exception& e) {
      say(std::string("warming up: ") + e.what());
    }
  });
  auto last_check = Clock::now();
  while (!io::interrupted() && !stopped) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (opt.reload_interval <= 0 ||
        std::chrono::duration<double>(Clock::now() - last_check).count() < opt.reload_interval)
      continue;
    last_check = Clock::now();
    const auto now = stamp_of(opt.graph);
    if (!now || now == loaded_stamp) continue;
    loaded_stamp = now;  // a file that fails to load is retried when it changes again
    try {
      auto next = load_snapshot(opt.graph, ++generation);
      warm_up(*next);  // before it is swapped in: no slow first requests after a reload
      const auto n = next->graph().entity_count(), m = next->graph().relation_count();
      holder.set(std::move(next));
      say("reloaded " + opt.graph + ": " + std::to_string(n) + " entities, " + std::to_string(m) + " relations");
    } catch (const std::exception& e) {
      say(std::string("kept the graph already loaded: ") + e.what());
    }
  }
  // stop() does nothing before the listener runs, and a Ctrl-C right after the start may come
  // before it does: ask until it has stopped, or it would serve on and the join would hang.
  while (!stopped) {
    svr.stop();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  listener.join();
  warm.join();
}

}  // namespace kg::serve
