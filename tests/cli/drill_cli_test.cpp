// Protects `bosai drill check` as a facilitator meets it: a shipped scenario checks against a store holding the
// versions it pins; one naming what the store lacks exits 2 naming the scenario's line, and so does one pinning a
// version not stored.
#include "support/cli_runner.h"
#include "support/poppler.h"
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

TEST_F(DrillCli, APauseKeepsTheInjectsSpacingAndAControllerCanReleaseOneByHand) {
  auto text = read_file(sample("drills/shelter-opening.toml"));
  const std::string pin = "manual = [\"池尻東小学校@2\"]";
  text.replace(text.find(pin), pin.size(), "manual = [\"池尻東小学校@1\"]");
  const auto file = dir / "opening.toml";
  std::ofstream(file) << text;
  // On the clock at 60× (a drill minute a second), paused once some injects are out.
  const std::string cli = std::getenv("BOSAI_CLI");
  const auto pid_file = dir / "run.pid";
  const std::string command = "'" + cli + "' --db '" + (dir / "ward.db").string() + "' -q drill run '" + file.string() +
                              "' --speed 60 >/dev/null 2>&1 & echo $! > '" + pid_file.string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0);
  const pid_t pid = std::stoi(read_file(pid_file));
  nlohmann::json mid;
  for (int tries = 0; tries < 600; ++tries) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const auto status = run({"drill", "status", "1", "--json"});
    if (status.exit_code != 0) continue;
    mid = nlohmann::json::parse(status.out);
    if (mid["released"].size() > 1) break;
  }
  ASSERT_EQ(run({"drill", "pause", "1"}).exit_code, 0);
  // The run stops by itself at the next minute, and the clock then stands still.
  for (int i = 0; i < 100 && kill(pid, 0) == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  ASSERT_NE(kill(pid, 0), 0) << "the run on the clock stopped at the pause";
  const auto paused = nlohmann::json::parse(run({"drill", "status", "1", "--json"}).out);
  EXPECT_TRUE(paused["paused"]);
  EXPECT_FALSE(paused["ended"]);
  std::this_thread::sleep_for(std::chrono::seconds(2));
  EXPECT_EQ(nlohmann::json::parse(run({"drill", "status", "1", "--json"}).out)["clock"], paused["clock"]);

  // A controller brings an inject forward by hand: out now, once.
  ASSERT_NE(text.find("id = \"end\""), std::string::npos) << "the shelter-opening scenario ends with an inject 'end'";
  const auto pushed = run({"drill", "inject", "1", "end", "--by", "統制官", "--json"});
  ASSERT_EQ(pushed.exit_code, 0) << pushed.err;
  EXPECT_EQ(nlohmann::json::parse(pushed.out)["released"], nlohmann::json::array({"end"}));
  EXPECT_EQ(run({"drill", "inject", "1", "end", "--by", "統制官"}).exit_code, 2) << "already out";
  EXPECT_EQ(run({"drill", "inject", "1", "nothing", "--by", "統制官"}).exit_code, 2);

  ASSERT_EQ(run({"drill", "resume", "1", "--speed", "600"}).exit_code, 0);
  const auto done = nlohmann::json::parse(run({"drill", "status", "1", "--json"}).out);
  EXPECT_TRUE(done["ended"]);
  EXPECT_FALSE(done["paused"]);
  // Every timed inject came out at its own drill time, pause or not (only 'end' was brought forward).
  for (const auto& [inject, minute] : done["released_at"].items()) {
    const auto at = text.find("id = \"" + inject + "\"");
    ASSERT_NE(at, std::string::npos);
    const auto next = text.find("[[inject]]", at);
    const auto block = text.substr(at, next == std::string::npos ? std::string::npos : next - at);
    const auto time = block.find("at = \"");
    if (inject == "end" || time == std::string::npos) continue;
    const auto hm = block.substr(time + 6, block.find('"', time + 6) - time - 6);
    const int expected = std::stoi(hm.substr(0, hm.find(':'))) * 60 + std::stoi(hm.substr(hm.find(':') + 1));
    EXPECT_EQ(minute.get<int>(), expected) << inject;
  }
}

TEST_F(DrillCli, TheReportAndTheImprovementPlanFromTheCommandLine) {
  BOSAI_REQUIRE_POPPLER();
  auto text = read_file(sample("drills/shelter-opening.toml"));
  const std::string pin = "manual = [\"池尻東小学校@2\"]";
  text.replace(text.find(pin), pin.size(), "manual = [\"池尻東小学校@1\"]");
  const auto file = dir / "opening.toml";
  std::ofstream(file) << text;
  ASSERT_EQ(run({"drill", "run", file.string(), "--auto"}).exit_code, 0);
  ASSERT_EQ(run({"drill", "observe", "1", "damage-first", "外側の点検を飛ばした", "--by", "評価者", "--as", "improvement",
                 "--rating", "M"}).exit_code, 0) << "evaluators rate in the hot wash, after the end";
  EXPECT_EQ(run({"drill", "report", "1"}).exit_code, 2) << "no output named";
  const auto pdf = dir / "aar.pdf", html = dir / "aar.html";
  const auto report = run({"drill", "report", "1", "--pdf", pdf.string(), "--html", html.string()});
  ASSERT_EQ(report.exit_code, 0) << report.err;
  EXPECT_NE(read_file(html).find("外側の点検を飛ばした"), std::string::npos);
  const auto pdf_text = poppler("pdftotext -enc UTF-8", pdf);
  EXPECT_NE(pdf_text.find("事後検証報告書"), std::string::npos);

  // A ref the objective does not name is refused, exit 2, nothing stored, no draft written.
  const auto draft = dir / "draft.md";
  const std::vector<std::string> add{"drill", "actions", "add", "1", "--objective", "damage-first", "--finding",
                                     "外側の点検を飛ばした", "--action", "点検を練習する", "--owner", "委員会",
                                     "--due", "2027-03-31", "--draft", draft.string(), "--ref"};
  auto bad = add;
  bad.push_back("manual:池尻東小学校#pets");
  const auto refused = run(bad);
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("ref"), std::string::npos) << refused.err;
  EXPECT_FALSE(std::filesystem::exists(draft));
  EXPECT_EQ(run({"drill", "actions", "--json"}).out, "[]\n");
  auto good = add;
  good.push_back("manual:池尻東小学校#checklist-damage");
  ASSERT_EQ(run(good).exit_code, 0);
  EXPECT_NE(read_file(draft).find("<!-- 所見（"), std::string::npos) << "the revision draft carries the finding";
  const auto listed = nlohmann::json::parse(run({"drill", "actions", "--json"}).out);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]["status"], "open");
  ASSERT_EQ(run({"drill", "actions", "close", "1", "--note", "練習した"}).exit_code, 0);
  EXPECT_EQ(run({"drill", "actions", "close", "1", "--note", "again"}).exit_code, 2) << "closed once";
  EXPECT_EQ(nlohmann::json::parse(run({"drill", "actions", "--open", "--json"}).out).size(), 0u);
}

}  // namespace
