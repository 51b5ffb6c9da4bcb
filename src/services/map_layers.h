#pragma once
#include "core/progress.h"
#include "core/shelter.h"
#include "core/ward_structure.h"
#include "map/map_scene.h"

#include <filesystem>
#include <string>
#include <vector>

namespace bosai::services {

// The layers a map is built from, each with its credit line on the scene (data the product did not make is
// always credited where it is drawn).

// The 地区 of the ward whose boundary is known; `focus` (a code) is drawn as the map's subject.
std::vector<map::MapScene::District> map_districts(const WardStructure& ward, const std::string& focus = {});

// Shelters in effect on `date` (ISO), numbered from 1 in the order given.
std::vector<map::MapScene::Site> map_sites(const std::vector<Shelter>& shelters, const std::string& date);
// The credit for the shelters drawn: the synthetic sample says so; records with a GSI 共通ID credit 国土地理院.
std::string shelter_credit(const std::vector<Shelter>& shelters);

// The roads of any GDAL line file (OSM PBF, GeoJSON, GeoPackage …) that cross the scene's extent, by class;
// credits © OpenStreetMap contributors when the file is OSM data, the file's name otherwise. Cancellable.
void add_road_layer(map::MapScene& scene, const std::filesystem::path& file, Progress& progress);

// Drops the roads that fall outside what the scene frames (a 地区's map cut from the ward's roads).
void keep_roads_in_view(map::MapScene& scene);

// The roads that enter a closed area, drawn as closed: what the drivers must not take.
void mark_closed_roads(map::MapScene& scene);

// Hazard zones (flood, landslide …) from GDAL polygon files, one named area each; 国土数値情報 files (A31
// 洪水浸水想定区域, A33 土砂災害警戒区域, A40 津波浸水想定) are credited as such.
void add_hazard_layers(map::MapScene& scene, const std::vector<std::filesystem::path>& files);

}  // namespace bosai::services
