#pragma once

namespace bosai::map {

// A position on the page, in whatever unit the frame is given in (device pixels when drawing); y grows downwards.
struct PagePoint {
  double x = 0;
  double y = 0;
};

}  // namespace bosai::map
