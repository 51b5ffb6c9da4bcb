#pragma once
#include "store/plan_repository.h"

namespace bosai::store {

class Database;

class SqlitePlanRepository final : public PlanRepository {
 public:
  explicit SqlitePlanRepository(Database& db) : db_(db) {}

  int append(const StoredPlan& plan) override;
  std::optional<StoredPlan> current(long long person_id, PlanHazard hazard) const override;
  std::vector<StoredPlan> history(long long person_id, PlanHazard hazard) const override;
  std::vector<StoredPlan> all_current() const override;

 private:
  Database& db_;
};

}  // namespace bosai::store
