// PLACEHOLDER until the owning module lands its command: refuses to run.
#include "command.hpp"
#include "kg/error.hpp"

namespace kg::cli {
void add_merge(CLI::App& app, Action& action) {
  auto* sub = app.add_subcommand("merge", "(not available yet)");
  sub->callback([&action] { action = [] () -> int { throw kg::UsageError("'merge' is not available yet"); }; });
}
}  // namespace kg::cli
