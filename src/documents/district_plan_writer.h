#pragma once
#include "documents/district_plan.h"

#include <string>

namespace bosai::documents {

// The file text of a plan: the header (every key, blank when unset) and the body as stored. Reading it back
// gives the same header and body, so import → export → import changes nothing.
std::string write_district_plan(const DistrictPlanHeader& header, const std::string& body);

}  // namespace bosai::documents
