#pragma once
#include "core/document_kind.h"
#include "documents/manual_terms.h"

#include <span>

namespace bosai::documents {

// The sections every document of a kind has; a document may add its own.
// 地区防災計画 (seed 000 第5-4): goals, the 地区's character from its 防災カルテ, what is done in normal times and
// in a disaster, drills, and how the plan is reviewed. 避難所運営マニュアル: policy, the committee and its 4 担当,
// the four phases, the two checklists every opening needs, and how the manual is drilled and reviewed.
struct StandardSection {
  const char* id;
  const char* title;
  SectionKind kind = SectionKind::kProse;
};

std::span<const StandardSection> standard_sections(DocumentKind kind);

}  // namespace bosai::documents
