// LayoutHelper: layout processes forked from a small helper process rather than from the
// (large) caller. The caller sends the helper one end of a fresh socket pair per map (over
// a control socket, SCM_RIGHTS); the helper forks a layout process that reads the view and
// options from it and answers on it as render()'s child does on its pipe.
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <mutex>

#include "child.hpp"
#include "compose.hpp"
#include "kg/error.hpp"
#include "kg/render/render.hpp"

namespace kg::render {

namespace {

// ---- the request: a view and its options, as bytes (the same binary on both ends) ----------
// Every field of GraphView (kg/graph_view.hpp) and of RenderOptions but pinned goes through
// encode and decode: a field added there must be added here (the tests compare the bytes
// drawn through the helper with render()'s, lexicon marks included).
class Out {
 public:
  void u64(std::uint64_t v) { b_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void f64(double v) { b_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void str(std::string_view s) {
    u64(s.size());
    b_.append(s);
  }
  std::string& bytes() { return b_; }

 private:
  std::string b_;
};

class In {
 public:
  explicit In(std::string_view s) : s_(s) {}
  std::uint64_t u64() {
    std::uint64_t v = 0;
    take(&v, sizeof v);
    return v;
  }
  double f64() {
    double v = 0;
    take(&v, sizeof v);
    return v;
  }
  std::string str() {
    const auto n = u64();
    if (n > s_.size()) throw Error("layout request cut short");
    std::string out(s_.substr(0, n));
    s_.remove_prefix(n);
    return out;
  }

 private:
  void take(void* p, std::size_t n) {
    if (s_.size() < n) throw Error("layout request cut short");
    std::memcpy(p, s_.data(), n);
    s_.remove_prefix(n);
  }
  std::string_view s_;
};

std::string encode(const GraphView& v, const RenderOptions& o, const std::string& engine) {
  Out w;
  w.str(engine);
  w.u64(static_cast<std::uint64_t>(o.format));
  w.str(o.engine);
  w.u64(static_cast<std::uint64_t>(o.cluster_by));
  w.str(o.link_template);
  w.str(o.id_prefix);
  w.f64(o.timeout_seconds);
  w.u64(static_cast<std::uint64_t>(static_cast<std::int64_t>(o.seed)));
  w.u64(o.legend);
  w.f64(o.aspect);
  w.f64(o.dpi);
  w.u64(o.edge_labels);
  w.str(o.previous_engine);
  w.str(v.title);
  w.u64(v.nodes.size());
  for (const auto& n : v.nodes) {
    w.str(n.id);
    w.str(n.name);
    w.u64(static_cast<std::uint64_t>(n.type));
    w.str(n.country);
    w.u64(n.country_from_lexicon);
    w.str(n.community);
    w.f64(n.importance);
    w.u64(n.highlighted);
  }
  w.u64(v.edges.size());
  for (const auto& e : v.edges) {
    w.str(e.source);
    w.str(e.target);
    w.u64(static_cast<std::uint64_t>(e.predicate));
    w.f64(e.confidence);
    w.u64(e.evidence.size());
    for (const auto& ev : e.evidence) {
      w.str(ev.doc);
      w.str(ev.sentence);
      w.u64(ev.start);
      w.u64(ev.end);
      w.str(ev.date);
      w.u64(ev.lexicon);
    }
    w.u64(e.highlighted);
    w.u64(e.from_lexicon);
  }
  w.u64(v.notes.size());
  for (const auto& n : v.notes) w.str(n);
  w.u64(v.path.size());
  for (const auto& id : v.path) w.str(id);
  w.str(v.focus);
  return std::move(w.bytes());
}

void decode(std::string_view bytes, GraphView& v, RenderOptions& o, std::string& engine) {
  In r(bytes);
  engine = r.str();
  o.format = static_cast<Format>(r.u64());
  o.engine = r.str();
  o.cluster_by = static_cast<ClusterBy>(r.u64());
  o.link_template = r.str();
  o.id_prefix = r.str();
  o.timeout_seconds = r.f64();
  o.seed = static_cast<int>(static_cast<std::int64_t>(r.u64()));
  o.legend = r.u64() != 0;
  o.aspect = r.f64();
  o.dpi = r.f64();
  o.edge_labels = r.u64() != 0;
  o.previous_engine = r.str();
  v.title = r.str();
  v.nodes.resize(r.u64());
  for (auto& n : v.nodes) {
    n.id = r.str();
    n.name = r.str();
    n.type = static_cast<EntityType>(r.u64());
    n.country = r.str();
    n.country_from_lexicon = r.u64() != 0;
    n.community = r.str();
    n.importance = r.f64();
    n.highlighted = r.u64() != 0;
  }
  v.edges.resize(r.u64());
  for (auto& e : v.edges) {
    e.source = r.str();
    e.target = r.str();
    e.predicate = static_cast<Predicate>(r.u64());
    e.confidence = r.f64();
    e.evidence.resize(r.u64());
    for (auto& ev : e.evidence) {
      ev.doc = r.str();
      ev.sentence = r.str();
      ev.start = r.u64();
      ev.end = r.u64();
      ev.date = r.str();
      ev.lexicon = r.u64() != 0;
    }
    e.highlighted = r.u64() != 0;
    e.from_lexicon = r.u64() != 0;
  }
  v.notes.resize(r.u64());
  for (auto& n : v.notes) n = r.str();
  v.path.resize(r.u64());
  for (auto& id : v.path) id = r.str();
  v.focus = r.str();
}

bool send_all(int fd, const char* p, std::size_t n) {
  while (n > 0) {
    const ssize_t w = ::send(fd, p, n, MSG_NOSIGNAL);
    if (w < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

bool read_all(int fd, char* p, std::size_t n) {
  while (n > 0) {
    const ssize_t r = ::read(fd, p, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    p += r;
    n -= static_cast<std::size_t>(r);
  }
  return true;
}

// ---- in the helper and its children -------------------------------------------------------------
// A layout process: reads its request, sets its own deadline (a little after the caller's,
// which reports the timeout), and does what render()'s child does.
[[noreturn]] void layout_process(int fd) {
  ::signal(SIGCHLD, SIG_DFL);
  std::uint64_t n = 0;
  std::string req;
  if (!read_all(fd, reinterpret_cast<char*>(&n), sizeof n) || n > (std::uint64_t(1) << 32)) _exit(1);
  req.resize(n);
  if (!read_all(fd, req.data(), n)) _exit(1);
  GraphView view;
  RenderOptions opt;
  std::string engine;
  try {
    decode(req, view, opt, engine);
  } catch (...) {
    _exit(1);
  }
  if (opt.timeout_seconds > 0) {
    const double t = opt.timeout_seconds + 1;
    itimerval it{};
    it.it_value.tv_sec = static_cast<time_t>(t);
    it.it_value.tv_usec = static_cast<suseconds_t>((t - std::floor(t)) * 1e6);
    ::setitimer(ITIMER_REAL, &it, nullptr);  // SIGALRM's default action ends the process
  }
  detail::child_main(fd, view, opt, engine, false);
}

// Receives one descriptor (the layout's socket) per message; -1 when the caller has gone.
int receive_fd(int control) {
  char byte = 0;
  iovec iov{&byte, 1};
  alignas(cmsghdr) char space[CMSG_SPACE(sizeof(int))];
  msghdr msg{};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = space;
  msg.msg_controllen = sizeof space;
  for (;;) {
    const ssize_t r = ::recvmsg(control, &msg, MSG_CMSG_CLOEXEC);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return -1;
    break;
  }
  for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c))
    if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
      int fd = -1;
      std::memcpy(&fd, CMSG_DATA(c), sizeof fd);
      return fd;
    }
  return -2;  // a message without a descriptor: ignored
}

[[noreturn]] void helper_main(int control, pid_t parent) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);  // the caller gone, even killed: the helper goes
  if (::getppid() != parent) _exit(0);
  ::signal(SIGINT, SIG_IGN);   // Ctrl-C is the caller's to handle; it closes the control socket
  ::signal(SIGTERM, SIG_IGN);
  ::signal(SIGPIPE, SIG_DFL);  // a layout whose caller gave up ends on its first write
  ::signal(SIGCHLD, SIG_IGN);  // layout processes are reaped by the kernel
  for (;;) {
    const int fd = receive_fd(control);
    if (fd == -1) _exit(0);
    if (fd < 0) continue;
    const pid_t pid = ::fork();
    if (pid == 0) {
      ::close(control);
      layout_process(fd);
    }
    ::close(fd);  // a failed fork: the caller reads EOF and says the layout process died
  }
}

}  // namespace

struct LayoutHelper::Impl {
  int control = -1;
  pid_t pid = -1;
  std::mutex m;  // one message at a time on the control socket
};

LayoutHelper::LayoutHelper() : impl_(std::make_unique<Impl>()) {
  int sv[2];
  if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0)
    throw Error(std::string("cannot create the layout helper's socket: ") + std::strerror(errno));
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(sv[0]);
    ::close(sv[1]);
    throw Error(std::string("cannot fork the layout helper: ") + std::strerror(errno));
  }
  if (pid == 0) {
    ::close(sv[0]);
    helper_main(sv[1], parent);
  }
  ::close(sv[1]);
  impl_->control = sv[0];
  impl_->pid = pid;
}

LayoutHelper::~LayoutHelper() {
  ::close(impl_->control);  // the helper reads EOF and exits; layouts under way finish alone
  ::waitpid(impl_->pid, nullptr, 0);
}

RenderResult LayoutHelper::render(const GraphView& view, const RenderOptions& asked) {
  if (asked.pinned && !asked.pinned->empty()) return kg::render::render(view, asked);
  const RenderOptions opt = detail::resolved(view, asked);
  const std::string engine = detail::engine_for(view, opt);
  int sv[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
    throw Error(std::string("cannot create a socket for the layout: ") + std::strerror(errno));
  bool sent = false;
  {
    char byte = 0;
    iovec iov{&byte, 1};
    alignas(cmsghdr) char space[CMSG_SPACE(sizeof(int))]{};
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = space;
    msg.msg_controllen = sizeof space;
    cmsghdr* c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    std::memcpy(CMSG_DATA(c), &sv[1], sizeof(int));
    std::lock_guard<std::mutex> lock(impl_->m);
    ssize_t r;
    while ((r = ::sendmsg(impl_->control, &msg, MSG_NOSIGNAL)) < 0 && errno == EINTR) {
    }
    sent = r == 1;
  }
  ::close(sv[1]);
  if (!sent) {  // the helper has gone: draw the map the plain way
    ::close(sv[0]);
    return kg::render::render(view, opt);
  }
  const std::string req = encode(view, opt, engine);
  const std::uint64_t n = req.size();
  if (!send_all(sv[0], reinterpret_cast<const char*>(&n), sizeof n) || !send_all(sv[0], req.data(), req.size())) {
    ::close(sv[0]);
    throw Error("graphviz: the layout process died before it read the map to draw");
  }
  return detail::await_child(sv[0], -1, view, opt, engine);
}

}  // namespace kg::render
