#include "render/map_painter.h"

#include "render/gui.h"
#include "render/label_placer.h"
#include "render/map_key.h"
#include "render/map_style.h"
#include "render/page_units.h"
#include "render/site_symbol.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <map>

namespace bosai::render {
namespace {

constexpr double kSymbolPt = 7.5;
constexpr double kLabelPt = 6.5;

struct Canvas {
  QPainter& painter;
  const map::MapProjection& projection;
  double unit;   // one point in painter units, times the scene's scale
  QRectF frame;
  double scale;  // the scene's: fonts grow with it like every other size

  QFont font(double pt) const { return page_font(pt * scale); }

  QPointF at(const GeoPoint& p) const {
    const auto q = projection.forward(p);
    return {q.x, q.y};
  }
  QPolygonF line(const std::vector<GeoPoint>& points) const {
    QPolygonF poly;
    poly.reserve(static_cast<qsizetype>(points.size()));
    for (const auto& p : points) poly << at(p);
    return poly;
  }
  QPainterPath area(const Area& area) const {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const auto& polygon : area.polygons()) {
      path.addPolygon(line(polygon.outer));
      for (const auto& hole : polygon.holes) path.addPolygon(line(hole));
    }
    return path;
  }
};

// A label's box: text with a little white margin so it reads over roads.
QSizeF label_size(const QFontMetricsF& metrics, const QString& text, double pad) {
  return {metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + pad};
}

void draw_label(QPainter& painter, const QRectF& box, const QString& text, const QColor& ink = Qt::black) {
  painter.save();
  painter.setPen(Qt::NoPen);
  painter.setBrush(QColor(255, 255, 255, 215));
  painter.drawRect(box);
  painter.setPen(ink);
  painter.drawText(box, Qt::AlignCenter, text);
  painter.restore();
}

// Area-weighted centre of the largest outer ring: where a 地区 name goes.
std::optional<QPointF> label_point(const Canvas& canvas, const Area& area) {
  double best = 0;
  std::optional<QPointF> centre;
  for (const auto& polygon : area.polygons()) {
    const QPolygonF ring = canvas.line(polygon.outer);
    double a = 0, cx = 0, cy = 0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
      const double cross = ring[i].x() * ring[i + 1].y() - ring[i + 1].x() * ring[i].y();
      a += cross;
      cx += (ring[i].x() + ring[i + 1].x()) * cross;
      cy += (ring[i].y() + ring[i + 1].y()) * cross;
    }
    if (std::abs(a) > best) {
      best = std::abs(a);
      centre = QPointF(cx / (3 * a), cy / (3 * a));
    }
  }
  return centre;
}

// Sites closer than a symbol's width share a spot (a school that is both 指定避難所 and 指定緊急避難場所): the
// group's symbols are set side by side around the true spot, which keeps a dot and leader lines.
struct SiteGroup {
  QPointF centre;
  std::vector<std::size_t> members;
};

std::vector<SiteGroup> group_sites(const std::vector<QPointF>& at, double within) {
  std::vector<SiteGroup> groups;
  for (std::size_t i = 0; i < at.size(); ++i) {
    auto near = std::find_if(groups.begin(), groups.end(), [&](const SiteGroup& g) {
      return std::hypot(g.centre.x() - at[i].x(), g.centre.y() - at[i].y()) < within;
    });
    if (near == groups.end()) {
      groups.push_back({at[i], {i}});
    } else {
      near->members.push_back(i);
    }
  }
  return groups;
}

std::vector<QPointF> fan_out(const QPointF& centre, std::size_t n, double spacing) {
  std::vector<QPointF> out;
  if (n <= 3) {
    for (std::size_t i = 0; i < n; ++i) {
      out.emplace_back(centre.x() + (static_cast<double>(i) - (static_cast<double>(n) - 1) / 2) * spacing,
                       centre.y() - (n > 1 ? spacing * 0.6 : 0));
    }
  } else {
    const double radius = std::max(spacing, spacing * static_cast<double>(n) / (2 * M_PI));
    for (std::size_t i = 0; i < n; ++i) {
      const double a = -M_PI / 2 + 2 * M_PI * static_cast<double>(i) / static_cast<double>(n);
      out.emplace_back(centre.x() + radius * std::cos(a), centre.y() + radius * std::sin(a));
    }
  }
  return out;
}

void draw_layers(const Canvas& c, const map::MapScene& scene) {
  auto& p = c.painter;
  for (const auto& d : scene.districts) {
    if (!d.focus) continue;
    p.fillPath(c.area(d.boundary), QColor(0xfb, 0xfa, 0xf2));
  }
  for (std::size_t i = 0; i < scene.hazards.size(); ++i) {
    const auto path = c.area(scene.hazards[i]);
    p.fillPath(path, QColor(0xe8, 0xf1, 0xf8, 120));
    p.fillPath(path, hazard_brush(i, c.unit));
    p.strokePath(path, hazard_pen(i, c.unit));
  }
  for (auto cls : {map::RoadClass::kPath, map::RoadClass::kSteps, map::RoadClass::kMinor, map::RoadClass::kMajor}) {
    p.setPen(road_pen(cls, c.unit));
    for (const auto& r : scene.roads) {
      if (r.road_class == cls) p.drawPolyline(c.line(r.line));
    }
  }
  p.setBrush(Qt::NoBrush);
  for (const bool focus : {false, true}) {
    for (const auto& d : scene.districts) {
      if (d.focus == focus) p.strokePath(c.area(d.boundary), district_pen(focus, c.unit));
    }
  }
  for (const auto& a : scene.closed_areas) {
    const auto path = c.area(a);
    p.fillPath(path, closed_brush(c.unit));
    p.strokePath(path, closed_pen(c.unit));
  }
  p.setPen(closed_road_pen(c.unit));
  for (const auto& r : scene.closed_roads) p.drawPolyline(c.line(r));
  for (std::size_t i = 0; i < scene.routes.size(); ++i) {
    p.setPen(route_pen(i, c.unit));
    p.drawPolyline(c.line(scene.routes[i].line));
  }
}

// Stops are white discs with their order, on the route's colour: obstacles for labels like symbols.
void draw_stops(const Canvas& c, const map::MapScene& scene, LabelPlacer& placer) {
  auto& p = c.painter;
  p.setFont(c.font(6.5));
  for (std::size_t i = 0; i < scene.routes.size(); ++i) {
    const double r = 5 * c.unit;
    for (std::size_t s = 0; s < scene.routes[i].stops.size(); ++s) {
      const QPointF at = c.at(scene.routes[i].stops[s]);
      const QRectF box(at.x() - r, at.y() - r, 2 * r, 2 * r);
      p.setPen(QPen(route_colour(i), 1.2 * c.unit));
      p.setBrush(Qt::white);
      p.drawEllipse(box);
      p.setPen(Qt::black);
      p.drawText(box, Qt::AlignCenter, QString::number(s + 1));
      placer.add_obstacle(box);
    }
  }
}

// The class a reading's value falls in: the first bound it is below, else the open last class.
std::optional<std::size_t> reading_class(const map::MapScene& scene, const map::MapScene::Reading& r) {
  if (!r.value) return std::nullopt;
  std::size_t cls = 0;
  while (cls < scene.reading_bounds.size() && *r.value >= scene.reading_bounds[cls]) ++cls;
  return cls;
}

std::vector<QRectF> draw_readings(const Canvas& c, const map::MapScene& scene, LabelPlacer& placer) {
  const double size = 8 * c.unit;
  std::vector<QRectF> boxes;
  for (const auto& r : scene.readings) {
    const QPointF at = c.at(r.position);
    draw_reading_disc(c.painter, at, size, reading_class(scene, r), scene.reading_bounds.size() + 1, c.unit);
    boxes.emplace_back(at.x() - size / 2, at.y() - size / 2, size, size);
    placer.add_obstacle(boxes.back());
  }
  return boxes;
}

// After every disc is down; a label with no room is left out (the sheet's table names every block).
void label_readings(const Canvas& c, const map::MapScene& scene, const std::vector<QRectF>& boxes,
                    LabelPlacer& placer) {
  c.painter.setFont(c.font(kLabelPt * 0.85));
  const QFontMetricsF metrics(c.painter.font(), c.painter.device());
  for (std::size_t i = 0; i < scene.readings.size(); ++i) {
    const QString text = QString::fromStdString(scene.readings[i].label);
    if (text.isEmpty()) continue;
    const auto box = placer.place(boxes[i], label_size(metrics, text, c.unit * 0.6), c.unit);
    if (box) draw_label(c.painter, *box, text);
  }
}

std::vector<QRectF> draw_markers(const Canvas& c, const map::MapScene& scene, LabelPlacer& placer) {
  const double size = 9 * c.unit;
  std::vector<QRectF> boxes;
  for (const auto& m : scene.markers) {
    const QPointF at = c.at(m.position);
    draw_marker_symbol(c.painter, m.kind, at, size);
    boxes.emplace_back(at.x() - size / 2, at.y() - size / 2, size, size);
    placer.add_obstacle(boxes.back());
  }
  return boxes;
}

// After every symbol is down, so a home's label never hides a shelter.
void label_markers(const Canvas& c, const map::MapScene& scene, const std::vector<QRectF>& boxes,
                   LabelPlacer& placer) {
  c.painter.setFont(c.font(kLabelPt));
  const QFontMetricsF metrics(c.painter.font(), c.painter.device());
  for (std::size_t i = 0; i < scene.markers.size(); ++i) {
    const QString text = QString::fromStdString(scene.markers[i].label);
    if (text.isEmpty()) continue;
    const auto box = placer.place(boxes[i], label_size(metrics, text, c.unit), c.unit);
    if (box) draw_label(c.painter, *box, text);
  }
}

std::vector<SiteGroup> draw_site_symbols(const Canvas& c, const map::MapScene& scene, LabelPlacer& placer,
                                         MapDrawing& drawing) {
  auto& p = c.painter;
  const double size = kSymbolPt * c.unit;
  std::vector<QPointF> at;
  for (const auto& s : scene.sites) at.push_back(c.at(s.position));
  drawing.sites.resize(scene.sites.size());
  std::vector<QPointF> inside;
  std::vector<std::size_t> index;
  for (std::size_t i = 0; i < at.size(); ++i) {
    drawing.sites[i].id = scene.sites[i].id;
    drawing.sites[i].true_position = at[i];
    if (!c.frame.contains(at[i])) continue;  // off this map: not drawn, not labelled
    inside.push_back(at[i]);
    index.push_back(i);
  }
  auto groups = group_sites(inside, size * 1.1);
  for (auto& g : groups) {
    for (auto& m : g.members) m = index[m];
  }
  for (const auto& g : groups) {
    const auto spots = fan_out(g.centre, g.members.size(), size * 1.3);
    for (std::size_t k = 0; k < g.members.size(); ++k) {
      const auto i = g.members[k];
      drawing.sites[i].symbol = QRectF(spots[k].x() - size / 2, spots[k].y() - size / 2, size, size);
      if (g.members.size() > 1) {
        p.setPen(QPen(Qt::black, 0.5 * c.unit));
        p.drawLine(g.centre, spots[k]);
      }
    }
    if (g.members.size() > 1) {
      p.setBrush(Qt::black);
      p.drawEllipse(g.centre, 1.2 * c.unit, 1.2 * c.unit);
    }
    for (const auto i : g.members) {
      draw_site_symbol(p, scene.sites[i].kind, drawing.sites[i].symbol.center(), size);
      placer.add_obstacle(drawing.sites[i].symbol);
    }
  }
  return groups;
}

void label_sites(const Canvas& c, const map::MapScene& scene, const std::vector<SiteGroup>& groups,
                 LabelPlacer& placer, MapDrawing& drawing) {
  if (!scene.style.label_sites) return;
  auto& p = c.painter;
  p.setFont(c.font(kLabelPt));
  const QFontMetricsF metrics(p.font(), p.device());
  const double pad = 0.8 * c.unit;
  for (const auto& g : groups) {
    // One name for a spot whose sites share it; each its own label otherwise.
    std::map<std::string, std::vector<std::size_t>> by_name;
    for (const auto i : g.members) by_name[scene.sites[i].name].push_back(i);
    for (const auto& [name, members] : by_name) {
      QRectF anchor = drawing.sites[members.front()].symbol;
      for (const auto i : members) anchor = anchor.united(drawing.sites[i].symbol);
      const QString text = QString::fromStdString(name);
      auto box = placer.place(anchor, label_size(metrics, text, pad), c.unit);
      bool numbered = false;
      QString shown = text;
      if (!box) {
        QStringList numbers;
        for (const auto i : members) numbers << QString::number(scene.sites[i].number);
        shown = numbers.join(",");
        numbered = true;
        box = placer.place(anchor, label_size(metrics, shown, pad), c.unit * 0.5);
      }
      const bool collides = !box;
      if (!box) box = QRectF(anchor.topRight() + QPointF(c.unit, 0), label_size(metrics, shown, pad));
      draw_label(p, *box, shown);
      for (const auto i : members) {
        drawing.sites[i].label = box;
        drawing.sites[i].numbered = numbered;
        drawing.sites[i].label_collides = collides;
      }
    }
  }
}

void draw_district_names(const Canvas& c, const map::MapScene& scene, LabelPlacer& placer) {
  for (const auto& d : scene.districts) {
    const auto centre = label_point(c, d.boundary);
    if (!centre) continue;
    QFont font = c.font(d.focus ? 11 : 8);
    font.setBold(d.focus);
    c.painter.setFont(font);
    const QFontMetricsF metrics(font, c.painter.device());
    const QString text = QString::fromStdString(d.name);
    const QSizeF size = label_size(metrics, text, c.unit);
    const QRectF at_centre(centre->x() - size.width() / 2, centre->y() - size.height() / 2, size.width(),
                           size.height());
    std::optional<QRectF> box;
    if (placer.is_free(at_centre)) {
      box = at_centre;
      placer.add_obstacle(at_centre);
    } else {
      box = placer.place(QRectF(*centre, QSizeF(0, 0)), size, 6 * c.unit);
    }
    if (box) draw_label(c.painter, *box, text, d.focus ? QColor(0x22, 0x22, 0x22) : QColor(0x55, 0x55, 0x55));
  }
}

// North arrow (top right), scale bar (bottom left), date and credits (bottom right): drawn last, on white, and
// reserved first so no label lands under them.
struct Furniture {
  QRectF north, scale, credits;
};

Furniture reserve_furniture(const Canvas& c, const QRectF& frame, const map::MapScene& scene, MapDrawing& drawing,
                            LabelPlacer& placer) {
  Furniture f;
  const double u = c.unit;
  f.north = QRectF(frame.right() - 22 * u, frame.top() + 4 * u, 18 * u, 26 * u);
  drawing.north_arrow = f.north;
  drawing.scale_bar = map::choose_scale_bar(c.projection, std::min(frame.width() * 0.3, 120 * u));
  f.scale = QRectF(frame.left() + 4 * u, frame.bottom() - 20 * u, drawing.scale_bar.length + 16 * u, 16 * u);
  const QFontMetricsF metrics(c.font(5.5), c.painter.device());
  double width = 0;
  std::vector<std::string> lines = scene.credits;
  if (!scene.date.empty()) lines.insert(lines.begin(), scene.date);
  for (const auto& l : lines) width = std::max(width, metrics.horizontalAdvance(QString::fromStdString(l)));
  const double height = metrics.height() * static_cast<double>(lines.size()) + 2 * u;
  if (!lines.empty()) {
    f.credits = QRectF(frame.right() - width - 6 * u, frame.bottom() - height - 3 * u, width + 4 * u, height);
  }
  for (const auto& box : {f.north, f.scale, f.credits}) {
    if (!box.isEmpty()) placer.add_obstacle(box);
  }
  return f;
}

void draw_furniture(const Canvas& c, const Furniture& f, const map::MapScene& scene, MapDrawing& drawing) {
  auto& p = c.painter;
  const double u = c.unit;
  p.setPen(Qt::NoPen);
  p.setBrush(QColor(255, 255, 255, 225));
  for (const auto& box : {f.north, f.scale, f.credits}) {
    if (!box.isEmpty()) p.drawRect(box);
  }
  // North: a half-filled arrowhead over an N, the convention on Japanese base maps.
  const QPointF tip(f.north.center().x(), f.north.top() + 2 * u);
  const QPointF base(tip.x(), f.north.top() + 16 * u);
  p.setPen(QPen(Qt::black, 0.6 * u));
  p.setBrush(Qt::black);
  p.drawPolygon(QPolygonF({tip, QPointF(tip.x() + 5 * u, base.y()), base}));
  p.setBrush(Qt::white);
  p.drawPolygon(QPolygonF({tip, QPointF(tip.x() - 5 * u, base.y()), base}));
  p.setFont(c.font(7));
  p.drawText(QRectF(f.north.left(), base.y(), f.north.width(), 9 * u), Qt::AlignCenter, "N");
  // Scale: a bar of alternating halves with its length written above.
  const double x0 = f.scale.left() + 8 * u, y = f.scale.bottom() - 5 * u;
  drawing.scale_bar_line = QRectF(x0, y - 1.5 * u, drawing.scale_bar.length, 3 * u);
  p.setPen(QPen(Qt::black, 0.5 * u));
  p.setBrush(Qt::black);
  p.drawRect(QRectF(x0, y - 1.5 * u, drawing.scale_bar.length / 2, 3 * u));
  p.setBrush(Qt::white);
  p.drawRect(QRectF(x0 + drawing.scale_bar.length / 2, y - 1.5 * u, drawing.scale_bar.length / 2, 3 * u));
  p.setFont(c.font(6.5));
  p.drawText(QRectF(x0 - 8 * u, f.scale.top(), drawing.scale_bar.length + 16 * u, 8 * u), Qt::AlignCenter,
             QString::fromStdString(drawing.scale_bar.label));
  if (!f.credits.isEmpty()) {
    QStringList lines;
    if (!scene.date.empty()) lines << QString::fromStdString(scene.date);
    for (const auto& l : scene.credits) lines << QString::fromStdString(l);
    p.setFont(c.font(5.5));
    p.drawText(f.credits.adjusted(2 * u, u, -2 * u, -u), Qt::AlignRight | Qt::AlignVCenter, lines.join("\n"));
  }
}

}  // namespace

MapDrawing draw_map(QPainter& painter, const QRectF& frame, const map::MapScene& scene) {
  ensure_gui();
  MapDrawing drawing;
  const double unit = points(painter, 1) * scene.style.scale;
  const double inset = 2 * unit;
  drawing.projection.emplace(map::scene_extent(scene), frame.left() + inset, frame.top() + inset,
                             frame.width() - 2 * inset, frame.height() - 2 * inset);
  const Canvas canvas{painter, *drawing.projection, unit, frame, scene.style.scale};
  painter.save();
  painter.setClipRect(frame);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.fillRect(frame, Qt::white);
  LabelPlacer placer(frame.adjusted(unit, unit, -unit, -unit));
  const Furniture furniture = reserve_furniture(canvas, frame, scene, drawing, placer);
  draw_layers(canvas, scene);
  draw_stops(canvas, scene, placer);
  const auto reading_boxes = draw_readings(canvas, scene, placer);
  const auto marker_boxes = draw_markers(canvas, scene, placer);
  const auto groups = draw_site_symbols(canvas, scene, placer, drawing);
  label_markers(canvas, scene, marker_boxes, placer);
  label_readings(canvas, scene, reading_boxes, placer);
  label_sites(canvas, scene, groups, placer, drawing);
  draw_district_names(canvas, scene, placer);
  draw_furniture(canvas, furniture, scene, drawing);
  painter.setClipping(false);
  painter.setPen(QPen(Qt::black, 0.8 * unit));
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(frame);
  painter.restore();
  return drawing;
}

}  // namespace bosai::render
