// Protects value axes a reader can interpolate on: ticks are 1, 2 or 5 times a power of ten, cover the data,
// stay within the number asked for and use the fewest intervals that do; labels are grouped and never "-0".
#include "render/axis_ticks.h"

#include <gtest/gtest.h>

#include <cmath>
#include <ostream>
#include <stdexcept>

namespace bosai::render {
namespace {

struct Case {
  double low, high;
  int max_intervals;
  double first, step, last;
};

// Names the case in test output (gtest would print the struct's bytes).
void PrintTo(const Case& c, std::ostream* out) {
  *out << c.low << " … " << c.high << " in at most " << c.max_intervals;
}

class NiceTicks : public ::testing::TestWithParam<Case> {};

TEST_P(NiceTicks, AreRoundCoverTheRangeAndAreFewEnough) {
  const Case c = GetParam();
  const AxisTicks t = nice_ticks(c.low, c.high, c.max_intervals);
  EXPECT_NEAR(t.first, c.first, 1e-9 * std::max(1.0, std::abs(c.first)));
  EXPECT_NEAR(t.step, c.step, 1e-12 * std::max(1.0, c.step));
  EXPECT_NEAR(t.last(), c.last, 1e-9 * std::max(1.0, std::abs(c.last)));
  EXPECT_LE(t.first, c.low + 1e-12);
  EXPECT_GE(t.last(), c.high - 1e-12);
  EXPECT_LE(t.intervals, c.max_intervals);
}

INSTANTIATE_TEST_SUITE_P(Cases, NiceTicks,
                         ::testing::Values(Case{0, 10, 5, 0, 2, 10},           // ends on ticks: no extra interval
                                           Case{0, 100, 5, 0, 20, 100},        //
                                           Case{0, 95, 5, 0, 20, 100},         //
                                           Case{0, 101, 5, 0, 50, 150},        // just over a tick: the next step up
                                           Case{0, 7, 10, 0, 1, 7},            //
                                           Case{0, 7, 3, 0, 5, 10},            //
                                           Case{0, 0.3, 3, 0, 0.1, 0.3},       // 0.1 * 3 is not 0.3 in doubles
                                           Case{0, 0.7, 5, 0, 0.2, 0.8},       //
                                           Case{0, 0.034, 4, 0, 0.01, 0.04},   //
                                           Case{0, 1234, 6, 0, 500, 1500},     //
                                           Case{0, 12500, 5, 0, 5000, 15000},  //
                                           Case{0, 3e6, 6, 0, 5e5, 3e6},       //
                                           Case{-40, 60, 5, -40, 20, 60},      // negative values: zero stays a tick
                                           Case{-3, 0, 4, -3, 1, 0},           //
                                           Case{-7, 3, 5, -10, 5, 5},          // step 2 would need six
                                           Case{0, 1, 1, 0, 1, 1},             // one interval
                                           Case{0, 0, 5, 0, 0.2, 1},           // all zero: 0 … 1
                                           Case{5, 5, 5, 2, 2, 8},       // one value: a range of its size around it
                                           Case{12, 31, 4, 10, 10, 40},  // not from zero
                                           Case{0.001, 0.0042, 3, 0, 0.002, 0.006}));

TEST(NiceTicks, AMinimumStepKeepsCountsWhole) {
  const AxisTicks few = nice_ticks(0, 3, 10, 1);
  EXPECT_EQ(few.step, 1);
  EXPECT_EQ(few.intervals, 3);
  EXPECT_EQ(nice_ticks(0, 1, 5, 1).step, 1) << "0 … 1 person is not in fifths";
  EXPECT_DOUBLE_EQ(nice_ticks(0, 1, 5).step, 0.2);
  EXPECT_EQ(nice_ticks(0, 3000, 6, 1).step, 500) << "a minimum below the step changes nothing";
}

TEST(NiceTicksErrors, AReversedOrInfiniteRangeOrNoIntervalIsRefused) {
  EXPECT_THROW(nice_ticks(2, 1, 5), std::invalid_argument);
  EXPECT_THROW(nice_ticks(0, INFINITY, 5), std::invalid_argument);
  EXPECT_THROW(nice_ticks(NAN, 1, 5), std::invalid_argument);
  EXPECT_THROW(nice_ticks(0, 1, 0), std::invalid_argument);
}

TEST(NiceTicksSweep, EveryRangeGetsA125StepWithinTheLimit) {
  for (double high = 0.013; high < 2e5; high *= 1.37) {
    for (int max_intervals = 2; max_intervals <= 10; ++max_intervals) {
      const AxisTicks t = nice_ticks(0, high, max_intervals);
      const double mantissa = t.step / std::pow(10.0, std::floor(std::log10(t.step) + 1e-9));
      EXPECT_TRUE(std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6 || std::abs(mantissa - 5) < 1e-6)
          << high << " step " << t.step;
      EXPECT_LE(t.intervals, max_intervals) << high;
      EXPECT_GE(t.last(), high * (1 - 1e-12)) << high;
      // The fewest intervals: the next smaller 1-2-5 step would need more than allowed.
      const double smaller = std::abs(mantissa - 5) < 1e-6 ? t.step * 0.4 : t.step / 2;
      EXPECT_GT(std::ceil(high / smaller - 1e-9), max_intervals) << high << " could use step " << smaller;
    }
  }
}

TEST(FormatNumber, GroupsThousandsAndNeverSaysMinusZero) {
  EXPECT_EQ(format_number(0, 0), "0");
  EXPECT_EQ(format_number(1250, 0), "1,250");
  EXPECT_EQ(format_number(999, 0), "999");
  EXPECT_EQ(format_number(1234567.5, 1), "1,234,567.5");
  EXPECT_EQ(format_number(-2000, 0), "-2,000");
  EXPECT_EQ(format_number(-0.0001, 1), "0.0");
  EXPECT_EQ(format_number(0.30000000000000004, 1), "0.3");
  EXPECT_EQ(format_number(100000, 0), "100,000");
}

TEST(FormatNumber, LabelsHaveThePlacesTheirValueOrStepNeeds) {
  EXPECT_EQ(decimals_needed(1), 0);
  EXPECT_EQ(decimals_needed(50), 0);
  EXPECT_EQ(decimals_needed(5000), 0);
  EXPECT_EQ(decimals_needed(0.5), 1);
  EXPECT_EQ(decimals_needed(0.1 * 2), 1);
  EXPECT_EQ(decimals_needed(0.02), 2);
  EXPECT_EQ(decimals_needed(nice_ticks(0, 0.034, 4).step), 2);
  EXPECT_EQ(decimals_needed(-3.5), 1);
  EXPECT_EQ(decimals_needed(12.25), 2);
}

}  // namespace
}  // namespace bosai::render
