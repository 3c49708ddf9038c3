// The SQLite database file: created on first start, and a clear message -- never a crash, never a new empty
// database written over the user's file -- when it is missing, of another kind, damaged, newer than the
// program, read-only, or locked by another program.

#include "attrition/storage/migrations.h"
#include "attrition/storage/sample_data.h"
#include "storage_test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace attrition::storage::test {
namespace {

/// A plain QSQLITE connection for looking at or tampering with a file behind the repository's back.
class RawSqlite {
public:
    explicit RawSqlite(const QString& file)
        : name_(QStringLiteral("raw-%1").arg(++counter_)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
        db.setDatabaseName(file);
        db.open();
    }
    ~RawSqlite() {
        {
            QSqlDatabase db = QSqlDatabase::database(name_, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name_);
    }
    bool exec(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(name_, false));
        const bool ok = q.exec(sql);
        EXPECT_TRUE(ok) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return ok;
    }
    QVariant value(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(name_, false));
        if (!q.exec(sql) || !q.next()) {
            return {};
        }
        return q.value(0);
    }

private:
    static inline int counter_ = 0;
    QString name_;
};

QByteArray fileHash(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool runningAsRoot() {
    return ::geteuid() == 0;
}

class SqliteFileTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(dir_.isValid()); }

    QString file(const QString& name) const { return dir_.filePath(name); }

    static Result<std::unique_ptr<SqlContractRepository>> openFile(const QString& path, bool create = false,
                                                                   int busyMs = 5000) {
        ConnectionSettings settings;
        settings.file = path.toStdString();
        OpenOptions options;
        options.createIfMissing = create;
        options.busyTimeout = std::chrono::milliseconds(busyMs);
        return SqlContractRepository::open(settings, options);
    }

    /// A database with `count` sample contracts, closed again.
    static void makeDatabase(const QString& path, int count) {
        auto repo = openFile(path, true);
        ASSERT_TRUE(repo.ok()) << repo.error().message;
        SampleDataOptions sample;
        sample.contracts = count;
        sample.seed = 3;
        Result<std::int64_t> saved = populateSampleData(**repo, sample);
        ASSERT_TRUE(saved.ok()) << saved.error().message;
    }

    static void expectNamesTheFile(const StorageError& e, const QString& path) {
        EXPECT_NE(e.message.find(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toStdString()),
                  std::string::npos)
            << e.message;
    }

    QTemporaryDir dir_;
};

// --- Creating -------------------------------------------------------------------------------------------

TEST_F(SqliteFileTest, TheDefaultDatabaseIsCreatedOnFirstStartUnderTheDataLocation) {
    const QString path = QString::fromStdString(defaultDatabaseFile());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    ASSERT_TRUE(path.startsWith(folder)) << path.toStdString();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
    {
        auto repo = SqlContractRepository::openDefault();
        ASSERT_TRUE(repo.ok()) << repo.error().message;
        EXPECT_TRUE(QFileInfo::exists(path));
        EXPECT_EQ((*repo)->location(), QDir::toNativeSeparators(path).toStdString());
        ASSERT_STORAGE_OK((*repo)->save(fullContract("FIRST-1"), kNewContract, "ana"));
    }
    {
        auto again = SqlContractRepository::openDefault(); // the second start finds the same file
        ASSERT_TRUE(again.ok()) << again.error().message;
        ASSERT_OK_AND_ASSIGN(loaded, (*again)->loadByReference("FIRST-1"));
        expectSameContract(fullContract("FIRST-1"), loaded.contract);
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

TEST_F(SqliteFileTest, TheFileIsInWalModeWithForeignKeysEnforced) {
    const QString path = file(QStringLiteral("wal.sqlite"));
    {
        auto repo = openFile(path, true);
        ASSERT_TRUE(repo.ok()) << repo.error().message;
        ASSERT_OK_AND_ASSIGN(saved, (*repo)->save(fullContract("W-1"), kNewContract, "ana"));
        EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral("-wal")));
        // Removing a contract removes its rows in the list tables only if foreign keys are enforced.
        ASSERT_STORAGE_OK((*repo)->remove(saved.id, 1, "ana"));
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(20);
    EXPECT_EQ(header[18], 2) << "file format write version 2 means WAL";
    EXPECT_EQ(header[19], 2) << "file format read version 2 means WAL";
    RawSqlite raw(path);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM block_entries")).toInt(), 0);
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA application_id")).toLongLong(), 1096045650);
}

TEST_F(SqliteFileTest, CreatingMakesTheMissingFolders) {
    const QString path = file(QStringLiteral("a/b/c/contracts.sqlite"));
    auto repo = openFile(path, true);
    ASSERT_TRUE(repo.ok()) << repo.error().message;
    EXPECT_TRUE(QFileInfo::exists(path));
}

// --- Refusing -------------------------------------------------------------------------------------------

TEST_F(SqliteFileTest, AMissingFileIsReportedAndNotCreated) {
    const QString path = file(QStringLiteral("missing.sqlite"));
    auto repo = openFile(path);
    ASSERT_FALSE(repo.ok());
    EXPECT_EQ(repo.error().kind, ErrorKind::NotFound);
    expectNamesTheFile(repo.error(), path);
    EXPECT_NE(repo.error().message.find("does not exist"), std::string::npos) << repo.error().message;
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST_F(SqliteFileTest, AFolderIsNotADatabase) {
    auto repo = openFile(dir_.path(), true);
    ASSERT_FALSE(repo.ok());
    EXPECT_EQ(repo.error().kind, ErrorKind::InvalidArgument);
    EXPECT_NE(repo.error().message.find("folder"), std::string::npos) << repo.error().message;
}

TEST_F(SqliteFileTest, AnEmptyFileIsRefusedUnlessCreating) {
    const QString path = file(QStringLiteral("empty.sqlite"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    auto refused = openFile(path);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Corrupt);
    expectNamesTheFile(refused.error(), path);
    EXPECT_EQ(QFileInfo(path).size(), 0);
    auto created = openFile(path, true); // nothing in it can be lost
    ASSERT_TRUE(created.ok()) << created.error().message;
}

TEST_F(SqliteFileTest, AFileOfAnotherKindIsRefusedAndLeftUnchanged) {
    const std::vector<std::pair<QString, QByteArray>> files{
        {QStringLiteral("notes.sqlite"), QByteArray("These are my notes, not a database.\n")},
        {QStringLiteral("picture.sqlite"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)},
        {QStringLiteral("noise.sqlite"), QByteArray(8192, '\xA5')},
    };
    for (const auto& [name, content] : files) {
        const QString path = file(name);
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray before = fileHash(path);
        for (bool create : {false, true}) {
            auto repo = openFile(path, create);
            ASSERT_FALSE(repo.ok()) << name.toStdString();
            EXPECT_EQ(repo.error().kind, ErrorKind::Corrupt);
            expectNamesTheFile(repo.error(), path);
            EXPECT_NE(repo.error().message.find("not an SQLite database"), std::string::npos)
                << repo.error().message;
        }
        EXPECT_EQ(fileHash(path), before) << name.toStdString();
        EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    }
}

TEST_F(SqliteFileTest, AnSqliteDatabaseOfAnotherProgramIsRefusedAndLeftUnchanged) {
    const QString path = file(QStringLiteral("other.sqlite"));
    {
        RawSqlite raw(path);
        raw.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO recipes VALUES ('bread')"));
    }
    const QByteArray before = fileHash(path);
    for (bool create : {false, true}) {
        auto repo = openFile(path, create);
        ASSERT_FALSE(repo.ok());
        EXPECT_EQ(repo.error().kind, ErrorKind::Corrupt);
        EXPECT_NE(repo.error().message.find("another program"), std::string::npos) << repo.error().message;
        expectNamesTheFile(repo.error(), path);
    }
    EXPECT_EQ(fileHash(path), before);
    RawSqlite raw(path);
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
}

TEST_F(SqliteFileTest, AnEmptySqliteDatabaseIsSetUpOnlyWhenCreating) {
    const QString path = file(QStringLiteral("blank.sqlite"));
    {
        RawSqlite raw(path);
        raw.exec(QStringLiteral("PRAGMA user_version = 7")); // writes the file, creates no table
    }
    auto refused = openFile(path);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Corrupt);
    auto created = openFile(path, true);
    ASSERT_TRUE(created.ok()) << created.error().message;
}

TEST_F(SqliteFileTest, ADatabaseOfANewerProgramIsRefusedAndLeftUnchanged) {
    const QString path = file(QStringLiteral("newer.sqlite"));
    makeDatabase(path, 5);
    {
        RawSqlite raw(path);
        raw.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES "
                                "(99, 'from_the_future', '2030-01-01T00:00:00.000Z')"));
        raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QByteArray before = fileHash(path);
    auto repo = openFile(path, true);
    ASSERT_FALSE(repo.ok());
    EXPECT_EQ(repo.error().kind, ErrorKind::NewerSchema);
    expectNamesTheFile(repo.error(), path);
    EXPECT_NE(repo.error().message.find("newer version"), std::string::npos) << repo.error().message;
    EXPECT_NE(repo.error().message.find("schema version 99"), std::string::npos) << repo.error().message;
    EXPECT_NE(repo.error().message.find("up to " + std::to_string(latestSchemaVersion(Engine::SQLite))),
              std::string::npos)
        << repo.error().message;
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(SqliteFileTest, ANewerProgramUpgradingTheFileWhileItIsOpenStopsWrites) {
    const QString path = file(QStringLiteral("upgraded.sqlite"));
    auto repo = openFile(path, true);
    ASSERT_TRUE(repo.ok()) << repo.error().message;
    {
        RawSqlite raw(path);
        // The version after this program's own, whatever that is.
        raw.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES "
                                "(%1, 'later', '2030-01-01T00:00:00.000Z')")
                     .arg(latestSchemaVersion(Engine::SQLite) + 1));
    }
    const Result<SaveReceipt> saved = (*repo)->save(fullContract("LATE-1"), kNewContract, "ana");
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, ErrorKind::NewerSchema);
    EXPECT_NE(saved.error().message.find("newer version"), std::string::npos) << saved.error().message;
}

// --- Damage ---------------------------------------------------------------------------------------------

/// Runs every reading operation; returns the kinds of the errors they gave (none of them may crash).
std::vector<ErrorKind> readEverything(SqlContractRepository& repo, const QString& path) {
    std::vector<ErrorKind> errors;
    const auto note = [&](const StorageError& e) {
        errors.push_back(e.kind);
        EXPECT_NE(e.message.find(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toStdString()),
                  std::string::npos)
            << e.message;
    };
    ContractQuery q;
    q.limit = 0;
    if (auto page = repo.listContracts(q); !page) {
        note(page.error());
    }
    q.filter.text = "Society";
    if (auto page = repo.listContracts(q); !page) {
        note(page.error());
    }
    if (auto all = repo.forEachContract([](const StoredContract&) { return true; }); !all) {
        note(all.error());
    }
    if (auto accounts = repo.accounts(); !accounts) {
        note(accounts.error());
    }
    if (auto trail = repo.auditTrail(AuditQuery{}); !trail) {
        note(trail.error());
    }
    if (auto saved = repo.save(fullContract("AFTER-DAMAGE"), kNewContract, "ana"); !saved) {
        note(saved.error());
    }
    if (auto problems = repo.checkIntegrity(); !problems) {
        note(problems.error());
    } else if (!problems->empty()) {
        errors.push_back(ErrorKind::Corrupt);
    }
    return errors;
}

void damage(const QString& path, qint64 from, qint64 length, char fill) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.seek(from));
    f.write(QByteArray(static_cast<qsizetype>(length), fill));
}

TEST_F(SqliteFileTest, DamagedPagesGiveClearErrorsNotACrash) {
    const QString path = file(QStringLiteral("damaged.sqlite"));
    makeDatabase(path, 400);
    const qint64 size = QFileInfo(path).size();
    ASSERT_GT(size, 64 * 4096);
    damage(path, size / 4, size / 2, '\xAB');

    auto repo = openFile(path);
    if (!repo) {
        EXPECT_EQ(repo.error().kind, ErrorKind::Corrupt) << repo.error().message;
        expectNamesTheFile(repo.error(), path);
        return;
    }
    const std::vector<ErrorKind> errors = readEverything(**repo, path);
    ASSERT_FALSE(errors.empty()) << "damage went unnoticed";
    for (ErrorKind kind : errors) {
        EXPECT_TRUE(kind == ErrorKind::Corrupt || kind == ErrorKind::InvalidData) << toString(kind);
    }
}

TEST_F(SqliteFileTest, ATruncatedFileGivesClearErrorsNotACrash) {
    const QString path = file(QStringLiteral("truncated.sqlite"));
    makeDatabase(path, 400);
    QFile f(path);
    ASSERT_TRUE(f.resize(f.size() / 2));
    auto repo = openFile(path);
    if (!repo) {
        EXPECT_EQ(repo.error().kind, ErrorKind::Corrupt) << repo.error().message;
        return;
    }
    const std::vector<ErrorKind> errors = readEverything(**repo, path);
    ASSERT_FALSE(errors.empty()) << "damage went unnoticed";
    for (ErrorKind kind : errors) {
        EXPECT_TRUE(kind == ErrorKind::Corrupt || kind == ErrorKind::InvalidData) << toString(kind);
    }
}

TEST_F(SqliteFileTest, ADamagedFirstPageIsRefused) {
    const QString path = file(QStringLiteral("header.sqlite"));
    makeDatabase(path, 20);
    damage(path, 16, 4000, '\x5A'); // the header after its magic string, and the schema page
    const QByteArray before = fileHash(path);
    auto repo = openFile(path, true);
    ASSERT_FALSE(repo.ok());
    EXPECT_EQ(repo.error().kind, ErrorKind::Corrupt) << repo.error().message;
    expectNamesTheFile(repo.error(), path);
    EXPECT_EQ(fileHash(path), before);
}

// --- Permissions ------------------------------------------------------------------------------------------

/// Opens the file and saves a contract as someone who may not write it: this process, or -- when it runs
/// as root, who may write anything -- the helper as the user nobody. "open ok" / "open KIND MESSAGE"...
std::vector<std::string> openAsUnprivileged(const QString& path) {
    std::vector<std::string> lines;
    if (!runningAsRoot()) {
        ConnectionSettings settings;
        settings.file = path.toStdString();
        auto repo = SqlContractRepository::open(settings, OpenOptions{});
        if (!repo) {
            lines.push_back("open " + std::string(toString(repo.error().kind)) + " " + repo.error().message);
            return lines;
        }
        lines.emplace_back("open ok");
        auto saved = (*repo)->save(fullContract("RO-1"), kNewContract, "ana");
        lines.push_back(saved ? std::string("save ok")
                              : "save " + std::string(toString(saved.error().kind)) + " " +
                                    saved.error().message);
        return lines;
    }
    HelperProcess helper;
    EXPECT_TRUE(helper.start({"open", path.toStdString(), "as-nobody"}));
    while (std::optional<std::string> line = helper.readLine(20000)) {
        lines.push_back(*line);
    }
    helper.wait();
    return lines;
}

TEST_F(SqliteFileTest, AReadOnlyFileIsReportedAsReadOnly) {
    const QString path = file(QStringLiteral("readonly.sqlite"));
    makeDatabase(path, 3);
    const QByteArray before = fileHash(path);
    ASSERT_EQ(::chmod(dir_.path().toLocal8Bit().constData(), 0777), 0);
    ASSERT_EQ(::chmod(path.toLocal8Bit().constData(), 0444), 0);
    const std::vector<std::string> lines = openAsUnprivileged(path);
    ::chmod(path.toLocal8Bit().constData(), 0644);
    ::chmod(dir_.path().toLocal8Bit().constData(), 0700);
    ASSERT_FALSE(lines.empty());
    if (lines[0].rfind("error cannot become nobody", 0) == 0) {
        GTEST_SKIP() << "running as root, and unable to test as the user nobody here";
    }
    EXPECT_EQ(lines[0].rfind("open read-only ", 0), 0U) << lines[0];
    EXPECT_NE(lines[0].find(QDir::toNativeSeparators(path).toStdString()), std::string::npos) << lines[0];
    EXPECT_NE(lines[0].find("read-only"), std::string::npos) << lines[0];
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(SqliteFileTest, AReadOnlyFolderIsReportedAsReadOnly) {
    const QString folder = file(QStringLiteral("locked-folder"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/contracts.sqlite");
    makeDatabase(path, 3);
    ASSERT_EQ(::chmod(dir_.path().toLocal8Bit().constData(), 0755), 0);
    ASSERT_EQ(::chmod(path.toLocal8Bit().constData(), 0666), 0);
    ASSERT_EQ(::chmod(folder.toLocal8Bit().constData(), 0555), 0);
    const std::vector<std::string> lines = openAsUnprivileged(path);
    ::chmod(folder.toLocal8Bit().constData(), 0755);
    ::chmod(dir_.path().toLocal8Bit().constData(), 0700);
    ASSERT_FALSE(lines.empty());
    if (lines[0].rfind("error cannot become nobody", 0) == 0) {
        GTEST_SKIP() << "running as root, and unable to test as the user nobody here";
    }
    EXPECT_EQ(lines[0].rfind("open read-only ", 0), 0U) << lines[0];
    EXPECT_NE(lines[0].find("folder"), std::string::npos) << lines[0];
}

// --- Locks ------------------------------------------------------------------------------------------------

TEST_F(SqliteFileTest, AFileLockedByAnotherProgramIsReportedAsLocked) {
    const QString path = file(QStringLiteral("locked.sqlite"));
    makeDatabase(path, 3);
    HelperProcess holder;
    ASSERT_TRUE(holder.start({"hold", path.toStdString(), "exclusive"}));
    ASSERT_EQ(holder.readLine(20000), std::optional<std::string>("holding"));

    auto repo = openFile(path, false, 300);
    ASSERT_FALSE(repo.ok());
    EXPECT_EQ(repo.error().kind, ErrorKind::Locked) << repo.error().message;
    expectNamesTheFile(repo.error(), path);
    EXPECT_NE(repo.error().message.find("another program"), std::string::npos) << repo.error().message;

    holder.closeInput();
    EXPECT_EQ(holder.wait(), 0);
    auto after = openFile(path);
    ASSERT_TRUE(after.ok()) << after.error().message;
}

TEST_F(SqliteFileTest, SavesWaitForAnotherWriterAndSayWhenItDoesNotLetGo) {
    const QString path = file(QStringLiteral("busy.sqlite"));
    makeDatabase(path, 3);
    auto repo = openFile(path, false, 300);
    ASSERT_TRUE(repo.ok()) << repo.error().message;
    HelperProcess holder;
    ASSERT_TRUE(holder.start({"hold", path.toStdString(), "write"}));
    ASSERT_EQ(holder.readLine(20000), std::optional<std::string>("holding"));

    // Reading goes on while another program writes.
    ASSERT_OK_AND_ASSIGN(page, (*repo)->listContracts(ContractQuery{}));
    EXPECT_EQ(page.total, 3);
    const Result<SaveReceipt> blocked = (*repo)->save(fullContract("WAIT-1"), kNewContract, "ana");
    ASSERT_FALSE(blocked.ok());
    EXPECT_EQ(blocked.error().kind, ErrorKind::Locked) << blocked.error().message;
    expectNamesTheFile(blocked.error(), path);

    holder.closeInput();
    EXPECT_EQ(holder.wait(), 0);
    ASSERT_STORAGE_OK((*repo)->save(fullContract("WAIT-1"), kNewContract, "ana"));
}

} // namespace
} // namespace attrition::storage::test
