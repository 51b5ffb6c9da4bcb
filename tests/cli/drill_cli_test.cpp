// Protects `bosai drill check` as a facilitator meets it: a shipped scenario checks against a store holding the
// versions it pins; one naming what the store lacks exits 2 naming the scenario's line, and so does one pinning a
// version not stored.
#include "support/cli_runner.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

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

}  // namespace
