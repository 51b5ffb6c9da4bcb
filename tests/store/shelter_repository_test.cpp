// Protects the shelter tables: upserts by id keep the status history, the schema refuses what the domain
// forbids (unknown 地区, capacity without a source), and status history reads back in order.
#include "core/error.h"
#include "store/open_store.h"
#include "store/shelter_repository.h"
#include "store/sqlite/database.h"
#include "store/sqlite/migration.h"
#include "store/store_error.h"
#include "store/ward_repository.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

using namespace bosai;

namespace {

Shelter school(std::string id) {
  Shelter s;
  s.id = std::move(id);
  s.name = "東小学校";
  s.position = GeoPoint{35.6, 139.6};
  s.hazards.set(Hazard::kFlood);
  s.capacity = Capacity{800, CapacitySource::kCommittee, "2026-04-01"};
  s.floor_area_m2 = 2640;
  s.effective_to = "2027-03-31";
  s.source_no = 7;
  return s;
}

struct Fixture {
  test::TempDir tmp;
  std::unique_ptr<store::Store> store = store::open_store(tmp / "a.db", store::OpenMode::kCreate);
  Fixture() {
    WardStructure w;
    w.ward = Ward{"131121", "世田谷区", "", ""};
    w.regions.push_back(Region{"r", "131121", "世田谷", "", ""});
    w.districts.push_back(District{"kyodo", "r", "経堂", "", "", ""});
    store->wards().save(w);
  }
};

}  // namespace

TEST(ShelterRepository, SavesAndReadsBackEveryField) {
  Fixture f;
  auto s = school("A");
  s.district_code = "kyodo";
  f.store->shelters().save({s});
  const auto back = f.store->shelters().find("A");
  ASSERT_TRUE(back);
  EXPECT_EQ(back->name, "東小学校");
  EXPECT_EQ(back->district_code, "kyodo");
  EXPECT_TRUE(back->hazards.has(Hazard::kFlood));
  EXPECT_EQ(back->capacity, s.capacity);
  EXPECT_EQ(back->floor_area_m2, 2640);
  EXPECT_EQ(back->effective_to, "2027-03-31");
  EXPECT_EQ(back->source_no, 7);
  EXPECT_EQ(f.store->shelters().list_in_district("kyodo").size(), 1u);
  EXPECT_EQ(f.store->shelters().count(), 1);
}

TEST(ShelterRepository, UpdatingARecordKeepsItsStatusHistory) {
  Fixture f;
  f.store->shelters().save({school("A")});
  f.store->shelters().record_status("A", StatusChange{ShelterStatus::kOpen, "田中", "2026-11-23T10:00:00Z", ""});
  f.store->shelters().record_status("A", StatusChange{ShelterStatus::kFull, "佐藤", "2026-11-23T12:00:00Z", "体育館"});
  auto renamed = school("A");
  renamed.name = "東小学校（新）";
  f.store->shelters().save({renamed});
  EXPECT_EQ(f.store->shelters().count(), 1);
  const auto history = f.store->shelters().status_history("A");
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].status, ShelterStatus::kOpen);
  EXPECT_EQ(history[1].changed_by, "佐藤");
  EXPECT_EQ(history[1].note, "体育館");
  const auto current = f.store->shelters().current_statuses();
  ASSERT_EQ(current.size(), 1u);
  EXPECT_EQ(current[0].second.status, ShelterStatus::kFull);
}

TEST(ShelterRepository, StatusOfAnUnknownShelterIsRefused) {
  Fixture f;
  EXPECT_THROW(f.store->shelters().record_status("nope", StatusChange{ShelterStatus::kOpen, "x", "t", ""}),
               NotFoundError);
}

TEST(ShelterRepository, UnknownDistrictIsRefusedAndNothingLands) {
  Fixture f;
  auto good = school("A");
  auto bad = school("B");
  bad.district_code = "nowhere";
  EXPECT_THROW(f.store->atomically([&] { f.store->shelters().save({good, bad}); }), store::StoreError);
  EXPECT_EQ(f.store->shelters().count(), 0);
}

TEST(ShelterRepository, SchemaRefusesCapacityWithoutSourceAndBadCoordinates) {
  test::TempDir tmp;
  store::Database db(tmp / "a.db", store::Database::Mode::kCreate);
  store::migrate(db);
  EXPECT_THROW(db.exec("INSERT INTO shelter(id, kind, name, lat, lon, capacity) VALUES('a', 'designated', 'n', 35, "
                       "139, 10)"),
               store::StoreError);
  EXPECT_THROW(db.exec("INSERT INTO shelter(id, kind, name, lat, lon) VALUES('a', 'designated', 'n', 135, 39)"),
               store::StoreError);
  EXPECT_THROW(db.exec("INSERT INTO shelter(id, kind, name, lat, lon) VALUES('a', 'school', 'n', 35, 139)"),
               store::StoreError);
  EXPECT_THROW(db.exec("INSERT INTO shelter_status(shelter_id, status, changed_by, changed_at) VALUES('zz', 'open', "
                       "'x', 't')"),
               store::StoreError);
}
