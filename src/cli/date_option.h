#pragma once
#include <string>

namespace bosai::cli {

// A date option (--date, --as-of, --today): YYYY-MM-DD (or YYYY/MM/DD) normalised, today in local time when
// empty, and InputError naming the option for anything else. A bad date must not pass through: dates are
// compared as strings, so a malformed one would silently select the wrong shelters or reviews.
std::string date_or_today(const std::string& text, const std::string& option);

}  // namespace bosai::cli
