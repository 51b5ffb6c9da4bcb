// `bosai shelters import FILE`: GSI / Digital Agency CSV, GeoJSON, GeoPackage into the registry, by 共通ID.
#include "cli/commands.h"
#include "cli/shelters_command.h"
#include "cli/store_access.h"
#include "core/error.h"
#include "cli/stderr_progress.h"
#include "services/shelter_registry.h"

#include <iostream>

namespace bosai::cli {
namespace {

struct Options {
  std::vector<std::filesystem::path> files;
  std::string format;
  std::string kind;
  bool check = false;
};

void print_text(const geo::ImportReport& r, bool check) {
  for (const auto& id : r.added) std::cout << "added " << id << "\n";
  for (const auto& [id, fields] : r.updated) {
    std::cout << "updated " << id << ":";
    for (const auto& f : fields) std::cout << " " << f;
    std::cout << "\n";
  }
  std::cout << r.file << ": " << r.total() << " records: " << r.added.size() << " added, " << r.updated.size()
            << " updated, " << r.unchanged << " unchanged" << (check ? " (--check: nothing written)" : "") << "\n";
}

}  // namespace

void add_shelters_import_command(CLI::App& app, Context& context) {
  auto o = std::make_shared<Options>();
  auto* cmd = shelters_subcommand(app).add_subcommand(
      "import", "Import shelters (GSI or Digital Agency CSV, GeoJSON, GeoPackage); updates records by 共通ID");
  cmd->add_option("FILE", o->files, "Shelter files (all land in one transaction, or none does)")->required();
  cmd->add_option("--format", o->format, "gsi | da | geojson | gpkg (default: by extension and header)");
  cmd->add_option("--kind", o->kind, "Kind for records whose file does not say (e.g. gathering_point / 一時集合所)");
  cmd->add_flag("--check", o->check, "Validate and report what would change, without writing");
  cmd->callback([&context, o] {
    StderrProgress progress(context);
    const auto reports = with_flags(kShelterFlags, [&] {
      services::ShelterImportRequest request{o->files, o->format, {}, o->check};
      if (!o->kind.empty()) request.kind = services::parse_kind(o->kind);
      auto store = open_store(context);
      return services::import_shelter_files(*store, request, progress);
    });
    for (const auto& report : reports) {
      if (!context.json) {
        print_text(report, o->check);
        continue;
      }
      // One JSON object per line and file (JSON Lines), so one file gives one plain object.
      nlohmann::json updated = nlohmann::json::array();
      for (const auto& [id, fields] : report.updated) updated.push_back({{"id", id}, {"fields", fields}});
      std::cout << nlohmann::json{{"file", report.file}, {"checked_only", o->check}, {"added", report.added},
                                  {"updated", updated}, {"unchanged", report.unchanged}}
                       .dump()
                << "\n";
    }
  });
}

}  // namespace bosai::cli
