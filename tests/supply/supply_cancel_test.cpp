// Protects stopping a supply plan from outside: a drill controller or a GUI button cancels from its own thread
// while the planner works (with a time limit long enough that only the cancel can end it), and the planner
// stops with bosai::Cancelled instead of a plan. How fast it stops is measured in bench/vrp_limits_bench.cpp (on the shipped sample's real roads).
#include "supply/supply_planner.h"
#include "supply/straight_line_network.h"
#include "support/stage_watch.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>

using namespace bosai::supply;

namespace {

using bosai::test::StageWatch;

SupplyScenario many_shelters() {
  SupplyScenario s;
  s.name = "cancel";
  s.depots.push_back({"d", "倉庫", {35.640, 139.650}, {}});
  for (int v = 0; v < 8; ++v) {
    FleetVehicle truck;
    truck.id = truck.name = "t" + std::to_string(v);
    truck.start_depot = truck.end_depot = "d";
    truck.capacity_kg = truck.capacity_l = 2000;
    truck.shift_start = 8 * 60;
    truck.shift_end = 20 * 60;
    s.vehicles.push_back(truck);
  }
  for (int i = 0; i < 60; ++i) {
    SupplyStop stop;
    stop.shelter_id = "s" + std::to_string(i);
    stop.name = stop.shelter_id;
    stop.position = {35.60 + 0.001 * (i % 10) * 8, 139.60 + 0.001 * (i / 10) * 15};
    stop.population = {stop.shelter_id, "", 100 + 7L * i, 0};
    stop.receive_from = 8 * 60;
    stop.receive_until = 20 * 60;
    stop.unload_minutes = 10;
    s.stops.push_back(stop);
  }
  return s;
}

DemandRates water() {
  DemandRates r;
  r.default_shares["all"] = 1;
  r.items.push_back({"water", "飲料水", "Water", "L", "all", 3, false, false, 1.0, 1.0});
  return r;
}

void expect_cancel_stops(const std::string& trigger, bool replan) {
  const SupplyScenario scenario = many_shelters();
  const DemandRates rates = water();
  test::StraightLineNetwork network;
  PlannerOptions options;
  options.time_limit_seconds = 600;  // only the cancel can end this run within the test's lifetime
  SupplyPlanner planner(scenario, rates, network, options);
  SupplyPlan previous;
  if (replan) {
    PlannerOptions quick = options;
    quick.max_iterations = 50;
    previous = SupplyPlanner(scenario, rates, network, quick).plan();
  }
  StageWatch progress(trigger);
  std::thread button([&] {
    progress.wait();
    progress.cancel();
  });
  PlanChanges changes;
  if (replan) {
    EXPECT_THROW(planner.replan(previous, {12 * 60, {}, {}}, changes, progress), bosai::Cancelled);
  } else {
    EXPECT_THROW(planner.plan(progress), bosai::Cancelled);
  }
  button.join();
}

TEST(SupplyCancel, ACancelDuringTheSearchStopsThePlan) { expect_cancel_stops("searching", false); }

TEST(SupplyCancel, ACancelAsTheFleetIsAnnouncedStopsBeforeAnyRoute) { expect_cancel_stops("road fleet", false); }

TEST(SupplyCancel, ACancelStopsAReplanToo) { expect_cancel_stops("searching", true); }

}  // namespace
