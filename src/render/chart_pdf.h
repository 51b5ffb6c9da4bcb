#pragma once
#include "render/chart.h"
#include "render/page_format.h"

#include <string>
#include <vector>

namespace bosai::render {

// Charts as PDF bytes (the debrief's figures): `per_page` charts a page, one under the other in equal frames
// filling the page inside its margins, in embedded Noto Sans CJK JP with searchable text (write_pdf). A4 or A3
// either way up; the charts scale with their frames (draw_chart). std::invalid_argument for no charts,
// per_page < 1, or a chart validate() refuses, before anything is drawn.
std::string charts_to_pdf(const std::vector<Chart>& charts, const std::string& title, const PageFormat& format = {},
                          int per_page = 2);

}  // namespace bosai::render
