// Protects the priority score: the product of the three factors with the shipped weights, each term listed
// so staff can see why someone ranks where they do, and a weights file mistake named by line.
#include "core/error.h"
#include "people/priority.h"
#include "plans/priority_weights_reader.h"
#include "support/shared_data.h"

#include <gtest/gtest.h>

using namespace bosai;

namespace {
PriorityWeights shipped() {
  return plans::read_priority_weights(test::source_dir() / "plans" / "priority-weights.toml");
}
}  // namespace

TEST(Priority, ProductOfHazardConditionAndIsolationExplainedTermByTerm) {
  PersonProfile f;
  f.hazards.flood = true;          // 1 + 2.0
  f.care_level = "要介護3";        // 2.5
  f.disability_grade = 4;          // 1.3, smaller: not used
  f.household = Household::kAlone; // 1.5
  const auto p = people::priority_of(f, shipped());
  EXPECT_DOUBLE_EQ(p.hazard, 3.0);
  EXPECT_DOUBLE_EQ(p.condition, 2.5);
  EXPECT_DOUBLE_EQ(p.isolation, 1.5);
  EXPECT_DOUBLE_EQ(p.score, 11.25);
  EXPECT_TRUE(p.high);
  EXPECT_EQ(p.terms.size(), 4u);
  const auto text = people::explain(p);
  for (const char* part : {"浸水想定区域 2.0", "要介護3 2.5", "身体障害4級 1.3", "単身 1.5", "= 11.25"}) {
    EXPECT_NE(text.find(part), std::string::npos) << part << " in " << text;
  }
}

TEST(Priority, NobodyWithoutRiskScoresHigh) {
  PersonProfile f;
  const auto p = people::priority_of(f, shipped());
  EXPECT_DOUBLE_EQ(p.score, 1.0);
  EXPECT_FALSE(p.high);
}

TEST(Priority, WeightsFileMistakesAreNamedByLine) {
  try {
    plans::parse_priority_weights(
        "[hazard]\nflood = 1\nlandslide = 1\ndense_wooden = 1\n[condition]\nmedical_device = 1\n"
        "[condition.care_level]\n\"要介護9\" = 2\n",
        "w.toml");
    FAIL() << "an unknown care level was accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 8) << e.what();
  }
}
