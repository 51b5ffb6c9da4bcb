// Protects `bosai assign`: reads units, a GSI shelter file and capacities, honours capacity, the maximum
// walk and the 福祉避難所 rule, reports unplaced people with their reason (JSON and GeoJSON), and turns bad
// rows into exit code 2 naming file and line. All people and shelters here are synthetic.
#include "support/cli_runner.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using bosai::test::run_cli;
using bosai::test::TempDir;
using bosai::test::write_file;

namespace {

struct Files {
  TempDir dir;
  std::string units = (dir / "units.csv").string();
  std::string gsi = (dir / "gsi.csv").string();
  std::string capacities = (dir / "capacities.csv").string();

  Files() {
    // School A and a 福祉避難所 (subtype digit 2) about 500 m apart; a group 3 km away from both.
    write_file(gsi,
               "\xEF\xBB\xBFNO,共通ID,都道府県名及び市町村名,施設・場所名,住所,指定緊急避難場所との住所同一,"
               "その他市町村長が必要と認める事項,受入対象者,緯度,経度,備考\r\n"
               "1,E1399900001111,架空市,架空小学校,架空市1-1,1,,,35.7000,139.4000,\r\n"
               "2,E1399900002121,架空市,架空福祉センター,架空市2-2,1,,,35.7000,139.4055,\r\n");
    write_file(capacities, "id,capacity\nE1399900001111,30\nE1399900002121,5\n");
    write_file(units,
               "id,lat,lon,count,needs_care\n"
               "near-school,35.7001,139.4001,25,0\n"
               "care,35.7001,139.4002,8,1\n"
               "remote,35.7300,139.4000,4,0\n");
  }
};

}  // namespace

TEST(AssignCli, PlacesPeopleWithinRulesAndExplainsTheRest) {
  Files f;
  const auto geo = (f.dir / "out.geojson").string();
  const auto r = run_cli({"assign", "--units", f.units, "--shelters", f.gsi, "--capacities", f.capacities,
                          "--max-walk", "1500", "--json", "--geojson", geo});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["placed"], 30);  // 25 at the school, 5 of the 8 needing care at the 福祉 centre
  EXPECT_EQ(j["shelters"][0]["load"], 25);
  EXPECT_EQ(j["shelters"][1]["load"], 5);
  EXPECT_EQ(j["shelters"][1]["accepts_care"], true);
  ASSERT_EQ(j["unplaced"].size(), 2u);
  EXPECT_EQ(j["unplaced"][0]["unit"], "care");
  EXPECT_EQ(j["unplaced"][0]["count"], 3);
  EXPECT_EQ(j["unplaced"][0]["reason"], "no_capacity");
  EXPECT_EQ(j["unplaced"][1]["unit"], "remote");
  EXPECT_EQ(j["unplaced"][1]["reason"], "out_of_reach");
  EXPECT_NE(j["distances"].get<std::string>().find("estimated"), std::string::npos);
  const auto g = nlohmann::json::parse(bosai::test::read_file(geo));
  EXPECT_EQ(g["features"].size(), 4u);  // two trips, two unplaced groups
}

TEST(AssignCli, BadRowsAndMissingCapacitiesAreBadInput) {
  Files f;
  write_file(f.units, "id,lat,lon,count,needs_care\nok,35.7,139.4,3,0\nbad,35.7,139.4,-2,0\n");
  auto r = run_cli({"assign", "--units", f.units, "--shelters", f.gsi, "--capacities", f.capacities});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(f.units + ":3: count"), std::string::npos) << r.err;

  write_file(f.units, "id,lat,lon,count\nok,35.7,139.4,3\n");
  write_file(f.capacities, "id,capacity\nE1399900001111,30\n");
  r = run_cli({"assign", "--units", f.units, "--shelters", f.gsi, "--capacities", f.capacities});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("E1399900002121"), std::string::npos) << r.err;
}

namespace {

// A fresh database holding the shipped sample registry with its capacities, and one synthetic group of 12
// next door to sample shelter X1311290001111.
struct SampleRegistry {
  TempDir tmp;
  std::string db = (tmp / "bosai.db").string();
  std::string units = (tmp / "units.csv").string();

  SampleRegistry() {
    const auto plans = bosai::test::source_dir() / "plans";
    EXPECT_EQ(run_cli({"--db", db, "-q", "init", "--fresh"}).exit_code, 0);
    EXPECT_EQ(run_cli({"--db", db, "-q", "shelters", "import", (plans / "sample-shelters.csv").string()}).exit_code, 0);
    EXPECT_EQ(run_cli({"--db", db, "-q", "shelters", "import", (plans / "sample-capacities.csv").string()}).exit_code, 0);
    write_file(units, "id,lat,lon,count\nnext-door,35.6052,139.6004,12\n");
  }

  nlohmann::json assign(std::vector<std::string> extra, const std::string& max_walk = "1500") const {
    std::vector<std::string> args{"--db", db, "-q", "--json", "assign", "--units", units, "--max-walk", max_walk};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = run_cli(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.exit_code == 0 ? nlohmann::json::parse(r.out) : nlohmann::json::object();
  }
};

std::string reason_for(const nlohmann::json& report, const std::string& id) {
  for (const auto& e : report["excluded"]) {
    if (e["id"] == id) return e["reason"];
  }
  return "";
}

const std::string kNextDoor = "X1311290001111";

}  // namespace

TEST(AssignCli, UsesTheShelterRegistryWhenNoFileIsGiven) {
  SampleRegistry f;
  const auto j = f.assign({}, "500");
  EXPECT_EQ(j["placed"], 12);
  ASSERT_EQ(j["flows"].size(), 1u);
  EXPECT_EQ(j["flows"][0]["shelter"], kNextDoor);
  EXPECT_EQ(reason_for(j, "R001"), "no_capacity") << "a shelter without a figure is named, not silently dropped";

  const auto half = run_cli({"--db", f.db, "assign", "--units", f.units, "--shelters", f.units});
  EXPECT_EQ(half.exit_code, 2) << "--shelters without --capacities";
}

// A shelter marked damaged (or closed, or full) takes nobody until it is reopened; a school closed by
// consolidation takes nobody after its last day.
TEST(AssignCli, RegistryStatusAndLifecycleDecideWhichSheltersTakePeople) {
  SampleRegistry f;
  ASSERT_EQ(run_cli({"--db", f.db, "-q", "shelters", "status", kNextDoor, "damaged", "--by", "訓練本部"}).exit_code, 0);
  auto j = f.assign({});
  EXPECT_EQ(reason_for(j, kNextDoor), "damaged");
  ASSERT_EQ(j["flows"].size(), 1u);
  EXPECT_NE(j["flows"][0]["shelter"], kNextDoor);
  EXPECT_EQ(j["placed"], 12);

  ASSERT_EQ(run_cli({"--db", f.db, "-q", "shelters", "status", kNextDoor, "open", "--by", "訓練本部"}).exit_code, 0);
  j = f.assign({});
  EXPECT_EQ(reason_for(j, kNextDoor), "");
  EXPECT_EQ(j["flows"][0]["shelter"], kNextDoor);

  j = f.assign({"--as-of", "2000-01-01"});
  EXPECT_EQ(reason_for(j, "X1311290096111"), "not_in_effect") << "the sample's school that opens after consolidation";
  const auto bad_date = run_cli({"--db", f.db, "assign", "--units", f.units, "--as-of", "2026-02-30"});
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_NE(bad_date.err.find("--as-of"), std::string::npos) << bad_date.err;
}

// Drill edits: a shelter closed by id or standing in a closed (fire, flood) area is out of use; an id that
// names no shelter is a mistake, not a no-op.
TEST(AssignCli, DrillClosesSheltersByIdAndByArea) {
  SampleRegistry f;
  auto j = f.assign({"--close-shelter", kNextDoor});
  EXPECT_EQ(reason_for(j, kNextDoor), "closed_for_drill");
  EXPECT_NE(j["flows"][0]["shelter"], kNextDoor);

  const auto area = (f.tmp / "fire.geojson").string();
  write_file(area, R"({"type":"Polygon","coordinates":[[[139.6000,35.6049],[139.6007,35.6049],[139.6007,35.6054],)"
                   R"([139.6000,35.6054],[139.6000,35.6049]]]})");
  j = f.assign({"--closed-area", area});
  EXPECT_EQ(reason_for(j, kNextDoor), "in_closed_area");
  EXPECT_EQ(j["placed"], 12);

  const auto unknown = run_cli({"--db", f.db, "assign", "--units", f.units, "--close-shelter", "X0000000000000"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("X0000000000000"), std::string::npos) << unknown.err;
}

// A shelter full in a drill keeps the people it holds and takes nobody more; a malformed or unknown one is exit 2.
TEST(AssignCli, AFullShelterTakesNoMoreThanItHolds) {
  SampleRegistry f;
  const auto open = f.assign({});
  ASSERT_EQ(open["flows"][0]["shelter"], kNextDoor);
  const auto full = f.assign({"--full-shelter", std::string(kNextDoor) + "=3"});
  long there = 0;
  for (const auto& flow : full["flows"]) {
    if (flow["shelter"] == kNextDoor) there += flow["count"].get<long>();
  }
  EXPECT_EQ(there, 3);
  for (const auto& bad : {std::string(kNextDoor) + "=-1", std::string(kNextDoor) + "=x", std::string("=3"),
                          std::string("X0000000000000=3")}) {
    const auto r = run_cli({"--db", f.db, "assign", "--units", f.units, "--full-shelter", bad});
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_NE(r.err.find("--full-shelter"), std::string::npos) << r.err;
  }
}

// On the road network the map shows each trip along its roads, and a closed road lengthens the walk.
TEST(AssignCli, RoadTripsAreDrawnAlongTheRoadsAndRespectClosedRoads) {
  SampleRegistry f;
  const auto roads = (bosai::test::source_dir() / "maps" / "sample-roads.geojson").string();
  const auto map = (f.tmp / "trips.geojson").string();
  const auto open = f.assign({"--roads", roads, "--geojson", map, "--close-shelter", kNextDoor});
  ASSERT_EQ(open["flows"].size(), 1u);
  const auto g = nlohmann::json::parse(bosai::test::read_file(map));
  ASSERT_EQ(g["features"].size(), 1u);
  EXPECT_EQ(g["features"][0]["properties"]["drawn"], "road");
  EXPECT_GT(g["features"][0]["geometry"]["coordinates"].size(), 3u) << "a road route, not a straight line";

  // Close the roads just beside the group's home: it must walk round, or cannot leave at all.
  const auto area = (f.tmp / "collapse.geojson").string();
  write_file(area, R"({"type":"Polygon","coordinates":[[[139.6002,35.6050],[139.6010,35.6050],[139.6010,35.6056],)"
                   R"([139.6002,35.6056],[139.6002,35.6050]]]})");
  const auto closed = f.assign({"--roads", roads, "--close-shelter", kNextDoor, "--closed-area", area});
  if (closed["flows"].empty()) {
    EXPECT_EQ(closed["unplaced"][0]["reason"], "out_of_reach");
  } else {
    EXPECT_GT(closed["flows"][0]["distance_m"].get<double>(), open["flows"][0]["distance_m"].get<double>());
  }
}
