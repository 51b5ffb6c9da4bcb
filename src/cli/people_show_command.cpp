#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "cli/person_json.h"
#include "cli/store_access.h"
#include "people/people_service.h"
#include "people/priority.h"
#include "plans/priority_weights_reader.h"

#include <iostream>

namespace bosai::cli {

void add_people_show_command(CLI::App& app, Context& context) {
  auto id = std::make_shared<long long>(0);
  auto weights_file = std::make_shared<std::filesystem::path>("plans/priority-weights.toml");
  auto* cmd = people_group(app)
                  .add_subcommand("show", "Show one person's register entry");
  cmd->add_option("ID", *id, "Person id (from `people list`)")->required();
  cmd->add_option("--weights", *weights_file, "Priority weights (TOML)");
  cmd->callback([&context, id, weights_file] {
    const auto weights = plans::read_priority_weights(sample_path(*weights_file));
    auto access = open_people(context);
    const auto p = people::PeopleService(*access.session).get(*id);
    auto j = person_json(p);
    const auto priority = people::priority_of(p.profile, weights);
    nlohmann::json terms = nlohmann::json::array();
    for (const auto& t : priority.terms) terms.push_back({{"factor", t.factor}, {"reason", t.reason}, {"weight", t.weight}});
    j["priority"] = {{"score", priority.score},   {"hazard", priority.hazard},
                     {"condition", priority.condition}, {"isolation", priority.isolation},
                     {"high", priority.high},     {"terms", terms},
                     {"explanation", people::explain(priority)}};
    if (context.json) {
      std::cout << j.dump() << "\n";
    } else {
      std::cout << j.dump(2) << "\n";
    }
  });
}

}  // namespace bosai::cli
