#pragma once
#include "map/map_scene.h"

#include <map>
#include <string>

namespace bosai::render {

// Maps a printable sheet carries, by the `src` of the <img> that stands for each in its HTML (a browser shows
// the image file of that name, e.g. an SVG beside the HTML; the PDF draws the map itself, as vectors and text).
using SheetMaps = std::map<std::string, map::MapScene>;

}  // namespace bosai::render
