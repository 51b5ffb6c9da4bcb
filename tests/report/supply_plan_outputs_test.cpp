// Protects what a supply plan looks like to people and scripts: the driver's A4 route sheet (stops in order with
// arrival times, windows and unload lists in Japanese, unserved demand with its reason, names escaped) and the
// JSON a re-plan reads back, field by field.
#include "core/error.h"
#include "report/route_sheets.h"
#include "supply/supply_plan_json.h"

#include <gtest/gtest.h>

using namespace bosai;

namespace {

supply::SupplyPlan sample_plan() {
  supply::SupplyPlan plan;
  plan.scenario = "発災3日目の物資輸送";
  plan.items = {{"water", "飲料水", "Water", "L", "all", 3, false, false, 1, 1.1},
                {"food", "食料", "Food", "食", "all", 3, false, false, 0.25, 0.6}};
  supply::DriverRoute r;
  r.vehicle_id = "t1";
  r.vehicle_name = "2tトラック1号";
  r.vehicle_kind = "truck";
  r.start_depot = r.end_depot = "備蓄倉庫";
  r.start = 8 * 60;
  r.end = 11 * 60 + 5;
  r.distance_m = 12345;
  r.stops.push_back({"s1#1", "s1", "池尻小学校", {35.65, 139.68}, 8 * 60 + 20, 8 * 60 + 40, 9 * 60, 15 * 60,
                     {{"water", 900}, {"food", 600}}, 1050, 1350});
  r.stops.push_back({"s2#1", "s2", "<b>太子堂</b>中学校", {35.64, 139.67}, 9 * 60 + 10, 9 * 60 + 30, 9 * 60, 15 * 60,
                     {{"water", 300}}, 300, 330});
  r.geometry = {{35.64, 139.65}, {35.65, 139.68}, {35.64, 139.67}};
  plan.routes.push_back(r);
  plan.unserved.push_back({"s3#1", "s3", "若林小学校", {{"water", 5000}}, "どの車両にも積めない重量"});
  return plan;
}

}  // namespace

TEST(RouteSheets, ListsStopsInOrderWithTimesAndUnloads) {
  const auto html = report::route_sheets_html(sample_plan());
  const auto first = html.find("池尻小学校");
  const auto second = html.find("太子堂");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  EXPECT_LT(first, second);
  EXPECT_NE(html.find("08:20"), std::string::npos);
  EXPECT_NE(html.find("09:00–15:00"), std::string::npos);
  EXPECT_NE(html.find("飲料水 900L"), std::string::npos);
  EXPECT_NE(html.find("飲料水 1200L"), std::string::npos);  // load at the depot: 900 + 300
  EXPECT_NE(html.find("12.3 km"), std::string::npos);
  EXPECT_NE(html.find("size: A4"), std::string::npos);
}

TEST(RouteSheets, EscapesNamesAndListsUnservedWithReason) {
  const auto html = report::route_sheets_html(sample_plan());
  EXPECT_EQ(html.find("<b>太子堂"), std::string::npos);
  EXPECT_NE(html.find("&lt;b&gt;太子堂"), std::string::npos);
  EXPECT_NE(html.find("未配送"), std::string::npos);
  EXPECT_NE(html.find("どの車両にも積めない重量"), std::string::npos);
}

TEST(SupplyPlanJson, RoutesStopsAndGeometry) {
  const auto plan = sample_plan();
  const auto j = supply::supply_plan_json(plan);
  ASSERT_EQ(j["routes"].size(), 1u);
  EXPECT_EQ(j["routes"][0]["stops"][1]["arrival"], "09:10");
  EXPECT_EQ(j["unserved"][0]["reason"], "どの車両にも積めない重量");
  const auto g = supply::supply_plan_geojson(plan);
  ASSERT_EQ(g["features"].size(), 3u);  // one line, two stops
  EXPECT_EQ(g["features"][0]["geometry"]["coordinates"][1][0], 139.68);  // lon first
  EXPECT_EQ(g["features"][2]["properties"]["order"], 2);
}

TEST(SupplyPlanJson, RoundTripsForReplanning) {
  const auto plan = sample_plan();
  const auto back = supply::supply_plan_from_json(supply::supply_plan_json(plan), "plan.json");
  EXPECT_EQ(supply::supply_plan_json(back), supply::supply_plan_json(plan));
  EXPECT_EQ(back.routes[0].stops[1].job_id, "s2#1");
}

TEST(SupplyPlanJson, ReaderNamesTheBadField) {
  auto j = supply::supply_plan_json(sample_plan());
  j["routes"][0]["stops"][1]["arrival"] = "soon";
  try {
    supply::supply_plan_from_json(j, "plan.json");
    FAIL() << "accepted a bad time";
  } catch (const bosai::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("plan.json: routes[0].stops[1].arrival"), std::string::npos) << e.what();
  }
}
