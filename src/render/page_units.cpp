#include "render/page_units.h"

#include <QPainter>

namespace bosai::render {

double points(const QPainter& painter, double pt) {
  return pt * (painter.device() ? painter.device()->logicalDpiX() : 72) / 72.0;
}

}  // namespace bosai::render
