// Protects the `solve mcf` use case below the CLI: a DIMACS file gives its exact optimum as decimal text
// (also past 64 bits), an instance without a feasible flow says so with no cost, and a malformed line is an
// InputError naming the file and line.
#include "services/flow_solve.h"

#include "core/error.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

namespace bosai {
namespace {

TEST(FlowSolve, TheCheapestPathCarriesTheFlow) {
  test::TempDir dir;
  // Two units from 1 to 3: via 2 costs 1 + 1 a unit, directly 5.
  test::write_file(dir / "tiny.min", "c two routes\np min 3 3\nn 1 2\nn 3 -2\na 1 2 0 2 1\na 2 3 0 2 1\na 1 3 0 1 5\n");
  const auto result = services::solve_dimacs_file(dir / "tiny.min");
  EXPECT_TRUE(result.optimal);
  EXPECT_EQ(result.cost, "4");
}

TEST(FlowSolve, ACostPastSixtyFourBitsIsExact) {
  test::TempDir dir;
  test::write_file(dir / "big.min",
                   "p min 2 1\nn 1 1000000000000\nn 2 -1000000000000\na 1 2 0 1000000000000 1000000000000\n");
  const auto result = services::solve_dimacs_file(dir / "big.min");
  EXPECT_TRUE(result.optimal);
  EXPECT_EQ(result.cost, "1000000000000000000000000");
}

TEST(FlowSolve, TooLittleCapacityIsInfeasibleWithNoCost) {
  test::TempDir dir;
  test::write_file(dir / "short.min", "p min 2 1\nn 1 2\nn 2 -2\na 1 2 0 1 5\n");
  const auto result = services::solve_dimacs_file(dir / "short.min");
  EXPECT_FALSE(result.optimal);
  EXPECT_EQ(result.cost, "");
}

TEST(FlowSolve, AMalformedLineNamesFileAndLine) {
  test::TempDir dir;
  test::write_file(dir / "broken.min", "p min 2 1\nn 1 1\nn 2 -1\na 1 2 0 one 5\n");
  try {
    services::solve_dimacs_file(dir / "broken.min");
    FAIL() << "accepted a capacity of 'one'";
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), (dir / "broken.min").string());
    EXPECT_EQ(e.line(), 4);
  }
}

}  // namespace
}  // namespace bosai
