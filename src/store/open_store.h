#pragma once
#include "store/store.h"

#include <filesystem>
#include <memory>

namespace bosai::store {

enum class OpenMode {
  kExisting,  // the store must exist (InputError naming the file otherwise)
  kCreate,    // created when missing
  kFresh,     // any store already there is removed first, then created empty
  kReadOnly,  // must exist; opened for reading, schema left as found (for checking a store as it is)
};

// Opens the store kept in `file` and (unless read-only) brings its schema to the latest version. The one place
// that knows which backend serves: front ends and services only ever see `Store`.
std::unique_ptr<Store> open_store(const std::filesystem::path& file, OpenMode mode = OpenMode::kExisting);

}  // namespace bosai::store
