// Protects "nothing lost or half-written": a change that fails part-way leaves no trace, and units of work
// nest so a composite operation (close a shelter + re-plan + log + audit) lands whole or not at all.
#include "store/open_store.h"
#include "store/sqlite/database.h"
#include "store/sqlite/sqlite_store.h"
#include "store/store.h"
#include "store/store_error.h"
#include "store/ward_repository.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

using namespace bosai::store;

namespace {

long count(Database& db, const std::string& table) {
  auto s = db.prepare("SELECT count(*) FROM " + table);
  s.step();
  return static_cast<long>(s.column_int(0));
}

bosai::WardStructure sample() {
  bosai::WardStructure w;
  w.ward = {"131121", "世田谷区", "", ""};
  w.regions = {{"r1", "131121", "世田谷", "", ""}};
  w.districts = {{"d1", "r1", "池尻", "", "", ""}, {"d2", "r1", "太子堂", "", "", ""}};
  return w;
}

// The sample ward plus one more 地区, so each step of a nested unit leaves a row of its own to look for.
bosai::WardStructure with_district(const std::string& code) {
  auto w = sample();
  w.districts = {{code, "r1", "地区" + code, "", "", ""}};
  return w;
}

std::vector<std::string> district_codes(const std::filesystem::path& file) {
  Database db(file, Database::Mode::kReadOnly);
  auto s = db.prepare("SELECT code FROM district ORDER BY code");
  std::vector<std::string> out;
  while (s.step()) out.push_back(s.column_text(0));
  return out;
}

using Codes = std::vector<std::string>;

}  // namespace

TEST(Transaction, ExceptionRollsBackEveryRow) {
  bosai::test::TempDir tmp;
  auto store = open_store(tmp / "a.db", OpenMode::kCreate);
  EXPECT_THROW(store->atomically([&] {
    store->wards().save(sample());
    throw std::runtime_error("bad row found late in the file");
  }),
               std::runtime_error);
  Database db(tmp / "a.db");
  EXPECT_EQ(count(db, "district"), 0);
  EXPECT_EQ(count(db, "ward"), 0);
}

TEST(Transaction, ConstraintFailureMidwayRollsBack) {
  bosai::test::TempDir tmp;
  auto store = open_store(tmp / "a.db", OpenMode::kCreate);
  auto broken = sample();
  broken.districts.push_back({"d3", "no-such-region", "X", "", "", ""});
  EXPECT_ANY_THROW(store->atomically([&] { store->wards().save(broken); }));
  Database db(tmp / "a.db");
  EXPECT_EQ(count(db, "district"), 0);
}

TEST(WardRepository, SaveIsAnUpsertByCode) {
  bosai::test::TempDir tmp;
  auto store = open_store(tmp / "a.db", OpenMode::kCreate);
  store->atomically([&] { store->wards().save(sample()); });
  auto renamed = sample();
  renamed.districts[0].name = "池尻 (改)";
  store->atomically([&] { store->wards().save(renamed); });
  const auto loaded = store->wards().load();
  ASSERT_EQ(loaded.districts.size(), 2u);
  EXPECT_EQ(loaded.districts[0].name, "池尻 (改)");
  EXPECT_EQ(store->wards().find_district("d2")->name, "太子堂");
  EXPECT_FALSE(store->wards().find_district("zz").has_value());
}

TEST(NestedUnits, InnerFailureCaughtByTheOuterUndoesOnlyTheInnerWrites) {
  bosai::test::TempDir tmp;
  auto store = open_store(tmp / "a.db", OpenMode::kCreate);
  store->atomically([&] {
    store->wards().save(with_district("d1"));
    try {
      store->atomically([&] {
        store->wards().save(with_district("inner"));
        throw std::runtime_error("inner step refused");
      });
    } catch (const std::runtime_error&) {
      // the outer decides to go on without the inner step
    }
    store->wards().save(with_district("d2"));
  });
  EXPECT_EQ(district_codes(tmp / "a.db"), (Codes{"d1", "d2"}));
}

TEST(NestedUnits, OuterFailureAfterACaughtInnerFailureLeavesNothing) {
  bosai::test::TempDir tmp;
  auto store = open_store(tmp / "a.db", OpenMode::kCreate);
  EXPECT_THROW(store->atomically([&] {
    store->wards().save(with_district("d1"));
    try {
      store->atomically([&] {
        store->wards().save(with_district("inner"));
        throw std::runtime_error("inner step refused");
      });
    } catch (const std::runtime_error&) {
    }
    throw std::logic_error("outer fails later");
  }),
               std::logic_error);
  EXPECT_TRUE(district_codes(tmp / "a.db").empty());
}

TEST(NestedUnits, InnerSuccessIsUndoneWhenTheOuterFails) {
  bosai::test::TempDir tmp;
  auto store = open_store(tmp / "a.db", OpenMode::kCreate);
  EXPECT_THROW(store->atomically([&] {
    store->atomically([&] { store->wards().save(with_district("inner")); });
    store->atomically([&] { store->atomically([&] { store->wards().save(with_district("deeper")); }); });
    throw std::runtime_error("outer fails after its inner units committed");
  }),
               std::runtime_error);
  EXPECT_TRUE(district_codes(tmp / "a.db").empty());
}

TEST(NestedUnits, EveryLevelCommitsWhenNothingFails) {
  bosai::test::TempDir tmp;
  auto store = open_store(tmp / "a.db", OpenMode::kCreate);
  store->atomically([&] {
    store->wards().save(with_district("d1"));
    store->atomically([&] {
      store->wards().save(with_district("d2"));
      store->atomically([&] { store->wards().save(with_district("d3")); });
    });
  });
  EXPECT_EQ(district_codes(tmp / "a.db"), (Codes{"d1", "d2", "d3"}));
  // The store is back outside any transaction: a new unit starts its own and lands at once.
  store->atomically([&] { store->wards().save(with_district("d4")); });
  EXPECT_EQ(district_codes(tmp / "a.db").size(), 4u);
}

// After an I/O error or a full disk SQLite may drop the whole transaction, not only the failed statement. An
// outer unit that catches the inner failure and goes on must not then write its remaining steps one by one
// outside any transaction: the whole unit is rolled back and reported.
TEST(NestedUnits, TransactionAbandonedBySqliteUnderAnInnerUnitRollsTheWholeUnitBack) {
  bosai::test::TempDir tmp;
  { open_store(tmp / "a.db", OpenMode::kCreate); }
  SqliteStore store(Database(tmp / "a.db"));
  try {
    store.atomically([&] {
      store.wards().save(with_district("d1"));
      try {
        store.atomically([&] {
          store.wards().save(with_district("inner"));
          store.database().exec("ROLLBACK");  // what SQLite does on its own after SQLITE_FULL or SQLITE_IOERR
          throw StoreError("disk I/O error", 10);
        });
      } catch (const StoreError&) {
      }
      store.wards().save(with_district("d2"));
    });
    ADD_FAILURE() << "the unit reported success after losing its transaction";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("rolled back"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(district_codes(tmp / "a.db").empty());
  store.atomically([&] { store.wards().save(with_district("after")); });
  EXPECT_EQ(district_codes(tmp / "a.db"), (Codes{"after"}));
}
