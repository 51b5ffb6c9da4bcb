// Protects register import validation: every bad row is reported with its line and field, nothing is
// accepted from a file with any bad row, and both encodings ward systems export are read.
#include "people/register_csv.h"

#include "support/shift_jis.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>

using namespace bosai;
using namespace bosai::people;
using bosai::text::TextEncoding;
using bosai::test::to_cp932;

namespace {

WardStructure ward() {
  WardStructure w;
  w.districts = {District{"ikejiri", "setagaya", "池尻", "", "", ""}, District{"kinuta", "kinuta", "砧", "", "", ""}};
  w.associations = {Association{"ikejiri-1", "ikejiri", "池尻東町会"}};
  return w;
}

std::string header() {
  std::string h;
  for (const auto& c : register_columns()) h += (h.empty() ? "" : ",") + c;
  return h + "\n";
}

std::string row(const std::string& no, const std::string& district = "ikejiri", const std::string& phone = "03-0000-0001",
                const std::string& birth = "1940-01-02", const std::string& consent = "1,2024-04-01,書面") {
  return no + ",見本 花子,みほん," + birth + ",女,東京都世田谷区池尻架空町1-1," + phone + ",歩行困難,単身,0," + district +
         ",,要介護3,2,,,35.65,139.68,1,0,0," + consent + ",0,,,0,,\n";
}


}  // namespace

TEST(RegisterCsv, CleanRowsAreRead) {
  const auto rows = read_register_csv(header() + row("A1") + row("A2", "砧"), "r.csv", ward());
  ASSERT_TRUE(rows.errors.empty()) << rows.errors.front().what();
  ASSERT_EQ(rows.people.size(), 2u);
  EXPECT_EQ(rows.people[1].profile.district_code, "kinuta");  // a 地区 name is accepted and stored as its code
  EXPECT_EQ(rows.people[0].profile.care_level, "要介護3");
  EXPECT_EQ(rows.people[0].profile.disability_grade, 2);
  EXPECT_EQ(rows.people[0].profile.household, Household::kAlone);
  EXPECT_TRUE(rows.people[0].consents.share_register.given);
  EXPECT_EQ(rows.people[0].consents.share_register.date, "2024-04-01");
}

TEST(RegisterCsv, EveryBadRowIsListedWithItsLineAndNothingIsAccepted) {
  const auto text = header() + row("A1") + row("A2", "atlantis") + row("A3", "ikejiri", "call me") +
                    row("A4", "ikejiri", "03-0000-0004", "1940-02-30") + row("A5", "ikejiri", "03-0000-0005",
                                                                            "1940-01-01", "1,,") +
                    row("A1");
  const auto rows = read_register_csv(text, "r.csv", ward());
  EXPECT_TRUE(rows.people.empty());
  std::set<long> lines;
  std::string all;
  for (const auto& e : rows.errors) {
    lines.insert(e.line());
    all += std::string(e.what()) + "\n";
  }
  EXPECT_EQ(lines, (std::set<long>{3, 4, 5, 6, 7})) << all;
  EXPECT_NE(all.find("r.csv:3: 地区: unknown 地区 'atlantis'"), std::string::npos) << all;
  EXPECT_NE(all.find("r.csv:5: 生年月日"), std::string::npos) << all;
  EXPECT_NE(all.find("r.csv:6: 名簿提供同意日"), std::string::npos) << all;
  EXPECT_NE(all.find("r.csv:7: 台帳番号"), std::string::npos) << all;
  // Messages describe the problem without repeating the personal value.
  EXPECT_EQ(all.find("call me"), std::string::npos) << all;
}

TEST(RegisterCsv, UnknownOrMissingColumnsAreRefused) {
  auto h = header();
  h.replace(h.find("電話番号"), std::string("電話番号").size(), "でんわ");
  const auto rows = read_register_csv(h + row("A1"), "r.csv", ward());
  ASSERT_GE(rows.errors.size(), 2u);
  EXPECT_EQ(rows.errors[0].line(), 1);
}

TEST(RegisterCsv, ShiftJisAndUtf8WithBomBothRead) {
  const std::string utf8 = header() + row("A1");
  const auto name_of = [](const std::string& bytes, TextEncoding encoding) {
    const auto rows = read_register_csv(bytes, "r.csv", ward(), encoding);
    EXPECT_TRUE(rows.errors.empty()) << rows.errors.front().what();
    return rows.people.empty() ? std::string() : rows.people[0].details.name;
  };
  EXPECT_EQ(name_of(to_cp932(utf8), TextEncoding::kAuto), "見本 花子");
  EXPECT_EQ(name_of("\xEF\xBB\xBF" + utf8, TextEncoding::kAuto), "見本 花子");
  EXPECT_EQ(name_of(to_cp932(utf8), TextEncoding::kShiftJis), "見本 花子");
  EXPECT_THROW(read_register_csv(to_cp932(utf8), "r.csv", ward(), TextEncoding::kUtf8), InputError);
}

TEST(RegisterCsv, ARowWithTooFewFieldsIsListedWithTheOthers) {
  std::string short_row = row("A2");
  short_row.erase(short_row.find(",見本"), 1);  // two fields run together
  const auto rows = read_register_csv(header() + row("A1") + short_row + row("A3", "atlantis"), "r.csv", ward());
  ASSERT_EQ(rows.errors.size(), 2u);
  EXPECT_STREQ(rows.errors[0].what(), "r.csv:3: 29 fields but the header has 30 (a stray comma or broken quoting?)");
  EXPECT_EQ(rows.errors[1].line(), 4);
}

TEST(RegisterCsv, ExportReadsBackTheSame) {
  const auto rows = read_register_csv(header() + row("A1") + row("A2", "kinuta"), "r.csv", ward());
  ASSERT_TRUE(rows.errors.empty());
  std::ostringstream out;
  write_register_csv(out, rows.people);
  const auto again = read_register_csv(out.str(), "x.csv", ward());
  ASSERT_TRUE(again.errors.empty()) << again.errors.front().what();
  ASSERT_EQ(again.people.size(), 2u);
  EXPECT_EQ(again.people[0].details.name, rows.people[0].details.name);
  EXPECT_EQ(again.people[1].profile.district_code, "kinuta");
  EXPECT_EQ(again.people[0].consents.share_register.method, "書面");
}
