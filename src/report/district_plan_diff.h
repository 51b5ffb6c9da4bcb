#pragma once
#include "services/district_plans.h"

#include <string>

namespace bosai::report {

// A printable A4 page of what changed between two versions of a 地区防災計画, section by section (old text
// struck through beside the new), for the 地区区民防災会議 that approves the newer one.
std::string district_plan_diff_html(const services::DistrictPlanComparison& comparison,
                                    const std::string& district_name);

}  // namespace bosai::report
