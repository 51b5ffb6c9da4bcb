// `bosai plan export 地区 OUT.md`: a stored version written back as a plan file (the approved one by default).
#include "cli/commands.h"
#include "cli/district_plan_output.h"
#include "cli/store_access.h"
#include "services/output_files.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct PlanExportOptions {
  std::string district;
  std::string out;
  int version = 0;
};
}  // namespace

void add_plan_export_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<PlanExportOptions>();
  auto* cmd = district_plan_group(app).add_subcommand(
      "export", "Write a 地区防災計画 version as a file (default: the approved version, else the latest)");
  cmd->add_option("DISTRICT", options->district, "地区 code or name")->required();
  cmd->add_option("OUT", options->out, "The file to write (Markdown)")->required();
  cmd->add_option("--version", options->version, "Version number (see `bosai plan history`)");
  cmd->callback([&context, options] {
    auto store = open_store(context);
    const auto plan = services::district_plan(*store, options->district, chosen_version(options->version));
    services::write_file(options->out, services::district_plan_text(plan));
    if (!context.quiet) std::cerr << options->out << ": " << version_summary(plan) << "\n";
  });
}

}  // namespace bosai::cli
