#include "render/axis_ticks.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace bosai::render {

AxisTicks nice_ticks(double low, double high, int max_intervals, double min_step) {
  if (!std::isfinite(low) || !std::isfinite(high) || low > high) {
    throw std::invalid_argument("axis ticks: the range " + std::to_string(low) + " … " + std::to_string(high) +
                                " is not finite or is reversed");
  }
  if (max_intervals < 1) throw std::invalid_argument("axis ticks: at least one interval is needed");
  if (low == high) {  // one value (all zero, say): 0 … 1, or a range of its own size around it
    if (low == 0) {
      high = 1;
    } else {
      const double half = std::abs(low) / 2;
      low -= half;
      high += half;
    }
  }
  // Floors and ceilings forgive rounding noise (0.1 * 3 is 0.30000000000000004), or a range ending on a tick
  // would get an extra one.
  constexpr double kSlack = 1e-9;
  const double raw = (high - low) / max_intervals;
  const double power = std::pow(10.0, std::floor(std::log10(std::max(raw, min_step))));
  for (double scale = power;; scale *= 10) {
    for (const double multiple : std::array{1.0, 2.0, 5.0}) {
      const double step = multiple * scale;
      if (step < min_step * (1 - kSlack)) continue;
      const double first = std::floor(low / step + kSlack);
      const double last = std::ceil(high / step - kSlack);
      const int intervals = static_cast<int>(std::lround(last - first));
      if (intervals <= max_intervals) return {first * step, step, std::max(intervals, 1)};
    }
  }
}

std::string format_number(double value, int decimals) {
  char digits[64];
  std::snprintf(digits, sizeof digits, "%.*f", decimals, std::abs(value));
  std::string text = digits;
  const bool zero = text.find_first_not_of("0.") == std::string::npos;
  const auto point = text.find('.');
  for (auto at = point == std::string::npos ? text.size() : point; at > 3;) {
    at -= 3;
    text.insert(at, ",");
  }
  return (value < 0 && !zero ? "-" : "") + text;
}

int decimals_needed(double value) {
  int decimals = 0;
  while (decimals < 9 &&
         std::abs(value * std::pow(10.0, decimals) - std::round(value * std::pow(10.0, decimals))) > 1e-6) {
    ++decimals;
  }
  return decimals;
}

}  // namespace bosai::render
