#pragma once
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace bosai::services {

// Who may read a written file: kShared follows the umask (reports, maps); kPrivate is 0600 from the moment
// the file exists (personal data: never created readable and chmod-ed afterwards).
enum class FileAccess { kShared, kPrivate };

// Writes `content` so that it lands whole or not at all: a unique temporary beside the target, created
// with O_EXCL|O_NOFOLLOW (a symlink planted there is refused, not followed), flushed to disk, renamed over
// the target. OutputError naming the file when it cannot be written; nothing is left behind then.
void write_file(const std::filesystem::path& file, const std::string& content, FileAccess access = FileAccess::kShared);

// Several files that belong together (a plan and its route sheets): every temporary is written first and
// the renames come last, so a failure part-way leaves the folder as it was. Creates `folder` if needed.
void write_files(const std::filesystem::path& folder, const std::vector<std::pair<std::string, std::string>>& files,
                 FileAccess access = FileAccess::kShared);

}  // namespace bosai::services
