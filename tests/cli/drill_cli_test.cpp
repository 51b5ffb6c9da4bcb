// Protects `bosai drill check` as a facilitator meets it: a shipped scenario checks against a store holding the
// versions it pins; one naming what the store lacks exits 2 naming the scenario's line, and so does one pinning a
// version not stored.
#include "support/cli_runner.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <thread>

#include <sys/types.h>

using namespace bosai::test;

namespace {

std::string sample(const std::string& rel) { return (source_dir() / rel).string(); }

class DrillCli : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"init", "--fresh", "--ward", sample("plans/ward.toml"), "--boundaries",
              sample("plans/sample-district-boundaries.geojson")},
             {"shelters", "import", sample("plans/sample-shelters.csv")},
             {"manual", "import", sample("plans/manuals/ikejiri-higashi.md")}}) {
      const auto r = run(args);
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
  }
  CliResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", (dir / "ward.db").string(), "-q"});
    return run_cli(args);
  }
  TempDir dir;
};

TEST_F(DrillCli, TheShelterOpeningScenarioChecksOnceItsManualVersionIsStored) {
  const auto early = run({"drill", "check", sample("drills/shelter-opening.toml")});
  EXPECT_EQ(early.exit_code, 2) << "it pins 第2版, not stored yet";
  EXPECT_NE(early.err.find("shelter-opening.toml:"), std::string::npos) << early.err;
  EXPECT_NE(early.err.find(": manual: "), std::string::npos) << early.err;

  auto text = read_file(sample("plans/manuals/ikejiri-higashi.md"));
  text.replace(text.find("3. 集まった委員の名前と担当を記録する"), std::string("3. 集まった委員の名前と担当を記録する").size(),
               "3. 集まった委員の名前と担当を記録し、本部の机に貼る");
  const auto revised = dir / "revised.md";
  std::ofstream(revised) << text;
  ASSERT_EQ(run({"manual", "import", revised.string()}).exit_code, 0);
  const auto checked = run({"drill", "check", sample("drills/shelter-opening.toml"), "--json"});
  ASSERT_EQ(checked.exit_code, 0) << checked.err;
  const auto j = nlohmann::json::parse(checked.out);
  EXPECT_EQ(j["hazard"], "shelter_opening");
  EXPECT_EQ(j["open_shelters"], nlohmann::json::array({"X1311290116111"}));
  EXPECT_GE(j["contingencies"], 1);

  // Run step by step, a decision in between, then to the end; an ended drill takes no more.
  const auto started = run({"drill", "run", sample("drills/shelter-opening.toml"), "--json"});
  ASSERT_EQ(started.exit_code, 0) << started.err;
  const auto id = std::to_string(nlohmann::json::parse(started.out)["drill"].get<long>());
  const auto step = run({"drill", "step", id, "--json"});
  ASSERT_EQ(step.exit_code, 0) << step.err;
  EXPECT_EQ(nlohmann::json::parse(step.out)["to"], 10);
  EXPECT_EQ(run({"drill", "decide", id, "gallery", "ギャラリー下を立入禁止にして体育館を開ける", "--by", "総務・情報班"}).exit_code, 0);
  EXPECT_EQ(run({"drill", "decide", id, "end", "x", "--by", "本部"}).exit_code, 2) << "not out yet";
  EXPECT_EQ(run({"drill", "observe", id, "reception", "受付が速い", "--by", "評価者", "--rating", "S"}).exit_code, 0);
  const auto player = run({"drill", "status", id});
  EXPECT_EQ(player.out.find("期待される対応"), std::string::npos) << "players never see expected responses";
  EXPECT_EQ(player.out.find("これからのインジェクト"), std::string::npos) << "nor what is to come";
  const auto controller = run({"drill", "status", id, "--controller"});
  EXPECT_NE(controller.out.find("これからのインジェクト"), std::string::npos);
  EXPECT_NE(controller.out.find("S（評価者）"), std::string::npos) << controller.out;
  ASSERT_EQ(run({"drill", "resume", id, "--auto"}).exit_code, 0);
  const auto status = nlohmann::json::parse(run({"drill", "status", id, "--json"}).out);
  EXPECT_EQ(status["ended"], true);
  EXPECT_EQ(std::find(status["released"].begin(), status["released"].end(), "gallery-push"), status["released"].end())
      << "its trigger was answered in time: the contingency never came";
  EXPECT_EQ(run({"drill", "step", id}).exit_code, 2);
}

TEST_F(DrillCli, AnUnknownShelterIsRefusedAtItsLine) {
  auto text = read_file(sample("drills/shelter-opening.toml"));
  const std::string manual = "manual = [\"池尻東小学校@2\"]";
  text.replace(text.find(manual), manual.size(), "manual = [\"池尻東小学校@1\"]");
  const std::string arrival = "shelter = \"池尻東小学校\"";
  const auto at = text.find(arrival);
  text.replace(at, arrival.size(), "shelter = \"架空小学校\"");
  const auto file = dir / "bad.toml";
  std::ofstream(file) << text;
  const auto r = run({"drill", "check", file.string()});
  EXPECT_EQ(r.exit_code, 2);
  const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<long>(at), '\n');
  EXPECT_NE(r.err.find(file.string() + ":" + std::to_string(line) + ": shelter: "), std::string::npos) << r.err;
}

TEST_F(DrillCli, ADrillKilledMidRunResumesWithNoInjectLostOrDoubled) {
  auto text = read_file(sample("drills/shelter-opening.toml"));
  const std::string pin = "manual = [\"池尻東小学校@2\"]";
  text.replace(text.find(pin), pin.size(), "manual = [\"池尻東小学校@1\"]");
  const auto file = dir / "opening.toml";
  std::ofstream(file) << text;
  // A reference run to the end, then one killed (SIGKILL) while it sleeps on the clock between injects.
  const auto reference = nlohmann::json::parse(run({"drill", "run", file.string(), "--json"}).out)["drill"].get<long>();
  ASSERT_EQ(run({"drill", "resume", std::to_string(reference), "--auto"}).exit_code, 0);
  // Started in the background on the clock; killed (SIGKILL) as soon as a step past the start is stored, while
  // it sleeps towards the next inject. Polled, not timed: under a sanitizer the start alone takes seconds.
  const std::string cli = std::getenv("BOSAI_CLI");
  const auto pid_file = dir / "run.pid";
  const std::string command = "'" + cli + "' --db '" + (dir / "ward.db").string() + "' -q drill run '" + file.string() +
                              "' --speed 100 >/dev/null 2>&1 & echo $! > '" + pid_file.string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0);
  const pid_t pid = std::stoi(read_file(pid_file));
  const auto killed = reference + 1;
  nlohmann::json mid;
  for (int tries = 0; tries < 600; ++tries) {  // up to two minutes
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const auto status = run({"drill", "status", std::to_string(killed), "--json"});
    if (status.exit_code != 0) continue;  // not started yet
    mid = nlohmann::json::parse(status.out);
    if (mid["released"].size() > 1) break;
  }
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  // Gone, or a zombie nobody reaps yet (a killed process holds no lock either way).
  for (int i = 0; i < 100 && kill(pid, 0) == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  mid = nlohmann::json::parse(run({"drill", "status", std::to_string(killed), "--json"}).out);
  EXPECT_FALSE(mid["ended"]) << "the kill came mid-run";
  EXPECT_GT(mid["released"].size(), 1u) << "some injects were out before the kill";
  ASSERT_EQ(run({"drill", "resume", std::to_string(killed), "--auto"}).exit_code, 0);
  const auto done = nlohmann::json::parse(run({"drill", "status", std::to_string(killed), "--json"}).out);
  const auto ref = nlohmann::json::parse(run({"drill", "status", std::to_string(reference), "--json"}).out);
  EXPECT_EQ(done["released"], ref["released"]) << "every inject once, in the same order";
  EXPECT_EQ(done["clock"], ref["clock"]);
}

}  // namespace
