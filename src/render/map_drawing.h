#pragma once
#include "map/map_projection.h"
#include "map/scale_bar.h"

#include <QPointF>
#include <QRectF>

#include <optional>
#include <string>
#include <vector>

namespace bosai::render {

// Where things ended up on the page after a map was drawn: what the legend and the tests read.
struct MapDrawing {
  struct PlacedSite {
    std::string id;
    QPointF true_position;  // where the site is
    QRectF symbol;  // where its symbol is drawn (moved aside when sites share a spot); empty when off the map
    std::optional<QRectF> label;  // its name (or number) label; shared by sites of one name at one spot
    bool numbered = false;        // the label is its number: the legend lists the name
    bool label_collides = false;  // no free position was found; drawn anyway so nothing is silently dropped
  };
  std::optional<map::MapProjection> projection;
  std::vector<PlacedSite> sites;  // in scene order
  map::ScaleBar scale_bar;
  QRectF scale_bar_line;  // the bar itself, left end to right end
  QRectF north_arrow;
};

}  // namespace bosai::render
