// `bosai plan overdue`: 地区 whose plan in force is past its 次回見直し日.
#include "cli/commands.h"
#include "cli/date_option.h"
#include "cli/district_plan_output.h"
#include "cli/store_access.h"

#include <iostream>

namespace bosai::cli {

void add_plan_overdue_command(CLI::App& app, Context& context) {
  auto today = std::make_shared<std::string>();
  auto* cmd = district_plan_group(app).add_subcommand(
      "overdue", "地区 whose 地区防災計画 in force (approved, else the latest draft) is past its 次回見直し日");
  cmd->add_option("--today", *today, "The day to check against, YYYY-MM-DD (default: today in JST)");
  cmd->callback([&context, today] {
    auto store = open_store(context);
    const auto day = date_or_today(*today, "--today");
    const auto overdue = services::overdue_district_plans(*store, day);
    if (context.json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& o : overdue) out.push_back(version_json(o.plan));
      std::cout << out.dump() << "\n";
      return;
    }
    for (const auto& o : overdue) {
      std::cout << o.district_name << "（" << o.district_code << "）\t" << version_summary(o.plan) << "\n";
    }
    if (!context.quiet) std::cerr << overdue.size() << " 地区の見直しが期限を過ぎています（" << day << " 現在）\n";
  });
}

}  // namespace bosai::cli
