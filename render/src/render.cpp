#include "kg/render/render.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <regex>
#include <tuple>

#include "build.hpp"
#include "child.hpp"
#include "compose.hpp"
#include "pack.hpp"
#include "kg/error.hpp"
#include "kg/io.hpp"
#include "png.hpp"

namespace kg::render {

std::string_view to_string(Format f) {
  switch (f) {
    case Format::svg: return "svg";
    case Format::dot: return "dot";
    case Format::png: return "png";
    case Format::pdf: return "pdf";
  }
  return "svg";
}

std::optional<Format> format_from_path(const std::string& path) {
  const std::string ext = io::extension(path);
  for (Format f : kFormats)
    if (ext == to_string(f)) return f;
  return std::nullopt;
}

std::string format_list() {
  std::string s;
  for (Format f : kFormats) s += (s.empty() ? "." : ", .") + std::string(to_string(f));
  return s;
}

std::optional<ClusterBy> parse_cluster_by(std::string_view s) {
  if (s == "country") return ClusterBy::country;
  if (s == "type") return ClusterBy::type;
  if (s == "community") return ClusterBy::community;
  if (s == "auto") return ClusterBy::automatic;
  if (s == "none" || s.empty()) return ClusterBy::none;
  return std::nullopt;
}

bool is_known_engine(std::string_view e) {
  return e == "dot" || e == "sfdp" || e == "neato" || e == "fdp" || e == "circo" || e == "twopi";
}

std::string choose_engine(std::size_t node_count, bool clustered, bool pinned, std::string_view previous) {
  // dot's layered drawing reads best while it fits on a page; past that it grows very
  // wide and slow (crossing minimisation), and sfdp scales.
  constexpr std::size_t kDotLimit = 50;
  if (pinned) return previous == "fdp" ? "fdp" : "neato";  // the engines that honour pins
  const char* large = clustered ? "fdp" : "sfdp";
  if (previous == "dot" && node_count <= 2 * kDotLimit) return "dot";
  if ((previous == "sfdp" || previous == "fdp") && node_count > kDotLimit / 2) return large;
  if (node_count <= kDotLimit) return "dot";
  return large;
}

namespace detail {

std::string engine_for(const GraphView& view, const RenderOptions& opt) {
  const bool pinned = opt.pinned.has_value() && !opt.pinned->empty();
  if (!opt.engine.empty()) {
    if (!is_known_engine(opt.engine))
      throw UsageError("unknown layout engine '" + opt.engine + "'; use dot, sfdp, neato, fdp, circo or twopi");
    if (pinned && opt.engine != "neato" && opt.engine != "fdp")
      throw UsageError("--keep-layout needs the neato or fdp layout (" + opt.engine +
                       " cannot pin positions); drop --layout or use --layout neato");
    return opt.engine;
  }
  return detail::default_engine(view, opt);
}

}  // namespace detail

namespace {

using detail::engine_for;

// Cairo stamps PDFs with the time of day; a fixed date keeps the bytes identical run
// to run (same length, so the cross-reference offsets stay valid).
void fix_pdf_dates(std::string& pdf) {
  static const std::regex date(R"(/(CreationDate|ModDate) \(D:[0-9]{14}[^)]*\))");
  std::string out;
  std::size_t last = 0;
  for (auto it = std::sregex_iterator(pdf.begin(), pdf.end(), date); it != std::sregex_iterator(); ++it) {
    const auto& m = *it;
    std::string repl = "/" + m[1].str() + " (D:20000101000000";
    const std::size_t len = static_cast<std::size_t>(m.length());
    if (repl.size() + 1 > len) continue;
    repl.append(len - repl.size() - 1, ' ');
    repl += ")";
    out.append(pdf, last, static_cast<std::size_t>(m.position()) - last);
    out += repl;
    last = static_cast<std::size_t>(m.position()) + len;
  }
  if (last == 0) return;
  out.append(pdf, last, std::string::npos);
  pdf = std::move(out);
}

struct Box {
  double x, y, w, h;  // centre and size, points
};

bool overlaps(const Box& a, const Box& b, double margin) {
  return std::abs(a.x - b.x) * 2 < a.w + b.w + 2 * margin && std::abs(a.y - b.y) * 2 < a.h + b.h + 2 * margin;
}

// Graphviz's overlap removal would move pinned nodes too; so with pins the first layout
// keeps overlaps, and new nodes are then moved (only they) to the nearest free spot on a
// spiral around where the layout put them, in order of importance.
Positions place_new_nodes(const std::vector<std::pair<std::string, Box>>& boxes, const Positions& pinned,
                          const GraphView& view) {
  constexpr double kMargin = 6;
  std::vector<Box> placed;
  std::vector<std::pair<std::string, Box>> fresh;
  for (const auto& [id, b] : boxes) {
    if (pinned.count(id)) placed.push_back(b);
    else fresh.emplace_back(id, b);
  }
  std::map<std::string, double> importance;
  for (const auto& n : view.nodes) importance[n.id] = n.importance;
  importance[std::string(detail::kLegendNode)] = -1;  // placed last, wherever there is room
  std::stable_sort(fresh.begin(), fresh.end(), [&](const auto& a, const auto& b) {
    return importance[a.first] > importance[b.first];
  });
  Positions out;
  for (auto& entry : fresh) {
    // named references, not a structured binding: clang 14 (Debian 12, the fuzz build)
    // cannot capture a structured binding in the lambda below
    const std::string& id = entry.first;
    const Box& b = entry.second;
    auto free_at = [&](const Box& c) {
      for (const auto& p : placed)
        if (overlaps(c, p, kMargin)) return false;
      return true;
    };
    Box best = b;
    if (!free_at(b)) {
      const auto spot = detail::spiral_spot(b.x, b.y, std::max(12.0, b.h), 399, [&](double x, double y) {
        Box c = b;
        c.x = x;
        c.y = y;
        return free_at(c);
      });
      if (spot) std::tie(best.x, best.y) = *spot;
    }
    placed.push_back(best);
    out[id] = Point{best.x, best.y};
  }
  return out;
}

void collect(const gv::Layout& layout, RenderResult& r, std::vector<std::pair<std::string, Box>>* boxes) {
  Agraph_t* g = layout.graph().get();
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    const std::string name = agnameof(n);
    if (name != detail::kLegendNode) r.positions[name] = Point{ND_coord(n).x, ND_coord(n).y};
    if (boxes) boxes->emplace_back(name, Box{ND_coord(n).x, ND_coord(n).y, ND_width(n) * 72, ND_height(n) * 72});
  }
}

const char* device_of(Format f) {
  return f == Format::svg ? "svg" : f == Format::png ? "png:cairo" : "pdf:cairo";
}

// PNG resolution. 192 dpi is sharp on a HiDPI laptop screen and passable in print. A large
// map gets fewer dots per inch so that the image stays within kMaxPixels: 9 megapixels
// hold an A4 page at 300 dpi (8.7) and more than a HiDPI laptop screen (2880 x 1800 = 5.2),
// and a 300-entity map's PNG then takes under a second (at 16 it took 1.3 s, most of it
// drawing and compressing pixels nobody sees at once); --dpi is honoured up to cairo's own
// limit on a side. Set after layout: the renderer reads it then.
void set_png_dpi(const gv::Layout& layout, const RenderOptions& opt) {
  constexpr double kDefaultDpi = 192, kMaxPixels = 9e6, kMaxSide = 32000;
  Agraph_t* g = layout.graph().get();
  if (!GD_drawing(g)) return;
  const boxf bb = GD_bb(g);
  const double w_in = (bb.UR.x - bb.LL.x) / 72.0 + 0.5, h_in = (bb.UR.y - bb.LL.y) / 72.0 + 0.5;
  double dpi = opt.dpi > 0 ? opt.dpi : std::min(kDefaultDpi, std::sqrt(kMaxPixels / (w_in * h_in)));
  dpi = std::max(1.0, std::min(dpi, kMaxSide / std::max(w_in, h_in)));
  GD_drawing(g)->dpi = std::floor(dpi);
}

// PNG: cairo's pixels through an uncompressed BMP, written by kg (png.hpp); cairo's own
// PNG writer when gdk's BMP device is missing.
std::string render_png(const gv::Layout& layout, const RenderOptions& opt) {
  set_png_dpi(layout, opt);
  Agraph_t* g = layout.graph().get();
  const double dpi = GD_drawing(g) ? GD_drawing(g)->dpi : 0;
  try {
    gv::RenderData bmp = layout.render("bmp:cairo:gdk");
    if (auto png = detail::png_from_bmp(bmp.view(), dpi)) return std::move(*png);
  } catch (const Error&) {
  }
  return std::string(layout.render("png:cairo").view());
}

// Runs in the child: everything that touches the layout engine.
RenderResult render_here(const GraphView& view, const RenderOptions& opt, const std::string& engine,
                         bool want_positions) {
  RenderResult r;
  r.engine = engine;
  gv::Graph g = detail::build_graph(view, opt, engine);
  if (opt.format == Format::dot && !want_positions) {
    r.bytes = g.write();
    return r;
  }
  auto ctx = std::make_shared<gv::Context>();
  const bool pinned = opt.pinned.has_value() && !opt.pinned->empty();
  if (pinned) {
    std::vector<std::pair<std::string, Box>> boxes;
    {
      gv::Layout first(ctx, std::move(g), engine);
      collect(first, r, &boxes);
    }
    // Layout output is shifted to the origin; bring new nodes back into the pinned frame.
    Point shift{0, 0};
    for (const auto& [id, p] : r.positions) {
      if (auto it = opt.pinned->find(id); it != opt.pinned->end()) {
        shift = Point{p.x - it->second.x, p.y - it->second.y};
        break;
      }
    }
    RenderOptions second = opt;
    for (const auto& [id, p] : place_new_nodes(boxes, *opt.pinned, view))
      second.pinned->emplace(id, Point{p.x - shift.x, p.y - shift.y});
    r.positions.clear();
    g = detail::build_graph(view, second, engine);
  }
  if (opt.format != Format::dot && detail::packable(view, opt)) {
    detail::Packed packed = detail::layout_packed(ctx, view, opt);
    r.engine = packed.engine;
    collect(packed.layout, r, nullptr);
    if (opt.format == Format::png) r.bytes = render_png(packed.layout, opt);
    else r.bytes.assign(packed.layout.render(device_of(opt.format)).view());
    return r;
  }
  const std::string dot_text = opt.format == Format::dot ? g.write() : std::string();
  gv::Layout layout(ctx, std::move(g), engine);
  collect(layout, r, nullptr);
  if (opt.format != Format::dot && engine != "dot") detail::place_labels(layout.graph().get());
  if (opt.format == Format::dot) {
    r.bytes = dot_text;
  } else {
    if (opt.format == Format::png) {
      r.bytes = render_png(layout, opt);
    } else {
      gv::RenderData data = layout.render(device_of(opt.format));
      r.bytes.assign(data.view());
    }
  }
  return r;
}

// Child -> parent frames: [u8 ok][u64 len][bytes]... so a crash or kill is told apart
// from a result by a short read.
void write_all(int fd, const void* p, std::size_t n) {
  const char* c = static_cast<const char*>(p);
  while (n > 0) {
    const ssize_t w = ::write(fd, c, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    c += w;
    n -= static_cast<std::size_t>(w);
  }
}
void write_frame(int fd, std::string_view s) {
  const std::uint64_t n = s.size();
  write_all(fd, &n, sizeof n);
  write_all(fd, s.data(), s.size());
}

std::string encode_positions(const Positions& p) {
  std::string s;
  for (const auto& [id, pt] : p) {
    s += id;
    s.push_back('\t');
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g\t%.17g\n", pt.x, pt.y);
    s += buf;
  }
  return s;
}

Positions decode_positions(std::string_view s) {
  Positions p;
  while (!s.empty()) {
    const auto nl = s.find('\n');
    const std::string line(s.substr(0, nl));
    s = nl == std::string_view::npos ? std::string_view() : s.substr(nl + 1);
    const auto t1 = line.find('\t'), t2 = line.rfind('\t');
    if (t1 == std::string::npos || t2 == t1) continue;
    p[line.substr(0, t1)] = Point{std::strtod(line.c_str() + t1 + 1, nullptr), std::strtod(line.c_str() + t2 + 1, nullptr)};
  }
  return p;
}

}  // namespace

namespace detail {

[[noreturn]] void child_main(int fd, const GraphView& view, const RenderOptions& opt,
                             const std::string& engine, bool want_positions) {
  std::uint8_t ok = 0;
  std::string a, b;
  // Graphviz warnings ("falling back to straight line edges") are not the user's concern;
  // its errors still reach stderr, and failures come back as kg::Error.
  agseterr(AGERR);
  try {
    RenderResult r = render_here(view, opt, engine, want_positions);
    ok = 1;
    a = std::move(r.bytes);
    b = encode_positions(r.positions);
  } catch (const std::exception& e) {
    a = e.what();
  } catch (...) {
    a = "graphviz: unknown failure";
  }
  write_all(fd, &ok, 1);
  write_frame(fd, a);
  write_frame(fd, b);
  ::close(fd);
  _exit(0);  // no atexit handlers or destructors of the parent's objects in the child
}

}  // namespace detail

namespace {

std::string too_slow(const GraphView& view, const std::string& engine, double timeout) {
  char secs[32];
  std::snprintf(secs, sizeof secs, "%g", timeout);
  std::string msg = "layout of " + std::to_string(view.nodes.size()) + " entities and " +
                    std::to_string(view.edges.size()) + " relations with " + engine +
                    " took more than " + secs + " s (--timeout); draw fewer entities with --max-nodes N";
  if (engine != "sfdp") msg += " or use a faster engine with --layout sfdp";
  return msg;
}

}  // namespace

void drop_unused_pins(const GraphView& view, RenderOptions& opt) {
  if (!opt.pinned) return;
  for (const auto& n : view.nodes)
    if (opt.pinned->count(n.id)) return;
  opt.pinned.reset();
}

RenderResult render(const GraphView& view, const RenderOptions& asked, bool want_positions) {
  const RenderOptions opt = detail::resolved(view, asked);
  const std::string engine = engine_for(view, opt);
  int fds[2];
  if (::pipe(fds) != 0) throw Error(std::string("cannot create a pipe: ") + std::strerror(errno));
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    throw Error(std::string("cannot fork the layout process: ") + std::strerror(errno));
  }
  if (pid == 0) {
    ::close(fds[0]);
    detail::child_main(fds[1], view, opt, engine, want_positions);
  }
  ::close(fds[1]);
  return detail::await_child(fds[0], pid, view, opt, engine);
}

namespace detail {

RenderResult await_child(int fd, pid_t pid, const GraphView& view, const RenderOptions& opt, const std::string& engine) {
  // Our own child is killed and reaped; another process's child (LayoutHelper's) ends on
  // its own timer, or on a write to the closed socket.
  auto kill_child = [&] {
    if (pid > 0) {
      ::kill(pid, SIGKILL);
      int st = 0;
      while (::waitpid(pid, &st, 0) < 0 && errno == EINTR) {
      }
    }
    ::close(fd);
  };
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  std::string buf;
  char chunk[65536];
  for (;;) {
    if (io::interrupted()) {
      kill_child();
      throw Interrupted();
    }
    if (opt.timeout_seconds > 0) {
      const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
      if (elapsed > opt.timeout_seconds) {
        kill_child();
        throw Error(too_slow(view, engine, opt.timeout_seconds));
      }
    }
    pollfd p{fd, POLLIN, 0};
    const int rc = ::poll(&p, 1, 100);
    if (rc < 0 && errno != EINTR) {
      kill_child();
      throw Error(std::string("waiting for the layout process: ") + std::strerror(errno));
    }
    if (rc <= 0) continue;
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0) {
      if (errno == EINTR) continue;
      kill_child();
      throw Error(std::string("reading from the layout process: ") + std::strerror(errno));
    }
    if (n == 0) break;
    buf.append(chunk, static_cast<std::size_t>(n));
  }
  ::close(fd);
  int status = 0;
  if (pid > 0)
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }

  // Parse the frames.
  std::size_t pos = 0;
  auto take = [&](std::string& out) {
    std::uint64_t n = 0;
    if (buf.size() - pos < sizeof n) return false;
    std::memcpy(&n, buf.data() + pos, sizeof n);
    pos += sizeof n;
    if (buf.size() - pos < n) return false;
    out.assign(buf, pos, n);
    pos += n;
    return true;
  };
  std::string a, b;
  pos = 1;  // after the status byte
  if (buf.empty() || !take(a) || !take(b)) {
    std::string why = pid > 0 && WIFSIGNALED(status)
                          ? std::string(" (killed by signal ") + std::to_string(WTERMSIG(status)) + ")"
                          : "";
    throw Error("graphviz: the layout process died" + why + " while drawing " + std::to_string(view.nodes.size()) +
                " entities with " + engine + "; try --layout sfdp or --max-nodes N");
  }
  if (buf[0] != 1) throw Error(a);
  RenderResult r;
  // A packed map is laid out part by part (the child reports nothing but bytes and
  // positions): name the engine of its largest part, as the child chose it.
  r.engine = opt.format != Format::dot && detail::packable(view, opt) ? detail::packed_engine(view, opt) : engine;
  r.bytes = std::move(a);
  r.positions = decode_positions(b);
  if (opt.format == Format::svg) r.bytes = prefix_svg_ids(r.bytes, opt.id_prefix);
  if (opt.format == Format::pdf) fix_pdf_dates(r.bytes);
  return r;
}

}  // namespace detail

std::string to_dot(const GraphView& view, const RenderOptions& asked) {
  const RenderOptions opt = detail::resolved(view, asked);
  const std::string engine = engine_for(view, opt);
  return detail::build_graph(view, opt, engine).write();
}

}  // namespace kg::render
