#include "core/clock_time.h"

#include <cstdio>

namespace bosai {

Minutes parse_clock(const std::string& text) {
  int h = 0, m = 0;
  char tail = 0;
  if (std::sscanf(text.c_str(), "%d:%2d%c", &h, &m, &tail) != 2) return -1;
  if (h < 0 || h > 47 || m < 0 || m > 59 || text.find(':') > 2) return -1;
  return h * 60 + m;
}

std::string format_clock(Minutes minutes) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
  return buf;
}

}  // namespace bosai
