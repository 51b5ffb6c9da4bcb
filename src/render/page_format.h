#pragma once

namespace bosai::render {

// The paper a ward prints on: A4 sheets and A3 district maps, either way up.
struct PageFormat {
  enum class Size { kA4, kA3 };
  Size size = Size::kA4;
  bool landscape = false;
  double margin_mm = 15;
};

}  // namespace bosai::render
