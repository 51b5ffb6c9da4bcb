#pragma once
#include "routing/load_options.h"
#include "routing/profile.h"
#include "routing/road_graph.h"

#include <filesystem>

namespace bosai::routing {

// Reads and builds without any cache (load_road_graph adds the cache around it).
RoadGraph import_road_file(const std::filesystem::path& file, Profile profile, const LoadOptions& options);

}  // namespace bosai::routing
