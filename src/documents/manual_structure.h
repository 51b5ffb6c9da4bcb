#pragma once
#include "documents/document.h"

#include <string>
#include <utility>
#include <vector>

namespace bosai::documents {

// The parts of a 避難所運営マニュアル a committee works from on the day, taken from its sections.

// A ファーストアクションカード: what one 担当 does first in one phase, in numbered steps.
struct ActionCard {
  std::string id;
  std::string title;
  ManualRole role = ManualRole::kGeneral;
  ManualPhase phase = ManualPhase::kInitial;
  std::vector<std::string> notes;  // the card's prose lines (目安の時間, 持ち物 …), printed above the steps
  std::vector<std::string> steps;  // in the order they are done
};

struct ChecklistItem {
  std::string group;  // the `###` line above it, without the hashes; empty before the first one
  std::string text;
  bool checked = false;
};

struct Checklist {
  std::string id;
  std::string title;
  std::vector<ChecklistItem> items;
};

// Refuses, as InputError naming `file` and the line: a card without 担当 or 時期, a second card for the same
// 担当 and 時期, a card without numbered steps, 担当 or 時期 on a section that is not a card, a checklist
// without items. Called by the reader on every manual.
void check_manual_sections(const std::vector<DocumentSection>& sections, const std::string& file);

std::vector<ActionCard> action_cards(const std::vector<DocumentSection>& sections);  // by 担当, then 時期
std::vector<Checklist> checklists(const std::vector<DocumentSection>& sections);     // in document order
// The 担当 × 時期 pairs without a card (a manual should have all 16), in card order.
std::vector<std::pair<ManualRole, ManualPhase>> missing_cards(const std::vector<DocumentSection>& sections);

}  // namespace bosai::documents
