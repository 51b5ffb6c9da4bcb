// `bosai drill check FILE`: a scenario read and checked against the store, nothing run; what the drill would be.
#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/store_access.h"
#include "drills/scenario_reader.h"
#include "services/drill_scenario_check.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <map>

namespace bosai::cli {

void add_drill_check_command(CLI::App& app, Context& context) {
  auto file = std::make_shared<std::filesystem::path>();
  auto* cmd = drill_group(app).add_subcommand(
      "check", "Check a scenario against the store (地区, shelters, pinned versions, sections, areas); run nothing");
  cmd->add_option("FILE", *file, "Scenario (TOML, docs/drills.md)")->required();
  cmd->callback([&context, file] {
    auto store = open_store(context);
    const auto checked = services::check_drill_scenario(*store, drills::read_drill_scenario(*file));
    const auto& s = checked.scenario;
    std::map<std::string, int> kinds;
    int contingencies = 0;
    for (const auto& i : s.injects) {
      ++kinds[drills::inject_kind_code(i.kind)];
      contingencies += !i.contingency_for.empty();
    }
    if (context.json) {
      nlohmann::json j{{"name", s.name},          {"hazard", drills::hazard_code(s.hazard)},
                       {"start", s.start_day + " " + drills::drill_time_text(s.start_minute)},
                       {"districts", nlohmann::json::array()}, {"open_shelters", checked.open_shelters},
                       {"objectives", s.objectives.size()},    {"injects", kinds},
                       {"contingencies", contingencies}};
      for (const auto& d : checked.districts) j["districts"].push_back(d.code);
      std::cout << j.dump() << "\n";
      return;
    }
    std::cout << s.name << "（" << drills::hazard_label(s.hazard) << "、" << s.start_day << " "
              << drills::drill_time_text(s.start_minute) << " 開始）\n";
    std::string districts;
    for (const auto& d : checked.districts) districts += (districts.empty() ? "" : "、") + d.name;
    std::cout << "地区: " << districts << "\n開設する避難所: " << checked.open_shelters.size() << " か所\n";
    std::cout << "目標: " << s.objectives.size() << "、インジェクト: " << s.injects.size() << "（うち条件付き "
              << contingencies << "）\n";
    for (const auto& i : s.injects) {
      std::cout << (i.at ? drills::drill_time_text(*i.at) : "（" + i.contingency_for + " の応答がなければ）") << "\t"
                << drills::inject_kind_label(i.kind) << "\t" << i.id << "\t" << i.synopsis << "\n";
    }
  });
}

}  // namespace bosai::cli
