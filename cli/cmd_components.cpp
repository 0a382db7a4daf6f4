// PLACEHOLDER until the owning module lands its command: refuses to run.
#include "command.hpp"
#include "kg/error.hpp"

namespace kg::cli {
void add_components(CLI::App& app, Action& action) {
  auto* sub = app.add_subcommand("components", "(not available yet)");
  sub->callback([&action] { action = [] () -> int { throw kg::UsageError("'components' is not available yet"); }; });
}
}  // namespace kg::cli
