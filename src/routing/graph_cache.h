#pragma once
#include "routing/road_graph.h"

#include <filesystem>
#include <optional>
#include <string>

namespace bosai::routing {

// The prepared road graph on disk, trusted only after it is checked (OSRM's way). The file holds a magic, the
// format version, `fingerprint` (what the graph was built from: source file identity and profile), the
// payload's size and BLAKE2b-256 digest, then the payload. A file whose version, fingerprint, size or digest
// does not match, or whose graph fails road_graph_problem, is ignored (the caller imports afresh): a flipped
// byte, a truncation or a foreign file is never read into a graph.
std::optional<RoadGraph> read_graph_cache(const std::filesystem::path& cache_file, const std::string& fingerprint);

// Written to a unique temporary in the cache's folder (mkstemp), synced to disk, then renamed over the cache:
// a crash never leaves a truncated cache, and two imports of one file, each writing its own temporary, leave
// one whole cache (the last to finish). Throws std::runtime_error when the folder is not writable.
void write_graph_cache(const std::filesystem::path& cache_file, const std::string& fingerprint, const RoadGraph& graph);

}  // namespace bosai::routing
