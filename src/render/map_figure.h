#pragma once
#include "map/map_scene.h"
#include "render/sheet_figures.h"

#include <QRectF>

#include <string>

class QPainter;

namespace bosai::render {

// A map with its legend underneath, filling `rect`: what a sheet shows (the plan sheet's route, a driver's
// round, the overview). The legend's height depends on which sites end up drawn by number, so the layout is
// found on a throwaway device of the same resolution first, then drawn once.
void draw_map_figure(QPainter& painter, const QRectF& rect, const map::MapScene& scene);

// A sheet's figure filling `rect`: a map as draw_map_figure draws it, or a chart (draw_chart).
void draw_sheet_figure(QPainter& painter, const QRectF& rect, const SheetFigure& figure);

// The same figure as SVG (for the HTML a browser shows), `width` × `height` CSS pixels.
std::string sheet_figure_svg(const SheetFigure& figure, double width, double height);

// What a sheet's HTML carries for one figure, `width` × `height` CSS pixels: with `pdf_figures`, an <img>
// named `name` whose figure joins `pdf_figures` (html_to_pdf draws it there); without, the figure as inline SVG.
std::string sheet_figure_markup(const std::string& name, const SheetFigure& figure, double width, double height,
                                SheetFigures* pdf_figures);

}  // namespace bosai::render
