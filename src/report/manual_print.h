#pragma once
#include "documents/manual_structure.h"

#include <string>

namespace bosai::report {

// What every printed part of a manual carries at its foot, so a card found in a box years later says which
// manual and which version it comes from: 池尻東小学校 避難所運営マニュアル 第2版（令和8年度版、2026年5月1日（金）承認）
struct ManualEdition {
  std::string shelter_name;
  std::string shelter_id;
  int version = 0;
  std::string label;
  std::string status_label;  // 承認済, 素案 …: a draft's cards say so on their face
  std::string approved_on;   // YYYY-MM-DD, empty when not approved
};

std::string edition_line(const ManualEdition& edition);

// One ファーストアクションカード as an HTML fragment for render::fitted_pages_pdf: a band in the 担当's colour
// (with its name, so it reads in grey too) and the phase, the card's notes, its steps numbered in big type
// with a box to tick, and the edition at the foot. Sizes are relative so the card's type grows to its page.
std::string action_card_html(const documents::ActionCard& card, const ManualEdition& edition);

// Every checklist of a manual as one A4 HTML document (render::html_to_pdf), each from a new page: items
// grouped by their `###` heading, a box, and blank 確認者 and メモ columns to fill in on the day.
std::string checklists_html(const std::vector<documents::Checklist>& lists, const ManualEdition& edition);

}  // namespace bosai::report
