#pragma once
#include "services/community_documents.h"

#include <string>

namespace bosai::report {

// A printable A4 page of what changed between two versions of a 地区防災計画 or 避難所運営マニュアル, section by
// section (old text struck through beside the new), for the body that approves the newer one.
std::string document_diff_html(const services::DocumentComparison& comparison, const std::string& title);

}  // namespace bosai::report
