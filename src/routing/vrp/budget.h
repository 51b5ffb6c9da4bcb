#pragma once
#include "core/progress.h"

#include <chrono>
#include <string_view>

namespace bosai::routing::vrp {

// When a solve must stop, as every phase of the search sees it: its own time limit or the caller's deadline
// (stop and return the best solution so far), or the caller's cancel (throw bosai::Cancelled: no solution).
class Budget {
 public:
  Budget(Progress& progress, double seconds);

  // True once the time is up; throws bosai::Cancelled once the caller has cancelled.
  bool spent() const;
  // How much of the solve's own time limit has passed, 0..1.
  double elapsed_fraction() const;
  void report(std::string_view stage, double fraction) const { progress_.report(stage, fraction); }

 private:
  using Clock = std::chrono::steady_clock;
  Progress& progress_;
  Clock::time_point started_;
  Clock::duration limit_;
};

}  // namespace bosai::routing::vrp
