#pragma once
#include <optional>
#include <string>

namespace bosai {

// Where a version of a community document (地区防災計画, 避難所運営マニュアル) stands. Only the
// service moves a version along: draft → in review → approved → superseded (a newer version was approved),
// and any version may be archived. An approved version is locked: an edited text becomes a new draft.
enum class DocumentStatus { kDraft, kInReview, kApproved, kSuperseded, kArchived };

const char* document_status_code(DocumentStatus status);   // draft, in_review, approved, superseded, archived
const char* document_status_label(DocumentStatus status);  // 素案, 審議中, 承認済, 旧版, 廃止
// Either the code or the Japanese label, as a file header or an option may write it.
std::optional<DocumentStatus> parse_document_status(const std::string& text);

}  // namespace bosai
