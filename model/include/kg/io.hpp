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
#include <vector>

namespace kg::io {

// Whole file as bytes; throws InputError naming the path if missing/unreadable/a directory.
std::string read_file(const std::string& path);

// Whether `path` names a regular file (following symbolic links). A pipe such as
// <(cat g.json) is not: it can be read only once, so readers sniff its bytes, not the name.
bool is_regular_file(const std::string& path);

// Like read_file, and also rejects binary content and invalid UTF-8 (with byte offset).
std::string read_text_file(const std::string& path);

// Every output of kg goes through AtomicFile (write_file_atomic is the one-call form), which
// writes each kind of name the way a careful user expects:
//   - a regular file or a new name: a temporary ".NAME.tmp-PID" beside it, fsync, rename.
//     An interrupted or failed run leaves the previous file intact. The new file keeps the
//     old one's permissions (and owner where allowed). Temporaries left by a killed kg
//     (their process is gone) are removed by the next write to the same name.
//   - a regular file with other hard links: the same temporary, then its complete content
//     is copied into the existing file, so every name of it sees the new content (renaming
//     would silently split the links and leave the other names stale).
//   - a symbolic link: followed; its target is written as above, the link stays.
//   - "-", /dev/stdout, /dev/stderr, /dev/fd/N: that descriptor; a device (/dev/null) or a
//     FIFO: opened and written through (no temporary: there is nothing to replace).
//   - a directory or a socket: refused.
// Every failure is an OutputError "PATH: what failed: reason" (a full disk, /dev/full).
void write_file_atomic(const std::string& path, std::string_view bytes);

class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();  // without commit(): the temporary is removed, the old file untouched
  std::ostream& stream();
  void commit();

 private:
  struct Impl;
  Impl* impl_;
};

// Whether two names are the same existing regular file, however spelled (device + inode).
bool same_file(const std::string& a, const std::string& b);

// UsageError when an output names an input file (kg would destroy the input) or two
// outputs name one file. Empty names and "-" are ignored.
void refuse_overwriting_inputs(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs);

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
