// Protects drill time: while a drill runs on a simulated clock, everything the store stamps (audit entries,
// plan revisions, storm calls, shelter status history) carries exercise time, not the wall clock's.
#include "core/clock.h"
#include "people/people_service.h"
#include "people/plan_service.h"
#include "people/storm_service.h"
#include "sample_store.h"
#include "store/audit_repository.h"
#include "store/shelter_repository.h"
#include "store/storm_call_repository.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <map>

namespace bosai {
namespace {

using namespace std::chrono_literals;

Shelter school() {
  Shelter s;
  s.id = "X1311290001111";
  s.kind = ShelterKind::kDesignated;
  s.name = "二子玉川東小学校";
  s.position = GeoPoint{35.605146, 139.600331};
  return s;
}

TEST(DrillClock, StampsAuditPlansStormCallsAndStatusHistoryWithDrillTime) {
  // 2026-09-01 10:00 JST (防災の日), well away from the wall clock.
  DrillClock clock(parse_utc_timestamp("2026-09-01T01:00:00Z"));
  ScopedClock drill(clock);
  test::TempDir tmp;
  auto store = test::open_sample_store(tmp / "ward.db");
  auto session = test::staff_session(*store);
  people::PeopleService(*session).import_register(test::sample_register(3), "register.csv", false);

  clock.advance(15min);
  EvacuationPlan plan;
  plan.person_id = 1;
  plan.hazard = PlanHazard::kEarthquake;
  people::PlanService plans(*session);
  plans.set(plan);
  clock.advance(90s);
  plans.set(plan);

  clock.advance(1h);
  people::StormService storm(*session, PriorityWeights{});
  const auto round = storm.open_round(people::StormArea{{}, std::nullopt, "ward"});
  clock.advance(2min);
  storm.record(1, people::CallOutcome::kReached, "");

  store->atomically([&] { store->shelters().save({school()}); });
  clock.set(parse_utc_timestamp("2026-09-01T03:30:00Z"));
  store->atomically([&] {
    store->shelters().record_status(school().id, StatusChange{ShelterStatus::kOpen, "本部", utc_timestamp(), ""});
  });

  const auto history = plans.history(1, PlanHazard::kEarthquake);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].changed_at, "2026-09-01T01:15:00Z");
  EXPECT_EQ(history[1].changed_at, "2026-09-01T01:16:30Z");

  EXPECT_EQ(round.opened_at, "2026-09-01T02:16:30Z");
  EXPECT_EQ(store->storm_calls().latest_round()->opened_at, "2026-09-01T02:16:30Z");
  const auto calls = store->storm_calls().calls(round.round_id);
  ASSERT_FALSE(calls.empty());
  EXPECT_EQ(calls.front().recorded_at, "2026-09-01T02:18:30Z");

  const auto status = store->shelters().status_history(school().id);
  ASSERT_EQ(status.size(), 1u);
  EXPECT_EQ(status[0].changed_at, "2026-09-01T03:30:00Z");
  EXPECT_EQ(jst_display(status[0].changed_at), "2026-09-01 12:30 JST");

  // Every audit entry carries the drill time of its step: key setup and import at the start, the reads above last.
  std::map<std::string, std::string> at;
  for (const auto& e : store->audit().entries()) at[e.action] = e.at;  // the latest of each action
  EXPECT_EQ(at["setup-key"], "2026-09-01T01:00:00Z");
  EXPECT_EQ(at["import"], "2026-09-01T01:00:00Z");
  EXPECT_EQ(at["plan-set"], "2026-09-01T01:16:30Z");
  EXPECT_EQ(at["storm-calls"], "2026-09-01T02:16:30Z");
  EXPECT_EQ(at["storm-record"], "2026-09-01T02:18:30Z");
  EXPECT_EQ(at["plan-history"], "2026-09-01T03:30:00Z");
}

}  // namespace
}  // namespace bosai
