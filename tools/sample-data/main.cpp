// attrition-sample-data: fills a contract database with sample contracts and the outlook of their hotels.
//
//   attrition-sample-data --sqlite contracts.sqlite --contracts 10000
//   attrition-sample-data --host db.example --database sales --user ana --contracts 500
//
// The PostgreSQL password is read from ATTRITION_PG_PASSWORD, or found by libpq itself (PGPASSWORD,
// ~/.pgpass); it is never written anywhere.

#include "attrition/storage/connection.h"
#include "attrition/storage/sample_data.h"
#include "attrition/storage/sql_repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <cstdio>
#include <cstdlib>

using namespace attrition::storage;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("attrition-sample-data"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fills a contract database with sample contracts and their hotels' outlook."));
    parser.addHelpOption();
    const QCommandLineOption sqlite(QStringLiteral("sqlite"),
                                    QStringLiteral("The SQLite database file (created if missing)."),
                                    QStringLiteral("file"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("PostgreSQL server."),
                                  QStringLiteral("host"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("PostgreSQL port."),
                                  QStringLiteral("port"), QStringLiteral("5432"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("PostgreSQL database."),
                                      QStringLiteral("name"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("PostgreSQL user."),
                                  QStringLiteral("name"));
    const QCommandLineOption schema(QStringLiteral("schema"), QStringLiteral("PostgreSQL schema."),
                                    QStringLiteral("name"));
    const QCommandLineOption contracts(QStringLiteral("contracts"),
                                       QStringLiteral("How many contracts (1000)."), QStringLiteral("count"),
                                       QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("The seed (1)."),
                                  QStringLiteral("number"), QStringLiteral("1"));
    const QCommandLineOption first(
        QStringLiteral("first-index"),
        QStringLiteral("The first contract's index (0); references run on from it."), QStringLiteral("index"),
        QStringLiteral("0"));
    const QCommandLineOption noSnapshots(QStringLiteral("no-snapshots"),
                                         QStringLiteral("Record no pickup reports."));
    const QCommandLineOption noScenarios(QStringLiteral("no-scenarios"),
                                         QStringLiteral("Save no scenarios."));
    const QCommandLineOption noOutlook(QStringLiteral("no-outlook"),
                                       QStringLiteral("Save no hotel outlook for the contracts' nights."));
    const QCommandLineOption today(
        QStringLiteral("today"),
        QStringLiteral("Date the contracts for this day (YYYY-MM-DD, or \"now\"); without it, for %1.")
            .arg(QString::fromStdString(sampleToday().toIso())),
        QStringLiteral("date"));
    parser.addOptions({sqlite, host, port, database, user, schema, contracts, seed, first, noSnapshots,
                       noScenarios, noOutlook, today});
    parser.process(app);

    ConnectionSettings settings;
    OpenOptions options;
    options.createIfMissing = true;
    if (parser.isSet(host) || parser.isSet(database)) {
        settings.engine = Engine::PostgreSQL;
        settings.host = parser.value(host).toStdString();
        settings.port = parser.value(port).toInt();
        settings.database = parser.value(database).toStdString();
        settings.user = parser.value(user).toStdString();
        settings.schema = parser.value(schema).toStdString();
        if (const char* password = std::getenv("ATTRITION_PG_PASSWORD")) {
            options.password = password;
        }
    } else if (parser.isSet(sqlite)) {
        settings.file = parser.value(sqlite).toStdString();
    } else {
        std::fprintf(stderr, "Give --sqlite FILE, or --host and --database for PostgreSQL.\n");
        return 2;
    }

    Result<std::unique_ptr<SqlContractRepository>> repository =
        SqlContractRepository::open(settings, options);
    if (!repository) {
        std::fprintf(stderr, "%s\n", repository.error().message.c_str());
        return 1;
    }
    SampleDataOptions sample;
    sample.contracts = parser.value(contracts).toLongLong();
    sample.seed = parser.value(seed).toULongLong();
    sample.firstIndex = parser.value(first).toLongLong();
    sample.withSnapshots = !parser.isSet(noSnapshots);
    sample.withScenarios = !parser.isSet(noScenarios);
    sample.withOutlook = !parser.isSet(noOutlook);
    if (parser.isSet(today)) {
        const QDate day = parser.value(today) == QLatin1String("now")
                              ? QDate::currentDate()
                              : QDate::fromString(parser.value(today), Qt::ISODate);
        sample.today =
            day.isValid() ? attrition::Date::fromYmd(day.year(), day.month(), day.day()) : std::nullopt;
        if (!sample.today) {
            std::fprintf(stderr, "--today: not a date: %s\n", qPrintable(parser.value(today)));
            return 2;
        }
    }
    sample.progress = [](std::int64_t done, std::int64_t total) {
        std::fprintf(stderr, "\r%lld of %lld contracts", static_cast<long long>(done),
                     static_cast<long long>(total));
    };
    QElapsedTimer timer;
    timer.start();
    Result<std::int64_t> saved = populateSampleData(**repository, sample);
    std::fprintf(stderr, "\n");
    if (!saved) {
        std::fprintf(stderr, "%s\n", saved.error().message.c_str());
        return 1;
    }
    std::printf("Saved %lld sample contracts in %s in %.1f s.\n", static_cast<long long>(*saved),
                (*repository)->location().c_str(), static_cast<double>(timer.elapsed()) / 1000.0);
    return 0;
}
