// Protects the 防災カルテ: a clerk's CSV (UTF-8 or Excel's Shift_JIS) reads back figure by figure with its 出典
// and 時点, a blank stays unknown, a file with any bad cell is refused whole naming line and column, editions
// are kept apart and compared, and the live figures a karte shows are exactly the registry's and register's.
#include "report/karte_profile.h"
#include "services/karte_import.h"

#include "core/error.h"
#include "core/shelter_lifecycle.h"
#include "core/import_rejected.h"
#include "people/people_service.h"
#include "plans/priority_weights_reader.h"
#include "services/sample_ward.h"
#include "store/karte_repository.h"
#include "store/shelter_repository.h"
#include "store/ward_repository.h"
#include "support/shift_jis.h"

#include <gtest/gtest.h>

#include <map>

namespace bosai {
namespace {

using test::SampleWard;

constexpr const char* kHeader =
    "版,地区,人口世帯_出典,人口世帯_時点,人口,65歳以上,75歳以上,要配慮者_出典,要配慮者_時点,障害者手帳所持者,"
    "人口_出典,浸水想定,ハザード_出典,ハザード_時点\n";

services::KarteImportResult import_text(SampleWard& ward, const std::string& name, const std::string& bytes) {
  const auto file = ward.dir() / name;
  test::write_file(file, bytes);
  return services::import_karte(ward.store(), {file});
}

// The rejection's problems as "LINE column" strings, to check each names where it is.
std::vector<std::string> problems(SampleWard& ward, const std::string& bytes) {
  try {
    import_text(ward, "bad.csv", bytes);
  } catch (const ImportRejected& e) {
    std::vector<std::string> out;
    for (const auto& p : e.errors()) {
      EXPECT_EQ(p.file(), (ward.dir() / "bad.csv").string());
      out.push_back(std::to_string(p.line()) + " " + p.field());
    }
    return out;
  }
  ADD_FAILURE() << "the file was accepted";
  return {};
}

report::KarteLiveInputs no_people() { return {"2026-12-01", nullptr, {}}; }

TEST(Karte, SampleReadsBackEveryFigureWithItsSourceAndDate) {
  SampleWard ward;
  const auto result = services::import_karte(ward.store(), {SampleWard::sample("plans/sample-karte.csv")});
  EXPECT_TRUE(result.stored);
  EXPECT_EQ(result.districts, ward.store().wards().load().districts.size());
  ASSERT_EQ(result.editions, std::vector<std::string>{"2023"});
  const auto k = ward.store().karte().find("2023", "ikejiri");
  ASSERT_TRUE(k);
  ASSERT_TRUE(k->find("population"));
  EXPECT_EQ(k->find("population")->value, 40361);  // line 2 of the sample
  EXPECT_EQ(k->find("population")->source, "見本（架空）住民基本台帳");
  EXPECT_EQ(k->find("population")->as_of, "2023-01-01");
  EXPECT_DOUBLE_EQ(k->find("area_km2")->value, 2.64);
  EXPECT_EQ(k->find("destroyed_shaking")->as_of, "2022-05");
  EXPECT_EQ(k->find("dense_wooden")->value, 0);  // なし is a known no, not a blank
  EXPECT_EQ(k->figures.size(), karte_figure_specs().size());
  EXPECT_EQ(k->source_file, "sample-karte.csv");
}

TEST(Karte, ShiftJisFromExcelReadsLikeUtf8) {
  SampleWard ward;
  const std::string text = std::string(kHeader) + "2024,池尻,見本（架空）台帳,2024-01-01,40000,8000,4000,見本（架空）福祉,2024-04,1500,,あり,見本,2024\n";
  import_text(ward, "sjis.csv", test::to_cp932(text));
  const auto k = ward.store().karte().find("2024", "ikejiri");
  ASSERT_TRUE(k);
  EXPECT_EQ(k->find("population")->source, "見本（架空）台帳");
  EXPECT_EQ(k->find("disability")->as_of, "2024-04");
  EXPECT_EQ(k->value("flood"), 1);
}

TEST(Karte, BlankStaysUnknownNeverZero) {
  SampleWard ward;
  import_text(ward, "blank.csv", std::string(kHeader) + "2024,池尻,見本,2024-01-01,,8000,4000,見本,2024,,,,,\n");
  const auto k = ward.store().karte().find("2024", "ikejiri");
  ASSERT_TRUE(k);
  EXPECT_FALSE(k->find("population"));
  EXPECT_FALSE(k->find("disability"));
  EXPECT_FALSE(k->find("flood"));
  EXPECT_EQ(k->value("age_65_plus"), 8000);
  const auto profile = report::karte_profile(ward.store(), "池尻", "2024", no_people());
  EXPECT_FALSE(report::karte_ratios(profile).aging_rate);  // no population: no 高齢化率, not 0 or infinity
  EXPECT_FALSE(report::karte_ratios(profile).capacity_per_resident);
}

TEST(Karte, BadCellsAreRefusedTogetherNamingLineAndColumnAndNothingIsStored) {
  SampleWard ward;
  const auto found = problems(ward, std::string(kHeader) +
                                        "2024,池尻,見本,2024-01-01,40000,8000,4000,見本,2024,1500,,あり,見本,2024\n"
                                        "2024,太子堂,見本,2024-01-01,多い,8000,4000,見本,2024,1500,,あり,見本,2024\n"
                                        "2024,若林,,,30000,8000,4000,見本,2024,1500,,たぶん,見本,2024\n"
                                        "2024,上町,見本,2024-13-01,30000,8000,4000,見本,2024,1500,,なし,見本,2024\n"
                                        "24,経堂,見本,2024,30000,8000,9000,見本,2024,-3,,なし,見本,2024\n");
  const std::vector<std::string> expected = {
      "3 人口（E列）",                 // not a number
      "4 人口（E列）",                 // a value without 出典 (人口世帯_出典 blank) …
      "4 人口（E列）",                 // … nor 時点
      "4 65歳以上（F列）", "4 65歳以上（F列）", "4 75歳以上（G列）", "4 75歳以上（G列）",
      "4 浸水想定（L列）",             // neither あり nor なし
      "5 人口世帯_時点（D列）",        // impossible date, reported at the column it is in
      "6 版（A列）",                   // not a year
      "6 障害者手帳所持者（J列）",     // negative
      "6 75歳以上（G列）",             // above 65歳以上
  };
  EXPECT_EQ(found, expected);
  EXPECT_TRUE(ward.store().karte().editions().empty());
}

TEST(Karte, UnknownDistrictOrColumnIsRefused) {
  SampleWard ward;
  EXPECT_EQ(problems(ward, std::string(kHeader) + "2024,霞が関,見本,2024,1,1,1,見本,2024,1,,なし,見本,2024\n"),
            std::vector<std::string>{"2 地区（B列）"});
  EXPECT_EQ(problems(ward, "版,地区,人囗\n2024,池尻,1\n"), std::vector<std::string>{"1 人囗（C列）"});
  EXPECT_EQ(problems(ward, "版,人口\n2024,1\n"), std::vector<std::string>{"1 地区"});
  EXPECT_EQ(problems(ward, std::string(kHeader) + "2024,池尻,見本,2024,1,1,1,見本,2024,1,,なし,見本,2024\n"
                                                  "2024,ikejiri,見本,2024,1,1,1,見本,2024,1,,なし,見本,2024\n"),
            std::vector<std::string>{"3 地区（B列）"});  // the same 地区 twice in one edition
  EXPECT_TRUE(ward.store().karte().editions().empty());
}

TEST(Karte, CheckOnlyValidatesAndStoresNothing) {
  SampleWard ward;
  const auto result = services::import_karte(ward.store(), {SampleWard::sample("plans/sample-karte.csv"),
                                                            text::TextEncoding::kAuto, true});
  EXPECT_FALSE(result.stored);
  EXPECT_GT(result.figures, 500u);
  EXPECT_TRUE(ward.store().karte().editions().empty());
}

TEST(Karte, OwnSourceColumnOverridesTheGroupsAndNeedsNoOtherFigure) {
  SampleWard ward;
  import_text(ward, "own.csv", std::string(kHeader) + "2024,池尻,見本,2024-01-01,40000,,,,,,区の独自集計,,,\n");
  const auto k = ward.store().karte().find("2024", "ikejiri");
  ASSERT_TRUE(k);
  EXPECT_EQ(k->find("population")->source, "区の独自集計");
  EXPECT_EQ(k->find("population")->as_of, "2024-01-01");  // its own 時点 blank: the group's
}

TEST(Karte, EditionsAreKeptApartAndComparedFigureByFigure) {
  SampleWard ward;
  services::import_karte(ward.store(), {SampleWard::sample("plans/sample-karte.csv")});
  import_text(ward, "2024.csv", std::string(kHeader) + "2024,池尻,見本,2024-01-01,41000,8100,,見本,2024,1450,,なし,見本,2024\n");
  EXPECT_EQ(ward.store().karte().editions(), (std::vector<std::string>{"2023", "2024"}));
  EXPECT_EQ(ward.store().karte().find("2023", "ikejiri")->value("population"), 40361);  // untouched

  const auto cmp = report::compare_karte_editions(ward.store(), {"池尻"}, "2023", "2024");
  ASSERT_EQ(cmp.districts.size(), 1u);
  std::map<std::string, report::KarteFigureChange> by_key;
  for (const auto& c : cmp.districts[0].figures) by_key.emplace(c.spec->key, c);
  EXPECT_EQ(by_key.at("population").change(), 41000 - 40361);
  EXPECT_EQ(by_key.at("disability").change(), 1450 - 1421);
  ASSERT_TRUE(by_key.count("age_75_plus"));
  EXPECT_FALSE(by_key.at("age_75_plus").change());  // unknown in 2024: no change claimed
  EXPECT_TRUE(by_key.at("age_75_plus").from);

  // Re-importing an edition corrects it and leaves the other alone.
  import_text(ward, "2024b.csv", std::string(kHeader) + "2024,池尻,見本,2024-01-01,41200,,,,,,,,,\n");
  EXPECT_EQ(ward.store().karte().find("2024", "ikejiri")->value("population"), 41200);
  EXPECT_FALSE(ward.store().karte().find("2024", "ikejiri")->find("disability"));
  EXPECT_EQ(ward.store().karte().find("2023", "ikejiri")->value("disability"), 1421);

  EXPECT_THROW(report::compare_karte_editions(ward.store(), {"太子堂"}, "2023", "2024"), NotFoundError);
  EXPECT_THROW(report::karte_profile(ward.store(), "池尻", "2019", no_people()), NotFoundError);
}

TEST(Karte, LiveShelterCapacityAndSupportCountsAreTheRegistrysAndRegisters) {
  SampleWard ward;
  ward.add_sample_people();
  services::import_karte(ward.store(), {SampleWard::sample("plans/sample-karte.csv")});
  auto facilitator = ward.session(people::Role::kFacilitator);  // progress is counts only: any role
  const auto weights = plans::read_priority_weights(SampleWard::sample("plans/priority-weights.toml"));
  const report::KarteLiveInputs live{"2026-12-01", facilitator.get(), weights};
  const auto table = report::karte_table(ward.store(), {}, "", live);
  EXPECT_EQ(table.edition, "2023");
  ASSERT_EQ(table.rows.size(), ward.store().wards().load().districts.size());

  auto staff = ward.session(people::Role::kWardStaff);
  const auto everyone = people::PeopleService(*staff).list({});
  long shelters_seen = 0, people_seen = 0;
  for (const auto& row : table.rows) {
    long capacity = 0, staying = 0;
    for (const auto& s : ward.store().shelters().list_in_district(row.district.code)) {
      if (!in_effect(s, live.today) || !is_staying_shelter(s.kind)) continue;
      ++staying;
      if (s.capacity) capacity += s.capacity->people;
    }
    EXPECT_EQ(row.shelters.capacity(), capacity) << row.district.name;
    shelters_seen += staying;
    ASSERT_TRUE(row.support);
    long registered = 0;
    for (const auto& p : everyone) registered += p.profile.district_code == row.district.code;
    EXPECT_EQ(row.support->registered, registered) << row.district.name;
    people_seen += registered;
    const auto ratios = report::karte_ratios(row);
    ASSERT_TRUE(ratios.aging_rate);
    EXPECT_DOUBLE_EQ(*ratios.aging_rate, *row.karte->value("age_65_plus") / *row.karte->value("population") * 100);
    EXPECT_DOUBLE_EQ(*ratios.support_per_1000, registered / *row.karte->value("population") * 1000);
  }
  EXPECT_GT(shelters_seen, 0);  // the test would pass on an empty registry otherwise
  EXPECT_EQ(people_seen, static_cast<long>(everyone.size()));
  EXPECT_GT(people_seen, 0);

  // Without a people session the karte still shows, without 要支援者 figures.
  EXPECT_FALSE(report::karte_profile(ward.store(), "池尻", "", no_people()).support);
}

}  // namespace
}  // namespace bosai
