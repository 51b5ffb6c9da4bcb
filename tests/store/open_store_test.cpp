// Protects the store as front ends see it: opened by file and mode only (no backend named), maintenance
// reachable through the interface, and every read available through `const Store&` (what a Qt model holds).
#include "core/error.h"
#include "store/audit_repository.h"
#include "store/maintenance.h"
#include "store/open_store.h"
#include "store/people_repository.h"
#include "store/plan_repository.h"
#include "store/shelter_repository.h"
#include "store/sqlite/migration.h"
#include "store/store_error.h"
#include "store/storm_call_repository.h"
#include "store/ward_repository.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

using namespace bosai::store;
using bosai::test::TempDir;

namespace {

bosai::WardStructure ward(const std::string& district_name) {
  bosai::WardStructure w;
  w.ward = {"131121", "世田谷区", "", ""};
  w.regions = {{"r1", "131121", "世田谷", "", ""}};
  w.districts = {{"d1", "r1", district_name, "", "", ""}};
  return w;
}

// Compiles only while every read is const: the read-only view a desktop model would be.
std::string summary(const Store& store) {
  return store.wards().load().districts.at(0).name + " shelters=" + std::to_string(store.shelters().count()) +
         " people=" + std::to_string(store.people().count()) +
         " plans=" + std::to_string(store.plans().all_current().size()) +
         " rounds=" + std::to_string(store.storm_calls().latest_round().has_value()) +
         " audit=" + std::to_string(store.audit().entries().size()) +
         " v" + std::to_string(store.maintenance().schema_version());
}

}  // namespace

TEST(OpenStore, ExistingModeRefusesAMissingFileAndCreatesNothing) {
  TempDir tmp;
  EXPECT_THROW(open_store(tmp / "none.db"), bosai::InputError);
  EXPECT_THROW(open_store(tmp / "none.db", OpenMode::kReadOnly), bosai::InputError);
  EXPECT_FALSE(std::filesystem::exists(tmp / "none.db"));
}

TEST(OpenStore, CreateBringsTheSchemaToTheLatestAndReadsThroughConstStore) {
  TempDir tmp;
  auto store = open_store(tmp / "a.db", OpenMode::kCreate);
  store->atomically([&] { store->wards().save(ward("池尻")); });
  EXPECT_EQ(summary(*store),
            "池尻 shelters=0 people=0 plans=0 rounds=0 audit=0 v" + std::to_string(latest_schema_version()));
  EXPECT_TRUE(store->maintenance().check().empty());
}

TEST(OpenStore, FreshStartsEmptyEvenWhereAStoreWas) {
  TempDir tmp;
  {
    auto store = open_store(tmp / "a.db", OpenMode::kCreate);
    store->atomically([&] { store->wards().save(ward("池尻")); });
  }
  auto fresh = open_store(tmp / "a.db", OpenMode::kFresh);
  EXPECT_TRUE(fresh->wards().load().districts.empty());
}

TEST(OpenStore, ReadOnlyReadsButRefusesWrites) {
  TempDir tmp;
  {
    auto store = open_store(tmp / "a.db", OpenMode::kCreate);
    store->atomically([&] { store->wards().save(ward("池尻")); });
  }
  auto reader = open_store(tmp / "a.db", OpenMode::kReadOnly);
  EXPECT_EQ(reader->wards().load().districts.at(0).name, "池尻");
  EXPECT_THROW(reader->atomically([&] { reader->wards().save(ward("太子堂")); }), StoreError);
}

TEST(OpenStore, BackupAndRestoreThroughTheMaintenanceInterface) {
  TempDir tmp;
  auto store = open_store(tmp / "live.db", OpenMode::kCreate);
  store->atomically([&] { store->wards().save(ward("池尻")); });
  store->maintenance().backup(tmp / "backup.db");
  store->atomically([&] { store->wards().save(ward("変更後")); });
  store->maintenance().restore(tmp / "backup.db");
  EXPECT_EQ(store->wards().load().districts.at(0).name, "池尻");
  EXPECT_THROW(store->maintenance().restore(tmp / "missing.db"), bosai::InputError);
  EXPECT_EQ(store->wards().load().districts.at(0).name, "池尻");
}
