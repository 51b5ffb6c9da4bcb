// Protects how times reach people: stored and in --json as UTC (2026-11-23T11:20:30Z, for programs), shown in
// text output as Japan time with the zone (2026-11-23 20:20 JST), in every listing that shows a time.
#include "people_fixture.h"

#include "core/clock.h"
#include "support/shared_data.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <regex>
#include <sstream>

using namespace bosai::test;

namespace {

const std::regex kUtc(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)");
const std::regex kJst(R"(\d{4}-\d{2}-\d{2} \d{2}:\d{2} JST)");

std::vector<std::string> lines_of(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::vector<std::string> fields_of(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  for (std::string field; std::getline(in, field, '\t');) out.push_back(field);
  return out;
}

}  // namespace

TEST(TimeDisplayCli, PlanHistoryAuditLogAndCallListShowJstWhileJsonKeepsUtc) {
  PeopleDb db;
  ASSERT_EQ(db.run("ward_staff", {"people", "import", sample_people_csv()}).exit_code, 0);
  const auto plan = (source_dir() / "plans" / "examples" / "plan-storm.toml").string();
  ASSERT_EQ(db.run("ward_staff", {"plans", "set", "1", plan}).exit_code, 0);

  const auto json =
      nlohmann::json::parse(db.run("ward_staff", {"plans", "history", "1", "--hazard", "storm", "--json"}).out);
  ASSERT_EQ(json.size(), 1u);
  const auto changed_at = json[0]["changed_at"].get<std::string>();
  EXPECT_TRUE(std::regex_match(changed_at, kUtc)) << changed_at;
  const auto text = db.run("ward_staff", {"plans", "history", "1", "--hazard", "storm"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  const auto history = fields_of(lines_of(text.out).at(0));
  ASSERT_GE(history.size(), 2u);
  EXPECT_EQ(history[1], bosai::jst_display(changed_at));

  const auto log_json = nlohmann::json::parse(db.run("ward_staff", {"audit", "log", "--json"}).out);
  const auto log = db.run("ward_staff", {"audit", "log"});
  ASSERT_EQ(log.exit_code, 0) << log.err;
  const auto log_lines = lines_of(log.out);
  ASSERT_FALSE(log_lines.empty());
  for (const auto& line : log_lines) EXPECT_TRUE(std::regex_match(fields_of(line).at(1), kJst)) << line;
  EXPECT_TRUE(std::regex_match(log_json[0]["at"].get<std::string>(), kUtc));
  EXPECT_EQ(fields_of(log_lines[0]).at(1), bosai::jst_display(log_json[0]["at"].get<std::string>()));

  const auto calls = db.run("centre_staff", {"storm", "calls", "--district", "kinuta"});
  ASSERT_EQ(calls.exit_code, 0) << calls.err;
  const auto header = lines_of(calls.out).at(0);
  std::smatch when;
  ASSERT_TRUE(std::regex_search(header, when, kJst)) << header;
}

TEST(TimeDisplayCli, ShelterStatusHistoryShowsJstWhileJsonKeepsUtc) {
  TempDir tmp;
  const auto db = (tmp / "ward.db").string();
  ASSERT_EQ(run_cli({"--db", db, "-q", "init"}).exit_code, 0);
  const auto shelters = (source_dir() / "plans" / "sample-shelters.csv").string();
  ASSERT_EQ(run_cli({"--db", db, "-q", "shelters", "import", shelters}).exit_code, 0);
  const std::string id = "X1311290001111";
  const auto set = run_cli({"--db", db, "--json", "shelters", "status", id, "open", "--by", "本部"});
  ASSERT_EQ(set.exit_code, 0) << set.err;
  const auto at = nlohmann::json::parse(set.out)["history"][0]["at"].get<std::string>();
  EXPECT_TRUE(std::regex_match(at, kUtc)) << at;

  const auto shown = run_cli({"--db", db, "shelters", "status", id});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  const auto fields = fields_of(lines_of(shown.out).at(0));
  EXPECT_EQ(fields.at(0), bosai::jst_display(at));
  EXPECT_EQ(fields.at(2), "本部");
}
