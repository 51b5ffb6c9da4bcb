// Protects the relief-supply plan a drill runs on: every unit of demand is either on exactly one route or
// reported unserved with a reason, vehicles stay within capacity, shift and receiving windows, the foot fleet
// takes what trucks cannot reach, every vehicle is either on a route or listed as standing by, the sheets get
// depot names, addresses and the day, and a re-plan keeps untouched routes, stays within the depot stock left
// and says what changed.
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

const std::string kStockShort = "備蓄在庫が不足";

// Units of water per shelter reported short of depot stock, and how many such entries each shelter has.
std::map<std::string, long> stock_short(const SupplyPlan& plan, std::map<std::string, int>* entries = nullptr) {
  std::map<std::string, long> out;
  for (const auto& u : plan.unserved) {
    if (u.reason.find(kStockShort) == std::string::npos) continue;
    out[u.shelter_id] += u.quantity.count("water") ? u.quantity.at("water") : 0;
    if (entries) ++(*entries)[u.shelter_id];
  }
  return out;
}

// Units of water per shelter already unloaded at `now`.
std::map<std::string, long> delivered_by(const SupplyPlan& plan, Minutes now) {
  std::map<std::string, long> out;
  for (const auto& r : plan.routes) {
    for (const auto& s : r.stops) {
      if (s.arrival <= now) out[s.shelter_id] += s.unload.count("water") ? s.unload.at("water") : 0;
    }
  }
  return out;
}

long water_demand(const SupplyStop& st) { return compute_demand(st.population, water_only()).quantity.at("water"); }

void expect_unique_unserved_ids(const SupplyPlan& plan) {
  std::set<std::string> ids;
  for (const auto& u : plan.unserved) EXPECT_TRUE(ids.insert(u.job_id).second) << u.job_id << " listed twice";
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

// Protects the mid-day supply_shortage inject: stock lost at the depot rations only the loads still to go,
// every shelter alike, and the shortfall is reported for staff to act on; what already reached a shelter is
// neither taken back nor rationed again, and nothing beyond the stock is planned.
TEST(SupplyReplan, LoweredStockRationsTheLoadsStillToGoAndReportsTheShortfall) {
  auto s = scenario();
  s.depots[0].stock["water"] = 3900;  // just enough for the morning plan
  const auto rates = water_only();
  test::StraightLineNetwork net;
  const auto plan = SupplyPlanner(s, rates, net, fixed()).plan();
  ASSERT_TRUE(plan.unserved.empty());
  const Minutes now = plan.routes[0].stops[0].departure;
  const auto given = delivered_by(plan, now);
  long given_total = 0;
  for (const auto& [shelter, units] : given) given_total += units;
  ASSERT_GT(given_total, 0);
  ASSERT_LT(given_total, 3900);
  std::set<std::string> delivered_jobs;
  for (const auto& r : plan.routes) {
    for (const auto& st : r.stops) {
      if (st.arrival <= now) delivered_jobs.insert(st.job_id);
    }
  }

  // Half of what is still to go is lost. Every shelter gets one even load (3 L a head), so halving is exact.
  auto lowered = s;
  lowered.depots[0].stock["water"] = given_total + (3900 - given_total) / 2;
  PlanChanges changes;
  const auto revised = SupplyPlanner(lowered, rates, net, fixed()).replan(plan, {now, {}, {}}, changes);
  expect_feasible(lowered, revised);
  expect_unique_unserved_ids(revised);
  for (const auto& r : revised.routes) {
    for (const auto& st : r.stops) EXPECT_FALSE(delivered_jobs.count(st.job_id)) << st.job_id << " delivered twice";
  }
  auto r = routed(revised);
  auto short_by = stock_short(revised);
  EXPECT_EQ(unserved(revised), short_by);  // nothing short for another reason
  const std::set<std::string> newly(changes.newly_unserved.begin(), changes.newly_unserved.end());
  long total = given_total;
  for (const auto& st : s.stops) {
    const std::string& id = st.shelter_id;
    const long left = water_demand(st) - (given.count(id) ? given.at(id) : 0);
    EXPECT_EQ(r[id], left / 2) << id;
    EXPECT_EQ(short_by[id], left - left / 2) << id;
    EXPECT_EQ(newly.count(id + "#short"), left > 0 ? 1u : 0u) << id;
    total += r[id];
  }
  EXPECT_EQ(total, lowered.depots[0].stock.at("water"));
}

// Protects routes from a stock check that misfires: with stock enough for everything still to go, a re-plan
// mid-route trims no load and reports nothing short (what was delivered counts against the stock once).
TEST(SupplyReplan, StockThatStillSufficesChangesNoLoad) {
  auto s = scenario();
  s.depots[0].stock["water"] = 3900;  // exactly the demand
  const auto rates = water_only();
  test::StraightLineNetwork net;
  SupplyPlanner planner(s, rates, net, fixed());
  const auto plan = planner.plan();
  ASSERT_TRUE(plan.unserved.empty());
  const Minutes now = plan.routes[0].stops[0].departure;
  std::map<std::string, std::map<std::string, long>> to_go;  // job id → its load
  for (const auto& r : plan.routes) {
    for (const auto& st : r.stops) {
      if (st.arrival > now) to_go[st.job_id] = st.unload;
    }
  }
  ASSERT_FALSE(to_go.empty());

  PlanChanges changes;
  const auto revised = planner.replan(plan, {now, {}, {}}, changes);
  EXPECT_TRUE(revised.unserved.empty());
  EXPECT_TRUE(changes.newly_unserved.empty());
  std::map<std::string, std::map<std::string, long>> after;
  for (const auto& r : revised.routes) {
    for (const auto& st : r.stops) after[st.job_id] = st.unload;
  }
  EXPECT_EQ(after, to_go);
}

// Protects the one-entry-per-shelter rule that newly_unserved and the sheets rely on: a shelter short before
// and shorter now keeps a single stock-short entry holding both shortfalls, and no unit is lost or counted
// twice.
TEST(SupplyReplan, ShortBeforeAndShorterNowKeepsOneStockShortEntryPerShelter) {
  auto s = scenario();
  s.depots[0].stock["water"] = 1950;  // half the demand
  const auto rates = water_only();
  test::StraightLineNetwork net;
  const auto plan = SupplyPlanner(s, rates, net, fixed()).plan();
  ASSERT_EQ(stock_short(plan).size(), s.stops.size());

  auto lowered = s;
  lowered.depots[0].stock["water"] = 975;
  PlanChanges changes;
  const auto revised = SupplyPlanner(lowered, rates, net, fixed()).replan(plan, {plan.planned_at, {}, {}}, changes);
  expect_feasible(lowered, revised);
  expect_unique_unserved_ids(revised);
  EXPECT_TRUE(changes.newly_unserved.empty());  // the same entries, grown
  std::map<std::string, int> entries;
  const auto short_by = stock_short(revised, &entries);
  auto r = routed(revised);
  long total = 0;
  for (const auto& st : s.stops) {
    EXPECT_EQ(entries[st.shelter_id], 1) << st.shelter_id;
    EXPECT_EQ(r[st.shelter_id] + short_by.at(st.shelter_id), water_demand(st)) << st.shelter_id;
    total += r[st.shelter_id];
  }
  EXPECT_LE(total, 975);
  EXPECT_GT(total, 975 - static_cast<long>(s.stops.size()));  // rounding down loses less than a unit a shelter
}

// Protects against counting a shortfall twice: a new head count asks for the shelter's whole demand again,
// so the shortfall carried from the previous plan is replaced by the new one, not added to it.
TEST(SupplyReplan, HeadCountRiseAtAStockShortShelterCountsItsShortfallOnce) {
  auto s = scenario();
  s.depots[0].stock["water"] = 1950;
  const auto rates = water_only();
  test::StraightLineNetwork net;
  SupplyPlanner planner(s, rates, net, fixed());
  const auto plan = planner.plan();
  PlanChanges changes;
  ReplanEvents events{plan.planned_at, {}, {{"b", {"b", "", 200, 300}}}};  // 300 home evacuees come for water
  const auto revised = planner.replan(plan, events, changes);
  expect_feasible(s, revised);
  expect_unique_unserved_ids(revised);
  auto r = routed(revised);
  auto u = unserved(revised);
  long total = 0;
  for (const auto& st : s.stops) {
    const long demand = st.shelter_id == "b" ? (200 + 300) * 3 : water_demand(st);
    EXPECT_EQ(r[st.shelter_id] + u[st.shelter_id], demand) << st.shelter_id;
    total += r[st.shelter_id];
  }
  EXPECT_LE(total, 1950);
}

// A drill re-plans its own re-plans: what the trucks of the first revision had delivered must still count in
// the second, or the shelters are asked for again and the stock looks fuller than it is.
TEST(SupplyReplan, ASecondReplanStillCountsWhatTheFirstHadDelivered) {
  auto s = scenario();
  s.depots[0].stock["water"] = 3900;
  const auto rates = water_only();
  test::StraightLineNetwork net;
  const auto plan = SupplyPlanner(s, rates, net, fixed()).plan();
  const Minutes first = plan.routes[0].stops[0].departure;
  PlanChanges changes;
  const auto once = SupplyPlanner(s, rates, net, fixed()).replan(plan, {first, {}, {}}, changes);
  const auto before_first = delivered_by(plan, first);
  long delivered_total = 0;
  for (const auto& [shelter, units] : before_first) delivered_total += units;
  ASSERT_GT(delivered_total, 0);
  long recorded = 0;
  for (const auto& [shelter, items] : once.delivered) recorded += items.count("water") ? items.at("water") : 0;
  EXPECT_EQ(recorded, delivered_total);

  const auto twice = SupplyPlanner(s, rates, net, fixed()).replan(once, {first + 1, {}, {}}, changes);
  long total = 0;
  for (const auto& [shelter, items] : twice.delivered) total += items.count("water") ? items.at("water") : 0;
  for (const auto& [shelter, units] : routed(twice)) total += units;
  EXPECT_EQ(total, 3900);  // every litre of demand once: delivered, or still on a route
  EXPECT_TRUE(unserved(twice).empty());
}
