#include "people/plan_codec.h"

#include <nlohmann/json.hpp>

namespace bosai::people {
namespace {

std::string context_of(long long person_id, PlanHazard hazard) {
  return "plan|" + std::to_string(person_id) + "|" + plan_hazard_code(hazard);
}

}  // namespace

nlohmann::json plan_content_json(const EvacuationPlan& p) {
  nlohmann::json supporters = nlohmann::json::array();
  for (const auto& s : p.supporters) {
    supporters.push_back(
        {{"name", s.name}, {"relation", s.relation}, {"contact", s.contact}, {"availability", s.availability}});
  }
  nlohmann::json timeline = nlohmann::json::array();
  for (const auto& t : p.timeline) timeline.push_back({{"level", t.level}, {"action", t.action}});
  nlohmann::json body = {
      {"supporters", supporters},
      {"destination",
       {{"kind", destination_code(p.destination.kind)}, {"name", p.destination.name}, {"address", p.destination.address}}},
      {"route_geojson", p.route_geojson},
      {"care",
       {{"mobility", p.care.mobility}, {"assistance", p.care.assistance}, {"medical", p.care.medical},
        {"carry", p.care.carry}}},
      {"timeline", timeline},
      {"safety_confirmation", p.safety_confirmation},
      {"home_preparation", p.home_preparation}};
  return body;
}

store::StoredPlan seal_plan(const EvacuationPlan& p, const Keyring& keys) {
  const nlohmann::json body = plan_content_json(p);
  store::StoredPlan out;
  out.person_id = p.person_id;
  out.hazard = p.hazard;
  out.revision = p.revision;
  out.status = p.status;
  out.author = p.author;
  out.created_on = p.created_on;
  out.last_checked_on = p.last_checked_on;
  out.next_review_on = p.next_review_on;
  out.changed_at = p.changed_at;
  out.changed_by = p.changed_by;
  out.sealed = keys.seal(body.dump(), context_of(p.person_id, p.hazard));
  return out;
}

EvacuationPlan open_plan(const store::StoredPlan& s, const Keyring& keys) {
  const auto body = nlohmann::json::parse(keys.open(s.sealed, context_of(s.person_id, s.hazard)));
  EvacuationPlan p;
  p.person_id = s.person_id;
  p.hazard = s.hazard;
  p.revision = s.revision;
  p.status = s.status;
  p.author = s.author;
  p.created_on = s.created_on;
  p.last_checked_on = s.last_checked_on;
  p.next_review_on = s.next_review_on;
  p.changed_at = s.changed_at;
  p.changed_by = s.changed_by;
  for (const auto& j : body.at("supporters")) {
    p.supporters.push_back(Supporter{j.value("name", ""), j.value("relation", ""), j.value("contact", ""),
                                     j.value("availability", "")});
  }
  const auto& d = body.at("destination");
  p.destination = Destination{parse_destination(d.value("kind", "")).value_or(DestinationKind::kShelter),
                              d.value("name", ""), d.value("address", "")};
  p.route_geojson = body.value("route_geojson", "");
  const auto& c = body.at("care");
  p.care = CareNeeds{c.value("mobility", ""), c.value("assistance", ""), c.value("medical", ""),
                     c.value("carry", std::vector<std::string>{})};
  for (const auto& t : body.at("timeline")) p.timeline.push_back(TimelineStep{t.value("level", ""), t.value("action", "")});
  p.safety_confirmation = body.value("safety_confirmation", "");
  p.home_preparation = body.value("home_preparation", "");
  return p;
}

}  // namespace bosai::people
