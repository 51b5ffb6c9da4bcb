// Protects the people use cases at library level (no CLI): import, role-bound reads, the consenting-only
// 町会 roster, plans that need consent, and the storm phone round in priority order with its outcomes.
#include "people/people_service.h"
#include "people/plan_service.h"
#include "people/storm_service.h"

#include "core/error.h"
#include "plans/priority_weights_reader.h"
#include "services/plan_revision.h"
#include "services/sample_ward.h"

#include <gtest/gtest.h>

#include <set>

namespace bosai {
namespace {

using people::Role;
using test::SampleWard;

std::vector<Person> everyone(SampleWard& ward) {
  auto staff = ward.session(Role::kWardStaff);
  return people::PeopleService(*staff).list({});
}

TEST(PeopleServices, ImportedRegisterReadsBackForStaffAndNeverForFacilitators) {
  SampleWard ward;
  ward.add_sample_people();
  const auto all = everyone(ward);
  ASSERT_GT(all.size(), 50u);
  EXPECT_FALSE(all.front().details.name.empty());
  auto facilitator = ward.session(Role::kFacilitator);
  EXPECT_THROW(people::PeopleService(*facilitator).list({}), InputError);
  EXPECT_THROW(people::PeopleService(*facilitator).get(all.front().id), InputError);
  const auto drill = people::PeopleService(*facilitator).drill_view("", "2026-12-01");
  EXPECT_EQ(drill.size(), all.size());  // everyone, pseudonymised
}

TEST(PeopleServices, RosterHoldsExactlyTheConsentingPeopleOfThatAssociation) {
  SampleWard ward;
  ward.add_sample_people();
  const auto all = everyone(ward);
  std::string association;
  for (const auto& p : all) {
    if (!p.profile.association_code.empty()) association = p.profile.association_code;
  }
  ASSERT_FALSE(association.empty());
  std::set<long long> expected;
  for (const auto& p : all) {
    if (p.profile.association_code == association && p.consents.share_register.given) expected.insert(p.id);
  }
  auto committee = ward.session(Role::kCommittee);
  std::set<long long> got;
  for (const auto& p : people::PeopleService(*committee).roster(association)) got.insert(p.id);
  EXPECT_EQ(got, expected);
}

TEST(PeopleServices, PlansNeedConsentToMakeAndEveryChangeIsARevision) {
  SampleWard ward;
  ward.add_sample_people();
  auto staff = ward.session(Role::kWardStaff);
  long long without_consent = 0;
  for (const auto& p : everyone(ward)) {
    if (!p.consents.make_plan.given) without_consent = p.id;
  }
  ASSERT_NE(without_consent, 0);
  EXPECT_THROW(services::store_plan_file(*staff, without_consent, SampleWard::sample("plans/examples/plan-storm.toml")),
               InputError);
  const auto first = services::store_plan_file(*staff, 1, SampleWard::sample("plans/examples/plan-storm.toml"));
  const auto second = services::store_plan_file(*staff, 1, SampleWard::sample("plans/examples/plan-storm.toml"));
  EXPECT_EQ(second.revision, first.revision + 1);
  EXPECT_EQ(people::PlanService(*staff).history(1, PlanHazard::kStorm).size(), 2u);
}

TEST(PeopleServices, StormRoundCallsTheAreaInPriorityOrderAndTracksOutcomes) {
  SampleWard ward;
  ward.add_sample_people();
  const auto weights = plans::read_priority_weights(SampleWard::sample("plans/priority-weights.toml"));
  auto staff = ward.session(Role::kWardStaff);
  people::StormService storm(*staff, weights);
  const std::string district = everyone(ward).front().profile.district_code;
  people::StormArea area;
  area.districts = {district};
  area.description = "districts=" + district;
  const auto list = storm.open_round(area);
  ASSERT_FALSE(list.entries.empty());
  for (std::size_t i = 1; i < list.entries.size(); ++i) {
    EXPECT_EQ(list.entries[i].person.profile.district_code, district);
    EXPECT_GE(list.entries[i - 1].priority.score, list.entries[i].priority.score);
  }
  const long long first = list.entries.front().person.id;
  storm.record(first, people::CallOutcome::kReached, "");
  const auto pending = storm.pending();
  EXPECT_EQ(pending.entries.size(), list.entries.size() - 1);
  for (const auto& e : pending.entries) EXPECT_NE(e.person.id, first);

  area.districts = {"no-such-district"};
  EXPECT_THROW(storm.open_round(area), NotFoundError);
}

}  // namespace
}  // namespace bosai
