#pragma once
#include "core/evacuation_plan.h"
#include "people/session.h"

#include <optional>
#include <vector>

namespace bosai::people {

// 個別避難計画 per person and hazard. Writing needs the person's consent to make a plan; reading is for
// staff, or for the committee and supporters when the person consented to sharing the plan. Every change is
// a new revision (the store refuses to overwrite one), so history is complete.
class PlanService {
 public:
  explicit PlanService(Session& session) : session_(session) {}

  // Stores `plan` as the next revision of (person, hazard); returns the revision number.
  int set(EvacuationPlan plan);
  std::optional<EvacuationPlan> current(long long person_id, PlanHazard hazard);
  std::vector<EvacuationPlan> history(long long person_id, PlanHazard hazard);
  // The current 地震 and 風水害 plans that exist.
  std::vector<EvacuationPlan> current_all(long long person_id);

 private:
  void require_read(long long person_id, const std::string& action, const std::string& subject);
  Session& session_;
};

// Checks that text is GeoJSON a route can be (LineString, MultiLineString, Feature or FeatureCollection);
// returns it compacted. InputError names `file`.
std::string checked_route_geojson(const std::string& text, const std::string& file);

}  // namespace bosai::people
