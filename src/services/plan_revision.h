#pragma once
#include "core/evacuation_plan.h"
#include "people/session.h"

#include <filesystem>

namespace bosai::services {

struct StoredPlan {
  PlanHazard hazard = PlanHazard::kEarthquake;
  int revision = 0;
};

// Stores a plan file (docs/people.md "Plan files") as the person's next revision for its hazard. A route
// computed by plan routing stays with the plan while it leads to the same place: editing the supporters or
// the timeline must not silently drop it. A route file named in the plan replaces it.
StoredPlan store_plan_file(people::Session& session, long long person_id, const std::filesystem::path& file);

}  // namespace bosai::services
