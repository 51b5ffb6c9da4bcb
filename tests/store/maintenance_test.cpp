// Protects recovery after a disaster: check finds damage, backup/restore round-trips, and a bad backup
// never overwrites the live database.
#include "core/error.h"
#include "store/sqlite/database.h"
#include "store/sqlite/database_maintenance.h"
#include "store/sqlite/migration.h"
#include "store/store_error.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

using namespace bosai::store;
using bosai::test::TempDir;

namespace {

void seed(Database& db) {
  migrate(db);
  db.exec("INSERT INTO ward(code, name) VALUES('131121', '世田谷区');"
          "INSERT INTO region(code, ward_code, name) VALUES('r', '131121', '世田谷');"
          "INSERT INTO district(code, region_code, name) VALUES('d', 'r', '池尻')");
}

std::string district_names(Database& db) {
  std::string out;
  auto s = db.prepare("SELECT name FROM district ORDER BY code");
  while (s.step()) out += s.column_text(0) + ";";
  return out;
}

}  // namespace

TEST(Maintenance, CheckPassesOnSoundDatabase) {
  TempDir tmp;
  Database db(tmp / "a.db", Database::Mode::kCreate);
  seed(db);
  EXPECT_TRUE(check_database(db).empty());
}

TEST(Maintenance, CheckReportsDanglingForeignKey) {
  TempDir tmp;
  Database db(tmp / "a.db", Database::Mode::kCreate);
  seed(db);
  db.exec("PRAGMA foreign_keys = OFF; INSERT INTO district(code, region_code, name) VALUES('x', 'gone', 'X')");
  const auto problems = check_database(db);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("district"), std::string::npos);
}

TEST(Maintenance, BackupAndRestoreRoundTrip) {
  TempDir tmp;
  Database live(tmp / "live.db", Database::Mode::kCreate);
  seed(live);
  backup_database(live, tmp / "backup.db");
  live.exec("UPDATE district SET name = 'changed'");
  restore_database(live, tmp / "backup.db");
  EXPECT_EQ(district_names(live), "池尻;");
  EXPECT_FALSE(std::filesystem::exists(tmp / "backup.db.partial"));
}

TEST(Maintenance, RestoreRefusesNonDatabaseAndKeepsLiveData) {
  TempDir tmp;
  Database live(tmp / "live.db", Database::Mode::kCreate);
  seed(live);
  bosai::test::write_file(tmp / "junk.db", std::string(8192, 'x'));
  EXPECT_THROW(restore_database(live, tmp / "junk.db"), bosai::InputError);
  EXPECT_EQ(district_names(live), "池尻;");
}

TEST(Maintenance, RestoreRefusesEmptySqliteFile) {
  TempDir tmp;
  Database live(tmp / "live.db", Database::Mode::kCreate);
  seed(live);
  { Database empty(tmp / "empty.db", Database::Mode::kCreate); }
  EXPECT_THROW(restore_database(live, tmp / "empty.db"), bosai::InputError);
  EXPECT_EQ(district_names(live), "池尻;");
}

TEST(Maintenance, OpeningANonDatabaseFails) {
  TempDir tmp;
  bosai::test::write_file(tmp / "notes.txt", "these are not the pages you are looking for, at all, not even close");
  EXPECT_THROW(Database(tmp / "notes.txt"), StoreError);
}
