#pragma once
#include "supply/supply_scenario.h"

#include <filesystem>
#include <string>

namespace bosai::supply {

// Reads a supply scenario (format in README, "drills/*-supply.toml"). Relative paths inside it are resolved
// against the scenario file's folder. Every mistake is an InputError with the line and key.
SupplyScenario read_supply_scenario(const std::filesystem::path& file);
SupplyScenario parse_supply_scenario(const std::string& toml_text, const std::string& file_name,
                                     const std::filesystem::path& base_dir);

}  // namespace bosai::supply
