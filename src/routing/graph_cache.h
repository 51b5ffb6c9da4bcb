#pragma once
#include "routing/road_graph.h"

#include <filesystem>
#include <optional>
#include <string>

namespace bosai::routing {

// Binary snapshot of a RoadGraph. The header holds a magic, a format version and `key` (what the graph
// was built from); a file with another key, version or a short read is ignored, never half-trusted.
std::optional<RoadGraph> read_graph_cache(const std::filesystem::path& cache_file, const std::string& key);
// Written to a temporary name and renamed, so a crash never leaves a truncated cache behind.
void write_graph_cache(const std::filesystem::path& cache_file, const std::string& key, const RoadGraph& graph);

}  // namespace bosai::routing
