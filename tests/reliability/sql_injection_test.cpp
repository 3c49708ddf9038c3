// Every text a user types reaches the database as a bound parameter, never as SQL: quotes, SQL fragments,
// LIKE wildcards, backslashes and Unicode go through every text field of a contract (reference, group,
// account, hotel, sales manager, notes, room types, deposit notes), the user's name, the search filters and
// scenario names, and come back byte for byte, with the database intact. On SQLite always; on the PostgreSQL
// test server when ATTRITION_TEST_PG_HOST, _PORT, _USER and _DB are set (tests/storage/pg-test-cluster.sh).

#include "../qt_printers.h"
#include "attrition/domain/percent.h"
#include "attrition/domain/scenario.h"
#include "attrition/storage/connection.h"
#include "attrition/storage/sql_repository.h"
#include "reliability_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdlib>
#include <optional>

namespace attrition::reliability {
namespace {

/// Texts that break SQL built by pasting strings together. None holds a NUL.
const QStringList& hostileTexts() {
    static const QStringList texts{
        QStringLiteral("'; DROP TABLE contracts; --"),
        QStringLiteral("\" OR 1=1 --"),
        QStringLiteral("Robert'); DELETE FROM contracts WHERE ('1'='1"),
        QStringLiteral("100% _sure_"),
        QStringLiteral("%"),
        QStringLiteral("_"),
        QStringLiteral("back\\slash \\' \\\" \\\\ \\% \\_"),
        QStringLiteral("$1 ? :name @p0 %s {0} ?1"),
        QStringLiteral("*/ /* -- # ;"),
        QStringLiteral("O'Brien's \"Best\" Inn"),
        QString::fromUtf8("Zo\xC3\xAB \xC3\x98rsted \xE2\x80\x94 \xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x8F\xA8"),
        QStringLiteral("<b>&amp;</b> <script>alert(1)</script>"),
    };
    return texts;
}

/// A contract whose every text field carries `h`.
QJsonObject hostileContract(int i, const QString& h) {
    const QString reference = QStringLiteral("INJ-%1 ").arg(i, 2, 10, QLatin1Char('0')) + h;
    const auto entry = [](const char* night, const QString& type, int rooms) {
        return QJsonObject{{QStringLiteral("night"), QLatin1String(night)},
                           {QStringLiteral("roomType"), type},
                           {QStringLiteral("rooms"), rooms}};
    };
    QJsonObject block1 = entry("2027-05-09", h, 10);
    block1.insert(QStringLiteral("rate"), QStringLiteral("150.00"));
    QJsonObject block2 = entry("2027-05-10", QStringLiteral("KING ") + h, 20);
    block2.insert(QStringLiteral("rate"), QStringLiteral("160.00"));
    QJsonObject reduction = entry("2027-05-10", QStringLiteral("KING ") + h, 18);
    reduction.insert(QStringLiteral("recorded"), QStringLiteral("2027-01-10"));
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("attrition-desk/contract")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("groupName"), h},
        {QStringLiteral("account"), QStringLiteral("Account ") + h},
        {QStringLiteral("hotel"), QStringLiteral("Hotel ") + h},
        {QStringLiteral("salesManager"), h + QStringLiteral(" (manager)")},
        {QStringLiteral("status"), QStringLiteral("definite")},
        {QStringLiteral("currency"), QStringLiteral("USD")},
        {QStringLiteral("signedOn"), QStringLiteral("2026-03-02")},
        {QStringLiteral("arrival"), QStringLiteral("2027-05-09")},
        {QStringLiteral("departure"), QStringLiteral("2027-05-11")},
        {QStringLiteral("block"), QJsonArray{block1, block2}},
        {QStringLiteral("reviewSchedule"),
         QJsonArray{QJsonObject{{QStringLiteral("deadline"), QStringLiteral("2027-01-15")},
                                {QStringLiteral("maxReduction"), QStringLiteral("20")}}}},
        {QStringLiteral("reductions"), QJsonArray{reduction}},
        {QStringLiteral("pickup"),
         QJsonArray{entry("2027-05-09", h, 7), entry("2027-05-10", QStringLiteral("KING ") + h, 15)}},
        {QStringLiteral("deposits"),
         QJsonArray{QJsonObject{{QStringLiteral("received"), QStringLiteral("2026-03-15")},
                                {QStringLiteral("amount"), QStringLiteral("1000.00")},
                                {QStringLiteral("note"), QStringLiteral("Deposit: ") + h}}}},
        {QStringLiteral("notes"), QStringLiteral("Notes: ") + h + QStringLiteral("\nand a second line ") + h},
    };
}

/// The text fields of a contract that must come back unchanged, as "path = value" lines.
QStringList textFields(const QJsonObject& c) {
    QStringList fields;
    for (const char* key : {"reference", "groupName", "account", "hotel", "salesManager", "notes"}) {
        fields << QLatin1String(key) + QStringLiteral(" = ") + c.value(QLatin1String(key)).toString();
    }
    for (const char* list : {"block", "reductions", "pickup"}) {
        const QJsonArray entries = c.value(QLatin1String(list)).toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            fields << QStringLiteral("%1[%2].roomType = ").arg(QLatin1String(list)).arg(i) +
                          entries[i].toObject().value(QStringLiteral("roomType")).toString();
        }
    }
    const QJsonArray deposits = c.value(QStringLiteral("deposits")).toArray();
    for (qsizetype i = 0; i < deposits.size(); ++i) {
        fields << QStringLiteral("deposits[%1].note = ").arg(i) +
                      deposits[i].toObject().value(QStringLiteral("note")).toString();
    }
    return fields;
}

enum class Engine { SQLite, PostgreSQL };

struct PgServer {
    QString host, port, user, database, password;
};

std::optional<PgServer> pgServer() {
    const QString host = qEnvironmentVariable("ATTRITION_TEST_PG_HOST");
    const QString db = qEnvironmentVariable("ATTRITION_TEST_PG_DB");
    if (host.isEmpty() || db.isEmpty()) {
        return std::nullopt;
    }
    return PgServer{host, qEnvironmentVariable("ATTRITION_TEST_PG_PORT", QStringLiteral("5432")),
                    qEnvironmentVariable("ATTRITION_TEST_PG_USER"), db,
                    qEnvironmentVariable("ATTRITION_TEST_PG_PASSWORD")};
}

/// Runs SQL on the PostgreSQL test server (creating and dropping the test's schema).
bool pgAdmin(const PgServer& s, const QString& sql) {
    const QString name = QStringLiteral("reliability-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::contains(name)
                              ? QSqlDatabase::database(name, false)
                              : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isOpen()) {
            db.setHostName(s.host);
            db.setPort(s.port.toInt());
            db.setUserName(s.user);
            db.setDatabaseName(s.database);
            db.setPassword(s.password);
            if (db.open()) {
                QSqlQuery quiet(db);
                quiet.exec(QStringLiteral("SET client_min_messages = warning"));
            }
        }
        QSqlQuery q(db);
        ok = q.exec(sql);
        EXPECT_TRUE(ok) << sql.toStdString() << ": " << q.lastError().text().toStdString();
    }
    return ok;
}

class SqlInjection : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        home_ = dir_.filePath(QStringLiteral("home"));
        ASSERT_TRUE(QDir().mkpath(home_));
        env_ = isolatedEnvironment(home_);
        if (GetParam() == Engine::SQLite) {
            location_ = dir_.filePath(QStringLiteral("contracts.sqlite"));
            return;
        }
        const std::optional<PgServer> server = pgServer();
        if (!server) {
            GTEST_SKIP() << "PostgreSQL: set ATTRITION_TEST_PG_HOST, _PORT, _USER and _DB "
                            "(tests/storage/pg-test-cluster.sh start DIR) to run this test on a server";
        }
        server_ = *server;
        schema_ = QStringLiteral("reliability_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        location_ = QStringLiteral("postgresql://%1@%2:%3/%4?schema=%5")
                        .arg(server_.user, server_.host, server_.port, server_.database, schema_);
        if (!server_.password.isEmpty()) {
            env_.insert(QStringLiteral("PGPASSWORD"), server_.password);
        }
    }
    void TearDown() override {
        if (!schema_.isEmpty()) {
            pgAdmin(server_, QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(schema_));
        }
    }

    CliRun run(QStringList args, const QString& user = QStringLiteral("tester")) const {
        args << QStringLiteral("--database=") + location_ << QStringLiteral("--user=") + user;
        return cli(args, env_);
    }

    /// The stored contracts' references that `list` shows with these options.
    QStringList listed(const QStringList& options) const {
        const CliRun r = run(QStringList{QStringLiteral("list"), QStringLiteral("--json"),
                                         QStringLiteral("--limit=1000"), QStringLiteral("--sort=reference")} +
                             options);
        EXPECT_EQ(r.exitCode, 0) << options.join(QLatin1Char(' ')).toStdString() << ": "
                                 << r.err.toStdString();
        QStringList references;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const QJsonValue& row : o.value(QStringLiteral("contracts")).toArray()) {
            references << row.toObject().value(QStringLiteral("reference")).toString();
        }
        EXPECT_EQ(o.value(QStringLiteral("total")).toInt(), references.size());
        return references;
    }

    /// Opens the test's database through the storage library (for scenarios, which no command writes).
    std::unique_ptr<storage::SqlContractRepository> open() const {
        auto settings = storage::connectionFromLocation(location_.toStdString());
        EXPECT_TRUE(settings.ok());
        if (!settings) {
            return nullptr;
        }
        storage::OpenOptions options;
        options.password = server_.password.toStdString();
        auto repository = storage::SqlContractRepository::open(*settings, options);
        EXPECT_TRUE(repository.ok()) << repository.error().message;
        return repository ? std::move(*repository) : nullptr;
    }

    QTemporaryDir dir_;
    QString home_;
    QProcessEnvironment env_;
    QString location_;
    PgServer server_;
    QString schema_;
};

TEST_P(SqlInjection, HostileTextsRoundTripThroughEveryFieldAndTheDatabaseStaysIntact) {
    const QStringList& texts = hostileTexts();
    QJsonArray contracts;
    for (int i = 0; i < texts.size(); ++i) {
        contracts.append(hostileContract(i, texts[i]));
    }
    const QString file = dir_.filePath(QStringLiteral("hostile.json"));
    ASSERT_TRUE(writeFile(file, QJsonDocument(QJsonObject{{QStringLiteral("format"),
                                                           QStringLiteral("attrition-desk/contracts")},
                                                          {QStringLiteral("version"), 1},
                                                          {QStringLiteral("contracts"), contracts}})
                                    .toJson()));
    const CliRun validated = cli({QStringLiteral("validate"), file}, env_);
    ASSERT_EQ(validated.exitCode, 0) << validated.err.toStdString();

    // Imported by a user whose name is itself hostile.
    const CliRun imported = run({QStringLiteral("import"), file}, texts[0]);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("%1 added").arg(texts.size())))
        << imported.out.toStdString();

    // Exported, every text comes back exactly.
    const CliRun exported = run({QStringLiteral("export")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QJsonArray back =
        QJsonDocument::fromJson(exported.out.toUtf8()).object().value(QStringLiteral("contracts")).toArray();
    ASSERT_EQ(back.size(), contracts.size()) << exported.out.toStdString();
    for (qsizetype i = 0; i < contracts.size(); ++i) {
        const QJsonObject sent = contracts[i].toObject();
        const QString reference = sent.value(QStringLiteral("reference")).toString();
        const auto found = std::find_if(back.begin(), back.end(), [&](const QJsonValue& v) {
            return v.toObject().value(QStringLiteral("reference")).toString() == reference;
        });
        ASSERT_NE(found, back.end()) << reference.toStdString();
        EXPECT_EQ(textFields((*found).toObject()), textFields(sent));
    }
    // Importing the export again changes nothing: the stored texts equal the file's to the byte.
    const QString again = dir_.filePath(QStringLiteral("exported.json"));
    ASSERT_TRUE(writeFile(again, exported.out.toUtf8()));
    const CliRun reimported = run({QStringLiteral("import"), again});
    ASSERT_EQ(reimported.exitCode, 0) << reimported.err.toStdString();
    EXPECT_TRUE(
        reimported.out.contains(QStringLiteral("0 added, 0 replaced, %1 unchanged").arg(texts.size())))
        << reimported.out.toStdString();

    // Searching for each text finds exactly the contracts that hold it: % and _ are not wildcards.
    for (const QString& h : texts) {
        QStringList expected;
        const QStringList words = h.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const QJsonValue& v : contracts) {
            const QJsonObject c = v.toObject();
            const QStringList searched{c.value(QStringLiteral("reference")).toString(),
                                       c.value(QStringLiteral("groupName")).toString(),
                                       c.value(QStringLiteral("account")).toString(),
                                       c.value(QStringLiteral("hotel")).toString(),
                                       c.value(QStringLiteral("salesManager")).toString()};
            const bool all = std::all_of(words.begin(), words.end(), [&](const QString& w) {
                return std::any_of(searched.begin(), searched.end(),
                                   [&](const QString& s) { return s.contains(w, Qt::CaseInsensitive); });
            });
            if (all) {
                expected << c.value(QStringLiteral("reference")).toString();
            }
        }
        expected.sort();
        ASSERT_FALSE(expected.isEmpty());
        EXPECT_EQ(listed({QStringLiteral("--search=") + h}), expected) << "--search=" << h.toStdString();
    }
    // The exact filters match exactly one contract each.
    for (int i = 0; i < texts.size(); ++i) {
        const QJsonObject c = contracts[i].toObject();
        const QStringList one{c.value(QStringLiteral("reference")).toString()};
        EXPECT_EQ(listed({QStringLiteral("--account=") + c.value(QStringLiteral("account")).toString()}),
                  one);
        EXPECT_EQ(listed({QStringLiteral("--hotel=") + c.value(QStringLiteral("hotel")).toString()}), one);
        EXPECT_EQ(listed({QStringLiteral("--manager=") + c.value(QStringLiteral("salesManager")).toString()}),
                  one);
    }
    // A pickup report of a hostile room type, for a hostile reference.
    const QJsonObject first = contracts[0].toObject();
    const QString csv = dir_.filePath(QStringLiteral("pickup.csv"));
    QString type = texts[0];
    type.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    ASSERT_TRUE(writeFile(
        csv,
        (QStringLiteral("Date,Room Type,Pickup\n2027-05-09,\"") + type + QStringLiteral("\",9\n")).toUtf8()));
    const CliRun picked = run({QStringLiteral("import-pickup"), csv,
                               QStringLiteral("--db=") + first.value(QStringLiteral("reference")).toString(),
                               QStringLiteral("--report-date=2027-04-01")},
                              texts[1]);
    EXPECT_EQ(picked.exitCode, 0) << picked.err.toStdString();

    // Scenario names, through the storage library (no command writes scenarios).
    {
        auto repository = open();
        ASSERT_NE(repository, nullptr);
        auto stored =
            repository->loadByReference(first.value(QStringLiteral("reference")).toString().toStdString());
        ASSERT_TRUE(stored.ok()) << stored.error().message;
        EXPECT_EQ(stored->contract.pickup.front().rooms, 9);
        for (const QString& h : texts) {
            Scenario scenario;
            scenario.name = h.toStdString();
            scenario.overrides.uniformPickup = Percent::fromPoints(75);
            auto saved = repository->saveScenario(stored->id, scenario, h.toStdString());
            ASSERT_TRUE(saved.ok()) << h.toStdString() << ": " << saved.error().message;
        }
        auto scenarios = repository->scenarios(stored->id);
        ASSERT_TRUE(scenarios.ok()) << scenarios.error().message;
        QStringList names;
        for (const auto& s : *scenarios) {
            names << QString::fromStdString(s.scenario.name);
        }
        names.sort();
        QStringList expected = texts;
        expected.sort();
        EXPECT_EQ(names, expected);
    }

    // The database is intact: every contract is still there, and still exports the same.
    EXPECT_EQ(listed({}).size(), texts.size());
    const CliRun after = run({QStringLiteral("export")});
    ASSERT_EQ(after.exitCode, 0) << after.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(after.out.toUtf8())
                  .object()
                  .value(QStringLiteral("contracts"))
                  .toArray()
                  .size(),
              texts.size());
}

std::string engineName(const ::testing::TestParamInfo<Engine>& info) {
    return info.param == Engine::SQLite ? "SQLite" : "PostgreSQL";
}

INSTANTIATE_TEST_SUITE_P(Engines, SqlInjection, ::testing::Values(Engine::SQLite, Engine::PostgreSQL),
                         engineName);

} // namespace
} // namespace attrition::reliability
