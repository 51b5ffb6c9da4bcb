// Protects the after-action report and the improvement plan: the report says who moved where after a fire and
// a damaged school, and what the supply routes did, with the figures the drill stored; it measures the time
// from an inject to the first decision; it is made from the event log alone, so the same log gives the same
// report; a finding becomes a corrective action and a manual revision whose diff shows the change, and the
// action is closed when a later drill exercises the section and rates it P or S (not M or U).
#include "core/error.h"
#include "core/progress.h"
#include "report/drill_report_html.h"
#include "services/community_documents.h"
#include "services/corrective_actions.h"
#include "services/document_links.h"
#include "services/drill_report.h"
#include "services/drill_report_maps.h"
#include "services/drill_run.h"
#include "services/sample_ward.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>

using namespace bosai;

namespace {

// 池尻南小学校 (X1311290118111) with its roads inside the fire; the manual version tested is pinned.
const std::string kScenario = R"([scenario]
name = "報告書テスト訓練"
hazard = "earthquake"
start = "2026-12-10 17:30"
districts = ["池尻"]
roads = "ROADS"
population = "POPULATION"
supply = "SUPPLY"
supply_clock = "09:00"
manual = ["池尻東小学校@VERSION"]

[[objective]]
id = "check"
title = "建物に入る前に被害を確かめる"
refs = ["manual:池尻東小学校#checklist-damage", "manual:池尻東小学校#card-general-initial"]

[[objective]]
id = "redirect"
title = "南小の避難者を移す"
refs = ["manual:池尻東小学校#phase-initial"]

[[inject]]
id = "fire"
at = "0:40"
kind = "road_closure"
area = [[35.6575, 139.6840], [35.6575, 139.6890], [35.6540, 139.6890], [35.6540, 139.6840]]
synopsis = "池尻南小学校の周りで延焼"
objective = "redirect"
respond_by = "1:00"

[[inject]]
id = "damage"
at = "0:40"
kind = "shelter_status"
shelter = "X1311290118111"
status = "damaged"
synopsis = "池尻南小学校の体育館が使えない"
objective = "redirect"
respond_by = "0:50"

[[inject]]
id = "reminder"
kind = "message"
contingency_for = "damage"
synopsis = "南小の町会長から: まだ指示がない"
objective = "redirect"

[[inject]]
id = "arrivals"
at = "0:50"
kind = "arrivals"
shelter = "池尻東小学校"
count = 40
care = 2
synopsis = "東小に40人"
)";

class DrillReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    services::import_document(ward.store(), DocumentKind::kShelterManual,
                              test::SampleWard::sample("plans/manuals/ikejiri-higashi.md"));
  }
  std::filesystem::path scenario(int version, const std::string& name = "drill.toml") {
    std::string t = kScenario;
    t.replace(t.find("VERSION"), 7, std::to_string(version));
    return ward.drill_scenario(t, name);
  }
  // The same drill, the same log: released to the end, one decision, one finding, one rating.
  long run_drill(int version, const std::string& rating = "S") {
    const long id = services::start_drill(ward.store(), scenario(version), no_progress());
    services::advance_drill(ward.store(), id, 45, no_progress());
    services::log_decision(ward.store(), id, "fire", "本部", "南小の人を東小へ案内する");
    services::log_observation(ward.store(), id, "check", "評価者A", "外からの点検を飛ばして体育館に入った", "", "improvement");
    services::log_observation(ward.store(), id, "redirect", "評価者B", "案内が早かった", "", "strength");
    while (!services::advance_drill(ward.store(), id, std::nullopt, no_progress()).ended) {
    }
    services::log_observation(ward.store(), id, "check", "評価者A", "", rating);
    return id;
  }
  test::SampleWard ward;
};

const services::DrillReport::Objective& objective(const services::DrillReport& r, const std::string& id) {
  for (const auto& o : r.objectives) {
    if (o.id == id) return o;
  }
  throw std::runtime_error("no objective " + id);
}

}  // namespace

TEST_F(DrillReportTest, SaysWhoMovedWhereAndWhatTheSupplyRoutesDidWithTheStoredFigures) {
  const long id = run_drill(1);
  const auto r = services::drill_report(ward.store(), id);
  ASSERT_GE(r.assignments.size(), 2u);
  const auto& after = r.assignments[1];
  EXPECT_EQ(after.after, (std::vector<std::string>{"fire", "damage"}));
  EXPECT_TRUE(after.unusable.contains("X1311290118111"));
  EXPECT_EQ(after.closed_areas.size(), 1u);
  EXPECT_FALSE(after.loads.contains("X1311290118111")) << "nobody is left at the damaged school";
  long moved_out = 0;
  for (const auto& m : after.moves) moved_out += m.from == "池尻南小学校" ? m.count : 0;
  EXPECT_EQ(moved_out, r.assignments[0].loads.at("X1311290118111")) << "everyone it held is moved, and said so";
  // The figures are the drill's own: the stored re-plan, not a second solve.
  for (const auto& e : ward.store().drills().events(id)) {
    const auto body = nlohmann::json::parse(e.body);
    if (e.kind == "replan" && body["model"] == "assignment" && body["after"] == "fire,damage") {
      EXPECT_EQ(after.placed, body["placed"].get<long>());
      EXPECT_EQ(after.unplaced, body["unplaced"].get<long>());
    }
  }
  ASSERT_GE(r.supplies.size(), 2u);
  bool school_dropped = false;
  for (const auto& s : r.supplies[0].plan.routes) {
    for (const auto& stop : s.stops) school_dropped = school_dropped || stop.shelter_id == "X1311290118111";
  }
  for (const auto& s : r.supplies.back().plan.routes) {
    for (const auto& stop : s.stops) EXPECT_NE(stop.shelter_id, "X1311290118111");
  }
  EXPECT_TRUE(school_dropped) << "the school was supplied before the fire";
  EXPECT_FALSE(r.supplies[1].routes.empty()) << "which route changed is said";
  // Occupancy: the school empties at 0:40, 池尻東小学校 gains the 40 who arrived at 0:50.
  const auto& o = r.occupancy;
  ASSERT_EQ(o.minutes, (std::vector<int>{0, 40, 50}));
  EXPECT_GT(o.people.at("池尻南小学校")[0], 0);
  EXPECT_EQ(o.people.at("池尻南小学校")[1], 0);
  EXPECT_EQ(o.people.at("池尻東小学校")[2] - o.people.at("池尻東小学校")[1], 40);

  const auto html = report::drill_report_html(r, {});
  EXPECT_NE(html.find("池尻南小学校 → "), std::string::npos);
  EXPECT_NE(html.find("物資の輸送"), std::string::npos);

  const auto maps = services::drill_change_maps(ward.store(), r, no_progress());
  ASSERT_EQ(maps.size(), r.assignments.size() - 1);
  bool labelled = false;
  for (const auto& site : maps[0].after.sites) labelled = labelled || site.name == "池尻南小学校（使用不可）";
  EXPECT_TRUE(labelled);
  EXPECT_TRUE(maps[0].before.closed_areas.empty());
  EXPECT_EQ(maps[0].after.closed_areas.size(), 1u);
  EXPECT_FALSE(maps[0].after.routes.empty()) << "the supply routes of the plan in effect are drawn";
}

TEST_F(DrillReportTest, MeasuresTheTimeFromAnInjectToTheFirstDecision) {
  const long id = run_drill(1);
  const auto r = services::drill_report(ward.store(), id);
  const auto& redirect = objective(r, "redirect");
  ASSERT_EQ(redirect.responses.size(), 2u);
  const auto& fire = redirect.responses[0];
  EXPECT_EQ(fire.inject, "fire");
  EXPECT_EQ(fire.released_at, 40);
  ASSERT_TRUE(fire.first_decision);
  EXPECT_EQ(*fire.first_decision, 45);
  EXPECT_FALSE(fire.late());
  const auto& damage = redirect.responses[1];
  EXPECT_FALSE(damage.first_decision);
  EXPECT_TRUE(damage.late());
  EXPECT_TRUE(damage.contingency) << "nobody answered the damage by 0:50, so the reminder went out";
  EXPECT_EQ(objective(r, "check").rating(), "S");
  ASSERT_EQ(r.participants.size(), 3u);
  EXPECT_EQ(r.participants[0].name, "本部");
  EXPECT_EQ(r.participants[0].role, "参加者");
  // The cards and checklists: the damage checklist was exercised (objective check was evaluated); the
  // opening checklist no objective named was not.
  bool damage_exercised = false, opening_missed = false;
  for (const auto& m : r.materials) {
    if (m.title == "施設被害状況チェックリスト") damage_exercised = m.exercised();
    if (m.title.find("開設") != std::string::npos && m.kind == "チェックリスト") opening_missed = !m.exercised();
  }
  EXPECT_TRUE(damage_exercised);
  EXPECT_TRUE(opening_missed);
}

TEST_F(DrillReportTest, TheSameLogGivesTheSameReport) {
  const long first = run_drill(1);
  const long second = run_drill(1);
  const auto html = [&](long id) {
    auto text = report::drill_report_html(services::drill_report(ward.store(), id), {});
    return std::regex_replace(text, std::regex("訓練 " + std::to_string(id) + "）"), "訓練 N）");
  };
  EXPECT_EQ(html(first), html(first)) << "nothing but the log goes into the report";
  EXPECT_EQ(html(first), html(second)) << "a drill replayed with the same log reports the same";
}

TEST_F(DrillReportTest, AFindingBecomesAnActionAndARevisionAndALaterDrillClosesIt) {
  const long first = run_drill(1);
  const std::string finding = "外からの点検を飛ばして体育館に入った";
  store::CorrectiveAction action;
  action.drill_id = first;
  action.objective = "check";
  action.ref = "manual:池尻東小学校#checklist-damage";
  action.finding = finding;
  action.action = "チェックリストの最初に「建物に入る前に」を太字で書く";
  action.owner = "池尻東小学校避難所運営委員会 総務・情報";
  action.due_on = "2027/03/31";
  const long aid = services::open_corrective_action(ward.store(), action);
  const auto stored = *ward.store().actions().find(aid);
  EXPECT_EQ(stored.ref, "manual:X1311290116111#checklist-damage") << "stored with the owner's code";
  EXPECT_EQ(stored.due_on, "2027-03-31");

  // The revision draft opened from the finding, edited by the committee, imported as the next version.
  auto draft = services::revision_draft(ward.store(), action.ref, finding, "2026-12-12");
  EXPECT_NE(draft.find(finding), std::string::npos);
  const std::string before = "建物に入る前に、外から確かめます。";
  ASSERT_NE(draft.find(before), std::string::npos);
  draft.replace(draft.find(before), before.size(), "**建物に入る前に**、必ず外から確かめます。");
  const auto file = ward.dir() / "revised.md";
  std::ofstream(file) << draft;
  const auto imported = services::import_document(ward.store(), DocumentKind::kShelterManual, file);
  ASSERT_EQ(imported.version, 2);
  const auto diff = services::compare_documents(ward.store(), DocumentKind::kShelterManual, "池尻東小学校", 1, 2).diff;
  EXPECT_EQ(diff.change_count(), 1u) << "the sentence changed, and only it (the finding comment is not content)";

  // A later drill on version 2 that only has major challenges there leaves it open…
  const long second = run_drill(2, "M");
  EXPECT_EQ(ward.store().actions().find(aid)->status, "open");
  // …and one rated S closes it, as done by that drill; its report says so.
  const long third = run_drill(2, "S");
  const auto closed = *ward.store().actions().find(aid);
  EXPECT_EQ(closed.status, "closed");
  ASSERT_TRUE(closed.closed_by_drill);
  EXPECT_EQ(*closed.closed_by_drill, third);
  const auto r = services::drill_report(ward.store(), third);
  ASSERT_EQ(r.actions_closed.size(), 1u);
  EXPECT_EQ(r.actions_closed[0].id, aid);
  EXPECT_EQ(services::drill_report(ward.store(), second).actions_open.size(), 0u) << "closed by now, as listed today";
  EXPECT_EQ(services::drill_report(ward.store(), first).actions_opened.size(), 1u);
  EXPECT_NE(report::drill_report_html(r, {}).find("この訓練で完了した改善策"), std::string::npos);
}

TEST_F(DrillReportTest, AnActionMustBeAboutWhatTheDrillTested) {
  const long id = run_drill(1);
  store::CorrectiveAction a;
  a.drill_id = id;
  a.objective = "check";
  a.ref = "manual:池尻東小学校#checklist-damage";
  a.finding = "所見";
  a.action = "改善策";
  a.owner = "委員会";
  a.due_on = "2027-03-31";
  const auto refused = [&](store::CorrectiveAction bad, const std::string& field) {
    try {
      services::open_corrective_action(ward.store(), bad);
      ADD_FAILURE() << "accepted a bad " << field;
    } catch (const InputError& e) {
      EXPECT_EQ(e.field(), field);
    }
  };
  auto x = a;
  x.ref = "manual:池尻東小学校#pets";
  refused(x, "ref");  // a section objective "check" does not name
  x = a;
  x.objective = "nothing";
  refused(x, "objective");
  x = a;
  x.due_on = "来年3月";
  refused(x, "due");
  x = a;
  x.owner = "";
  refused(x, "owner");
  x = a;
  x.drill_id = 99;
  refused(x, "drill");
  EXPECT_TRUE(ward.store().actions().list().empty()) << "nothing refused is stored";
}
