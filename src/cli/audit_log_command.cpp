#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "core/clock.h"
#include "services/audit_log.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {

void add_audit_log_command(CLI::App& app, Context& context) {
  auto* cmd = audit_group(app)
                  .add_subcommand("log", "Print the audit log (ward_staff)");
  cmd->callback([&context] {
    auto access = open_people(context);
    const auto entries = services::read_audit_log(*access.session);
    nlohmann::json out = nlohmann::json::array();
    for (const auto& e : entries) {
      if (context.json) {
        out.push_back({{"seq", e.seq}, {"at", e.at}, {"role", e.role}, {"action", e.action},
                       {"subject", e.subject}, {"detail", e.detail}});
      } else {
        std::cout << e.seq << "\t" << jst_display(e.at) << "\t" << e.role << "\t" << e.action << "\t"
                  << e.subject << "\t" << e.detail << "\n";
      }
    }
    if (context.json) std::cout << out.dump() << "\n";
  });
}

}  // namespace bosai::cli
