#pragma once
#include "people/progress.h"

#include <nlohmann/json.hpp>

namespace bosai::cli {

// One 地区's register progress as `people progress --json` and `karte show --json` print it (counts only).
nlohmann::json progress_json(const people::DistrictProgress& row);

}  // namespace bosai::cli
