// `bosai report overview OUT.html|OUT.pdf`: the printable A4 ward overview (per-地区 table and shelter map).
#include "cli/commands.h"
#include "cli/date_option.h"
#include "cli/parent_command.h"
#include "cli/stderr_progress.h"
#include "cli/store_access.h"
#include "core/error.h"
#include "render/html_pdf.h"
#include "render/map_figure.h"
#include "report/overview.h"
#include "services/output_files.h"
#include "services/ward_maps.h"
#include "store/shelter_repository.h"
#include "store/ward_repository.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {
namespace {
// The map under the table on one A4 page, in CSS pixels (180 mm wide between 15 mm margins, 119 mm high).
constexpr double kMapWidth = 680, kMapHeight = 350;
}  // namespace

void add_report_overview_command(CLI::App& app, Context& context) {
  auto out = std::make_shared<std::filesystem::path>();
  auto date = std::make_shared<std::string>();
  auto roads = std::make_shared<std::optional<std::filesystem::path>>();
  auto* cmd = parent_command(app, "report", "Printable reports (A4: HTML or PDF)")
                  .add_subcommand("overview", "Ward overview: per-地区 shelter table and map (A4 HTML or PDF)");
  cmd->add_option("OUT", *out, "File to write: a searchable A4 PDF when it ends in .pdf, else HTML")->required();
  cmd->add_option("--date", *date, "Shelters in effect on this day (YYYY-MM-DD; default today)");
  cmd->add_option("--roads", *roads, "Road file drawn under the shelters (OSM PBF, GeoJSON, GeoPackage …)");
  cmd->callback([&context, out, date, roads] {
    auto store = open_store(context);
    StderrProgress progress(context);
    const auto day = date_or_today(*date, "--date");
    const auto ward = store->wards().load();
    const auto shelters = store->shelters().list();
    const auto summary = report::summarise_shelters(ward, shelters, day);
    const auto scene = services::ward_map_scene(*store, {day, *roads, {}, {}}, progress);
    const bool pdf = out->extension() == ".pdf";
    render::SheetFigures maps;
    const std::string map_html =
        render::sheet_figure_markup("overview-map", scene, kMapWidth, kMapHeight, pdf ? &maps : nullptr);
    const auto html = report::overview_html(summary, shelters, map_html);
    services::write_file(*out, pdf ? render::html_to_pdf(html, "避難所概況 " + ward.ward.name, {}, maps) : html);
    if (context.json) {
      std::cout << nlohmann::json{{"report", out->string()}, {"shelters", shelters.size()}}.dump() << "\n";
    } else {
      std::cout << "overview report: " << out->string() << "\n";
    }
  });
}

}  // namespace bosai::cli
