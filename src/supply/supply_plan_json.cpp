#include "supply/supply_plan_json.h"

#include "core/error.h"

namespace bosai::supply {

using nlohmann::json;

namespace {

json route_json(const DriverRoute& r) {
  json stops = json::array();
  for (const auto& s : r.stops) {
    stops.push_back({{"job", s.job_id},
                     {"shelter", s.shelter_id},
                     {"name", s.name},
                     {"address", s.address},
                     {"lat", s.position.lat},
                     {"lon", s.position.lon},
                     {"arrival", format_clock(s.arrival)},
                     {"departure", format_clock(s.departure)},
                     {"window", {format_clock(s.window_from), format_clock(s.window_until)}},
                     {"unload", s.unload},
                     {"weight_kg", s.weight_kg},
                     {"volume_l", s.volume_l}});
  }
  return {{"vehicle", r.vehicle_id},
          {"name", r.vehicle_name},
          {"kind", r.vehicle_kind},
          {"start_depot", r.start_depot},
          {"start_depot_name", r.start_depot_name},
          {"start_lat", r.start_position.lat},
          {"start_lon", r.start_position.lon},
          {"end_depot", r.end_depot},
          {"end_depot_name", r.end_depot_name},
          {"start", format_clock(r.start)},
          {"end", format_clock(r.end)},
          {"distance_m", r.distance_m},
          {"stops", stops}};
}

}  // namespace

json supply_plan_json(const SupplyPlan& plan) {
  json routes = json::array();
  for (const auto& r : plan.routes) routes.push_back(route_json(r));
  json idle = json::array();
  for (const auto& r : plan.idle) idle.push_back(route_json(r));
  json unserved = json::array();
  for (const auto& u : plan.unserved) {
    unserved.push_back({{"job", u.job_id}, {"shelter", u.shelter_id}, {"name", u.name}, {"quantity", u.quantity},
                        {"reason", u.reason}});
  }
  return {{"scenario", plan.scenario},
          {"date", plan.date},
          {"planned_at", format_clock(plan.planned_at)},
          {"total_distance_m", plan.total_distance_m},
          {"routes", routes},
          {"idle", idle},
          {"unserved", unserved},
          {"delivered", plan.delivered}};
}

namespace {

struct PlanReader {
  const std::string& file;

  [[noreturn]] void fail(const std::string& field, const std::string& message) const {
    throw InputError(file, 0, field, message);
  }

  const json& at(const json& j, const std::string& key, const std::string& where) const {
    if (!j.is_object() || !j.contains(key)) fail(where + key, "missing");
    return j.at(key);
  }

  std::string text(const json& j, const std::string& key, const std::string& where) const {
    const auto& v = at(j, key, where);
    if (!v.is_string()) fail(where + key, "must be a string");
    return v.get<std::string>();
  }

  // Fields added after plans were first written (names, addresses, the date): an older plan.json lacks them.
  std::string optional_text(const json& j, const std::string& key, const std::string& where) const {
    return j.is_object() && j.contains(key) ? text(j, key, where) : std::string();
  }

  double number(const json& j, const std::string& key, const std::string& where) const {
    const auto& v = at(j, key, where);
    if (!v.is_number()) fail(where + key, "must be a number");
    return v.get<double>();
  }

  Minutes clock(const json& j, const std::string& key, const std::string& where) const {
    const Minutes m = parse_clock(text(j, key, where));
    if (m < 0) fail(where + key, "must be a time \"HH:MM\"");
    return m;
  }

  std::map<std::string, long> quantities(const json& j, const std::string& key, const std::string& where) const {
    const auto& v = at(j, key, where);
    if (!v.is_object()) fail(where + key, "must be an object of item → units");
    std::map<std::string, long> out;
    for (const auto& [item, units] : v.items()) {
      if (!units.is_number_integer()) fail(where + key + "." + item, "must be a whole number");
      out[item] = units.get<long>();
    }
    return out;
  }

  DriverRoute route(const json& r, const std::string& where) const {
    DriverRoute route;
    route.vehicle_id = text(r, "vehicle", where);
    route.vehicle_name = text(r, "name", where);
    route.vehicle_kind = text(r, "kind", where);
    route.start_depot = text(r, "start_depot", where);
    route.start_depot_name = optional_text(r, "start_depot_name", where);
    route.start_position = GeoPoint{number(r, "start_lat", where), number(r, "start_lon", where)};
    route.end_depot = text(r, "end_depot", where);
    route.end_depot_name = optional_text(r, "end_depot_name", where);
    route.start = clock(r, "start", where);
    route.end = clock(r, "end", where);
    route.distance_m = number(r, "distance_m", where);
    const auto& stops = at(r, "stops", where);
    if (!stops.is_array()) fail(where + "stops", "must be an array");
    for (std::size_t k = 0; k < stops.size(); ++k) {
      const auto& s = stops[k];
      const std::string at_stop = where + "stops[" + std::to_string(k) + "].";
      const auto& window = at(s, "window", at_stop);
      if (!window.is_array() || window.size() != 2 || !window[0].is_string() || !window[1].is_string()) {
        fail(at_stop + "window", "must be [\"HH:MM\", \"HH:MM\"]");
      }
      PlannedStop stop;
      stop.job_id = text(s, "job", at_stop);
      stop.shelter_id = text(s, "shelter", at_stop);
      stop.name = text(s, "name", at_stop);
      stop.address = optional_text(s, "address", at_stop);
      stop.position = GeoPoint{number(s, "lat", at_stop), number(s, "lon", at_stop)};
      stop.arrival = clock(s, "arrival", at_stop);
      stop.departure = clock(s, "departure", at_stop);
      stop.window_from = parse_clock(window[0].get<std::string>());
      stop.window_until = parse_clock(window[1].get<std::string>());
      stop.unload = quantities(s, "unload", at_stop);
      stop.weight_kg = number(s, "weight_kg", at_stop);
      stop.volume_l = number(s, "volume_l", at_stop);
      route.stops.push_back(std::move(stop));
    }
    return route;
  }

  std::vector<DriverRoute> routes(const json& j, const std::string& key) const {
    std::vector<DriverRoute> out;
    const auto& list = at(j, key, "");
    if (!list.is_array()) fail(key, "must be an array");
    for (std::size_t i = 0; i < list.size(); ++i) out.push_back(route(list[i], key + "[" + std::to_string(i) + "]."));
    return out;
  }

  SupplyPlan read(const json& j) const {
    SupplyPlan plan;
    plan.scenario = text(j, "scenario", "");
    plan.date = optional_text(j, "date", "");
    plan.planned_at = clock(j, "planned_at", "");
    plan.total_distance_m = number(j, "total_distance_m", "");
    plan.routes = routes(j, "routes");
    if (j.is_object() && j.contains("idle")) plan.idle = routes(j, "idle");
    if (j.is_object() && j.contains("delivered")) {
      const auto& d = j["delivered"];
      if (!d.is_object()) fail("delivered", "must be an object of shelters");
      for (const auto& [shelter, items] : d.items()) plan.delivered[shelter] = quantities(d, shelter, "delivered.");
    }
    const auto& unserved = at(j, "unserved", "");
    if (!unserved.is_array()) fail("unserved", "must be an array");
    for (std::size_t i = 0; i < unserved.size(); ++i) {
      const std::string where = "unserved[" + std::to_string(i) + "].";
      const auto& u = unserved[i];
      plan.unserved.push_back({text(u, "job", where), text(u, "shelter", where), text(u, "name", where),
                               quantities(u, "quantity", where), text(u, "reason", where)});
    }
    return plan;
  }
};

}  // namespace

SupplyPlan supply_plan_from_json(const json& j, const std::string& file_name) { return PlanReader{file_name}.read(j); }

json supply_plan_geojson(const SupplyPlan& plan) {
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
                          {"properties", {{"vehicle", r.vehicle_id}, {"order", ++order}, {"job", s.job_id},
                                          {"shelter", s.shelter_id}, {"name", s.name}, {"address", s.address},
                                          {"arrival", format_clock(s.arrival)}}}});
    }
  }
  return {{"type", "FeatureCollection"}, {"features", features}};
}

}  // namespace bosai::supply
