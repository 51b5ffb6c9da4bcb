#include "people/plan_service.h"

#include "core/clock.h"
#include "core/error.h"
#include "people/access_denied.h"
#include "people/plan_codec.h"
#include "store/people_repository.h"
#include "store/plan_repository.h"

#include <nlohmann/json.hpp>

namespace bosai::people {
namespace {

std::string subject_of(long long person_id, PlanHazard hazard) {
  return "person:" + std::to_string(person_id) + " plan:" + plan_hazard_code(hazard);
}

}  // namespace

int PlanService::set(EvacuationPlan plan) {
  const std::string subject = subject_of(plan.person_id, plan.hazard);
  session_.require(Permission::kWritePlan, "plan-set", subject);
  const auto person = session_.store().people().find(plan.person_id);
  if (!person) throw NotFoundError("person", 0, "no person with id " + std::to_string(plan.person_id));
  if (!person->consents.make_plan.given) {
    throw InputError("person", 0, "person " + std::to_string(plan.person_id) +
                                      " has not consented to a 個別避難計画 (計画作成同意): record the consent first");
  }
  plan.changed_at = utc_timestamp();
  plan.changed_by = role_code(session_.role());
  int revision = 0;
  session_.store().atomically([&] {
    revision = session_.store().plans().append(seal_plan(plan, session_.keys()));
    session_.audit().record(session_.role(), "plan-set", subject, "revision " + std::to_string(revision));
  });
  return revision;
}

void PlanService::require_read(long long person_id, const std::string& action, const std::string& subject) {
  if (allows(session_.role(), Permission::kReadPersonal)) return;
  session_.require(Permission::kReadSharedPlan, action, subject);
  const auto person = session_.store().people().find(person_id);
  if (person && !person->consents.share_plan.given) {
    session_.log("denied:" + action, subject, "no consent to share the plan");
    throw InputError("person", 0, "person " + std::to_string(person_id) +
                                      " has not consented to sharing the plan (計画提供同意)");
  }
}

std::optional<EvacuationPlan> PlanService::current(long long person_id, PlanHazard hazard) {
  const std::string subject = subject_of(person_id, hazard);
  require_read(person_id, "plan-show", subject);
  const auto stored = session_.store().plans().current(person_id, hazard);
  session_.log("plan-show", subject, stored ? "revision " + std::to_string(stored->revision) : "none");
  if (!stored) return std::nullopt;
  return open_plan(*stored, session_.keys());
}

std::vector<EvacuationPlan> PlanService::history(long long person_id, PlanHazard hazard) {
  const std::string subject = subject_of(person_id, hazard);
  require_read(person_id, "plan-history", subject);
  std::vector<EvacuationPlan> out;
  for (const auto& s : session_.store().plans().history(person_id, hazard)) out.push_back(open_plan(s, session_.keys()));
  session_.log("plan-history", subject, std::to_string(out.size()) + " revisions");
  return out;
}

std::vector<EvacuationPlan> PlanService::current_all(long long person_id) {
  std::vector<EvacuationPlan> out;
  for (auto hazard : {PlanHazard::kEarthquake, PlanHazard::kStorm}) {
    if (auto plan = current(person_id, hazard)) out.push_back(std::move(*plan));
  }
  return out;
}

std::string checked_route_geojson(const std::string& text, const std::string& file) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw InputError(file, 0, "route", std::string("not JSON: ") + e.what());
  }
  const std::string type = j.is_object() ? j.value("type", "") : "";
  if (type != "LineString" && type != "MultiLineString" && type != "Feature" && type != "FeatureCollection") {
    throw InputError(file, 0, "type", "a route must be a GeoJSON LineString, MultiLineString, Feature or FeatureCollection");
  }
  return j.dump();
}

}  // namespace bosai::people
