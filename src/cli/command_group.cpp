#include "cli/command_group.h"

namespace bosai::cli {

CLI::App& command_group(CLI::App& app, const std::string& name, const std::string& description) {
  for (CLI::App* existing : app.get_subcommands([&](CLI::App* sub) { return sub->get_name() == name; })) {
    return *existing;
  }
  CLI::App* group = app.add_subcommand(name, description);
  group->require_subcommand(1);
  return *group;
}

}  // namespace bosai::cli
