// `bosai route`: the shortest road route between two points (services/route_query).
#include "cli/commands.h"
#include "cli/flag_names.h"
#include "cli/road_loading.h"
#include "cli/run.h"
#include "cli/stderr_progress.h"
#include "core/error.h"
#include "services/areas.h"
#include "services/output_files.h"
#include "services/route_query.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
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

void print(const services::RouteAnswer& a, const Context& context) {
  const auto& route = a.route;
  if (context.json) {
    nlohmann::json line = nlohmann::json::array();
    for (const auto& p : route.geometry) line.push_back({p.lon, p.lat});
    std::cout << nlohmann::json{{"found", route.found},
                                {"profile", a.profile},
                                {"metric", a.fastest ? "seconds" : "metres"},
                                {"distance_m", number_or_null(route.distance_m)},
                                {"duration_s", number_or_null(route.duration_s)},
                                {"edges", route.edges.size()},
                                {"closed_edges", a.closed_edges},
                                {"from", snapped_json(route.from)},
                                {"to", snapped_json(route.to)},
                                {"geometry", {{"type", "LineString"}, {"coordinates", line}}}}
                     .dump()
              << "\n";
  } else if (route.found) {
    std::printf("distance_m   %.3f\nduration_s   %.1f\n", route.distance_m, route.duration_s);
    std::printf("snap         from %.3f m, to %.3f m off the road\n", route.from.offset_m, route.to.offset_m);
    if (a.closed_edges) std::printf("closed_edges %zu\n", a.closed_edges);
    std::printf("geometry     LINESTRING(");
    for (std::size_t i = 0; i < route.geometry.size(); ++i) {
      std::printf("%s%.7f %.7f", i ? ", " : "", route.geometry[i].lon, route.geometry[i].lat);
    }
    std::printf(")\n");
  }
}

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
    const auto areas = services::read_areas(options->closed_areas);
    StderrProgress progress(context);
    auto network = with_flags({{"profile", "--profile"}}, [&] {
      return std::make_unique<services::RoadNetwork>(road_source(options->roads), progress);
    });
    for (const auto& area : areas) network->close_area(area);
    const auto answer = services::find_route(*network, from, to, options->fastest);
    if (!options->geojson.empty()) services::write_file(options->geojson, services::route_geojson(answer.route));
    print(answer, context);
    if (!answer.route.found) {
      std::cerr << "bosai: no route: the destination cannot be reached on the " << answer.profile << " network"
                << (answer.closed_edges ? " with the closed roads" : "") << "\n";
      throw CLI::RuntimeError(kExitFailure);
    }
  });
}

}  // namespace bosai::cli
