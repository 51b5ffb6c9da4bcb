// Protects a plan's citations of its 防災カルテ: written either way a keyboard writes them (［カルテ：人口］ or
// [カルテ: 人口]), found where they stand, listed once per section in the order cited; a label that is no karte
// figure, or a citation in a manual, is refused naming its line.
#include "documents/document_reader.h"
#include "documents/karte_citations.h"
#include "documents/reader_refusal.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

using namespace bosai;
using namespace bosai::documents;

namespace {

const std::string kPlan =
    "---\n地区: ikejiri\n版: 令和8年度版\n作成日: 2026-04-01\n次回見直し日: 2027-03-31\n---\n"
    "## 目標 {#goals}\n守る。\n"
    "## 地区の特性 {#profile}\n人口［カルテ：人口］人のうち65歳以上が[カルテ: 65歳以上]人です。\n再び［カルテ:人口］人。\n"
    "## 平常時の活動 {#routine}\n- [ ] 木造密集（［カルテ:木造密集］）の路地を歩く\n"
    "## 発災時の活動 {#response}\n逃げる。\n## 訓練計画 {#drills}\n訓練する。\n## 見直し {#review}\n毎年見直す。\n";

}  // namespace

TEST(KarteCitations, EitherBracketStyleIsFoundWithItsLabelAndPlace) {
  const std::string text = "人口［カルテ：人口］人、[カルテ: 65歳以上 ]人、［カルテ］は引用ではない";
  const auto found = find_citations(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].label, "人口");
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "［カルテ：人口］");
  EXPECT_EQ(found[1].label, "65歳以上") << "spaces around the label are not part of it";
}

TEST(KarteCitations, EachSectionListsItsFiguresOnceInTheOrderCited) {
  const auto doc = read_document(kPlan, "plan.md", DocumentKind::kDistrictPlan);
  const auto cited = karte_citations(doc.sections);
  ASSERT_EQ(cited.size(), 2u);
  EXPECT_EQ(cited[0].section_id, "profile");
  ASSERT_EQ(cited[0].figures.size(), 2u) << "人口 cited twice is listed once";
  EXPECT_STREQ(cited[0].figures[0]->key, "population");
  EXPECT_STREQ(cited[0].figures[1]->key, "age_65_plus");
  EXPECT_EQ(cited[1].section_id, "routine") << "a checklist item may cite too";
  EXPECT_STREQ(cited[1].figures[0]->key, "dense_wooden");
}

TEST(KarteCitations, AnUnknownLabelIsRefusedNamingItsLine) {
  auto text = kPlan;
  text.replace(text.find("[カルテ: 65歳以上]"), std::string("[カルテ: 65歳以上]").size(), "[カルテ: 高齢者]");
  EXPECT_EQ(test::refusal(text, "plan.md", DocumentKind::kDistrictPlan), std::to_string(test::line_of(text, "高齢者")) + ": カルテ");
}

TEST(KarteCitations, AManualCannotCite) {
  auto text = test::read_file(test::source_dir() / "plans" / "manuals" / "ikejiri-higashi.md");
  const std::string policy = "## 基本方針 {#policy}\n";
  text.insert(text.find(policy) + policy.size(), "人口［カルテ:人口］人の地区です。\n");
  EXPECT_EQ(test::refusal(text, "manual.md", DocumentKind::kShelterManual),
            std::to_string(test::line_of(text, "［カルテ:人口］")) + ": カルテ");
}
