// `bosai plan show 地区`: a 地区防災計画 version, its header and text (the approved one by default).
#include "cli/commands.h"
#include "cli/district_plan_output.h"
#include "cli/store_access.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct PlanShowOptions {
  std::string district;
  int version = 0;
};
}  // namespace

void add_plan_show_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<PlanShowOptions>();
  auto* cmd = district_plan_group(app).add_subcommand(
      "show", "Print a 地区防災計画 (default: the approved version, else the latest)");
  cmd->add_option("DISTRICT", options->district, "地区 code or name")->required();
  cmd->add_option("--version", options->version, "Version number (see `bosai plan history`)");
  cmd->callback([&context, options] {
    auto store = open_store(context);
    const auto plan = services::district_plan(*store, options->district, chosen_version(options->version));
    if (context.json) {
      auto j = version_json(plan);
      j["body"] = plan.body;
      std::cout << j.dump() << "\n";
      return;
    }
    std::cout << services::district_plan_text(plan);
  });
}

}  // namespace bosai::cli
