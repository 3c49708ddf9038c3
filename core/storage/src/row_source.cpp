#include "row_source.h"

#include <QStringList>
#include <algorithm>
#include <array>

namespace attrition::storage::detail {

namespace {

/// Rows per multi-row INSERT: a list is written in chunks of these sizes, so that few distinct statements
/// are prepared.
constexpr std::array<std::size_t, 4> kChunkSizes{64, 16, 4, 1};

QString multiRowInsert(const QString& table, const QString& columns, int width, std::size_t rows) {
    QString row = QStringLiteral("(");
    for (int i = 0; i < width; ++i) {
        row += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    }
    row += QStringLiteral(")");
    QStringList values;
    for (std::size_t i = 0; i < rows; ++i) {
        values << row;
    }
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns +
           QStringLiteral(") VALUES ") + values.join(QStringLiteral(", "));
}

Result<void> eachQtRow(Connection& connection, const QString& sql, const QVariantList& values,
                       const std::function<bool(const RowReader&)>& row, const Doing& doing) {
    Result<Rows> rows = connection.query(sql, values, doing);
    if (!rows) {
        return rows.takeError();
    }
    const QtRow current(*rows);
    while (rows->next()) {
        if (!row(current)) {
            return {};
        }
    }
    return rows->status();
}

class QtStatements final : public Statements {
public:
    explicit QtStatements(Connection& connection)
        : connection_(connection)
        , rows_(connection) {}

    Result<void> each(const QString& sql, const SqlValues& values,
                      const std::function<bool(const RowReader&)>& row, const Doing& doing) override {
        return eachQtRow(connection_, sql, toVariants(values), row, doing);
    }
    Result<void> eachVariant(const QString& sql, const QVariantList& values,
                             const std::function<bool(const RowReader&)>& row, const Doing& doing) override {
        return eachQtRow(connection_, sql, values, row, doing);
    }
    Result<std::int64_t> execute(const QString& sql, const SqlValues& values, const Doing& doing) override {
        return connection_.execute(sql, toVariants(values), doing);
    }
    Result<Inserted> insertOne(const QString& sql, const SqlValues& values, const Doing& doing) override {
        Inserted out;
        Result<void> ran = eachQtRow(
            connection_, sql + QStringLiteral(" RETURNING id"), toVariants(values),
            [&](const RowReader& row) {
                out.inserted = true;
                std::int64_t value = 0;
                if (row.int64(0, value)) {
                    out.id = value;
                }
                return false;
            },
            doing);
        if (!ran) {
            return ran.takeError();
        }
        return out;
    }
    Result<void> insertRows(const QString& table, const QString& columns, int width, std::size_t count,
                            const AppendRow& append, const Doing& doing) override {
        return detail::insertRows(connection_, table, columns, width, count, append, doing);
    }
    RowSource& rows() override { return rows_; }

private:
    Connection& connection_;
    QtRowSource rows_;
};

} // namespace

Result<void> QtRowSource::each(const QString& sql, const std::vector<std::int64_t>& params,
                               const std::function<bool(const RowReader&)>& row, const Doing& doing) {
    QVariantList values;
    values.reserve(static_cast<qsizetype>(params.size()));
    for (std::int64_t p : params) {
        values << sqlInt(p);
    }
    return eachQtRow(connection_, sql, values, row, doing);
}

Result<void> insertRows(Connection& connection, const QString& table, const QString& columns, int width,
                        std::size_t count, const AppendRow& append, const Doing& doing) {
    std::size_t done = 0;
    while (done < count) {
        const std::size_t left = count - done;
        const std::size_t chunk = *std::find_if(kChunkSizes.begin(), kChunkSizes.end(),
                                                [&](std::size_t size) { return size <= left; });
        SqlValues params;
        params.reserve(chunk * static_cast<std::size_t>(width));
        for (std::size_t i = 0; i < chunk; ++i) {
            append(done + i, params);
        }
        Result<std::int64_t> inserted =
            connection.execute(multiRowInsert(table, columns, width, chunk), toVariants(params), doing);
        if (!inserted) {
            return inserted.takeError();
        }
        done += chunk;
    }
    return {};
}

std::unique_ptr<Statements> qtStatements(Connection& connection) {
    return std::make_unique<QtStatements>(connection);
}

#ifndef ATTRITION_STORAGE_SQLITE_NATIVE
std::unique_ptr<RowSource> nativeSqliteRowSource(Connection&) {
    return nullptr;
}

std::unique_ptr<Statements> nativeSqliteStatements(Connection&) {
    return nullptr;
}
#endif

} // namespace attrition::storage::detail
