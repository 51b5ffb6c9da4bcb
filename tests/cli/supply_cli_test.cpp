// Protects `bosai supply plan|replan` as drill staff run them on the shipped scenario: the output files, route
// sheets a driver can use on paper (the day, a driver field, depots by name, shelter addresses, idle vehicles
// told to stand by), a re-plan that keeps routes nobody needed to touch, and exit 2 for mistakes in the command.
#include "support/cli_runner.h"
#include "support/poppler.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using bosai::test::poppler;
using bosai::test::run_cli;
using bosai::test::TempDir;

namespace {

const std::string kScenario = (bosai::test::source_dir() / "drills" / "sample-supply.toml").string();

nlohmann::json read_json(const std::filesystem::path& file) {
  return nlohmann::json::parse(bosai::test::read_file(file));
}

}  // namespace

TEST(SupplyCli, PlanWritesPlanMapAndRouteSheets) {
  TempDir tmp;
  auto r = run_cli({"-q", "supply", "plan", kScenario, "--out", (tmp / "plan").string(), "--iterations", "300"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto plan = read_json(tmp / "plan" / "plan.json");
  EXPECT_FALSE(plan["routes"].empty());
  EXPECT_EQ(read_json(tmp / "plan" / "routes.geojson")["type"], "FeatureCollection");
  EXPECT_NE(bosai::test::read_file(tmp / "plan" / "route-sheets.html").find("配送"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(tmp / "plan" / "plan.json.partial"));
  // The shipped fleet is larger than day 3 needs: some vehicles stand by, and the plan says which.
  ASSERT_FALSE(plan["idle"].empty());
  EXPECT_NE(r.out.find("待機 " + plan["idle"][0]["name"].get<std::string>()), std::string::npos) << r.out;
  const auto html = bosai::test::read_file(tmp / "plan" / "route-sheets.html");
  for (const auto& idle : plan["idle"]) {
    EXPECT_NE(html.find(idle["name"].get<std::string>()), std::string::npos) << idle["name"] << " not listed";
  }
  // The same sheets on paper, as a driver gets them: the vehicle list, then per driver a sheet and a page with
  // the route's map, searchable (last: without poppler-utils the rest of this test is skipped).
  BOSAI_REQUIRE_POPPLER();
  const auto pdf = tmp / "plan" / "route-sheets.pdf";
  const auto info = poppler("pdfinfo", pdf);
  const auto pages = 1 + 2 * plan["routes"].size() + (plan["unserved"].empty() ? 0 : 1);
  EXPECT_NE(info.find("Pages:           " + std::to_string(pages)), std::string::npos) << info;
  EXPECT_NE(info.find("595 x 842 pts (A4)"), std::string::npos) << info;
  const auto printed = poppler("pdftotext -enc UTF-8", pdf);
  const std::string idle_count = "待機 " + std::to_string(plan["idle"].size()) + " 台";
  const std::string first_map = "ルート図 — " + plan["routes"][0]["name"].get<std::string>();
  for (const std::string part : {"配車一覧", "配送ルート表", "実施日 2026年12月1日（火）", "運転者氏名", "携帯電話",
                                 first_map.c_str(), "配送拠点",
                                 "道路: sample-roads.geojson",
                                 "区立備蓄倉庫（見本）", "地域内輸送拠点（見本", idle_count.c_str()}) {
    EXPECT_NE(printed.find(part), std::string::npos) << part << " not in:\n" << printed;
  }
  EXPECT_EQ(printed.find("ward-stockpile"), std::string::npos) << "depots are printed by name";
  for (const auto& idle : plan["idle"]) {
    EXPECT_NE(printed.find(idle["name"].get<std::string>()), std::string::npos) << idle["name"] << " not on paper";
  }
  // A narrow column may wrap an address on paper; it is still all there, in order.
  std::string joined;
  for (const char c : printed) {
    if (c != '\n' && c != ' ') joined += c;
  }
  for (const auto& route : plan["routes"]) {
    for (const auto& stop : route["stops"]) {
      const auto address = stop["address"].get<std::string>();
      EXPECT_FALSE(address.empty()) << stop["shelter"] << ": the sample gives every shelter its address";
      EXPECT_NE(joined.find(address), std::string::npos) << address;
    }
  }
}

TEST(SupplyCli, ReplanAfterBreakdownDropsOnlyThatVehicle) {
  TempDir tmp;
  ASSERT_EQ(run_cli({"-q", "supply", "plan", kScenario, "--out", (tmp / "a").string(), "--iterations", "300"}).exit_code, 0);
  const auto before = read_json(tmp / "a" / "plan.json");
  ASSERT_GE(before["routes"].size(), 2u);
  const std::string down = before["routes"][0]["vehicle"];
  auto r = run_cli({"supply", "replan", kScenario, "--plan", (tmp / "a" / "plan.json").string(), "--at", "08:00",
                    "--vehicle-down", down, "--out", (tmp / "b").string(), "--iterations", "300", "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(down + ": cancelled"), std::string::npos) << r.out;
  // Held in a named value: a range-for over a member of a temporary would read freed memory.
  const auto after = read_json(tmp / "b" / "plan.json");
  for (const auto& route : after["routes"]) EXPECT_NE(route["vehicle"], down);
}

TEST(SupplyCli, MistakesAreBadInput) {
  TempDir tmp;
  ASSERT_EQ(run_cli({"-q", "supply", "plan", kScenario, "--out", (tmp / "a").string(), "--iterations", "50"}).exit_code, 0);
  const auto plan = (tmp / "a" / "plan.json").string();
  const auto out = (tmp / "b").string();
  auto unknown = run_cli({"supply", "replan", kScenario, "--plan", plan, "--at", "09:00", "--vehicle-down", "nope", "--out", out});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("nope"), std::string::npos) << unknown.err;
  EXPECT_EQ(run_cli({"supply", "replan", kScenario, "--plan", plan, "--at", "9 o'clock", "--out", out}).exit_code, 2);
  EXPECT_EQ(run_cli({"supply", "replan", kScenario, "--plan", plan, "--at", "09:00", "--population", "x=1", "--out", out}).exit_code, 2);
  bosai::test::write_file(tmp / "broken.json", "{\"routes\": [");
  auto broken = run_cli({"supply", "replan", kScenario, "--plan", (tmp / "broken.json").string(), "--at", "09:00", "--out", out});
  EXPECT_EQ(broken.exit_code, 2);
  EXPECT_NE(broken.err.find("broken.json"), std::string::npos) << broken.err;
  EXPECT_FALSE(std::filesystem::exists(out));
}
