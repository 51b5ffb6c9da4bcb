#pragma once
#include "core/progress.h"
#include "map/map_scene.h"
#include "store/store.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace bosai::services {

// What a ward's maps draw beside the registry: a road file for the base, hazard zones, the day.
struct WardMapRequest {
  std::string date;                            // ISO: shelters in effect that day, printed on the map
  std::optional<std::filesystem::path> roads;  // any GDAL line file; read once for all maps
  std::vector<std::filesystem::path> hazards;  // GDAL polygon files
  std::vector<std::string> districts;          // codes or names; empty: every 地区 with a known boundary
};

// One scene per 地区 (the A3 DIG map): the 地区 in focus with its neighbours as context, its own shelters
// numbered first. NotFoundError (field "district") for an unknown 地区; InputError when one asked for has no
// boundary (a map of nothing would mislead), or when the ward has none at all.
std::vector<map::MapScene> district_map_scenes(store::Store& store, const WardMapRequest& request, Progress& progress);

// The whole ward on one map (the overview): every 地区 with a known boundary and every shelter in effect.
map::MapScene ward_map_scene(store::Store& store, const WardMapRequest& request, Progress& progress);

}  // namespace bosai::services
