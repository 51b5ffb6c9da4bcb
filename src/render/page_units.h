#pragma once

class QPainter;

namespace bosai::render {

// Points to the painter's units (its device's resolution): every size on a page is given in points.
double points(const QPainter& painter, double pt);

}  // namespace bosai::render
