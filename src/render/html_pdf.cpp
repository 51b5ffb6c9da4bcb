#include "render/html_pdf.h"

#include "render/gui.h"
#include "render/map_text_object.h"
#include "render/pdf_writer.h"

#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace bosai::render {

std::string html_to_pdf(const std::string& html, const std::string& title, const PageFormat& format,
                        const SheetMaps& maps) {
  return write_pdf(title, format, [&](QPdfWriter& writer) {
    QTextDocument document;
    document.setDefaultFont(page_font(10.5));
    document.documentLayout()->setPaintDevice(&writer);
    document.setHtml(QString::fromStdString(html));
    MapTextObject map_objects(maps);
    map_objects.install(document);
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
  });
}

}  // namespace bosai::render
