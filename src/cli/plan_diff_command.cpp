// `bosai plan diff 地区 A B`: what changed between two versions, per section, in the terminal or on paper.
#include "cli/commands.h"
#include "cli/district_plan_output.h"
#include "cli/store_access.h"
#include "render/html_pdf.h"
#include "report/district_plan_diff.h"
#include "services/output_files.h"
#include "services/ward_lookup.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct PlanDiffOptions {
  std::string district;
  int before = 0;
  int after = 0;
  std::string html;
  std::string pdf;
};
}  // namespace

void add_plan_diff_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<PlanDiffOptions>();
  auto* cmd = district_plan_group(app).add_subcommand(
      "diff", "What changed between two versions of a 地区防災計画, section by section (新旧対照)");
  cmd->add_option("DISTRICT", options->district, "地区 code or name")->required();
  cmd->add_option("A", options->before, "The older version")->required();
  cmd->add_option("B", options->after, "The newer version")->required();
  cmd->add_option("--html", options->html, "Also write the comparison as a printable A4 HTML page");
  cmd->add_option("--pdf", options->pdf, "Also write it as A4 PDF");
  cmd->callback([&context, options] {
    auto store = open_store(context);
    const auto comparison =
        services::compare_district_plans(*store, options->district, options->before, options->after);
    if (!options->html.empty() || !options->pdf.empty()) {
      const auto name = services::find_district(*store, options->district).name;
      const auto html = report::district_plan_diff_html(comparison, name);
      if (!options->html.empty()) services::write_file(options->html, html);
      if (!options->pdf.empty()) services::write_file(options->pdf, render::html_to_pdf(html, name + "地区 地区防災計画 新旧対照"));
    }
    if (context.json) {
      std::cout << diff_json(comparison).dump() << "\n";
      return;
    }
    print_diff(std::cout, comparison);
  });
}

}  // namespace bosai::cli
