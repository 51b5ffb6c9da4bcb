// Protects two services that stamp and guard records: shelter status changes carry drill time when a drill
// clock runs, and the audit log is read and verified only by those entitled, each reading logged.
#include "services/audit_log.h"
#include "services/shelter_status.h"

#include "core/clock.h"
#include "core/error.h"
#include "services/sample_ward.h"

#include <gtest/gtest.h>

namespace bosai {
namespace {

TEST(ShelterStatusService, ChangesAreStampedWithDrillTimeAndNameTheirAuthor) {
  test::SampleWard ward;
  DrillClock drill(parse_utc_timestamp("2027-01-17T09:30:00Z"));
  ScopedClock during_drill(drill);
  services::change_shelter_status(ward.store(), "X1311290001111", ShelterStatus::kOpen, "開設班", "");
  drill.advance(std::chrono::minutes(45));
  services::change_shelter_status(ward.store(), "X1311290001111", ShelterStatus::kFull, "開設班", "満員");
  const auto history = services::shelter_status_history(ward.store(), "X1311290001111");
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].changed_at, "2027-01-17T09:30:00Z");
  EXPECT_EQ(history[1].changed_at, "2027-01-17T10:15:00Z");
  EXPECT_EQ(jst_display(history[1].changed_at), "2027-01-17 19:15 JST");
  EXPECT_EQ(history[1].changed_by, "開設班");
}

TEST(ShelterStatusService, UnknownShelterOrNoAuthorIsRefusedAndNothingIsRecorded) {
  test::SampleWard ward;
  try {
    services::change_shelter_status(ward.store(), "X0", ShelterStatus::kClosed, "誰か", "");
    FAIL();
  } catch (const NotFoundError& e) {
    EXPECT_EQ(e.field(), "shelter");
  }
  try {
    services::change_shelter_status(ward.store(), "X1311290001111", ShelterStatus::kClosed, "", "");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.field(), "by");
  }
  EXPECT_TRUE(services::shelter_status_history(ward.store(), "X1311290001111").empty());
}

TEST(AuditLogService, OnlyEntitledRolesReadOrVerifyAndEveryReadingIsLogged) {
  test::SampleWard ward;
  ward.add_sample_people();
  auto facilitator = ward.session(people::Role::kFacilitator);
  EXPECT_THROW(services::read_audit_log(*facilitator), InputError);
  EXPECT_THROW(services::verify_audit_log(*facilitator), InputError);

  auto staff = ward.session(people::Role::kWardStaff);
  const auto first = services::read_audit_log(*staff);
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(first.back().action, "denied:audit-verify") << "the facilitator's refusals are themselves logged";
  const auto second = services::read_audit_log(*staff);
  EXPECT_EQ(second.size(), first.size() + 1);
  EXPECT_EQ(second.back().action, "audit-log");
  const auto verdict = services::verify_audit_log(*staff);
  EXPECT_TRUE(verdict.problems.empty());
  EXPECT_EQ(verdict.entries, static_cast<long long>(second.size() + 1));
}

}  // namespace
}  // namespace bosai
