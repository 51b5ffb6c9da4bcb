#include "documents/district_plan_writer.h"

#include "documents/header_fields.h"

namespace bosai::documents {

std::string write_district_plan(const DistrictPlanHeader& header, const std::string& body) {
  std::string out = "---\n地区: " + header.district + "\n";
  out += std::string("状態: ") + document_status_label(header.status) + "\n";
  for (const auto& f : header_fields()) {
    const std::string& value = header.*f.member;
    out += std::string(f.key) + ":" + (value.empty() ? "" : " " + value) + "\n";
  }
  return out + "---\n" + body;
}

}  // namespace bosai::documents
