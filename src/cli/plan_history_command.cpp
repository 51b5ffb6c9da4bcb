// `bosai plan history 地区`: every version of a 地区's plan, oldest first.
#include "cli/commands.h"
#include "cli/district_plan_output.h"
#include "cli/store_access.h"
#include "core/clock.h"

#include <iostream>

namespace bosai::cli {

void add_plan_history_command(CLI::App& app, Context& context) {
  auto district = std::make_shared<std::string>();
  auto* cmd = district_plan_group(app).add_subcommand("history", "Every version of a 地区防災計画, oldest first");
  cmd->add_option("DISTRICT", *district, "地区 code or name")->required();
  cmd->callback([&context, district] {
    auto store = open_store(context);
    const auto versions = services::district_plan_history(*store, *district);
    if (context.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& p : versions) out.push_back(version_json(p));
      std::cout << out.dump() << "\n";
      return;
    }
    for (const auto& p : versions) {
      std::cout << version_summary(p) << "\t取込 " << jst_display(p.imported_at) << "\t" << p.source << "\n";
    }
  });
}

}  // namespace bosai::cli
