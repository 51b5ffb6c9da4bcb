#pragma once
#include "map/map_scene.h"
#include "render/chart.h"

#include <map>
#include <string>
#include <variant>

namespace bosai::render {

// A figure a printable sheet carries: a map or a chart.
using SheetFigure = std::variant<map::MapScene, Chart>;

// The figures of a sheet, by the `src` of the <img> that stands for each in its HTML (a browser shows the
// image file of that name, e.g. an SVG beside the HTML; the PDF draws the figure itself, as vectors and text).
using SheetFigures = std::map<std::string, SheetFigure>;

}  // namespace bosai::render
