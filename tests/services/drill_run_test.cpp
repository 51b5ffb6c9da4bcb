// Protects the drill engine: injects come out on the drill clock in time order; a contingency comes out only
// when its trigger went unanswered past the deadline; a closure and a damaged shelter move people, and the
// numbers stored are those a fresh assignment on the edited world gives; every command replays the store, so a
// second store object (another process, or one after a crash) sees the same drill and nothing is released twice.
#include "core/error.h"
#include "core/progress.h"
#include "core/shelter_lifecycle.h"
#include "geo/area_geojson.h"
#include "routing/assignment/assignment_inputs.h"
#include "services/assignment_run.h"
#include "services/drill_run.h"
#include "services/sample_ward.h"
#include "store/open_store.h"
#include "store/shelter_repository.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

using namespace bosai;

namespace {

// Around 池尻南小学校 (35.655854, 139.686351): its roads and the school itself.
const std::string kScenario = R"([scenario]
name = "テスト訓練"
hazard = "earthquake"
start = "2026-12-10 17:30"
districts = ["池尻"]
roads = "ROADS"
population = "POPULATION"

[[objective]]
id = "routes"
title = "安全な経路"

[[inject]]
id = "begin"
at = "0:00"
kind = "message"
synopsis = "地震発生"

[[inject]]
id = "fire"
at = "0:40"
kind = "road_closure"
area = [[35.6575, 139.6840], [35.6575, 139.6890], [35.6540, 139.6890], [35.6540, 139.6840]]
synopsis = "池尻南小学校の周りで延焼"
respond_by = "1:00"

[[inject]]
id = "damage"
at = "0:40"
kind = "shelter_status"
shelter = "X1311290118111"
status = "damaged"
synopsis = "池尻南小学校の体育館が使えない"

[[inject]]
id = "fire-reminder"
kind = "message"
contingency_for = "fire"
synopsis = "まだ南小へ向かう人がいる"

[[inject]]
id = "arrive"
at = "1:30"
kind = "arrivals"
shelter = "池尻東小学校"
count = 30
synopsis = "30人到着"
)";

class DrillRun : public ::testing::Test {
 protected:
  std::filesystem::path scenario(const std::string& text = kScenario) { return ward.drill_scenario(text); }
  nlohmann::json replan_body(long id, long seq) {
    for (const auto& e : ward.store().drills().events(id)) {
      if (e.seq == seq) return nlohmann::json::parse(e.body);
    }
    ADD_FAILURE() << "no event " << seq;
    return {};
  }
  test::SampleWard ward;
};

}  // namespace

TEST_F(DrillRun, InjectsComeOutOnTheClockAndAClosureMovesPeopleAsAFreshSolveWould) {
  const long id = services::start_drill(ward.store(), scenario(), no_progress());
  auto s = services::load_drill(ward.store(), id);
  EXPECT_EQ(s.released, std::vector<std::string>{"begin"});
  EXPECT_EQ(services::next_due(s), 40);

  const auto step = services::advance_drill(ward.store(), id, std::nullopt, no_progress());
  EXPECT_EQ(step.to, 40);
  EXPECT_EQ(step.released, (std::vector<std::string>{"fire", "damage"}));
  ASSERT_EQ(step.replans.size(), 1u) << "one re-plan for the minute's two injects";
  const auto after = replan_body(id, step.replans[0]);
  EXPECT_EQ(after["after"], "fire,damage");
  EXPECT_FALSE(after["loads"].contains("X1311290118111")) << "nobody is sent to the damaged school";
  long moved_from_school = 0;
  for (const auto& m : after["moves"]) {
    if (m["from"] == "X1311290118111") moved_from_school += m["count"].get<long>();
  }
  EXPECT_GT(moved_from_school, 0) << "the school's evacuees are moved elsewhere";

  // The same world solved afresh, as `bosai assign` would on it: 池尻's people, 池尻's 指定避難所 open, the
  // school damaged, the fire's area closed. The numbers stored are that optimum's.
  s = services::load_drill(ward.store(), id);
  const auto ikejiri = geo::parse_area_geojson(s.checked.districts[0].boundary, "池尻", "boundary");
  services::AssignmentRequest rq;
  rq.units = routing::assignment::read_population_units(test::SampleWard::sample("maps/sample-population.csv"));
  std::erase_if(rq.units, [&](const auto& u) { return !ikejiri.contains(u.position); });
  rq.as_of = "2026-12-10";
  rq.roads = services::RoadSource{test::SampleWard::sample("maps/sample-roads.geojson")};
  for (const auto& sh : ward.store().shelters().list()) {
    const bool stays = is_staying_shelter(sh.kind);
    const bool open = sh.district_code == "ikejiri" && sh.kind == ShelterKind::kDesignated;
    if (stays && (!open || sh.id == "X1311290118111")) rq.closed_shelters.push_back(sh.id);
  }
  Area fire("fire");
  fire.add_polygon({{35.6575, 139.6840}, {35.6575, 139.6890}, {35.6540, 139.6890}, {35.6540, 139.6840}, {35.6575, 139.6840}});
  rq.closed_areas = {fire};
  const auto fresh = services::run_assignment(&ward.store(), rq, no_progress());
  EXPECT_EQ(after["placed"].get<long>(), fresh.result.placed);
  EXPECT_NEAR(after["person_km"].get<double>(), fresh.result.person_metres / 1000.0, 1e-6);
  const auto baseline = replan_body(id, ward.store().drills().events(id)[1].seq);
  EXPECT_EQ(baseline["after"], "") << "the baseline, before any inject";
  EXPECT_GT(baseline["loads"]["X1311290118111"].get<long>(), 0) << "the school took people before the fire";
  EXPECT_EQ(after["placed"].get<long>() + after["unplaced"].get<long>(),
            baseline["placed"].get<long>() + baseline["unplaced"].get<long>())
      << "the same people, placed or not, before and after";
}

TEST_F(DrillRun, AContingencyComesOutOnlyWhenItsTriggerWentUnanswered) {
  const long unanswered = services::start_drill(ward.store(), scenario(), no_progress());
  services::advance_drill(ward.store(), unanswered, std::nullopt, no_progress());  // 0:40
  const auto late = services::advance_drill(ward.store(), unanswered, std::nullopt, no_progress());
  EXPECT_EQ(late.to, 60);
  EXPECT_EQ(late.released, std::vector<std::string>{"fire-reminder"});

  const long answered = services::start_drill(ward.store(), scenario(), no_progress());
  services::advance_drill(ward.store(), answered, std::nullopt, no_progress());  // 0:40
  services::log_decision(ward.store(), answered, "fire", "本部", "南小の避難者を東小へ、246号の南側を通って");
  const auto next = services::advance_drill(ward.store(), answered, std::nullopt, no_progress());
  EXPECT_EQ(next.to, 90) << "no reminder: the next inject is the 1:30 arrival";
  EXPECT_EQ(next.released, std::vector<std::string>{"arrive"});
  EXPECT_THROW(services::log_decision(ward.store(), answered, "fire-reminder", "本部", "x"), InputError)
      << "a decision answers an inject that is out";
}

TEST_F(DrillRun, AnotherProcessSeesTheSameDrillAndNothingIsReleasedTwice) {
  const long id = services::start_drill(ward.store(), scenario(), no_progress());
  services::advance_drill(ward.store(), id, 50, no_progress());
  {
    // What a second `bosai drill step` (or one after a crash) sees: only the store.
    auto other = store::open_store(ward.db());
    const auto s = services::load_drill(*other, id);
    EXPECT_EQ(s.clock, 50);
    EXPECT_EQ(s.released, (std::vector<std::string>{"begin", "fire", "damage"}));
    EXPECT_EQ(s.world.shelter_states.at("X1311290118111"), "damaged");
    services::advance_drill(*other, id, 90, no_progress());
  }
  const auto s = services::load_drill(ward.store(), id);
  EXPECT_EQ(s.released, (std::vector<std::string>{"begin", "fire", "damage", "fire-reminder", "arrive"}));
  EXPECT_EQ(s.world.arrivals.at("X1311290116111"), 30);
  EXPECT_THROW(services::advance_drill(ward.store(), id, 80, no_progress()), InputError) << "the clock never goes back";
  const auto end = services::advance_drill(ward.store(), id, std::nullopt, no_progress());
  EXPECT_TRUE(end.ended) << "nothing left to release: the drill ends";
  EXPECT_THROW(services::advance_drill(ward.store(), id, std::nullopt, no_progress()), InputError);
}

TEST_F(DrillRun, ObservationsNeedAnObjectiveOfTheDrillAndAnHseepRating) {
  const long id = services::start_drill(ward.store(), scenario(), no_progress());
  services::log_observation(ward.store(), id, "routes", "評価者A", "経路の変更が早かった", "S");
  EXPECT_THROW(services::log_observation(ward.store(), id, "unknown", "評価者A", "x", ""), InputError);
  EXPECT_THROW(services::log_observation(ward.store(), id, "routes", "評価者A", "x", "A"), InputError);
  const auto events = ward.store().drills().events(id);
  EXPECT_EQ(events[events.size() - 2].kind, "observation");
  EXPECT_EQ(events.back().kind, "rating");
}

TEST_F(DrillRun, AFullShelterKeepsWhomItHoldsAndTakesNobodyMore) {
  // 池尻南小学校 is declared full at 0:40 while a fire closes roads further south: the people it had stay.
  std::string text = kScenario;
  const std::string damaged = "status = \"damaged\"";
  text.replace(text.find(damaged), damaged.size(), "status = \"full\"");
  const std::string fire = "area = [[35.6575, 139.6840], [35.6575, 139.6890], [35.6540, 139.6890], [35.6540, 139.6840]]";
  ASSERT_NE(text.find(fire), std::string::npos);
  text.replace(text.find(fire), fire.size(), "area = [[35.6500, 139.6855], [35.6500, 139.6900], [35.6470, 139.6900], [35.6470, 139.6855]]");
  const long id = services::start_drill(ward.store(), scenario(text), no_progress());
  const auto step = services::advance_drill(ward.store(), id, 40, no_progress());
  ASSERT_EQ(step.replans.size(), 1u);
  const auto events = ward.store().drills().events(id);
  const auto baseline = replan_body(id, events[1].seq);
  const long held = baseline["loads"]["X1311290118111"].get<long>();
  ASSERT_GT(held, 0);
  const auto after = replan_body(id, step.replans[0]);
  ASSERT_TRUE(after["loads"].contains("X1311290118111"));
  EXPECT_EQ(after["loads"]["X1311290118111"].get<long>(), held) << "nobody is moved out of a full school";
  for (const auto& m : after["moves"]) EXPECT_NE(m["to"], "X1311290118111") << "and nobody more comes";
  const auto s = services::load_drill(ward.store(), id);
  EXPECT_EQ(s.world.full_holds.at("X1311290118111"), held) << "a replay reads back what the school held";

  // The same as `bosai assign --full-shelter X1311290118111=N` on the edited world.
  const auto ikejiri = geo::parse_area_geojson(s.checked.districts[0].boundary, "池尻", "boundary");
  services::AssignmentRequest rq;
  rq.units = routing::assignment::read_population_units(test::SampleWard::sample("maps/sample-population.csv"));
  std::erase_if(rq.units, [&](const auto& u) { return !ikejiri.contains(u.position); });
  rq.as_of = "2026-12-10";
  rq.roads = services::RoadSource{test::SampleWard::sample("maps/sample-roads.geojson")};
  for (const auto& sh : ward.store().shelters().list()) {
    const bool open = sh.district_code == "ikejiri" && sh.kind == ShelterKind::kDesignated;
    if (is_staying_shelter(sh.kind) && !open) rq.closed_shelters.push_back(sh.id);
  }
  rq.full_shelters = {{"X1311290118111", held}};
  rq.closed_areas = s.world.closed_areas;
  const auto fresh = services::run_assignment(&ward.store(), rq, no_progress());
  EXPECT_EQ(after["placed"].get<long>(), fresh.result.placed);
  EXPECT_NEAR(after["person_km"].get<double>(), fresh.result.person_metres / 1000.0, 1e-6);
  rq.full_shelters = {{"X9999999999999", 1}};
  EXPECT_THROW(services::run_assignment(&ward.store(), rq, no_progress()), NotFoundError);
}
