// Protects the 避難所運営マニュアル format (docs/shelter-manuals.md): the shipped sample and model read with all
// 16 first-action cards and both checklists; cards and checklists come out in the order they are printed; and
// each kind of bad input a committee could write is refused naming its line and field.
#include "core/error.h"
#include "documents/document_reader.h"
#include "documents/reader_refusal.h"
#include "documents/manual_structure.h"
#include "documents/section_diff.h"
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
    "---\n避難所: X1311290116111\n版: 令和8年度版\n作成日: 2026-04-10\n次回見直し日: 2027-03-31\n---\n";

std::string standard_sections_text() {
  return "## 基本方針 {#policy}\n命を守る。\n"
         "## 運営体制 {#organization}\n### 総務・情報\n本部を置く。\n"
         "## 初動期 {#phase-initial}\n開ける。\n## 展開期 {#phase-expansion}\n整える。\n"
         "## 安定期 {#phase-stable}\n続ける。\n## 撤収期 {#phase-withdrawal}\n閉じる。\n"
         "## 開設準備チェックリスト {#checklist-opening 種類=チェックリスト}\n### 体育館\n- [ ] 鍵を開ける\n"
         "## 施設被害状況チェックリスト {#checklist-damage}\n- [ ] 壁にひびがない\n"
         "## 見直しと訓練 {#review}\n毎年見直す。\n";
}

const std::string kCard =
    "## 総務・情報 初動期 {#card-general-initial 種類=カード 担当=総務・情報 時期=初動期}\n目安: 参集から3時間\n"
    "1. 腕章を着ける\n2. 本部を置く\n";

std::string refusal(const std::string& text) { return test::refusal(text, "manual.md", DocumentKind::kShelterManual); }

}  // namespace

TEST(ManualReader, TheShippedSampleHasEveryCardAndBothChecklists) {
  const auto file = test::source_dir() / "plans" / "manuals" / "ikejiri-higashi.md";
  const auto doc = read_document(test::read_file(file), file.string(), DocumentKind::kShelterManual);
  EXPECT_EQ(doc.header.owner, "X1311290116111");
  EXPECT_TRUE(missing_cards(doc.sections).empty());
  const auto cards = action_cards(doc.sections);
  ASSERT_EQ(cards.size(), 16u);
  EXPECT_EQ(cards.front().role, ManualRole::kGeneral);
  EXPECT_EQ(cards.front().phase, ManualPhase::kInitial);
  EXPECT_EQ(cards[1].phase, ManualPhase::kExpansion) << "by 担当, then in time order";
  EXPECT_EQ(cards.back().role, ManualRole::kHealth);
  for (const auto& c : cards) EXPECT_GE(c.steps.size(), 3u) << c.id;
  const auto lists = checklists(doc.sections);
  ASSERT_GE(lists.size(), 2u);
  EXPECT_EQ(lists[0].id, "checklist-opening");
  EXPECT_GE(lists[0].items.size(), 10u);
  EXPECT_FALSE(lists[0].items[0].group.empty()) << "items keep the ### group they are under";
}

TEST(ManualReader, TheModelReadsOnceItsPlaceholdersAreFilled) {
  auto text = test::read_file(test::source_dir() / "plans" / "manuals" / "model.md");
  EXPECT_EQ(refusal(text), "2: 差し込み欄") << "the model itself is not a shelter's manual: its blanks are named";
  for (const std::string p : {"{{避難所}}", "{{避難所名}}"}) {
    for (auto at = text.find(p); at != std::string::npos; at = text.find(p)) text.replace(at, p.size(), "X1");
  }
  const auto doc = read_document(text, "model.md", DocumentKind::kShelterManual);
  EXPECT_TRUE(missing_cards(doc.sections).empty());
}

TEST(ManualReader, CardStepsAreUnitsWithoutTheirNumbers) {
  const auto doc = read_document(kHeader + standard_sections_text() + kCard, "manual.md", DocumentKind::kShelterManual);
  const auto cards = action_cards(doc.sections);
  ASSERT_EQ(cards.size(), 1u);
  EXPECT_EQ(cards[0].notes, std::vector<std::string>{"目安: 参集から3時間"});
  EXPECT_EQ(cards[0].steps, (std::vector<std::string>{"腕章を着ける", "本部を置く"}));
  EXPECT_EQ(missing_cards(doc.sections).size(), 15u) << "stored with cards missing, and they are listed";
}

TEST(ManualReader, InsertingAStepIsOneChangeNotARenumbering) {
  const auto before = read_sections(standard_sections_text() + kCard, "a", 1, DocumentKind::kShelterManual);
  std::string edited = kCard;
  edited.replace(edited.find("1. 腕章"), 0, "1. 集まる\n");
  edited.replace(edited.find("1. 腕章"), 2, "2.");
  edited.replace(edited.find("2. 本部"), 2, "3.");
  const auto after = read_sections(standard_sections_text() + edited, "b", 1, DocumentKind::kShelterManual);
  const auto diff = diff_sections(before, after);
  ASSERT_EQ(diff.change_count(), 1u);
  for (const auto& s : diff.sections) {
    if (s.changes.empty()) continue;
    EXPECT_EQ(s.changes[0].kind, UnitChangeKind::kAdded);
    EXPECT_EQ(unit_change_label(s.changes[0]), "手順の追加");
    EXPECT_EQ(s.changes[0].after, "集まる");
  }
}

TEST(ManualReader, ReassigningACardIsAChangeOfItsAttributes) {
  const auto before = read_sections(standard_sections_text() + kCard, "a", 1, DocumentKind::kShelterManual);
  std::string moved = kCard;
  moved.replace(moved.find("担当=総務・情報"), std::string("担当=総務・情報").size(), "担当=避難所");
  const auto diff =
      diff_sections(before, read_sections(standard_sections_text() + moved, "b", 1, DocumentKind::kShelterManual));
  EXPECT_EQ(diff.change_count(), 1u);
}

TEST(ManualReader, RefusesBadCardsNamingTheirLine) {
  const std::string base = kHeader + standard_sections_text();
  const std::string no_role = "## カード {#c1 種類=カード 時期=初動期}\n1. する\n";
  EXPECT_EQ(refusal(base + no_role), std::to_string(test::line_of(base + no_role, "{#c1")) + ": 担当");
  const std::string no_steps = "## カード {#c2 種類=カード 担当=避難所 時期=初動期}\n目安のみ。\n";
  EXPECT_EQ(refusal(base + no_steps), std::to_string(test::line_of(base + no_steps, "{#c2")) + ": カード");
  const std::string twice = kCard + "## もう一枚 {#c3 種類=カード 担当=general 時期=initial}\n1. する\n";
  EXPECT_EQ(refusal(base + twice), std::to_string(test::line_of(base + twice, "{#c3")) + ": カード");
  const std::string bad_role = "## カード {#c4 種類=カード 担当=広報 時期=初動期}\n1. する\n";
  EXPECT_EQ(refusal(base + bad_role), std::to_string(test::line_of(base + bad_role, "{#c4")) + ": 担当");
  const std::string unknown = "## 節 {#c5 色=赤}\n本文。\n";
  EXPECT_EQ(refusal(base + unknown), std::to_string(test::line_of(base + unknown, "{#c5")) + ": 色");
  const std::string role_on_prose = "## 節 {#c6 担当=避難所}\n本文。\n";
  EXPECT_EQ(refusal(base + role_on_prose), std::to_string(test::line_of(base + role_on_prose, "{#c6")) + ": 節");
}

TEST(ManualReader, RefusesAChecklistWithoutItemsAndAStandardChecklistMadeProse) {
  const std::string empty = "## 備品 {#kit 種類=チェックリスト}\n文だけ。\n";
  const std::string text = kHeader + standard_sections_text() + empty;
  EXPECT_EQ(refusal(text), std::to_string(test::line_of(text, "{#kit")) + ": チェックリスト");
  std::string prose = kHeader + standard_sections_text();
  prose.replace(prose.find("{#checklist-damage}"), std::string("{#checklist-damage}").size(),
                "{#checklist-damage 種類=カード 担当=避難所 時期=初動期}");
  EXPECT_EQ(refusal(prose), std::to_string(test::line_of(prose, "{#checklist-damage")) + ": 種類");
}

TEST(ManualReader, RefusesAMissingStandardSectionAndAPlanHeader) {
  std::string text = kHeader + standard_sections_text();
  text.erase(text.find("## 撤収期"), std::string("## 撤収期 {#phase-withdrawal}\n閉じる。\n").size());
  EXPECT_NE(refusal(text), "accepted");
  std::string plan_header = kHeader + standard_sections_text();
  plan_header.replace(plan_header.find("避難所:"), std::string("避難所:").size(), "地区:");
  EXPECT_EQ(refusal(plan_header), "2: 地区") << "a 地区防災計画's header is not a manual's";
}

TEST(ManualReader, AttributesAreRefusedInADistrictPlan) {
  const std::string plan =
      "---\n地区: ikejiri\n版: 令和7年度版\n作成日: 2025-06-14\n次回見直し日: 2026-06-30\n---\n"
      "## 目標 {#goals 種類=カード}\n守る。\n";
  EXPECT_THROW(read_document(plan, "plan.md", DocumentKind::kDistrictPlan), InputError);
}

TEST(ManualReader, CommentLinesAreNotContent) {
  const std::string with = standard_sections_text() + "<!-- 所見（2026-12-04）: 鍵の場所が分からなかった -->\n";
  const auto a = read_sections(standard_sections_text(), "a", 1, DocumentKind::kShelterManual);
  const auto b = read_sections(with, "b", 1, DocumentKind::kShelterManual);
  EXPECT_TRUE(diff_sections(a, b).empty());
}
