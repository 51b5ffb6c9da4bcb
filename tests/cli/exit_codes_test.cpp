// Pins the documented exit codes: scripts depend on 0 ok, 2 bad input, 3 cannot write, 1 other failure.
#include "support/cli_runner.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

using bosai::test::run_cli;

TEST(CliExitCodes, VersionSucceeds) {
  auto r = run_cli({"version", "--json"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"version\""), std::string::npos);
}

TEST(CliExitCodes, UnknownSubcommandIsBadInput) {
  auto r = run_cli({"no-such-command"});
  EXPECT_EQ(r.exit_code, 2);
}

TEST(CliExitCodes, HelpIsOk) {
  auto r = run_cli({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Exit codes"), std::string::npos);
}

// One code for "could not write an output" in every command that writes one, and nothing left at its name:
// scripts tell a full disk or a wrong folder apart from a mistake in their input.
TEST(CliExitCodes, AnUnwritableOutputIsThreeInEveryCommand) {
  bosai::test::TempDir tmp;
  const auto src = bosai::test::source_dir();
  const std::string db = (tmp / "bosai.db").string();
  ASSERT_EQ(run_cli({"--db", db, "-q", "init", "--ward", (src / "plans" / "ward.toml").string()}).exit_code, 0);
  ASSERT_EQ(run_cli({"--db", db, "-q", "shelters", "import", (src / "plans" / "sample-shelters.csv").string()}).exit_code, 0);
  ASSERT_EQ(run_cli({"--db", db, "-q", "plan", "import", (src / "plans" / "district-plans" / "ikejiri.md").string()}).exit_code, 0);
  const auto missing = tmp / "no-such-folder";
  const std::vector<std::vector<std::string>> commands = {
      {"--db", db, "report", "overview", (missing / "overview.html").string()},
      {"--db", db, "shelters", "export", (missing / "shelters.csv").string()},
      {"--db", db, "shelters", "export", (missing / "shelters.geojson").string()},
      {"--db", db, "plan", "export", "ikejiri", (missing / "ikejiri.md").string()},
      {"--db", db, "plan", "diff", "ikejiri", "1", "1", "--html", (missing / "diff.html").string()},
      {"-q", "supply", "plan", (src / "drills" / "sample-supply.toml").string(), "--out", (missing / "x" / "plan").string(),
       "--iterations", "10"},
  };
  bosai::test::write_file(missing, "a file where a folder should be");
  for (const auto& args : commands) {
    const auto r = run_cli(args);
    EXPECT_EQ(r.exit_code, 3) << args[3] << ": " << r.err;
    EXPECT_NE(r.err.find("cannot write"), std::string::npos) << r.err;
  }
  EXPECT_EQ(bosai::test::read_file(missing), "a file where a folder should be");
}
