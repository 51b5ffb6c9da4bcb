#include "render/html_pdf.h"

#include "render/gui.h"
#include "render/map_text_object.h"
#include "render/pdf_document.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

namespace bosai::render {

std::string html_to_pdf(const std::string& html, const std::string& title, const PageFormat& format,
                        const SheetMaps& maps) {
  PdfDocument pdf(title, format);
  QTextDocument document;
  document.setDefaultFont(page_font(10.5));
  document.documentLayout()->setPaintDevice(&pdf.writer());
  document.setHtml(QString::fromStdString(html));
  MapTextObject map_objects(maps);
  map_objects.install(document);
  document.setPageSize(pdf.page_rect().size());
  document.print(&pdf.writer());
  return pdf.finish();
}

}  // namespace bosai::render
