#pragma once

namespace bosai {

// The community documents bosai keeps in versions (docs/district-plans.md, docs/shelter-manuals.md). Both are
// Markdown with a header, sections with stable ids, the same approval and the same diff; they differ in whose
// document it is (a 地区, a shelter), which sections are standard, and who approves it.
enum class DocumentKind { kDistrictPlan, kShelterManual };

const char* document_kind_code(DocumentKind kind);   // district_plan, shelter_manual
const char* document_kind_label(DocumentKind kind);  // 地区防災計画, 避難所運営マニュアル
// The header key naming the document's owner, and what the owner is called in messages: 地区, 避難所.
const char* document_owner_key(DocumentKind kind);

}  // namespace bosai
