// `bosai check`, `bosai backup FILE`, `bosai restore FILE`: keeping the database sound and recoverable
// (a ward must be able to recover after a major quake).
#include "cli/commands.h"
#include "cli/run.h"
#include "cli/store_access.h"
#include "core/error.h"
#include "store/maintenance.h"
#include "store/open_store.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {

void add_check_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("check", "Check the database's integrity and foreign keys");
  cmd->callback([&context] {
    if (!std::filesystem::exists(context.database)) {
      throw InputError(context.database.string(), 0, "no such database");
    }
    const auto store = store::open_store(context.database, store::OpenMode::kReadOnly);
    const auto problems = store->maintenance().check();
    const int version = store->maintenance().schema_version();
    if (context.json) {
      std::cout << nlohmann::json{{"ok", problems.empty()}, {"schema_version", version}, {"problems", problems}}.dump()
                << "\n";
    } else if (problems.empty()) {
      std::cout << context.database.string() << ": ok (schema version " << version << ")\n";
    } else {
      for (const auto& p : problems) std::cout << context.database.string() << ": " << p << "\n";
    }
    if (!problems.empty()) throw CLI::RuntimeError(kExitFailure);
  });
}

void add_backup_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("backup", "Copy the live database to FILE (safe while others use it)");
  auto target = std::make_shared<std::filesystem::path>();
  cmd->add_option("FILE", *target, "Backup file to write")->required();
  cmd->callback([&context, target] {
    auto store = open_store(context);
    store->maintenance().backup(*target);
    if (!context.quiet) std::cerr << "backed up " << context.database.string() << " to " << target->string() << "\n";
  });
}

void add_restore_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("restore", "Replace the database's content with a backup FILE (checked first)");
  auto source = std::make_shared<std::filesystem::path>();
  cmd->add_option("FILE", *source, "Backup file to restore from")->required()->check(CLI::ExistingFile);
  cmd->callback([&context, source] {
    store::open_store(context.database, store::OpenMode::kCreate)->maintenance().restore(*source);
    if (!context.quiet) std::cerr << "restored " << context.database.string() << " from " << source->string() << "\n";
  });
}

}  // namespace bosai::cli
