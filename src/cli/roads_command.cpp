#include "cli/commands.h"
#include "cli/flag_names.h"
#include "cli/road_loading.h"
#include "cli/stderr_progress.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

namespace bosai::cli {
namespace {

nlohmann::json stats_json(const services::RoadImportResult& r) {
  const auto& s = r.stats;
  return {{"file", s.source},
          {"driver", s.driver},
          {"profile", r.profile},
          {"junction_ids", s.junction_ids},
          {"epsg", s.epsg},
          {"nodes", s.nodes},
          {"edges", s.edges},
          {"total_length_km", s.total_length_km},
          {"components", s.components},
          {"largest_scc_nodes", s.largest_scc_nodes},
          {"dropped", {{"nodes", s.dropped_nodes}, {"edges", s.dropped_edges}}},
          {"input", {{"nodes", s.input_nodes}, {"edges", s.input_edges}}},
          {"features",
           {{"read", s.features_read},
            {"used", s.features_used},
            {"not_routable", s.features_not_routable},
            {"without_line", s.features_without_line}}},
          {"parallel_edges_merged", s.parallel_edges_merged},
          {"self_loops_dropped", s.self_loops_dropped},
          {"from_cache", s.from_cache},
          {"seconds", s.seconds}};
}

void print_stats(const services::RoadImportResult& r, const Context& context) {
  if (context.json) {
    std::cout << stats_json(r).dump() << "\n";
    return;
  }
  const auto& s = r.stats;
  std::printf("file               %s (%s%s)\n", s.source.c_str(), s.driver.c_str(),
              s.junction_ids ? ", u/v junction ids" : "");
  std::printf("profile            %s\n", r.profile.c_str());
  std::printf("features           %zu read, %zu used, %zu not for this profile, %zu without a line\n",
              s.features_read, s.features_used, s.features_not_routable, s.features_without_line);
  std::printf("nodes              %zu\n", s.nodes);
  std::printf("edges              %zu (directed)\n", s.edges);
  std::printf("total_length_km    %.3f\n", s.total_length_km);
  std::printf("components         %zu\n", s.components);
  std::printf("largest_scc_nodes  %zu\n", s.largest_scc_nodes);
  std::printf("dropped            %zu nodes, %zu edges outside the largest strongly connected component\n",
              s.dropped_nodes, s.dropped_edges);
  std::printf("merged             %zu parallel edges, %zu self-loops dropped\n", s.parallel_edges_merged,
              s.self_loops_dropped);
  std::printf("projection         EPSG:%d\n", s.epsg);
  std::printf("loaded             %s in %.2f s\n", s.from_cache ? "from cache" : "imported", s.seconds);
}

}  // namespace

void add_roads_command(CLI::App& app, Context& context) {
  auto* roads = app.add_subcommand("roads", "Road networks: import (and cache) a road file, show its statistics");
  roads->require_subcommand(1);
  for (const char* name : {"import", "stats"}) {
    auto options = std::make_shared<RoadFileOptions>();
    auto* cmd = roads->add_subcommand(name, std::string(name) == "import"
                                                ? "Build the routable graph of a road file for a profile and cache it"
                                                : "Nodes, edges, strongly connected components and what was dropped");
    add_road_file_options(*cmd, *options);
    const bool import = std::string(name) == "import";
    options->rebuild = import;
    cmd->callback([&context, options, import] {
      StderrProgress progress(context);
      const auto result =
          with_flags({{"profile", "--profile"}}, [&] { return services::import_roads(road_source(*options), progress); });
      print_stats(result, context);
      if (import && !context.json && !result.cache_file.empty()) {
        std::printf("cache              %s\n", result.cache_file.string().c_str());
      }
    });
  }
}

}  // namespace bosai::cli
