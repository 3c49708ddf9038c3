#pragma once

// Internal: queries with integer parameters whose rows are handed, one at a time, to decoding code, and the
// statements of a write. Bulk reads and imports of SQLite go natively through SQLite's own interface when
// that is safe, which is several times faster than through Qt Sql; everything else goes through Qt Sql.

#include "attrition/storage/result.h"
#include "row_reader.h"
#include "sql_support.h"

#include <QString>
#include <QVariantList>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
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

/// Appends the values of row `index` of a list, in column order.
using AppendRow = std::function<void(std::size_t index, SqlValues& values)>;

/// The statements a write runs, with values made by the sql*() functions of sql_support.h. Through Qt Sql
/// (any engine), or natively through SQLite, which binds each value as is, to what Qt's SQLite driver binds
/// for its QVariant, so that both store the same rows.
class Statements {
public:
    virtual ~Statements() = default;
    /// Runs a statement (a query, or a change with RETURNING) and calls `row` with each row until it returns
    /// false.
    virtual Result<void> each(const QString& sql, const SqlValues& values,
                              const std::function<bool(const RowReader&)>& row, const Doing& doing) = 0;
    /// As each(), with values given as Qt Sql binds them (a filter's, say).
    virtual Result<void> eachVariant(const QString& sql, const QVariantList& values,
                                     const std::function<bool(const RowReader&)>& row,
                                     const Doing& doing) = 0;
    /// Runs a statement that changes rows; how many it changed.
    virtual Result<std::int64_t> execute(const QString& sql, const SqlValues& values, const Doing& doing) = 0;
    /// What insertOne() inserted.
    struct Inserted {
        bool inserted = false;          ///< false: no row (ON CONFLICT DO NOTHING)
        std::optional<std::int64_t> id; ///< the new row's id; nothing when it cannot be read
    };
    /// Runs `sql`, an INSERT of one row into a table whose key is `id` (an alias of SQLite's rowid), and
    /// reads the new row's id as "RETURNING id" would: through RETURNING where a statement goes through Qt
    /// Sql, natively as SQLite's last inserted rowid (a RETURNING clause costs SQLite a temporary table).
    virtual Result<Inserted> insertOne(const QString& sql, const SqlValues& values, const Doing& doing) = 0;
    /// Inserts `count` rows of `width` values into `table` (`columns` names them).
    virtual Result<void> insertRows(const QString& table, const QString& columns, int width,
                                    std::size_t count, const AppendRow& append, const Doing& doing) = 0;
    /// Reads of whole contracts, in the same transaction.
    virtual RowSource& rows() = 0;
};

/// Inserts `count` rows through Qt Sql, in a few multi-row INSERTs.
Result<void> insertRows(Connection& connection, const QString& table, const QString& columns, int width,
                        std::size_t count, const AppendRow& append, const Doing& doing);

/// Through Qt Sql (any engine): lists are written with multi-row INSERTs.
std::unique_ptr<Statements> qtStatements(Connection& connection);

/// Natively through SQLite, on the very connection Qt Sql holds (so inside its transaction), each statement
/// prepared once and run again for every row. Nothing when nativeSqliteRowSource() would give nothing. Its
/// statements are finalized when it is destroyed, which must happen before the transaction ends.
std::unique_ptr<Statements> nativeSqliteStatements(Connection& connection);

} // namespace attrition::storage::detail
