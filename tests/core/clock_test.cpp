#include "core/clock.h"
#include "core/error.h"
#include "core/progress.h"

#include <gtest/gtest.h>

#include <thread>

namespace bosai {
namespace {

// Drill time: whatever stamps time through current_clock() follows a drill clock while it is installed.
TEST(Clock, InstalledDrillClockStampsDrillTimeAndTheWallClockComesBack) {
  DrillClock drill(parse_utc_timestamp("2027-01-15T09:00:00Z"));
  {
    ScopedClock scoped(drill);
    EXPECT_EQ(utc_timestamp(), "2027-01-15T09:00:00Z");
    drill.advance(std::chrono::minutes(90));
    EXPECT_EQ(utc_timestamp(), "2027-01-15T10:30:00Z");
  }
  EXPECT_NE(utc_timestamp().substr(0, 10), "2027-01-15");
}

TEST(Clock, ShownInJapanTimeWithTheZone) {
  EXPECT_EQ(jst_display("2026-11-23T11:20:31Z"), "2026-11-23 20:20 JST");
  EXPECT_EQ(jst_display("2026-12-31T15:30:00Z"), "2027-01-01 00:30 JST");  // the date turns over too
  EXPECT_THROW(jst_display("2026-11-23 11:20"), InputError);
  EXPECT_THROW(parse_utc_timestamp("2026-11-23T11:20:31+09:00"), InputError);
}

TEST(Progress, CancelFromAnotherThreadIsSeenAndDeadlinesPass) {
  Progress progress;
  EXPECT_FALSE(progress.stop_requested());
  std::thread([&] { progress.cancel(); }).join();
  EXPECT_TRUE(progress.stop_requested());
  EXPECT_THROW(progress.throw_if_cancelled(), Cancelled);

  Progress timed;
  timed.set_deadline(std::chrono::steady_clock::now() - std::chrono::milliseconds(1));
  EXPECT_TRUE(timed.deadline_passed());
  EXPECT_FALSE(timed.cancelled());
  EXPECT_NO_THROW(timed.throw_if_cancelled());  // out of time is not an error: solvers return their best
}

}  // namespace
}  // namespace bosai
