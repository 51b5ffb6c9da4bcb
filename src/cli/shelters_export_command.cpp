// `bosai shelters export FILE`: the registry as GSI CSV, Digital Agency CSV, GeoJSON or GeoPackage.
#include "cli/commands.h"
#include "cli/shelters_command.h"
#include "cli/store_access.h"
#include "core/error.h"
#include "services/shelter_registry.h"

#include <algorithm>
#include <iostream>

namespace bosai::cli {

void add_shelters_export_command(CLI::App& app, Context& context) {
  struct Options {
    std::filesystem::path file;
    std::string format;
    std::string kind;
    std::string district;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = shelters_subcommand(app).add_subcommand("export", "Export shelters (re-importing the file changes nothing)");
  cmd->add_option("FILE", o->file, "Output file")->required();
  cmd->add_option("--format", o->format, "gsi | da | geojson | gpkg (default: by extension)");
  cmd->add_option("--kind", o->kind, "Only shelters of this kind");
  cmd->add_option("--district", o->district, "Only shelters in this 地区 (code or name)");
  cmd->callback([&context, o] {
    const auto written = with_flags(kShelterFlags, [&] {
      services::ShelterExportRequest request{o->file, o->format, {}, o->district};
      if (!o->kind.empty()) request.kind = services::parse_kind(o->kind);
      auto store = open_store(context);
      return services::export_shelter_file(*store, request);
    });
    if (context.json) {
      std::cout << nlohmann::json{{"file", o->file.string()}, {"shelters", written}}.dump() << "\n";
    } else {
      std::cout << o->file.string() << ": " << written << " shelters\n";
    }
  });
}

}  // namespace bosai::cli
