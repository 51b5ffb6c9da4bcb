#include "render/map_style.h"

#include <QPainter>
#include <QPointF>
#include <QTransform>

#include <algorithm>
#include <array>

namespace bosai::render {
namespace {

// Okabe–Ito, darkest first: routes must stand out from the grey roads under them.
constexpr std::array<QRgb, 6> kRouteColours = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9};
// Hazards differ by hatch direction as well as hue, for black-and-white copies.
constexpr std::array<QRgb, 4> kHazardColours = {0x0072B2, 0x8B5A2B, 0x7B3294, 0x009E73};
constexpr std::array<Qt::BrushStyle, 4> kHazardHatches = {Qt::BDiagPattern, Qt::FDiagPattern, Qt::HorPattern,
                                                          Qt::VerPattern};

// Qt's hatches are 8 device pixels a cell: a grey tint at 300 dpi. Scaled so a cell is about 2.5 mm on paper.
QBrush hatch(const QColor& colour, Qt::BrushStyle style, double unit) {
  QBrush brush(colour, style);
  brush.setTransform(QTransform::fromScale(unit * 0.9, unit * 0.9));
  return brush;
}

}  // namespace

QPen road_pen(map::RoadClass road_class, double unit) {
  QPen pen(QColor(0x9a, 0x9a, 0x9a), 0.7 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
  switch (road_class) {
    case map::RoadClass::kMajor:
      pen.setColor(QColor(0x70, 0x70, 0x70));
      pen.setWidthF(2.2 * unit);
      break;
    case map::RoadClass::kMinor: break;
    case map::RoadClass::kPath:
      pen.setWidthF(0.5 * unit);
      pen.setStyle(Qt::DashLine);
      break;
    case map::RoadClass::kSteps:
      pen.setWidthF(0.9 * unit);
      pen.setStyle(Qt::DotLine);
      pen.setCapStyle(Qt::FlatCap);
      break;
  }
  return pen;
}

QPen district_pen(bool focus, double unit) {
  QPen pen(focus ? QColor(0x22, 0x22, 0x22) : QColor(0x77, 0x77, 0x77), (focus ? 1.6 : 0.8) * unit,
           focus ? Qt::DashDotLine : Qt::DashLine);
  return pen;
}

QColor route_colour(std::size_t i) { return QColor::fromRgb(kRouteColours[i % kRouteColours.size()]); }

QPen route_pen(std::size_t i, double unit) {
  return QPen(route_colour(i), 2.4 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

QPen hazard_pen(std::size_t i, double unit) {
  return QPen(QColor::fromRgb(kHazardColours[i % kHazardColours.size()]), 0.8 * unit);
}

QBrush hazard_brush(std::size_t i, double unit) {
  return hatch(QColor::fromRgb(kHazardColours[i % kHazardColours.size()]), kHazardHatches[i % kHazardHatches.size()],
               unit);
}

QPen closed_pen(double unit) { return QPen(QColor(0xC0, 0x00, 0x00), 1.4 * unit); }

QBrush closed_brush(double unit) { return hatch(QColor(0xC0, 0x00, 0x00), Qt::DiagCrossPattern, unit); }

QBrush reading_brush(std::size_t cls, std::size_t classes) {
  // Blues from light to dark (sequential, colour-blind safe); lightness alone orders them on a grey printer.
  constexpr std::array<QRgb, 5> kBlues = {0xDEEBF7, 0x9ECAE1, 0x4292C6, 0x08519C, 0x08306B};
  if (classes <= 1) return QBrush(QColor::fromRgb(kBlues[2]));
  const std::size_t step = std::min<std::size_t>(cls * (kBlues.size() - 1) / (classes - 1), kBlues.size() - 1);
  return QBrush(QColor::fromRgb(kBlues[step]));
}

void draw_reading_disc(QPainter& p, const QPointF& centre, double diameter, std::optional<std::size_t> cls,
                       std::size_t classes, double unit) {
  const double r = diameter / 2;
  p.setPen(QPen(QColor(0x22, 0x22, 0x22), 0.7 * unit));
  if (cls) {
    p.setBrush(reading_brush(*cls, classes));
    p.drawEllipse(centre, r, r);
    return;
  }
  p.setBrush(Qt::white);
  p.drawEllipse(centre, r, r);
  const double k = r * 0.55;
  p.drawLine(QPointF(centre.x() - k, centre.y() - k), QPointF(centre.x() + k, centre.y() + k));
  p.drawLine(QPointF(centre.x() - k, centre.y() + k), QPointF(centre.x() + k, centre.y() - k));
}

QPen closed_road_pen(double unit) {
  return QPen(QColor(0xC0, 0x00, 0x00), 3.0 * unit, Qt::DashLine, Qt::FlatCap, Qt::RoundJoin);
}

}  // namespace bosai::render
