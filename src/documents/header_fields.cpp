#include "documents/header_fields.h"

namespace bosai::documents {

std::span<const HeaderField> header_fields() {
  using H = DocumentHeader;
  static const HeaderField kFields[] = {
      {"版", &H::label, true, false},
      {"作成日", &H::created_on, true, true},
      {"承認日", &H::approved_on, false, true},
      {"承認機関", &H::approving_body, false, false},
      {"施行日", &H::effective_on, false, true},
      {"最終見直し日", &H::last_reviewed_on, false, true},
      {"次回見直し日", &H::next_review_on, true, true},
  };
  return kFields;
}

}  // namespace bosai::documents
