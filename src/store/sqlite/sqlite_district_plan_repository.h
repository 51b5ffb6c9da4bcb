#pragma once
#include "store/district_plan_repository.h"

namespace bosai::store {

class Database;

class SqliteDistrictPlanRepository final : public DistrictPlanRepository {
 public:
  explicit SqliteDistrictPlanRepository(Database& db) : db_(db) {}

  int append(const StoredDistrictPlan& plan) override;
  std::optional<StoredDistrictPlan> find(const std::string& district_code, int version) const override;
  std::vector<StoredDistrictPlan> history(const std::string& district_code) const override;
  std::vector<StoredDistrictPlan> all() const override;
  void set_status(const std::string& district_code, int version, DocumentStatus status,
                  const std::string& approved_on, const std::string& approving_body,
                  const std::string& changed_at) override;

 private:
  Database& db_;
};

}  // namespace bosai::store
