#include "core/document_status.h"

#include "core/enum_names.h"

namespace bosai {
namespace {

constexpr EnumName<DocumentStatus> kStatuses[] = {{DocumentStatus::kDraft, "draft", "素案"},
                                                  {DocumentStatus::kInReview, "in_review", "審議中"},
                                                  {DocumentStatus::kApproved, "approved", "承認済"},
                                                  {DocumentStatus::kSuperseded, "superseded", "旧版"},
                                                  {DocumentStatus::kArchived, "archived", "廃止"}};

}  // namespace

const char* document_status_code(DocumentStatus s) { return enum_name(kStatuses, s).code; }
const char* document_status_label(DocumentStatus s) { return enum_name(kStatuses, s).label; }
std::optional<DocumentStatus> parse_document_status(const std::string& text) { return parse_enum(kStatuses, text); }

}  // namespace bosai
