// Protects the recovery commands as a user runs them: init → check → backup → restore, with the documented
// exit codes when the database or the backup is bad.
#include "support/cli_runner.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

using bosai::test::run_cli;
using bosai::test::TempDir;

TEST(MaintenanceCli, InitCheckBackupRestore) {
  TempDir tmp;
  const auto db = (tmp / "ward.db").string();
  auto init = run_cli({"--db", db, "init", "--json"});
  ASSERT_EQ(init.exit_code, 0) << init.err;
  EXPECT_NE(init.out.find("\"districts\":28"), std::string::npos) << init.out;

  EXPECT_EQ(run_cli({"--db", db, "check"}).exit_code, 0);
  ASSERT_EQ(run_cli({"--db", db, "backup", (tmp / "b.db").string()}).exit_code, 0);

  const auto restored = (tmp / "restored.db").string();
  auto restore = run_cli({"--db", restored, "restore", (tmp / "b.db").string()});
  ASSERT_EQ(restore.exit_code, 0) << restore.err;
  auto check = run_cli({"--db", restored, "check", "--json"});
  EXPECT_EQ(check.exit_code, 0);
  EXPECT_NE(check.out.find("\"ok\":true"), std::string::npos);
}

TEST(MaintenanceCli, RestoreFromJunkIsBadInput) {
  TempDir tmp;
  bosai::test::write_file(tmp / "junk", std::string(5000, 'j'));
  auto r = run_cli({"--db", (tmp / "ward.db").string(), "restore", (tmp / "junk").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("junk"), std::string::npos) << r.err;
}

TEST(MaintenanceCli, CheckOnMissingDatabaseIsBadInput) {
  TempDir tmp;
  auto r = run_cli({"--db", (tmp / "none.db").string(), "check"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_FALSE(std::filesystem::exists(tmp / "none.db"));
}

TEST(MaintenanceCli, InitWithBrokenWardFileLeavesNoDatabase) {
  TempDir tmp;
  bosai::test::write_file(tmp / "ward.toml", "[ward]\ncode = \"1\"\n");
  auto r = run_cli({"--db", (tmp / "w.db").string(), "init", "--ward", (tmp / "ward.toml").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("ward.toml"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(tmp / "w.db"));
}
