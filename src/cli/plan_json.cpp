#include "cli/plan_json.h"

namespace bosai::cli {

nlohmann::json plan_json(const EvacuationPlan& p) {
  nlohmann::json supporters = nlohmann::json::array();
  for (const auto& s : p.supporters) {
    supporters.push_back(
        {{"name", s.name}, {"relation", s.relation}, {"contact", s.contact}, {"availability", s.availability}});
  }
  nlohmann::json timeline = nlohmann::json::array();
  for (const auto& t : p.timeline) timeline.push_back({{"level", t.level}, {"action", t.action}});
  nlohmann::json j = {
      {"person_id", p.person_id},
      {"hazard", hazard_code(p.hazard)},
      {"revision", p.revision},
      {"status", plan_status_code(p.status)},
      {"author", plan_author_code(p.author)},
      {"created", p.created_on},
      {"last_checked", p.last_checked_on},
      {"next_review", p.next_review_on},
      {"supporters", supporters},
      {"destination",
       {{"kind", destination_code(p.destination.kind)}, {"name", p.destination.name}, {"address", p.destination.address}}},
      {"care",
       {{"mobility", p.care.mobility}, {"assistance", p.care.assistance}, {"medical", p.care.medical},
        {"carry", p.care.carry}}},
      {"timeline", timeline},
      {"safety_confirmation", p.safety_confirmation},
      {"home_preparation", p.home_preparation},
      {"changed_at", p.changed_at},
      {"changed_by", p.changed_by}};
  if (!p.route_geojson.empty()) j["route"] = nlohmann::json::parse(p.route_geojson);
  return j;
}

}  // namespace bosai::cli
