#pragma once
#include "core/ward_structure.h"

#include <filesystem>
#include <string>

namespace bosai::plans {

// Reads a ward's structure from its human-editable TOML file (format in README "plans/ward.toml").
// Every reference is checked (a 地区 naming an unknown 地域, a duplicate code …) and reported as
// InputError with the file, line and key, so a committee member editing the file can find the mistake.
WardStructure read_ward_structure(const std::filesystem::path& file);
WardStructure parse_ward_structure(const std::string& toml_text, const std::string& file_name);

}  // namespace bosai::plans
