// Protects `bosai plans route`: a person's plan gets its route from the routing module (home → shelter, on
// the wheelchair profile when the plan says 車いす), as a new revision whose distance matches an independent
// `bosai route` query; staff-only, and it explains what is missing (no plan yet, an unknown shelter).
#include "people_fixture.h"

#include "support/shared_data.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>

using namespace bosai::test;

namespace {

const std::string kRoads = (source_dir() / "maps" / "sample-roads.geojson").string();
const std::string kWelfareShelter = "X1311290006121";  // 二子玉川ふれあいの家 in the sample registry

std::string plan_example() { return (source_dir() / "plans" / "examples" / "plan-storm.toml").string(); }

}  // namespace

TEST(PlansRouteCli, StoresTheRoadRouteHomeToShelterAsANewRevision) {
  PeopleDb db;
  ASSERT_EQ(db.run("ward_staff", {"people", "import", sample_people_csv()}).exit_code, 0);
  ASSERT_EQ(run_cli({"--db", db.db(), "-q", "shelters", "import", (source_dir() / "plans" / "sample-shelters.csv").string()})
                .exit_code,
            0);
  // The first synthetic person who agreed to a plan and whose home is geocoded.
  std::string id;
  nlohmann::json home;
  for (const auto& p : nlohmann::json::parse(db.run("ward_staff", {"people", "list", "--json"}).out)) {
    if (!p["consent"]["make_plan"]["given"].get<bool>()) continue;
    const auto shown = nlohmann::json::parse(db.run("ward_staff", {"people", "show", std::to_string(p["id"].get<long long>()), "--json"}).out);
    if (!shown.contains("home")) continue;
    id = std::to_string(p["id"].get<long long>());
    home = shown["home"];
    break;
  }
  ASSERT_FALSE(id.empty());

  const auto no_plan = db.run("ward_staff", {"plans", "route", id, "--hazard", "storm", "--roads", kRoads});
  EXPECT_EQ(no_plan.exit_code, 2);
  EXPECT_NE(no_plan.err.find("plans set"), std::string::npos) << no_plan.err;

  ASSERT_EQ(db.run("ward_staff", {"plans", "set", id, plan_example()}).exit_code, 0);
  const auto routed =
      db.run("ward_staff", {"-q", "--json", "plans", "route", id, "--hazard", "storm", "--roads", kRoads, "--shelter", kWelfareShelter});
  ASSERT_EQ(routed.exit_code, 0) << routed.err;
  const auto r = nlohmann::json::parse(routed.out);
  EXPECT_EQ(r["revision"], 2);
  EXPECT_EQ(r["profile"], "wheelchair") << "the example plan's mobility is 車いす";

  // The same trip asked of the router directly.
  char from[64], to[64];
  std::snprintf(from, sizeof from, "%.7f,%.7f", home["lat"].get<double>(), home["lon"].get<double>());
  const auto registry = nlohmann::json::parse(run_cli({"--db", db.db(), "--json", "shelters", "list"}).out);
  for (const auto& s : registry) {
    if (s["id"] == kWelfareShelter) std::snprintf(to, sizeof to, "%.7f,%.7f", s["lat"].get<double>(), s["lon"].get<double>());
  }
  const auto direct = run_cli({"-q", "--json", "route", kRoads, "--profile", "wheelchair", "--from", from, "--to", to});
  ASSERT_EQ(direct.exit_code, 0) << direct.err;
  EXPECT_NEAR(r["distance_m"].get<double>(), nlohmann::json::parse(direct.out)["distance_m"].get<double>(), 0.01);

  const auto shown = nlohmann::json::parse(db.run("ward_staff", {"plans", "show", id, "--hazard", "storm", "--json"}).out);
  ASSERT_EQ(shown.size(), 1u);
  EXPECT_EQ(shown[0]["destination"]["kind"], "welfare_shelter");
  EXPECT_EQ(shown[0]["route"]["features"][0]["properties"]["shelter_id"], kWelfareShelter);
  EXPECT_EQ(shown[0]["route"]["features"][0]["geometry"]["type"], "LineString");

  const auto sheet = (db.dir() / "sheet.html").string();
  ASSERT_EQ(db.run("ward_staff", {"people", "sheet", id, sheet}).exit_code, 0);
  EXPECT_NE(read_file(sheet).find("段差を避ける経路"), std::string::npos);

  // Editing the plan later keeps the computed route while the destination stays the same.
  auto edited = read_file(plan_example());
  edited.replace(edited.find("見本福祉会館（福祉避難所）"), std::string("見本福祉会館（福祉避難所）").size(),
                 shown[0]["destination"]["name"].get<std::string>());
  edited.replace(edited.find("next_review = \"2027-05-10\""), 26, "next_review = \"2027-06-01\"");
  write_file(db.dir() / "edited.toml", edited);
  ASSERT_EQ(db.run("ward_staff", {"plans", "set", id, (db.dir() / "edited.toml").string()}).exit_code, 0);
  const auto kept = nlohmann::json::parse(db.run("ward_staff", {"plans", "show", id, "--hazard", "storm", "--json"}).out);
  EXPECT_EQ(kept[0]["revision"], 3);
  EXPECT_EQ(kept[0]["route"]["features"][0]["properties"]["shelter_id"], kWelfareShelter);

  EXPECT_EQ(db.run("facilitator", {"plans", "route", id, "--hazard", "storm", "--roads", kRoads}).exit_code, 2);
  const auto unknown = db.run("ward_staff", {"plans", "route", id, "--hazard", "storm", "--roads", kRoads, "--shelter", "X0"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("X0"), std::string::npos) << unknown.err;
}
