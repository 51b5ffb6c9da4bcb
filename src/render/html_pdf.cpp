#include "render/html_pdf.h"

#include "render/gui.h"
#include "render/pdf_text_repair.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace bosai::render {

std::string html_to_pdf(const std::string& html, const std::string& title, const PageFormat& format) {
  ensure_gui();
  QByteArray bytes;
  {
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(QString::fromStdString(title));
    writer.setCreator("bosai");
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(format.size == PageFormat::Size::kA3 ? QPageSize::A3 : QPageSize::A4),
                                     format.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(format.margin_mm, format.margin_mm, format.margin_mm, format.margin_mm),
                                     QPageLayout::Millimeter));
    QTextDocument document;
    document.setDefaultFont(page_font(10.5));
    document.documentLayout()->setPaintDevice(&writer);
    document.setHtml(QString::fromStdString(html));
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
  }
  std::string pdf(bytes.constData(), static_cast<std::size_t>(bytes.size()));
  repair_to_unicode(pdf, radical_replacements());
  return pdf;
}

}  // namespace bosai::render
