#pragma once
#include "core/progress.h"
#include "routing/load_options.h"
#include "routing/profile.h"
#include "routing/road_graph.h"

#include <filesystem>

namespace bosai::routing {

// Imports a road file (OSM PBF/XML, GeoJSON, GeoPackage, Shapefile; see docs/roads.md) for one profile,
// or reads it back from the cache. Files with `u`/`v` junction columns (OSMnx) use them as nodes and
// `length` as metres; other files join ways where they share a vertex. Bad files → InputError naming them.
// `progress` hears the import's stages; a cancel throws bosai::Cancelled and leaves the cache as it was.
RoadGraph load_road_graph(const std::filesystem::path& file, Profile profile, const LoadOptions& options = {},
                          Progress& progress = no_progress());

// The file the graph of (file, profile) is cached in, empty when no cache folder can be found.
std::filesystem::path graph_cache_file(const std::filesystem::path& file, Profile profile,
                                       const LoadOptions& options = {});

}  // namespace bosai::routing
