#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace bosai::store {

class Database;

// Integrity and foreign-key problems, one line each; empty means the database is sound.
std::vector<std::string> check_database(Database& db);

// Copies the live database to `target` with SQLite's online backup API (safe while others read or write),
// writing to a temporary file first so a failed backup never leaves a half-written file under `target`.
void backup_database(Database& db, const std::filesystem::path& target);

// Replaces the database's content with the backup's, after checking the backup is a sound bosai database
// no newer than this program; then brings its schema forward. On any failure the database is untouched.
void restore_database(Database& db, const std::filesystem::path& source);

}  // namespace bosai::store
