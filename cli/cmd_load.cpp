// PLACEHOLDER until the owning module lands its command: refuses to run.
#include "command.hpp"
#include "kg/error.hpp"

namespace kg::cli {
void add_load(CLI::App& app, Action& action) {
  auto* sub = app.add_subcommand("load", "(not available yet)");
  sub->callback([&action] { action = [] () -> int { throw kg::UsageError("'load' is not available yet"); }; });
}
}  // namespace kg::cli
