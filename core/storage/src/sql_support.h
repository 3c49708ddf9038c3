#pragma once

// Internal: the Qt Sql connection of a repository, its statement cache, values to and from SQL, error
// messages and transactions. Nothing here is seen outside core/storage.

#include "attrition/domain/currency.h"
#include "attrition/domain/date.h"
#include "attrition/domain/money.h"
#include "attrition/domain/percent.h"
#include "attrition/storage/connection.h"
#include "attrition/storage/result.h"
#include "attrition/storage/types.h"
#include "row_reader.h"
#include "storage_text.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace attrition::storage::detail {

// ---------------------------------------------------------------------------------------------------------
// Values to SQL

/// A value bound to a statement, made by the sql*() functions below. Qt Sql binds the QVariant it turns into;
/// SQLite's own interface binds it as is, to the same stored value (see nativeSqliteStatements), without
/// making a QString of every text.
class SqlValue {
public:
    enum class Kind : unsigned char {
        NullInt,    ///< NULL, an integer column's
        NullText,   ///< NULL, a text column's
        NullString, ///< NULL: text without characters at all (a null string view), as a null QString
        Int,
        Bool,
        Text, ///< UTF-8
    };

    static SqlValue integer(std::int64_t v) { return SqlValue(Kind::Int, v); }
    static SqlValue boolean(bool b) { return SqlValue(Kind::Bool, b ? 1 : 0); }
    static SqlValue null(Kind kind) { return SqlValue(kind, 0); }
    static SqlValue text(std::string_view s) {
        if (s.data() == nullptr) {
            return SqlValue(Kind::NullString, 0);
        }
        SqlValue v(Kind::Text, 0);
        v.text_.assign(s.data(), s.size());
        return v;
    }
    static SqlValue text(std::string&& s) {
        SqlValue v(Kind::Text, 0);
        v.text_ = std::move(s);
        return v;
    }

    Kind kind() const noexcept { return kind_; }
    std::int64_t integerValue() const noexcept { return int_; }
    const std::string& textValue() const noexcept { return text_; }

    /// The value as Qt Sql binds it. Implicit: the sql*() values also go into QVariantLists.
    operator QVariant() const { // NOLINT(google-explicit-constructor)
        switch (kind_) {
        case Kind::NullInt:
            return QVariant(QMetaType::fromType<qlonglong>());
        case Kind::NullText:
            return QVariant(QMetaType::fromType<QString>());
        case Kind::NullString:
            return QVariant(QString());
        case Kind::Int:
            return QVariant(static_cast<qlonglong>(int_));
        case Kind::Bool:
            return QVariant(int_ != 0);
        case Kind::Text:
            break;
        }
        return QVariant(qstr(text_));
    }

private:
    SqlValue(Kind kind, std::int64_t v)
        : kind_(kind)
        , int_(v) {}

    Kind kind_;
    std::int64_t int_;
    std::string text_;
};

/// The values of a statement, in the order of its marks.
using SqlValues = std::vector<SqlValue>;

inline SqlValues& operator<<(SqlValues& values, SqlValue v) {
    values.push_back(std::move(v));
    return values;
}

/// The values as Qt Sql binds them.
inline QVariantList toVariants(const SqlValues& values) {
    QVariantList out;
    out.reserve(static_cast<qsizetype>(values.size()));
    for (const SqlValue& v : values) {
        out << QVariant(v);
    }
    return out;
}

inline SqlValue sqlInt(std::int64_t v) {
    return SqlValue::integer(v);
}
inline SqlValue sqlNullInt() {
    return SqlValue::null(SqlValue::Kind::NullInt);
}
inline SqlValue sqlText(std::string_view s) {
    return SqlValue::text(s);
}
inline SqlValue sqlNullText() {
    return SqlValue::null(SqlValue::Kind::NullText);
}
inline SqlValue sqlBool(bool b) {
    return SqlValue::boolean(b);
}
inline SqlValue sqlDate(Date d) {
    return SqlValue::text(d.toIso());
}
inline SqlValue sqlDate(const std::optional<Date>& d) {
    return d ? sqlDate(*d) : sqlNullText();
}
inline SqlValue sqlPercent(Percent p) {
    return sqlInt(p.partsPerMillion());
}
inline SqlValue sqlPercent(const std::optional<Percent>& p) {
    return p ? sqlPercent(*p) : sqlNullInt();
}
inline SqlValue sqlCurrency(Currency c) {
    return c.isValid() ? sqlText(c.code()) : sqlText("");
}
inline SqlValue sqlTimestamp(Timestamp t) {
    return SqlValue::text(t.toIso());
}

// ---------------------------------------------------------------------------------------------------------
// Values from SQL: each returns false when the stored value cannot be what the column should hold.

bool readInt64(const QVariant& v, std::int64_t& out);
bool readInt32(const QVariant& v, std::int32_t& out);
bool readBool(const QVariant& v, bool& out);
bool readText(const QVariant& v, std::string& out);
bool readDate(const QVariant& v, Date& out);
bool readDate(const QVariant& v, std::optional<Date>& out);
bool readPercent(const QVariant& v, Percent& out);
bool readPercent(const QVariant& v, std::optional<Percent>& out);
bool readCurrency(const QVariant& v, Currency& out);
bool readMoney(const QVariant& minor, const QVariant& currency, Money& out);
bool readTimestamp(const QVariant& v, Timestamp& out);

// ---------------------------------------------------------------------------------------------------------

class Connection;

/// The rows of a query being read. Releases the statement (and the read lock it holds) when destroyed.
class Rows {
public:
    Rows(Connection& connection, QSqlQuery* query, std::unique_ptr<QSqlQuery> owned, Doing doing);
    Rows(Rows&& other) noexcept;
    Rows& operator=(Rows&&) = delete;
    Rows(const Rows&) = delete;
    ~Rows();

    bool next() { return query_->next(); }
    QVariant value(int column) const { return query_->value(column); }
    /// After next() returned false: whether the rows ended because of an error.
    Result<void> status() const;

private:
    Connection* connection_;
    QSqlQuery* query_;
    std::unique_ptr<QSqlQuery> owned_;
    Doing doing_;
};

/// The current row of Qt Sql rows, for the decoding code.
class QtRow final : public RowReader {
public:
    explicit QtRow(const Rows& rows)
        : rows_(rows) {}

    bool isNull(int column) const override { return rows_.value(column).isNull(); }
    bool int64(int column, std::int64_t& out) const override { return readInt64(rows_.value(column), out); }
    bool text(int column, std::string& out) const override { return readText(rows_.value(column), out); }
    bool date(int column, Date& out) const override { return readDate(rows_.value(column), out); }
    bool flag(int column, bool& out) const override { return readBool(rows_.value(column), out); }
    bool currency(int column, Currency& out) const override { return readCurrency(rows_.value(column), out); }
    bool timestamp(int column, Timestamp& out) const override {
        return readTimestamp(rows_.value(column), out);
    }
    using RowReader::date;

private:
    const Rows& rows_;
};

/// One Qt Sql connection, with a cache of prepared statements.
class Connection {
public:
    Connection(Engine engine, std::string location, std::chrono::milliseconds busyTimeout);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    Engine engine() const noexcept { return engine_; }
    bool isSqlite() const noexcept { return engine_ == Engine::SQLite; }
    const std::string& location() const noexcept { return location_; }
    QSqlDatabase& database() { return db_; }
    std::chrono::milliseconds busyTimeout() const noexcept { return busyTimeout_; }

    /// Runs a statement that returns rows. `doing` says what for, in an error message ("Could not read the
    /// contract list").
    Result<Rows> query(const QString& sql, const QVariantList& params, const Doing& doing);
    /// Runs a statement that changes rows; returns how many it changed.
    Result<std::int64_t> execute(const QString& sql, const QVariantList& params, const Doing& doing);
    /// Runs one statement as it is, without preparing it (transaction control, PRAGMA, schema changes).
    Result<void> executeDirect(const QString& sql, const Doing& doing);

    /// The message for an error the database reported.
    StorageError error(const QSqlError& error, const Doing& doing) const;
    /// A message about this database that did not come from the driver; `explanation` is translated
    /// already.
    StorageError problem(ErrorKind kind, const Doing& doing, const QString& explanation) const;

    void clearStatements();

    /// The transaction open on this connection: none (0), or how many Transaction objects share it.
    int transactionDepth = 0;
    bool inWriteTransaction = false;

private:
    Result<QSqlQuery*> prepared(const QString& sql, std::unique_ptr<QSqlQuery>& owned, const Doing& doing);

    Engine engine_;
    std::string location_;
    std::chrono::milliseconds busyTimeout_;
    QString name_;
    QSqlDatabase db_;
    QHash<QString, std::shared_ptr<QSqlQuery>> statements_;
};

/// A transaction that rolls back unless committed. A write transaction takes the write lock at once
/// (SQLite BEGIN IMMEDIATE), so that a save never fails half-way for want of it; a read transaction sees one
/// consistent state of the database (PostgreSQL REPEATABLE READ). A transaction begun while another is open
/// on the connection joins it (a read during forEachContract); a write cannot join a read.
class Transaction {
public:
    enum class Kind : std::uint8_t { Read, Write };

    static Result<Transaction> begin(Connection& connection, Kind kind, const Doing& doing);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    Result<void> commit(const Doing& doing);
    void rollback();

private:
    Transaction(Connection& connection, bool joined)
        : connection_(&connection)
        , joined_(joined) {}
    Connection* connection_;
    bool joined_ = false;
    bool open_ = true;
};

/// '%' and '_' and '\' escaped for LIKE ... ESCAPE '\'.
QString escapeLike(const QString& text);

/// An identifier quoted for SQL ("my schema" -> "\"my schema\"").
QString quoteIdentifier(const QString& name);

} // namespace attrition::storage::detail
