#include "render/bound_pdf.h"

#include "render/page_painting.h"
#include "render/pdf_writer.h"

#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <stdexcept>

namespace bosai::render {

std::string bound_pdf(const std::vector<PrintedPart>& parts, const std::string& title) {
  if (parts.empty()) throw std::logic_error("bound_pdf: nothing to print");
  return write_pdf(title, parts.front().format, [&](QPdfWriter& writer) {
    QPainter painter(&writer);
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const auto& part = parts[i];
      if (i > 0) {
        // The new paper applies from the next page on; the painter carries on over the change.
        writer.setPageLayout(page_layout(part.format));
        writer.newPage();
      }
      if (part.scenes.empty()) {
        paint_html_pages(painter, writer, part.html, part.maps);
      } else {
        paint_map_pages(painter, writer, part.scenes, part.format);
      }
    }
  });
}

}  // namespace bosai::render
