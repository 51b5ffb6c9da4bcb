#include "render/fitted_pages.h"

#include "render/gui.h"
#include "render/page_painting.h"
#include "render/pdf_writer.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <memory>

namespace bosai::render {
namespace {

// Paged at the printable area, so a line that does not fit moves whole to the next page (never sliced).
std::unique_ptr<QTextDocument> laid_out(const std::string& html, double pt, QPdfWriter& writer, QSizeF area) {
  auto document = std::make_unique<QTextDocument>();
  document->setDefaultFont(page_font(pt));
  document->documentLayout()->setPaintDevice(&writer);
  document->setDocumentMargin(0);
  document->setHtml(QString::fromStdString(html));
  document->setPageSize(area);
  return document;
}

}  // namespace

std::string fitted_pages_pdf(const std::vector<std::string>& pages, const std::string& title,
                             const PageFormat& format, double largest_pt, double smallest_pt) {
  return write_pdf(title, format, [&](QPdfWriter& writer) {
    const QRectF area = writer.pageLayout().paintRectPixels(writer.resolution());
    QPainter painter(&writer);
    bool first = true;
    for (const auto& html : pages) {
      double pt = largest_pt;
      auto document = laid_out(html, pt, writer, area.size());
      while (document->pageCount() > 1 && pt > smallest_pt) {
        pt = std::max(smallest_pt, pt - 1);
        document = laid_out(html, pt, writer, area.size());
      }
      // More than one page only when even the smallest type overflows: it runs on rather than being cut.
      paint_laid_out_pages(painter, writer, *document, !first);
      first = false;
    }
  });
}

}  // namespace bosai::render
