// Protects the drill scenario format (docs/drills.md) as a facilitator writes it: a whole scenario reads with
// its times, objectives, injects and their payloads; every mistake the file alone can show is refused naming
// its line and key, so the facilitator goes straight to it.
#include "core/error.h"
#include "drills/scenario_reader.h"
#include "support/shared_data.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace bosai;
using namespace bosai::drills;

namespace {

const std::string kScenario = R"(# a test scenario
[scenario]
name = "首都直下地震 冬の夕方（テスト）"
hazard = "earthquake"
start = "2026-12-10 17:30"
districts = ["池尻", "太子堂"]
roads = "../maps/sample-roads.geojson"
population = "../maps/sample-population.csv"
supply = "sample-supply.toml"
plan = ["池尻@2"]
manual = ["池尻東小学校@1"]

[[objective]]
id = "safe-routes"
title = "安全な経路で避難する"
refs = ["plan:池尻#response", "manual:池尻東小学校#card-general-initial"]

[[inject]]
id = "fire-1"
at = "0:40"
kind = "road_closure"
area = [[35.6510, 139.6850], [35.6510, 139.6890], [35.6480, 139.6890], [35.6480, 139.6850]]
synopsis = "池尻二丁目で延焼"
expected = "経路を変える"
objective = "safe-routes"
respond_by = "1:10"

[[inject]]
id = "school-damaged"
at = "0:40"
kind = "shelter_status"
shelter = "池尻南小学校"
status = "damaged"
synopsis = "体育館の天井が落ちた"

[[inject]]
id = "reminder"
kind = "message"
contingency_for = "fire-1"
synopsis = "まだ避難者が向かっている"

[[inject]]
id = "families"
at = "1:30"
kind = "arrivals"
shelter = "池尻東小学校"
count = 40
care = 3
pets = 5
synopsis = "町会の40人が到着"

[[inject]]
id = "truck"
at = "2:00"
kind = "vehicle_down"
vehicle = "truck-2"
synopsis = "2号車がパンク"
)";

std::filesystem::path drills_dir() { return test::source_dir() / "drills"; }

DrillScenario read(const std::string& text) { return parse_drill_scenario(text, "drill.toml", drills_dir()); }

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

long line_of(const std::string& text, const std::string& needle) {
  const auto at = text.find(needle);
  return 1 + static_cast<long>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

// "LINE: key" of the refusal, or "accepted".
std::string refusal(const std::string& text) {
  try {
    read(text);
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "drill.toml");
    return std::to_string(e.line()) + ": " + e.field();
  }
  return "accepted";
}

}  // namespace

TEST(DrillScenarioReader, AWholeScenarioReadsWithTimesObjectivesAndPayloads) {
  const auto s = read(kScenario);
  EXPECT_EQ(s.hazard, Hazard::kEarthquake);
  EXPECT_EQ(s.start_day, "2026-12-10");
  EXPECT_EQ(s.start_minute, 17 * 60 + 30);
  ASSERT_EQ(s.districts.size(), 2u);
  EXPECT_EQ(s.districts[1].text, "太子堂");
  EXPECT_EQ(s.districts[1].line, 6);
  ASSERT_EQ(s.plans.size(), 1u);
  EXPECT_EQ(s.plans[0].owner.text, "池尻");
  EXPECT_EQ(s.plans[0].version, 2);
  ASSERT_EQ(s.injects.size(), 5u);
  const auto& fire = s.injects[0];
  EXPECT_EQ(fire.kind, InjectKind::kRoadClosure);
  EXPECT_EQ(fire.at, 40);
  EXPECT_EQ(fire.respond_by, 70);
  ASSERT_EQ(fire.area.ring.size(), 5u) << "four corners, closed by the reader";
  EXPECT_DOUBLE_EQ(fire.area.ring.front().lat, fire.area.ring.back().lat);
  EXPECT_EQ(s.injects[1].shelter->text, "池尻南小学校");
  EXPECT_EQ(s.injects[1].shelter->line, line_of(kScenario, "shelter = \"池尻南小学校\""));
  EXPECT_FALSE(s.injects[2].at) << "a contingency has no time of its own";
  EXPECT_EQ(s.injects[2].contingency_for, "fire-1");
  EXPECT_EQ(s.injects[3].count, 40);
  EXPECT_EQ(s.injects[3].needs.at("pets"), 5);
  EXPECT_EQ(s.injects[4].vehicle->text, "truck-2");

  const auto blocked = read(replaced(kScenario, "area = [[35.6510, 139.6850], [35.6510, 139.6890], [35.6480, 139.6890], [35.6480, 139.6850]]",
                                     "blocked = [[35.6435, 139.6882], [35.6435, 139.6892]]"));
  ASSERT_EQ(blocked.injects[0].area.blocked.size(), 2u) << "a line across the road a collapse blocks";
  EXPECT_TRUE(blocked.injects[0].area.ring.empty());
}

TEST(DrillScenarioReader, EachMistakeIsRefusedNamingItsLineAndKey) {
  const auto& t = kScenario;
  struct Case {
    std::string text;
    std::string where;
  };
  const std::vector<Case> cases = {
      {replaced(t, "hazard = \"earthquake\"", "hazard = \"tsunami\""), "4: hazard"},
      {replaced(t, "start = \"2026-12-10 17:30\"", "start = \"2026-12-10 25:30\""), "5: start"},
      {replaced(t, "start = \"2026-12-10 17:30\"", "start = \"2026-02-30 17:30\""), "5: start"},
      {replaced(t, "roads = \"../maps/sample-roads.geojson\"", "roads = \"../maps/nowhere.geojson\""), "7: roads"},
      {replaced(t, "plan = [\"池尻@2\"]", "plan = [\"池尻\"]"), "10: plan"},
      {replaced(t, "name = \"首都直下", "nmae = \"x\"\nname = \"首都直下"), "3: nmae"},
      {replaced(t, "refs = [\"plan:池尻#response\"", "refs = [\"plan:池尻\""), "16: refs"},
      {replaced(t, "at = \"1:30\"", "at = \"0:30\""), std::to_string(line_of(t, "at = \"1:30\"")) + ": at"},
      {replaced(t, "at = \"1:30\"", "at = \"90\""), std::to_string(line_of(t, "at = \"1:30\"")) + ": at"},
      {replaced(t, "kind = \"vehicle_down\"", "kind = \"earthquake\""), std::to_string(line_of(t, "kind = \"vehicle_down\"")) + ": kind"},
      {replaced(t, "id = \"truck\"", "id = \"fire-1\""), std::to_string(line_of(t, "id = \"truck\"")) + ": id"},
      {replaced(t, "objective = \"safe-routes\"\nrespond", "objective = \"unknown\"\nrespond"),
       std::to_string(line_of(t, "objective = \"safe-routes\"\nrespond")) + ": objective"},
      {replaced(t, "respond_by = \"1:10\"", "respond_by = \"0:30\""), std::to_string(line_of(t, "respond_by")) + ": respond_by"},
      {replaced(t, "respond_by = \"1:10\"\n", ""), std::to_string(line_of(t, "contingency_for") - 1) + ": contingency_for"},
      {replaced(t, "contingency_for = \"fire-1\"", "contingency_for = \"truck\""), std::to_string(line_of(t, "contingency_for")) + ": contingency_for"},
      {replaced(t, "area = [[35.6510, 139.6850], [35.6510, 139.6890], [35.6480, 139.6890], [35.6480, 139.6850]]",
                "area = [[35.6510, 139.6850], [35.6510, 139.6890], [35.6510, 139.6850]]"),
       std::to_string(line_of(t, "area =")) + ": area"},
      {replaced(t, "[35.6480, 139.6850]]", "[135.6480, 139.6850]]"), std::to_string(line_of(t, "area =")) + ": area"},
      {replaced(t, "area = [[35.6510, 139.6850], [35.6510, 139.6890], [35.6480, 139.6890], [35.6480, 139.6850]]",
                "blocked = [[35.6510, 139.6850]]"),
       std::to_string(line_of(t, "area =")) + ": blocked"},
      {replaced(t, "area = [[35.6510, 139.6850], [35.6510, 139.6890], [35.6480, 139.6890], [35.6480, 139.6850]]",
                "area = [[35.6510, 139.6850], [35.6510, 139.6890], [35.6480, 139.6890]]\nblocked = [[35.6, 139.6], [35.6, 139.7]]"),
       std::to_string(line_of(t, "area =") + 1) + ": blocked"},
      {replaced(t, "status = \"damaged\"", "status = \"damaged\"\nblocked = [[35.6, 139.6], [35.6, 139.7]]"),
       std::to_string(line_of(t, "status =") + 1) + ": blocked"},
      {replaced(t, "status = \"damaged\"", "status = \"broken\""), std::to_string(line_of(t, "status =")) + ": status"},
      {replaced(t, "shelter = \"池尻南小学校\"\n", ""), std::to_string(line_of(t, "id = \"school-damaged\"") - 1) + ": shelter"},
      {replaced(t, "care = 3", "care = 41"), std::to_string(line_of(t, "care = 3")) + ": care"},
      {replaced(t, "vehicle = \"truck-2\"", "vehicle = \"truck-2\"\nshelter = \"x\""), std::to_string(line_of(t, "vehicle =") + 1) + ": shelter"},
      {replaced(t, "supply = \"sample-supply.toml\"\n", ""), std::to_string(line_of(t, "id = \"truck\"") - 2) + ": supply"},
  };
  for (const auto& c : cases) EXPECT_EQ(refusal(c.text), c.where);
}

TEST(DrillScenarioReader, DrillTimeIsHoursAndMinutesAfterTheStart) {
  EXPECT_EQ(parse_drill_time("0:40"), 40);
  EXPECT_EQ(parse_drill_time("12:05"), 725);
  EXPECT_FALSE(parse_drill_time("0:60"));
  EXPECT_FALSE(parse_drill_time("40"));
  EXPECT_EQ(drill_time_text(125), "2:05");
}
