// Native SQLite reading for bulk loads and writing for imports (compiled when CMake finds an SQLite library).

#include "row_source.h"

#include <QHash>
#include <QSqlDriver>
#include <QVariant>
#include <algorithm>
#include <sqlite3.h>
#include <utility>

#if defined(__unix__) || defined(__APPLE__)
#include <dlfcn.h>
#endif

namespace attrition::storage::detail {

namespace {

/// Whether Qt's SQLite driver calls the same SQLite library as this program: only then may this program use
/// the driver's connection (a second copy of SQLite in one process could even break the other's file locks).
bool driverSharesOurSqlite(const QSqlDriver* driver) {
#if defined(__unix__) || defined(__APPLE__)
    Dl_info ours{};
    Dl_info plugin{};
    if (dladdr(reinterpret_cast<void*>(&sqlite3_libversion_number), &ours) == 0 ||
        dladdr(driver->metaObject(), &plugin) == 0 || plugin.dli_fname == nullptr) {
        return false;
    }
    void* handle = dlopen(plugin.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (handle == nullptr) {
        return false;
    }
    void* theirs = dlsym(handle, "sqlite3_libversion_number");
    dlclose(handle);
    Dl_info found{};
    return theirs != nullptr && dladdr(theirs, &found) != 0 && found.dli_fbase == ours.dli_fbase;
#else
    (void)driver;
    return false;
#endif
}

class SqliteRow final : public RowReader {
public:
    explicit SqliteRow(sqlite3_stmt* statement)
        : st_(statement) {}

    bool isNull(int column) const override { return sqlite3_column_type(st_, column) == SQLITE_NULL; }
    bool int64(int column, std::int64_t& out) const override {
        if (sqlite3_column_type(st_, column) != SQLITE_INTEGER) {
            return false;
        }
        out = static_cast<std::int64_t>(sqlite3_column_int64(st_, column));
        return true;
    }
    bool text(int column, std::string& out) const override {
        const int type = sqlite3_column_type(st_, column);
        if (type == SQLITE_NULL) {
            out.clear();
            return true;
        }
        if (type != SQLITE_TEXT) {
            return false;
        }
        const auto* chars = reinterpret_cast<const char*>(sqlite3_column_text(st_, column));
        out.assign(chars, static_cast<std::size_t>(sqlite3_column_bytes(st_, column)));
        return true;
    }
    bool date(int column, Date& out) const override {
        if (sqlite3_column_type(st_, column) != SQLITE_TEXT) {
            return false;
        }
        const auto* chars = reinterpret_cast<const char*>(sqlite3_column_text(st_, column));
        const std::optional<Date> d =
            parseIsoDate(chars, static_cast<std::size_t>(sqlite3_column_bytes(st_, column)));
        if (!d) {
            return false;
        }
        out = *d;
        return true;
    }
    bool flag(int column, bool& out) const override {
        std::int64_t value = 0;
        if (!int64(column, value) || (value != 0 && value != 1)) {
            return false;
        }
        out = value == 1;
        return true;
    }
    bool currency(int column, Currency& out) const override {
        if (sqlite3_column_type(st_, column) != SQLITE_TEXT) {
            return false;
        }
        const auto* chars = reinterpret_cast<const char*>(sqlite3_column_text(st_, column));
        const auto length = static_cast<std::size_t>(sqlite3_column_bytes(st_, column));
        if (length == 0) {
            out = Currency{};
            return true;
        }
        const std::optional<Currency> c = Currency::fromCode(std::string_view(chars, length));
        if (!c) {
            return false;
        }
        out = *c;
        return true;
    }
    bool timestamp(int column, Timestamp& out) const override {
        if (sqlite3_column_type(st_, column) != SQLITE_TEXT) {
            return false;
        }
        const auto* chars = reinterpret_cast<const char*>(sqlite3_column_text(st_, column));
        const std::optional<Timestamp> t = Timestamp::parseIso(
            std::string_view(chars, static_cast<std::size_t>(sqlite3_column_bytes(st_, column))));
        if (!t) {
            return false;
        }
        out = *t;
        return true;
    }
    using RowReader::date;

private:
    sqlite3_stmt* st_;
};

class NativeRowSource final : public RowSource {
public:
    NativeRowSource(Connection& connection, sqlite3* db)
        : connection_(connection)
        , db_(db) {}

    Result<void> each(const QString& sql, const std::vector<std::int64_t>& params,
                      const std::function<bool(const RowReader&)>& row, const Doing& doing) override {
        const QByteArray text = sql.toUtf8();
        sqlite3_stmt* st = nullptr;
        int rc = sqlite3_prepare_v2(db_, text.constData(), static_cast<int>(text.size()), &st, nullptr);
        if (rc != SQLITE_OK) {
            return failure(rc, doing, st);
        }
        for (std::size_t i = 0; i < params.size(); ++i) {
            rc = sqlite3_bind_int64(st, static_cast<int>(i) + 1, static_cast<sqlite3_int64>(params[i]));
            if (rc != SQLITE_OK) {
                return failure(rc, doing, st);
            }
        }
        const SqliteRow current(st);
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            if (!row(current)) {
                sqlite3_finalize(st);
                return {};
            }
        }
        if (rc != SQLITE_DONE) {
            return failure(rc, doing, st);
        }
        sqlite3_finalize(st);
        return {};
    }

private:
    StorageError failure(int rc, const Doing& doing, sqlite3_stmt* st) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db_));
        sqlite3_finalize(st);
        return connection_.error(QSqlError(QStringLiteral("Unable to fetch row"), message,
                                           QSqlError::StatementError, QString::number(rc)),
                                 doing);
    }

    Connection& connection_;
    sqlite3* db_;
};

/// Binds a value as Qt's SQLite driver does (QSqlResultPrivate::isVariantNull, then by type), so that a row
/// written natively is the row Qt Sql would have written. The value must outlive the statement's next step.
int bindAsQt(sqlite3_stmt* st, int index, const QVariant& value) {
    const int type = value.typeId();
    if (value.isNull() ||
        (type == QMetaType::QString && static_cast<const QString*>(value.constData())->isNull())) {
        return sqlite3_bind_null(st, index);
    }
    switch (type) {
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(st, index, value.toInt());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(st, index, static_cast<sqlite3_int64>(value.toLongLong()));
    case QMetaType::Double:
        return sqlite3_bind_double(st, index, value.toDouble());
    case QMetaType::QString: {
        const auto* text = static_cast<const QString*>(value.constData());
        return sqlite3_bind_text16(st, index, text->utf16(), static_cast<int>(text->size() * 2),
                                   SQLITE_STATIC);
    }
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(st, index, text.utf16(), static_cast<int>(text.size() * 2),
                                   SQLITE_TRANSIENT);
    }
    }
}

/// Binds a value to what Qt's SQLite driver binds for its QVariant (QSqlResultPrivate::isVariantNull, then by
/// type: integers as integers, a QString as UTF-16), so that a row written natively is the row Qt Sql would
/// have written. Text of ASCII characters only (nearly all) is bound as it is, without a QString: its UTF-8
/// is what SQLite would make of the UTF-16. Any other text goes through a QString, as there, so that it is
/// stored exactly as Qt Sql stores it (an invalid UTF-8 sequence included). The value must outlive the
/// statement's next step.
int bindValue(sqlite3_stmt* st, int index, const SqlValue& value) {
    switch (value.kind()) {
    case SqlValue::Kind::NullInt:
    case SqlValue::Kind::NullText:
    case SqlValue::Kind::NullString:
        return sqlite3_bind_null(st, index);
    case SqlValue::Kind::Int:
        return sqlite3_bind_int64(st, index, static_cast<sqlite3_int64>(value.integerValue()));
    case SqlValue::Kind::Bool:
        return sqlite3_bind_int(st, index, value.integerValue() != 0 ? 1 : 0);
    case SqlValue::Kind::Text:
        break;
    }
    const std::string& text = value.textValue();
    const bool ascii =
        std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
        return sqlite3_bind_text(st, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    }
    const QString wide = qstr(text);
    return sqlite3_bind_text16(st, index, wide.utf16(), static_cast<int>(wide.size() * 2), SQLITE_TRANSIENT);
}

/// The statements of a write, each prepared once on the connection and reset after every use.
class NativeStatements final : public Statements, public RowSource {
public:
    NativeStatements(Connection& connection, sqlite3* db)
        : connection_(connection)
        , db_(db) {}
    ~NativeStatements() override {
        for (sqlite3_stmt* st : std::as_const(prepared_)) {
            sqlite3_finalize(st);
        }
    }
    NativeStatements(const NativeStatements&) = delete;
    NativeStatements& operator=(const NativeStatements&) = delete;

    Result<void> each(const QString& sql, const SqlValues& values,
                      const std::function<bool(const RowReader&)>& row, const Doing& doing) override {
        Result<sqlite3_stmt*> st = statement(sql, doing);
        if (!st) {
            return st.takeError();
        }
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (bindValue(*st, static_cast<int>(i) + 1, values[i]) != SQLITE_OK) {
                return failure(*st, doing);
            }
        }
        return steps(*st, &row, doing);
    }

    Result<void> eachVariant(const QString& sql, const QVariantList& values,
                             const std::function<bool(const RowReader&)>& row, const Doing& doing) override {
        Result<sqlite3_stmt*> st = statement(sql, doing);
        if (!st) {
            return st.takeError();
        }
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (bindAsQt(*st, static_cast<int>(i) + 1, values[i]) != SQLITE_OK) {
                return failure(*st, doing);
            }
        }
        return steps(*st, &row, doing);
    }

    Result<void> each(const QString& sql, const std::vector<std::int64_t>& params,
                      const std::function<bool(const RowReader&)>& row, const Doing& doing) override {
        Result<sqlite3_stmt*> st = statement(sql, doing);
        if (!st) {
            return st.takeError();
        }
        for (std::size_t i = 0; i < params.size(); ++i) {
            if (sqlite3_bind_int64(*st, static_cast<int>(i) + 1, static_cast<sqlite3_int64>(params[i])) !=
                SQLITE_OK) {
                return failure(*st, doing);
            }
        }
        return steps(*st, &row, doing);
    }

    Result<std::int64_t> execute(const QString& sql, const SqlValues& values, const Doing& doing) override {
        Result<sqlite3_stmt*> st = statement(sql, doing);
        if (!st) {
            return st.takeError();
        }
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (bindValue(*st, static_cast<int>(i) + 1, values[i]) != SQLITE_OK) {
                return failure(*st, doing);
            }
        }
        if (Result<void> done = steps(*st, nullptr, doing); !done) {
            return done.takeError();
        }
        return static_cast<std::int64_t>(sqlite3_changes(db_));
    }

    Result<Inserted> insertOne(const QString& sql, const SqlValues& values, const Doing& doing) override {
        Result<std::int64_t> changed = execute(sql, values, doing);
        if (!changed) {
            return changed.takeError();
        }
        Inserted out;
        if (*changed > 0) {
            out.inserted = true;
            out.id = static_cast<std::int64_t>(sqlite3_last_insert_rowid(db_));
        }
        return out;
    }

    Result<void> insertRows(const QString& table, const QString& columns, int width, std::size_t count,
                            const AppendRow& append, const Doing& doing) override {
        if (count == 0) {
            return {};
        }
        Result<sqlite3_stmt*> st = insertStatement(table, columns, width, doing);
        if (!st) {
            return st.takeError();
        }
        for (std::size_t row = 0; row < count; ++row) {
            values_.clear();
            append(row, values_);
            for (std::size_t i = 0; i < values_.size(); ++i) {
                if (bindValue(*st, static_cast<int>(i) + 1, values_[i]) != SQLITE_OK) {
                    return failure(*st, doing);
                }
            }
            if (Result<void> done = steps(*st, nullptr, doing); !done) {
                return done;
            }
        }
        return {};
    }

    RowSource& rows() override { return *this; }

private:
    /// The single-row INSERT into `table`, found by the table's name (a list is inserted for every contract).
    Result<sqlite3_stmt*> insertStatement(const QString& table, const QString& columns, int width,
                                          const Doing& doing) {
        if (const auto it = inserts_.constFind(table); it != inserts_.constEnd() && it->first == columns) {
            return it->second;
        }
        QString sql = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns +
                      QStringLiteral(") VALUES (");
        for (int i = 0; i < width; ++i) {
            sql += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
        }
        sql += QStringLiteral(")");
        Result<sqlite3_stmt*> st = statement(sql, doing);
        if (st) {
            inserts_.insert(table, std::make_pair(columns, *st));
        }
        return st;
    }

    Result<sqlite3_stmt*> statement(const QString& sql, const Doing& doing) {
        if (const auto it = prepared_.constFind(sql); it != prepared_.constEnd()) {
            return it.value();
        }
        const QByteArray text = sql.toUtf8();
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v3(db_, text.constData(), static_cast<int>(text.size()),
                               SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK) {
            return failure(st, doing, true);
        }
        prepared_.insert(sql, st);
        return st;
    }

    /// Steps the bound statement to its end, handing each row to `row` until it returns false; leaves it
    /// reset.
    Result<void> steps(sqlite3_stmt* st, const std::function<bool(const RowReader&)>* row,
                       const Doing& doing) {
        const SqliteRow current(st);
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            if (row != nullptr && !(*row)(current)) {
                sqlite3_reset(st);
                return {};
            }
        }
        if (rc != SQLITE_DONE) {
            return failure(st, doing);
        }
        sqlite3_reset(st);
        return {};
    }

    /// The error the connection reports, as Qt's driver would report it; resets the statement (or finalizes
    /// one that could not be prepared).
    StorageError failure(sqlite3_stmt* st, const Doing& doing, bool unprepared = false) {
        const int code = sqlite3_extended_errcode(db_);
        const QString message = QString::fromUtf8(sqlite3_errmsg(db_));
        if (unprepared) {
            sqlite3_finalize(st);
        } else {
            sqlite3_reset(st);
        }
        return connection_.error(QSqlError(unprepared ? QStringLiteral("Unable to execute statement")
                                                      : QStringLiteral("Unable to fetch row"),
                                           message, QSqlError::StatementError, QString::number(code)),
                                 doing);
    }

    Connection& connection_;
    sqlite3* db_;
    QHash<QString, sqlite3_stmt*> prepared_;
    QHash<QString, std::pair<QString, sqlite3_stmt*>> inserts_;
    SqlValues values_;
};

/// The SQLite connection Qt Sql holds, when this program may use it.
sqlite3* nativeHandle(Connection& connection) {
    if (!connection.isSqlite() || connection.database().driver() == nullptr) {
        return nullptr;
    }
    static const bool shared = driverSharesOurSqlite(connection.database().driver());
    if (!shared) {
        return nullptr;
    }
    const QVariant handle = connection.database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.data());
}

} // namespace

std::unique_ptr<RowSource> nativeSqliteRowSource(Connection& connection) {
    sqlite3* db = nativeHandle(connection);
    if (db == nullptr) {
        return nullptr;
    }
    return std::make_unique<NativeRowSource>(connection, db);
}

std::unique_ptr<Statements> nativeSqliteStatements(Connection& connection) {
    sqlite3* db = nativeHandle(connection);
    if (db == nullptr) {
        return nullptr;
    }
    return std::make_unique<NativeStatements>(connection, db);
}

} // namespace attrition::storage::detail
