// Protects reading shelter records by header name: GSI and Digital Agency layouts, what a file speaks for, and
// every way a row can be wrong (reported with file, line and column before anything is written).
#include "core/error.h"
#include "geo/shelter_records.h"

#include <gtest/gtest.h>

using namespace bosai;
using namespace bosai::geo;

namespace {

const std::vector<std::string> kDesignated = {"NO", "共通ID", "都道府県名及び市町村名", "施設・場所名", "住所",
                                              "指定緊急避難場所との住所同一", "その他市町村長が必要と認める事項",
                                              "受入対象者", "緯度", "経度", "備考"};

SourceTable table(std::vector<std::string> columns, std::vector<std::vector<std::string>> rows) {
  SourceTable t{"f.csv", 1, std::move(columns), {}};
  long line = 2;
  for (auto& r : rows) t.records.push_back(SourceRecord{line++, std::move(r), std::nullopt});
  return t;
}

std::vector<std::string> school(std::string id, std::string lat = "35.6", std::string lon = "139.6") {
  return {"1", std::move(id), "東京都世田谷区", "東小学校", "東京都世田谷区1-1", "", "", "", std::move(lat),
          std::move(lon), ""};
}

const DistrictLocator& no_districts() {
  static const DistrictLocator locator({District{"kyodo", "r", "経堂", "Kyodo", "", ""}});
  return locator;
}

std::string error_of(const SourceTable& t) {
  try {
    shelters_from_table(t, no_districts(), {});
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST(ShelterRecords, ReadsTheGsiDesignatedLayout) {
  auto in = shelters_from_table(table(kDesignated, {school("E1311200002111"), school("E1311200003121")}),
                                no_districts(), {});
  ASSERT_EQ(in.records.size(), 2u);
  EXPECT_FALSE(in.update_only);
  EXPECT_EQ(in.records[0].shelter.kind, ShelterKind::kDesignated);
  EXPECT_EQ(in.records[1].shelter.kind, ShelterKind::kWelfare);  // subtype 2 in the 共通ID
  EXPECT_DOUBLE_EQ(in.records[0].shelter.position.lat, 35.6);
  EXPECT_EQ(in.records[0].shelter.source_no, 1);
  EXPECT_TRUE(in.fields.count("name"));
  EXPECT_FALSE(in.fields.count("capacity"));  // GSI has none: a re-import must not wipe the ward's figures
  EXPECT_FALSE(in.fields.count("district"));  // no boundaries, no 地区 column
}

TEST(ShelterRecords, ReadsTheDigitalAgencyLayoutByHeaderName) {
  std::vector<std::string> header = {"全国地方公共団体コード", "ID", "名称", "名称_カナ", "所在地_連結表記", "緯度",
                                     "経度", "電話番号", "災害種別_洪水", "災害種別_地震", "想定収容人数"};
  auto in = shelters_from_table(
      table(header, {{"131121", "S-1", "東公園", "ひがしこうえん", "世田谷区1", "35.6", "139.6", "03-0000-0000", "1",
                      "", "500"}}),
      no_districts(), {});
  const auto& s = in.records.at(0).shelter;
  EXPECT_EQ(s.id, "131121-S-1");  // a municipality's serial, kept apart from other municipalities'
  EXPECT_EQ(s.kind, ShelterKind::kEmergencySite);
  EXPECT_EQ(s.name_kana, "ひがしこうえん");
  EXPECT_TRUE(s.hazards.has(Hazard::kFlood));
  EXPECT_FALSE(s.hazards.has(Hazard::kEarthquake));
  ASSERT_TRUE(s.capacity);
  EXPECT_EQ(s.capacity->people, 500);
  EXPECT_EQ(s.capacity->source, CapacitySource::kOfficial);
}

TEST(ShelterRecords, DigitalAgencyAddressPartsAndShortCodes) {
  // As some municipalities publish it: the code without its leading zero, the address split into parts.
  std::vector<std::string> header = {"全国地方公共団体コード", "ID", "名称", "所在地_連結表記", "所在地_都道府県",
                                     "所在地_市区町村", "緯度", "経度", "災害種別_地震", "指定避難所との重複"};
  auto in = shelters_from_table(
      table(header, {{"92011", "1", "中央小学校", "", "栃木県", "宇都宮市中央本町1-29", "36.559", "139.884", "1", "1"},
                     {"92011", "092011-2", "東小学校", "栃木県宇都宮市東1", "", "", "36.56", "139.89", "1", ""}}),
      no_districts(), {});
  EXPECT_EQ(in.records[0].shelter.id, "092011-1");
  EXPECT_EQ(in.records[0].shelter.address, "栃木県宇都宮市中央本町1-29");
  EXPECT_TRUE(in.records[0].shelter.same_address);
  EXPECT_EQ(in.records[1].shelter.id, "092011-2");  // already prefixed (our own export): kept
  EXPECT_EQ(in.records[1].shelter.address, "栃木県宇都宮市東1");
}

TEST(ShelterRecords, FloorAreaGivesALabelledEstimate) {
  auto in = shelters_from_table(table({"共通ID", "床面積", "収容人数の時点"}, {{"X1", "1000", "2026-04-01"}}),
                                no_districts(), {});
  EXPECT_TRUE(in.update_only);
  const auto& c = in.records.at(0).shelter.capacity;
  ASSERT_TRUE(c);
  EXPECT_EQ(c->people, 303);  // 1000 / 3.3, rounded down
  EXPECT_EQ(c->source, CapacitySource::kEstimate);
  EXPECT_EQ(c->as_of, "2026-04-01");
}

TEST(ShelterRecords, WrongHeadersAreRefusedOnLineOne) {
  EXPECT_EQ(error_of(table({"NO", "名前", "緯度", "経度"}, {})), "f.csv:1: 名前: unknown column (not in the GSI, "
                                                                   "Digital Agency or bosai layout; see docs/shelters.md)");
  EXPECT_NE(error_of(table({"施設・場所名", "緯度", "経度"}, {})).find("f.csv:1: wrong header: no 共通ID"),
            std::string::npos);
  EXPECT_NE(error_of(table({"共通ID", "施設・場所名", "緯度"}, {})).find("f.csv:1: 経度"), std::string::npos);
  EXPECT_NE(error_of(table({"共通ID", "共通ID"}, {})).find("column given twice"), std::string::npos);
}

TEST(ShelterRecords, BadRowsNameTheirLineAndColumn) {
  EXPECT_NE(error_of(table(kDesignated, {school("A"), school("B", "北緯35")})).find("f.csv:3: 緯度: \"北緯35\""),
            std::string::npos);
  EXPECT_NE(error_of(table(kDesignated, {school("A", "135.6", "35.6")})).find("f.csv:2: 緯度: position"),
            std::string::npos);
  EXPECT_NE(error_of(table(kDesignated, {school("A", "", "139.6")})).find("f.csv:2: 緯度: missing coordinate"),
            std::string::npos);
  EXPECT_NE(error_of(table(kDesignated, {school("A"), school("A")})).find("f.csv:3: 共通ID: duplicate id A (first on "
                                                                          "line 2)"),
            std::string::npos);
  auto short_row = school("A");
  short_row.pop_back();
  EXPECT_NE(error_of(table(kDesignated, {short_row})).find("f.csv:2: 10 fields but the header has 11"),
            std::string::npos);
  EXPECT_NE(error_of(table({"共通ID", "洪水"}, {{"A", "○"}})).find("f.csv:2: 洪水: \"○\" must be 1"), std::string::npos);
  EXPECT_NE(error_of(table({"共通ID", "想定収容人数"}, {{"A", "-5"}})).find("f.csv:2: 想定収容人数"), std::string::npos);
  EXPECT_NE(error_of(table({"共通ID", "想定収容人数", "収容人数の根拠"}, {{"A", "5", "たぶん"}})).find("収容人数の根拠"),
            std::string::npos);
  EXPECT_NE(error_of(table({"共通ID", "有効開始日"}, {{"A", "2026/4/1"}})).find("write YYYY-MM-DD"), std::string::npos);
  EXPECT_NE(error_of(table({"共通ID", "種別"}, {{"A", "公園"}})).find("f.csv:2: 種別: unknown kind"), std::string::npos);
}

TEST(ShelterRecords, DistrictIsDerivedFromBoundariesAndCheckedWhenWritten) {
  const DistrictLocator with_boundary(
      {District{"kyodo", "r", "経堂", "Kyodo", "",
                R"({"type":"Polygon","coordinates":[[[139.5,35.5],[139.7,35.5],[139.7,35.7],[139.5,35.7],[139.5,35.5]]]})"},
       District{"ikejiri", "r", "池尻", "Ikejiri", "", ""}});
  auto header = kDesignated;
  header.push_back("地区");
  auto row = [](std::string id, std::string lat, std::string district) {
    auto r = school(std::move(id), std::move(lat));
    r.push_back(std::move(district));
    return r;
  };
  auto in = shelters_from_table(table(header, {row("A", "35.6", ""), row("B", "35.8", "池尻"), row("C", "35.8", "")}),
                                with_boundary, {});
  EXPECT_EQ(in.records[0].shelter.district_code, "kyodo");    // from the position
  EXPECT_EQ(in.records[1].shelter.district_code, "ikejiri");  // outside every boundary: as written
  EXPECT_EQ(in.records[2].shelter.district_code, "");
  EXPECT_THROW(shelters_from_table(table(header, {row("A", "35.6", "池尻")}), with_boundary, {}), InputError);
  EXPECT_THROW(shelters_from_table(table(header, {row("A", "35.8", "千代田")}), with_boundary, {}), InputError);
}
