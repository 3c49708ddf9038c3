// Schema versions: numbered migration files applied in order, each in one transaction; an older database
// is upgraded without losing anything, a failed upgrade changes nothing, and the fixture database of every
// released schema version (tests/fixtures/storage) upgrades to the current one with all its contents.

#include "attrition/storage/migrations.h"
#include "storage_test_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

namespace attrition::storage::test {
namespace {

// --- Reading migration files ------------------------------------------------------------------------------

TEST(MigrationFiles, StatementsAreSplitAtSemicolonsOutsideQuotesAndComments) {
    const std::string script = "-- a comment; with a semicolon\n"
                               "CREATE TABLE a (x TEXT DEFAULT 'semi;colon', \"odd;name\" INTEGER);\n"
                               "/* block; comment */ INSERT INTO a VALUES ('it''s; fine', 1);\n"
                               "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n"
                               "  ;  \n"
                               "SELECT 2";
    const std::vector<std::string> statements = splitStatements(script);
    ASSERT_EQ(statements.size(), 4U);
    EXPECT_EQ(statements[0], "CREATE TABLE a (x TEXT DEFAULT 'semi;colon', \"odd;name\" INTEGER)");
    EXPECT_EQ(statements[1], "INSERT INTO a VALUES ('it''s; fine', 1)");
    EXPECT_EQ(statements[2], "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql");
    EXPECT_EQ(statements[3], "SELECT 2");
    EXPECT_TRUE(splitStatements("-- only a comment\n").empty());
}

class MigrationFolderTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(dir_.isValid()); }
    void write(const QString& name, const QByteArray& content = "CREATE TABLE t (x INTEGER);") {
        QFile f(dir_.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    Result<std::vector<Migration>> load() const { return loadMigrations(dir_.path().toStdString()); }
    QTemporaryDir dir_;
};

TEST_F(MigrationFolderTest, MigrationsAreReadInTheOrderOfTheirNumbers) {
    write(QStringLiteral("002_second.sql"), "SELECT 2;");
    write(QStringLiteral("001_first.sql"), "SELECT 1;");
    write(QStringLiteral("010_tenth.sql"));
    for (int i = 3; i < 10; ++i) {
        write(QStringLiteral("%1_step.sql").arg(i, 3, 10, QLatin1Char('0')));
    }
    ASSERT_OK_AND_ASSIGN(migrations, load());
    ASSERT_EQ(migrations.size(), 10U);
    EXPECT_EQ(migrations[0].version, 1);
    EXPECT_EQ(migrations[0].name, "first");
    EXPECT_EQ(migrations[0].script, "SELECT 1;");
    EXPECT_EQ(migrations[1].name, "second");
    EXPECT_EQ(migrations[9].version, 10);
}

TEST_F(MigrationFolderTest, GapsRepeatsAndStrangeNamesAreRefused) {
    write(QStringLiteral("001_first.sql"));
    write(QStringLiteral("003_third.sql"));
    EXPECT_FALSE(load().ok());
    EXPECT_NE(load().error().message.find("expected migration number 2"), std::string::npos)
        << load().error().message;

    QFile::remove(dir_.filePath(QStringLiteral("003_third.sql")));
    write(QStringLiteral("001_again.sql"));
    EXPECT_FALSE(load().ok());

    QFile::remove(dir_.filePath(QStringLiteral("001_again.sql")));
    write(QStringLiteral("2-second.sql"));
    ASSERT_FALSE(load().ok());
    EXPECT_NE(load().error().message.find("2-second.sql"), std::string::npos) << load().error().message;
}

TEST_F(MigrationFolderTest, AMissingOrEmptyFolderIsRefused) {
    EXPECT_FALSE(load().ok());
    EXPECT_FALSE(loadMigrations(dir_.filePath(QStringLiteral("nowhere")).toStdString()).ok());
}

TEST(MigrationFiles, TheBuiltInMigrationsOfBothEnginesAreNumberedAlike) {
    ASSERT_OK_AND_ASSIGN(sqlite, builtInMigrations(Engine::SQLite));
    ASSERT_OK_AND_ASSIGN(postgresql, builtInMigrations(Engine::PostgreSQL));
    ASSERT_EQ(sqlite.size(), postgresql.size());
    for (std::size_t i = 0; i < sqlite.size(); ++i) {
        EXPECT_EQ(sqlite[i].version, postgresql[i].version);
        EXPECT_EQ(sqlite[i].name, postgresql[i].name);
    }
    EXPECT_EQ(latestSchemaVersion(Engine::SQLite), sqlite.back().version);
    EXPECT_EQ(latestSchemaVersion(Engine::PostgreSQL), postgresql.back().version);
}

// --- Upgrading ------------------------------------------------------------------------------------------

/// Folders of migrations: the built-in ones of an engine, plus steps written by a test.
class UpgradeTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (IsSkipped()) {
            return;
        }
        ASSERT_TRUE(folders_.isValid());
    }

    /// A folder with the built-in migrations and then `extra` ({"002_name.sql", "SQL"}...).
    std::string folder(const QString& name, const std::vector<std::pair<QString, QByteArray>>& extra) {
        const QString path = folders_.filePath(name);
        EXPECT_TRUE(QDir().mkpath(path));
        const QString builtIn =
            QStringLiteral(ATTRITION_STORAGE_MIGRATIONS "/") +
            (engine() == Engine::PostgreSQL ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
        for (const QString& file : QDir(builtIn).entryList({QStringLiteral("*.sql")}, QDir::Files)) {
            QFile::copy(builtIn + QLatin1Char('/') + file, path + QLatin1Char('/') + file);
        }
        for (const auto& [file, content] : extra) {
            QFile f(path + QLatin1Char('/') + file);
            EXPECT_TRUE(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        return path.toStdString();
    }

    static QString next(const char* name) {
        return QStringLiteral("%1_%2.sql")
            .arg(latestSchemaVersion(Engine::SQLite) + 1, 3, 10, QLatin1Char('0'))
            .arg(QString::fromLatin1(name));
    }

    Result<std::unique_ptr<SqlContractRepository>> openWith(const std::string& migrations) {
        OpenOptions o = options();
        o.migrationsDirectory = migrations;
        return SqlContractRepository::open(settings(), o);
    }

    QTemporaryDir folders_;
};

TEST_P(UpgradeTest, AnOlderDatabaseIsUpgradedWithoutLosingAnything) {
    const int current = latestSchemaVersion(engine());
    const std::string older = folder(QStringLiteral("older"), {});
    const std::string newer = folder(
        QStringLiteral("newer"),
        {{next("upgrade_marks"), "ALTER TABLE contracts ADD COLUMN upgrade_note TEXT;\n"
                                 "CREATE TABLE upgrade_marks (id INTEGER PRIMARY KEY, note TEXT NOT NULL);\n"
                                 "INSERT INTO upgrade_marks (id, note) VALUES (1, 'upgraded; twice');\n"}});
    std::vector<Contract> contracts{fullContract("UP-1"), fullContract("UP-2", "JPY"),
                                    fullContract("UP-3", "KWD")};
    ContractId first;
    {
        auto repo = openWith(older);
        ASSERT_TRUE(repo.ok()) << repo.error().message;
        EXPECT_EQ((*repo)->schemaVersion(), current);
        ASSERT_OK_AND_ASSIGN(receipts, (*repo)->saveNew(contracts, "ana"));
        first = receipts[0].id;
        ASSERT_STORAGE_OK((*repo)->recordPickupSnapshot(
            first, PickupSnapshot{date("2027-03-01"), contracts[0].pickup}, "ana"));
        ASSERT_STORAGE_OK((*repo)->saveScenario(first, fullScenario(contracts[0], "Low"), "ana"));
        contracts[0].notes = "changed before the upgrade";
        ASSERT_STORAGE_OK((*repo)->save(contracts[0], 1, "ben"));
    }
    auto repo = openWith(newer);
    ASSERT_TRUE(repo.ok()) << repo.error().message;
    EXPECT_EQ((*repo)->schemaVersion(), current + 1);
    for (const Contract& c : contracts) {
        ASSERT_OK_AND_ASSIGN(loaded, (*repo)->loadByReference(c.reference));
        expectSameContract(c, loaded.contract);
    }
    ASSERT_OK_AND_ASSIGN(snapshots, (*repo)->pickupSnapshots(first));
    ASSERT_EQ(snapshots.size(), 1U);
    expectSamePickup(contracts[0].pickup, snapshots[0].snapshot.entries, "snapshot");
    ASSERT_OK_AND_ASSIGN(scenarios, (*repo)->scenarios(first));
    ASSERT_EQ(scenarios.size(), 1U);
    expectSameScenario(fullScenario(contracts[0], "Low"), scenarios[0].scenario);
    ASSERT_OK_AND_ASSIGN(trail, (*repo)->auditTrail(AuditQuery{}));
    EXPECT_EQ(trail.size(), 6U);
    // The upgraded database still takes saves.
    ASSERT_STORAGE_OK((*repo)->save(fullContract("UP-4"), kNewContract, "ana"));

    if (engine() == Engine::SQLite) {
        // A copy of the database as it was before the upgrade is kept beside it.
        const QString backup =
            QString::fromStdString(settings().file) + QStringLiteral(".before-schema-%1").arg(current + 1);
        EXPECT_TRUE(QFileInfo::exists(backup)) << backup.toStdString();
        ConnectionSettings old;
        old.file = backup.toStdString();
        OpenOptions o;
        o.migrationsDirectory = older;
        auto copy = SqlContractRepository::open(old, o);
        ASSERT_TRUE(copy.ok()) << copy.error().message;
        EXPECT_EQ((*copy)->schemaVersion(), current);
        ASSERT_OK_AND_ASSIGN(page, (*copy)->listContracts(ContractQuery{}));
        EXPECT_EQ(page.total, 3);
    }

    // The older program now refuses the database instead of writing to it.
    repo = Result<std::unique_ptr<SqlContractRepository>>(StorageError{});
    auto refused = openWith(older);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::NewerSchema);
}

TEST_P(UpgradeTest, AFailedMigrationChangesNothing) {
    const int current = latestSchemaVersion(engine());
    const std::string older = folder(QStringLiteral("older"), {});
    const std::string broken = folder(
        QStringLiteral("broken"), {{next("half_done"), "CREATE TABLE half_done (x INTEGER);\n"
                                                       "ALTER TABLE contracts ADD COLUMN half_note TEXT;\n"
                                                       "INSERT INTO no_such_table VALUES (1);\n"}});
    const std::string fixed =
        folder(QStringLiteral("fixed"), {{next("half_done"), "CREATE TABLE half_done (x INTEGER);\n"
                                                             "ALTER TABLE contracts ADD COLUMN "
                                                             "half_note TEXT;\n"}});
    {
        auto repo = openWith(older);
        ASSERT_TRUE(repo.ok()) << repo.error().message;
        ASSERT_STORAGE_OK((*repo)->save(fullContract("KEEP-1"), kNewContract, "ana"));
    }
    auto failed = openWith(broken);
    ASSERT_FALSE(failed.ok());
    const std::string& message = failed.error().message;
    EXPECT_NE(message.find("schema version " + std::to_string(current + 1) + " (half_done)"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("left at schema version " + std::to_string(current)), std::string::npos)
        << message;

    {
        auto repo = openWith(older); // still the older version, with everything in it
        ASSERT_TRUE(repo.ok()) << repo.error().message;
        EXPECT_EQ((*repo)->schemaVersion(), current);
        ASSERT_OK_AND_ASSIGN(loaded, (*repo)->loadByReference("KEEP-1"));
        expectSameContract(fullContract("KEEP-1"), loaded.contract);
    }
    // The corrected migration creates the same table and column again: the failed one left neither behind.
    auto repo = openWith(fixed);
    ASSERT_TRUE(repo.ok()) << repo.error().message;
    EXPECT_EQ((*repo)->schemaVersion(), current + 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, UpgradeTest, ::testing::Values(Engine::SQLite, Engine::PostgreSQL),
                         engineName);

// --- Fixture databases of released schema versions ---------------------------------------------------------

QString fixtureFolder() {
    return QStringLiteral(ATTRITION_STORAGE_FIXTURES);
}

QString fixtureFile(int version) {
    return fixtureFolder() + QStringLiteral("/attrition-schema-%1.sqlite").arg(version);
}

/// The PostgreSQL fixture: SQL that recreates the database in the schema @SCHEMA@.
QString postgresFixtureFile(int version) {
    return fixtureFolder() + QStringLiteral("/attrition-schema-%1.postgresql.sql").arg(version);
}

/// Rows in every table, read around the repository.
std::map<std::string, std::int64_t> rowCounts(const QString& file) {
    std::map<std::string, std::int64_t> counts;
    const QString name = QStringLiteral("fixture-counts");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
            QStringList names;
            while (tables.next()) {
                names << tables.value(0).toString();
            }
            for (const QString& table : names) {
                QSqlQuery count(db);
                count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
                counts[table.toStdString()] = count.next() ? count.value(0).toLongLong() : -1;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return counts;
}

/// Everything a repository holds, as text: contracts by reference with their reports and scenarios, the
/// accounts, and the audit trail oldest first.
std::string dumpRepository(SqlContractRepository& repo) {
    std::ostringstream out;
    ContractQuery q;
    q.sortBy = ContractSortKey::Reference;
    q.limit = 0;
    Result<ContractPage> page = repo.listContracts(q);
    if (!page) {
        return "error: " + page.error().message;
    }
    for (const ContractSummary& s : page->rows) {
        Result<StoredContract> c = repo.load(s.id);
        if (!c) {
            return "error: " + c.error().message;
        }
        out << "== contract " << c->contract.reference << " version " << c->version << " created by "
            << c->createdBy << " at " << c->createdAt.toIso() << ", updated by " << c->updatedBy << " at "
            << c->updatedAt.toIso() << "\n"
            << (c->archived ? "archived\n" : "") << dumpContract(c->contract);
        Result<std::vector<StoredPickupSnapshot>> snapshots = repo.pickupSnapshots(s.id);
        if (!snapshots) {
            return "error: " + snapshots.error().message;
        }
        for (const StoredPickupSnapshot& p : *snapshots) {
            out << "report " << p.snapshot.reportDate.toIso() << " by " << p.recordedBy << " at "
                << p.recordedAt.toIso() << ":";
            for (const PickupEntry& e : p.snapshot.entries) {
                out << " " << e.night.toIso() << "/" << e.roomType << "/" << e.rooms;
            }
            out << "\n";
        }
        Result<std::vector<StoredScenario>> scenarios = repo.scenarios(s.id);
        if (!scenarios) {
            return "error: " + scenarios.error().message;
        }
        for (const StoredScenario& sc : *scenarios) {
            const ScenarioOverrides& o = sc.scenario.overrides;
            out << "scenario \"" << sc.scenario.name << "\" by " << sc.savedBy << " at " << sc.savedAt.toIso()
                << ": uniform "
                << (o.uniformPickup ? std::to_string(o.uniformPickup->partsPerMillion()) : "none")
                << " spend "
                << (o.foodBeverageSpend ? std::to_string(o.foodBeverageSpend->minorUnits()) : "none")
                << " notice " << (o.cancellationNotice ? o.cancellationNotice->toIso() : "none")
                << " without " << o.withoutCancellation << " pickup "
                << (o.pickup ? std::to_string(o.pickup->size()) : "none") << " resale "
                << (o.resale ? std::to_string(o.resale->size()) : "none") << "\n";
        }
    }
    Result<std::vector<AccountSummary>> accounts = repo.accounts();
    if (!accounts) {
        return "error: " + accounts.error().message;
    }
    for (const AccountSummary& a : *accounts) {
        out << "account \"" << a.name << "\" " << a.contracts << " contracts, " << a.cancelled
            << " cancelled, " << a.roomNights << " room nights\n";
    }
    Result<std::vector<std::string>> hotels = repo.outlookHotels();
    if (!hotels) {
        return "error: " + hotels.error().message;
    }
    for (const std::string& hotel : *hotels) {
        Result<std::vector<HotelNight>> nights =
            repo.hotelOutlook(hotel, *Date::fromYmd(1, 1, 1), *Date::fromYmd(9999, 12, 31));
        if (!nights) {
            return "error: " + nights.error().message;
        }
        for (const HotelNight& n : *nights) {
            out << "outlook \"" << hotel << "\" " << n.night.toIso() << ": capacity " << n.capacity
                << " demand " << n.transientDemand.micro() << " net ADR " << n.transientNetAdr.minorUnits()
                << " " << std::string_view(n.transientNetAdr.currency().code()) << " ancillary "
                << n.transientAncillary.minorUnits() << " "
                << std::string_view(n.transientAncillary.currency().code()) << "\n";
        }
    }
    AuditQuery all;
    all.limit = 0;
    Result<std::vector<AuditEntry>> trail = repo.auditTrail(all);
    if (!trail) {
        return "error: " + trail.error().message;
    }
    for (auto it = trail->rbegin(); it != trail->rend(); ++it) {
        out << "audit " << it->at.toIso() << " " << it->user << " " << toString(it->action) << " "
            << it->reference << " v" << it->version << " \"" << it->subject << "\"\n";
        for (const FieldChange& change : it->changes) {
            out << "  " << change.field << ": \"" << change.before << "\" -> \"" << change.after << "\"\n";
        }
    }
    return out.str();
}

/// Checks that an upgraded fixture still holds every value it was written with
/// (attrition-schema-N.expected.txt); with ATTRITION_WRITE_FIXTURE_DUMPS set (and `write`), writes that file
/// instead.
void expectTheFixturesValues(int version, const std::string& dump, bool write) {
    const QString expectedFile =
        fixtureFolder() + QStringLiteral("/attrition-schema-%1.expected.txt").arg(version);
    if (write && std::getenv("ATTRITION_WRITE_FIXTURE_DUMPS") != nullptr) {
        std::ofstream(expectedFile.toStdString(), std::ios::binary) << dump;
        std::fprintf(stderr, "wrote %s\n", expectedFile.toLocal8Bit().constData());
        return;
    }
    std::ifstream in(expectedFile.toStdString(), std::ios::binary);
    ASSERT_TRUE(in.good()) << expectedFile.toStdString() << " is missing";
    const std::string expected((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (dump != expected) {
        // Name the first line that differs, not two walls of text.
        std::istringstream a(expected);
        std::istringstream b(dump);
        std::string la;
        std::string lb;
        int line = 1;
        while (std::getline(a, la) && std::getline(b, lb) && la == lb) {
            ++line;
        }
        ADD_FAILURE() << "the upgraded fixture differs from " << expectedFile.toStdString() << " at line "
                      << line << ":\n  expected: " << la << "\n  found:    " << lb;
    }
}

/// No table lost a row in the upgrade.
void expectNoRowLost(const std::map<std::string, std::int64_t>& before,
                     const std::map<std::string, std::int64_t>& after) {
    for (const auto& [table, count] : before) {
        if (table == "schema_version") {
            continue;
        }
        ASSERT_TRUE(after.count(table) == 1) << "table " << table << " is gone";
        EXPECT_GE(after.at(table), count) << "rows lost from " << table;
    }
}

/// Rows in every table of a schema on the PostgreSQL test server.
std::map<std::string, std::int64_t> postgresRowCounts(const QString& schema) {
    std::map<std::string, std::int64_t> counts;
    if (!postgresAdmin("SELECT 1")) {
        return counts;
    }
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("attrition-test-admin"));
    QSqlQuery tables(db);
    tables.prepare(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = ?"));
    tables.addBindValue(schema);
    tables.exec();
    QStringList names;
    while (tables.next()) {
        names << tables.value(0).toString();
    }
    for (const QString& table : names) {
        QSqlQuery count(db);
        count.exec(QStringLiteral("SELECT count(*) FROM \"%1\".\"%2\"").arg(schema, table));
        counts[table.toStdString()] = count.next() ? count.value(0).toLongLong() : -1;
    }
    return counts;
}

TEST(SchemaFixtures, ThereIsAFixtureDatabaseOfEverySchemaVersion) {
    for (int version = 1; version <= latestSchemaVersion(Engine::SQLite); ++version) {
        EXPECT_TRUE(QFileInfo::exists(fixtureFile(version)))
            << fixtureFile(version).toStdString()
            << " is missing: write it with `storage_test_helper make-fixture FILE` (see "
               "tests/fixtures/storage/README.md)";
        EXPECT_TRUE(QFileInfo::exists(postgresFixtureFile(version)))
            << postgresFixtureFile(version).toStdString()
            << " is missing: write it with tests/fixtures/storage/make-postgresql-fixture.sh";
    }
}

TEST(SchemaFixtures, EveryFixtureUpgradesToTheCurrentSchemaWithoutLosingAnything) {
    for (int version = 1; version <= latestSchemaVersion(Engine::SQLite); ++version) {
        SCOPED_TRACE("schema version " + std::to_string(version));
        const QString fixture = fixtureFile(version);
        if (!QFileInfo::exists(fixture)) {
            ADD_FAILURE() << fixture.toStdString() << " is missing";
            continue;
        }
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("fixture.sqlite"));
        ASSERT_TRUE(QFile::copy(fixture, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const std::map<std::string, std::int64_t> before = rowCounts(copy);
        ASSERT_GT(before.at("contracts"), 0);

        std::string dump;
        {
            ConnectionSettings settings;
            settings.file = copy.toStdString();
            auto repo = SqlContractRepository::open(settings, OpenOptions{});
            ASSERT_TRUE(repo.ok()) << repo.error().message;
            EXPECT_EQ((*repo)->schemaVersion(), latestSchemaVersion(Engine::SQLite));
            ASSERT_OK_AND_ASSIGN(problems, (*repo)->checkIntegrity());
            EXPECT_TRUE(problems.empty());
            dump = dumpRepository(**repo);
        }
        expectNoRowLost(before, rowCounts(copy));
        expectTheFixturesValues(version, dump, true);
    }
}

/// A copy of the SQLite fixture of schema `version` in `dir`, opened (and so upgraded) by the program.
Result<std::unique_ptr<SqlContractRepository>> openUpgradedCopy(int version, const QTemporaryDir& dir) {
    const QString copy = dir.filePath(QStringLiteral("fixture.sqlite"));
    if (!dir.isValid() || !QFile::copy(fixtureFile(version), copy)) {
        return StorageError{ErrorKind::Failed, "cannot copy " + fixtureFile(version).toStdString(),
                            std::nullopt};
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    ConnectionSettings settings;
    settings.file = copy.toStdString();
    return SqlContractRepository::open(settings, OpenOptions{});
}

TEST(SchemaFixtures, AVersion6DatabaseGainsEachPickupReportsTotalAddedUpFromItsEntries) {
    QTemporaryDir dir;
    ASSERT_OK_AND_ASSIGN(repo, openUpgradedCopy(6, dir));
    ASSERT_GE(repo->schemaVersion(), 7);

    ASSERT_OK_AND_ASSIGN(reports, repo->allPickupSnapshots());
    std::vector<ContractId> ids;
    for (const auto& entry : reports) {
        ids.push_back(ContractId{entry.first});
    }
    ASSERT_GT(ids.size(), 10U);
    // What the migration stored, read as the forecasts read it, against the entries added up here.
    ASSERT_OK_AND_ASSIGN(stored, repo->pickupTotalsOf(ids));
    ASSERT_OK_AND_ASSIGN(addedUp, repo->ContractRepository::pickupTotalsOf(ids));
    ASSERT_EQ(stored.size(), addedUp.size());
    for (const auto& [id, totals] : addedUp) {
        ASSERT_EQ(stored.count(id), 1U) << id;
        const std::vector<PickupReportTotal>& found = stored.at(id);
        ASSERT_EQ(found.size(), totals.size()) << id;
        for (std::size_t i = 0; i < totals.size(); ++i) {
            EXPECT_EQ(found[i].reportDate, totals[i].reportDate) << id;
            EXPECT_EQ(found[i].rooms, totals[i].rooms) << id << " " << totals[i].reportDate.toIso();
        }
    }
}

TEST(SchemaFixtures, AVersion1DatabaseGainsTheArchivedMarkWithNoContractArchived) {
    QTemporaryDir dir;
    ASSERT_OK_AND_ASSIGN(repo, openUpgradedCopy(1, dir));
    ASSERT_GE(repo->schemaVersion(), 2);

    ContractQuery all;
    all.limit = 0;
    ASSERT_OK_AND_ASSIGN(every, repo->listContracts(all));
    ASSERT_GT(every.total, 0);
    for (const ContractSummary& s : every.rows) {
        EXPECT_FALSE(s.archived) << s.reference;
    }
    ContractQuery hidden = all;
    hidden.filter.archived = ArchivedContracts::Hidden;
    ASSERT_OK_AND_ASSIGN(shown, repo->listContracts(hidden));
    EXPECT_EQ(shown.total, every.total);

    // The upgraded database archives and restores like a new one.
    const ContractSummary& first = every.rows.front();
    ASSERT_OK_AND_ASSIGN(archived, repo->setArchived(first.id, first.version, true, "Ana Ruiz"));
    EXPECT_EQ(archived.version, first.version + 1);
    ASSERT_OK_AND_ASSIGN(after, repo->listContracts(hidden));
    EXPECT_EQ(after.total, every.total - 1);
    ASSERT_OK_AND_ASSIGN(copyOf, repo->removeKeepingCopy(first.id, archived.version, "Ana Ruiz"));
    ASSERT_OK_AND_ASSIGN(restored, repo->restore(copyOf, "Ana Ruiz"));
    EXPECT_EQ(restored.id, first.id);
    ASSERT_OK_AND_ASSIGN(loaded, repo->load(first.id));
    EXPECT_TRUE(loaded.archived);
    ASSERT_OK_AND_ASSIGN(problems, repo->checkIntegrity());
    EXPECT_TRUE(problems.empty());
}

TEST(SchemaFixtures, AVersion5DatabaseGainsTheSettlementWithNothingSettled) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("fixture.sqlite"));
    ASSERT_TRUE(QFile::copy(fixtureFile(5), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    ConnectionSettings settings;
    settings.file = copy.toStdString();
    auto repo = SqlContractRepository::open(settings, OpenOptions{});
    ASSERT_TRUE(repo.ok()) << repo.error().message;
    ASSERT_GE((*repo)->schemaVersion(), 6);

    ContractQuery all;
    all.limit = 0;
    ASSERT_OK_AND_ASSIGN(every, (*repo)->listContracts(all));
    ASSERT_GT(every.total, 0);
    for (const ContractSummary& s : every.rows) {
        ASSERT_OK_AND_ASSIGN(stored, (*repo)->load(s.id));
        EXPECT_TRUE(stored.contract.settlement.isEmpty()) << s.reference;
        EXPECT_EQ(stored.contract.settlement.state(), SettlementState::NotAssessed) << s.reference;
    }

    // The upgraded database keeps a settlement with its payments, and audits the change.
    const ContractSummary& first = every.rows.front();
    ASSERT_OK_AND_ASSIGN(before, (*repo)->load(first.id));
    Contract settled = before.contract;
    const Date from = settled.cancellationNotice.value_or(settled.arrival);
    settled.settlement.assessed = Money::fromMajor(3000, settled.currency);
    settled.settlement.invoicedOn = from.addDays(10);
    settled.settlement.payments = {{from.addDays(20), Money::fromMajor(1200, settled.currency)},
                                   {from.addDays(40), Money::fromMajor(800, settled.currency)}};
    settled.settlement.waived = Money::fromMajor(1000, settled.currency);
    settled.settlement.waiverReason = "Goodwill";
    ASSERT_OK_AND_ASSIGN(saved, (*repo)->save(settled, before.version, "Ana Ruiz"));
    ASSERT_OK_AND_ASSIGN(loaded, (*repo)->load(saved.id));
    expectSameContract(settled, loaded.contract);
    EXPECT_EQ(loaded.contract.settlement.state(), SettlementState::Settled);
    ASSERT_OK_AND_ASSIGN(problems, (*repo)->checkIntegrity());
    EXPECT_TRUE(problems.empty());
}

TEST(SchemaFixtures, AVersion4DatabaseGainsLostContractsWithNoContractLost) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("fixture.sqlite"));
    ASSERT_TRUE(QFile::copy(fixtureFile(4), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    ConnectionSettings settings;
    settings.file = copy.toStdString();
    auto repo = SqlContractRepository::open(settings, OpenOptions{});
    ASSERT_TRUE(repo.ok()) << repo.error().message;
    ASSERT_GE((*repo)->schemaVersion(), 5);

    ContractQuery all;
    all.limit = 0;
    ASSERT_OK_AND_ASSIGN(every, (*repo)->listContracts(all));
    ASSERT_GT(every.total, 0);
    for (const ContractSummary& s : every.rows) {
        ASSERT_OK_AND_ASSIGN(stored, (*repo)->load(s.id));
        EXPECT_NE(stored.contract.status, ContractStatus::Lost) << s.reference;
        EXPECT_EQ(stored.contract.lostReason, std::nullopt) << s.reference;
        EXPECT_EQ(stored.contract.lostNote, "") << s.reference;
    }

    // The upgraded database keeps a lost contract, its reason and note, and lists it by its status.
    const ContractSummary& first = every.rows.front();
    ASSERT_OK_AND_ASSIGN(before, (*repo)->load(first.id));
    Contract lost = before.contract;
    lost.status = ContractStatus::Lost;
    lost.lostReason = LostReason::Dates;
    lost.lostNote = "Needed the week after.";
    ASSERT_OK_AND_ASSIGN(saved, (*repo)->save(lost, before.version, "Ana Ruiz"));
    ASSERT_OK_AND_ASSIGN(loaded, (*repo)->load(saved.id));
    expectSameContract(lost, loaded.contract);
    ContractQuery lostOnly = all;
    lostOnly.filter.statuses = {ContractStatus::Lost};
    ASSERT_OK_AND_ASSIGN(listed, (*repo)->listContracts(lostOnly));
    ASSERT_EQ(listed.total, 1);
    EXPECT_EQ(listed.rows.front().reference, first.reference);
    EXPECT_EQ(listed.rows.front().status, ContractStatus::Lost);
    ASSERT_OK_AND_ASSIGN(problems, (*repo)->checkIntegrity());
    EXPECT_TRUE(problems.empty());
}

TEST(SchemaFixtures, EveryPostgreSQLFixtureUpgradesToTheCurrentSchemaWithoutLosingAnything) {
    const std::optional<PostgresServer> server = postgresFromEnvironment();
    if (!server) {
        GTEST_SKIP() << postgresSkipMessage();
    }
    for (int version = 1; version <= latestSchemaVersion(Engine::PostgreSQL); ++version) {
        SCOPED_TRACE("schema version " + std::to_string(version));
        QFile file(postgresFixtureFile(version));
        if (!file.open(QIODevice::ReadOnly)) {
            ADD_FAILURE() << file.fileName().toStdString() << " is missing";
            continue;
        }
        const QString schema =
            QStringLiteral("fixture_%1_%2").arg(version).arg(QCoreApplication::applicationPid());
        std::string error;
        postgresAdmin("DROP SCHEMA IF EXISTS " + schema.toStdString() + " CASCADE");
        ASSERT_TRUE(postgresAdmin(
            QString::fromUtf8(file.readAll()).replace(QStringLiteral("@SCHEMA@"), schema).toStdString(),
            &error))
            << error;
        const std::map<std::string, std::int64_t> before = postgresRowCounts(schema);
        ASSERT_GT(before.at("contracts"), 0);

        std::string dump;
        {
            ConnectionSettings settings = server->settings;
            settings.schema = schema.toStdString();
            OpenOptions options;
            options.password = server->password;
            auto repo = SqlContractRepository::open(settings, options);
            ASSERT_TRUE(repo.ok()) << repo.error().message;
            EXPECT_EQ((*repo)->schemaVersion(), latestSchemaVersion(Engine::PostgreSQL));
            dump = dumpRepository(**repo);
        }
        expectNoRowLost(before, postgresRowCounts(schema));
        // The same contents as the SQLite fixture of this version: one expected text for both engines.
        expectTheFixturesValues(version, dump, false);
        postgresAdmin("DROP SCHEMA " + schema.toStdString() + " CASCADE");
    }
}

} // namespace
} // namespace attrition::storage::test
