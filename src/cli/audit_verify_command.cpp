#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "cli/run.h"
#include "people/role.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {

void add_audit_verify_command(CLI::App& app, Context& context) {
  auto* cmd = audit_group(app)
                  .add_subcommand("verify", "Check the audit chain: exit 0 intact, 1 altered (each problem listed)");
  cmd->callback([&context] {
    auto access = open_people(context);
    auto& session = *access.session;
    session.require(people::Permission::kAudit, "audit-verify", "audit_log");
    const auto result = session.audit().verify();
    session.log("audit-verify", "audit_log", result.problems.empty() ? "intact" : "problems found");
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
