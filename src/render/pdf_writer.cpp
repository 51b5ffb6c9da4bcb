#include "render/pdf_writer.h"

#include "render/gui.h"
#include "render/pdf_text_repair.h"

#include <QBuffer>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

namespace bosai::render {
namespace {

QPageSize::PageSizeId page_size_id(PageFormat::Size size) {
  switch (size) {
    case PageFormat::Size::kA3: return QPageSize::A3;
    case PageFormat::Size::kA5: return QPageSize::A5;
    case PageFormat::Size::kA6: return QPageSize::A6;
    case PageFormat::Size::kA4: break;
  }
  return QPageSize::A4;
}

}  // namespace

QPageLayout page_layout(const PageFormat& format) {
  return QPageLayout(QPageSize(page_size_id(format.size)),
                     format.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                     QMarginsF(format.margin_mm, format.margin_mm, format.margin_mm, format.margin_mm),
                     QPageLayout::Millimeter);
}

std::string write_pdf(const std::string& title, const PageFormat& format,
                      const std::function<void(QPdfWriter&)>& draw) {
  ensure_gui();
  QByteArray bytes;
  {
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(QString::fromStdString(title));
    writer.setCreator("bosai");
    writer.setResolution(300);
    writer.setPageLayout(page_layout(format));
    draw(writer);
  }  // the writer finishes the file when it goes
  std::string pdf(bytes.constData(), static_cast<std::size_t>(bytes.size()));
  repair_to_unicode(pdf, look_alike_replacements());
  return pdf;
}

}  // namespace bosai::render
