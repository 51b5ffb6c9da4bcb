#pragma once
#include <filesystem>
#include <string>

namespace bosai::cli {

// Writes a file holding personal data: through a temporary name (never half-written) and readable by the
// owner only.
void write_private_file(const std::filesystem::path& file, const std::string& content);

}  // namespace bosai::cli
