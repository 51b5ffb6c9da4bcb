#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "core/error.h"
#include "core/priority_weights.h"
#include "people/storm_service.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct StormRecordOptions {
  long long id = 0;
  std::string outcome;
  std::string note;
};
}  // namespace

void add_storm_record_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<StormRecordOptions>();
  auto* cmd = storm_group(app)
                  .add_subcommand("record", "Record a call's outcome on the latest round");
  cmd->add_option("ID", options->id, "Person id")->required();
  cmd->add_option("OUTCOME", options->outcome,
                  "reached (連絡済), will_evacuate (避難予定), needs_transport (移送が必要), not_reached (不通)")
      ->required();
  cmd->add_option("--note", options->note, "What was said (stored encrypted)");
  cmd->callback([&context, options] {
    const auto outcome = people::parse_call_outcome(options->outcome);
    if (!outcome) {
      throw InputError("OUTCOME", 0, "must be reached, will_evacuate, needs_transport or not_reached");
    }
    auto access = open_people(context);
    people::StormService(*access.session, PriorityWeights{}).record(options->id, *outcome, options->note);
    if (!context.quiet) {
      std::cerr << "person " << options->id << ": " << people::call_outcome_label(*outcome) << " recorded\n";
    }
  });
}

}  // namespace bosai::cli
