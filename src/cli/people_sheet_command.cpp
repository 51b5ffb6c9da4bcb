#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "cli/stderr_progress.h"
#include "people/people_service.h"
#include "people/plan_service.h"
#include "render/html_pdf.h"
#include "render/map_figure.h"
#include "report/plan_sheet.h"
#include "services/output_files.h"
#include "services/plan_maps.h"
#include "store/ward_repository.h"

#include <iostream>

namespace bosai::cli {
namespace {
struct SheetOptions {
  long long id = 0;
  std::filesystem::path out;
  std::optional<std::filesystem::path> roads;
};
// A route map across the A4 text width (180 mm by 95 mm), in CSS pixels.
constexpr double kMapWidth = 680, kMapHeight = 360;
}  // namespace

void add_people_sheet_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<SheetOptions>();
  auto* cmd = people_group(app)
                  .add_subcommand("sheet", "Printable A4 plan sheet for the person and supporters (Japanese)");
  cmd->add_option("ID", options->id, "Person id")->required();
  cmd->add_option("OUT", options->out, "File to write: a searchable A4 PDF when it ends in .pdf, else HTML")
      ->required();
  cmd->add_option("--roads", options->roads, "Road file drawn under each route map (OSM PBF, GeoJSON …)");
  cmd->callback([&context, options] {
    auto access = open_people(context);
    StderrProgress progress(context);
    const auto person = people::PeopleService(*access.session).get_for_sheet(options->id);
    const auto plans = people::PlanService(*access.session).current_all(options->id);
    const auto ward = access.store->wards().load().ward;
    const auto scenes = services::plan_route_maps(*access.store, person, plans, options->roads, progress);
    const bool pdf = options->out.extension() == ".pdf";
    render::SheetFigures maps;
    std::vector<std::string> markup;
    for (std::size_t i = 0; i < scenes.size(); ++i) {
      markup.push_back(scenes[i] ? render::sheet_figure_markup("route-map-" + std::to_string(i + 1), *scenes[i], kMapWidth,
                                                            kMapHeight, pdf ? &maps : nullptr)
                                 : std::string());
    }
    const std::string html = report::plan_sheet_html(person, plans, ward.name, markup);
    services::write_file(options->out, pdf ? render::html_to_pdf(html, "個別避難計画", {}, maps) : html,
                         services::FileAccess::kPrivate);
    if (!context.quiet) std::cerr << "wrote " << options->out.string() << " (" << plans.size() << " plans)\n";
  });
}

}  // namespace bosai::cli
