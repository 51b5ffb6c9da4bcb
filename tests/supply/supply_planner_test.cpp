// Protects the relief-supply plan a drill runs on: every unit of demand is either on exactly one route or
// reported unserved with a reason, vehicles stay within capacity, shift and receiving windows, the foot fleet
// takes what trucks cannot reach, every vehicle is either on a route or listed as standing by, the sheets get
// depot names, addresses and the day, and a re-plan keeps untouched routes and says what changed.
#include "supply/demand_model.h"
#include "supply/supply_planner.h"
#include "supply/straight_line_network.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

using namespace bosai::supply;
using bosai::GeoPoint;

namespace {

DemandRates water_only() {
  DemandRates r;
  r.default_shares["all"] = 1;
  r.items.push_back({"water", "飲料水", "Water", "L", "all", 3, false, false, 1.0, 1.0});
  return r;
}

SupplyStop stop(const std::string& id, double lat, double lon, long occupants, Minutes from = 8 * 60,
                Minutes until = 18 * 60) {
  SupplyStop s;
  s.shelter_id = id;
  s.name = id + "避難所";
  s.position = {lat, lon};
  s.population = {id, "", occupants, 0};
  s.receive_from = from;
  s.receive_until = until;
  s.unload_minutes = 10;
  return s;
}

FleetVehicle truck(const std::string& id, double kg = 2000) {
  FleetVehicle v;
  v.id = id;
  v.name = id;
  v.start_depot = v.end_depot = "d";
  v.capacity_kg = kg;
  v.capacity_l = kg;
  v.shift_start = 8 * 60;
  v.shift_end = 17 * 60;
  return v;
}

SupplyScenario scenario() {
  SupplyScenario s;
  s.name = "test";
  s.depots.push_back({"d", "倉庫", {35.640, 139.650}, {}});
  s.vehicles = {truck("t1"), truck("t2"), truck("t3")};
  s.stops = {stop("a", 35.645, 139.655, 300), stop("b", 35.650, 139.640, 200), stop("c", 35.635, 139.660, 250),
             stop("e", 35.655, 139.665, 150), stop("f", 35.630, 139.640, 400, 10 * 60, 12 * 60)};
  return s;
}

PlannerOptions fixed() {
  PlannerOptions o;
  o.time_limit_seconds = 5;
  o.max_iterations = 300;
  o.seed = 7;
  return o;
}

// Units of water per shelter: routed, and reported unserved.
std::map<std::string, long> routed(const SupplyPlan& plan) {
  std::map<std::string, long> out;
  for (const auto& r : plan.routes) {
    for (const auto& s : r.stops) out[s.shelter_id] += s.unload.count("water") ? s.unload.at("water") : 0;
  }
  return out;
}

std::map<std::string, long> unserved(const SupplyPlan& plan) {
  std::map<std::string, long> out;
  for (const auto& u : plan.unserved) out[u.shelter_id] += u.quantity.count("water") ? u.quantity.at("water") : 0;
  return out;
}

void expect_feasible(const SupplyScenario& s, const SupplyPlan& plan) {
  std::set<std::string> jobs;
  for (const auto& r : plan.routes) {
    double kg = 0;
    const FleetVehicle* v = nullptr;
    for (const auto& candidate : s.vehicles) {
      if (candidate.id == r.vehicle_id) v = &candidate;
    }
    ASSERT_NE(v, nullptr);
    EXPECT_GE(r.start, v->shift_start);
    EXPECT_LE(r.end, v->shift_end);
    Minutes previous = r.start;
    for (const auto& st : r.stops) {
      EXPECT_TRUE(jobs.insert(st.job_id).second) << st.job_id << " delivered twice";
      EXPECT_GE(st.arrival, st.window_from) << st.job_id;
      EXPECT_LE(st.arrival, st.window_until) << st.job_id;
      EXPECT_GE(st.arrival, previous);
      previous = st.departure;
      kg += st.weight_kg;
    }
    EXPECT_LE(kg, v->capacity_kg + 1e-6) << r.vehicle_id;
  }
}

}  // namespace

TEST(SupplyPlanner, EveryLitreIsRoutedOnceOrReportedWithinCapacityAndWindows) {
  const auto s = scenario();
  const auto rates = water_only();
  test::StraightLineNetwork net;
  const auto plan = SupplyPlanner(s, rates, net, fixed()).plan();
  expect_feasible(s, plan);
  const auto r = routed(plan);
  const auto u = unserved(plan);
  for (const auto& st : s.stops) {
    const long demand = compute_demand(st.population, rates).quantity.at("water");
    EXPECT_EQ(r.count(st.shelter_id) ? r.at(st.shelter_id) : 0, demand - (u.count(st.shelter_id) ? u.at(st.shelter_id) : 0))
        << st.shelter_id;
  }
  EXPECT_TRUE(plan.unserved.empty());  // 3 × 2 t carry 3,900 L comfortably
  EXPECT_GT(plan.total_distance_m, 0);
}

TEST(SupplyPlanner, ShelterLargerThanATruckIsSplitIntoSeveralLoads) {
  auto s = scenario();
  s.stops = {stop("big", 35.645, 139.655, 1500)};  // 4,500 L with 2,000 kg trucks
  test::StraightLineNetwork net;
  const auto plan = SupplyPlanner(s, water_only(), net, fixed()).plan();
  expect_feasible(s, plan);
  EXPECT_EQ(routed(plan)["big"], 4500);
  int loads = 0;
  for (const auto& r : plan.routes) loads += static_cast<int>(r.stops.size());
  EXPECT_EQ(loads, 3);
}

TEST(SupplyPlanner, StockShortageIsRationedAndReported) {
  auto s = scenario();
  s.depots[0].stock["water"] = 1300;  // demand is 3,900 L
  test::StraightLineNetwork net;
  const auto plan = SupplyPlanner(s, water_only(), net, fixed()).plan();
  long total = 0;
  for (const auto& [shelter, units] : routed(plan)) total += units;
  EXPECT_LE(total, 1300);
  bool reported = false;
  for (const auto& u : plan.unserved) reported |= u.reason.find("stock") != std::string::npos;
  EXPECT_TRUE(reported);
}

TEST(SupplyPlanner, FootFleetServesWhatTrucksCannotReach) {
  auto s = scenario();
  FleetVehicle cart = truck("cart", 200);
  cart.mobility = Mobility::kFoot;
  cart.speed_kmh = 4;
  s.vehicles.push_back(cart);
  s.stops = {stop("a", 35.645, 139.655, 300), stop("hill", 35.642, 139.652, 50)};
  test::StraightLineNetwork net;
  net.road_blocked = {s.stops[1].position};
  const auto plan = SupplyPlanner(s, water_only(), net, fixed()).plan();
  expect_feasible(s, plan);
  bool cart_went = false;
  for (const auto& r : plan.routes) {
    for (const auto& st : r.stops) {
      if (st.shelter_id == "hill") {
        EXPECT_EQ(r.vehicle_id, "cart");
        cart_went = true;
      }
    }
  }
  EXPECT_TRUE(cart_went);
}

// The solver reports used vehicles only; the drivers of the others must still be told to stand by.
TEST(SupplyPlanner, EveryVehicleIsOnARouteOrStandsByAtItsDepot) {
  auto s = scenario();
  s.date = "2026-12-01";
  s.vehicles.push_back(truck("t4"));
  s.vehicles.back().start_depot = s.vehicles.back().end_depot = "hub";
  s.vehicles.back().shift_start = 9 * 60;
  s.depots.push_back({"hub", "輸送拠点", {35.633, 139.620}, {}});
  s.stops = {stop("a", 35.645, 139.655, 100)};  // 300 L: one truck is plenty
  s.stops[0].address = "東京都世田谷区池尻2-3-4";
  test::StraightLineNetwork net;
  const auto plan = SupplyPlanner(s, water_only(), net, fixed()).plan();
  EXPECT_EQ(plan.date, "2026-12-01");
  ASSERT_EQ(plan.routes.size(), 1u);
  EXPECT_EQ(plan.routes[0].start_depot_name, "倉庫");
  EXPECT_EQ(plan.routes[0].end_depot_name, "倉庫");
  ASSERT_EQ(plan.routes[0].stops.size(), 1u);
  EXPECT_EQ(plan.routes[0].stops[0].address, "東京都世田谷区池尻2-3-4");
  std::set<std::string> everyone{plan.routes[0].vehicle_id};
  for (const auto& idle : plan.idle) {
    EXPECT_TRUE(everyone.insert(idle.vehicle_id).second) << idle.vehicle_id << " both drives and stands by";
    EXPECT_TRUE(idle.stops.empty());
    EXPECT_EQ(idle.distance_m, 0);
  }
  EXPECT_EQ(everyone, (std::set<std::string>{"t1", "t2", "t3", "t4"}));
  const auto t4 = std::find_if(plan.idle.begin(), plan.idle.end(), [](const DriverRoute& r) { return r.vehicle_id == "t4"; });
  ASSERT_NE(t4, plan.idle.end());  // t4 starts furthest away and late: never the one sent
  EXPECT_EQ(t4->start_depot, "hub");
  EXPECT_EQ(t4->start_depot_name, "輸送拠点");
  EXPECT_EQ(t4->start, 9 * 60);
  EXPECT_EQ(t4->end, 17 * 60);
}

TEST(SupplyPlanner, UnreachableShelterIsReportedWithReason) {
  auto s = scenario();
  test::StraightLineNetwork net;
  net.all_blocked = {s.stops[0].position};
  const auto plan = SupplyPlanner(s, water_only(), net, fixed()).plan();
  ASSERT_EQ(plan.unserved.size(), 1u);
  EXPECT_EQ(plan.unserved[0].shelter_id, "a");
  EXPECT_NE(plan.unserved[0].reason.find("reachable"), std::string::npos);
}

TEST(SupplyReplan, NothingHappenedChangesNothing) {
  const auto s = scenario();
  const auto rates = water_only();
  test::StraightLineNetwork net;
  SupplyPlanner planner(s, rates, net, fixed());
  const auto plan = planner.plan();
  PlanChanges changes;
  const auto again = planner.replan(plan, {plan.planned_at, {}, {}}, changes);
  ASSERT_EQ(changes.routes.size(), plan.routes.size());
  EXPECT_EQ(again.routes.size(), plan.routes.size());
  for (const auto& c : changes.routes) EXPECT_EQ(c.kind, RouteChange::Kind::unchanged) << c.vehicle_id;
  EXPECT_TRUE(changes.newly_unserved.empty());
}

TEST(SupplyReplan, BrokenVehicleLoadsMoveAndOtherRoutesOnlyGain) {
  const auto s = scenario();
  const auto rates = water_only();
  test::StraightLineNetwork net;
  SupplyPlanner planner(s, rates, net, fixed());
  const auto plan = planner.plan();
  ASSERT_FALSE(plan.routes.empty());
  const std::string broken = plan.routes[0].vehicle_id;
  std::set<std::string> its_jobs;
  for (const auto& st : plan.routes[0].stops) its_jobs.insert(st.job_id);

  PlanChanges changes;
  const auto revised = planner.replan(plan, {plan.planned_at, {broken}, {}}, changes);
  expect_feasible(s, revised);
  for (const auto& r : revised.routes) EXPECT_NE(r.vehicle_id, broken);
  for (const auto& r : revised.idle) EXPECT_NE(r.vehicle_id, broken);  // broken down is not standing by
  for (const auto& c : changes.routes) {
    if (c.vehicle_id == broken) {
      EXPECT_EQ(c.kind, RouteChange::Kind::cancelled);
      continue;
    }
    // Others may take over the broken vehicle's loads, but keep their own.
    for (const auto& removed : c.removed_jobs) ADD_FAILURE() << c.vehicle_id << " lost " << removed;
    for (const auto& added : c.added_jobs) EXPECT_TRUE(its_jobs.count(added)) << added;
  }
  std::set<std::string> accounted;
  for (const auto& r : revised.routes) {
    for (const auto& st : r.stops) accounted.insert(st.job_id);
  }
  for (const auto& u : revised.unserved) accounted.insert(u.job_id);
  for (const auto& id : its_jobs) EXPECT_TRUE(accounted.count(id)) << id << " vanished";
}

TEST(SupplyReplan, DemandJumpAddsLoadsForTheDifferenceOnly) {
  const auto s = scenario();
  const auto rates = water_only();
  test::StraightLineNetwork net;
  SupplyPlanner planner(s, rates, net, fixed());
  const auto plan = planner.plan();
  PlanChanges changes;
  ReplanEvents events{plan.planned_at, {}, {{"b", {"b", "", 200, 300}}}};  // 300 home evacuees come for water
  const auto revised = planner.replan(plan, events, changes);
  expect_feasible(s, revised);
  EXPECT_EQ(routed(revised)["b"] + unserved(revised)["b"], (200 + 300) * 3);
  EXPECT_EQ(routed(revised)["a"], 900);
}

TEST(SupplyReplan, DeliveredLoadsStayDeliveredAndVehiclesContinueFromWhereTheyAre) {
  const auto s = scenario();
  const auto rates = water_only();
  test::StraightLineNetwork net;
  SupplyPlanner planner(s, rates, net, fixed());
  const auto plan = planner.plan();
  // Half-way through the first route.
  const auto& first = plan.routes[0];
  ASSERT_FALSE(first.stops.empty());
  const Minutes now = first.stops[0].departure;
  PlanChanges changes;
  const auto revised = planner.replan(plan, {now, {}, {}}, changes);
  ASSERT_FALSE(revised.routes.empty());
  for (const auto& r : revised.routes) {
    EXPECT_GE(r.start, now);
    for (const auto& st : r.stops) EXPECT_NE(st.job_id, first.stops[0].job_id) << "delivered twice";
  }
}
