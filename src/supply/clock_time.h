#pragma once
#include "core/clock_time.h"

namespace bosai::supply {

// The supply day's clock is core's time of day (route sheets and scenario files write it "HH:MM").
using bosai::format_clock;
using bosai::Minutes;
using bosai::parse_clock;

}  // namespace bosai::supply
