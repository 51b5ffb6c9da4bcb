// Protects forward-only migrations: a database written by any earlier version of bosai must reach exactly the
// schema a fresh database gets, and a database from a newer bosai must be refused rather than misread.
#include "store/sqlite/database.h"
#include "store/sqlite/migration.h"
#include "store/store_error.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <map>

using namespace bosai::store;

namespace {

std::map<std::string, std::string> schema_of(Database& db) {
  std::map<std::string, std::string> out;
  auto s = db.prepare("SELECT type || ' ' || name, coalesce(sql, '') FROM sqlite_schema ORDER BY 1");
  while (s.step()) out[s.column_text(0)] = s.column_text(1);
  return out;
}

}  // namespace

TEST(Migration, VersionsAreConsecutiveFromOne) {
  int expected = 1;
  for (const auto& m : migrations()) EXPECT_EQ(m.version, expected++) << m.description;
  EXPECT_GE(latest_schema_version(), 1);
}

TEST(Migration, EveryEarlierVersionReachesTheFreshSchema) {
  bosai::test::TempDir tmp;
  Database fresh(tmp / "fresh.db", Database::Mode::kCreate);
  migrate(fresh);
  ASSERT_EQ(schema_version(fresh), latest_schema_version());
  const auto expected = schema_of(fresh);

  for (int from = 0; from < latest_schema_version(); ++from) {
    Database db(tmp / ("from" + std::to_string(from) + ".db"), Database::Mode::kCreate);
    migrate(db, from);
    ASSERT_EQ(schema_version(db), from);
    migrate(db);
    EXPECT_EQ(schema_version(db), latest_schema_version()) << "from version " << from;
    EXPECT_EQ(schema_of(db), expected) << "from version " << from;
  }
}

TEST(Migration, MigratingTwiceChangesNothing) {
  bosai::test::TempDir tmp;
  Database db(tmp / "a.db", Database::Mode::kCreate);
  migrate(db);
  const auto before = schema_of(db);
  migrate(db);
  EXPECT_EQ(schema_of(db), before);
}

TEST(Migration, NewerDatabaseIsRefused) {
  bosai::test::TempDir tmp;
  Database db(tmp / "future.db", Database::Mode::kCreate);
  db.exec("PRAGMA user_version = " + std::to_string(latest_schema_version() + 1));
  EXPECT_THROW(migrate(db), StoreError);
}

TEST(Migration, TablesAreStrictWithForeignKeysOn) {
  bosai::test::TempDir tmp;
  Database db(tmp / "a.db", Database::Mode::kCreate);
  migrate(db);
  // STRICT: a text where an integer belongs is an error, not silently stored.
  db.exec("INSERT INTO ward(code, name) VALUES('131121', '世田谷区')");
  db.exec("INSERT INTO region(code, ward_code, name) VALUES('r', '131121', 'R')");
  db.exec("INSERT INTO district(code, region_code, name) VALUES('d', 'r', 'D')");
  EXPECT_THROW(db.exec("INSERT INTO chome(code, district_code, name, population) VALUES('c', 'd', 'C', 'many')"),
               StoreError);
  // Foreign keys: an unknown 地区 is refused.
  EXPECT_THROW(db.exec("INSERT INTO chome(code, district_code, name) VALUES('c', 'nowhere', 'C')"), StoreError);
  // Version 2, shelters: STRICT, and a shelter's 地区 must exist.
  EXPECT_THROW(db.exec("INSERT INTO shelter(id, kind, name, lat, lon, capacity, capacity_source) "
                       "VALUES('s', 'designated', 'S', 35.6, 139.6, 'many', 'official')"),
               StoreError);
  EXPECT_THROW(db.exec("INSERT INTO shelter(id, kind, name, lat, lon, district_code) "
                       "VALUES('s', 'designated', 'S', 35.6, 139.6, 'nowhere')"),
               StoreError);
  db.exec("INSERT INTO shelter(id, kind, name, lat, lon, district_code) VALUES('s', 'designated', 'S', 35.6, 139.6, 'd')");
}

TEST(Migration, VersionTwoKeepsVersionOneData) {
  bosai::test::TempDir tmp;
  Database db(tmp / "a.db", Database::Mode::kCreate);
  migrate(db, 1);
  db.exec("INSERT INTO ward(code, name) VALUES('131121', '世田谷区')");
  migrate(db);
  auto s = db.prepare("SELECT count(*) FROM ward");
  s.step();
  EXPECT_EQ(s.column_int(0), 1);
  auto t = db.prepare("SELECT count(*) FROM shelter");
  t.step();
  EXPECT_EQ(t.column_int(0), 0);
}
