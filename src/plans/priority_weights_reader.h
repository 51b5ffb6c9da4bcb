#pragma once
#include "core/priority_weights.h"

#include <filesystem>
#include <string>

namespace bosai::plans {

// Reads plans/priority-weights.toml (format in docs/people.md). Unknown care levels, grades outside 1–6 and
// negative weights are InputErrors naming the line.
PriorityWeights read_priority_weights(const std::filesystem::path& file);
PriorityWeights parse_priority_weights(const std::string& toml_text, const std::string& file_name);

}  // namespace bosai::plans
