#pragma once

#include "attrition/storage/connection.h"
#include "attrition/storage/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace attrition::storage {

/// One numbered step of the database schema: "resources/migrations/sqlite/002_pickup_pace.sql" is version 2.
struct Migration {
    int version = 0;
    std::string name;   ///< the file name without number and extension ("pickup_pace")
    std::string script; ///< SQL statements separated by semicolons
};

/// The migrations in `directory` (a folder, or a Qt resource path such as ":/attrition/migrations/sqlite"),
/// in order. Their numbers must run 1, 2, 3... without gaps or repeats.
Result<std::vector<Migration>> loadMigrations(const std::string& directory);

/// The migrations built into the program for an engine.
Result<std::vector<Migration>> builtInMigrations(Engine engine);

/// The schema version this program writes: the number of its last built-in migration.
int latestSchemaVersion(Engine engine);

/// Splits a migration script into statements at semicolons outside quotes, comments and dollar quoting.
std::vector<std::string> splitStatements(std::string_view script);

} // namespace attrition::storage
