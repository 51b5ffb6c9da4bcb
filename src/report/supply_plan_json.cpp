#include "report/supply_plan_json.h"

namespace bosai::report {

using nlohmann::json;
using supply::format_clock;

json supply_plan_json(const supply::SupplyPlan& plan) {
  json routes = json::array();
  for (const auto& r : plan.routes) {
    json stops = json::array();
    for (const auto& s : r.stops) {
      stops.push_back({{"shelter", s.shelter_id},
                       {"name", s.name},
                       {"arrival", format_clock(s.arrival)},
                       {"departure", format_clock(s.departure)},
                       {"window", {format_clock(s.window_from), format_clock(s.window_until)}},
                       {"unload", s.unload},
                       {"weight_kg", s.weight_kg},
                       {"volume_l", s.volume_l}});
    }
    routes.push_back({{"vehicle", r.vehicle_id},
                      {"name", r.vehicle_name},
                      {"kind", r.vehicle_kind},
                      {"start_depot", r.start_depot},
                      {"end_depot", r.end_depot},
                      {"start", format_clock(r.start)},
                      {"end", format_clock(r.end)},
                      {"distance_m", r.distance_m},
                      {"stops", stops}});
  }
  json unserved = json::array();
  for (const auto& u : plan.unserved) {
    unserved.push_back({{"shelter", u.shelter_id}, {"name", u.name}, {"quantity", u.quantity}, {"reason", u.reason}});
  }
  return {{"scenario", plan.scenario},
          {"total_distance_m", plan.total_distance_m},
          {"routes", routes},
          {"unserved", unserved}};
}

json supply_plan_geojson(const supply::SupplyPlan& plan) {
  json features = json::array();
  for (const auto& r : plan.routes) {
    json line = json::array();
    for (const auto& p : r.geometry) line.push_back({p.lon, p.lat});
    features.push_back({{"type", "Feature"},
                        {"geometry", {{"type", "LineString"}, {"coordinates", line}}},
                        {"properties", {{"vehicle", r.vehicle_id}, {"name", r.vehicle_name},
                                        {"distance_m", r.distance_m}, {"stops", r.stops.size()}}}});
    int order = 0;
    for (const auto& s : r.stops) {
      features.push_back({{"type", "Feature"},
                          {"geometry", {{"type", "Point"}, {"coordinates", {s.position.lon, s.position.lat}}}},
                          {"properties", {{"vehicle", r.vehicle_id}, {"order", ++order}, {"shelter", s.shelter_id},
                                          {"name", s.name}, {"arrival", format_clock(s.arrival)}}}});
    }
  }
  return {{"type", "FeatureCollection"}, {"features", features}};
}

}  // namespace bosai::report
