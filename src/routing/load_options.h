#pragma once
#include <filesystem>

namespace bosai::routing {

// How load_road_graph behaves. The cache lives in `cache_dir`, else $XDG_CACHE_HOME/bosai/roads, else
// ~/.cache/bosai/roads (the data folder may be read-only); it is keyed by the file's path, size, mtime and
// the profile, so an edited file is imported afresh.
struct LoadOptions {
  bool use_cache = true;
  bool rebuild = false;  // with use_cache: ignore the cached graph, import afresh and replace it
  std::filesystem::path cache_dir;
};

}  // namespace bosai::routing
