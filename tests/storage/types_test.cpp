// Timestamps, results, connection settings and the handling of credentials.

#include "storage_test_support.h"

#include <QFile>
#include <QSettings>
#include <array>
#include <thread>

namespace attrition::storage::test {
namespace {

TEST(TimestampTest, IsWrittenAndReadAsIsoUtcWithMilliseconds) {
    const Timestamp t = *Timestamp::parseIso("2026-11-23T09:15:02.125Z");
    EXPECT_EQ(t.toIso(), "2026-11-23T09:15:02.125Z");
    EXPECT_EQ(t.toDisplay(), "2026-11-23 09:15 UTC");
    EXPECT_EQ(Timestamp{0}.toIso(), "1970-01-01T00:00:00.000Z");
    EXPECT_EQ(Timestamp{-1}.toIso(), "1969-12-31T23:59:59.999Z");
    EXPECT_EQ(Timestamp::parseIso("1969-12-31T23:59:59.999Z")->msSinceEpoch, -1);
    for (std::int64_t ms : {std::int64_t{0}, std::int64_t{1}, std::int64_t{-86'400'001},
                            std::int64_t{1'795'000'000'123}, std::int64_t{253'402'300'799'999}}) {
        EXPECT_EQ(Timestamp::parseIso(Timestamp{ms}.toIso())->msSinceEpoch, ms);
    }
}

TEST(TimestampTest, ReadsWhatDatabasesWrite) {
    const std::int64_t expected = Timestamp::parseIso("2026-11-23T09:15:02.125Z")->msSinceEpoch;
    EXPECT_EQ(Timestamp::parseIso("2026-11-23 09:15:02.125+00")->msSinceEpoch, expected);
    EXPECT_EQ(Timestamp::parseIso("2026-11-23T10:15:02.125+01:00")->msSinceEpoch, expected);
    EXPECT_EQ(Timestamp::parseIso("2026-11-23T04:45:02.125-0430")->msSinceEpoch, expected);
    EXPECT_EQ(Timestamp::parseIso("2026-11-23T09:15:02.125999Z")->msSinceEpoch, expected);
    EXPECT_EQ(Timestamp::parseIso("2026-11-23T09:15:02.1Z")->msSinceEpoch, expected - 25);
    EXPECT_EQ(Timestamp::parseIso("2026-11-23T09:15:02Z")->msSinceEpoch, expected - 125);
    for (const char* bad :
         {"", "2026-11-23", "2026-11-23T09:15:02", "2026-11-23T25:00:00Z", "2026-02-30T00:00:00Z",
          "2026-11-23T09:15:02.Z", "2026-11-23T09:15:02Zjunk", "2026-11-23X09:15:02Z"}) {
        EXPECT_FALSE(Timestamp::parseIso(bad).has_value()) << bad;
    }
    const Timestamp now = Timestamp::now();
    EXPECT_GT(now.msSinceEpoch, Timestamp::parseIso("2024-01-01T00:00:00Z")->msSinceEpoch);
}

TEST(ResultTest, HoldsAValueOrAnError) {
    Result<int> value(7);
    ASSERT_TRUE(value.ok());
    EXPECT_EQ(*value, 7);
    Result<int> failed(StorageError{ErrorKind::Locked, "held", std::nullopt});
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().kind, ErrorKind::Locked);
    Result<void> fine;
    EXPECT_TRUE(fine.ok());
    Result<void> bad(StorageError{ErrorKind::Corrupt, "damaged", std::nullopt});
    EXPECT_FALSE(bad.ok());
    EXPECT_EQ(bad.takeError().message, "damaged");
    EXPECT_EQ(toString(ErrorKind::NewerSchema), "newer-schema");
    EXPECT_EQ(auditActionFromString(toString(AuditAction::SnapshotRemoved)), AuditAction::SnapshotRemoved);
    EXPECT_FALSE(auditActionFromString("nonsense").has_value());
}

TEST(ConnectionSettingsTest, LocationNamesTheDatabase) {
    ConnectionSettings sqlite;
    sqlite.file = "/data/team/contracts.sqlite";
    EXPECT_EQ(sqlite.location(), "/data/team/contracts.sqlite");
    ConnectionSettings server;
    server.engine = Engine::PostgreSQL;
    server.host = "db.example";
    server.port = 5433;
    server.database = "sales";
    server.user = "ana";
    EXPECT_EQ(server.location(), "postgresql://ana@db.example:5433/sales");
    server.schema = "team_a";
    EXPECT_EQ(server.location(), "postgresql://ana@db.example:5433/sales (schema team_a)");
    EXPECT_EQ(engineFromString("postgresql"), Engine::PostgreSQL);
    EXPECT_EQ(engineFromString("sqlite"), Engine::SQLite);
    EXPECT_FALSE(engineFromString("oracle").has_value());
}

TEST(ConnectionSettingsTest, ALocationAsTypedBecomesSettings) {
    ASSERT_OK_AND_ASSIGN(file, connectionFromLocation(" /home/ana/contracts.sqlite "));
    EXPECT_EQ(file.engine, Engine::SQLite);
    EXPECT_EQ(file.file, "/home/ana/contracts.sqlite");

    ASSERT_OK_AND_ASSIGN(server,
                         connectionFromLocation("postgresql://ana@db.example:6543/sales?schema=team"));
    EXPECT_EQ(server.engine, Engine::PostgreSQL);
    EXPECT_EQ(server.host, "db.example");
    EXPECT_EQ(server.port, 6543);
    EXPECT_EQ(server.user, "ana");
    EXPECT_EQ(server.database, "sales");
    EXPECT_EQ(server.schema, "team");

    ASSERT_OK_AND_ASSIGN(plain, connectionFromLocation("postgres://db.example/sales"));
    EXPECT_EQ(plain.port, 5432);
    EXPECT_EQ(plain.user, "");
    EXPECT_EQ(plain.location(), "postgresql://db.example:5432/sales");

    const std::vector<std::pair<std::string, std::string>> refused{
        {"", "it is empty"},
        {"postgresql://ana:secret@db.example/sales", "it holds a password"},
        {"postgresql://db.example", "name the database after the server"},
        {"postgresql://db.example/sales?sslmode=disable", "unknown setting \"sslmode\""},
        {"mysql://db.example/sales", "give an SQLite file or a postgresql:// address"},
    };
    for (const auto& [location, why] : refused) {
        const Result<ConnectionSettings> r = connectionFromLocation(location);
        ASSERT_FALSE(r.ok()) << location;
        EXPECT_EQ(r.error().kind, ErrorKind::InvalidArgument);
        EXPECT_NE(r.error().message.find(why), std::string::npos) << r.error().message;
        EXPECT_EQ(r.error().message.find("secret"), std::string::npos) << r.error().message;
    }
}

TEST(ConnectionSettingsTest, SettingsAreStoredWithoutAnyPassword) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    ConnectionSettings written;
    written.engine = Engine::PostgreSQL;
    written.host = "db.example";
    written.port = 6543;
    written.database = "sales";
    written.user = "ana";
    written.schema = "team_a";
    written.options = "sslmode=require";
    {
        QSettings settings(file, QSettings::IniFormat);
        writeConnectionSettings(settings, written);
    }
    QSettings settings(file, QSettings::IniFormat);
    EXPECT_EQ(readConnectionSettings(settings), written);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_FALSE(f.readAll().toLower().contains("password"));

    QSettings empty(dir.filePath(QStringLiteral("none.ini")), QSettings::IniFormat);
    EXPECT_EQ(readConnectionSettings(empty), ConnectionSettings{});
}

TEST(ConnectionSettingsTest, APasswordInTheConnectionOptionsIsRefused) {
    ConnectionSettings server;
    server.engine = Engine::PostgreSQL;
    server.host = "127.0.0.1";
    server.database = "sales";
    server.options = "sslmode=disable;password=hunter2";
    const auto repo = SqlContractRepository::open(server, OpenOptions{});
    ASSERT_FALSE(repo.ok());
    EXPECT_EQ(repo.error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(repo.error().message.find("hunter2"), std::string::npos) << repo.error().message;
}

TEST(ConnectionSettingsTest, AServerThatCannotBeReachedGivesAClearMessageWithoutThePassword) {
    ConnectionSettings server;
    server.engine = Engine::PostgreSQL;
    server.host = "127.0.0.1";
    server.port = 1; // nothing listens there
    server.database = "sales";
    server.user = "ana";
    OpenOptions options;
    options.password = "correct horse battery staple";
    const auto repo = SqlContractRepository::open(server, options);
    ASSERT_FALSE(repo.ok());
    EXPECT_EQ(repo.error().kind, ErrorKind::Connection) << repo.error().message;
    EXPECT_NE(repo.error().message.find("postgresql://ana@127.0.0.1:1/sales"), std::string::npos)
        << repo.error().message;
    EXPECT_EQ(repo.error().message.find("correct horse"), std::string::npos) << repo.error().message;
}

class ServerTest : public EngineTest {};

TEST_P(ServerTest, AMissingDatabaseOrSchemaIsReportedAsNotFound) {
    ConnectionSettings wrong = settings();
    wrong.database = "no_such_database_here";
    auto missingDatabase = SqlContractRepository::open(wrong, options());
    ASSERT_FALSE(missingDatabase.ok());
    EXPECT_EQ(missingDatabase.error().kind, ErrorKind::NotFound) << missingDatabase.error().message;
    EXPECT_NE(missingDatabase.error().message.find("does not exist"), std::string::npos)
        << missingDatabase.error().message;

    OpenOptions noCreate = options();
    noCreate.createIfMissing = false;
    auto missingSchema = SqlContractRepository::open(settings(), noCreate);
    ASSERT_FALSE(missingSchema.ok());
    EXPECT_EQ(missingSchema.error().kind, ErrorKind::NotFound) << missingSchema.error().message;
    EXPECT_NE(missingSchema.error().message.find(settings().schema), std::string::npos)
        << missingSchema.error().message;
}

TEST_P(ServerTest, ASchemaOfAnotherProgramIsRefusedAndLeftUnchanged) {
    ASSERT_TRUE(postgresAdmin("CREATE SCHEMA \"" + settings().schema + "\""));
    ASSERT_TRUE(postgresAdmin("CREATE TABLE \"" + settings().schema + "\".recipes (name TEXT)"));
    auto repo = SqlContractRepository::open(settings(), options());
    ASSERT_FALSE(repo.ok());
    EXPECT_EQ(repo.error().kind, ErrorKind::Corrupt) << repo.error().message;
    EXPECT_NE(repo.error().message.find("another program"), std::string::npos) << repo.error().message;
    std::string error;
    EXPECT_FALSE(postgresAdmin("SELECT 1 FROM \"" + settings().schema + "\".contracts", &error));
}

TEST_P(ServerTest, ANewerSchemaIsRefused) {
    { auto repo = open(); }
    ASSERT_TRUE(postgresAdmin("INSERT INTO \"" + settings().schema +
                              "\".schema_version (version, name, applied_at) VALUES (99, 'future', now())"));
    auto repo = SqlContractRepository::open(settings(), options());
    ASSERT_FALSE(repo.ok());
    EXPECT_EQ(repo.error().kind, ErrorKind::NewerSchema) << repo.error().message;
    EXPECT_NE(repo.error().message.find("schema version 99"), std::string::npos) << repo.error().message;
}

TEST_P(ServerTest, ALostConnectionIsReportedAsSuch) {
    ConnectionSettings named = settings(); // a name of its own, so that only this connection is ended
    named.options = "application_name=" + settings().schema;
    auto opened = SqlContractRepository::open(named, options());
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    auto& repo = *opened;
    ASSERT_STORAGE_OK(repo->save(fullContract("LOST-1"), kNewContract, "ana"));
    std::string error;
    ASSERT_TRUE(
        postgresAdmin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '" +
                          settings().schema + "'",
                      &error))
        << error;
    const Result<StoredContract> loaded = repo->loadByReference("LOST-1");
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().kind, ErrorKind::Connection) << loaded.error().message;
    EXPECT_NE(loaded.error().message.find(repo->location()), std::string::npos) << loaded.error().message;
    // A new connection carries on.
    auto again = open();
    ASSERT_TRUE(again);
    ASSERT_OK_AND_ASSIGN(reloaded, again->loadByReference("LOST-1"));
    expectSameContract(fullContract("LOST-1"), reloaded.contract);
}

class FirstStartTest : public EngineTest {};

TEST_P(FirstStartTest, ProgramsSettingUpOneNewDatabaseAtOnceAllSucceed) {
    std::array<std::string, 3> failures;
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < failures.size(); ++i) {
        threads.emplace_back([&, i] {
            auto repo = SqlContractRepository::open(settings(), options());
            if (!repo) {
                failures[i] = repo.error().message;
            }
        });
    }
    for (std::thread& t : threads) {
        t.join();
    }
    for (const std::string& failure : failures) {
        EXPECT_TRUE(failure.empty()) << failure;
    }
}

INSTANTIATE_TEST_SUITE_P(Engines, ServerTest, ::testing::Values(Engine::PostgreSQL), engineName);
INSTANTIATE_TEST_SUITE_P(Engines, FirstStartTest, ::testing::Values(Engine::SQLite, Engine::PostgreSQL),
                         engineName);

} // namespace
} // namespace attrition::storage::test
