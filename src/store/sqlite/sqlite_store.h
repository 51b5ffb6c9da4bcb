#pragma once
#include "store/database.h"
#include "store/sqlite/sqlite_shelter_repository.h"
#include "store/sqlite/sqlite_audit_repository.h"
#include "store/sqlite/sqlite_people_repository.h"
#include "store/sqlite/sqlite_plan_repository.h"
#include "store/sqlite/sqlite_storm_call_repository.h"
#include "store/sqlite/sqlite_ward_repository.h"
#include "store/store.h"

namespace bosai::store {

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(Database db);

  WardRepository& wards() override { return wards_; }
  ShelterRepository& shelters() override { return shelters_; }
  PeopleRepository& people() override { return people_; }
  PlanRepository& plans() override { return plans_; }
  StormCallRepository& storm_calls() override { return storm_calls_; }
  AuditRepository& audit() override { return audit_; }
  void atomically(const std::function<void()>& work) override;

  Database& database() { return db_; }

 private:
  Database db_;
  SqliteWardRepository wards_;
  SqliteShelterRepository shelters_;
  SqlitePeopleRepository people_;
  SqlitePlanRepository plans_;
  SqliteStormCallRepository storm_calls_;
  SqliteAuditRepository audit_;
};

}  // namespace bosai::store
