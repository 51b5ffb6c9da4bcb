#include "cli/commands.h"
#include "cli/road_loading.h"
#include "cli/run.h"
#include "core/error.h"
#include "geo/area.h"
#include "routing/route_geojson.h"
#include "routing/snapper.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

namespace bosai::cli {
namespace {

struct Options {
  RoadFileOptions roads;
  std::string from, to, geojson;
  std::vector<std::string> closed_areas;
  bool fastest = false;
};

GeoPoint parse_lat_lon(const std::string& text, const char* option) {
  GeoPoint p;
  char tail = 0;
  if (std::sscanf(text.c_str(), "%lf,%lf%c", &p.lat, &p.lon, &tail) != 2 || !is_valid_wgs84(p)) {
    throw InputError("", 0, option, "expected LAT,LON in degrees, got '" + text + "'");
  }
  return p;
}

nlohmann::json snapped_json(const routing::SnappedPoint& p) {
  return {{"query", {p.query.lat, p.query.lon}},
          {"snapped", {p.position.lat, p.position.lon}},
          {"snap_offset_m", p.offset_m},
          {"on_junction", p.on_node()}};
}

nlohmann::json number_or_null(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

}  // namespace

void add_route_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("route", "Shortest road route between two points (distance, time, geometry)");
  add_road_file_options(*cmd, options->roads);
  cmd->add_option("--from", options->from, "Start as LAT,LON")->required();
  cmd->add_option("--to", options->to, "End as LAT,LON")->required();
  cmd->add_flag("--fastest", options->fastest, "Minimise travel time instead of distance");
  cmd->add_option("--geojson", options->geojson, "Also write the route as GeoJSON to this file");
  cmd->add_option("--closed-area", options->closed_areas,
                  "GeoJSON polygon(s) of a fire/flood area: roads touching it are closed (repeatable)");
  cmd->callback([&context, options] {
    const GeoPoint from = parse_lat_lon(options->from, "--from");
    const GeoPoint to = parse_lat_lon(options->to, "--to");
    std::vector<geo::Area> areas;
    for (const auto& file : options->closed_areas) areas.push_back(geo::read_area(file));
    const routing::RoadGraph graph = load_roads(options->roads, context);
    routing::Closures closures(graph);
    for (const auto& area : areas) closures.close_area(area);
    const routing::Snapper snapper(graph);
    const routing::Route route =
        routing::shortest_route(graph, snapper.snap(from, &closures), snapper.snap(to, &closures),
                                options->fastest ? routing::Metric::kSeconds : routing::Metric::kMetres, &closures);
    if (!options->geojson.empty()) {
      std::ofstream out(options->geojson, std::ios::binary);
      out << routing::route_geojson(route);
      if (!out) throw std::runtime_error("cannot write " + options->geojson);
    }
    if (context.json) {
      nlohmann::json line = nlohmann::json::array();
      for (const auto& p : route.geometry) line.push_back({p.lon, p.lat});
      std::cout << nlohmann::json{{"found", route.found},
                                  {"profile", routing::profile_name(graph.profile)},
                                  {"metric", options->fastest ? "seconds" : "metres"},
                                  {"distance_m", number_or_null(route.distance_m)},
                                  {"duration_s", number_or_null(route.duration_s)},
                                  {"edges", route.edges.size()},
                                  {"closed_edges", closures.closed_count()},
                                  {"from", snapped_json(route.from)},
                                  {"to", snapped_json(route.to)},
                                  {"geometry", {{"type", "LineString"}, {"coordinates", line}}}}
                       .dump()
                << "\n";
    } else if (route.found) {
      std::printf("distance_m   %.3f\nduration_s   %.1f\n", route.distance_m, route.duration_s);
      std::printf("snap         from %.3f m, to %.3f m off the road\n", route.from.offset_m, route.to.offset_m);
      if (closures.closed_count()) std::printf("closed_edges %zu\n", closures.closed_count());
      std::printf("geometry     LINESTRING(");
      for (std::size_t i = 0; i < route.geometry.size(); ++i) {
        std::printf("%s%.7f %.7f", i ? ", " : "", route.geometry[i].lon, route.geometry[i].lat);
      }
      std::printf(")\n");
    }
    if (!route.found) {
      std::cerr << "bosai: no route: the destination cannot be reached on the " << routing::profile_name(graph.profile)
                << " network" << (closures.closed_count() ? " with the closed roads" : "") << "\n";
      throw CLI::RuntimeError(kExitFailure);
    }
  });
}

}  // namespace bosai::cli
