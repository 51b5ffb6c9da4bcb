// Protects plans and storm calls as staff use them: every plan change is kept as a revision, plans need the
// person's consent, sharing follows the share-plan consent, and a storm call list covers only the affected
// area in priority order and tracks who still needs action.
#include "people_fixture.h"

#include "store/sqlite/database.h"
#include "support/shared_data.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

using namespace bosai::test;

namespace {

std::string plan_example() { return (source_dir() / "plans" / "examples" / "plan-storm.toml").string(); }

// Ids in the shipped sample with a given consent pattern, found through the staff view.
std::vector<long long> ids_where(const PeopleDb& db, const std::string& consent, bool given) {
  auto list = db.run("ward_staff", {"people", "list", "--json"});
  std::vector<long long> out;
  for (const auto& p : nlohmann::json::parse(list.out)) {
    if (p["consent"][consent]["given"].get<bool>() == given) out.push_back(p["id"].get<long long>());
  }
  return out;
}

}  // namespace

TEST(PeoplePlansCli, EveryChangeIsARevisionAndConsentIsRequired) {
  PeopleDb db;
  ASSERT_EQ(db.run("ward_staff", {"people", "import", sample_people_csv()}).exit_code, 0);
  const auto consenting = ids_where(db, "make_plan", true);
  const auto refusing = ids_where(db, "make_plan", false);
  ASSERT_FALSE(consenting.empty());
  ASSERT_FALSE(refusing.empty());
  const auto id = std::to_string(consenting.front());

  auto first = db.run("ward_staff", {"plans", "set", id, plan_example()});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  auto text = read_file(plan_example());
  text.replace(text.find("next_review = \"2027-05-10\""), 26, "next_review = \"2026-06-01\"");
  write_file(db.dir() / "plan.toml", text);
  ASSERT_EQ(db.run("centre_staff", {"plans", "set", id, (db.dir() / "plan.toml").string()}).exit_code, 0);

  auto history = db.run("ward_staff", {"plans", "history", id, "--hazard", "風水害", "--json"});
  ASSERT_EQ(history.exit_code, 0) << history.err;
  const auto revisions = nlohmann::json::parse(history.out);
  ASSERT_EQ(revisions.size(), 2u);
  EXPECT_EQ(revisions[0]["next_review"], "2027-05-10");
  EXPECT_EQ(revisions[1]["next_review"], "2026-06-01");
  EXPECT_EQ(revisions[1]["changed_by"], "centre_staff");
  EXPECT_EQ(revisions[1]["supporters"][0]["name"], "試験 一郎");

  // The store itself refuses to overwrite a revision.
  {
    bosai::store::Database handle(db.db());
    EXPECT_ANY_THROW(handle.exec("UPDATE evacuation_plan SET status = 'draft'"));
    EXPECT_ANY_THROW(handle.exec("DELETE FROM evacuation_plan"));
  }
  // No consent to a plan: refused, nothing stored.
  auto refused = db.run("ward_staff", {"plans", "set", std::to_string(refusing.front()), plan_example()});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("計画作成同意"), std::string::npos) << refused.err;

  // Progress counts the plan and, a review date in the past, its overdue review.
  auto progress = db.run("facilitator", {"people", "progress", "--json", "--today", "2026-07-01"});
  ASSERT_EQ(progress.exit_code, 0) << progress.err;
  const auto total = nlohmann::json::parse(progress.out)["total"];
  EXPECT_EQ(total["with_plan"], 1);
  EXPECT_EQ(total["plans_overdue"], 1);
}

TEST(PeoplePlansCli, SharedPlansOnlyForConsentingPeopleAndNeverForFacilitators) {
  PeopleDb db;
  ASSERT_EQ(db.run("ward_staff", {"people", "import", sample_people_csv()}).exit_code, 0);
  const auto share = ids_where(db, "share_plan", true);
  std::vector<long long> plan_no_share;
  for (auto id : ids_where(db, "make_plan", true)) {
    if (std::find(share.begin(), share.end(), id) == share.end()) plan_no_share.push_back(id);
  }
  ASSERT_FALSE(share.empty());
  ASSERT_FALSE(plan_no_share.empty());
  for (auto id : {share.front(), plan_no_share.front()}) {
    ASSERT_EQ(db.run("ward_staff", {"plans", "set", std::to_string(id), plan_example()}).exit_code, 0);
  }
  EXPECT_EQ(db.run("supporter", {"plans", "show", std::to_string(share.front())}).exit_code, 0);
  EXPECT_EQ(db.run("supporter", {"plans", "show", std::to_string(plan_no_share.front())}).exit_code, 2);
  EXPECT_EQ(db.run("facilitator", {"plans", "show", std::to_string(share.front())}).exit_code, 2);
  EXPECT_EQ(db.run("supporter", {"plans", "set", std::to_string(share.front()), plan_example()}).exit_code, 2);
}

TEST(StormCli, CallListCoversOnlyTheAreaInPriorityOrderAndTracksOutcomes) {
  PeopleDb db;
  ASSERT_EQ(db.run("ward_staff", {"people", "import", sample_people_csv()}).exit_code, 0);
  auto everyone = nlohmann::json::parse(db.run("ward_staff", {"people", "list", "--json"}).out);
  std::set<long long> in_kinuta, in_seijo;
  for (const auto& p : everyone) {
    if (p["district"] == "kinuta") in_kinuta.insert(p["id"].get<long long>());
    if (p["district"] == "seijo") in_seijo.insert(p["id"].get<long long>());
  }
  ASSERT_FALSE(in_kinuta.empty());

  auto calls = db.run("centre_staff", {"storm", "calls", "--district", "kinuta,seijo", "--json"});
  ASSERT_EQ(calls.exit_code, 0) << calls.err;
  const auto list = nlohmann::json::parse(calls.out)["calls"];
  EXPECT_EQ(list.size(), in_kinuta.size() + in_seijo.size());
  double previous = 1e9;
  for (const auto& c : list) {
    const auto id = c["person_id"].get<long long>();
    EXPECT_TRUE(in_kinuta.count(id) || in_seijo.count(id)) << "person " << id << " is outside the area";
    EXPECT_LE(c["score"].get<double>(), previous) << "not in priority order at rank " << c["rank"];
    previous = c["score"].get<double>();
  }

  // A polygon around part of the ward: exactly the people whose homes fall inside.
  const double lat0 = 35.60, lat1 = 35.64, lon0 = 139.58, lon1 = 139.64;
  write_file(db.dir() / "area.geojson",
             "{\"type\":\"Polygon\",\"coordinates\":[[[139.58,35.60],[139.64,35.60],[139.64,35.64],[139.58,35.64],"
             "[139.58,35.60]]]}");
  auto area = db.run("centre_staff", {"storm", "calls", "--area", (db.dir() / "area.geojson").string(), "--json"});
  ASSERT_EQ(area.exit_code, 0) << area.err;
  std::set<long long> expected, listed;
  for (const auto& p : everyone) {
    const double lat = p["home"]["lat"], lon = p["home"]["lon"];
    if (lat > lat0 && lat < lat1 && lon > lon0 && lon < lon1) expected.insert(p["id"].get<long long>());
  }
  const auto area_list = nlohmann::json::parse(area.out);
  for (const auto& c : area_list["calls"]) listed.insert(c["person_id"].get<long long>());
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(listed, expected);

  // Outcomes on the latest round: reached/will_evacuate are done, the rest still need action.
  const auto ranked = area_list["calls"];
  ASSERT_GE(ranked.size(), 3u);
  const auto a = std::to_string(ranked[0]["person_id"].get<long long>());
  const auto b = std::to_string(ranked[1]["person_id"].get<long long>());
  const auto c = std::to_string(ranked[2]["person_id"].get<long long>());
  EXPECT_EQ(db.run("centre_staff", {"storm", "record", a, "reached"}).exit_code, 0);
  EXPECT_EQ(db.run("centre_staff", {"storm", "record", b, "移送が必要", "--note", "車いす・タクシー手配"}).exit_code, 0);
  EXPECT_EQ(db.run("centre_staff", {"storm", "record", c, "not_reached"}).exit_code, 0);
  EXPECT_EQ(db.run("centre_staff", {"storm", "record", c, "will_evacuate"}).exit_code, 0);
  EXPECT_EQ(db.run("centre_staff", {"storm", "record", "99999", "reached"}).exit_code, 2);
  EXPECT_EQ(db.run("facilitator", {"storm", "pending"}).exit_code, 2);
  auto pending = db.run("centre_staff", {"storm", "pending", "--json"});
  ASSERT_EQ(pending.exit_code, 0) << pending.err;
  const auto left = nlohmann::json::parse(pending.out)["calls"];
  EXPECT_EQ(left.size(), ranked.size() - 2);
  EXPECT_EQ(std::to_string(left[0]["person_id"].get<long long>()), b);
  EXPECT_EQ(left[0]["outcome"], "needs_transport");
  EXPECT_EQ(left[0]["note"], "車いす・タクシー手配");
}
