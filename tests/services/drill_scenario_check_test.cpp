// Protects what only the store can tell about a drill scenario: the 地区, shelters, depots and vehicles it names
// exist; the plan and manual versions it pins are stored; each objective ref names a section of the pinned
// version. Each refusal points at the scenario's line and key. A scenario that passes carries the 共通ID of
// every shelter it names and the area of every closure, so the drill never looks a name up again.
#include "core/error.h"
#include "drills/scenario_reader.h"
#include "services/community_documents.h"
#include "services/drill_scenario_check.h"
#include "services/road_network.h"
#include "core/progress.h"
#include "services/sample_ward.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

using namespace bosai;

namespace {

const std::string kScenario = R"([scenario]
name = "テスト"
hazard = "earthquake"
start = "2026-12-10 17:30"
districts = ["池尻", "taishido"]
roads = "../maps/sample-roads.geojson"
supply = "sample-supply.toml"
plan = ["池尻@1"]
manual = ["池尻東小学校@1"]

[[objective]]
id = "routes"
title = "経路"
refs = ["plan:池尻#response", "manual:池尻東小学校#card-general-initial"]

[[inject]]
id = "fire"
at = "0:40"
kind = "road_closure"
area = [[35.6510, 139.6850], [35.6510, 139.6890], [35.6480, 139.6890], [35.6480, 139.6850]]
synopsis = "延焼"

[[inject]]
id = "damage"
at = "0:50"
kind = "shelter_status"
shelter = "池尻南小学校"
status = "damaged"
synopsis = "天井が落ちた"

[[inject]]
id = "short"
at = "1:00"
kind = "supply_shortage"
depot = "ward-stockpile"
item = "water"
amount = 500
synopsis = "水が足りない"

[[inject]]
id = "truck"
at = "1:10"
kind = "vehicle_down"
vehicle = "truck-2"
synopsis = "パンク"
)";

class DrillScenarioCheck : public ::testing::Test {
 protected:
  void SetUp() override {
    services::import_document(ward.store(), DocumentKind::kDistrictPlan, test::SampleWard::sample("plans/district-plans/ikejiri.md"));
    services::import_document(ward.store(), DocumentKind::kShelterManual, test::SampleWard::sample("plans/manuals/ikejiri-higashi.md"));
  }
  services::CheckedDrill check(const std::string& text) {
    return services::check_drill_scenario(
        ward.store(), drills::parse_drill_scenario(text, "drill.toml", test::SampleWard::sample("drills")));
  }
  std::string refusal(const std::string& text) {
    try {
      check(text);
    } catch (const InputError& e) {
      EXPECT_EQ(e.file(), "drill.toml");
      return std::to_string(e.line()) + ": " + e.field();
    }
    return "accepted";
  }
  static std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return text.replace(at, from.size(), to);
  }
  test::SampleWard ward;
};

}  // namespace

TEST_F(DrillScenarioCheck, WhatTheScenarioNamesIsFoundOnce) {
  const auto c = check(kScenario);
  ASSERT_EQ(c.districts.size(), 2u);
  EXPECT_EQ(c.districts[1].name, "太子堂");
  EXPECT_EQ(c.shelter_ids.at("damage"), "X1311290118111") << "the 避難所 record, not the 緊急避難場所 one";
  // No open_shelters: every 指定避難所 of the two 地区 opens.
  EXPECT_EQ(c.open_shelters.size(), 6u);
  EXPECT_NE(std::find(c.open_shelters.begin(), c.open_shelters.end(), "X1311290116111"), c.open_shelters.end());
  ASSERT_TRUE(c.areas.contains("fire"));
  EXPECT_TRUE(c.areas.at("fire").contains({35.6495, 139.6870}));
  ASSERT_TRUE(c.supply);
}

TEST_F(DrillScenarioCheck, NamesTheStoreDoesNotHoldAreRefusedAtTheirLine) {
  const auto& t = kScenario;
  EXPECT_EQ(refusal(replaced(t, "\"taishido\"", "\"架空\"")), "5: districts");
  EXPECT_EQ(refusal(replaced(t, "plan = [\"池尻@1\"]", "plan = [\"池尻@3\"]")), "8: plan") << "a version not stored";
  EXPECT_EQ(refusal(replaced(t, "#response", "#evacuation")), "14: refs") << "a section the pinned plan lacks";
  EXPECT_EQ(refusal(replaced(t, "shelter = \"池尻南小学校\"", "shelter = \"池尻さくら公園\"")), "27: shelter")
      << "a 一時集合所 is no shelter to damage as a 避難所";
  EXPECT_EQ(refusal(replaced(t, "depot = \"ward-stockpile\"", "depot = \"nowhere\"")), "35: depot");
  EXPECT_EQ(refusal(replaced(t, "item = \"water\"", "item = \"blankets\"")), "36: item");
  EXPECT_EQ(refusal(replaced(t, "vehicle = \"truck-2\"", "vehicle = \"truck-9\"")), "44: vehicle");
  EXPECT_EQ(refusal(replaced(t, "districts = [\"池尻\", \"taishido\"]",
                             "districts = [\"池尻\"]\nopen_shelters = [\"架空小学校\"]")),
            "6: open_shelters");
}

TEST_F(DrillScenarioCheck, ARefFollowsThePinnedVersionNotTheNewest) {
  // 第2版 of 池尻's plan adds a section; a scenario pinning 第1版 cannot test it, one pinning 第2版 can.
  auto plan = test::read_file(test::SampleWard::sample("plans/district-plans/ikejiri.md"));
  plan += "\n## 在宅避難 {#home}\n\n家が安全なら家にとどまります。\n";
  const auto file = ward.dir() / "ikejiri-2.md";
  std::ofstream(file) << plan;
  services::import_document(ward.store(), DocumentKind::kDistrictPlan, file);
  const auto with_home = replaced(kScenario, "plan:池尻#response", "plan:池尻#home");
  EXPECT_EQ(refusal(with_home), "14: refs");
  EXPECT_EQ(refusal(replaced(with_home, "plan = [\"池尻@1\"]", "plan = [\"池尻@2\"]")), "accepted");
}

TEST_F(DrillScenarioCheck, ABlockedLineClosesTheRoadItCrossesAndNoOther) {
  // A collapsed wall across the street east of 太子堂南小学校: one two-way street, so two directed edges.
  const auto c = check(replaced(kScenario, "area = [[35.6510, 139.6850], [35.6510, 139.6890], [35.6480, 139.6890], [35.6480, 139.6850]]",
                                "blocked = [[35.6435, 139.6882], [35.6435, 139.6892]]"));
  const auto& line = c.areas.at("fire");
  EXPECT_LT((line.bounds().max_lat - line.bounds().min_lat) * 111320.0, 3.0) << "a strip about 2 m wide";
  services::RoadNetwork roads(services::RoadSource{test::SampleWard::sample("maps/sample-roads.geojson")}, no_progress());
  EXPECT_EQ(roads.close_area(line), 2u);
}
