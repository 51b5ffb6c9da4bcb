#pragma once
#include <string>
#include <vector>

namespace bosai::supply {

// What a re-plan changed, vehicle by vehicle, so the drill console can tell exactly whom to call.
struct RouteChange {
  enum class Kind { unchanged, changed, cancelled, added };
  std::string vehicle_id;
  Kind kind = Kind::unchanged;
  std::vector<std::string> added_jobs;
  std::vector<std::string> removed_jobs;
  bool reordered = false;
};

struct PlanChanges {
  std::vector<RouteChange> routes;
  std::vector<std::string> newly_unserved;  // job ids
  std::vector<std::string> newly_served;
};

const char* describe(RouteChange::Kind kind);

}  // namespace bosai::supply
