#include "core/document_kind.h"

namespace bosai {

const char* document_kind_code(DocumentKind kind) {
  return kind == DocumentKind::kDistrictPlan ? "district_plan" : "shelter_manual";
}

const char* document_kind_label(DocumentKind kind) {
  return kind == DocumentKind::kDistrictPlan ? "地区防災計画" : "避難所運営マニュアル";
}

const char* document_owner_key(DocumentKind kind) { return kind == DocumentKind::kDistrictPlan ? "地区" : "避難所"; }

}  // namespace bosai
