// `bosai roads` and `bosai route` as a user runs them: exit codes, messages naming the file, JSON fields.
#include "support/cli_runner.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using bosai::test::run_cli;
using bosai::test::TempDir;
using bosai::test::write_file;

const std::string kSample = (bosai::test::source_dir() / "maps/sample-roads.geojson").string();

TEST(RoadsCli, StatsJsonOnTheSample) {
  for (const char* profile : {"walk", "wheelchair", "vehicle"}) {
    const auto r = run_cli({"roads", "stats", kSample, "--profile", profile, "--json", "--quiet", "--no-cache"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_GT(j["nodes"].get<int>(), 1000) << profile;
    EXPECT_EQ(j["largest_scc_nodes"], j["nodes"]);
    EXPECT_TRUE(j["dropped"].contains("nodes"));
    EXPECT_TRUE(j["components"].is_number());
    EXPECT_TRUE(r.err.empty()) << "--quiet must silence progress: " << r.err;
  }
}

TEST(RoadsCli, BadInputExitsWithTwoAndNamesTheFile) {
  TempDir dir;
  write_file(dir / "broken.geojson", R"({"type":"FeatureCollection","features":[{)");
  auto r = run_cli({"roads", "stats", (dir / "broken.geojson").string(), "--profile", "walk", "--no-cache"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find((dir / "broken.geojson").string() + ":"), std::string::npos) << r.err;

  r = run_cli({"roads", "stats", kSample, "--profile", "bicycle"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--profile"), std::string::npos) << r.err;

  r = run_cli({"roads", "import", (dir / "nothing-here.pbf").string(), "--profile", "walk"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("nothing-here.pbf: no such file"), std::string::npos) << r.err;

  r = run_cli({"route", kSample, "--from", "35.61", "--to", "35.62,139.60", "--no-cache"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--from"), std::string::npos) << r.err;
}

// A route across the sample district: distance, time, geometry, GeoJSON file; a closed area lengthens it.
TEST(RoadsCli, RouteWithGeoJsonAndClosedArea) {
  TempDir dir;
  const std::vector<std::string> base{"route", kSample, "--profile", "walk", "--from", "35.6060,139.5910",
                                      "--to", "35.6300,139.6300", "--json", "-q", "--no-cache"};
  auto args = base;
  args.insert(args.end(), {"--geojson", (dir / "route.geojson").string()});
  auto r = run_cli(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto open = nlohmann::json::parse(r.out);
  EXPECT_GT(open["distance_m"].get<double>(), 3000);
  EXPECT_GT(open["duration_s"].get<double>(), 0);
  EXPECT_GT(open["geometry"]["coordinates"].size(), 10u);
  const auto file = nlohmann::json::parse(bosai::test::read_file(dir / "route.geojson"));
  EXPECT_EQ(file["features"][0]["geometry"]["type"], "LineString");

  // Close a band across the middle of the route, leaving a way around its western end.
  write_file(dir / "fire.geojson", R"({"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":
    [[[139.600,35.615],[139.650,35.615],[139.650,35.620],[139.600,35.620],[139.600,35.615]]]}})");
  args = base;
  args.insert(args.end(), {"--closed-area", (dir / "fire.geojson").string()});
  r = run_cli(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto closed = nlohmann::json::parse(r.out);
  EXPECT_GT(closed["closed_edges"].get<int>(), 0);
  EXPECT_GT(closed["distance_m"].get<double>(), open["distance_m"].get<double>());
}

TEST(RoadsCli, TachikawaVehicleStats) {
  BOSAI_REQUIRE_SHARED("tachikawa/roads-drive.geojson");
  const auto r = run_cli({"roads", "stats", (bosai::test::shared_data_dir() / "tachikawa/roads-drive.geojson").string(),
                          "--profile", "vehicle", "--json", "-q", "--no-cache"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["nodes"], 4106);
  EXPECT_EQ(j["components"], 1);
  EXPECT_EQ(j["largest_scc_nodes"], 4106);
}

}  // namespace
