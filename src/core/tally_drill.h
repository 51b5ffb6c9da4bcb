#pragma once
#include "core/clock_time.h"
#include "core/tally_block.h"

#include <string>
#include <vector>

namespace bosai {

// A sign tally drill: the day, the window in which counts are taken, the 地区 it covers and their blocks.
struct TallyDrill {
  long id = 0;
  std::string name;
  std::string date;      // YYYY-MM-DD
  Minutes start = 0;     // signs go up
  Minutes end = 0;       // the last count is taken (reports after it are refused)
  std::vector<std::string> districts;  // 地区 codes
  std::vector<TallyBlock> blocks;
  std::string source_file;

  const TallyBlock* find_block(const std::string& id) const;
};

}  // namespace bosai
