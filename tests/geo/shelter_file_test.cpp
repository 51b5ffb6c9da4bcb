// Protects export → import as an identity for everything the registry holds (not only GSI's columns): kinds,
// hazards, kana/English names, 地区, capacity with source and date, floor area, contact, lifecycle, quoted text.
#include "geo/shelter_file.h"
#include "geo/shelter_import.h"
#include "geo/shelter_records.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

using namespace bosai;
using namespace bosai::geo;

namespace {

std::vector<Shelter> every_field() {
  Shelter a;
  a.id = "E1311200002111";
  a.kind = ShelterKind::kDesignated;
  a.name = "東小学校, \"本校舎\"";
  a.name_kana = "ひがししょうがっこう";
  a.name_en = "Higashi Elementary School";
  a.municipality = "東京都世田谷区";
  a.address = "東京都世田谷区奥沢1-1-1\n体育館棟";
  a.position = GeoPoint{35.59856, 139.680481};
  a.district_code = "kyodo";
  a.same_address = true;
  a.other_notes = "要事前連絡";
  a.remarks = "2階";
  a.contact = "03-0000-0000";
  a.url = "https://example.invalid/a";
  a.capacity = Capacity{850, CapacitySource::kCommittee, "2026-06-15"};
  a.floor_area_m2 = 2805.5;
  a.effective_to = "2027-03-31";
  a.source_no = 25601;
  Shelter b;
  b.id = "E1311200005201";
  b.kind = ShelterKind::kEmergencySite;
  b.name = "九品仏小学校";
  b.position = GeoPoint{35.603263, 139.660081};
  b.hazards.set(Hazard::kFlood);
  b.hazards.set(Hazard::kVolcano);
  b.capacity = estimate_capacity(1000, "");
  b.floor_area_m2 = 1000;
  b.effective_from = "2026-04-01";
  Shelter c;
  c.id = "G0001";
  c.kind = ShelterKind::kGatheringPoint;
  c.name = "さくら公園";
  c.position = GeoPoint{35.6, 139.6};
  return {a, b, c};
}

}  // namespace

TEST(ShelterFile, EveryFormatReadsBackWhatItWrote) {
  test::TempDir tmp;
  const auto shelters = every_field();
  const DistrictLocator districts({District{"kyodo", "r", "経堂", "", "", ""}});
  for (auto [name, format] : {std::pair{"a.csv", ShelterFormat::kGsiCsv}, std::pair{"a.geojson", ShelterFormat::kGeoJson},
                              std::pair{"a.gpkg", ShelterFormat::kGeoPackage}}) {
    write_shelter_file(tmp / name, format, shelters);
    const auto incoming = shelters_from_table(read_shelter_table(tmp / name, format), districts, {});
    std::map<std::string, Shelter> state;
    for (const auto& s : shelters) state.emplace(s.id, s);
    ImportReport report;
    EXPECT_TRUE(merge_shelters(state, incoming, report).empty()) << name;
    EXPECT_EQ(report.unchanged, 3) << name;
    for (const auto& [id, fields] : report.updated) {
      for (const auto& f : fields) ADD_FAILURE() << name << ": " << id << " changed " << f;
    }
    // And into an empty registry, each record comes back whole.
    std::map<std::string, Shelter> fresh;
    ImportReport added;
    merge_shelters(fresh, incoming, added);
    ASSERT_EQ(fresh.size(), 3u) << name;
    EXPECT_EQ(fresh["E1311200002111"].address, "東京都世田谷区奥沢1-1-1\n体育館棟") << name;
    EXPECT_EQ(fresh["E1311200005201"].capacity, shelters[1].capacity) << name;
    EXPECT_EQ(fresh["G0001"].kind, ShelterKind::kGatheringPoint) << name;
    EXPECT_FALSE(std::filesystem::exists(tmp / (std::string(".tmp-") + name)));
  }
}

TEST(ShelterFile, ExportToAMissingFolderFailsWithoutAFile) {
  test::TempDir tmp;
  EXPECT_ANY_THROW(write_shelter_file(tmp / "no" / "a.csv", ShelterFormat::kGsiCsv, every_field()));
  EXPECT_ANY_THROW(write_shelter_file(tmp / "no" / "a.gpkg", ShelterFormat::kGeoPackage, every_field()));
  EXPECT_FALSE(std::filesystem::exists(tmp / "no"));
}
