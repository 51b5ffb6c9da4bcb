#pragma once
#include "store/sqlite/database.h"
#include "store/sqlite/sqlite_audit_repository.h"
#include "store/sqlite/sqlite_corrective_action_repository.h"
#include "store/sqlite/sqlite_document_repository.h"
#include "store/sqlite/sqlite_drill_repository.h"
#include "store/sqlite/sqlite_karte_repository.h"
#include "store/sqlite/sqlite_maintenance.h"
#include "store/sqlite/sqlite_people_repository.h"
#include "store/sqlite/sqlite_plan_repository.h"
#include "store/sqlite/sqlite_shelter_repository.h"
#include "store/sqlite/sqlite_storm_call_repository.h"
#include "store/sqlite/sqlite_tally_repository.h"
#include "store/sqlite/sqlite_ward_repository.h"
#include "store/store.h"

namespace bosai::store {

// The Store on one SQLite connection. Only open_store() and the store's own tests name it.
class SqliteStore final : public Store {
 public:
  explicit SqliteStore(Database db);

  WardRepository& wards() override { return wards_; }
  ShelterRepository& shelters() override { return shelters_; }
  PeopleRepository& people() override { return people_; }
  PlanRepository& plans() override { return plans_; }
  StormCallRepository& storm_calls() override { return storm_calls_; }
  AuditRepository& audit() override { return audit_; }
  DocumentRepository& documents(DocumentKind kind) override {
    return kind == DocumentKind::kDistrictPlan ? district_plans_ : shelter_manuals_;
  }
  KarteRepository& karte() override { return karte_; }
  DrillRepository& drills() override { return drills_; }
  CorrectiveActionRepository& actions() override { return actions_; }
  TallyRepository& tallies() override { return tallies_; }

  const WardRepository& wards() const override { return wards_; }
  const ShelterRepository& shelters() const override { return shelters_; }
  const PeopleRepository& people() const override { return people_; }
  const PlanRepository& plans() const override { return plans_; }
  const StormCallRepository& storm_calls() const override { return storm_calls_; }
  const AuditRepository& audit() const override { return audit_; }
  const DocumentRepository& documents(DocumentKind kind) const override {
    return kind == DocumentKind::kDistrictPlan ? district_plans_ : shelter_manuals_;
  }
  const KarteRepository& karte() const override { return karte_; }
  const DrillRepository& drills() const override { return drills_; }
  const CorrectiveActionRepository& actions() const override { return actions_; }
  const TallyRepository& tallies() const override { return tallies_; }

  Maintenance& maintenance() override { return maintenance_; }
  const Maintenance& maintenance() const override { return maintenance_; }

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
  SqliteDocumentRepository district_plans_;
  SqliteDocumentRepository shelter_manuals_;
  SqliteKarteRepository karte_;
  SqliteDrillRepository drills_;
  SqliteCorrectiveActionRepository actions_;
  SqliteTallyRepository tallies_;
  SqliteMaintenance maintenance_;
};

}  // namespace bosai::store
