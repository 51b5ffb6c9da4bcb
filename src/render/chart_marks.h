#pragma once
#include "render/chart_style.h"

#include <QColor>
#include <QPen>

#include <cstdint>

class QPainter;
class QPointF;
class QRectF;

// Inside the chart module only: the marks a chart is drawn with (fills, hatching, pens, markers), sized in ems
// of a painter scaled so that one em, the chart's body text height, is kChartEm units (draw_chart sets it up).
namespace bosai::render {

constexpr double kChartEm = 100;

QColor colour_of(std::uint32_t rgb);

// A pen `ems` wide, with square ends so dashes keep their length.
QPen chart_pen(const QColor& colour, double ems, Qt::PenStyle style = Qt::SolidLine);

// A series' line: its colour and dash.
QPen series_pen(const SeriesStyle& style);

// `r` in the series' colour under its hatching, in whole-chart coordinates so that the parts of one series line
// up from bar to bar; the hatching is black on light colours and white on dark ones.
void fill_hatched(QPainter& p, const QRectF& r, const SeriesStyle& style);

void draw_marker(QPainter& p, QPointF centre, Marker marker, const QColor& colour);

}  // namespace bosai::render
