// Pins the documented exit codes: scripts depend on 0 ok, 2 bad input, 1 other failure.
#include "support/cli_runner.h"

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
