#include "cli/command_group.h"
#include "cli/flag_names.h"
#include "services/ward_lookup.h"
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
  cmd->add_option("--district", filter->district_code, "Only this 地区 (code or name)");
  cmd->add_option("--association", filter->association_code, "Only this 町会・自治会 (code or name)");
  cmd->callback([&context, filter] {
    auto access = open_people(context);
    auto wanted = *filter;
    with_flags({{"district", "--district"}, {"association", "--association"}}, [&] {
      if (!wanted.district_code.empty()) wanted.district_code = services::find_district(*access.store, wanted.district_code).code;
      if (!wanted.association_code.empty()) {
        wanted.association_code = services::find_association(*access.store, wanted.association_code).code;
      }
    });
    const auto people = people::PeopleService(*access.session).list(wanted);
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
