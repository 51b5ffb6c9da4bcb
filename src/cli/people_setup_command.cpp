#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "cli/store_access.h"

#include <iostream>

namespace bosai::cli {

void add_people_setup_command(CLI::App& app, Context& context) {
  auto* cmd = people_group(app)
                  .add_subcommand("setup", "Create the people key from a passphrase (once per database; ward_staff)");
  cmd->callback([&context] {
    const auto role = context_role(context);
    auto store = open_store(context);
    people::set_up_people_key(*store, role, read_passphrase(context));
    if (!context.quiet) std::cerr << "people key created; keep the passphrase safe: it is not stored anywhere\n";
  });
}

}  // namespace bosai::cli
