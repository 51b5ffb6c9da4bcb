#pragma once
#include <cstddef>
#include <cstdint>

namespace bosai::render {

// How a chart tells its series apart without colour too (black-and-white print, colour-blind readers):
// bars by hatching, lines by dash and marker shape, each on top of an Okabe-Ito colour.
enum class Hatch { kNone, kForward, kHorizontal, kBackward, kGrid, kDots, kVertical, kCross };
enum class Marker { kCircle, kSquare, kTriangle, kDiamond, kTriangleDown, kCross, kPlus, kStar };
enum class Dash { kSolid, kDash, kDot, kDashDot, kLongDash, kDashDotDot };

struct SeriesStyle {
  std::uint32_t rgb = 0;  // 0xRRGGBB
  Hatch hatch = Hatch::kNone;
  Marker marker = Marker::kCircle;
  Dash dash = Dash::kSolid;
};

// The style of the index-th series. The first eight differ pairwise in colour, hatch and marker; after them
// the styles repeat (a chart of more than eight series is not readable anyway).
SeriesStyle series_style(std::size_t index);

}  // namespace bosai::render
