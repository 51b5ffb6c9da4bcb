// Protects the dates people read: register dates are normalised or refused, and a sheet prints its day the
// Japanese way with the right weekday (a driver checks the sheet is for today).
#include "core/calendar_date.h"

#include <gtest/gtest.h>

using namespace bosai;

TEST(CalendarDate, NormalisesSlashesAndRefusesImpossibleDays) {
  EXPECT_EQ(normalise_date("2026/12/01"), "2026-12-01");
  EXPECT_EQ(normalise_date("2024-02-29"), "2024-02-29");
  EXPECT_EQ(normalise_date("2023-02-29"), std::nullopt);
  EXPECT_EQ(normalise_date("2026-12-1"), std::nullopt);
}

TEST(CalendarDate, JapaneseDateHasNoLeadingZerosAndTheWeekday) {
  EXPECT_EQ(japanese_date("2026-12-01"), "2026年12月1日（火）");
  EXPECT_EQ(japanese_date("2024-02-29"), "2024年2月29日（木）");
  EXPECT_EQ(japanese_date("2027-01-03"), "2027年1月3日（日）");
}
