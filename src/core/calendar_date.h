#pragma once
#include <optional>
#include <string>

namespace bosai {

// A calendar date as written in registers and plans: YYYY-MM-DD (YYYY/MM/DD is accepted and normalised).
// Returns nullopt for anything else, including impossible dates (2023-02-30). ISO strings compare in date
// order, so overdue checks are plain string comparisons.
std::optional<std::string> normalise_date(const std::string& text);

// A normalised date (YYYY-MM-DD, as normalise_date returns) the way a Japanese page prints it, with the day of
// the week: 2026年12月1日（火）. Paper handed out on the day is read by its date and weekday.
std::string japanese_date(const std::string& iso);

// Today in the local time zone (a ward works in JST), YYYY-MM-DD.
std::string today_local();

}  // namespace bosai
