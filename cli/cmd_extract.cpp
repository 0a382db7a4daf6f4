// PLACEHOLDER until the owning module lands its command: refuses to run.
#include "command.hpp"
#include "kg/error.hpp"

namespace kg::cli {
void add_extract(CLI::App& app, Action& action) {
  auto* sub = app.add_subcommand("extract", "(not available yet)");
  sub->callback([&action] { action = [] () -> int { throw kg::UsageError("'extract' is not available yet"); }; });
}
}  // namespace kg::cli
