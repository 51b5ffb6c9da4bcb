#pragma once
#include <string>

namespace bosai {

// A time of day in minutes since midnight, written "HH:MM": route sheets, supply scenarios, tally sheets.
using Minutes = int;

// Parses "H:MM" / "HH:MM" (up to 47:59, for plans running past midnight); returns -1 when malformed.
Minutes parse_clock(const std::string& text);
std::string format_clock(Minutes minutes);

}  // namespace bosai
