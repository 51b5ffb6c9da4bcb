#pragma once
#include "core/document_kind.h"
#include "core/karte.h"
#include "store/document_repository.h"

#include <string>

namespace bosai::report {

// One version of a community document as printed on A4 (`plan show --pdf`, `manual show --pdf`).
struct DocumentPrint {
  DocumentKind kind = DocumentKind::kDistrictPlan;
  std::string owner_name;  // 池尻 (a 地区), 池尻東小学校 (a shelter)
  store::StoredDocument document;
  // A plan's 地区 karte: its figures fill the plan's ［カルテ:…］ citations and are listed beside each section
  // that cites them. Null: no karte imported, and the citations print as 不明 so the gap shows.
  const DistrictKarte* karte = nullptr;
  std::string appendix_html;  // printed after the text from a new page (the karte page of a plan)
};

// Its title (the document's own `# ` line, else 池尻地区 地区防災計画), a box with the version, status and
// dates (a version not approved says so in bold, so a draft on the table is not mistaken for the plan in force),
// then the text, each section from its heading.
std::string document_html(const DocumentPrint& print);

// The title as printed, for the PDF's metadata.
std::string document_print_title(const DocumentPrint& print);

}  // namespace bosai::report
