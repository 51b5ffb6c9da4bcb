#include "render/site_symbol.h"

#include <QPainter>
#include <QPolygonF>

#include <cmath>

namespace bosai::render {
namespace {

QPolygonF regular(const QPointF& c, double radius, int sides, double start_deg) {
  QPolygonF poly;
  for (int i = 0; i < sides; ++i) {
    const double a = (start_deg + 360.0 * i / sides) * M_PI / 180;
    poly << QPointF(c.x() + radius * std::cos(a), c.y() + radius * std::sin(a));
  }
  return poly;
}

void outline(QPainter& painter, double size) {
  painter.setPen(QPen(Qt::black, std::max(size * 0.09, 0.5)));
}

}  // namespace

QColor site_colour(ShelterKind kind) {
  switch (kind) {
    case ShelterKind::kGatheringPoint: return QColor(0x00, 0x9E, 0x73);
    case ShelterKind::kDesignated: return QColor(0x00, 0x72, 0xB2);
    case ShelterKind::kReserve: return QColor(0x56, 0xB4, 0xE9);
    case ShelterKind::kWelfare: return QColor(0xCC, 0x79, 0xA7);
    case ShelterKind::kWideArea: return QColor(0xE6, 0x9F, 0x00);
    case ShelterKind::kEmergencySite: return QColor(0xD5, 0x5E, 0x00);
  }
  return Qt::black;
}

void draw_site_symbol(QPainter& painter, ShelterKind kind, const QPointF& c, double size) {
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  outline(painter, size);
  painter.setBrush(site_colour(kind));
  const double r = size / 2;
  switch (kind) {
    case ShelterKind::kGatheringPoint: painter.drawEllipse(c, r, r); break;
    case ShelterKind::kDesignated: painter.drawRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8)); break;
    case ShelterKind::kReserve: painter.drawPolygon(regular(c, r, 6, 30)); break;
    case ShelterKind::kWelfare: painter.drawPolygon(regular(c, r * 1.1, 4, -90)); break;
    case ShelterKind::kWideArea: painter.drawPolygon(regular(c + QPointF(0, r * 0.15), r * 1.1, 3, -90)); break;
    case ShelterKind::kEmergencySite: painter.drawPolygon(regular(c - QPointF(0, r * 0.15), r * 1.1, 3, 90)); break;
  }
  painter.restore();
}

void draw_marker_symbol(QPainter& painter, map::MapScene::Marker::Kind kind, const QPointF& c, double size) {
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  outline(painter, size);
  const double r = size / 2;
  if (kind == map::MapScene::Marker::Kind::kHome) {
    // A house: a roof on a square, black so it reads as "not a shelter".
    QPolygonF house;
    house << QPointF(c.x(), c.y() - r) << QPointF(c.x() + r, c.y()) << QPointF(c.x() + r * 0.7, c.y())
          << QPointF(c.x() + r * 0.7, c.y() + r) << QPointF(c.x() - r * 0.7, c.y() + r)
          << QPointF(c.x() - r * 0.7, c.y()) << QPointF(c.x() - r, c.y());
    painter.setBrush(QColor(0x33, 0x33, 0x33));
    painter.drawPolygon(house);
  } else if (kind == map::MapScene::Marker::Kind::kDestination) {
    // A destination that is not a registered shelter: a ringed dot, like a target.
    painter.setBrush(Qt::white);
    painter.drawEllipse(c, r, r);
    painter.setBrush(QColor(0x33, 0x33, 0x33));
    painter.drawEllipse(c, r * 0.45, r * 0.45);
  } else {
    // A depot: a five-pointed star in yellow.
    QPolygonF star;
    for (int i = 0; i < 10; ++i) {
      const double a = (-90 + 36.0 * i) * M_PI / 180, rr = (i % 2 == 0) ? r * 1.15 : r * 0.5;
      star << QPointF(c.x() + rr * std::cos(a), c.y() + rr * std::sin(a));
    }
    painter.setBrush(QColor(0xF0, 0xE4, 0x42));
    painter.drawPolygon(star);
  }
  painter.restore();
}

}  // namespace bosai::render
