#pragma once

// Internal: queries with integer parameters whose rows are handed, one at a time, to decoding code. Bulk
// reads of SQLite go natively through SQLite's own interface when that is safe, which is several times faster
// than through Qt Sql's values; everything else goes through Qt Sql.

#include "attrition/storage/result.h"
#include "row_reader.h"
#include "sql_support.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace attrition::storage::detail {

class RowSource {
public:
    virtual ~RowSource() = default;
    /// Runs the query and calls `row` with each row until it returns false.
    virtual Result<void> each(const QString& sql, const std::vector<std::int64_t>& params,
                              const std::function<bool(const RowReader&)>& row, const Doing& doing) = 0;
};

/// Through Qt Sql (any engine).
class QtRowSource final : public RowSource {
public:
    explicit QtRowSource(Connection& connection)
        : connection_(connection) {}
    Result<void> each(const QString& sql, const std::vector<std::int64_t>& params,
                      const std::function<bool(const RowReader&)>& row, const Doing& doing) override;

private:
    Connection& connection_;
};

/// Natively through SQLite, on the very connection Qt Sql holds (so inside its transaction). Nothing when
/// the connection is not SQLite, when this build has no SQLite library of its own, or when Qt's SQLite driver
/// is not linked to the same SQLite library as this program (using its connection would then be unsafe).
std::unique_ptr<RowSource> nativeSqliteRowSource(Connection& connection);

} // namespace attrition::storage::detail
