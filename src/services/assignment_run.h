#pragma once
#include "core/progress.h"
#include "core/area.h"
#include "routing/assignment/assignment_result.h"
#include "routing/assignment/population_unit.h"
#include "services/road_network.h"
#include "services/shelter_availability.h"
#include "store/store.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bosai::services {

// Who goes where: everything `bosai assign`, a drill step and the desktop app ask of the optimal assignment.
struct AssignmentRequest {
  // Who starts where: these units, or those of a CSV `id,lat,lon,count,needs_care` when units_csv is set.
  std::vector<routing::assignment::PopulationUnit> units;
  std::filesystem::path units_csv;
  // Shelters: the registry (in effect on `as_of`, latest status, capacity), unless a GSI file with its
  // capacity file is given instead (gsi_shelters and capacities go together).
  std::string as_of;
  std::filesystem::path gsi_shelters;
  std::filesystem::path capacities;
  // Distances: over `roads` when given, else straight line × detour (labelled an estimate).
  std::optional<RoadSource> roads;
  double max_walk_m = 2000;
  double detour = 1.3;
  // Drill edits: shelters out of use, and areas whose roads and shelters are closed.
  std::vector<std::string> closed_shelters;
  std::vector<Area> closed_areas;
  // A shelter declared full keeps the people it holds and takes nobody more: 共通ID → at most this many.
  std::map<std::string, long> full_shelters;
  // Draw each trip along its road route (only the trips the optimum kept are routed).
  bool trip_paths = false;
};

struct AssignmentOutcome {
  std::vector<routing::assignment::PopulationUnit> units;
  ShelterAvailability shelters;  // usable ones are indexed by the result's shelter numbers
  routing::assignment::AssignmentResult result;
  std::string distances;                   // "road network (walk)" or "estimated: straight line x 1.30"
  std::vector<std::vector<GeoPoint>> paths;  // per result flow when trip_paths and roads, else empty
  std::string credit;                      // the data credit owed for what the outcome shows
};

// The whole pipeline: shelters, closures, roads, snapping, candidates, solve, trip geometry. `store` may
// be null when the shelters come from a GSI file.
AssignmentOutcome run_assignment(store::Store* store, const AssignmentRequest& request, Progress& progress);

// The same on a road network already loaded (a drill keeps one and changes its closures between runs);
// request.roads is ignored; request.closed_areas are closed on the network too (and stay closed there).
AssignmentOutcome run_assignment(store::Store* store, const AssignmentRequest& request, RoadNetwork& network,
                                 Progress& progress);

}  // namespace bosai::services
