// Protects the supply side of a drill: a fire closing the roads around a shelter, its damage and a broken-down
// truck re-plan the relief-supply routes at once; the plan stored is the one a fresh `bosai supply replan` gives
// on the same edited world (closed area, vehicle down, head counts); stock lost at a depot is rationed and
// reported; a decision that sends people is priced against the optimum.
#include "core/error.h"
#include "core/progress.h"
#include "services/drill_run.h"
#include "services/drill_supply.h"
#include "services/supply_run.h"
#include "services/sample_ward.h"
#include "supply/supply_plan_json.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace bosai;
using nlohmann::json;

namespace {

// 池尻南小学校 (X1311290118111, 35.655854, 139.686351) with its roads inside the fire.
const std::string kScenario = R"([scenario]
name = "物資テスト訓練"
hazard = "earthquake"
start = "2026-12-10 17:30"
districts = ["池尻"]
roads = "ROADS"
population = "POPULATION"
supply = "SUPPLY"
supply_clock = "09:00"

[[inject]]
id = "fire"
at = "0:40"
kind = "road_closure"
area = [[35.6575, 139.6840], [35.6575, 139.6890], [35.6540, 139.6890], [35.6540, 139.6840]]
synopsis = "池尻南小学校の周りで延焼"
respond_by = "1:00"

[[inject]]
id = "damage"
at = "0:40"
kind = "shelter_status"
shelter = "X1311290118111"
status = "damaged"
synopsis = "池尻南小学校の体育館が使えない"

[[inject]]
id = "truck"
at = "0:40"
kind = "vehicle_down"
vehicle = "truck-1"
synopsis = "4tトラック1号が故障"

[[inject]]
id = "water-lost"
at = "1:00"
kind = "supply_shortage"
depot = "ward-stockpile"
item = "water"
amount = 11000
synopsis = "備蓄倉庫の水が棚の倒壊で使えない"
)";

class DrillSupply : public ::testing::Test {
 protected:
  std::filesystem::path scenario() { return ward.drill_scenario(kScenario); }
  std::vector<json> supply_events(long id) {
    std::vector<json> out;
    for (const auto& e : ward.store().drills().events(id)) {
      const auto body = json::parse(e.body);
      if (e.kind == "replan" && body.value("model", "") == "supply") out.push_back(body);
    }
    return out;
  }
  test::SampleWard ward;
};

bool serves(const json& plan, const std::string& shelter) {
  for (const auto& r : plan["routes"]) {
    for (const auto& s : r["stops"]) {
      if (s["shelter"] == shelter) return true;
    }
  }
  return false;
}

}  // namespace

TEST_F(DrillSupply, AFireAndABrokenTruckReplanTheRoutesAsAFreshReplanWould) {
  const long id = services::start_drill(ward.store(), scenario(), no_progress());
  services::advance_drill(ward.store(), id, 40, no_progress());
  const auto plans = supply_events(id);
  ASSERT_EQ(plans.size(), 2u) << "the baseline at 0:00 and one re-plan for the minute's three injects";
  const auto& base = plans[0];
  const auto& after = plans[1];
  EXPECT_EQ(base["at"], "09:00") << "drill 0:00 is the supply day's 09:00 (supply_clock)";
  EXPECT_EQ(after["at"], "09:40");
  EXPECT_EQ(after["after"], "fire,damage,truck");
  EXPECT_TRUE(serves(base["plan"], "X1311290118111")) << "the school is supplied before the fire";
  EXPECT_FALSE(serves(after["plan"], "X1311290118111")) << "nothing is driven to a damaged school";
  for (const auto& r : after["plan"]["routes"]) EXPECT_NE(r["vehicle"], "truck-1");
  bool truck_had_round = false, truck_cancelled = false;
  for (const auto& r : base["plan"]["routes"]) truck_had_round = truck_had_round || r["vehicle"] == "truck-1";
  for (const auto& r : after["routes"]) truck_cancelled = truck_cancelled || (r["vehicle"] == "truck-1" && r["change"] == "cancelled");
  ASSERT_TRUE(truck_had_round);
  EXPECT_TRUE(truck_cancelled) << "the broken truck's round is called off, and said so";

  // The same world afresh, as `bosai supply replan` takes it: the previous plan as a file, the fire's area as a
  // file, the truck down and the drill's head counts.
  const std::filesystem::path dir = ward.dir().path();
  std::ofstream(dir / "previous.json") << base["plan"].dump();
  std::ofstream(dir / "fire.geojson")
      << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"fire"},"geometry":)"
         R"({"type":"Polygon","coordinates":[[[139.6840,35.6575],[139.6890,35.6575],[139.6890,35.6540],[139.6840,35.6540],[139.6840,35.6575]]]}}]})";
  services::SupplyRequest rq;
  rq.scenario = test::SampleWard::sample("drills/sample-supply.toml");
  const auto options = services::drill_planner_options();
  rq.time_limit_seconds = options.time_limit_seconds;
  rq.max_iterations = options.max_iterations;
  rq.seed = options.seed;
  rq.closed_areas = {(dir / "fire.geojson").string()};
  services::SupplyEvents events;
  events.at = "09:40";
  events.vehicles_down = {"truck-1"};
  for (const auto& [shelter, counts] : after["head_counts"].items()) {
    services::parse_population(shelter + "=" + std::to_string(counts[0].get<long>()) + ":" +
                                   std::to_string(counts[1].get<long>()),
                               events);
  }
  EXPECT_EQ(after["head_counts"]["X1311290118111"], json::array({0, 0})) << "a damaged school receives nothing";
  const auto fresh = services::replan_supply(rq, dir / "previous.json", events, no_progress());
  EXPECT_EQ(supply::supply_plan_json(fresh.plan), after["plan"]);
}

TEST_F(DrillSupply, StockLostAtTheDepotIsRationedAndReportedUnserved) {
  const long id = services::start_drill(ward.store(), scenario(), no_progress());
  services::advance_drill(ward.store(), id, 60, no_progress());
  const auto plans = supply_events(id);
  ASSERT_EQ(plans.size(), 3u);
  EXPECT_EQ(plans[2]["after"], "water-lost");
  bool short_reported = false;
  for (const auto& u : plans[2]["plan"]["unserved"]) {
    short_reported = short_reported || u["reason"].get<std::string>().find("備蓄在庫が不足") != std::string::npos;
  }
  EXPECT_TRUE(short_reported) << "water the depot no longer has is reported, not silently dropped";
  EXPECT_FALSE(plans[2]["newly_unserved"].empty());
}

TEST_F(DrillSupply, ADecisionThatSendsPeopleIsPricedAgainstTheOptimum) {
  const long id = services::start_drill(ward.store(), scenario(), no_progress());
  services::advance_drill(ward.store(), id, 40, no_progress());
  // The optimum moved the damaged school's people elsewhere; the room sends 50 of them to 池尻東小学校.
  const auto price = services::log_decision(ward.store(), id, "damage", "本部", "南小の避難者を東小へ",
                                            services::SentPeople{50, "池尻南小学校", "池尻東小学校"}, no_progress());
  ASSERT_TRUE(price);
  EXPECT_EQ(price->priced, 50);
  EXPECT_GT(price->decision_km, 0);
  EXPECT_GT(price->optimum_km, 0);
  const auto events = ward.store().drills().events(id);
  const auto body = json::parse(events.back().body);
  EXPECT_EQ(body["sent"]["to"], "X1311290116111");
  EXPECT_NE(body["price"]["text"].get<std::string>().find("人・km"), std::string::npos);
  EXPECT_THROW(services::log_decision(ward.store(), id, "damage", "本部", "x",
                                      services::SentPeople{10, "存在しない学校", "池尻東小学校"}, no_progress()),
               InputError);
}
