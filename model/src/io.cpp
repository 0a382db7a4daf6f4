#include "kg/io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "kg/error.hpp"
#include "kg/text.hpp"

namespace kg::io {
namespace fs = std::filesystem;

std::string read_file(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw InputError(path + ": no such file");
  if (fs::is_directory(path, ec)) throw InputError(path + ": is a directory, expected a file");
  // POSIX calls, not a stream: opening a FIFO waits for its writer and a read can wait for
  // data; both return on SIGINT/SIGTERM (no SA_RESTART), so Ctrl-C ends the wait.
  int fd;
  while ((fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY)) < 0 && errno == EINTR) check_interrupted();
  if (fd < 0) throw InputError(path + ": cannot open for reading: " + std::strerror(errno));
  std::string bytes;
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) bytes.reserve(static_cast<std::size_t>(st.st_size));
  char chunk[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) {
      if (interrupted()) ::close(fd);
      check_interrupted();
      continue;
    }
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      throw InputError(path + ": read error: " + std::strerror(err));
    }
    if (n == 0) break;
    bytes.append(chunk, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return bytes;
}

bool is_regular_file(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

std::string read_text_file(const std::string& path) {
  std::string bytes = read_file(path);
  if (text::looks_binary(bytes)) throw InputError(path + ": binary file, expected UTF-8 text");
  if (auto bad = text::find_invalid_utf8(bytes))
    throw InputError(path + ": invalid UTF-8 at byte " + std::to_string(*bad));
  return bytes;
}

void warn(const std::string& message) { std::cerr << "kg: warning: " << message << "\n"; }

void ensure_parent_dir(const std::string& path) {
  const fs::path parent = fs::path(path).parent_path();
  if (parent.empty()) return;
  std::error_code ec;
  fs::create_directories(parent, ec);
  if (ec) throw OutputError(path + ": cannot create directory " + parent.string() + ": " + ec.message());
}

std::string extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  if (!ext.empty() && ext[0] == '.') ext.erase(0, 1);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// ---- output files ---------------------------------------------------------------------------
namespace {

std::string errno_text(int e) { return std::strerror(e); }

// A streambuf over a file descriptor that remembers the first write error (errno), so a
// full disk or /dev/full is reported with its reason.
class FdBuf : public std::streambuf {
 public:
  void attach(int fd) { fd_ = fd; setp(buf_, buf_ + sizeof buf_); }
  int error() const { return error_; }
  bool flush_all() { return drain() && error_ == 0; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    const char* p = pbase();
    std::size_t n = static_cast<std::size_t>(pptr() - pbase());
    while (n > 0 && error_ == 0) {
      const ssize_t w = ::write(fd_, p, n);
      if (w < 0) {
        if (errno == EINTR) continue;
        error_ = errno;
        break;
      }
      p += w;
      n -= static_cast<std::size_t>(w);
    }
    setp(buf_, buf_ + sizeof buf_);
    return error_ == 0;
  }
  int fd_ = -1, error_ = 0;
  char buf_[1 << 16];
};

// "/dev/stdout", "/dev/fd/3", "/proc/self/fd/3": the descriptor the name stands for. Such a
// name is written through that descriptor: opening it again would rewind a redirected file,
// and resolving its link would replace the file the shell holds open.
std::optional<int> descriptor_name(const std::string& path) {
  if (path == "/dev/stdout") return 1;
  if (path == "/dev/stderr") return 2;
  for (const char* prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    const std::string_view pre(prefix);
    if (path.size() > pre.size() && path.compare(0, pre.size(), pre) == 0 &&
        path.find_first_not_of("0123456789", pre.size()) == std::string::npos && path.size() - pre.size() < 6)
      return std::stoi(path.substr(pre.size()));
  }
  return std::nullopt;
}

// Follows a chain of symbolic links to the name that is not one (which may not exist yet).
std::string resolve_links(const std::string& path) {
  std::string p = path;
  for (int hops = 0;; ++hops) {
    struct stat st {};
    if (::lstat(p.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return p;
    if (hops == 40) throw OutputError(path + ": too many levels of symbolic links");
    std::string target(static_cast<std::size_t>(st.st_size > 0 ? st.st_size : 4096) + 1, '\0');
    const ssize_t n = ::readlink(p.c_str(), target.data(), target.size());
    if (n < 0) throw OutputError(path + ": cannot read symbolic link: " + errno_text(errno));
    target.resize(static_cast<std::size_t>(n));
    const fs::path t(target);
    p = t.is_absolute() ? target : (fs::path(p).parent_path() / t).string();
  }
}

bool process_alive(long pid) { return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH; }

// Temporaries ".NAME.tmp-PID" that a killed run of kg left beside `target`: removed when
// their process is gone (a running kg's are left alone).
void remove_stale_temporaries(const fs::path& target) {
  const std::string prefix = "." + target.filename().string() + ".tmp-";
  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string digits = name.substr(prefix.size());
    if (digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) continue;
    const long pid = std::stol(digits);
    std::error_code ec2;
    if (pid != ::getpid() && !process_alive(pid) && it->is_regular_file(ec2)) fs::remove(it->path(), ec2);
  }
}

}  // namespace

// How an output is written, decided once from what the name is when it is opened.
enum class Sink {
  cout,     // "-" and /dev/stdout: std::cout, shared with what the command prints
  through,  // a device, a FIFO or a descriptor name: written as it comes, no temporary
  replace,  // a regular file or a new name: temporary, fsync, rename over it
  in_place  // a regular file with other hard links: temporary, then copied into the file
};

struct AtomicFile::Impl {
  std::string path;    // as the user spelled it, for messages
  std::string target;  // the file actually written (symbolic links followed)
  std::string tmp;
  Sink sink = Sink::replace;
  int fd = -1;
  FdBuf buf;
  std::ostream out{&buf};
  bool committed = false;

  [[noreturn]] void fail(const std::string& what, int err) {
    throw OutputError(path + ": " + what + (err ? ": " + errno_text(err) : std::string()));
  }
  void open_through(int fd_or_minus, const std::string& name) {
    if (fd_or_minus >= 0) {
      fd = ::fcntl(fd_or_minus, F_DUPFD_CLOEXEC, 3);
      if (fd < 0) fail("cannot write to this descriptor", errno);
    } else {
      while ((fd = ::open(name.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY)) < 0 && errno == EINTR)
        check_interrupted();  // a FIFO with no reader: Ctrl-C still works
      if (fd < 0) fail("cannot open for writing", errno);
    }
    sink = Sink::through;
    buf.attach(fd);
  }
  void open_temporary(const struct stat* old) {
    ensure_parent_dir(target);
    const fs::path t(target);
    remove_stale_temporaries(t);
    tmp = (t.parent_path() / ("." + t.filename().string() + ".tmp-" + std::to_string(::getpid()))).string();
    fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) fail("cannot open for writing", errno);
    if (old) {
      // The new file keeps the old one's permissions (a 0600 file stays private) and, where
      // allowed, its owner.
      if (::fchown(fd, old->st_uid, old->st_gid) != 0) { /* not permitted: keep ours */ }
      ::fchmod(fd, old->st_mode & 07777);
    }
    buf.attach(fd);
  }
  void copy_into_target() {
    // Hard links stay links: the complete new content is copied into the existing file.
    const int in = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
    const int outfd = ::open(target.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    int err = in < 0 || outfd < 0 ? errno : 0;
    char chunk[1 << 16];
    while (!err) {
      const ssize_t r = ::read(in, chunk, sizeof chunk);
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) {
        if (r < 0) err = errno;
        break;
      }
      for (ssize_t off = 0; off < r && !err;) {
        const ssize_t w = ::write(outfd, chunk + off, static_cast<std::size_t>(r - off));
        if (w < 0 && errno != EINTR) err = errno;
        if (w > 0) off += w;
      }
    }
    if (!err && ::fsync(outfd) != 0) err = errno;
    if (outfd >= 0 && ::close(outfd) != 0 && !err) err = errno;
    if (in >= 0) ::close(in);
    ::unlink(tmp.c_str());
    if (err) fail("write failed while updating the hard-linked file in place", err);
  }
};

AtomicFile::AtomicFile(std::string path) : impl_(new Impl) {
  std::unique_ptr<Impl> guard(impl_);
  Impl& m = *impl_;
  m.path = std::move(path);
  if (m.path == "-" || m.path == "/dev/stdout") {
    m.sink = Sink::cout;
  } else if (auto fd = descriptor_name(m.path)) {
    m.open_through(*fd, m.path);
  } else {
    m.target = resolve_links(m.path);
    struct stat st {};
    if (::stat(m.target.c_str(), &st) != 0) {
      if (errno != ENOENT) m.fail("cannot write", errno);
      m.open_temporary(nullptr);
    } else if (S_ISDIR(st.st_mode)) {
      throw OutputError(m.path + ": is a directory, expected a file name");
    } else if (S_ISSOCK(st.st_mode)) {
      throw OutputError(m.path + ": is a socket; kg writes files, devices and FIFOs");
    } else if (!S_ISREG(st.st_mode)) {
      m.open_through(-1, m.target);  // character or block device, FIFO
    } else {
      m.sink = st.st_nlink > 1 ? Sink::in_place : Sink::replace;
      m.open_temporary(&st);
    }
  }
  guard.release();
}

AtomicFile::~AtomicFile() {
  if (!impl_) return;
  if (impl_->fd >= 0) ::close(impl_->fd);
  if (!impl_->committed && !impl_->tmp.empty()) ::unlink(impl_->tmp.c_str());
  delete impl_;
}

std::ostream& AtomicFile::stream() { return impl_->sink == Sink::cout ? std::cout : impl_->out; }

void AtomicFile::commit() {
  Impl& m = *impl_;
  if (m.sink == Sink::cout) {
    std::cout.flush();
    if (!std::cout) throw OutputError((m.path == "-" ? std::string("<stdout>") : m.path) + ": write failed");
    m.committed = true;
    return;
  }
  m.out.flush();
  if (!m.buf.flush_all()) m.fail(m.sink == Sink::through ? "write failed" : "write failed (disk full?)", m.buf.error());
  if (m.sink != Sink::through && ::fsync(m.fd) != 0) m.fail("write failed", errno);
  const int fd = m.fd;
  m.fd = -1;
  if (::close(fd) != 0 && errno != EINTR) m.fail("write failed", errno);
  if (m.sink == Sink::replace && std::rename(m.tmp.c_str(), m.target.c_str()) != 0) m.fail("cannot replace file", errno);
  if (m.sink == Sink::in_place) m.copy_into_target();
  m.committed = true;
}

void write_file_atomic(const std::string& path, std::string_view bytes) {
  AtomicFile f(path);
  f.stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  f.commit();
}

bool same_file(const std::string& a, const std::string& b) {
  if (a == "-" || b == "-") return false;
  struct stat sa {}, sb {};
  return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && S_ISREG(sa.st_mode) &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

void refuse_overwriting_inputs(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs) {
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    if (outputs[i].empty()) continue;
    for (const auto& in : inputs)
      if (!in.empty() && same_file(in, outputs[i]))
        throw UsageError(outputs[i] + ": is also an input (" + in + "); writing it would destroy that input");
    for (std::size_t k = 0; k < i; ++k)
      if (!outputs[k].empty() && (outputs[k] == outputs[i] || same_file(outputs[k], outputs[i])))
        throw UsageError(outputs[i] + ": named for two outputs; give each its own file");
  }
}

// ---- interruption -----------------------------------------------------------------------
namespace {
volatile std::sig_atomic_t g_interrupted = 0;  // the one global: a signal flag must be
extern "C" void on_signal(int) { g_interrupted = 1; }
double now_seconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}
}  // namespace

void install_interrupt_handler() {
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
}

bool interrupted() { return g_interrupted != 0; }

void check_interrupted() {
  if (g_interrupted) throw Interrupted();
}

// ---- progress -----------------------------------------------------------------------------
Progress::Progress(std::string label, std::size_t total)
    : label_(std::move(label)), total_(total), enabled_(::isatty(STDERR_FILENO) == 1),
      started_(now_seconds()) {}

Progress::~Progress() { done(); }

void Progress::tick(std::size_t n) {
  count_ += n;
  if (!enabled_) return;
  if (count_ - last_shown_ < std::max<std::size_t>(1, total_ / 200) && count_ != total_) return;
  last_shown_ = count_;
  const double el = now_seconds() - started_;
  if (total_)
    std::fprintf(stderr, "\r%s %zu/%zu (%.0f%%) %.1fs", label_.c_str(), count_, total_,
                 100.0 * static_cast<double>(count_) / static_cast<double>(total_), el);
  else
    std::fprintf(stderr, "\r%s %zu %.1fs", label_.c_str(), count_, el);
  std::fflush(stderr);
}

void Progress::done() {
  if (!enabled_) return;
  enabled_ = false;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
}

}  // namespace kg::io
