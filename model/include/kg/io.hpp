// File I/O with kg's guarantees: inputs are checked and named in errors; outputs are
// written to a temporary file beside the target and renamed, so an interrupted or failed
// run leaves the previous file intact.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace kg::io {

// Whole file as bytes; throws InputError naming the path if missing/unreadable/a directory.
std::string read_file(const std::string& path);

// Like read_file, and also rejects binary content and invalid UTF-8 (with byte offset).
std::string read_text_file(const std::string& path);

// Writes `bytes` to path atomically (temp file + fsync + rename). "-" means stdout.
void write_file_atomic(const std::string& path, std::string_view bytes);

// Streams into a temporary file and renames it onto `path` on commit(); if destroyed
// without commit() (exception, interrupt) the temporary is removed and `path` untouched.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();
  std::ostream& stream();
  void commit();

 private:
  struct Impl;
  Impl* impl_;
};

// One line "kg: warning: MESSAGE" on stderr: for input kg skips and goes on without (a bad
// line of a corpus), so the user knows what was left out.
void warn(const std::string& message);

// Creates the parent directory of `path` if missing (like mkdir -p).
void ensure_parent_dir(const std::string& path);

// Extension in lower case without the dot: "out/map.SVG" -> "svg".
std::string extension(const std::string& path);

// ---- interruption -----------------------------------------------------------------
// main installs the handler once; long loops call check_interrupted() between units of
// work and unwind with kg::Interrupted, so AtomicFiles clean up their temporaries.
void install_interrupt_handler();
bool interrupted();
void check_interrupted();  // throws Interrupted

// ---- progress -----------------------------------------------------------------------
// A one-line progress counter on stderr, shown only when stderr is a terminal.
class Progress {
 public:
  Progress(std::string label, std::size_t total);
  ~Progress();
  void tick(std::size_t n = 1);
  void done();

 private:
  std::string label_;
  std::size_t total_, count_ = 0, last_shown_ = 0;
  bool enabled_;
  double started_;
};

}  // namespace kg::io
