#pragma once
#include "core/progress.h"
#include "core/shelter.h"
#include "geo/shelter_import.h"
#include "store/store.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace bosai::services {

struct ShelterImportRequest {
  std::vector<std::filesystem::path> files;  // validated in order, written in one transaction
  std::string format;                        // gsi, da, geojson, gpkg; empty: by extension and header
  std::optional<ShelterKind> kind;           // for records whose file does not say
  bool check_only = false;                   // report what would change, write nothing
};

// Imports shelter files into the registry by 共通ID (one report per file). Bad input anywhere leaves the
// store as it was; an unknown format is an InputError on field "format".
std::vector<geo::ImportReport> import_shelter_files(store::Store& store, const ShelterImportRequest& request,
                                                    Progress& progress);

struct ShelterExportRequest {
  std::filesystem::path file;
  std::string format;                // empty: by extension
  std::optional<ShelterKind> kind;   // only this kind
  std::string district;              // only this 地区 (code or name)
};

// Writes the registry (or part of it) so that re-importing the file changes nothing; returns how many
// shelters were written. The Digital Agency list holds 指定緊急避難場所 only.
std::size_t export_shelter_file(store::Store& store, const ShelterExportRequest& request);

// A shelter kind by key or Japanese label; InputError on field "kind" when it is neither.
ShelterKind parse_kind(const std::string& text);

}  // namespace bosai::services
