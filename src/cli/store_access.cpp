#include "cli/store_access.h"

#include "core/error.h"
#include "store/open_store.h"

namespace bosai::cli {

std::unique_ptr<store::Store> open_store(const Context& context) {
  if (!std::filesystem::exists(context.database)) {
    throw InputError(context.database.string(), 0, "no such database: run `bosai init` first (or pass --db FILE)");
  }
  return store::open_store(context.database);
}

std::filesystem::path sample_path(const std::filesystem::path& relative) {
  if (std::filesystem::exists(relative)) return relative;
  const auto shipped = std::filesystem::path(BOSAI_SOURCE_DIR) / relative;
  return std::filesystem::exists(shipped) ? shipped : relative;
}

}  // namespace bosai::cli
