#pragma once
#include "core/shelter.h"
#include "report/shelter_summary.h"

#include <string>
#include <vector>

namespace bosai::report {

// The ward overview, one printable A4 page in Japanese: the per-地区 table of shelters by kind and capacity, and
// under it the map of the shelters in effect, `map_html` as the renderer made it (inline SVG for a browser, or
// the <img> a PDF draws the map at; the map carries its legend and data credits). Self-contained HTML, so it
// prints from any browser and works offline.
std::string overview_html(const ShelterSummary& summary, const std::vector<Shelter>& shelters,
                          const std::string& map_html);

}  // namespace bosai::report
