#include "cli/parent_command.h"

namespace bosai::cli {

CLI::App& parent_command(CLI::App& app, const std::string& name, const std::string& help) {
  for (CLI::App* existing : app.get_subcommands([&](CLI::App* sub) { return sub->get_name() == name; })) {
    return *existing;
  }
  CLI::App* parent = app.add_subcommand(name, help);
  parent->require_subcommand(1);
  return *parent;
}

}  // namespace bosai::cli
