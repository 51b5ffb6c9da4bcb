#pragma once
#include "render/page_format.h"
#include "render/sheet_figures.h"

#include <string>

namespace bosai::render {

// A printable HTML sheet (the plan sheet, the roster, route sheets) as PDF bytes: laid out against the PDF
// device (not the screen, or text comes out at screen size), in Noto Sans CJK JP embedded, paged as `format`,
// with text that searches and copies as written (ToUnicode repaired), and `maps` drawn where their <img>
// stands. The caller writes the bytes (services::write_file), so personal sheets keep their private file mode
// and nothing half-written is left.
std::string html_to_pdf(const std::string& html, const std::string& title, const PageFormat& format = {},
                        const SheetFigures& maps = {});

}  // namespace bosai::render
