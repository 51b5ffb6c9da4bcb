#pragma once
#include "core/evacuation_plan.h"
#include "core/progress.h"
#include "people/session.h"
#include "services/road_network.h"

#include <optional>
#include <string>

namespace bosai::services {

struct PlanRouteRequest {
  long long person_id = 0;
  PlanHazard hazard = PlanHazard::kEarthquake;
  std::filesystem::path roads;
  // Empty: wheelchair when the plan's mobility says the person cannot take steps (車いす, ストレッチャー,
  // 寝たきり), else walk. A walking route with stairs is no plan for them.
  std::string profile;
  // Empty: the registry shelter the plan's destination names. Given: the plan's destination becomes it.
  std::string shelter_id;
};

struct PlanRouteResult {
  int revision = 0;  // the plan revision that now holds the route
  std::string shelter_id;
  std::string shelter_name;
  std::string profile;
  double distance_m = 0;
  double duration_s = 0;
};

// Routes a person's 個別避難計画 from the geocoded home to its shelter over the road network and stores the
// route as the plan's next revision (encrypted like the rest of the plan); later edits keep it while the
// destination stays. InputError on fields "person", "home", "shelter" when the plan cannot be routed;
// std::runtime_error when no route exists on the network.
PlanRouteResult route_plan(people::Session& session, const PlanRouteRequest& request, Progress& progress);

// The profile a plan's mobility calls for (see PlanRouteRequest::profile).
std::string profile_for(const EvacuationPlan& plan);

}  // namespace bosai::services
