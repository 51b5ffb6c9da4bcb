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

TEST(AssignCli, UsesTheShelterRegistryWhenNoFileIsGiven) {
  TempDir tmp;
  const auto db = (tmp / "bosai.db").string();
  const auto plans = bosai::test::source_dir() / "plans";
  ASSERT_EQ(run_cli({"--db", db, "-q", "init", "--fresh"}).exit_code, 0);
  ASSERT_EQ(run_cli({"--db", db, "-q", "shelters", "import", (plans / "sample-shelters.csv").string()}).exit_code, 0);
  ASSERT_EQ(run_cli({"--db", db, "-q", "shelters", "import", (plans / "sample-capacities.csv").string()}).exit_code, 0);
  const auto units = (tmp / "units.csv").string();
  write_file(units, "id,lat,lon,count\nnext-door,35.6052,139.6004,12\n");  // beside sample shelter X1311290001111
  const auto r = run_cli({"--db", db, "-q", "--json", "assign", "--units", units, "--max-walk", "500"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["placed"], 12);
  ASSERT_EQ(j["flows"].size(), 1u);
  EXPECT_EQ(j["flows"][0]["shelter"], "X1311290001111");

  const auto half = run_cli({"--db", db, "assign", "--units", units, "--shelters", units});
  EXPECT_EQ(half.exit_code, 2) << "--shelters without --capacities";
}
