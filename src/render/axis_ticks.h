#pragma once
#include <string>

namespace bosai::render {

// The ticks of a value axis: round numbers first, first + step, … last, a step of 1, 2 or 5 times a power of
// ten, so a reader can interpolate by eye.
struct AxisTicks {
  double first = 0;
  double step = 1;
  int intervals = 1;  // ticks are intervals + 1
  double value(int i) const { return first + step * i; }
  double last() const { return value(intervals); }
};

// The fewest-interval 1-2-5 ticks, at most `max_intervals` of them, whose first ≤ low and last ≥ high (low ≤ high,
// both finite; a range of one value is widened around it), with a step of at least `min_step` (1 for counts of
// people: no 0.5 人). std::invalid_argument otherwise or when max_intervals < 1.
AxisTicks nice_ticks(double low, double high, int max_intervals, double min_step = 0);

// `value` with `decimals` places, thousands grouped with commas (1,250), never "-0".
std::string format_number(double value, int decimals);

// The places `value` needs to be written in full (0 for 1, 50, 1000; 1 for 0.5; 2 for 0.02), at most 9:
// a tick label needs its step's.
int decimals_needed(double value);

}  // namespace bosai::render
