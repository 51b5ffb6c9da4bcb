#pragma once
#include "map/road_class.h"

#include <QBrush>
#include <QColor>
#include <QPen>

#include <cstddef>
#include <optional>

class QPainter;
class QPointF;

namespace bosai::render {

// The look of each map layer, shared by the map and its legend so the key always matches the drawing.
// `unit` is one point in the painter's units.
QPen road_pen(map::RoadClass road_class, double unit);
QPen district_pen(bool focus, double unit);
QColor route_colour(std::size_t route_index);
QPen route_pen(std::size_t route_index, double unit);
QPen hazard_pen(std::size_t hazard_index, double unit);
QBrush hazard_brush(std::size_t hazard_index, double unit);
QPen closed_pen(double unit);
QBrush closed_brush(double unit);
QPen closed_road_pen(double unit);
// A reading's disc in class `cls` of `classes` (light to dark, one hue: ordered in grey print as in colour);
// a reading not measured yet is a hollow disc with a cross.
QBrush reading_brush(std::size_t cls, std::size_t classes);
void draw_reading_disc(QPainter& painter, const QPointF& centre, double diameter, std::optional<std::size_t> cls,
                       std::size_t classes, double unit);

}  // namespace bosai::render
