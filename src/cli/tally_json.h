#pragma once
#include "services/tally_drills.h"

#include <nlohmann/json.hpp>

namespace bosai::cli {

// A tally's figures as `tally show --json` prints them: counts as integers, rates as fractions (0.629), times
// as HH:MM, 地区 by code and dwelling types as detached / apartment.
nlohmann::json tally_figures_json(const tally::TallyFigures& figures);
nlohmann::json tally_result_json(const services::TallyResult& result);

}  // namespace bosai::cli
