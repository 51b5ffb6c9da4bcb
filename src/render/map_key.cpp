#include "render/map_key.h"
#include "render/page_units.h"

#include "render/gui.h"
#include "render/map_style.h"
#include "render/site_symbol.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <functional>
#include <set>
#include <utility>

namespace bosai::render {
namespace {

using Swatch = std::function<void(QPainter&, const QRectF&)>;

struct Entry {
  Swatch swatch;  // empty for a text-only entry (a numbered site)
  QString text;
};

Swatch line_swatch(const QPen& pen) {
  return [pen](QPainter& p, const QRectF& r) {
    p.setPen(pen);
    p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
  };
}

Swatch area_swatch(const QBrush& brush, const QPen& pen) {
  return [brush, pen](QPainter& p, const QRectF& r) {
    p.fillRect(r, brush);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
  };
}

const char* road_class_label(map::RoadClass c) {
  switch (c) {
    case map::RoadClass::kMajor: return "幹線道路";
    case map::RoadClass::kMinor: return "生活道路";
    case map::RoadClass::kPath: return "歩行者道";
    case map::RoadClass::kSteps: return "階段";
  }
  return "";
}

std::vector<Entry> entries(const map::MapScene& scene, const MapDrawing& drawing, double unit) {
  std::vector<Entry> out;
  for (const auto kind : kAllShelterKinds) {
    if (std::none_of(scene.sites.begin(), scene.sites.end(), [&](const auto& s) { return s.kind == kind; })) continue;
    out.push_back({[kind, unit](QPainter& p, const QRectF& r) { draw_site_symbol(p, kind, r.center(), 7 * unit); },
                   QString::fromUtf8(shelter_kind_label(kind).data(), static_cast<qsizetype>(shelter_kind_label(kind).size()))});
  }
  using Kind = map::MapScene::Marker::Kind;
  for (const auto& [kind, label] : {std::pair{Kind::kHome, "自宅"}, std::pair{Kind::kDepot, "配送拠点"},
                                    std::pair{Kind::kDestination, "避難先"}}) {
    if (std::none_of(scene.markers.begin(), scene.markers.end(), [&](const auto& m) { return m.kind == kind; })) continue;
    out.push_back({[kind, unit](QPainter& p, const QRectF& r) { draw_marker_symbol(p, kind, r.center(), 8 * unit); },
                   label});
  }
  if (!scene.readings.empty()) {
    const std::size_t classes = scene.reading_bounds.size() + 1;
    if (!scene.reading_title.empty()) out.push_back({{}, QString::fromStdString(scene.reading_title)});
    for (std::size_t k = 0; k <= classes; ++k) {
      const std::optional<std::size_t> cls = k < classes ? std::optional<std::size_t>(k) : std::nullopt;
      const QString text = k < scene.reading_labels.size() ? QString::fromStdString(scene.reading_labels[k]) : QString();
      out.push_back({[cls, classes, unit](QPainter& p, const QRectF& r) {
                       draw_reading_disc(p, r.center(), 7 * unit, cls, classes, unit);
                     },
                     text});
    }
  }
  std::set<map::RoadClass> classes;
  for (const auto& r : scene.roads) classes.insert(r.road_class);
  for (const auto c : classes) out.push_back({line_swatch(road_pen(c, unit)), road_class_label(c)});
  if (!scene.districts.empty()) out.push_back({line_swatch(district_pen(true, unit)), "地区境界"});
  for (std::size_t i = 0; i < scene.routes.size(); ++i) {
    out.push_back({line_swatch(route_pen(i, unit)), QString::fromStdString(scene.routes[i].label)});
  }
  for (std::size_t i = 0; i < scene.hazards.size(); ++i) {
    out.push_back({area_swatch(hazard_brush(i, unit), hazard_pen(i, unit)), QString::fromStdString(scene.hazards[i].name())});
  }
  if (!scene.closed_areas.empty()) out.push_back({area_swatch(closed_brush(unit), closed_pen(unit)), "通行止め区域"});
  if (!scene.closed_roads.empty()) out.push_back({line_swatch(closed_road_pen(unit)), "通行止め道路"});
  for (std::size_t i = 0; i < scene.sites.size() && i < drawing.sites.size(); ++i) {
    if (!drawing.sites[i].numbered) continue;
    out.push_back({{}, QString::number(scene.sites[i].number) + " " + QString::fromStdString(scene.sites[i].name)});
  }
  return out;
}

}  // namespace

double draw_map_key(QPainter& painter, const QRectF& frame, const map::MapScene& scene, const MapDrawing& drawing,
                    bool draw) {
  const double unit = points(painter, 1) * scene.style.scale;
  const QFont font = page_font(7 * scene.style.scale);
  const QFontMetricsF metrics(font, painter.device());
  const double row = std::max(metrics.height(), 9 * unit) + 2 * unit;
  const double swatch_w = 12 * unit, gap = 3 * unit, spacing = 9 * unit;
  double x = frame.left(), y = frame.top();
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setFont(font);
  for (const auto& e : entries(scene, drawing, unit)) {
    const double w = (e.swatch ? swatch_w + gap : 0) + metrics.horizontalAdvance(e.text);
    if (x > frame.left() && x + w > frame.right()) {
      x = frame.left();
      y += row;
    }
    if (draw) {
      if (e.swatch) {
        painter.save();
        e.swatch(painter, QRectF(x, y + (row - 7 * unit) / 2, swatch_w, 7 * unit));
        painter.restore();
      }
      painter.setPen(Qt::black);
      painter.drawText(QRectF(x + (e.swatch ? swatch_w + gap : 0), y, w, row), Qt::AlignLeft | Qt::AlignVCenter, e.text);
    }
    x += w + spacing;
  }
  painter.restore();
  return (x > frame.left() ? y + row : y) - frame.top();
}

}  // namespace bosai::render
