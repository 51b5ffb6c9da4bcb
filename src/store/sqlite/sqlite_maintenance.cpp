#include "store/sqlite/sqlite_maintenance.h"

#include "store/sqlite/database_maintenance.h"
#include "store/sqlite/migration.h"

namespace bosai::store {

int SqliteMaintenance::schema_version() const { return store::schema_version(db_); }

std::vector<std::string> SqliteMaintenance::check() const { return check_database(db_); }

void SqliteMaintenance::backup(const std::filesystem::path& target) const { backup_database(db_, target); }

void SqliteMaintenance::restore(const std::filesystem::path& source) { restore_database(db_, source); }

}  // namespace bosai::store
