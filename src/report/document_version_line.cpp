#include "report/document_version_line.h"

#include "core/calendar_date.h"

namespace bosai::report {

std::string version_line(const store::StoredDocument& p) {
  std::string s = "第" + std::to_string(p.version) + "版（" + p.label + "、" + document_status_label(p.status);
  if (!p.approved_on.empty()) s += "、" + japanese_date(p.approved_on) + " " + p.approving_body + " 承認";
  return s + "）";
}

}  // namespace bosai::report
