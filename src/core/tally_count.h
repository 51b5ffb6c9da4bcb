#pragma once
#include "core/clock_time.h"

#include <string>

namespace bosai {

// One block leader's report at one time of the drill: cumulative for the block (a later report replaces an
// earlier one), as the paper form is filled in on the round.
struct TallyCount {
  std::string block;
  Minutes time = 0;      // clock time on the drill day, JST
  long households = 0;   // households in the block as the leader found them (vacancies change the list's figure)
  long ok = 0;           // showing the OK (無事です) sign
  long sos = 0;          // showing the SOS sign
  long no_sign = 0;      // checked, showing no sign
  long visited = 0;      // called at (doorbell) to check on them
  std::string source;    // counts.csv:12, or "bosai tally add"
  std::string entered_by;

  long posted() const { return ok + sos; }
  long checked() const { return ok + sos + no_sign; }
};

}  // namespace bosai
