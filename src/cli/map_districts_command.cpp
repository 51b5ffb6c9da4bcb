// `bosai map districts OUT.pdf`: the A3 地区 maps (DIG style) a 防災塾 prints, one page per 地区.
#include "cli/commands.h"
#include "cli/date_option.h"
#include "cli/flag_names.h"
#include "cli/parent_command.h"
#include "cli/stderr_progress.h"
#include "cli/store_access.h"
#include "core/error.h"
#include "render/map_pages.h"
#include "services/output_files.h"
#include "services/ward_maps.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {
namespace {
struct MapOptions {
  std::filesystem::path out;
  std::string date;
  std::optional<std::filesystem::path> roads;
  std::vector<std::filesystem::path> hazards;
  std::vector<std::string> districts;
  bool a4 = false;
  bool portrait = false;
};
}  // namespace

void add_map_districts_command(CLI::App& app, Context& context) {
  auto o = std::make_shared<MapOptions>();
  auto* cmd = parent_command(app, "map", "Printed maps (PDF)")
                  .add_subcommand("districts", "A3 map of each 地区: shelters, roads, hazards, legend and list (PDF)");
  cmd->add_option("OUT", o->out, "PDF file to write (one page per 地区)")->required();
  cmd->add_option("--district", o->districts, "地区 code or name (repeatable; default every 地区 with a boundary)");
  cmd->add_option("--roads", o->roads, "Road file drawn as the base map (OSM PBF, GeoJSON, GeoPackage …)");
  cmd->add_option("--hazard", o->hazards, "Hazard zone polygons to overlay (GDAL file; repeatable)");
  cmd->add_option("--date", o->date, "Shelters in effect on this day (YYYY-MM-DD; default today)");
  cmd->add_flag("--a4", o->a4, "A4 instead of A3");
  cmd->add_flag("--portrait", o->portrait, "Portrait instead of landscape");
  cmd->callback([&context, o] {
    if (o->out.extension() != ".pdf") throw InputError(o->out.string(), 0, "OUT", "must end in .pdf");
    auto store = open_store(context);
    StderrProgress progress(context);
    services::WardMapRequest request{date_or_today(o->date, "--date"), o->roads, o->hazards, o->districts};
    const auto scenes = with_flags({{"district", "--district"}},
                                   [&] { return services::district_map_scenes(*store, request, progress); });
    const render::PageFormat format{o->a4 ? render::PageFormat::Size::kA4 : render::PageFormat::Size::kA3,
                                    !o->portrait, 10};
    services::write_file(o->out, render::map_pages_pdf(scenes, format));
    if (context.json) {
      std::cout << nlohmann::json{{"map", o->out.string()}, {"districts", scenes.size()}}.dump() << "\n";
    } else {
      std::cout << "district maps: " << o->out.string() << " (" << scenes.size() << " 地区)\n";
    }
  });
}

}  // namespace bosai::cli
