// Protects the 地区防災計画 file format (docs/district-plans.md): every shipped sample reads, a file written
// back reads as the same plan, and each kind of bad input is refused naming its line, so a committee member
// can go straight to the mistake.
#include "core/error.h"
#include "documents/document_reader.h"
#include "documents/document_writer.h"
#include "documents/reader_refusal.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace bosai;
using namespace bosai::documents;

namespace {

const std::string kHeader =
    "---\n地区: ikejiri\n版: 令和7年度版\n作成日: 2025-06-14\n次回見直し日: 2026-06-30\n---\n";

const std::string kBody =
    "# 池尻地区 地区防災計画\n\n"
    "## 目標 {#goals}\n一人も取り残さない。在宅避難を増やす。\n\n"
    "## 地区の特性 {#profile}\n木造住宅が多い。\n"
    "## 平常時の活動 {#routine}\n- [ ] 見守り担当を決める\n- [x] 標識を配る\n"
    "## 発災時の活動 {#response}\n身の安全を守る。\n"
    "## 訓練計画 {#drills}\n9月に訓練を行う。\n"
    "## 見直し {#review}\n毎年見直す。\n";

std::string refusal(const std::string& text) { return test::refusal(text, "plan.md", DocumentKind::kDistrictPlan); }

}  // namespace

TEST(DistrictPlanReader, ReadsHeaderSectionsSentencesAndChecklists) {
  const auto doc = read_document(kHeader + kBody, "plan.md", DocumentKind::kDistrictPlan);
  EXPECT_EQ(doc.header.owner, "ikejiri");
  EXPECT_EQ(doc.header.owner_line, 2);
  EXPECT_EQ(doc.header.label, "令和7年度版");
  EXPECT_EQ(doc.header.status, DocumentStatus::kDraft);
  EXPECT_EQ(doc.header.next_review_on, "2026-06-30");
  EXPECT_EQ(doc.title, "池尻地区 地区防災計画");
  ASSERT_EQ(doc.sections.size(), 6u);
  EXPECT_EQ(doc.sections[0].id, "goals");
  EXPECT_EQ(doc.sections[0].title, "目標");
  ASSERT_EQ(doc.sections[0].units.size(), 2u);  // two sentences on one line
  EXPECT_EQ(doc.sections[0].units[1].text, "在宅避難を増やす。");
  const auto& routine = doc.sections[2].units;
  ASSERT_EQ(routine.size(), 2u);
  EXPECT_EQ(routine[0].kind, UnitKind::kChecklist);
  EXPECT_FALSE(routine[0].checked);
  EXPECT_TRUE(routine[1].checked);
  EXPECT_EQ(routine[1].line, test::line_of(kHeader + kBody, "- [x]"));
}

TEST(DistrictPlanReader, EveryShippedSampleReads) {
  int read = 0;
  for (const auto& entry : std::filesystem::directory_iterator(test::source_dir() / "plans" / "district-plans")) {
    const auto doc = read_document(test::read_file(entry.path()), entry.path().string(), DocumentKind::kDistrictPlan);
    EXPECT_NE(doc.title.find("見本（架空）"), std::string::npos) << entry.path();
    ++read;
  }
  EXPECT_GE(read, 3);
}

TEST(DistrictPlanReader, WrittenBackReadsAsTheSamePlan) {
  const auto doc = read_document(kHeader + kBody, "plan.md", DocumentKind::kDistrictPlan);
  const auto text = write_document(DocumentKind::kDistrictPlan, doc.header, doc.body);
  const auto again = read_document(text, "again.md", DocumentKind::kDistrictPlan);
  EXPECT_EQ(again.body, doc.body);
  EXPECT_EQ(again.header.label, doc.header.label);
  EXPECT_EQ(again.header.next_review_on, doc.header.next_review_on);
  EXPECT_EQ(write_document(DocumentKind::kDistrictPlan, again.header, again.body), text);
}

TEST(DistrictPlanReader, RefusesAMalformedHeaderNamingItsLine) {
  EXPECT_EQ(refusal(kBody), "1: ヘッダー");
  EXPECT_EQ(refusal("---\n地区: ikejiri\n版: 令和7年度版\n"), "3: ヘッダー") << "no closing ---";
  EXPECT_EQ(refusal("---\n地区: ikejiri\n版 令和7年度版\n---\n" + kBody), "3: ヘッダー");
  EXPECT_EQ(refusal("---\n地区: ikejiri\n担当: 誰か\n---\n" + kBody), "3: 担当");
  EXPECT_EQ(refusal("---\n地区: ikejiri\n地区: taishido\n---\n" + kBody), "3: 地区");
  EXPECT_EQ(refusal("---\n地区: ikejiri\n版: 令和7年度版\n作成日: 2025-06-14\n---\n" + kBody), "5: 次回見直し日");
  EXPECT_EQ(refusal("---\n地区: ikejiri\n状態: 決定\n---\n" + kBody), "3: 状態");
}

TEST(DistrictPlanReader, RefusesAMalformedDate) {
  std::string text = kHeader + kBody;
  text.replace(text.find("2026-06-30"), 10, "2026-02-30");
  EXPECT_EQ(refusal(text), "5: 次回見直し日");
  text = kHeader + kBody;
  text.replace(text.find("2025-06-14"), 10, "令和7年6月14日");
  EXPECT_EQ(refusal(text), "4: 作成日");
}

TEST(DistrictPlanReader, RefusesDuplicateAndMissingSectionIds) {
  std::string text = kHeader + kBody;
  text.replace(text.find("{#drills}"), 9, "{#goals}");
  EXPECT_EQ(refusal(text), std::to_string(test::line_of(text, "## 訓練計画")) + ": 節") << "duplicate id";
  text = kHeader + kBody;
  text.replace(text.find(" {#drills}"), 10, "");
  EXPECT_EQ(refusal(text), std::to_string(test::line_of(text, "## 訓練計画")) + ": 節") << "heading without id";
  text = kHeader + kBody;
  text.replace(text.find("{#review}"), 9, "{#Review!}");
  EXPECT_EQ(refusal(text), std::to_string(test::line_of(text, "## 見直し")) + ": 節") << "malformed id";
  text = kHeader + kBody;
  text.replace(text.find("{#review}"), 9, "{#evaluation}");
  const long last = test::line_of(text, "毎年見直す");
  EXPECT_EQ(refusal(text), std::to_string(last) + ": 節") << "standard section review missing";
}

TEST(DistrictPlanReader, RefusesAChecklistItemOutsideAnySection) {
  const std::string text = kHeader + "# 表題\n- [ ] 節の前の項目\n" + kBody.substr(kBody.find("## 目標"));
  EXPECT_EQ(refusal(text), "8: チェック項目");
  // Prose there is the 前文, compared like a section.
  const auto doc = read_document(kHeader + "# 表題\n前文です。\n" + kBody.substr(kBody.find("## 目標")), "plan.md", DocumentKind::kDistrictPlan);
  EXPECT_EQ(doc.sections.front().id, "");
  EXPECT_EQ(doc.sections.front().units.at(0).text, "前文です。");
}
