// Protects the arithmetic of a sign tally: rates are sums over sums (a big apartment block weighs more than a
// small street), an unchecked block lowers the rates instead of vanishing, a block's last report by the time
// asked for is the one that counts, and last year's drill is matched block by block.
#include "tally/tally_summary.h"

#include <gtest/gtest.h>

using namespace bosai;
using namespace bosai::tally;

namespace {

TallyDrill drill() {
  TallyDrill d;
  d.start = 9 * 60;
  d.end = 11 * 60 + 30;
  d.districts = {"a", "b"};
  d.blocks = {{"a-1", "A 1班", "a", "", Dwelling::kDetached, 20, {}},
              {"a-2", "A 2班", "a", "", Dwelling::kApartment, 100, {}},
              {"b-1", "B 1班", "b", "", Dwelling::kDetached, 30, {}}};
  return d;
}

TallyCount report(const std::string& block, int hh, int mm, long households, long ok, long sos, long no_sign) {
  TallyCount c;
  c.block = block;
  c.time = hh * 60 + mm;
  c.households = households;
  c.ok = ok;
  c.sos = sos;
  c.no_sign = no_sign;
  return c;
}

}  // namespace

TEST(TallySummary, RatesAreSumsOverSumsAndAnUncheckedBlockCountsItsHouseholds) {
  const std::vector<TallyCount> counts = {report("a-1", 9, 30, 20, 18, 1, 1), report("a-2", 10, 0, 100, 40, 0, 60)};
  const auto s = summarise(drill(), counts);
  EXPECT_EQ(s.overall.households, 150) << "b-1 sent no report: its 30 households are still in the total";
  EXPECT_EQ(s.overall.posted(), 59);
  EXPECT_NEAR(s.overall.posted_rate(), 59.0 / 150, 1e-12) << "not the mean of 95 %, 40 % and 0 %";
  EXPECT_NEAR(s.districts.at("a").posted_rate(), 59.0 / 120, 1e-12);
  EXPECT_NEAR(s.dwellings.at(Dwelling::kDetached).posted_rate(), 19.0 / 50, 1e-12);
  EXPECT_EQ(s.blocks[2].status, BlockStatus::kUnchecked);
  ASSERT_EQ(s.not_done().size(), 1u);
  EXPECT_EQ(s.not_done()[0]->block.id, "b-1");
}

TEST(TallySummary, TheLastReportByTheTimeAskedCountsAndAPartlyCheckedBlockIsNotDone) {
  const std::vector<TallyCount> counts = {report("a-1", 9, 30, 20, 5, 0, 0), report("a-1", 10, 30, 19, 15, 1, 3),
                                          report("b-1", 10, 0, 30, 10, 0, 5)};
  const auto at_ten = summarise(drill(), counts, 10 * 60);
  EXPECT_EQ(at_ten.blocks[0].figures.ok, 5) << "the 10:30 report had not come in at 10:00";
  EXPECT_EQ(at_ten.blocks[0].status, BlockStatus::kPartial);
  const auto all = summarise(drill(), counts);
  EXPECT_EQ(all.blocks[0].figures.households, 19) << "the leader's own count of households replaces the list's";
  EXPECT_EQ(all.blocks[0].status, BlockStatus::kComplete);
  EXPECT_EQ(all.blocks[2].status, BlockStatus::kPartial) << "15 of 30 checked";
  // Over the morning the area's rate only rises here, one point per report time, from the start.
  ASSERT_EQ(all.over_time.size(), 4u);
  EXPECT_EQ(all.over_time.front().first, 9 * 60);
  EXPECT_EQ(all.over_time.front().second.posted(), 0);
  EXPECT_EQ(all.over_time.back().second.posted(), 26);
}

TEST(TallySummary, YearOnYearMatchesBlocksByIdAndListsTheOnesThatChanged) {
  auto before_drill = drill();
  before_drill.blocks.pop_back();
  before_drill.blocks.push_back({"b-9", "B 9班", "b", "", Dwelling::kDetached, 10, {}});
  const auto before = summarise(before_drill, {report("a-1", 10, 0, 20, 10, 0, 10)});
  const auto now = summarise(drill(), {report("a-1", 10, 0, 20, 15, 0, 5)});
  const auto c = compare(now, before);
  ASSERT_EQ(c.blocks.size(), 2u);
  EXPECT_EQ(c.blocks[0].key, "a-1");
  EXPECT_EQ(c.blocks[0].before->posted(), 10);
  EXPECT_EQ(c.blocks[0].now->posted(), 15);
  EXPECT_EQ(c.only_now, std::vector<std::string>{"b-1"});
  EXPECT_EQ(c.only_before, std::vector<std::string>{"b-9"});
  EXPECT_EQ(c.overall.before->households, 130);
  EXPECT_EQ(c.overall.now->households, 150);
}
