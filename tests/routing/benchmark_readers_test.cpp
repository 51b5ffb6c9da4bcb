// Protects how the benchmark files are read: TSPLIB's rounding of EUC_2D distances, every EXPLICIT matrix layout
// giving the same distances, and malformed files stopping with FILE:LINE (exit 2 from the CLI).
#include "core/error.h"
#include "routing/vrp/benchmark_instance.h"
#include "support/cli_runner.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

namespace {

namespace vrp = bosai::routing::vrp;
using bosai::test::TempDir;
using bosai::test::write_file;

std::string cvrp_header(const std::string& weights) {
  return "NAME : t\nTYPE : CVRP\nDIMENSION : 4\nCAPACITY : 10\n" + weights;
}

const char* kDemandsAndDepot = "DEMAND_SECTION\n1 0\n2 3\n3 4\n4 5\nDEPOT_SECTION\n1\n-1\nEOF\n";

vrp::BenchmarkInstance read_cvrp_text(const std::string& text) {
  TempDir tmp;
  write_file(tmp / "t.vrp", text);
  return vrp::read_cvrplib(tmp / "t.vrp");
}

}  // namespace

TEST(CvrplibReader, Euc2dDistancesAreRoundedToTheNearestInteger) {
  const auto instance = read_cvrp_text(cvrp_header("EDGE_WEIGHT_TYPE : EUC_2D\n") +
                                       "NODE_COORD_SECTION\n1 0 0\n2 1 1\n3 3 4\n4 2.6 0\n" + kDemandsAndDepot);
  const auto& m = instance.problem.costs;
  EXPECT_EQ(m(0, 1), 1);  // √2
  EXPECT_EQ(m(0, 2), 5);
  EXPECT_EQ(m(1, 2), 4);  // √13 = 3.61
  EXPECT_EQ(m(0, 3), 3);  // 2.6
  EXPECT_TRUE(instance.integral_costs);
  ASSERT_EQ(instance.problem.jobs.size(), 3u);
  EXPECT_EQ(instance.problem.jobs[0].id, "1");  // customers are numbered from 1, the depot left out
  EXPECT_EQ(instance.problem.jobs[2].delivery.front(), 5);
}

TEST(CvrplibReader, EveryExplicitLayoutGivesTheSameSymmetricMatrix) {
  // d(1,2)=1 d(1,3)=2 d(1,4)=3 d(2,3)=4 d(2,4)=5 d(3,4)=6
  const std::pair<std::string, std::string> layouts[] = {
      {"FULL_MATRIX", "0 1 2 3\n1 0 4 5\n2 4 0 6\n3 5 6 0\n"},
      {"LOWER_ROW", "1\n2 4\n3 5 6\n"},
      {"LOWER_DIAG_ROW", "0\n1 0\n2 4 0\n3 5 6 0\n"},
      {"UPPER_ROW", "1 2 3\n4 5\n6\n"},
      {"UPPER_DIAG_ROW", "0 1 2 3\n0 4 5\n0 6\n0\n"},
      {"UPPER_COL", "1\n2 4\n3 5 6\n"},
      {"LOWER_COL", "1 2 3\n4 5\n6\n"},
  };
  for (const auto& [format, weights] : layouts) {
    const auto instance = read_cvrp_text(cvrp_header("EDGE_WEIGHT_TYPE : EXPLICIT\nEDGE_WEIGHT_FORMAT : " + format +
                                                     "\nEDGE_WEIGHT_SECTION\n" + weights) +
                                         kDemandsAndDepot);
    const auto& m = instance.problem.costs;
    EXPECT_EQ(m(0, 1), 1) << format;
    EXPECT_EQ(m(2, 0), 2) << format;
    EXPECT_EQ(m(0, 3), 3) << format;
    EXPECT_EQ(m(2, 1), 4) << format;
    EXPECT_EQ(m(1, 3), 5) << format;
    EXPECT_EQ(m(3, 2), 6) << format;
    EXPECT_EQ(m(2, 2), 0) << format;
  }
}

TEST(CvrplibReader, MalformedFilesNameTheLine) {
  const struct {
    std::string text;
    long line;
  } cases[] = {
      {cvrp_header("EDGE_WEIGHT_TYPE : EUC_2D\n") + "NODE_COORD_SECTION\n1 0 0\n2 1 x\n3 3 4\n4 2 0\n" +
           kDemandsAndDepot, 8},
      {cvrp_header("EDGE_WEIGHT_TYPE : EXPLICIT\nEDGE_WEIGHT_FORMAT : LOWER_ROW\nEDGE_WEIGHT_SECTION\n1\n2 4\n") +
           kDemandsAndDepot, 9},
      {cvrp_header("EDGE_WEIGHT_TYPE : EUC_2D\n") + "NODE_COORD_SECTION\n1 0 0\n2 1 1\n3 3 4\n4 2 0\n" +
           "DEMAND_SECTION\n1 0\n2 3\n3 -4\n4 5\nDEPOT_SECTION\n1\n-1\nEOF\n", 14},
      {"NAME : t\nTYPE : CVRP\nDIMENSION : four\n", 3},
  };
  for (const auto& c : cases) {
    try {
      read_cvrp_text(c.text);
      ADD_FAILURE() << "accepted:\n" << c.text;
    } catch (const bosai::InputError& e) {
      EXPECT_EQ(e.line(), c.line) << e.what();
    }
  }
}

TEST(SolomonReader, MalformedRowNamesItsLineAndTheCliExitsWithTwo) {
  TempDir tmp;
  write_file(tmp / "bad.txt",
             "X1\n\nVEHICLE\nNUMBER     CAPACITY\n  2         50\n\nCUSTOMER\n"
             "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\n\n"
             "    0      40         50          0          0       1236          0\n"
             "    1      45         68         10        912        967         90\n"
             "    2      45         70         30        825\n");
  const auto r = bosai::test::run_cli({"solve", "vrptw", (tmp / "bad.txt").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find((tmp / "bad.txt").string() + ":12:"), std::string::npos) << r.err;
}

TEST(CvrplibReader, CliExitsWithTwoAndNamesFileAndLine) {
  TempDir tmp;
  write_file(tmp / "bad.vrp", cvrp_header("EDGE_WEIGHT_TYPE : EUC_2D\n") +
                                  "NODE_COORD_SECTION\n1 0 0\n2 1 1\n3 3 4\n" + kDemandsAndDepot);
  const auto r = bosai::test::run_cli({"solve", "cvrp", (tmp / "bad.vrp").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find((tmp / "bad.vrp").string() + ":6:"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST(SolomonReader, FleetIsTheFilesVehicleCount) {
  TempDir tmp;
  write_file(tmp / "ok.txt",
             "X1\n\nVEHICLE\nNUMBER     CAPACITY\n  2         50\n\nCUSTOMER\n"
             "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\n\n"
             "    0      40         50          0          0       1236          0\n"
             "    1      43         54         10        0        967         90\n"
             "    2      40         53         30        825      870          90\n");
  const auto instance = vrp::read_solomon(tmp / "ok.txt");
  EXPECT_EQ(instance.vehicle_limit, 2);
  EXPECT_EQ(instance.problem.vehicles.size(), 2u);
  EXPECT_DOUBLE_EQ(instance.problem.costs(0, 1), 5.0);  // unrounded Euclidean
  EXPECT_DOUBLE_EQ(instance.problem.jobs[1].time_window.start, 825);
  EXPECT_EQ(instance.problem.jobs[1].id, "2");
}
