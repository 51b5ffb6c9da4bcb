#include "cli/plan_json.h"

#include "core/error.h"
#include "people/plan_codec.h"

namespace bosai::cli {

nlohmann::json plan_json(const EvacuationPlan& p) {
  nlohmann::json j = people::plan_content_json(p);
  j.erase("route_geojson");
  if (!p.route_geojson.empty()) j["route"] = nlohmann::json::parse(p.route_geojson);
  j.update({{"person_id", p.person_id},
            {"hazard", plan_hazard_code(p.hazard)},
            {"revision", p.revision},
            {"status", plan_status_code(p.status)},
            {"author", plan_author_code(p.author)},
            {"created", p.created_on},
            {"last_checked", p.last_checked_on},
            {"next_review", p.next_review_on},
            {"changed_at", p.changed_at},
            {"changed_by", p.changed_by}});
  return j;
}

PlanHazard hazard_option(const std::string& text) {
  const auto hazard = parse_plan_hazard(text);
  if (!hazard) throw InputError("--hazard", 0, "must be earthquake (地震) or storm (風水害)");
  return *hazard;
}

}  // namespace bosai::cli
