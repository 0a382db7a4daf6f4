// How a command plugs into the kg front end. Each cmd_<name>.cpp defines one
// add_<name>() that declares its subcommand and options on `app` and, when the
// subcommand is chosen, stores in `action` the function main runs after parsing.
// Running after parsing (not inside CLI11's callback) lets main catch kg::Error once.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

#include "kg/error.hpp"
#include "kg/text.hpp"

namespace kg::cli {

using Action = std::function<int()>;  // returns the process exit code

#define KG_COMMANDS(X)                                                                        \
  X(build) X(extract) X(eval) X(load) X(path) X(neighbors) X(subgraph) X(stats) X(entities) \
  X(rank) X(components) X(render) X(report) X(merge) X(export)

#define KG_DECLARE_COMMAND(name) void add_##name(CLI::App& app, Action& action);
KG_COMMANDS(KG_DECLARE_COMMAND)
#undef KG_DECLARE_COMMAND

// --as-of / --since: each empty or an ISO date (prefix); since <= as_of. UsageError otherwise.
inline void check_date_range(const std::string& as_of, const std::string& since) {
  if (!as_of.empty() && !text::is_iso_date(as_of))
    throw UsageError("--as-of '" + as_of + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  if (!since.empty() && !text::is_iso_date(since))
    throw UsageError("--since '" + since + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  if (!as_of.empty() && !since.empty() && since.compare(0, as_of.size(), as_of) > 0)
    throw UsageError("--since " + since + " is after --as-of " + as_of + ": nothing can match");
}

}  // namespace kg::cli
