#include "report/manual_print.h"

#include "core/calendar_date.h"
#include "report/html_escape.h"

#include <sstream>

namespace bosai::report {
namespace {

using documents::ManualRole;

// Okabe–Ito, dark enough for white text; the 担当's name is always printed in the band as well.
const char* role_colour(ManualRole role) {
  switch (role) {
    case ManualRole::kGeneral: return "#0072B2";
    case ManualRole::kShelter: return "#009E73";
    case ManualRole::kFood: return "#D55E00";
    case ManualRole::kHealth: return "#CC79A7";
  }
  return "#000000";
}

}  // namespace

std::string edition_line(const ManualEdition& e) {
  std::string s = e.shelter_name + " 避難所運営マニュアル 第" + std::to_string(e.version) + "版（" + e.label;
  s += e.approved_on.empty() ? "、" + e.status_label : "、" + japanese_date(e.approved_on) + "承認";
  return s + "）";
}

std::string action_card_html(const documents::ActionCard& card, const ManualEdition& edition) {
  std::ostringstream h;
  h << "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" bgcolor=\"" << role_colour(card.role) << "\"><tr>"
    << "<td valign=\"middle\" style=\"font-size: small; white-space: nowrap\"><font color=\"#ffffff\">"
    << "ファーストアクションカード</font></td>"
    << "<td align=\"right\" style=\"white-space: nowrap\"><font color=\"#ffffff\"><b>"
    << documents::manual_phase_label(card.phase) << "</b><br><span style=\"font-size: small\">"
    << documents::manual_phase_span(card.phase) << "</span></font></td></tr></table>\n";
  h << "<p style=\"font-size: xx-large; margin-top: 6px; margin-bottom: 4px\"><b>"
    << html_escape(documents::manual_role_label(card.role)) << "担当</b></p>\n";
  if (card.title != std::string(documents::manual_role_label(card.role)) + " " +
                        documents::manual_phase_label(card.phase)) {
    h << "<p style=\"margin-top: 0\">" << html_escape(card.title) << "</p>\n";
  }
  for (const auto& note : card.notes) h << "<p style=\"margin: 2px 0\">" << html_escape(note) << "</p>\n";
  h << "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top: 6px\">\n";
  for (std::size_t i = 0; i < card.steps.size(); ++i) {
    h << "<tr><td width=\"9%\" valign=\"top\" style=\"font-size: x-large\"><b>" << i + 1 << "</b></td>"
      << "<td valign=\"top\" style=\"font-size: large\">" << html_escape(card.steps[i]) << "</td>"
      << "<td width=\"8%\" valign=\"top\" align=\"right\" style=\"font-size: x-large\">☐</td></tr>\n";
  }
  h << "</table>\n<p style=\"font-size: small; margin-top: 8px\">" << html_escape(edition_line(edition)) << "　{#"
    << html_escape(card.id) << "}</p>\n";
  return h.str();
}

std::string checklists_html(const std::vector<documents::Checklist>& lists, const ManualEdition& edition) {
  std::ostringstream h;
  h << "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
    << html_escape(edition.shelter_name) << " チェックリスト</title>\n<style>\n"
    << "h1 { font-size: 15pt; margin: 0 0 2mm; } h2 { font-size: 11.5pt; margin: 4mm 0 1mm; }\n"
    << "table { border-collapse: collapse; } th, td { border: 1px solid #444; padding: 1.5mm 2mm; }\n"
    << "th { background: #eee; font-weight: normal; } .foot { font-size: 8.5pt; }\n</style>\n</head>\n<body>\n";
  bool first = true;
  for (const auto& list : lists) {
    h << "<h1" << (first ? "" : " style=\"page-break-before: always\"") << ">" << html_escape(list.title) << "</h1>\n";
    first = false;
    h << "<p>" << html_escape(edition.shelter_name) << "　<span style=\"white-space: pre\">確認日時: 　　年　　月　　日　　時　　分　　確認者: </span></p>\n";
    std::string group = "\x01";  // no group seen yet
    bool open = false;
    for (const auto& item : list.items) {
      if (item.group != group) {
        if (open) h << "</table>\n";
        if (!item.group.empty()) h << "<h2>" << html_escape(item.group) << "</h2>\n";
        h << "<table width=\"100%\" cellspacing=\"0\" border=\"1\"><tr><th width=\"6%\">確認</th><th>項目</th>"
          << "<th width=\"14%\">確認者</th><th width=\"22%\">メモ</th></tr>\n";
        group = item.group;
        open = true;
      }
      h << "<tr><td align=\"center\">" << (item.checked ? "☑" : "☐") << "</td><td>" << html_escape(item.text)
        << "</td><td></td><td></td></tr>\n";
    }
    if (open) h << "</table>\n";
    h << "<p class=\"foot\">" << html_escape(edition_line(edition)) << "　{#" << html_escape(list.id) << "}</p>\n";
  }
  h << "</body>\n</html>\n";
  return h.str();
}

}  // namespace bosai::report
