// Protects "nothing half-written" when the disk fails, the way SQLite tests itself: every service that writes
// runs with the Nth write (or sync, or truncate) failing, N = 1, 2, 3 … until it succeeds. After each failure
// the database must be exactly as it was, sound (`bosai check`), and its audit chain intact. Persistent faults
// are a disk gone for good; transient ones fail a single operation and let the rest through.
#include "core/clock.h"
#include "geo/shelter_import.h"
#include "people/audit_trail.h"
#include "people/people_service.h"
#include "people/plan_service.h"
#include "people/storm_service.h"
#include "sample_store.h"
#include "store/maintenance.h"
#include "store/open_store.h"
#include "store/shelter_repository.h"
#include "store/sqlite/database.h"
#include "store/ward_repository.h"
#include "support/faulty_vfs.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <functional>

namespace bosai {
namespace {

// Every table's rows, whole and in a fixed order, plus the schema version: equal snapshots mean equal databases.
std::string snapshot(const std::filesystem::path& file) {
  store::Database db(file, store::Database::Mode::kReadOnly);
  auto version = db.prepare("PRAGMA user_version");
  version.step();
  std::string out = "user_version " + version.column_text(0) + "\n";
  auto tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
  while (tables.step()) {
    const auto table = tables.column_text(0);
    auto info = db.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    info.bind(1, table);
    std::string row;
    while (info.step()) row += (row.empty() ? "" : " || ',' || ") + ("quote(\"" + info.column_text(0) + "\")");
    auto rows = db.prepare("SELECT " + row + " FROM \"" + table + "\" ORDER BY 1");
    out += "[" + table + "]\n";
    while (rows.step()) out += rows.column_text(0) + "\n";
  }
  return out;
}

class FaultInjection : public ::testing::TestWithParam<bool> {
 protected:
  std::filesystem::path file() const { return tmp_ / "ward.db"; }

  // Runs `operation` with the Nth file write failing for N = 1, 2 … until it succeeds, checking after every
  // failure that it left no trace. Each service writes, so the first fault must make it fail.
  void run_with_faults(const std::string& what, const std::function<void()>& operation) {
    for (long n = 1;; ++n) {
      ASSERT_LE(n, 400) << what << " never succeeded";
      const auto before = snapshot(file());
      vfs_.fail_at(n, /*persistent=*/GetParam());
      std::string error;
      try {
        operation();
      } catch (const std::exception& e) {
        error = e.what();
      }
      const bool fired = vfs_.fired();
      vfs_.disarm();
      expect_sound(what + ", fault at write " + std::to_string(n));
      if (error.empty()) {
        EXPECT_GT(n, 1) << what << " succeeded although its first write failed";
        EXPECT_NE(snapshot(file()), before) << what << " succeeded without writing anything";
        return;
      }
      ASSERT_TRUE(fired) << what << " failed without a fault: " << error;
      ASSERT_EQ(snapshot(file()), before) << what << ": a fault at write " << n << " (" << error
                                          << ") left a partial change";
    }
  }

  // What a second process would find: `bosai check` passes and the audit chain verifies.
  void expect_sound(const std::string& where) {
    auto reader = store::open_store(file(), store::OpenMode::kReadOnly);
    EXPECT_EQ(reader->maintenance().check(), std::vector<std::string>{}) << where;
    if (!session_) return;
    const auto audit = people::AuditTrail(reader->audit(), session_->keys()).verify();
    EXPECT_EQ(audit.problems, std::vector<std::string>{}) << where;
  }

  test::TempDir tmp_;
  test::FaultyVfs vfs_;  // before the store: every connection the test opens goes through it
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<people::Session> session_;
};

EvacuationPlan plan_for(long long person_id) {
  EvacuationPlan plan;
  plan.person_id = person_id;
  plan.hazard = PlanHazard::kStorm;
  plan.created_on = "2026-11-01";
  plan.last_checked_on = "2026-11-01";
  plan.next_review_on = "2027-11-01";
  plan.destination = Destination{DestinationKind::kShelter, "二子玉川東小学校", ""};
  plan.care.mobility = "車いす";
  return plan;
}

TEST_P(FaultInjection, EveryWritingServiceLeavesAllOrNothing) {
  store_ = store::open_store(file(), store::OpenMode::kCreate);
  const auto ward = test::sample_ward();
  run_with_faults("ward init", [&] { store_->atomically([&] { store_->wards().save(ward); }); });
  run_with_faults("people key setup",
                  [&] { people::set_up_people_key(*store_, people::Role::kWardStaff, test::kPassphrase); });
  session_ = test::staff_session(*store_);

  people::PeopleService people(*session_);
  const auto register_csv = test::sample_register(5);
  run_with_faults("people import", [&] { people.import_register(register_csv, "register.csv", false); });
  const auto person = people.list({}).front().id;

  people::PlanService plans(*session_);
  run_with_faults("plan set", [&] { plans.set(plan_for(person)); });

  people::StormService storm(*session_, PriorityWeights{});
  run_with_faults("storm round open", [&] { storm.open_round(people::StormArea{{}, std::nullopt, "ward"}); });
  run_with_faults("storm call record",
                  [&] { storm.record(person, people::CallOutcome::kNeedsTransport, "車いす、移送が必要"); });

  test::write_sample_shelters(tmp_ / "shelters.csv", 6);
  run_with_faults("shelter import", [&] { geo::import_shelters(*store_, {tmp_ / "shelters.csv"}, {}); });
  const auto shelter = store_->shelters().list().front().id;
  run_with_faults("shelter status change", [&] {
    store_->atomically([&] {
      store_->shelters().record_status(shelter, StatusChange{ShelterStatus::kOpen, "区職員", utc_timestamp(), ""});
    });
  });

  run_with_faults("audit logging of a read", [&] { people.get(person); });

  // One unit of work made of several services: closing a shelter, re-planning, logging the decision.
  run_with_faults("composite unit", [&] {
    store_->atomically([&] {
      store_->shelters().record_status(shelter, StatusChange{ShelterStatus::kClosed, "本部", utc_timestamp(), "浸水"});
      plans.set(plan_for(person));
      session_->audit().record(session_->role(), "close-shelter", "shelter:" + shelter, "re-planned 1 person");
    });
  });
}

INSTANTIATE_TEST_SUITE_P(Faults, FaultInjection, ::testing::Values(true, false),
                         [](const auto& info) { return info.param ? "Persistent" : "Transient"; });

}  // namespace
}  // namespace bosai
