#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "cli/run.h"
#include "services/audit_log.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {

void add_audit_verify_command(CLI::App& app, Context& context) {
  auto* cmd = audit_group(app)
                  .add_subcommand("verify", "Check the audit chain: exit 0 intact, 1 altered (each problem listed)");
  cmd->callback([&context] {
    auto access = open_people(context);
    const auto result = services::verify_audit_log(*access.session);
    if (context.json) {
      std::cout << nlohmann::json{{"ok", result.problems.empty()},
                                  {"entries", result.entries},
                                  {"problems", result.problems}}
                       .dump()
                << "\n";
    } else if (result.problems.empty()) {
      std::cout << "audit log intact: " << result.entries << " entries\n";
    } else {
      for (const auto& p : result.problems) std::cout << "audit log: " << p << "\n";
    }
    if (!result.problems.empty()) throw CLI::RuntimeError(kExitFailure);
  });
}

}  // namespace bosai::cli
