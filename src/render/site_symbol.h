#pragma once
#include "core/shelter_kind.h"
#include "map/map_scene.h"

#include <QColor>
#include <QPointF>

class QPainter;

namespace bosai::render {

// Each kind of place has its own shape as well as its own colour (Okabe–Ito, safe for colour-blind readers), so
// a map photocopied in black and white still tells a 指定避難所 from a 一時集合所.
QColor site_colour(ShelterKind kind);
// `size` is the symbol's width in the painter's units; outlined in black so light fills survive a photocopy.
void draw_site_symbol(QPainter& painter, ShelterKind kind, const QPointF& centre, double size);
void draw_marker_symbol(QPainter& painter, map::MapScene::Marker::Kind kind, const QPointF& centre, double size);

}  // namespace bosai::render
