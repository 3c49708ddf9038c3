#pragma once

// Internal: the state behind SqlContractRepository, shared by opening (open.cpp) and the operations
// (sql_repository.cpp).

#include "attrition/storage/connection.h"
#include "attrition/storage/sql_repository.h"
#include "sql_support.h"

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

namespace attrition::storage {

struct SqlContractRepository::Impl {
    std::unique_ptr<detail::Connection> connection;
    int schemaVersion = 0;
    int latestVersion = 0;
    std::function<Timestamp()> clock;
    bool nativeBulkReads = true;
    bool nativeBulkWrites = true;
    /// Account ids looked up or created in the current write transaction.
    std::unordered_map<std::string, std::int64_t> accountIds;

    Timestamp now() const { return clock ? clock() : Timestamp::now(); }
};

namespace detail {

/// Opens and checks the database, upgrading its schema if it is older than the program's.
Result<std::unique_ptr<SqlContractRepository::Impl>> openRepository(const ConnectionSettings& settings,
                                                                    const OpenOptions& options);

/// The schema version recorded in the database (0 when it has no schema_version table).
Result<int> readSchemaVersion(Connection& connection, const Doing& doing);

} // namespace detail

} // namespace attrition::storage
