#include "routing/vrp/budget.h"

#include <algorithm>

namespace bosai::routing::vrp {

namespace {

// Beyond a year counts as no limit (and keeps the conversion to clock ticks from overflowing).
std::chrono::steady_clock::duration as_limit(double seconds) {
  if (!(seconds < 365.0 * 24 * 3600)) return std::chrono::steady_clock::duration::max();
  return std::chrono::duration_cast<std::chrono::steady_clock::duration>(
      std::chrono::duration<double>(std::max(0.0, seconds)));
}

}  // namespace

Budget::Budget(Progress& progress, double seconds)
    : progress_(progress), started_(Clock::now()), limit_(as_limit(seconds)) {}

bool Budget::spent() const {
  progress_.throw_if_cancelled();
  return progress_.deadline_passed() || Clock::now() - started_ >= limit_;
}

double Budget::elapsed_fraction() const {
  if (limit_ <= Clock::duration::zero()) return 1;
  return std::min(1.0, std::chrono::duration<double>(Clock::now() - started_) / limit_);
}

}  // namespace bosai::routing::vrp
