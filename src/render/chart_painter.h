#pragma once
#include "render/chart.h"

class QPainter;
class QRectF;

namespace bosai::render {

// Draws `chart` into `frame`, given in the painter's own units (millimetres on a page, pixels on screen).
// Everything is sized from the frame, not from the device: text, tick lengths, line widths, hatching and the
// legend scale with it, so a chart drawn twice as large is the same drawing enlarged, on A4, A3 or a screen
// alike. The body text is 1/56 of the frame's width or 1/30 of its height, whichever is smaller: a frame of
// 180 × 100 mm (an A4 page's width) sets it in about 9 pt. Text is Noto Sans CJK JP (page_font). Leaves the
// painter as it found it. std::invalid_argument from validate() for a chart that cannot be drawn, and when the
// legend and labels would leave less than a third of the frame for the plot (dozens of series).
void draw_chart(QPainter& painter, const QRectF& frame, const Chart& chart);

}  // namespace bosai::render
