#pragma once
#include "core/district.h"
#include "core/shelter.h"
#include "report/shelter_summary.h"

#include <string>
#include <vector>

namespace bosai::report {

// The ward overview, one printable A4 page in Japanese: the per-地区 table of shelters by kind and capacity, and
// an SVG map of the shelters in effect, by kind (with the 地区 boundaries when known). Self-contained HTML, so it
// prints from any browser and works offline.
std::string overview_html(const ShelterSummary& summary, const std::vector<Shelter>& shelters,
                          const std::vector<District>& districts);

}  // namespace bosai::report
