#pragma once
#include "drills/drill_scenario.h"

#include <filesystem>
#include <string>

namespace bosai::drills {

// Reads a drill scenario (docs/drills.md) and checks everything the file alone can tell: keys known and
// present, times and dates well formed, timed injects in order, ids unique, every inject's kind known with the
// keys it needs, polygons real, contingencies pointing back at an inject with a deadline, objectives named,
// refs well formed, files that exist. The first mistake is an InputError naming the file, the line and the
// key. What only the store can tell (does this shelter exist, is that manual version stored) is checked by
// services::check_drill_scenario.
DrillScenario read_drill_scenario(const std::filesystem::path& file);
DrillScenario parse_drill_scenario(const std::string& toml_text, const std::string& file_name,
                                   const std::filesystem::path& base_dir);

}  // namespace bosai::drills
