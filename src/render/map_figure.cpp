#include "render/map_figure.h"

#include "render/chart_painter.h"
#include "render/gui.h"
#include "render/map_key.h"
#include "render/page_units.h"
#include "render/map_painter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace bosai::render {
namespace {

QRectF map_part(const QRectF& rect, double key_height, double gap) {
  return {rect.left(), rect.top(), rect.width(), rect.height() - key_height - gap};
}

}  // namespace

void draw_map_figure(QPainter& painter, const QRectF& rect, const map::MapScene& scene) {
  const double gap = points(painter, 3);
  // Layout pass: fonts measure as on the real device (same resolution); nothing lands on the 1-pixel image.
  QImage scratch(1, 1, QImage::Format_ARGB32);
  const int dots_per_metre = static_cast<int>(painter.device()->logicalDpiX() / 0.0254 + 0.5);
  scratch.setDotsPerMeterX(dots_per_metre);
  scratch.setDotsPerMeterY(dots_per_metre);
  double key = 0;
  {
    QPainter probe(&scratch);
    key = draw_map_key(probe, rect, scene, MapDrawing{}, false);
    const MapDrawing first = draw_map(probe, map_part(rect, key, gap), scene);
    key = draw_map_key(probe, rect, scene, first, false);
  }
  const QRectF frame = map_part(rect, key, gap);
  const MapDrawing drawing = draw_map(painter, frame, scene);
  draw_map_key(painter, QRectF(rect.left(), frame.bottom() + gap, rect.width(), key), scene, drawing);
}

void draw_sheet_figure(QPainter& painter, const QRectF& rect, const SheetFigure& figure) {
  if (const auto* scene = std::get_if<map::MapScene>(&figure)) return draw_map_figure(painter, rect, *scene);
  draw_chart(painter, rect, std::get<Chart>(figure));
}

std::string sheet_figure_svg(const SheetFigure& figure, double width, double height) {
  ensure_gui();
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  QSvgGenerator generator;
  generator.setOutputDevice(&buffer);
  generator.setResolution(96);  // CSS pixels: points(…) then sizes text and lines as on paper
  generator.setSize(QSize(static_cast<int>(width), static_cast<int>(height)));
  generator.setViewBox(QRectF(0, 0, width, height));
  generator.setTitle(QString::fromStdString(std::visit([](const auto& f) { return f.title; }, figure)));
  {
    QPainter painter(&generator);
    draw_sheet_figure(painter, QRectF(0, 0, width, height), figure);
  }
  // Inline in HTML: the XML declaration (and any prologue) before <svg> does not belong there.
  const std::string svg_text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
  const auto start = svg_text.find("<svg");
  return start == std::string::npos ? svg_text : svg_text.substr(start);
}

std::string sheet_figure_markup(const std::string& name, const SheetFigure& figure, double width, double height,
                                SheetFigures* pdf_figures) {
  if (!pdf_figures) return sheet_figure_svg(figure, width, height);
  pdf_figures->insert_or_assign(name, figure);
  return "<img src=\"" + name + "\" width=\"" + std::to_string(static_cast<int>(width)) + "\" height=\"" +
         std::to_string(static_cast<int>(height)) + "\">";
}

}  // namespace bosai::render
