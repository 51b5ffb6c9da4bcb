#pragma once
#include "render/page_format.h"

#include <QBuffer>
#include <QByteArray>
#include <QPdfWriter>

#include <memory>
#include <string>

class QPainter;

namespace bosai::render {

// One PDF being written in memory, paged as `format` at 300 dpi: what every printable draws on (HTML sheets
// through QTextDocument::print on writer(), maps and charts through painter()). finish() returns the bytes
// with searchable text (ToUnicode repaired); the caller writes them, so nothing half-written reaches disk.
class PdfDocument {
 public:
  PdfDocument(const std::string& title, const PageFormat& format);
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  QPdfWriter& writer() { return *writer_; }
  // Begins painting on the first call; the painter's units are device pixels (points(painter, 1) per point).
  QPainter& painter();
  // The printable area of a page, in painter units, margins excluded.
  QRectF page_rect() const;
  void new_page();
  std::string finish();

 private:
  QByteArray bytes_;
  QBuffer buffer_;
  std::unique_ptr<QPdfWriter> writer_;
  std::unique_ptr<QPainter> painter_;
};

}  // namespace bosai::render
