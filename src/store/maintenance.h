#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace bosai::store {

// Keeping a store sound and recoverable (a ward must be able to recover after a major quake), whatever the
// backend: what `bosai check`, `backup` and `restore` need.
class Maintenance {
 public:
  virtual ~Maintenance() = default;

  // The schema version the stored data is at (0: not a bosai database yet).
  virtual int schema_version() const = 0;
  // Integrity and referential problems, one line each; empty means the store is sound.
  virtual std::vector<std::string> check() const = 0;
  // Copies the live store to `target` (safe while others read or write); a failed backup leaves nothing
  // under `target`.
  virtual void backup(const std::filesystem::path& target) const = 0;
  // Replaces the store's content with the backup's, after checking the backup is sound and no newer than this
  // program; then brings its schema forward. InputError names `source` when it is unusable; on any failure
  // the store is untouched.
  virtual void restore(const std::filesystem::path& source) = 0;
};

}  // namespace bosai::store
