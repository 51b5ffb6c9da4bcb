#pragma once
#include "render/page_format.h"

#include <functional>
#include <string>

class QPdfWriter;
class QPageLayout;

namespace bosai::render {

// The one PDF set-up every printable shares: paper and margins from `format`, 300 dpi, title and creator, and
// ToUnicode repaired afterwards so the text searches and copies as written. `draw` paints the pages on the
// writer (QPainter or QTextDocument::print; newPage() between pages); the page font is the caller's
// (page_font). Returns the PDF bytes; the caller writes them (services::write_file), so nothing half-written.
// The paper and margins of `format`, for a writer that changes paper between pages (bound_pdf).
QPageLayout page_layout(const PageFormat& format);

std::string write_pdf(const std::string& title, const PageFormat& format, const std::function<void(QPdfWriter&)>& draw);

}  // namespace bosai::render
