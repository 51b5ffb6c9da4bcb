#pragma once

namespace bosai::render {

// The paper a ward prints on: A4 sheets, A3 district maps, A5 and A6 first-action cards, either way up.
struct PageFormat {
  enum class Size { kA4, kA3, kA5, kA6 };
  Size size = Size::kA4;
  bool landscape = false;
  double margin_mm = 15;
};

}  // namespace bosai::render
