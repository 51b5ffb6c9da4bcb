#pragma once
#include "core/evacuation_plan.h"

#include <optional>
#include <string>
#include <vector>

namespace bosai::store {

// One revision of a 個別避難計画: dates and status plain (counted for progress, overdue reviews), the
// content (supporters, destination, care, route …) sealed.
struct StoredPlan {
  long long person_id = 0;
  PlanHazard hazard = PlanHazard::kEarthquake;
  int revision = 0;
  PlanStatus status = PlanStatus::kDraft;
  PlanAuthor author = PlanAuthor::kSelf;
  std::string created_on;
  std::string last_checked_on;
  std::string next_review_on;
  std::string sealed;
  std::string changed_at;
  std::string changed_by;
};

class PlanRepository {
 public:
  virtual ~PlanRepository() = default;

  // Appends `plan` as revision (latest + 1) and returns that number: revisions are never overwritten.
  virtual int append(const StoredPlan& plan) = 0;
  virtual std::optional<StoredPlan> current(long long person_id, PlanHazard hazard) const = 0;
  virtual std::vector<StoredPlan> history(long long person_id, PlanHazard hazard) const = 0;
  // The latest revision of every plan (for progress).
  virtual std::vector<StoredPlan> all_current() const = 0;
};

}  // namespace bosai::store
