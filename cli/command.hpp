// How a command plugs into the kg front end. Each cmd_<name>.cpp defines one
// add_<name>() that declares its subcommand and options on `app` and, when the
// subcommand is chosen, stores in `action` the function main runs after parsing.
// Running after parsing (not inside CLI11's callback) lets main catch kg::Error once.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace kg::cli {

using Action = std::function<int()>;  // returns the process exit code

#define KG_COMMANDS(X)                                                                        \
  X(build) X(extract) X(eval) X(load) X(path) X(neighbors) X(subgraph) X(stats) X(entities) \
  X(rank) X(components) X(facts) X(render) X(report) X(merge) X(export) X(serve)

#define KG_DECLARE_COMMAND(name) void add_##name(CLI::App& app, Action& action);
KG_COMMANDS(KG_DECLARE_COMMAND)
#undef KG_DECLARE_COMMAND

}  // namespace kg::cli
