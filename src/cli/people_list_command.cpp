#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "cli/person_json.h"
#include "people/people_service.h"

#include <iostream>

namespace bosai::cli {

void add_people_list_command(CLI::App& app, Context& context) {
  auto filter = std::make_shared<store::PersonFilter>();
  auto* cmd = people_group(app)
                  .add_subcommand("list", "List the register (personal fields: ward_staff, centre_staff)");
  cmd->add_option("--district", filter->district_code, "Only this 地区 (code)");
  cmd->add_option("--association", filter->association_code, "Only this 町会・自治会 (code)");
  cmd->callback([&context, filter] {
    auto access = open_people(context);
    const auto people = people::PeopleService(*access.session).list(*filter);
    if (context.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& p : people) out.push_back(person_json(p));
      std::cout << out.dump() << "\n";
      return;
    }
    for (const auto& p : people) {
      std::cout << p.id << "\t" << p.details.name << "\t" << p.profile.district_code << "\t"
                << (p.profile.association_code.empty() ? "-" : p.profile.association_code) << "\t"
                << (p.profile.care_level.empty() ? "-" : p.profile.care_level) << "\t" << p.details.phone << "\n";
    }
  });
}

}  // namespace bosai::cli
