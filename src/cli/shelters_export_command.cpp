// `bosai shelters export FILE`: the registry as GSI CSV, Digital Agency CSV, GeoJSON or GeoPackage.
#include "cli/commands.h"
#include "cli/shelters_command.h"
#include "cli/store_access.h"
#include "core/error.h"
#include "geo/shelter_file.h"
#include "store/shelter_repository.h"

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
  cmd->add_option("--district", o->district, "Only shelters in this 地区 (code)");
  cmd->callback([&context, o] {
    auto format = o->format.empty() ? geo::shelter_format_of(o->file) : geo::parse_shelter_format(o->format);
    if (!format) throw InputError("", 0, "--format", "unknown format \"" + o->format + "\"");
    auto store = open_store(context);
    auto shelters = o->district.empty() ? store->shelters().list() : store->shelters().list_in_district(o->district);
    if (!o->kind.empty()) {
      const auto kind = parse_kind_option(o->kind);
      std::erase_if(shelters, [kind](const Shelter& s) { return s.kind != kind; });
    }
    geo::write_shelter_file(o->file, *format, shelters);
    if (context.json) {
      std::cout << nlohmann::json{{"file", o->file.string()}, {"shelters", shelters.size()}}.dump() << "\n";
    } else {
      std::cout << o->file.string() << ": " << shelters.size() << " shelters\n";
    }
  });
}

}  // namespace bosai::cli
