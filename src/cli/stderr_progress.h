#pragma once
#include "cli/context.h"
#include "core/progress.h"

#include <string>

namespace bosai::cli {

// The one progress display of every long command, on stderr: a terminal sees one line per stage counting up
// ("roads.osm.pbf: reading  42%"), a log file gets one line per finished stage (a stage ends when it reaches
// 100 % or the next one begins), and --quiet shows nothing. Construct one per command run, pass it to the
// core; its destructor ends a line left open by work that stopped early.
class StderrProgress final : public Progress {
 public:
  explicit StderrProgress(const Context& context);
  ~StderrProgress() override;
  StderrProgress(const StderrProgress&) = delete;
  StderrProgress& operator=(const StderrProgress&) = delete;

  void report(std::string_view stage, double fraction) override;

 private:
  void print(bool finished) const;

  bool quiet_;
  bool terminal_;
  std::string stage_;  // the stage on the current line, empty when no line is open
  int percent_ = -1;   // -1: the stage's end is not known
};

}  // namespace bosai::cli
