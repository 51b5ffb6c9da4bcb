#include "render/chart_style.h"

#include <array>

namespace bosai::render {

SeriesStyle series_style(std::size_t index) {
  // Okabe & Ito's seven colours (their black is kept for axes and the reference line) and a mid grey for an
  // eighth, ordered so neighbouring series differ in lightness as well as hue, which survives greyscale print.
  static constexpr std::array<std::uint32_t, 8> kColours{0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
                                                         0x56B4E9, 0xD55E00, 0xF0E442, 0x999999};
  static constexpr std::array<Hatch, 8> kHatches{Hatch::kNone, Hatch::kForward, Hatch::kHorizontal, Hatch::kBackward,
                                                 Hatch::kDots, Hatch::kGrid,    Hatch::kVertical,   Hatch::kCross};
  static constexpr std::array<Marker, 8> kMarkers{Marker::kCircle,  Marker::kSquare,       Marker::kTriangle,
                                                  Marker::kDiamond, Marker::kTriangleDown, Marker::kCross,
                                                  Marker::kPlus,    Marker::kStar};
  static constexpr std::array<Dash, 6> kDashes{Dash::kSolid,   Dash::kDash,     Dash::kDot,
                                               Dash::kDashDot, Dash::kLongDash, Dash::kDashDotDot};
  const std::size_t i = index % 8;
  return {kColours[i], kHatches[i], kMarkers[i], kDashes[index % kDashes.size()]};
}

}  // namespace bosai::render
