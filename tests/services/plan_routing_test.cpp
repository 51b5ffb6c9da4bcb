// Protects routing an individual evacuation plan as a service: the profile follows the person's mobility,
// the route is stored as a new revision, later edits keep it while the destination stays, and what cannot
// be routed is refused naming the field.
#include "services/plan_routing.h"

#include "core/error.h"
#include "people/plan_service.h"
#include "services/plan_revision.h"
#include "services/sample_ward.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace bosai {
namespace {

using test::SampleWard;

constexpr const char* kWelfareShelter = "X1311290134121";

TEST(PlanRouting, WheelchairUsersAreRoutedOnTheWheelchairNetworkAndTheRouteIsARevision) {
  SampleWard ward;
  ward.add_sample_people();
  auto staff = ward.session(people::Role::kWardStaff);
  const auto stored = services::store_plan_file(*staff, 1, SampleWard::sample("plans/examples/plan-storm.toml"));
  EXPECT_EQ(stored.revision, 1);

  services::PlanRouteRequest request;
  request.person_id = 1;
  request.hazard = PlanHazard::kStorm;
  request.roads = SampleWard::sample("maps/sample-roads.geojson");
  request.shelter_id = kWelfareShelter;
  const auto routed = services::route_plan(*staff, request, no_progress());
  EXPECT_EQ(routed.revision, 2);
  EXPECT_EQ(routed.profile, "wheelchair");  // the sample plan says 車いす
  EXPECT_GT(routed.distance_m, 0);

  const auto plan = people::PlanService(*staff).current(1, PlanHazard::kStorm);
  ASSERT_TRUE(plan);
  const auto route = nlohmann::json::parse(plan->route_geojson);
  EXPECT_EQ(route["features"][0]["properties"]["shelter_id"], kWelfareShelter);

  // Editing the plan again while it leads to the same shelter keeps the route; leading elsewhere drops it.
  test::TempDir dir;
  auto text = test::read_file(SampleWard::sample("plans/examples/plan-storm.toml"));
  text.replace(text.find("見本福祉会館（福祉避難所）"), std::string("見本福祉会館（福祉避難所）").size(), plan->destination.name);
  test::write_file(dir / "edited.toml", text);
  EXPECT_EQ(services::store_plan_file(*staff, 1, dir / "edited.toml").revision, 3);
  EXPECT_EQ(people::PlanService(*staff).current(1, PlanHazard::kStorm)->route_geojson, plan->route_geojson);
  services::store_plan_file(*staff, 1, SampleWard::sample("plans/examples/plan-storm.toml"));
  EXPECT_EQ(people::PlanService(*staff).current(1, PlanHazard::kStorm)->route_geojson, "");
}

TEST(PlanRouting, WhatCannotBeRoutedIsRefusedNamingTheField) {
  SampleWard ward;
  ward.add_sample_people();
  auto staff = ward.session(people::Role::kWardStaff);
  services::PlanRouteRequest request;
  request.person_id = 1;
  request.hazard = PlanHazard::kStorm;
  request.roads = SampleWard::sample("maps/sample-roads.geojson");
  try {
    services::route_plan(*staff, request, no_progress());
    FAIL() << "no plan yet";
  } catch (const InputError& e) {
    EXPECT_EQ(e.field(), "person");
  }
  services::store_plan_file(*staff, 1, SampleWard::sample("plans/examples/plan-storm.toml"));
  request.shelter_id = "X0";
  try {
    services::route_plan(*staff, request, no_progress());
    FAIL() << "unknown shelter";
  } catch (const InputError& e) {
    EXPECT_EQ(e.field(), "shelter");
  }
  // A facilitator never routes (nor reads) anyone's plan.
  auto facilitator = ward.session(people::Role::kFacilitator);
  request.shelter_id = kWelfareShelter;
  EXPECT_THROW(services::route_plan(*facilitator, request, no_progress()), InputError);
}

TEST(PlanRouting, ProfileFollowsMobility) {
  EvacuationPlan plan;
  plan.care.mobility = "つえ歩行";
  EXPECT_EQ(services::profile_for(plan), "walk");
  plan.care.mobility = "ストレッチャー";
  EXPECT_EQ(services::profile_for(plan), "wheelchair");
}

}  // namespace
}  // namespace bosai
