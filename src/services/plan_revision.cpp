#include "services/plan_revision.h"

#include "people/plan_service.h"
#include "plans/evacuation_plan_reader.h"
#include "plans/toml_fields.h"

namespace bosai::services {

StoredPlan store_plan_file(people::Session& session, long long person_id, const std::filesystem::path& file) {
  auto parsed = plans::read_evacuation_plan(file);
  if (!parsed.route_file.empty()) {
    parsed.plan.route_geojson =
        people::checked_route_geojson(plans::read_text_file(parsed.route_file), parsed.route_file.string());
  }
  parsed.plan.person_id = person_id;
  people::PlanService plans(session);
  if (parsed.route_file.empty()) {
    const auto previous = plans.current(person_id, parsed.plan.hazard);
    if (previous && previous->destination.name == parsed.plan.destination.name) {
      parsed.plan.route_geojson = previous->route_geojson;
    }
  }
  return {parsed.plan.hazard, plans.set(parsed.plan)};
}

}  // namespace bosai::services
