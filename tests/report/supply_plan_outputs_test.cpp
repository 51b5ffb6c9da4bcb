// Protects what a supply plan looks like to people and scripts: the driver's A4 route sheet (the day, a field for
// the driver, depots by name, stops in order with addresses, arrival times, windows and unload lists in
// Japanese, unserved demand with its reason, names escaped), the page listing every vehicle including those
// standing by, and the JSON a re-plan reads back, field by field.
#include "core/error.h"
#include "report/route_sheets.h"
#include "supply/supply_plan_json.h"

#include <gtest/gtest.h>

using namespace bosai;

namespace {

supply::SupplyPlan sample_plan() {
  supply::SupplyPlan plan;
  plan.scenario = "発災3日目の物資輸送";
  plan.date = "2026-12-01";
  plan.items = {{"water", "飲料水", "Water", "L", "all", 3, false, false, 1, 1.1},
                {"food", "食料", "Food", "食", "all", 3, false, false, 0.25, 0.6}};
  supply::DriverRoute r;
  r.vehicle_id = "t1";
  r.vehicle_name = "2tトラック1号";
  r.vehicle_kind = "truck";
  r.start_depot = r.end_depot = "ward-stockpile";
  r.start_depot_name = "区立備蓄倉庫";
  r.end_depot_name = "地域内輸送拠点";
  r.start = 8 * 60;
  r.end = 11 * 60 + 5;
  r.distance_m = 12345;
  r.stops.push_back({"s1#1", "s1", "池尻小学校", "東京都世田谷区池尻2-3-4", {35.65, 139.68}, 8 * 60 + 20, 8 * 60 + 40, 9 * 60, 15 * 60,
                     {{"water", 900}, {"food", 600}}, 1050, 1350});
  r.stops.push_back({"s2#1", "s2", "<b>太子堂</b>中学校", "", {35.64, 139.67}, 9 * 60 + 10, 9 * 60 + 30, 9 * 60, 15 * 60,
                     {{"water", 300}}, 300, 330});
  r.geometry = {{35.64, 139.65}, {35.65, 139.68}, {35.64, 139.67}};
  plan.routes.push_back(r);
  supply::DriverRoute idle;
  idle.vehicle_id = "bike-1";
  idle.vehicle_name = "自転車1号";
  idle.vehicle_kind = "bicycle";
  idle.start_depot = idle.end_depot = "ward-stockpile";
  idle.start_depot_name = idle.end_depot_name = "区立備蓄倉庫";
  idle.start = 9 * 60;
  idle.end = 15 * 60;
  plan.idle.push_back(idle);
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

TEST(RouteSheets, DriverSheetHasTheDayADriverFieldDepotNamesAndAddresses) {
  const auto html = report::route_sheets_html(sample_plan());
  const auto sheet = html.find("配送ルート表 — 2tトラック1号");
  ASSERT_NE(sheet, std::string::npos);
  const auto on_sheet = [&](const std::string& part) { return html.find(part, sheet) != std::string::npos; };
  EXPECT_TRUE(on_sheet("実施日 2026年12月1日（火）"));
  EXPECT_TRUE(on_sheet("運転者氏名"));
  EXPECT_TRUE(on_sheet("携帯電話"));
  EXPECT_TRUE(on_sheet("出発</b> 区立備蓄倉庫 08:00"));
  EXPECT_TRUE(on_sheet("帰着</b> 地域内輸送拠点 11:05"));
  EXPECT_FALSE(on_sheet("ward-stockpile"));  // drivers know depots by name, not by id
  EXPECT_TRUE(on_sheet("池尻小学校</b><br><span class=\"address\">東京都世田谷区池尻2-3-4</span><br><small>s1</small>"));
  EXPECT_TRUE(on_sheet("中学校</b><br><small>s2</small>"));  // no address: no empty line either
}

TEST(RouteSheets, WithoutADateTheDayIsLeftToFillIn) {
  auto plan = sample_plan();
  plan.date.clear();
  const auto html = report::route_sheets_html(plan);
  EXPECT_NE(html.find("実施日 　　　　年　　月　　日"), std::string::npos);
  EXPECT_EQ(html.find("2026年"), std::string::npos);
}

TEST(RouteSheets, FirstPageListsEveryVehicleIncludingThoseStandingBy) {
  const auto html = report::route_sheets_html(sample_plan());
  const auto first_sheet = html.find("<h1>配送ルート表 — ");
  const auto list = html.find("配車一覧");
  ASSERT_NE(list, std::string::npos);
  EXPECT_LT(list, first_sheet);
  const auto page = html.substr(list, first_sheet - list);
  const auto row_of = [&](const std::string& vehicle) {
    const auto at = page.find(vehicle);
    return at == std::string::npos ? std::string() : page.substr(at, page.find("</tr>", at) - at);
  };
  const auto truck = row_of("2tトラック1号");
  EXPECT_NE(truck.find("区立備蓄倉庫"), std::string::npos) << truck;
  EXPECT_NE(truck.find("配送 2 か所"), std::string::npos) << truck;
  EXPECT_NE(truck.find("08:00–11:05"), std::string::npos) << truck;
  const auto bike = row_of("自転車1号");
  EXPECT_NE(bike.find("区立備蓄倉庫"), std::string::npos) << bike;
  EXPECT_NE(bike.find("待機"), std::string::npos) << bike;
  EXPECT_NE(bike.find("09:00–15:00"), std::string::npos) << bike;
  EXPECT_NE(page.find("運転者（氏名・携帯電話）"), std::string::npos);
  // One page each: the list, the driver, the unserved; every page but the first breaks before it.
  std::size_t breaks = 0;
  for (auto at = html.find("page-break-before"); at != std::string::npos; at = html.find("page-break-before", at + 1)) {
    ++breaks;
  }
  EXPECT_EQ(breaks, 2u);
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
  EXPECT_EQ(back.routes[0].stops[0].address, "東京都世田谷区池尻2-3-4");
  EXPECT_EQ(back.routes[0].end_depot_name, "地域内輸送拠点");
  EXPECT_EQ(back.date, "2026-12-01");
  ASSERT_EQ(back.idle.size(), 1u);
  EXPECT_EQ(back.idle[0].vehicle_id, "bike-1");
}

// A plan.json written before depot names, addresses, the date and idle vehicles were kept still re-plans.
TEST(SupplyPlanJson, ReadsAPlanWrittenBeforeNamesAddressesAndIdle) {
  auto j = supply::supply_plan_json(sample_plan());
  j.erase("date");
  j.erase("idle");
  j["routes"][0].erase("start_depot_name");
  j["routes"][0].erase("end_depot_name");
  j["routes"][0]["stops"][0].erase("address");
  const auto back = supply::supply_plan_from_json(j, "plan.json");
  EXPECT_TRUE(back.date.empty());
  EXPECT_TRUE(back.idle.empty());
  EXPECT_TRUE(back.routes[0].stops[0].address.empty());
  EXPECT_EQ(back.routes[0].start_depot, "ward-stockpile");
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

TEST(RouteSheets, EachRouteMapGetsAPageOfItsOwnAfterItsDriversStops) {
  auto plan = sample_plan();
  const auto html = report::route_sheets_html(plan, {"<svg id=\"map-1\"></svg>"});
  const auto sheet = html.find("配送ルート表 — " + plan.routes[0].vehicle_name);
  const auto heading = html.find("ルート図 — " + plan.routes[0].vehicle_name);
  const auto map = html.find("<svg id=\"map-1\">");
  ASSERT_NE(sheet, std::string::npos);
  ASSERT_NE(heading, std::string::npos);
  ASSERT_NE(map, std::string::npos);
  EXPECT_LT(sheet, heading);
  EXPECT_LT(heading, map);
  EXPECT_LT(html.find("page-break-before: always", sheet), heading) << "the map starts a page of its own";
  EXPECT_EQ(report::route_sheets_html(plan).find("ルート図"), std::string::npos) << "no map, no map page";
}
