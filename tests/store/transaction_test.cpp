// Protects "nothing lost or half-written": a change that fails part-way leaves no trace.
#include "store/database.h"
#include "store/migration.h"
#include "store/store.h"
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

}  // namespace

TEST(Transaction, ExceptionRollsBackEveryRow) {
  bosai::test::TempDir tmp;
  auto store = open_sqlite_store(tmp / "a.db", true);
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
  auto store = open_sqlite_store(tmp / "a.db", true);
  auto broken = sample();
  broken.districts.push_back({"d3", "no-such-region", "X", "", "", ""});
  EXPECT_ANY_THROW(store->atomically([&] { store->wards().save(broken); }));
  Database db(tmp / "a.db");
  EXPECT_EQ(count(db, "district"), 0);
}

TEST(WardRepository, SaveIsAnUpsertByCode) {
  bosai::test::TempDir tmp;
  auto store = open_sqlite_store(tmp / "a.db", true);
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
