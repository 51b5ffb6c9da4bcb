#pragma once
#include "documents/document.h"

#include <string>
#include <vector>

namespace bosai::documents {

// One difference inside a section. kChanged pairs a removed unit with the added one that took its place (an
// edited sentence or checklist item); kChecked/kUnchecked is the same item with its mark set or cleared.
enum class UnitChangeKind { kAdded, kRemoved, kChanged, kChecked, kUnchecked };

struct UnitChange {
  UnitChangeKind kind = UnitChangeKind::kAdded;
  UnitKind unit = UnitKind::kText;
  std::string before;  // empty for kAdded
  std::string after;   // empty for kRemoved
  bool checked_before = false;  // checklist items: the mark in each version
  bool checked_after = false;
};

// A unit's text as a reader sees it: a checklist item with its box, ☐ or ☑.
std::string shown_before(const UnitChange& change);
std::string shown_after(const UnitChange& change);

enum class SectionChangeKind { kUnchanged, kAdded, kRemoved, kChanged };

struct SectionDiff {
  std::string id;
  std::string title_before;  // empty when the section was added
  std::string title_after;   // empty when it was removed
  std::string attributes_before;  // a manual section's 種類・担当・時期 (section_attributes), when matched
  std::string attributes_after;
  SectionChangeKind kind = SectionChangeKind::kUnchanged;
  std::vector<UnitChange> changes;  // an added or removed section lists all its units
};

struct DocumentDiff {
  // The newer version's order; a removed section comes before the first section that followed it, or last.
  std::vector<SectionDiff> sections;
  bool empty() const;
  std::size_t change_count() const;  // unit changes, plus one for each reworded title or changed attributes
};

// What a reader is told, the same in the terminal and on paper: 文の変更, 項目の追加, 項目のチェック …
std::string unit_change_label(const UnitChange& change);
const char* section_change_label(SectionChangeKind kind);  // 変更なし, 節の追加, 節の削除, 変更あり
std::string section_heading(const SectionDiff& section);   // 目標 {#goals} (the newer title), or 前文
std::string section_attributes(const DocumentSection& section);  // 種類=カード 担当=総務・情報 時期=初動期, or ""

// Sections are matched by id (so a reworded title is still the same section), then their units by a longest
// common subsequence, so a change is reported once where it is and nothing around it moves.
DocumentDiff diff_sections(const std::vector<DocumentSection>& before, const std::vector<DocumentSection>& after);

}  // namespace bosai::documents
