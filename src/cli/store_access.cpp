#include "cli/store_access.h"

#include "core/error.h"
#include "store/migration.h"

namespace bosai::cli {

std::unique_ptr<store::SqliteStore> open_store(const Context& context) {
  if (!std::filesystem::exists(context.database)) {
    throw InputError(context.database.string(), 0, "no such database: run `bosai init` first (or pass --db FILE)");
  }
  store::Database db(context.database);
  store::migrate(db);
  return std::make_unique<store::SqliteStore>(std::move(db));
}

std::filesystem::path sample_path(const std::filesystem::path& relative) {
  if (std::filesystem::exists(relative)) return relative;
  const auto shipped = std::filesystem::path(BOSAI_SOURCE_DIR) / relative;
  return std::filesystem::exists(shipped) ? shipped : relative;
}

}  // namespace bosai::cli
