#include "render/chart_pdf.h"

#include "render/chart_painter.h"
#include "render/pdf_writer.h"

#include <QPainter>
#include <QPdfWriter>

#include <stdexcept>

namespace bosai::render {

std::string charts_to_pdf(const std::vector<Chart>& charts, const std::string& title, const PageFormat& format,
                          int per_page) {
  if (charts.empty()) throw std::invalid_argument("charts PDF 「" + title + "」: no charts");
  if (per_page < 1) throw std::invalid_argument("charts PDF 「" + title + "」: per_page must be at least 1");
  for (const auto& chart : charts) validate(chart);
  return write_pdf(title, format, [&](QPdfWriter& writer) {
    QPainter painter(&writer);
    // Millimetres from the top-left corner inside the margins, so the frames are page units.
    painter.scale(writer.resolution() / 25.4, writer.resolution() / 25.4);
    const QSizeF page = writer.pageLayout().paintRect(QPageLayout::Millimeter).size();
    const double gap = 8;
    const double frame_height = (page.height() - gap * (per_page - 1)) / per_page;
    for (std::size_t i = 0; i < charts.size(); ++i) {
      const auto slot = static_cast<int>(i % per_page);
      if (i > 0 && slot == 0) writer.newPage();
      draw_chart(painter, QRectF(0, slot * (frame_height + gap), page.width(), frame_height), charts[i]);
    }
  });
}

}  // namespace bosai::render
