#pragma once
#include "core/progress.h"

#include <string>

namespace bosai::cli {

// Long work shown on stderr: a terminal sees one line counting up; a log file gets a line per finished
// stage; nothing at all with --quiet. Ctrl-C is left to the shell (the work writes nothing half-done).
class StderrProgress final : public Progress {
 public:
  StderrProgress(std::string what, bool quiet);
  void report(std::string_view stage, double fraction) override;

 private:
  std::string what_;
  bool quiet_;
  bool terminal_;
  std::string last_;
};

}  // namespace bosai::cli
