// Validators for the numbers every command takes. CLI11 2.1 converts "-3" to a huge
// unsigned, overflows silently and reads "nan" as a number; these refuse such values with
// the option's name (exit 2).
#pragma once

#include <CLI/CLI.hpp>

#include <cmath>
#include <string>

namespace kg::cli {

// A count: decimal digits only, below a billion (fits every int and size_t option).
inline const CLI::Validator kCount(
    [](std::string& s) -> std::string {
      if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos)
        return "'" + s + "' is not a whole number from 0 to 999999999";
      return {};
    },
    "N");

// A duration in seconds: a finite number >= 0.
inline const CLI::Validator kSeconds(
    [](std::string& s) -> std::string {
      try {
        std::size_t used = 0;
        const double x = std::stod(s, &used);
        if (used == s.size() && std::isfinite(x) && x >= 0) return {};
      } catch (const std::exception&) {
      }
      return "'" + s + "' is not a number of seconds (finite, 0 or more)";
    },
    "SECONDS");

}  // namespace kg::cli
