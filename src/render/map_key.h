#pragma once
#include "map/map_scene.h"
#include "render/map_drawing.h"

#include <QRectF>

class QPainter;

namespace bosai::render {

// The legend of a drawn map, flowed left to right and wrapped to `frame`'s width (a strip under an A4 map or a
// column beside an A3 one): the symbol of every kind of place, road class, area and route the scene holds,
// then the names of sites drawn by number. Returns the height used; with `draw` false it only measures.
double draw_map_key(QPainter& painter, const QRectF& frame, const map::MapScene& scene, const MapDrawing& drawing,
                    bool draw = true);

}  // namespace bosai::render
