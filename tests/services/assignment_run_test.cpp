// Protects the assignment use case as every front end runs it (no CLI): the registry decides which
// shelters take people, drill closures (by id, by area, on a kept road network) move people elsewhere, and
// the outcome says why each shelter was left out.
#include "services/assignment_run.h"

#include "core/error.h"
#include "core/shelter_status.h"
#include "services/sample_ward.h"
#include "services/shelter_status.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

namespace bosai {
namespace {

using test::SampleWard;

services::AssignmentRequest sample_request() {
  services::AssignmentRequest request;
  request.units_csv = SampleWard::sample("maps/sample-population.csv");
  request.as_of = "2026-12-01";
  request.roads = services::RoadSource{SampleWard::sample("maps/sample-roads.geojson"), "walk"};
  return request;
}

std::int64_t load_of(const services::AssignmentOutcome& o, const std::string& id) {
  for (std::size_t s = 0; s < o.shelters.usable.size(); ++s) {
    if (o.shelters.usable[s].slot.id == id) return o.result.shelter_load[s];
  }
  return -1;  // not usable
}

std::string reason_for(const services::AssignmentOutcome& o, const std::string& id) {
  for (const auto& e : o.shelters.excluded) {
    if (e.id == id) return e.reason;
  }
  return "";
}

Area square_around(double lat, double lon, double half) {
  Area area;
  area.add_polygon({{lat - half, lon - half}, {lat - half, lon + half}, {lat + half, lon + half},
                    {lat + half, lon - half}, {lat - half, lon - half}});
  return area;
}

constexpr const char* kSchool = "X1311290001111";  // 二子玉川東小学校

TEST(AssignmentRun, RegistryShelterTakesPeopleUntilDamagedThenItsPeopleGoElsewhere) {
  SampleWard ward;
  const auto before = services::run_assignment(&ward.store(), sample_request(), no_progress());
  ASSERT_GT(load_of(before, kSchool), 0);
  EXPECT_EQ(before.distances, "road network (walk)");

  services::change_shelter_status(ward.store(), kSchool, ShelterStatus::kDamaged, "訓練本部", "drill");
  const auto after = services::run_assignment(&ward.store(), sample_request(), no_progress());
  EXPECT_EQ(load_of(after, kSchool), -1);
  EXPECT_EQ(reason_for(after, kSchool), "damaged");
  // Nobody is lost for want of a record: everyone placed before is placed or explained now.
  std::int64_t unplaced = 0;
  for (const auto& u : after.result.unplaced) unplaced += u.count;
  EXPECT_EQ(after.result.placed + unplaced, before.result.placed + [&] {
    std::int64_t n = 0;
    for (const auto& u : before.result.unplaced) n += u.count;
    return n;
  }());
  EXPECT_GE(after.result.person_metres / std::max<std::int64_t>(after.result.placed, 1),
            before.result.person_metres / std::max<std::int64_t>(before.result.placed, 1) - 1e-6);
}

TEST(AssignmentRun, ClosingByIdEqualsDamagingAndUnknownIdsNameTheField) {
  SampleWard ward;
  auto request = sample_request();
  request.closed_shelters = {kSchool};
  const auto closed = services::run_assignment(&ward.store(), request, no_progress());
  EXPECT_EQ(reason_for(closed, kSchool), "closed_for_drill");

  services::change_shelter_status(ward.store(), kSchool, ShelterStatus::kClosed, "訓練本部", "");
  const auto by_status = services::run_assignment(&ward.store(), sample_request(), no_progress());
  EXPECT_EQ(closed.result.placed, by_status.result.placed);
  EXPECT_DOUBLE_EQ(closed.result.person_metres, by_status.result.person_metres);

  request.closed_shelters = {"X0000000000000"};
  try {
    services::run_assignment(&ward.store(), request, no_progress());
    FAIL() << "an unknown shelter id must be refused";
  } catch (const InputError& e) {
    EXPECT_EQ(e.field(), "closed_shelter");  // a field of the request, never a CLI flag
    EXPECT_NE(e.message().find("X0000000000000"), std::string::npos);
  }
}

TEST(AssignmentRun, ClosedAreaClosesItsShelterAndRoadsAndTripsFollowTheOpenRoads) {
  SampleWard ward;
  auto request = sample_request();
  request.closed_areas = {square_around(35.605146, 139.600331, 0.0015)};  // around 二子玉川東小学校
  request.trip_paths = true;
  const auto outcome = services::run_assignment(&ward.store(), request, no_progress());
  EXPECT_EQ(reason_for(outcome, kSchool), "in_closed_area");
  ASSERT_EQ(outcome.paths.size(), outcome.result.flows.size());
  for (const auto& path : outcome.paths) {
    for (const auto& p : path) {
      // No trip is drawn through the middle of the closed area.
      EXPECT_FALSE(std::abs(p.lat - 35.605146) < 0.0005 && std::abs(p.lon - 139.600331) < 0.0005);
    }
  }
}

TEST(AssignmentRun, AKeptNetworkCarriesInjectedClosuresIntoLaterRuns) {
  SampleWard ward;
  auto request = sample_request();
  services::RoadNetwork network(*request.roads, no_progress());
  const auto open = services::run_assignment(&ward.store(), request, network, no_progress());
  EXPECT_GT(network.close_area(square_around(35.6075, 139.615, 0.004)), 0u);  // an inject: fire spreads here
  request.roads.reset();
  const auto with_fire = services::run_assignment(&ward.store(), request, network, no_progress());
  services::RoadNetwork fresh_network(*sample_request().roads, no_progress());
  fresh_network.close_area(square_around(35.6075, 139.615, 0.004));
  const auto fresh = services::run_assignment(&ward.store(), request, fresh_network, no_progress());
  EXPECT_NE(open.result.person_metres, with_fire.result.person_metres);  // the fire changed who walks where …
  EXPECT_EQ(with_fire.result.placed, fresh.result.placed);                 // … exactly as on a freshly edited world
  EXPECT_DOUBLE_EQ(with_fire.result.person_metres, fresh.result.person_metres);
}

TEST(AssignmentRun, CancelStopsBeforeAnythingIsSolved) {
  SampleWard ward;
  Progress progress;
  progress.cancel();
  EXPECT_THROW(services::run_assignment(&ward.store(), sample_request(), progress), Cancelled);
}

TEST(AssignmentRun, StraightLineEstimatesSayTheyAreEstimates) {
  SampleWard ward;
  auto request = sample_request();
  request.roads.reset();
  const auto outcome = services::run_assignment(&ward.store(), request, no_progress());
  EXPECT_EQ(outcome.distances, "estimated: straight line x 1.30");
  EXPECT_GT(outcome.result.placed, 0);
}

}  // namespace
}  // namespace bosai
