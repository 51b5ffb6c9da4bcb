#pragma once
#include "core/document_kind.h"

#include <string>

namespace bosai::documents {

// A reference to one section of a community document, as drill findings and improvement actions will carry
// it: `plan:ikejiri#response` (a 地区防災計画 section), `manual:X1311290116111#card-general-initial` (a
// manual's). The owner is written as a person would name it (code, id or name); the section by its id, which
// stays when the title is reworded, so a finding still points at the right place after a revision.
struct DocumentRef {
  DocumentKind kind = DocumentKind::kDistrictPlan;
  std::string owner;
  std::string section;
};

// InputError on field "ref" for anything but `plan:OWNER#id` or `manual:OWNER#id`.
DocumentRef parse_document_ref(const std::string& text);
std::string format_document_ref(const DocumentRef& ref);

}  // namespace bosai::documents
