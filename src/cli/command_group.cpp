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

CLI::App& people_group(CLI::App& app) { return command_group(app, "people", "People needing evacuation support (避難行動要支援者) and their plans"); }
CLI::App& plans_group(CLI::App& app) { return command_group(app, "plans", "個別避難計画 (individual evacuation plans), one per person and hazard"); }
CLI::App& storm_group(CLI::App& app) { return command_group(app, "storm", "風水害 preparation: phone rounds to people needing support"); }
CLI::App& audit_group(CLI::App& app) { return command_group(app, "audit", "The tamper-evident log of every access to personal data"); }

}  // namespace bosai::cli
