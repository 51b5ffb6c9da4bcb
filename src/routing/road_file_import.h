#pragma once
#include "core/progress.h"
#include "routing/profile.h"
#include "routing/road_graph.h"

#include <filesystem>

namespace bosai::routing {

// Reads and builds without any cache (load_road_graph adds the cache around it). Reports the stages
// "FILE: reading" and "FILE: building"; a cancel throws bosai::Cancelled.
RoadGraph import_road_file(const std::filesystem::path& file, Profile profile, Progress& progress);

}  // namespace bosai::routing
