#pragma once
#include "supply/supply_plan.h"

#include <nlohmann/json.hpp>

#include <string>

namespace bosai::supply {

// The plan for scripts, and the file a re-plan starts from: routes, stops (times as "HH:MM"), loads and
// unserved demand with reasons.
nlohmann::json supply_plan_json(const SupplyPlan& plan);
// Reads what supply_plan_json wrote; InputError naming `file_name` and the field when it is not such a plan.
SupplyPlan supply_plan_from_json(const nlohmann::json& json, const std::string& file_name);

// The plan for maps: one LineString per route (its road path) and one Point per stop, WGS84.
nlohmann::json supply_plan_geojson(const SupplyPlan& plan);

}  // namespace bosai::supply
