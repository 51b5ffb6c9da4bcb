// `bosai report overview OUT.html`: the printable A4 ward overview (per-地区 table and shelter map).
#include "cli/commands.h"
#include "cli/date_option.h"
#include "cli/parent_command.h"
#include "cli/shelters_command.h"
#include "cli/store_access.h"
#include "core/error.h"
#include "report/overview.h"
#include "services/output_files.h"
#include "store/shelter_repository.h"
#include "store/ward_repository.h"

#include <iostream>

namespace bosai::cli {
void add_report_overview_command(CLI::App& app, Context& context) {
  auto out = std::make_shared<std::filesystem::path>();
  auto date = std::make_shared<std::string>();
  auto* cmd = parent_command(app, "report", "Printable reports (HTML, A4)").add_subcommand("overview", "Ward overview: per-地区 shelter table and map (A4 HTML)");
  cmd->add_option("OUT", *out, "HTML file to write")->required();
  cmd->add_option("--date", *date, "Shelters in effect on this day (YYYY-MM-DD; default today)");
  cmd->callback([&context, out, date] {
    auto store = open_store(context);
    const auto ward = store->wards().load();
    const auto shelters = store->shelters().list();
    const auto summary = report::summarise_shelters(ward, shelters, date_or_today(*date, "--date"));
    const auto html = report::overview_html(summary, shelters, ward.districts);
    services::write_file(*out, html);
    if (context.json) {
      std::cout << nlohmann::json{{"report", out->string()}, {"shelters", shelters.size()}}.dump() << "\n";
    } else {
      std::cout << "overview report: " << out->string() << "\n";
    }
  });
}

}  // namespace bosai::cli
