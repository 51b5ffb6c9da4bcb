#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "cli/person_json.h"
#include "people/people_service.h"

#include <iostream>

namespace bosai::cli {

void add_people_show_command(CLI::App& app, Context& context) {
  auto id = std::make_shared<long long>(0);
  auto* cmd = command_group(app, "people", "People needing evacuation support (避難行動要支援者) and their plans")
                  .add_subcommand("show", "Show one person's register entry");
  cmd->add_option("ID", *id, "Person id (from `people list`)")->required();
  cmd->callback([&context, id] {
    auto access = open_people(context);
    const auto p = people::PeopleService(*access.session).get(*id);
    const auto j = person_json(p);
    if (context.json) {
      std::cout << j.dump() << "\n";
    } else {
      std::cout << j.dump(2) << "\n";
    }
  });
}

}  // namespace bosai::cli
