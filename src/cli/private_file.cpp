#include "cli/private_file.h"

#include "core/error.h"

#include <fstream>

namespace bosai::cli {

void write_private_file(const std::filesystem::path& file, const std::string& content) {
  const auto partial = std::filesystem::path(file.string() + ".partial");
  {
    std::ofstream out(partial, std::ios::binary);
    if (!out) throw InputError(file.string(), 0, "cannot write");
    std::filesystem::permissions(partial, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    out << content;
    if (!out.flush()) throw InputError(file.string(), 0, "write failed");
  }
  std::filesystem::rename(partial, file);
}

}  // namespace bosai::cli
