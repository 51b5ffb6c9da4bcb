#include "map/scale_bar.h"

#include <cmath>

namespace bosai::map {

ScaleBar choose_scale_bar(const MapProjection& projection, double max_length) {
  const double max_metres = max_length * projection.metres_per_unit();
  double metres = std::pow(10.0, std::floor(std::log10(std::max(max_metres, 1.0))));
  for (double step : {5.0, 2.0}) {
    if (metres * step <= max_metres) {
      metres *= step;
      break;
    }
  }
  ScaleBar bar;
  bar.metres = metres;
  bar.length = metres / projection.metres_per_unit();
  if (metres >= 1000) {
    const double km = metres / 1000;
    bar.label = (km == std::floor(km) ? std::to_string(static_cast<long>(km)) : std::to_string(km)) + " km";
  } else {
    bar.label = std::to_string(static_cast<long>(metres)) + " m";
  }
  return bar;
}

}  // namespace bosai::map
