#pragma once
#include "map/map_scene.h"
#include "render/map_drawing.h"

#include <QRectF>

class QPainter;

namespace bosai::render {

// Draws `scene` into `frame` (the painter's units, any device: PDF page, image, screen) with everything a
// paper map needs: 地区 boundaries and names, roads by class, hazard and closed areas, closed roads, routes with
// numbered stops, homes and depots, shelters by shape and colour with co-located ones fanned out, labels
// that avoid each other (a number keyed to the legend when a name does not fit), north arrow, scale bar,
// date and credits. Sizes are in points, so a map reads the same on A4 and A3.
MapDrawing draw_map(QPainter& painter, const QRectF& frame, const map::MapScene& scene);

}  // namespace bosai::render
