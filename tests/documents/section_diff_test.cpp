// Protects the per-section diff: one edited sentence is one change (not the whole paragraph), an edited
// checklist item is one change, a ticked box is a check, sections are matched by id, and sections added or
// removed are reported as such.
#include "documents/document_reader.h"
#include "documents/section_diff.h"

#include <gtest/gtest.h>

using namespace bosai::documents;
using bosai::DocumentKind;

namespace {

std::vector<DocumentSection> sections(const std::string& body) { return read_sections(body, "test", 1, DocumentKind::kDistrictPlan); }

const std::string kStandard =
    "## 地区の特性 {#profile}\n木造住宅が多い。\n## 発災時の活動 {#response}\n身を守る。\n"
    "## 訓練計画 {#drills}\n9月。\n## 見直し {#review}\n毎年。\n";

std::string plan(const std::string& goals, const std::string& routine) {
  return "## 目標 {#goals}\n" + goals + "\n## 平常時の活動 {#routine}\n" + routine + kStandard;
}

}  // namespace

TEST(SectionDiff, OneEditedSentenceAndOneEditedItemAreExactlyTwoChanges) {
  const auto before = sections(plan("一人も取り残さない。在宅避難を増やす。三時間で安否を確かめる。",
                                    "- [ ] 見守り担当を決める\n- [ ] 倉庫を点検する\n"));
  const auto after = sections(plan("一人も取り残さない。在宅避難ができる家庭を増やす。三時間で安否を確かめる。",
                                   "- [ ] 見守り担当を決める\n- [ ] 倉庫を年2回点検する\n"));
  const auto diff = diff_sections(before, after);
  EXPECT_EQ(diff.change_count(), 2u);
  ASSERT_EQ(diff.sections.size(), 6u);
  EXPECT_EQ(diff.sections[0].kind, SectionChangeKind::kChanged);
  ASSERT_EQ(diff.sections[0].changes.size(), 1u);
  EXPECT_EQ(diff.sections[0].changes[0].kind, UnitChangeKind::kChanged);
  EXPECT_EQ(diff.sections[0].changes[0].before, "在宅避難を増やす。");
  EXPECT_EQ(diff.sections[0].changes[0].after, "在宅避難ができる家庭を増やす。");
  ASSERT_EQ(diff.sections[1].changes.size(), 1u);
  EXPECT_EQ(diff.sections[1].changes[0].unit, UnitKind::kChecklist);
  EXPECT_EQ(diff.sections[1].changes[0].after, "倉庫を年2回点検する");
  for (std::size_t i = 2; i < diff.sections.size(); ++i) {
    EXPECT_EQ(diff.sections[i].kind, SectionChangeKind::kUnchanged) << diff.sections[i].id;
  }
}

TEST(SectionDiff, ItemsAddedRemovedAndChecked) {
  const auto before = sections(plan("目標。", "- [ ] 一\n- [ ] 二\n- [ ] 三\n"));
  const auto after = sections(plan("目標。", "- [x] 一\n- [ ] 三\n- [ ] 四\n"));
  const auto diff = diff_sections(before, after);
  const auto& changes = diff.sections[1].changes;
  ASSERT_EQ(changes.size(), 3u);
  EXPECT_EQ(changes[0].kind, UnitChangeKind::kChecked);
  EXPECT_EQ(changes[0].after, "一");
  EXPECT_EQ(shown_after(changes[0]), "☑ 一");
  EXPECT_EQ(changes[1].kind, UnitChangeKind::kRemoved);
  EXPECT_EQ(changes[1].before, "二");
  EXPECT_EQ(changes[2].kind, UnitChangeKind::kAdded);
  EXPECT_EQ(changes[2].after, "四");
}

TEST(SectionDiff, SectionsMatchByIdSoARewordedTitleIsTheSameSection) {
  auto text = plan("目標。", "- [ ] 一\n");
  auto renamed = text;
  renamed.replace(renamed.find("## 目標"), std::string("## 目標").size(), "## 地区の目標");
  const auto diff = diff_sections(sections(text), sections(renamed));
  EXPECT_EQ(diff.sections[0].kind, SectionChangeKind::kChanged);
  EXPECT_TRUE(diff.sections[0].changes.empty());
  EXPECT_EQ(diff.sections[0].title_after, "地区の目標");
  EXPECT_EQ(diff.change_count(), 1u);
}

TEST(SectionDiff, AddedAndRemovedSections) {
  const auto before = sections(plan("目標。", "") + "## 備蓄 {#stock}\n水を備える。\n");
  const auto after = sections(plan("目標。", "") + "## 連絡 {#contacts}\n電話で連絡する。\n");
  const auto diff = diff_sections(before, after);
  ASSERT_EQ(diff.sections.size(), 8u);
  EXPECT_EQ(diff.sections[6].id, "contacts");
  EXPECT_EQ(diff.sections[6].kind, SectionChangeKind::kAdded);
  EXPECT_EQ(diff.sections[6].changes.at(0).after, "電話で連絡する。");
  EXPECT_EQ(diff.sections[7].id, "stock");
  EXPECT_EQ(diff.sections[7].kind, SectionChangeKind::kRemoved);
  EXPECT_TRUE(diff_sections(before, before).empty());
}
