#pragma once
#include "map/map_scene.h"
#include "render/page_format.h"

#include <string>
#include <vector>

namespace bosai::render {

// A printed map per scene (the A3 地区 map a 防災塾 spreads on the table): its title and date, the map, and
// beside it (below it, portrait) the legend and the numbered list of the places on the map with their
// addresses. A list longer than the page continues on the next. PDF bytes, searchable like every sheet.
std::string map_pages_pdf(const std::vector<map::MapScene>& scenes, const PageFormat& format);

}  // namespace bosai::render
