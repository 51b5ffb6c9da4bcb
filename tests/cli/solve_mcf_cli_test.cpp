// Protects `bosai solve mcf`: the exact optimum (or `infeasible`) on every shared DIMACS instance, one line
// of output, and exit code 2 with FILE:LINE for malformed files.
#include "support/cli_runner.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using bosai::test::run_cli;

TEST(SolveMcfCli, EverySharedInstanceGivesItsKnownOptimum) {
  BOSAI_REQUIRE_SHARED("mcf/expected_optima.csv");
  const auto dir = bosai::test::shared_data_dir() / "mcf";
  std::ifstream csv(dir / "expected_optima.csv");
  std::string line;
  std::getline(csv, line);  // header: type,instance,nodes,arcs,expected_optimum,has_negative_lower_bounds
  int checked = 0;
  while (std::getline(csv, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<std::string> fields;
    std::stringstream row(line);
    for (std::string f; std::getline(row, f, ',');) fields.push_back(f);
    ASSERT_GE(fields.size(), 5u) << line;
    const std::string file = (dir / (fields[1] + "." + fields[0])).string();
    const std::string expected = fields[4] == "infeasible" ? "infeasible\n" : "cost " + fields[4] + "\n";
    const auto r = run_cli({"solve", "mcf", file});
    EXPECT_EQ(r.exit_code, 0) << file << ": " << r.err;
    EXPECT_EQ(r.out, expected) << file;
    ++checked;
  }
  EXPECT_GE(checked, 40);
}

TEST(SolveMcfCli, MalformedFileIsBadInputNamingFileAndLine) {
  bosai::test::TempDir dir;
  const auto file = dir / "broken.min";
  bosai::test::write_file(file, "c test\np min 2 1\nn 1 1\nn 2 -1\na 1 2 0 one 5\n");
  const auto r = run_cli({"solve", "mcf", file.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(file.string() + ":5: capacity"), std::string::npos) << r.err;
}

TEST(SolveMcfCli, JsonGivesStatusAndExactCost) {
  bosai::test::TempDir dir;
  const auto file = dir / "tiny.asn";
  bosai::test::write_file(file, "p asn 4 4\nn 1\nn 2\na 1 3 5\na 1 4 1\na 2 3 2\na 2 4 9\n");
  const auto r = run_cli({"solve", "mcf", file.string(), "--json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "{\"cost\":\"3\",\"status\":\"optimal\"}\n");
  const auto plain = run_cli({"solve", "mcf", file.string()});
  EXPECT_EQ(plain.out, "cost 3\n");
}
