// Native SQLite reading for bulk loads (compiled when CMake finds an SQLite library).

#include "row_source.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

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

} // namespace

std::unique_ptr<RowSource> nativeSqliteRowSource(Connection& connection) {
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
    sqlite3* db = *static_cast<sqlite3* const*>(handle.data());
    if (db == nullptr) {
        return nullptr;
    }
    return std::make_unique<NativeRowSource>(connection, db);
}

} // namespace attrition::storage::detail
