// kg reports failures by throwing a kg::Error that says what failed and where; the
// command-line main catches it once and maps it to an exit code. Failures are rare and
// happen at the edges (files, lexicons, Graphviz), so exceptions cost nothing on hot paths.
#pragma once

#include <stdexcept>
#include <string>

namespace kg {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& what, int exit_code = 1)
      : std::runtime_error(what), exit_code_(exit_code) {}
  int exit_code() const noexcept { return exit_code_; }

 private:
  int exit_code_;
};

// A file or stream kg cannot read or accept: missing, binary, invalid UTF-8, malformed.
// The message names the input (and line/column where known).
class InputError : public Error {
 public:
  explicit InputError(const std::string& what) : Error(what, 1) {}
};

// The command line asked for something that does not exist (unknown entity, option value).
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& what) : Error(what, 2) {}
};

// Writing an output failed; the previous file is left intact.
class OutputError : public Error {
 public:
  explicit OutputError(const std::string& what) : Error(what, 1) {}
};

// The user interrupted a long run (SIGINT/SIGTERM); nothing half-written is left behind.
class Interrupted : public Error {
 public:
  Interrupted() : Error("interrupted", 130) {}
};

}  // namespace kg
