#include "cli/commands.h"
#include "cli/store_access.h"
#include "services/ward_setup.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace bosai::cli {

void add_init_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("init", "Create (or update) the database and load the ward structure (plans/ward.toml)");
  auto request = std::make_shared<services::WardSetupRequest>();
  request->ward_file = "plans/ward.toml";
  cmd->add_option("--ward", request->ward_file, "Ward structure file (TOML)");
  cmd->add_option("--boundaries", request->boundaries, "地区 boundaries (GeoJSON polygons with a `code` property)");
  cmd->add_flag("--fresh", request->fresh, "Start from an empty database (the old file is removed)");
  cmd->callback([&context, request] {
    auto rq = *request;
    rq.database = context.database;
    rq.ward_file = sample_path(rq.ward_file);
    if (!rq.boundaries.empty()) rq.boundaries = sample_path(rq.boundaries);
    const services::WardSetupResult loaded = services::set_up_ward(rq);
    if (context.json) {
      std::cout << nlohmann::json{{"database", context.database.string()},
                                  {"ward", loaded.ward},
                                  {"regions", loaded.regions},
                                  {"districts", loaded.districts},
                                  {"chome", loaded.chome},
                                  {"associations", loaded.associations},
                                  {"schema_version", loaded.schema_version}}
                       .dump()
                << "\n";
    } else {
      std::cout << context.database.string() << ": " << loaded.ward << " — " << loaded.regions << " 地域, "
                << loaded.districts << " 地区, " << loaded.chome << " 町丁目, " << loaded.associations
                << " 町会・自治会\n";
    }
  });
}

}  // namespace bosai::cli
