#include "cli/call_list_output.h"
#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "cli/store_access.h"
#include "plans/priority_weights_reader.h"

namespace bosai::cli {

void add_storm_pending_command(CLI::App& app, Context& context) {
  auto weights_file = std::make_shared<std::filesystem::path>("plans/priority-weights.toml");
  auto* cmd = storm_group(app)
                  .add_subcommand("pending", "Who on the latest round still needs action (not called, not reached, "
                                             "needs transport), in priority order");
  cmd->add_option("--weights", *weights_file, "Priority weights (TOML)");
  cmd->callback([&context, weights_file] {
    const auto weights = plans::read_priority_weights(sample_path(*weights_file));
    auto access = open_people(context);
    print_call_list(context, people::StormService(*access.session, weights).pending());
  });
}

}  // namespace bosai::cli
