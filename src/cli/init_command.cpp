#include "cli/commands.h"
#include "cli/store_access.h"
#include "core/error.h"
#include "geo/district_boundaries.h"
#include "plans/ward_structure_reader.h"
#include "store/maintenance.h"
#include "store/open_store.h"
#include "store/ward_repository.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {

void add_init_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("init", "Create (or update) the database and load the ward structure (plans/ward.toml)");
  auto ward_file = std::make_shared<std::filesystem::path>("plans/ward.toml");
  auto fresh = std::make_shared<bool>(false);
  auto boundaries = std::make_shared<std::filesystem::path>();
  cmd->add_option("--ward", *ward_file, "Ward structure file (TOML)");
  cmd->add_option("--boundaries", *boundaries, "地区 boundaries (GeoJSON polygons with a `code` property)");
  cmd->add_flag("--fresh", *fresh, "Start from an empty database (the old file is removed)");
  cmd->callback([&context, ward_file, fresh, boundaries] {
    // Read and validate first: a bad file must not leave a new, empty database behind.
    auto structure = plans::read_ward_structure(sample_path(*ward_file));
    if (!boundaries->empty()) geo::read_district_boundaries(sample_path(*boundaries), structure);
    auto store = store::open_store(context.database, *fresh ? store::OpenMode::kFresh : store::OpenMode::kCreate);
    store->atomically([&] { store->wards().save(structure); });
    if (context.json) {
      std::cout << nlohmann::json{{"database", context.database.string()},
                                  {"ward", structure.ward.name},
                                  {"regions", structure.regions.size()},
                                  {"districts", structure.districts.size()},
                                  {"chome", structure.chome.size()},
                                  {"associations", structure.associations.size()},
                                  {"schema_version", store->maintenance().schema_version()}}
                       .dump()
                << "\n";
    } else {
      std::cout << context.database.string() << ": " << structure.ward.name << " — " << structure.regions.size()
                << " 地域, " << structure.districts.size() << " 地区, " << structure.chome.size() << " 町丁目, "
                << structure.associations.size() << " 町会・自治会\n";
    }
  });
}

}  // namespace bosai::cli
