// Protects the supply re-plan as a service: head counts typed as SHELTER=OCCUPANTS[:HOME] are read or refused
// naming the field, drill events are checked against the scenario before anything is planned (errors name the
// field), and a broken-down truck's loads move to others.
#include "services/supply_run.h"

#include "core/error.h"
#include "services/output_files.h"
#include "services/sample_ward.h"
#include "supply/supply_plan_json.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

namespace bosai {
namespace {

using test::SampleWard;

services::SupplyRequest sample_request() {
  services::SupplyRequest request;
  request.scenario = SampleWard::sample("drills/sample-supply.toml");
  request.time_limit_seconds = 2;
  request.max_iterations = 300;
  return request;
}

std::string field_of(const std::function<void()>& work) {
  try {
    work();
  } catch (const InputError& e) {
    return e.field();
  }
  return "(accepted)";
}

TEST(SupplyReplan, EventsAreCheckedAgainstTheScenarioNamingTheField) {
  test::TempDir dir;
  const auto plan = services::plan_supply(sample_request(), no_progress());
  services::write_file(dir / "plan.json", supply::supply_plan_json(plan).dump());
  auto replan = [&](services::SupplyEvents events) {
    return [&, events] { services::replan_supply(sample_request(), dir / "plan.json", events, no_progress()); };
  };
  EXPECT_EQ(field_of(replan({"25:99", {}, {}})), "at");
  EXPECT_EQ(field_of(replan({"10:30", {"no-such-truck"}, {}})), "vehicle_down");
  EXPECT_EQ(field_of(replan({"10:30", {}, {{"X0", {10, std::nullopt}}}})), "population");
  EXPECT_EQ(field_of(replan({"10:30", {}, {{plan.routes.front().stops.front().shelter_id, {-1, std::nullopt}}}})),
            "population");
}

TEST(SupplyReplan, HeadCountsAreReadFromShelterEqualsCounts) {
  services::SupplyEvents events;
  services::parse_population("E1=650:400", events);
  services::parse_population("E2=30", events);
  services::parse_population("E1=700", events);  // a later count replaces only what it gives
  EXPECT_EQ(events.head_counts.at("E1"), (std::pair<long, std::optional<long>>{700, 400}));
  EXPECT_EQ(events.head_counts.at("E2"), (std::pair<long, std::optional<long>>{30, std::nullopt}));
  services::parse_population("E2=0:5", events);
  EXPECT_EQ(events.head_counts.at("E2"), (std::pair<long, std::optional<long>>{0, 5}));
}

TEST(SupplyReplan, AMalformedHeadCountNamesTheFieldAndQuotesTheText) {
  for (const std::string text : {"E1", "E1=", "E1=many", "E1=-3", "E1=10:", "E1=10:x", "E1=1.5", "E1=10:4:2"}) {
    services::SupplyEvents events;
    try {
      services::parse_population(text, events);
      ADD_FAILURE() << text << " was accepted";
    } catch (const InputError& e) {
      EXPECT_EQ(e.field(), "population") << text;
      EXPECT_EQ(e.file(), "") << text;
      EXPECT_EQ(e.message().rfind(text + ": ", 0), 0u) << e.what();
    }
  }
}

TEST(SupplyReplan, ABrokenTruckLosesItsUndeliveredLoadsToOthers) {
  test::TempDir dir;
  const auto plan = services::plan_supply(sample_request(), no_progress());
  ASSERT_FALSE(plan.routes.empty());
  services::write_file(dir / "plan.json", supply::supply_plan_json(plan).dump());
  const std::string broken = plan.routes.front().vehicle_id;
  const auto result = services::replan_supply(sample_request(), dir / "plan.json", {"08:00", {broken}, {}}, no_progress());
  for (const auto& route : result.plan.routes) {
    if (route.vehicle_id == broken) EXPECT_TRUE(route.stops.empty()) << broken << " broke down at 08:00";
  }
  bool changed = false;
  for (const auto& r : result.changes.routes) changed = changed || r.kind != supply::RouteChange::Kind::unchanged;
  EXPECT_TRUE(changed);
}

TEST(SupplyPlan, CancelBeforeTheSearchPlansNothing) {
  Progress progress;
  progress.cancel();
  EXPECT_THROW(services::plan_supply(sample_request(), progress), Cancelled);
}

}  // namespace
}  // namespace bosai
