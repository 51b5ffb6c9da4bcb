#include "services/output_files.h"

#include "core/error.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

namespace bosai::services {
namespace {

// A temporary in the target's folder (so the rename is atomic), named so no two writers share one.
struct Temporary {
  std::filesystem::path target;
  std::filesystem::path path;
  int fd = -1;

  Temporary(const std::filesystem::path& file, FileAccess access) : target(file) {
    std::random_device random;
    const mode_t mode = access == FileAccess::kPrivate ? 0600 : 0666;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
      path = file;
      path += ".partial-" + std::to_string(random());
      fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
      if (fd < 0 && errno != EEXIST) throw OutputError(file.string(), std::strerror(errno));
    }
    if (fd < 0) throw OutputError(file.string(), "no free temporary name beside it");
  }
  ~Temporary() {
    if (fd >= 0) ::close(fd);
    if (!path.empty()) ::unlink(path.c_str());
  }
  Temporary(const Temporary&) = delete;
  Temporary& operator=(const Temporary&) = delete;
  Temporary(Temporary&& other) noexcept : target(std::move(other.target)), path(std::move(other.path)), fd(other.fd) {
    other.fd = -1;
    other.path.clear();
  }

  void write(const std::string& content) {
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
      const ssize_t n = ::write(fd, data, left);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) throw OutputError(target.string(), std::strerror(errno));
      data += n;
      left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
      fd = -1;
      throw OutputError(target.string(), std::strerror(errno));
    }
    fd = -1;
  }
  void commit() {
    if (::rename(path.c_str(), target.c_str()) != 0) throw OutputError(target.string(), std::strerror(errno));
    path.clear();
  }
};

}  // namespace

void write_file(const std::filesystem::path& file, const std::string& content, FileAccess access) {
  Temporary temporary(file, access);
  temporary.write(content);
  temporary.commit();
}

void write_files(const std::filesystem::path& folder, const std::vector<std::pair<std::string, std::string>>& files,
                 FileAccess access) {
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) throw OutputError(folder.string(), error.message());
  std::vector<Temporary> temporaries;
  temporaries.reserve(files.size());
  for (const auto& [name, content] : files) {
    temporaries.emplace_back(folder / name, access);
    temporaries.back().write(content);
  }
  // A rename onto a folder is the one failure left after every temporary is written: refuse it before
  // any file lands.
  for (const auto& t : temporaries) {
    if (std::filesystem::is_directory(t.target)) throw OutputError(t.target.string(), "a folder is in the way");
  }
  for (auto& t : temporaries) t.commit();
}

}  // namespace bosai::services
