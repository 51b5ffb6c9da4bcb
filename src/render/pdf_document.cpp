#include "render/pdf_document.h"

#include "render/gui.h"
#include "render/pdf_text_repair.h"

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>

namespace bosai::render {

PdfDocument::PdfDocument(const std::string& title, const PageFormat& format) : buffer_(&bytes_) {
  ensure_gui();
  buffer_.open(QIODevice::WriteOnly);
  writer_ = std::make_unique<QPdfWriter>(&buffer_);
  writer_->setTitle(QString::fromStdString(title));
  writer_->setCreator("bosai");
  writer_->setResolution(300);
  writer_->setPageLayout(QPageLayout(QPageSize(format.size == PageFormat::Size::kA3 ? QPageSize::A3 : QPageSize::A4),
                                     format.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(format.margin_mm, format.margin_mm, format.margin_mm, format.margin_mm),
                                     QPageLayout::Millimeter));
}

PdfDocument::~PdfDocument() = default;

QPainter& PdfDocument::painter() {
  if (!painter_) painter_ = std::make_unique<QPainter>(writer_.get());
  return *painter_;
}

QRectF PdfDocument::page_rect() const {
  const QRect r = writer_->pageLayout().paintRectPixels(writer_->resolution());
  return QRectF(0, 0, r.width(), r.height());
}

void PdfDocument::new_page() { writer_->newPage(); }

std::string PdfDocument::finish() {
  if (painter_) painter_->end();
  writer_.reset();
  std::string pdf(bytes_.constData(), static_cast<std::size_t>(bytes_.size()));
  repair_to_unicode(pdf, radical_replacements());
  return pdf;
}

}  // namespace bosai::render
