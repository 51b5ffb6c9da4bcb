#pragma once
#include "core/geo_point.h"
#include "supply/clock_time.h"
#include "supply/supply_item.h"

#include <map>
#include <string>
#include <vector>

namespace bosai::supply {

// The start of a route a re-plan begins where the vehicle is, mid-round, rather than at a depot.
inline constexpr const char* kCurrentPosition = "現在地";

// What a driver does at one shelter: when, within which receiving window, and what to unload.
struct PlannedStop {
  std::string job_id;  // stable across re-plans (see DeliveryJob)
  std::string shelter_id;
  std::string name;
  std::string address;  // empty when the scenario gives none
  GeoPoint position;
  Minutes arrival = 0;
  Minutes departure = 0;
  Minutes window_from = 0;
  Minutes window_until = 0;
  std::map<std::string, long> unload;  // item code → units
  double weight_kg = 0;
  double volume_l = 0;
};

// One driver's day: the route sheet's content.
struct DriverRoute {
  std::string vehicle_id;
  std::string vehicle_name;
  std::string vehicle_kind;
  std::string start_depot;         // depot id, or 現在地 when a re-plan starts the vehicle where it is
  std::string start_depot_name;    // the depot's name as drivers know it (or 現在地)
  GeoPoint start_position;
  std::string end_depot;
  std::string end_depot_name;
  Minutes start = 0;
  Minutes end = 0;
  double distance_m = 0;
  std::vector<PlannedStop> stops;
  std::vector<GeoPoint> geometry;  // the road path, for maps
};

// Demand that no vehicle can deliver, and why (too heavy for every vehicle, window unreachable, fleet short,
// depot stock exhausted …): drill staff need the reason to act on it.
struct UnservedDemand {
  std::string job_id;
  std::string shelter_id;
  std::string name;
  std::map<std::string, long> quantity;
  std::string reason;
};

struct SupplyPlan {
  std::string scenario;
  std::string date;               // the scenario's day, YYYY-MM-DD; empty when it gives none
  Minutes planned_at = 0;         // the plan covers what happens from this time on (re-plans start later)
  std::vector<SupplyItem> items;  // labels and units for the sheets
  std::vector<DriverRoute> routes;
  // Vehicles that are free but have nothing to deliver: they stand by (待機) at start_depot from `start` to
  // `end` (their shift) and have no stops. Listed so that no driver is left without word; broken-down
  // vehicles are not here.
  std::vector<DriverRoute> idle;
  std::vector<UnservedDemand> unserved;
  double total_distance_m = 0;
  // Units delivered before planned_at, shelter → item → units: a re-plan's routes start at its own time, so
  // without this a second re-plan would forget what the first one's trucks had already brought.
  std::map<std::string, std::map<std::string, long>> delivered;
};

}  // namespace bosai::supply
