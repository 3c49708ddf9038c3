#include "sql_support.h"

#include <QAtomicInteger>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <limits>
#include <utility>

namespace attrition::storage::detail {

// ---------------------------------------------------------------------------------------------------------
// Values from SQL

bool readInt64(const QVariant& v, std::int64_t& out) {
    if (v.isNull()) {
        return false;
    }
    bool ok = false;
    const qlonglong value = v.toLongLong(&ok);
    if (!ok) {
        return false;
    }
    out = static_cast<std::int64_t>(value);
    return true;
}

bool readInt32(const QVariant& v, std::int32_t& out) {
    std::int64_t value = 0;
    if (!readInt64(v, value) || value < std::numeric_limits<std::int32_t>::min() ||
        value > std::numeric_limits<std::int32_t>::max()) {
        return false;
    }
    out = static_cast<std::int32_t>(value);
    return true;
}

bool readBool(const QVariant& v, bool& out) {
    if (v.isNull()) {
        return false;
    }
    if (v.typeId() == QMetaType::Bool) {
        out = v.toBool();
        return true;
    }
    std::int64_t value = 0;
    if (!readInt64(v, value) || (value != 0 && value != 1)) {
        return false;
    }
    out = value == 1;
    return true;
}

bool readText(const QVariant& v, std::string& out) {
    if (v.isNull()) {
        out.clear();
        return true;
    }
    out = v.toString().toStdString();
    return true;
}

bool readDate(const QVariant& v, Date& out) {
    if (v.isNull()) {
        return false;
    }
    std::optional<Date> date;
    if (v.typeId() == QMetaType::QDate) {
        const QDate d = v.toDate();
        date = d.isValid() ? Date::fromYmd(d.year(), d.month(), d.day()) : std::nullopt;
    } else if (v.typeId() == QMetaType::QString) {
        const QStringView text(*static_cast<const QString*>(v.constData()));
        date = parseIsoDate(text.utf16(), static_cast<std::size_t>(text.size()));
    } else {
        const QString text = v.toString();
        date = parseIsoDate(QStringView(text).utf16(), static_cast<std::size_t>(text.size()));
    }
    if (!date) {
        return false;
    }
    out = *date;
    return true;
}

bool readDate(const QVariant& v, std::optional<Date>& out) {
    if (v.isNull()) {
        out.reset();
        return true;
    }
    Date date;
    if (!readDate(v, date)) {
        return false;
    }
    out = date;
    return true;
}

bool readPercent(const QVariant& v, Percent& out) {
    std::int64_t ppm = 0;
    if (!readInt64(v, ppm)) {
        return false;
    }
    out = Percent::fromPartsPerMillion(ppm);
    return true;
}

bool readPercent(const QVariant& v, std::optional<Percent>& out) {
    if (v.isNull()) {
        out.reset();
        return true;
    }
    Percent p;
    if (!readPercent(v, p)) {
        return false;
    }
    out = p;
    return true;
}

bool readCurrency(const QVariant& v, Currency& out) {
    const QString text = v.toString();
    if (text.isEmpty()) {
        out = Currency{};
        return true;
    }
    if (text.size() != 3) {
        return false;
    }
    char code[3];
    for (int i = 0; i < 3; ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7f) {
            return false;
        }
        code[i] = static_cast<char>(c);
    }
    const std::optional<Currency> currency = Currency::fromCode(std::string_view(code, 3));
    if (!currency) {
        return false;
    }
    out = *currency;
    return true;
}

bool readMoney(const QVariant& minor, const QVariant& currency, Money& out) {
    std::int64_t units = 0;
    Currency cur;
    if (!readInt64(minor, units) || !readCurrency(currency, cur)) {
        return false;
    }
    out = Money(units, cur);
    return true;
}

bool readTimestamp(const QVariant& v, Timestamp& out) {
    if (v.isNull()) {
        return false;
    }
    if (v.typeId() == QMetaType::QDateTime) {
        const QDateTime dt = v.toDateTime();
        if (!dt.isValid()) {
            return false;
        }
        out = Timestamp{dt.toMSecsSinceEpoch()};
        return true;
    }
    const std::optional<Timestamp> t = Timestamp::parseIso(v.toString().toStdString());
    if (!t) {
        return false;
    }
    out = *t;
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// RowReader

bool RowReader::int32(int column, std::int32_t& out) const {
    std::int64_t value = 0;
    if (!int64(column, value) || value < std::numeric_limits<std::int32_t>::min() ||
        value > std::numeric_limits<std::int32_t>::max()) {
        return false;
    }
    out = static_cast<std::int32_t>(value);
    return true;
}

bool RowReader::percent(int column, Percent& out) const {
    std::int64_t ppm = 0;
    if (!int64(column, ppm)) {
        return false;
    }
    out = Percent::fromPartsPerMillion(ppm);
    return true;
}

bool RowReader::percent(int column, std::optional<Percent>& out) const {
    if (isNull(column)) {
        out.reset();
        return true;
    }
    Percent p;
    if (!percent(column, p)) {
        return false;
    }
    out = p;
    return true;
}

bool RowReader::date(int column, std::optional<Date>& out) const {
    if (isNull(column)) {
        out.reset();
        return true;
    }
    Date d;
    if (!date(column, d)) {
        return false;
    }
    out = d;
    return true;
}

bool RowReader::money(int minorColumn, Money& out) const {
    std::int64_t units = 0;
    Currency cur;
    if (!int64(minorColumn, units) || !currency(minorColumn + 1, cur)) {
        return false;
    }
    out = Money(units, cur);
    return true;
}

bool RowReader::minorUnits(int column, Money& out) const {
    std::int64_t units = 0;
    if (!int64(column, units)) {
        return false;
    }
    out = Money(units, out.currency());
    return true;
}

bool RowReader::moneyCurrency(int column, Money& out) const {
    Currency cur;
    if (!currency(column, cur)) {
        return false;
    }
    out = Money(out.minorUnits(), cur);
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// Messages

QString Doing::text() const {
    const int n =
        count_ < 0 ? -1 : static_cast<int>(std::min<std::int64_t>(count_, std::numeric_limits<int>::max()));
    const QString pattern = StorageText::tr(source_, nullptr, n);
    switch (args_) {
    case 1:
        return pattern.arg(qstr(arg1_));
    case 2:
        return pattern.arg(qstr(arg1_), qstr(arg2_));
    default:
        return pattern;
    }
}

std::string failureMessage(const Doing& doing, std::string_view location, const QString& explanation) {
    //: A problem with a database: %1 what could not be done, %2 the database, %3 why.
    return StorageText::tr("%1 in %2: %3.").arg(doing.text(), qstr(location), explanation).toStdString();
}

std::string refusalMessage(const Doing& doing, const QString& reason) {
    //: A request refused before the database was asked: %1 what could not be done, %2 why.
    return StorageText::tr("%1: %2.").arg(doing.text(), reason).toStdString();
}

// ---------------------------------------------------------------------------------------------------------
// Rows

Rows::Rows(Connection& connection, QSqlQuery* query, std::unique_ptr<QSqlQuery> owned, Doing doing)
    : connection_(&connection)
    , query_(query)
    , owned_(std::move(owned))
    , doing_(std::move(doing)) {}

Rows::Rows(Rows&& other) noexcept
    : connection_(other.connection_)
    , query_(std::exchange(other.query_, nullptr))
    , owned_(std::move(other.owned_))
    , doing_(std::move(other.doing_)) {}

Rows::~Rows() {
    if (query_ != nullptr) {
        query_->finish();
    }
}

Result<void> Rows::status() const {
    const QSqlError e = query_->lastError();
    if (e.type() != QSqlError::NoError) {
        return connection_->error(e, doing_);
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------
// Connection

namespace {

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("attrition-storage-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

QString oneLine(const QString& text) {
    QString s = text.simplified();
    while (s.endsWith(QLatin1Char('.'))) {
        s.chop(1);
    }
    return s;
}

struct Explanation {
    ErrorKind kind;
    QString text;
};

QString seconds(std::chrono::milliseconds wait) {
    return QString::number((wait.count() + 999) / 1000);
}

Explanation explainSqlite(const QSqlError& e, std::chrono::milliseconds busyTimeout) {
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok) & 0xff;
    switch (ok ? code : -1) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {ErrorKind::Locked,
                StorageText::tr("another program is using the database and did not let go of it within %1 s; "
                                "close the other program or try again in a moment")
                    .arg(seconds(busyTimeout))};
    case 8: // SQLITE_READONLY
        return {
            ErrorKind::ReadOnly,
            StorageText::tr("the database cannot be written: the file or its folder is read-only, or it is "
                            "on a read-only disk")};
    case 3:  // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return {ErrorKind::ReadOnly,
                StorageText::tr("the system does not allow this program to write the database")};
    case 11: // SQLITE_CORRUPT
        return {ErrorKind::Corrupt,
                StorageText::tr("the database file is damaged; restore it from a backup")};
    case 26: // SQLITE_NOTADB
        return {ErrorKind::Corrupt,
                StorageText::tr("the file is not a database (it may be damaged or of another kind)")};
    case 13: // SQLITE_FULL
        return {ErrorKind::Failed, StorageText::tr("the disk is full")};
    case 10: // SQLITE_IOERR
        return {ErrorKind::Failed, StorageText::tr("the disk reported an input/output error")};
    case 14: // SQLITE_CANTOPEN
        return {ErrorKind::Failed, StorageText::tr("the database file cannot be opened")};
    case 19: // SQLITE_CONSTRAINT
        return {ErrorKind::Failed, StorageText::tr("the change breaks a rule of the database")};
    default:
        return {ErrorKind::Failed, StorageText::tr("the database reported an error")};
    }
}

Explanation explainPostgres(const QSqlError& e, std::chrono::milliseconds busyTimeout) {
    const QString state = e.nativeErrorCode().trimmed();
    const QString text = e.databaseText() + QLatin1Char(' ') + e.driverText();
    if (state.startsWith(QLatin1String("28")) || text.contains(QLatin1String("authentication failed")) ||
        text.contains(QLatin1String("no password supplied"))) {
        return {ErrorKind::Connection,
                StorageText::tr("the server refused the login; check the user name and password")};
    }
    if (state == QLatin1String("3D000") ||
        (text.contains(QLatin1String("database")) && text.contains(QLatin1String("does not exist")))) {
        return {ErrorKind::NotFound, StorageText::tr("the database does not exist on the server")};
    }
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
        (state.isEmpty() && e.type() == QSqlError::ConnectionError)) {
        return {
            ErrorKind::Connection,
            StorageText::tr("the connection to the server failed; check the server address and that it is "
                            "running")};
    }
    if (state == QLatin1String("55P03") || state == QLatin1String("57014")) {
        return {ErrorKind::Locked,
                StorageText::tr("another session held the data and did not let go of it within %1 s; try "
                                "again in a moment")
                    .arg(seconds(busyTimeout))};
    }
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")) {
        return {
            ErrorKind::Locked,
            StorageText::tr("the server stopped this change because of another one made at the same time; "
                            "try again")};
    }
    if (state == QLatin1String("25006")) {
        return {ErrorKind::ReadOnly, StorageText::tr("the server accepts no changes (it is read-only)")};
    }
    if (state == QLatin1String("42501")) {
        return {ErrorKind::ReadOnly, StorageText::tr("this database user is not allowed to make the change")};
    }
    if (state.startsWith(QLatin1String("53"))) {
        return {ErrorKind::Failed, StorageText::tr("the server is out of disk space or memory")};
    }
    if (state.startsWith(QLatin1String("XX"))) {
        return {ErrorKind::Corrupt, StorageText::tr("the server reports damaged data")};
    }
    if (state.startsWith(QLatin1String("23"))) {
        return {ErrorKind::Failed, StorageText::tr("the change breaks a rule of the database")};
    }
    if (state == QLatin1String("42P01") || state == QLatin1String("42703")) {
        return {ErrorKind::Corrupt,
                StorageText::tr("the database lacks a table or column of contract storage")};
    }
    return {ErrorKind::Failed, StorageText::tr("the server reported an error")};
}

} // namespace

Connection::Connection(Engine engine, std::string location, std::chrono::milliseconds busyTimeout)
    : engine_(engine)
    , location_(std::move(location))
    , busyTimeout_(busyTimeout)
    , name_(nextConnectionName()) {
    db_ = QSqlDatabase::addDatabase(
        engine == Engine::PostgreSQL ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name_);
}

Connection::~Connection() {
    clearStatements();
    if (db_.isOpen()) {
        db_.close();
    }
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(name_);
}

void Connection::clearStatements() {
    statements_.clear();
}

StorageError Connection::error(const QSqlError& e, const Doing& doing) const {
    const Explanation x =
        engine_ == Engine::PostgreSQL ? explainPostgres(e, busyTimeout_) : explainSqlite(e, busyTimeout_);
    // What the driver said stays as it said it.
    const QString detail = oneLine(e.databaseText().isEmpty() ? e.driverText() : e.databaseText());
    if (detail.isEmpty()) {
        return StorageError{x.kind, failureMessage(doing, location_, x.text), std::nullopt};
    }
    //: An error the database reported: %1 what could not be done, %2 the database, %3 why, %4 the
    //: database's own words.
    const QString message =
        StorageText::tr("%1 in %2: %3. (%4)").arg(doing.text(), qstr(location_), x.text, detail);
    return StorageError{x.kind, message.toStdString(), std::nullopt};
}

StorageError Connection::problem(ErrorKind kind, const Doing& doing, const QString& explanation) const {
    return StorageError{kind, failureMessage(doing, location_, explanation), std::nullopt};
}

Result<QSqlQuery*> Connection::prepared(const QString& sql, std::unique_ptr<QSqlQuery>& owned,
                                        const Doing& doing) {
    const auto it = statements_.constFind(sql);
    if (it != statements_.constEnd()) {
        if (!it.value()->isActive()) {
            return it.value().get();
        }
        // The cached statement is still being read (a nested use): this one lives as long as its rows.
        owned = std::make_unique<QSqlQuery>(db_);
        owned->setForwardOnly(true);
        if (!owned->prepare(sql)) {
            return error(owned->lastError(), doing);
        }
        return owned.get();
    }
    auto query = std::make_shared<QSqlQuery>(db_);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        return error(query->lastError(), doing);
    }
    QSqlQuery* raw = query.get();
    statements_.insert(sql, std::move(query));
    return raw;
}

Result<Rows> Connection::query(const QString& sql, const QVariantList& params, const Doing& doing) {
    std::unique_ptr<QSqlQuery> owned;
    Result<QSqlQuery*> q = prepared(sql, owned, doing);
    if (!q) {
        return q.takeError();
    }
    QSqlQuery* query = *q;
    for (qsizetype i = 0; i < params.size(); ++i) {
        query->bindValue(static_cast<int>(i), params[i]);
    }
    if (!query->exec()) {
        StorageError e = error(query->lastError(), doing);
        query->finish();
        return e;
    }
    return Rows(*this, query, std::move(owned), doing);
}

Result<std::int64_t> Connection::execute(const QString& sql, const QVariantList& params, const Doing& doing) {
    std::unique_ptr<QSqlQuery> owned;
    Result<QSqlQuery*> q = prepared(sql, owned, doing);
    if (!q) {
        return q.takeError();
    }
    QSqlQuery* query = *q;
    for (qsizetype i = 0; i < params.size(); ++i) {
        query->bindValue(static_cast<int>(i), params[i]);
    }
    if (!query->exec()) {
        StorageError e = error(query->lastError(), doing);
        query->finish();
        return e;
    }
    const std::int64_t affected = query->numRowsAffected();
    query->finish();
    return affected;
}

Result<void> Connection::executeDirect(const QString& sql, const Doing& doing) {
    QSqlQuery query(db_);
    if (!query.exec(sql)) {
        return error(query.lastError(), doing);
    }
    query.finish();
    return {};
}

// ---------------------------------------------------------------------------------------------------------
// Transaction

Result<Transaction> Transaction::begin(Connection& connection, Kind kind, const Doing& doing) {
    if (connection.transactionDepth > 0) {
        if (kind == Kind::Write && !connection.inWriteTransaction) {
            return connection.problem(
                ErrorKind::InvalidArgument, doing,
                StorageText::tr("the contracts are being read one by one on this connection; make changes "
                                "after that reading has finished"));
        }
        ++connection.transactionDepth;
        return Transaction(connection, true);
    }
    QString sql;
    if (connection.isSqlite()) {
        sql = kind == Kind::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    } else {
        sql = kind == Kind::Write ? QStringLiteral("BEGIN")
                                  : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }
    Result<void> begun = connection.executeDirect(sql, doing);
    if (!begun) {
        return begun.takeError();
    }
    connection.transactionDepth = 1;
    connection.inWriteTransaction = kind == Kind::Write;
    return Transaction(connection, false);
}

Transaction::Transaction(Transaction&& other) noexcept
    : connection_(other.connection_)
    , joined_(other.joined_)
    , open_(std::exchange(other.open_, false)) {}

Transaction::~Transaction() {
    rollback();
}

Result<void> Transaction::commit(const Doing& doing) {
    if (!open_) {
        return {};
    }
    if (joined_) {
        open_ = false;
        --connection_->transactionDepth;
        return {};
    }
    Result<void> committed = connection_->executeDirect(QStringLiteral("COMMIT"), doing);
    if (!committed) {
        rollback();
        return committed;
    }
    open_ = false;
    connection_->transactionDepth = 0;
    connection_->inWriteTransaction = false;
    return {};
}

void Transaction::rollback() {
    if (!open_) {
        return;
    }
    open_ = false;
    if (joined_) {
        --connection_->transactionDepth;
        return;
    }
    (void)connection_->executeDirect(QStringLiteral("ROLLBACK"),
                                     QT_TRANSLATE_NOOP("StorageText", "Could not roll back"));
    connection_->transactionDepth = 0;
    connection_->inWriteTransaction = false;
}

QString escapeLike(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_')) {
            out += QLatin1Char('\\');
        }
        out += c;
    }
    return out;
}

QString quoteIdentifier(const QString& name) {
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace attrition::storage::detail
