#include "render/map_pages.h"

#include "render/gui.h"
#include "render/map_key.h"
#include "render/page_painting.h"
#include "render/page_units.h"
#include "render/map_painter.h"
#include "render/pdf_writer.h"
#include "render/site_symbol.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace bosai::render {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// Title and date across the top; returns the height used.
double draw_title(QPainter& p, const QRectF& page, const map::MapScene& scene, bool continued) {
  const double u = points(p, 1);
  QFont title = page_font(16);
  title.setBold(true);
  p.setFont(title);
  p.setPen(Qt::black);
  const double h = QFontMetricsF(title, p.device()).height();
  p.drawText(QRectF(page.left(), page.top(), page.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
             q(scene.title) + (continued ? "（一覧の続き）" : ""));
  p.setFont(page_font(9));
  p.drawText(QRectF(page.left(), page.top(), page.width(), h), Qt::AlignRight | Qt::AlignVCenter, q(scene.date));
  p.setPen(QPen(Qt::black, 1.2 * u));
  p.drawLine(QPointF(page.left(), page.top() + h + 2 * u), QPointF(page.right(), page.top() + h + 2 * u));
  return h + 6 * u;
}

// Rows of the place list from `first`, as many as fit in `box`; returns the index of the first row left over.
std::size_t draw_site_list(QPainter& p, const QRectF& box, const map::MapScene& scene,
                           const std::vector<std::size_t>& rows, std::size_t first) {
  const double u = points(p, 1);
  const QFont name_font = page_font(7.5), address_font = page_font(6);
  const double name_h = QFontMetricsF(name_font, p.device()).height();
  const double address_h = QFontMetricsF(address_font, p.device()).height();
  const double row_h = name_h + address_h + 2 * u;
  QFont heading = page_font(9);
  heading.setBold(true);
  p.setFont(heading);
  p.setPen(Qt::black);
  const double heading_h = QFontMetricsF(heading, p.device()).height() + 2 * u;
  p.drawText(QRectF(box.left(), box.top(), box.width(), heading_h), Qt::AlignLeft | Qt::AlignVCenter,
             "避難所・避難場所の一覧（番号は地図の番号）");
  double y = box.top() + heading_h;
  std::size_t r = first;
  for (; r < rows.size() && y + row_h <= box.bottom(); ++r) {
    const auto& site = scene.sites[rows[r]];
    p.setFont(name_font);
    p.drawText(QRectF(box.left(), y, 16 * u, name_h), Qt::AlignRight | Qt::AlignVCenter, QString::number(site.number));
    draw_site_symbol(p, site.kind, QPointF(box.left() + 23 * u, y + name_h / 2), 6 * u);
    const auto kind = shelter_kind_label(site.kind);
    p.drawText(QRectF(box.left() + 30 * u, y, box.width() - 30 * u, name_h), Qt::AlignLeft | Qt::AlignVCenter,
               q(site.name) + "（" + QString::fromUtf8(kind.data(), static_cast<qsizetype>(kind.size())) + "）");
    p.setFont(address_font);
    p.setPen(QColor(0x44, 0x44, 0x44));
    p.drawText(QRectF(box.left() + 30 * u, y + name_h, box.width() - 30 * u, address_h), Qt::AlignLeft | Qt::AlignVCenter,
               q(site.address));
    p.setPen(Qt::black);
    y += row_h;
  }
  return r;
}

}  // namespace

void paint_map_pages(QPainter& p, QPdfWriter& writer, const std::vector<map::MapScene>& scenes,
                     const PageFormat& format) {
    const QRect paint = writer.pageLayout().paintRectPixels(writer.resolution());
    const QRectF page(0, 0, paint.width(), paint.height());
    const double u = points(p, 1);
    bool first_page = true;
    for (const auto& page_scene : scenes) {
      // A3 hangs on a wall or lies on a table for a group: type and symbols a size up from a sheet's map.
      map::MapScene scene = page_scene;
      if (format.size == PageFormat::Size::kA3) scene.style.scale *= 1.35;
      if (!first_page) writer.newPage();
      first_page = false;
      const double top = page.top() + draw_title(p, page, scene, false);
      const double gap = 8 * u;
      const QRectF body(page.left(), top, page.width(), page.bottom() - top);
      QRectF map_frame, panel;
      if (format.landscape) {
        const double panel_w = std::max(body.width() * 0.24, 150 * u);
        map_frame = QRectF(body.left(), body.top(), body.width() - panel_w - gap, body.height());
        panel = QRectF(map_frame.right() + gap, body.top(), panel_w, body.height());
      } else {
        const double panel_h = body.height() * 0.28;
        map_frame = QRectF(body.left(), body.top(), body.width(), body.height() - panel_h - gap);
        panel = QRectF(body.left(), map_frame.bottom() + gap, body.width(), panel_h);
      }
      const MapDrawing drawing = draw_map(p, map_frame, scene);
      const double key_h = draw_map_key(p, panel, scene, drawing);
      // Only the places this map shows, in their number order.
      std::vector<std::size_t> rows;
      for (std::size_t i = 0; i < scene.sites.size(); ++i) {
        if (!drawing.sites[i].symbol.isEmpty()) rows.push_back(i);
      }
      const QRectF list(panel.left(), panel.top() + key_h + gap, panel.width(), panel.height() - key_h - gap);
      std::size_t next = draw_site_list(p, list, scene, rows, 0);
      while (next < rows.size()) {
        writer.newPage();
        const double t = page.top() + draw_title(p, page, scene, true);
        const std::size_t after =
            draw_site_list(p, QRectF(page.left(), t, page.width() / 2, page.bottom() - t), scene, rows, next);
        if (after == next) break;  // not one row fits a page: nothing more can be printed
        next = after;
      }
    }
}

std::string map_pages_pdf(const std::vector<map::MapScene>& scenes, const PageFormat& format) {
  return write_pdf(scenes.empty() ? std::string("地図") : scenes.front().title, format, [&](QPdfWriter& writer) {
    QPainter painter(&writer);
    paint_map_pages(painter, writer, scenes, format);
  });
}

}  // namespace bosai::render
