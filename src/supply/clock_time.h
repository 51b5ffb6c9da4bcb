#pragma once
#include <string>

namespace bosai::supply {

// Minutes since midnight of the drill day. Route sheets and scenario files write it as "HH:MM".
using Minutes = int;

// Parses "H:MM" / "HH:MM" (up to 47:59, for plans running past midnight); returns -1 when malformed.
Minutes parse_clock(const std::string& text);
std::string format_clock(Minutes minutes);

}  // namespace bosai::supply
