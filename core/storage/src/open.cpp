#include "attrition/storage/migrations.h"
#include "repository_impl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>
#include <algorithm>
#include <chrono>
#include <thread>

namespace attrition::storage::detail {

namespace {

constexpr const char* kOpening = QT_TRANSLATE_NOOP("StorageText", "Could not open the contract database");
/// 'ATTR', written by the first SQLite migration into the file header.
constexpr std::int64_t kApplicationId = 1096045650;
/// Serializes schema upgrades of a PostgreSQL database between programs starting at the same time.
/// Held while one program upgrades a schema: programs upgrading the same schema wait for each other, those
/// upgrading another schema of the same server do not.
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(971240515, hashtext(current_schema()))";
/// Serializes the creation of a new PostgreSQL schema between programs starting at the same time.
constexpr const char* kSchemaCreationLock = "SELECT pg_advisory_xact_lock(971240516, hashtext(?))";

StorageError openProblem(const std::string& location, ErrorKind kind, const QString& explanation) {
    return StorageError{kind, failureMessage(kOpening, location, explanation), std::nullopt};
}

Result<QStringList> tableNames(Connection& c) {
    const QString sql = c.isSqlite() ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")
                                     : QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                      "WHERE table_schema = current_schema()");
    Result<Rows> rows = c.query(sql, {}, kOpening);
    if (!rows) {
        return rows.takeError();
    }
    QStringList names;
    while (rows->next()) {
        names << rows->value(0).toString();
    }
    if (Result<void> s = rows->status(); !s) {
        return s.takeError();
    }
    return names;
}

/// Sets an SQLite database to write-ahead logging and returns the journal mode it is in. The switch needs
/// the database to itself, and SQLite refuses it at once, without waiting, when other programs are setting
/// up the same new file at that moment; it is tried again until the busy timeout has passed.
Result<QString> switchToWriteAheadLog(Connection& c) {
    const auto deadline = std::chrono::steady_clock::now() + c.busyTimeout();
    for (;;) {
        Result<Rows> mode = c.query(QStringLiteral("PRAGMA journal_mode = WAL"), {}, kOpening);
        if (mode) {
            const QString journal = mode->next() ? mode->value(0).toString() : QString();
            if (Result<void> s = mode->status(); !s) {
                return s.takeError();
            }
            return journal;
        }
        if (mode.error().kind != ErrorKind::Locked || std::chrono::steady_clock::now() >= deadline) {
            return mode.takeError();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

/// A copy of an SQLite database taken before its schema is upgraded: "contracts.sqlite.before-schema-2".
Result<void> backUpBeforeUpgrade(Connection& c, const QString& file, int nextVersion) {
    QString target = file + QStringLiteral(".before-schema-%1").arg(nextVersion);
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = file + QStringLiteral(".before-schema-%1-%2").arg(nextVersion).arg(n);
    }
    Result<std::int64_t> done = c.execute(QStringLiteral("VACUUM INTO ?"), {sqlText(target.toStdString())},
                                          QT_TRANSLATE_NOOP("StorageText", "Could not back up the contract "
                                                                           "database before upgrading it"));
    if (!done) {
        return done.takeError();
    }
    return {};
}

Result<int> migrate(Connection& c, const std::vector<Migration>& migrations, int current, Timestamp now) {
    for (const Migration& m : migrations) {
        if (m.version <= current) {
            continue;
        }
        const Doing doing(
            QT_TRANSLATE_NOOP("StorageText",
                              "Could not upgrade the contract database to schema version %1 (%2)"),
            std::to_string(m.version), m.name);
        Result<Transaction> tx = Transaction::begin(c, Transaction::Kind::Write, doing);
        if (!tx) {
            return tx.takeError();
        }
        if (!c.isSqlite()) {
            if (Result<void> locked = c.executeDirect(QString::fromLatin1(kMigrationLock), doing); !locked) {
                return locked.takeError();
            }
        }
        // Another program may have upgraded the database while this one waited for the lock.
        Result<int> now_at = readSchemaVersion(c, doing);
        if (!now_at) {
            return now_at.takeError();
        }
        if (*now_at >= m.version) {
            current = *now_at;
            continue;
        }
        for (const std::string& statement : splitStatements(m.script)) {
            if (Result<void> done = c.executeDirect(qstr(statement), doing); !done) {
                StorageError e = done.takeError();
                //: %1 is a message saying why an upgrade failed.
                e.message = StorageText::tr("%1 The database was left at schema version %2.")
                                .arg(qstr(e.message), QString::number(*now_at))
                                .toStdString();
                return e;
            }
        }
        Result<std::int64_t> recorded = c.execute(
            QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"),
            {sqlInt(m.version), sqlText(m.name), sqlTimestamp(now)}, doing);
        if (!recorded) {
            return recorded.takeError();
        }
        if (Result<void> committed = tx->commit(doing); !committed) {
            return committed.takeError();
        }
        current = m.version;
    }
    c.clearStatements();
    return current;
}

/// Brings an open database to the program's schema: refuses one that is not a contract database or is
/// newer than the program; sets up an empty one; upgrades an older one.
Result<int> prepareSchema(Connection& c, const std::vector<Migration>& migrations, bool mayInitialize,
                          const QString& sqliteFile, Timestamp now) {
    const int latest = migrations.back().version;
    Result<QStringList> tables = tableNames(c);
    if (!tables) {
        return tables.takeError();
    }
    int version = 0;
    if (tables->contains(QStringLiteral("schema_version"))) {
        if (c.isSqlite()) {
            Result<Rows> rows = c.query(QStringLiteral("PRAGMA application_id"), {}, kOpening);
            if (!rows) {
                return rows.takeError();
            }
            std::int64_t id = 0;
            if (rows->next() && readInt64(rows->value(0), id) && id != 0 && id != kApplicationId) {
                return c.problem(
                    ErrorKind::Corrupt, kOpening,
                    StorageText::tr("the file is a database of another program; it was left unchanged"));
            }
        }
        Result<int> v = readSchemaVersion(c, kOpening);
        if (!v) {
            return v.takeError();
        }
        version = *v;
        if (version > latest) {
            return c.problem(ErrorKind::NewerSchema, kOpening,
                             StorageText::tr("it was written by a newer version of Attrition Desk (schema "
                                             "version %1; this version reads up to %2). Install the newer "
                                             "version to open it; the database was left unchanged")
                                 .arg(QString::number(version), QString::number(latest)));
        }
    } else if (!tables->isEmpty()) {
        return c.problem(
            ErrorKind::Corrupt, kOpening,
            c.isSqlite() ? StorageText::tr("the file is an SQLite database of another program (it holds no "
                                           "contract tables); it was left unchanged")
                         : StorageText::tr("the database (or schema) holds tables of another program; use "
                                           "an empty database or a schema of its own. Nothing was changed"));
    } else if (!mayInitialize) {
        return c.problem(ErrorKind::Corrupt, kOpening,
                         StorageText::tr("the file is an empty SQLite database, not a contract database; it "
                                         "was left unchanged"));
    }

    if (c.isSqlite()) {
        // Only now that the file is known to be ours may its journal mode change (a write to its header).
        Result<QString> switched = switchToWriteAheadLog(c);
        if (!switched) {
            return switched.takeError();
        }
        const QString journal = *switched;
        if (journal.compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
            return c.problem(
                ErrorKind::ReadOnly, kOpening,
                StorageText::tr("the database cannot be switched to write-ahead logging (journal "
                                "mode \"%1\"); its folder may be read-only")
                    .arg(journal));
        }
        for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
            if (Result<void> set = c.executeDirect(QString::fromLatin1(pragma), kOpening); !set) {
                return set.takeError();
            }
        }
    }

    if (version < latest) {
        if (c.isSqlite() && version >= 1) {
            if (Result<void> saved = backUpBeforeUpgrade(c, sqliteFile, version + 1); !saved) {
                return saved.takeError();
            }
        }
        return migrate(c, migrations, version, now);
    }
    return version;
}

Result<std::unique_ptr<Connection>> connectSqlite(const ConnectionSettings& settings,
                                                  const OpenOptions& options, QString& file,
                                                  bool& mayInitialize) {
    const QString path =
        QString::fromStdString(settings.file.empty() ? defaultDatabaseFile() : settings.file);
    const QFileInfo info(path);
    file = info.absoluteFilePath();
    const std::string location = QDir::toNativeSeparators(file).toStdString();
    mayInitialize = false;

    if (path.isEmpty()) {
        return openProblem(location, ErrorKind::InvalidArgument, StorageText::tr("no database file is set"));
    }
    if (info.exists()) {
        if (info.isDir()) {
            return openProblem(location, ErrorKind::InvalidArgument,
                               StorageText::tr("it is a folder, not a database file"));
        }
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            return openProblem(location, ErrorKind::Failed,
                               StorageText::tr("the file cannot be read (%1)").arg(f.errorString()));
        }
        const QByteArray header = f.read(16);
        f.close();
        if (header.isEmpty()) {
            if (!options.createIfMissing) {
                return openProblem(location, ErrorKind::Corrupt,
                                   StorageText::tr("the file is empty; it holds no contracts"));
            }
            mayInitialize = true; // nothing in it can be lost
        } else if (header != QByteArray("SQLite format 3\0", 16)) {
            return openProblem(
                location, ErrorKind::Corrupt,
                StorageText::tr("the file is not a contract database (it is not an SQLite "
                                "database: it may be damaged, or a different kind of file); it "
                                "was left unchanged"));
        }
        if (!header.isEmpty()) {
            mayInitialize = options.createIfMissing; // an SQLite file without any table holds nothing to lose
        }
        if (!info.isWritable()) {
            return openProblem(
                location, ErrorKind::ReadOnly,
                StorageText::tr("the file is read-only; make it writable, or open a copy of it"));
        }
        const QFileInfo folder(info.absolutePath());
        const QFileInfo wal(file + QStringLiteral("-wal"));
        if (!folder.isWritable() && !(wal.exists() && wal.isWritable())) {
            return openProblem(location, ErrorKind::ReadOnly,
                               StorageText::tr("its folder %1 is read-only, and the database needs to keep a "
                                               "journal beside the file")
                                   .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
        }
    } else {
        if (!options.createIfMissing) {
            return openProblem(location, ErrorKind::NotFound, StorageText::tr("the file does not exist"));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return openProblem(location, ErrorKind::Failed,
                               StorageText::tr("its folder %1 cannot be created")
                                   .arg(QDir::toNativeSeparators(info.absolutePath())));
        }
        mayInitialize = true;
    }

    auto c = std::make_unique<Connection>(Engine::SQLite, location, options.busyTimeout);
    if (!c->database().isValid()) {
        return openProblem(location, ErrorKind::Failed,
                           StorageText::tr("the SQLite driver of Qt (QSQLITE) is not installed"));
    }
    // A URI with mode=rw never creates a file, so a file that vanished since the checks above is not
    // replaced by an empty database.
    QString uri = QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded);
    uri += mayInitialize ? QStringLiteral("?mode=rwc") : QStringLiteral("?mode=rw");
    c->database().setDatabaseName(uri);
    c->database().setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1")
                                        .arg(static_cast<qlonglong>(options.busyTimeout.count())));
    if (!c->database().open()) {
        return c->error(c->database().lastError(), kOpening);
    }
    return c;
}

Result<std::unique_ptr<Connection>> connectPostgres(const ConnectionSettings& settings,
                                                    const OpenOptions& options) {
    const std::string location = settings.location();
    if (settings.database.empty()) {
        return openProblem(location, ErrorKind::InvalidArgument, StorageText::tr("no database name is set"));
    }
    QString connectOptions = QString::fromStdString(settings.options).trimmed();
    if (connectOptions.contains(QStringLiteral("password"), Qt::CaseInsensitive)) {
        return openProblem(location, ErrorKind::InvalidArgument,
                           StorageText::tr("the connection options must not hold a password; it is asked for "
                                           "when connecting and never stored"));
    }
    const auto addDefault = [&](const QString& key, const QString& value) {
        if (!connectOptions.contains(key)) {
            connectOptions +=
                (connectOptions.isEmpty() ? QString() : QStringLiteral(";")) + key + QLatin1Char('=') + value;
        }
    };
    addDefault(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    addDefault(QStringLiteral("application_name"), QStringLiteral("attrition-desk"));
    auto c = std::make_unique<Connection>(Engine::PostgreSQL, location, options.busyTimeout);
    QSqlDatabase& db = c->database();
    if (!db.isValid()) {
        return openProblem(
            location, ErrorKind::Failed,
            StorageText::tr(
                "the PostgreSQL driver of Qt (QPSQL) is not installed (package libqt6sql6-psql)"));
    }
    db.setHostName(qstr(settings.host.empty() ? std::string("localhost") : settings.host));
    db.setPort(settings.port);
    db.setDatabaseName(qstr(settings.database));
    db.setUserName(qstr(settings.user));
    if (!options.password.empty()) {
        db.setPassword(qstr(options.password));
    }
    db.setConnectOptions(connectOptions);
    if (!db.open()) {
        StorageError e = c->error(
            db.lastError(), QT_TRANSLATE_NOOP("StorageText", "Could not connect to the contract database"));
        db.setPassword(QString());
        return e;
    }
    db.setPassword(QString()); // the open connection no longer needs it

    if (Result<void> set = c->executeDirect(QStringLiteral("SET client_min_messages = warning"), kOpening);
        !set) {
        return set.takeError();
    }
    const QString lockTimeout =
        QStringLiteral("SET lock_timeout = %1").arg(static_cast<qlonglong>(options.busyTimeout.count()));
    if (Result<void> set = c->executeDirect(lockTimeout, kOpening); !set) {
        return set.takeError();
    }
    if (!settings.schema.empty()) {
        const QString schema = quoteIdentifier(qstr(settings.schema));
        std::int64_t count = 0;
        {
            Result<Rows> found =
                c->query(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = ?"),
                         {sqlText(settings.schema)}, kOpening);
            if (!found) {
                return found.takeError();
            }
            if (found->next()) {
                readInt64(found->value(0), count);
            }
        }
        if (count == 0) {
            if (!options.createIfMissing) {
                return c->problem(
                    ErrorKind::NotFound, kOpening,
                    StorageText::tr("the schema \"%1\" does not exist").arg(qstr(settings.schema)));
            }
            // CREATE SCHEMA IF NOT EXISTS alone fails when two programs create the same schema at once:
            // the second is refused with a duplicate key. They take turns under a lock named by the schema.
            Result<Transaction> tx = Transaction::begin(*c, Transaction::Kind::Write, kOpening);
            if (!tx) {
                return tx.takeError();
            }
            if (Result<Rows> locked =
                    c->query(QString::fromLatin1(kSchemaCreationLock), {sqlText(settings.schema)}, kOpening);
                !locked) {
                return locked.takeError();
            }
            if (Result<void> made =
                    c->executeDirect(QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + schema, kOpening);
                !made) {
                return made.takeError();
            }
            if (Result<void> done = tx->commit(kOpening); !done) {
                return done.takeError();
            }
        }
        if (Result<void> set = c->executeDirect(QStringLiteral("SET search_path TO ") + schema, kOpening);
            !set) {
            return set.takeError();
        }
    }
    return c;
}

} // namespace

Result<int> readSchemaVersion(Connection& c, const Doing& doing) {
    const QString exists =
        c.isSqlite() ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                      "name = 'schema_version'")
                     : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                      "current_schema() AND table_name = 'schema_version'");
    std::int64_t count = 0;
    {
        Result<Rows> rows = c.query(exists, {}, doing);
        if (!rows) {
            return rows.takeError();
        }
        if (rows->next()) {
            readInt64(rows->value(0), count);
        }
        if (Result<void> s = rows->status(); !s) {
            return s.takeError();
        }
    }
    if (count == 0) {
        return 0;
    }
    Result<Rows> rows = c.query(QStringLiteral("SELECT MAX(version) FROM schema_version"), {}, doing);
    if (!rows) {
        return rows.takeError();
    }
    std::int64_t version = 0;
    if (rows->next()) {
        readInt64(rows->value(0), version);
    }
    if (Result<void> s = rows->status(); !s) {
        return s.takeError();
    }
    return static_cast<int>(version);
}

Result<std::unique_ptr<SqlContractRepository::Impl>> openRepository(const ConnectionSettings& settings,
                                                                    const OpenOptions& options) {
    Result<std::vector<Migration>> migrations = options.migrationsDirectory.empty()
                                                    ? builtInMigrations(settings.engine)
                                                    : loadMigrations(options.migrationsDirectory);
    if (!migrations) {
        return migrations.takeError();
    }
    auto impl = std::make_unique<SqlContractRepository::Impl>();
    impl->clock = options.clock;
    impl->nativeBulkReads = options.nativeBulkReads;
    impl->nativeBulkWrites = options.nativeBulkWrites;
    impl->latestVersion = migrations->back().version;

    QString sqliteFile;
    bool mayInitialize = true;
    Result<std::unique_ptr<Connection>> connection =
        settings.engine == Engine::SQLite ? connectSqlite(settings, options, sqliteFile, mayInitialize)
                                          : connectPostgres(settings, options);
    if (!connection) {
        return connection.takeError();
    }
    impl->connection = std::move(*connection);
    Result<int> version =
        prepareSchema(*impl->connection, *migrations, mayInitialize, sqliteFile, impl->now());
    if (!version) {
        return version.takeError();
    }
    impl->schemaVersion = *version;
    return impl;
}

} // namespace attrition::storage::detail
