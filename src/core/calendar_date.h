#pragma once
#include <optional>
#include <string>

namespace bosai {

// A calendar date as written in registers and plans: YYYY-MM-DD (YYYY/MM/DD is accepted and normalised).
// Returns nullopt for anything else, including impossible dates (2023-02-30). ISO strings compare in date
// order, so overdue checks are plain string comparisons.
std::optional<std::string> normalise_date(const std::string& text);

// An ISO date as Japanese paper writes it: 2026-12-01 → 2026年12月1日 (no leading zeros); other text as given.
std::string japanese_date(const std::string& iso);

// Today in the local time zone (a ward works in JST), YYYY-MM-DD.
std::string today_local();

}  // namespace bosai
