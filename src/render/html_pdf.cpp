#include "render/html_pdf.h"

#include "render/gui.h"
#include "render/figure_text_object.h"
#include "render/page_painting.h"
#include "render/pdf_writer.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace bosai::render {

void paint_html_pages(QPainter& painter, QPdfWriter& writer, const std::string& html, const SheetFigures& maps) {
  QTextDocument document;
  document.setDefaultFont(page_font(10.5));
  document.documentLayout()->setPaintDevice(&writer);
  document.setHtml(QString::fromStdString(html));
  FigureTextObject map_objects(maps);
  map_objects.install(document);
  document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
  paint_laid_out_pages(painter, writer, document, false);
}

void paint_laid_out_pages(QPainter& painter, QPdfWriter& writer, QTextDocument& document, bool new_page_first) {
  const QSizeF page = document.pageSize();
  for (int i = 0; i < document.pageCount(); ++i) {
    if (i > 0 || new_page_first) writer.newPage();
    painter.save();
    painter.translate(0, -i * page.height());
    document.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
    painter.restore();
  }
}

std::string html_to_pdf(const std::string& html, const std::string& title, const PageFormat& format,
                        const SheetFigures& maps) {
  return write_pdf(title, format, [&](QPdfWriter& writer) {
    QPainter painter(&writer);
    paint_html_pages(painter, writer, html, maps);
  });
}

}  // namespace bosai::render
