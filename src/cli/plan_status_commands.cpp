// `bosai plan submit 地区 N` (素案 → 審議中) and `bosai plan archive 地区 N` (→ 廃止): the two moves besides approval.
#include "cli/commands.h"
#include "cli/district_plan_output.h"
#include "cli/flag_names.h"
#include "cli/store_access.h"

#include <iostream>

namespace bosai::cli {
namespace {

struct PlanStatusOptions {
  std::string district;
  int version = 0;
};

using StatusMove = void (*)(store::Store&, const std::string&, int, people::Role);

void add_status_command(CLI::App& app, Context& context, const char* name, const char* help, StatusMove move,
                        const char* done) {
  auto options = std::make_shared<PlanStatusOptions>();
  auto* cmd = district_plan_group(app).add_subcommand(name, help);
  cmd->add_option("DISTRICT", options->district, "地区 code or name")->required();
  cmd->add_option("VERSION", options->version, "The version")->required();
  cmd->callback([&context, options, move, done] {
    auto store = open_store(context);
    with_flags({{"version", "VERSION"}},
               [&] { move(*store, options->district, options->version, approver_role(context.role)); });
    if (!context.quiet) std::cerr << "第" << options->version << "版を" << done << "にしました\n";
  });
}

}  // namespace

void add_plan_submit_command(CLI::App& app, Context& context) {
  add_status_command(app, context, "submit", "Hand a 素案 version to the 地区区民防災会議 (→ 審議中); needs --role",
                     services::submit_district_plan, "審議中");
}

void add_plan_archive_command(CLI::App& app, Context& context) {
  add_status_command(app, context, "archive", "Retire a version (→ 廃止): it is kept but no longer in force; needs --role",
                     services::archive_district_plan, "廃止");
}

}  // namespace bosai::cli
