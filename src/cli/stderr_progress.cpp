#include "cli/stderr_progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace bosai::cli {

StderrProgress::StderrProgress(const Context& context)
    : quiet_(context.quiet), terminal_(isatty(STDERR_FILENO) != 0) {}

StderrProgress::~StderrProgress() {
  if (!stage_.empty()) print(true);
}

void StderrProgress::report(std::string_view stage, double fraction) {
  if (quiet_) return;
  const int percent = fraction < 0 ? -1 : static_cast<int>(std::min(fraction, 1.0) * 100);
  if (stage != stage_) {
    if (!stage_.empty()) print(true);
    stage_ = stage;
  } else if (percent == percent_) {
    return;  // the line would not change: keep stderr quiet between whole percents
  }
  percent_ = percent;
  const bool finished = percent >= 100;
  if (terminal_ || finished) print(finished);
  if (finished) stage_.clear();
}

void StderrProgress::print(bool finished) const {
  const char* start = terminal_ ? "\r" : "";
  const char* end = finished ? "\n" : "";
  if (percent_ < 0) std::fprintf(stderr, "%s%s%s", start, stage_.c_str(), end);
  else std::fprintf(stderr, "%s%s %3d%%%s", start, stage_.c_str(), percent_, end);
  std::fflush(stderr);
}

}  // namespace bosai::cli
