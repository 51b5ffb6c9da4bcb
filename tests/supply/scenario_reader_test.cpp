// Protects the drill's supply scenario file: a valid file gives depots, fleet and shelters with their windows,
// and each typical editing mistake is reported at its line instead of producing a wrong plan.
#include "core/error.h"
#include "supply/clock_time.h"
#include "supply/scenario_reader.h"

#include <gtest/gtest.h>

using namespace bosai::supply;

namespace {

const std::string kScenario = R"(
[scenario]
name = "発災3日目"
date = "2026/12/01"
days = 2
roads = "roads.geojson"

[[depot]]
id = "d1"
name = "備蓄倉庫"
lat = 35.64
lon = 139.65
stock = { water = 10000 }

[[vehicle]]
id = "t1"
depot = "d1"
capacity_kg = 2000
capacity_l = 8000
shift_start = "08:30"
shift_end = "16:00"

[[vehicle]]
id = "cart1"
kind = "cart"
mobility = "foot"
speed_kmh = 3
depot = "d1"
capacity_kg = 150
capacity_l = 400

[[shelter]]
id = "s1"
name = "池尻小"
address = "東京都世田谷区池尻2-3-4"
lat = 35.65
lon = 139.68
occupants = 600
home_evacuees = 250
receive_from = "09:00"
receive_until = "15:00"
unload_minutes = 20
)";

std::string error_of(const std::string& text) {
  try {
    parse_supply_scenario(text, "s.toml", "/base");
  } catch (const bosai::InputError& e) {
    return e.what();
  }
  return "no error";
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

}  // namespace

TEST(ClockTime, ParsesAndFormats) {
  EXPECT_EQ(parse_clock("08:30"), 510);
  EXPECT_EQ(parse_clock("8:05"), 485);
  EXPECT_EQ(parse_clock("25:00"), 1500);
  EXPECT_EQ(parse_clock("8:60"), -1);
  EXPECT_EQ(parse_clock("0830"), -1);
  EXPECT_EQ(parse_clock("08:30x"), -1);
  EXPECT_EQ(format_clock(510), "08:30");
}

TEST(SupplyScenarioReader, ReadsAWholeScenario) {
  const auto s = parse_supply_scenario(kScenario, "s.toml", "/base");
  EXPECT_EQ(s.days, 2);
  EXPECT_EQ(s.date, "2026-12-01");
  EXPECT_EQ(s.roads, std::filesystem::path("/base/roads.geojson"));
  ASSERT_EQ(s.vehicles.size(), 2u);
  EXPECT_EQ(s.vehicles[0].shift_start, 510);
  EXPECT_EQ(s.vehicles[0].end_depot, "d1");
  EXPECT_EQ(s.vehicles[1].mobility, Mobility::kFoot);
  EXPECT_EQ(s.depots[0].stock.at("water"), 10000);
  ASSERT_EQ(s.stops.size(), 1u);
  EXPECT_EQ(s.stops[0].population.home_evacuees, 250);
  EXPECT_EQ(s.stops[0].receive_until, 900);
  EXPECT_EQ(s.stops[0].unload_minutes, 20);
  EXPECT_EQ(s.stops[0].address, "東京都世田谷区池尻2-3-4");
}

TEST(SupplyScenarioReader, DateAndAddressAreOptionalAndADateMayBeBareToml) {
  const auto without = parse_supply_scenario(replaced(replaced(kScenario, "date = \"2026/12/01\"\n", ""),
                                                      "address = \"東京都世田谷区池尻2-3-4\"\n", ""),
                                             "s.toml", "/base");
  EXPECT_TRUE(without.date.empty());
  EXPECT_TRUE(without.stops[0].address.empty());
  EXPECT_EQ(parse_supply_scenario(replaced(kScenario, "\"2026/12/01\"", "2026-12-01"), "s.toml", "/base").date,
            "2026-12-01");
}

TEST(SupplyScenarioReader, MistakesNameLineAndKey) {
  EXPECT_NE(error_of(replaced(kScenario, "depot = \"d1\"\ncapacity_kg = 2000", "depot = \"d9\"\ncapacity_kg = 2000"))
                .find("s.toml:17: depot: unknown depot 'd9'"),
            std::string::npos);
  EXPECT_NE(error_of(replaced(kScenario, "2026/12/01", "2026-12-32")).find("s.toml:4: date: must be a calendar date"),
            std::string::npos);
  EXPECT_NE(error_of(replaced(kScenario, "\"16:00\"", "\"4pm\"")).find("s.toml:21: shift_end: must be a time"),
            std::string::npos);
  EXPECT_NE(error_of(replaced(kScenario, "speed_kmh = 3\n", "")).find("speed_kmh: needed"), std::string::npos);
  EXPECT_NE(error_of(replaced(kScenario, "lat = 35.65", "lat = 95.65")).find("not a WGS84 position"),
            std::string::npos);
  EXPECT_NE(error_of(replaced(kScenario, "id = \"cart1\"", "id = \"t1\"")).find("duplicate vehicle id 't1'"),
            std::string::npos);
  EXPECT_NE(error_of(replaced(kScenario, "receive_from = \"09:00\"", "receive_from = \"15:30\""))
                .find("receive_until: must be after receive_from"),
            std::string::npos);
}
