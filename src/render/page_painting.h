#pragma once
#include "map/map_scene.h"
#include "render/page_format.h"
#include "render/sheet_figures.h"

#include <string>
#include <vector>

class QPainter;
class QPdfWriter;
class QTextDocument;

namespace bosai::render {

// The two kinds of page a printout is made of, painted with a painter already open on `writer` and starting on
// its current (empty) page, in the writer's current page layout. One painter paints a whole PDF (a painter's end
// finishes the file), so a bound printout can change paper between parts: an A4 plan, then an A3 map.

// A document already laid out against the writer with its page size set, page by page (as
// QTextDocument::print does, but on the caller's painter); `new_page_first` when a page is already painted.
void paint_laid_out_pages(QPainter& painter, QPdfWriter& writer, QTextDocument& document, bool new_page_first);

// An HTML sheet, paged by its own layout (page-break-before works), maps drawn where their <img> stands.
void paint_html_pages(QPainter& painter, QPdfWriter& writer, const std::string& html, const SheetFigures& maps);

// A map page per scene with its legend and numbered list (the list runs on to further pages when long).
void paint_map_pages(QPainter& painter, QPdfWriter& writer, const std::vector<map::MapScene>& scenes,
                     const PageFormat& format);

}  // namespace bosai::render
