#pragma once
#include "map/map_scene.h"
#include "render/sheet_maps.h"

#include <QRectF>

#include <string>

class QPainter;

namespace bosai::render {

// A map with its legend underneath, filling `rect`: what a sheet shows (the plan sheet's route, a driver's
// round, the overview). The legend's height depends on which sites end up drawn by number, so the layout is
// found on a throwaway device of the same resolution first, then drawn once.
void draw_map_figure(QPainter& painter, const QRectF& rect, const map::MapScene& scene);

// The same figure as SVG (for the HTML a browser shows), `width` × `height` CSS pixels.
std::string map_figure_svg(const map::MapScene& scene, double width, double height);

// What a sheet's HTML carries for one map, `width` × `height` CSS pixels: with `pdf_maps`, an <img> named
// `name` whose scene joins `pdf_maps` (html_to_pdf draws it there); without, the figure as inline SVG.
std::string sheet_map_markup(const std::string& name, const map::MapScene& scene, double width, double height,
                             SheetMaps* pdf_maps);

}  // namespace bosai::render
