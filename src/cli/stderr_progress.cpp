#include "cli/stderr_progress.h"

#include <unistd.h>

#include <cstdio>

namespace bosai::cli {

StderrProgress::StderrProgress(std::string what, bool quiet)
    : what_(std::move(what)), quiet_(quiet), terminal_(isatty(STDERR_FILENO) != 0) {}

void StderrProgress::report(std::string_view stage, double fraction) {
  if (quiet_) return;
  if (fraction < 0) {  // the end is not known: say the stage once
    const std::string now(stage);
    if (now == last_) return;
    last_ = now;
    std::fprintf(stderr, "%s%s: %.*s\n", terminal_ ? "\r" : "", what_.c_str(), static_cast<int>(stage.size()),
                 stage.data());
    return;
  }
  const int percent = static_cast<int>(fraction * 100);
  const std::string now = std::string(stage) + std::to_string(percent);
  if (now == last_ || (!terminal_ && fraction < 1)) return;
  last_ = now;
  std::fprintf(stderr, "%s%s: %.*s %3d%%%s", terminal_ ? "\r" : "", what_.c_str(), static_cast<int>(stage.size()),
               stage.data(), percent, fraction >= 1 ? "\n" : "");
}

}  // namespace bosai::cli
