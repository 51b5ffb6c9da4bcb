#pragma once
#include "map/map_scene.h"
#include "render/page_format.h"
#include "render/sheet_figures.h"

#include <string>
#include <vector>

namespace bosai::render {

// One part of a bound printout, on its own paper: an HTML sheet (html, with its maps), or, when `scenes` is
// not empty, map pages laid out as render::map_pages_pdf lays them.
struct PrintedPart {
  PageFormat format;
  std::string html;
  SheetFigures maps;
  std::vector<map::MapScene> scenes;
};

// The parts one after another in one PDF, each from a new page on its own paper (a 地区防災計画 on A4 with its
// karte page, then its A3 地区 map folded in): what a 会議 hands round is one file, not three. Searchable and
// embedded like every printout (write_pdf). At least one part.
std::string bound_pdf(const std::vector<PrintedPart>& parts, const std::string& title);

}  // namespace bosai::render
