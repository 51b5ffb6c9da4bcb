#include "routing/load_road_graph.h"

#include "core/error.h"
#include "routing/graph_cache.h"
#include "routing/road_file_import.h"

#include <chrono>
#include <cstdlib>
#include <functional>
#include <sstream>

namespace bosai::routing {
namespace {

std::filesystem::path cache_folder(const LoadOptions& options) {
  if (!options.cache_dir.empty()) return options.cache_dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "bosai" / "roads";
  if (const char* home = std::getenv("HOME"); home && *home) return std::filesystem::path(home) / ".cache" / "bosai" / "roads";
  return {};
}

// What the graph depends on: the file (where, how big, when changed) and the profile. The cache format's
// version is checked beside it (graph_cache.cpp).
std::string fingerprint(const std::filesystem::path& file, Profile profile) {
  const auto absolute = std::filesystem::weakly_canonical(file);
  std::ostringstream key;
  key << absolute.string() << '\n'
      << std::filesystem::file_size(absolute) << '\n'
      << std::filesystem::last_write_time(absolute).time_since_epoch().count() << '\n'
      << profile_name(profile);
  return key.str();
}

}  // namespace

std::filesystem::path graph_cache_file(const std::filesystem::path& file, Profile profile, const LoadOptions& options) {
  const auto folder = cache_folder(options);
  if (folder.empty()) return {};
  const auto absolute = std::filesystem::weakly_canonical(file);
  std::ostringstream name;
  name << absolute.filename().string() << '-' << std::hex << std::hash<std::string>{}(absolute.string()) << '.'
       << profile_name(profile) << ".bosai-graph";
  return folder / name.str();
}

RoadGraph load_road_graph(const std::filesystem::path& file, Profile profile, const LoadOptions& options,
                          Progress& progress) {
  const auto started = std::chrono::steady_clock::now();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) throw InputError(file.string(), 0, "no such file");
  auto seconds = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(); };

  const std::filesystem::path cache_file = options.use_cache ? graph_cache_file(file, profile, options) : std::filesystem::path();
  const std::string key = cache_file.empty() ? std::string() : fingerprint(file, profile);
  if (!cache_file.empty() && !options.rebuild) {
    if (auto cached = read_graph_cache(cache_file, key)) {
      cached->stats.source = file.string();
      cached->stats.from_cache = true;
      cached->stats.seconds = seconds();
      return std::move(*cached);
    }
  }
  RoadGraph graph = import_road_file(file, profile, progress);
  progress.throw_if_cancelled();
  if (!cache_file.empty()) {
    try {
      write_graph_cache(cache_file, key, graph);
    } catch (const std::exception&) {
      // A read-only or full cache folder costs speed next time, not this answer.
    }
  }
  graph.stats.seconds = seconds();
  return graph;
}

}  // namespace bosai::routing
