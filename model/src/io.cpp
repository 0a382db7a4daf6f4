#include "kg/io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "kg/error.hpp"
#include "kg/text.hpp"

namespace kg::io {
namespace fs = std::filesystem;

std::string read_file(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw InputError(path + ": no such file");
  if (fs::is_directory(path, ec)) throw InputError(path + ": is a directory, expected a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot open for reading");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw InputError(path + ": read error");
  return std::move(ss).str();
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

// ---- AtomicFile -----------------------------------------------------------------------
struct AtomicFile::Impl {
  std::string path, tmp;
  std::ofstream out;
  bool to_stdout = false, committed = false;
};

AtomicFile::AtomicFile(std::string path) : impl_(new Impl) {
  impl_->path = std::move(path);
  if (impl_->path == "-") {
    impl_->to_stdout = true;
    return;
  }
  ensure_parent_dir(impl_->path);
  const fs::path p(impl_->path);
  impl_->tmp = (p.parent_path() / ("." + p.filename().string() + ".tmp-" + std::to_string(::getpid()))).string();
  impl_->out.open(impl_->tmp, std::ios::binary | std::ios::trunc);
  if (!impl_->out) {
    std::string path_copy = impl_->path;
    delete impl_;
    impl_ = nullptr;
    throw OutputError(path_copy + ": cannot open for writing");
  }
}

AtomicFile::~AtomicFile() {
  if (!impl_) return;
  if (!impl_->to_stdout && !impl_->committed) {
    impl_->out.close();
    std::remove(impl_->tmp.c_str());
  }
  delete impl_;
}

std::ostream& AtomicFile::stream() { return impl_->to_stdout ? std::cout : impl_->out; }

void AtomicFile::commit() {
  if (impl_->to_stdout) {
    std::cout.flush();
    impl_->committed = true;
    return;
  }
  impl_->out.flush();
  if (!impl_->out) throw OutputError(impl_->path + ": write failed (disk full?)");
  impl_->out.close();
  if (int fd = ::open(impl_->tmp.c_str(), O_RDONLY); fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  if (std::rename(impl_->tmp.c_str(), impl_->path.c_str()) != 0) {
    std::remove(impl_->tmp.c_str());
    throw OutputError(impl_->path + ": cannot replace file");
  }
  impl_->committed = true;
}

void write_file_atomic(const std::string& path, std::string_view bytes) {
  AtomicFile f(path);
  f.stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  f.commit();
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
