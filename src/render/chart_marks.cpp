#include "render/chart_marks.h"

#include <QPainter>
#include <QPolygonF>

#include <cmath>
#include <numbers>
#include <vector>

namespace bosai::render {
namespace {

constexpr double kEm = kChartEm;

bool is_dark(const QColor& c) { return 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF() < 0.5; }

Qt::PenStyle pen_style(Dash dash) {
  switch (dash) {
    case Dash::kSolid: return Qt::SolidLine;
    case Dash::kDash: return Qt::DashLine;
    case Dash::kDot: return Qt::DotLine;
    case Dash::kDashDot: return Qt::DashDotLine;
    case Dash::kLongDash: return Qt::CustomDashLine;
    case Dash::kDashDotDot: return Qt::DashDotDotLine;
  }
  return Qt::SolidLine;
}

QPolygonF polygon(QPointF centre, double r, std::initializer_list<QPointF> unit_points) {
  QPolygonF out;
  for (const auto& point : unit_points) out << centre + point * r;
  return out;
}

}  // namespace

QColor colour_of(std::uint32_t rgb) { return QColor((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF); }

QPen chart_pen(const QColor& colour, double ems, Qt::PenStyle style) {
  return QPen(colour, ems * kEm, style, Qt::FlatCap, Qt::MiterJoin);
}

QPen series_pen(const SeriesStyle& style) {
  QPen out = chart_pen(colour_of(style.rgb), 0.13);
  out.setStyle(pen_style(style.dash));
  if (style.dash == Dash::kLongDash) out.setDashPattern({7, 3});
  return out;
}

void fill_hatched(QPainter& p, const QRectF& r, const SeriesStyle& style) {
  const QColor fill = colour_of(style.rgb);
  p.fillRect(r, fill);
  if (style.hatch == Hatch::kNone || r.isEmpty()) return;
  p.save();
  p.setClipRect(r, Qt::IntersectClip);
  p.setPen(chart_pen(is_dark(fill) ? Qt::white : Qt::black, 0.07));
  p.setBrush(is_dark(fill) ? Qt::white : Qt::black);
  const double gap = 0.38 * kEm;
  auto from = [&](double start) { return std::floor(start / gap) * gap; };
  auto horizontal = [&] {
    for (double y = from(r.top()); y <= r.bottom(); y += gap) p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
  };
  auto vertical = [&] {
    for (double x = from(r.left()); x <= r.right(); x += gap) p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
  };
  const double diagonal = gap * std::sqrt(2.0);
  auto forward = [&] {  // x + y = c
    for (double c = std::floor((r.left() + r.top()) / diagonal) * diagonal; c <= r.right() + r.bottom();
         c += diagonal) {
      p.drawLine(QPointF(c - r.bottom(), r.bottom()), QPointF(c - r.top(), r.top()));
    }
  };
  auto backward = [&] {  // x - y = c
    for (double c = std::floor((r.left() - r.bottom()) / diagonal) * diagonal; c <= r.right() - r.top();
         c += diagonal) {
      p.drawLine(QPointF(c + r.top(), r.top()), QPointF(c + r.bottom(), r.bottom()));
    }
  };
  switch (style.hatch) {
    case Hatch::kNone: break;
    case Hatch::kForward: forward(); break;
    case Hatch::kHorizontal: horizontal(); break;
    case Hatch::kBackward: backward(); break;
    case Hatch::kGrid:
      horizontal();
      vertical();
      break;
    case Hatch::kVertical: vertical(); break;
    case Hatch::kCross:
      forward();
      backward();
      break;
    case Hatch::kDots:
      p.setPen(Qt::NoPen);
      for (double y = from(r.top()); y <= r.bottom() + gap; y += gap) {
        const double shift = std::fmod(std::abs(y / gap), 2.0) < 0.5 ? 0 : gap / 2;
        for (double x = from(r.left()) - shift; x <= r.right() + gap; x += gap)
          p.drawEllipse(QPointF(x, y), 0.07 * kEm, 0.07 * kEm);
      }
      break;
  }
  p.restore();
}

void draw_marker(QPainter& p, QPointF c, Marker marker, const QColor& colour) {
  const double r = 0.32 * kEm;
  p.save();
  p.setPen(chart_pen(Qt::black, 0.05));
  p.setBrush(colour);
  switch (marker) {
    case Marker::kCircle: p.drawEllipse(c, r, r); break;
    case Marker::kSquare: p.drawRect(QRectF(c.x() - 0.85 * r, c.y() - 0.85 * r, 1.7 * r, 1.7 * r)); break;
    case Marker::kTriangle: p.drawPolygon(polygon(c, r * 1.2, {{0, -1}, {0.87, 0.6}, {-0.87, 0.6}})); break;
    case Marker::kTriangleDown: p.drawPolygon(polygon(c, r * 1.2, {{0, 1}, {0.87, -0.6}, {-0.87, -0.6}})); break;
    case Marker::kDiamond: p.drawPolygon(polygon(c, r * 1.25, {{0, -1}, {0.8, 0}, {0, 1}, {-0.8, 0}})); break;
    case Marker::kStar: {
      QPolygonF star;
      for (int i = 0; i < 10; ++i) {
        const double angle = std::numbers::pi / 5 * i - std::numbers::pi / 2, radius = (i % 2 ? 0.5 : 1.3) * r;
        star << c + QPointF(std::cos(angle), std::sin(angle)) * radius;
      }
      p.drawPolygon(star);
      break;
    }
    case Marker::kCross:
    case Marker::kPlus: {  // strokes only: a dark edge under the colour keeps light colours visible
      const double a = marker == Marker::kCross ? 0.8 * r : 1.1 * r;
      const std::vector<QLineF> strokes =
          marker == Marker::kCross
              ? std::vector<QLineF>{{c + QPointF(-a, -a), c + QPointF(a, a)}, {c + QPointF(-a, a), c + QPointF(a, -a)}}
              : std::vector<QLineF>{{c + QPointF(-a, 0), c + QPointF(a, 0)}, {c + QPointF(0, -a), c + QPointF(0, a)}};
      p.setPen(chart_pen(Qt::black, 0.24));
      for (const auto& line : strokes) p.drawLine(line);
      p.setPen(chart_pen(colour, 0.14));
      for (const auto& line : strokes) p.drawLine(line);
      break;
    }
  }
  p.restore();
}

}  // namespace bosai::render
