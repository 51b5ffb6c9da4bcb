#pragma once
#include <cstddef>
#include <filesystem>
#include <string>

namespace bosai::services {

// `bosai init`: the ward structure file loaded into a store, created if needed.
struct WardSetupRequest {
  std::filesystem::path database;
  std::filesystem::path ward_file;   // plans/ward.toml
  std::filesystem::path boundaries;  // optional: 地区 boundaries (GeoJSON polygons with a `code` property)
  bool fresh = false;                // start from an empty store (any old one is removed)
};

// What the store holds after the load.
struct WardSetupResult {
  std::string ward;  // its name
  std::size_t regions = 0;
  std::size_t districts = 0;
  std::size_t chome = 0;
  std::size_t associations = 0;
  int schema_version = 0;
};

// Reads and checks the files before the store is touched, so a bad file leaves no new, empty database behind
// (an InputError naming file, line and field). Re-running updates the records by code.
WardSetupResult set_up_ward(const WardSetupRequest& request);

}  // namespace bosai::services
