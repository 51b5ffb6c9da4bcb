#pragma once
#include "store/document_repository.h"

#include <string>

namespace bosai::report {

// A stored version as a printed page names it: 第2版（令和7年度版、承認済、2026年3月20日（金） 池尻地区区民防災会議 承認）
std::string version_line(const store::StoredDocument& document);

}  // namespace bosai::report
