#include "report/assignment_output.h"

namespace bosai::report {

namespace as = routing::assignment;

nlohmann::json assignment_geojson(const services::AssignmentOutcome& o) {
  const auto& r = o.result;
  const auto& shelters = o.shelters.usable;
  nlohmann::json features = nlohmann::json::array();
  for (std::size_t i = 0; i < r.flows.size(); ++i) {
    const auto& f = r.flows[i];
    const auto& from = o.units[f.unit].position;
    const auto& to = shelters[f.shelter].slot.position;
    nlohmann::json line = nlohmann::json::array({{from.lon, from.lat}});
    if (i < o.paths.size()) {
      for (const auto& p : o.paths[i]) line.push_back({p.lon, p.lat});
    }
    line.push_back({to.lon, to.lat});
    features.push_back({{"type", "Feature"},
                        {"geometry", {{"type", "LineString"}, {"coordinates", line}}},
                        {"properties",
                         {{"unit", o.units[f.unit].id},
                          {"shelter", shelters[f.shelter].slot.id},
                          {"shelter_name", shelters[f.shelter].name},
                          {"count", f.count},
                          {"distance_m", f.distance_m},
                          {"drawn", i < o.paths.size() ? "road" : "straight"}}}});
  }
  for (const auto& u : r.unplaced) {
    const auto& p = o.units[u.unit].position;
    features.push_back({{"type", "Feature"},
                        {"geometry", {{"type", "Point"}, {"coordinates", {p.lon, p.lat}}}},
                        {"properties", {{"unit", o.units[u.unit].id}, {"count", u.count}, {"unplaced", as::describe(u.reason)}}}});
  }
  return {{"type", "FeatureCollection"}, {"features", features}};
}

nlohmann::json assignment_json(const services::AssignmentOutcome& o) {
  const auto& r = o.result;
  const auto& shelters = o.shelters.usable;
  nlohmann::json loads = nlohmann::json::array();
  for (std::size_t s = 0; s < shelters.size(); ++s) {
    loads.push_back({{"id", shelters[s].slot.id},
                     {"name", shelters[s].name},
                     {"capacity", shelters[s].slot.capacity},
                     {"accepts_care", shelters[s].slot.accepts_care},
                     {"load", r.shelter_load[s]}});
  }
  nlohmann::json excluded = nlohmann::json::array();
  for (const auto& e : o.shelters.excluded) excluded.push_back({{"id", e.id}, {"name", e.name}, {"reason", e.reason}});
  nlohmann::json flows = nlohmann::json::array();
  for (const auto& f : r.flows) {
    flows.push_back({{"unit", o.units[f.unit].id}, {"shelter", shelters[f.shelter].slot.id}, {"count", f.count},
                     {"distance_m", f.distance_m}});
  }
  nlohmann::json unplaced = nlohmann::json::array();
  for (const auto& u : r.unplaced) {
    unplaced.push_back({{"unit", o.units[u.unit].id}, {"count", u.count}, {"reason", as::describe(u.reason)}});
  }
  return {{"distances", o.distances}, {"placed", r.placed}, {"person_metres", r.person_metres},
          {"shelters", loads},        {"excluded", excluded}, {"flows", flows},
          {"unplaced", unplaced},     {"credit", o.credit}};
}

}  // namespace bosai::report
