// `bosai plan approve 地区 N --by 会議 --date D`: records the 地区区民防災会議's approval of one version.
#include "cli/commands.h"
#include "cli/district_plan_output.h"
#include "cli/flag_names.h"
#include "cli/store_access.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct PlanApproveOptions {
  std::string district;
  int version = 0;
  std::string by;
  std::string date;
};
}  // namespace

void add_plan_approve_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<PlanApproveOptions>();
  auto* cmd = district_plan_group(app).add_subcommand(
      "approve", "Record the approval of a 素案 or 審議中 version; older versions (the one approved before, older drafts) "
                 "become 旧版. "
                 "Needs --role ward_staff or centre_staff");
  cmd->add_option("DISTRICT", options->district, "地区 code or name")->required();
  cmd->add_option("VERSION", options->version, "The version approved")->required();
  cmd->add_option("--by", options->by, "The approving body, e.g. 池尻地区区民防災会議")->required();
  cmd->add_option("--date", options->date, "Date of approval, YYYY-MM-DD")->required();
  cmd->callback([&context, options] {
    auto store = open_store(context);
    const auto result = with_flags({{"by", "--by"}, {"date", "--date"}, {"version", "VERSION"}}, [&] {
      return services::approve_district_plan(
          *store, options->district, {options->version, options->date, options->by, approver_role(context.role)});
    });
    if (context.json) {
      nlohmann::json j{{"version", result.version}};
      if (result.superseded) j["superseded"] = *result.superseded;
      std::cout << j.dump() << "\n";
      return;
    }
    std::cout << "第" << result.version << "版を承認済にしました";
    if (result.superseded) std::cout << "（第" << *result.superseded << "版は旧版）";
    std::cout << "\n";
  });
}

}  // namespace bosai::cli
