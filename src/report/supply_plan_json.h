#pragma once
#include "supply/supply_plan.h"

#include <nlohmann/json.hpp>

namespace bosai::report {

// The plan for scripts: routes, stops (times as "HH:MM"), loads and unserved demand with reasons.
nlohmann::json supply_plan_json(const supply::SupplyPlan& plan);

// The plan for maps: one LineString per route (its road path) and one Point per stop, WGS84.
nlohmann::json supply_plan_geojson(const supply::SupplyPlan& plan);

}  // namespace bosai::report
