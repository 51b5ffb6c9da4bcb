// Protects the outputs handed to people outside the ward office: the facilitator's drill view carries
// pseudonyms and 地区 only (stable between runs), a 町会 roster lists only people who consented to sharing
// the register, and the plan sheet is a printable Japanese page with the no-guarantee notice.
#include "people_fixture.h"

#include "support/poppler.h"
#include "support/shared_data.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <set>

using namespace bosai::test;

TEST(PeopleOutputsCli, DrillViewIsPseudonymisedAndStable) {
  PeopleDb db;
  ASSERT_EQ(db.run("ward_staff", {"people", "import", sample_people_csv()}).exit_code, 0);
  auto first = db.run("facilitator", {"people", "drill", "--json"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out.find("03-0000"), std::string::npos);
  EXPECT_EQ(first.out.find("架空町"), std::string::npos);
  for (const char* surname : {"見本", "試験", "架空", "仮名", "例示", "模擬", "検証", "演習"}) {
    EXPECT_EQ(first.out.find(surname), std::string::npos) << surname;
  }
  const auto people = nlohmann::json::parse(first.out);
  ASSERT_EQ(people.size(), 200u);
  std::set<std::string> pseudonyms;
  for (const auto& p : people) {
    pseudonyms.insert(p["pseudonym"].get<std::string>());
    EXPECT_FALSE(p.contains("home"));
  }
  EXPECT_EQ(pseudonyms.size(), 200u);
  EXPECT_EQ(db.run("facilitator", {"people", "drill", "--json"}).out, first.out) << "pseudonyms must be stable";
}

TEST(PeopleOutputsCli, RosterListsOnlyConsentingPeopleOfThatAssociation) {
  PeopleDb db;
  ASSERT_EQ(db.run("ward_staff", {"people", "import", sample_people_csv()}).exit_code, 0);
  const auto everyone = nlohmann::json::parse(db.run("ward_staff", {"people", "list", "--json"}).out);
  // An association with both consenting and non-consenting people in the sample.
  std::map<std::string, std::pair<std::set<std::string>, std::set<std::string>>> by_association;
  for (const auto& p : everyone) {
    auto& [yes, no] = by_association[p["association"].get<std::string>()];
    (p["consent"]["share_register"]["given"].get<bool>() ? yes : no).insert(p["phone"].get<std::string>());
  }
  std::string association;
  for (const auto& [code, sets] : by_association) {
    if (!code.empty() && !sets.first.empty() && !sets.second.empty()) association = code;
  }
  ASSERT_FALSE(association.empty());
  const auto& [consenting, others] = by_association[association];
  const auto csv = (db.dir() / "roster.csv").string();
  auto r = db.run("committee", {"people", "roster", "--association", association, csv});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto text = read_file(csv);
  for (const auto& phone : consenting) EXPECT_NE(text.find(phone), std::string::npos) << phone;
  for (const auto& phone : others) EXPECT_EQ(text.find(phone), std::string::npos) << phone;
  const auto html = (db.dir() / "roster.html").string();
  ASSERT_EQ(db.run("committee", {"people", "roster", "--association", association, html}).exit_code, 0);
  EXPECT_NE(read_file(html).find("避難行動要支援者名簿"), std::string::npos);
  EXPECT_EQ(db.run("facilitator", {"people", "roster", "--association", association, csv}).exit_code, 2);
  // On paper (A4 landscape) every consenting person's phone number stays on one line, whole (last: without
  // poppler-utils the rest of this test is skipped).
  BOSAI_REQUIRE_POPPLER();
  const auto pdf = db.dir() / "roster.pdf";
  ASSERT_EQ(db.run("committee", {"people", "roster", "--association", association, pdf.string()}).exit_code, 0);
  const auto printed = poppler("pdftotext -enc UTF-8", pdf);
  EXPECT_NE(printed.find("避難行動要支援者名簿"), std::string::npos) << printed;
  for (const auto& phone : consenting) EXPECT_NE(printed.find(phone), std::string::npos) << phone << " broken or missing";
  for (const auto& phone : others) EXPECT_EQ(printed.find(phone), std::string::npos) << phone;
  EXPECT_EQ(std::filesystem::status(pdf).permissions() & std::filesystem::perms::all,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
}

TEST(PeopleOutputsCli, PlanSheetIsPrintableJapaneseWithTheNotice) {
  PeopleDb db;
  ASSERT_EQ(db.run("ward_staff", {"people", "import", sample_people_csv()}).exit_code, 0);
  ASSERT_EQ(db.run("ward_staff", {"plans", "set", "1", (source_dir() / "plans/examples/plan-storm.toml").string()})
                .exit_code,
            0);
  const auto out = (db.dir() / "sheet.html").string();
  auto r = db.run("ward_staff", {"people", "sheet", "1", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto html = read_file(out);
  for (const char* part : {"<html lang=\"ja\">", "size: A4", "個別避難計画", "03-0000-0001", "風水害のときの計画",
                           "警戒レベル3 高齢者等避難", "試験 一郎", "法的な義務を負うものではなく"}) {
    EXPECT_NE(html.find(part), std::string::npos) << part;
  }
}

// The same sheet as a PDF: searchable Japanese (the 高 of 高齢者 and the 一 of 一郎 are the kanji, not Kangxi
// radicals), and private like every personal-data output.
TEST(PeopleOutputsCli, PlanSheetAsPdfIsSearchableAndPrivate) {
  BOSAI_REQUIRE_POPPLER();
  PeopleDb db;
  ASSERT_EQ(db.run("ward_staff", {"people", "import", sample_people_csv()}).exit_code, 0);
  ASSERT_EQ(db.run("ward_staff", {"plans", "set", "1", (source_dir() / "plans/examples/plan-storm.toml").string()})
                .exit_code,
            0);
  const auto out = db.dir() / "sheet.pdf";
  auto r = db.run("ward_staff", {"people", "sheet", "1", out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_file(out.string()).substr(0, 5), "%PDF-");
  EXPECT_EQ(std::filesystem::status(out).permissions() & std::filesystem::perms::all,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  const auto text = poppler("pdftotext -enc UTF-8", out);
  for (const char* part : {"個別避難計画", "試験 一郎", "警戒レベル3 高齢者等避難", "風水害のときの計画", "取扱注意"}) {
    EXPECT_NE(text.find(part), std::string::npos) << part << " not in:\n" << text;
  }
}
