#include "cli/command_group.h"
#include "cli/flag_names.h"
#include "services/ward_lookup.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "core/calendar_date.h"
#include "people/people_service.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {

void add_people_drill_command(CLI::App& app, Context& context) {
  auto district = std::make_shared<std::string>();
  auto* cmd = people_group(app)
                  .add_subcommand("drill", "Pseudonymised people for drills and workshops (stable pseudonyms, 地区 "
                                           "only; every role)");
  cmd->add_option("--district", *district, "Only this 地区 (code or name)");
  cmd->callback([&context, district] {
    auto access = open_people(context);
    const std::string code = district->empty() ? "" : with_flags({{"district", "--district"}}, [&] {
      return services::find_district(*access.store, *district).code;
    });
    const auto people = people::PeopleService(*access.session).drill_view(code, today_local());
    nlohmann::json out = nlohmann::json::array();
    for (const auto& p : people) {
      if (context.json) {
        out.push_back({{"pseudonym", p.pseudonym},
                       {"district", p.district_code},
                       {"age_band", p.age_band},
                       {"care_level", p.care_level},
                       {"disability_grade", p.disability_grade},
                       {"household", household_code(p.household)},
                       {"medical_device", p.medical_device},
                       {"language_support", p.language_support}});
      } else {
        std::cout << p.pseudonym << "\t" << p.district_code << "\t" << p.age_band << "\t"
                  << (p.care_level.empty() ? "-" : p.care_level) << "\t"
                  << (p.disability_grade ? std::to_string(p.disability_grade) + "級" : "-") << "\t"
                  << household_label(p.household) << (p.medical_device ? "\t医療機器" : "")
                  << (p.language_support ? "\t多言語" : "") << "\n";
      }
    }
    if (context.json) std::cout << out.dump() << "\n";
  });
}

}  // namespace bosai::cli
