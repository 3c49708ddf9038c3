// attrition-cli's database commands (import, list, export, import-pickup, assess --db) on SQLite files in
// temporary folders, and on the PostgreSQL test server when one is given.

#include "../qt_printers.h"
#include "cli_test_support.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace {

class CliDatabase : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(dir_.isValid()); }

    QString path(const char* name) const { return dir_.filePath(QLatin1String(name)); }
    QString db() const { return path("contracts.sqlite"); }

    /// Runs a database command on the test's database.
    CliRun run(QStringList args, const QString& database = {}) const {
        args << QStringLiteral("--database") << (database.isEmpty() ? db() : database)
             << QStringLiteral("--user") << QStringLiteral("tester");
        return cli(args);
    }

    QString write(const char* name, const QByteArray& bytes) const {
        QFile f(path(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }

    static QString owed(const CliRun& r) {
        return json(r)
            .value(QStringLiteral("totals"))
            .toObject()
            .value(QStringLiteral("totalOwed"))
            .toString();
    }

    QTemporaryDir dir_;
};

TEST_F(CliDatabase, ImportingTheSamplesTwiceStoresEachOnce) {
    const QStringList files = jsonFilesIn(ATTRITION_SAMPLES_DIR);
    ASSERT_GE(files.size(), 20);
    const CliRun first = run(QStringList{QStringLiteral("import")} + files);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("%1 added, 0 replaced, 0 unchanged").arg(files.size())))
        << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("added    EX-A-2027 (version 1)")))
        << first.out.toStdString();

    const CliRun again = run(QStringList{QStringLiteral("import")} + files);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("0 added, 0 replaced, %1 unchanged").arg(files.size())))
        << again.out.toStdString();

    const CliRun list = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"),
                             QStringLiteral("1000")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(json(list).value(QStringLiteral("total")).toInt(), files.size());
    EXPECT_EQ(json(list).value(QStringLiteral("contracts")).toArray().size(), files.size());
}

TEST_F(CliDatabase, AStoredContractAssessesAsItsFileDoes) {
    const QString file = sample("example-c-food-beverage.json");
    ASSERT_EQ(run({QStringLiteral("import"), file}).exitCode, 0);
    const CliRun fromFile = cli({QStringLiteral("assess"), file, QStringLiteral("--json")});
    const CliRun stored = run({QStringLiteral("assess"), QStringLiteral("--db"), QStringLiteral("EX-C-2027"),
                               QStringLiteral("--json")});
    ASSERT_EQ(stored.exitCode, 0) << stored.err.toStdString();
    EXPECT_EQ(owed(stored), QStringLiteral("2556.93"));
    EXPECT_EQ(stored.out, fromFile.out);

    const CliRun text = run({QStringLiteral("assess"), QStringLiteral("--db"), QStringLiteral("EX-C-2027")});
    EXPECT_EQ(text.out, cli({QStringLiteral("assess"), file}).out);

    const CliRun missing = run({QStringLiteral("assess"), QStringLiteral("--db"), QStringLiteral("NO-SUCH")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("NO-SUCH"))) << missing.err.toStdString();
    EXPECT_TRUE(missing.err.contains(db())) << missing.err.toStdString();
}

TEST_F(CliDatabase, AFileWithOneBadContractImportsNothing) {
    ASSERT_EQ(run({QStringLiteral("import"), sample("example-a-cumulative.json")}).exitCode, 0);
    QFile good(sample("example-b-resale-by-count.json"));
    ASSERT_TRUE(good.open(QIODevice::ReadOnly));
    QByteArray broken = good.readAll();
    broken.replace("\"rooms\": 100", "\"rooms\": -100");
    const QString bad = write("bad.json", broken);

    const CliRun r = run({QStringLiteral("import"), sample("example-c-food-beverage.json"), bad});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(bad + QStringLiteral(": $.block[0].rooms"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was imported"))) << r.err.toStdString();
    const CliRun list = run({QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(json(list).value(QStringLiteral("total")).toInt(), 1)
        << "the good file was not imported either";

    const CliRun twice = run({QStringLiteral("import"), sample("example-c-food-beverage.json"),
                              sample("example-c-food-beverage.json")});
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("the reference \"EX-C-2027\" is also given in")))
        << twice.err.toStdString();
}

TEST_F(CliDatabase, ALargeFileWithOneBadContractFarIntoItImportsNothing) {
    // Over a megabyte: its contracts are parsed one by one and read on two cores.
    QByteArray collection = R"({"format": "attrition-desk/contracts", "version": 1, "contracts": [)";
    const QByteArray note(4000, 'n');
    for (int i = 0; i < 300; ++i) {
        collection += (i == 0 ? "\n" : ",\n");
        collection += R"({"reference": "L-)" + QByteArray::number(i) +
                      R"(", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09", )"
                      R"("departure": "2027-05-11", "notes": ")" +
                      note + "\"}";
    }
    collection += "]}";
    QByteArray broken = collection;
    broken.replace(
        R"({"reference": "L-250", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09")",
        R"({"reference": "L-250", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-02-30")");
    ASSERT_NE(broken, collection);
    const QString bad = write("large-bad.json", broken);
    const CliRun refused = run({QStringLiteral("import"), bad});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err, bad + QStringLiteral(": $.contracts[250].arrival: \"2027-02-30\" is not a date in "
                                                "the calendar\nattrition-cli: nothing was imported\n"));
    EXPECT_FALSE(QFileInfo::exists(db())) << "nothing was stored";

    const CliRun imported = run({QStringLiteral("import"), write("large.json", collection)});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const CliRun list = run({QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(json(list).value(QStringLiteral("total")).toInt(), 300);
}

TEST_F(CliDatabase, ALargeFileStoredWhileReadLeavesNoDatabaseWhenAContractFarIntoItIsRefused) {
    // Over a megabyte, into a new file: contracts are stored while later ones are still being read.
    QByteArray collection = R"({"format": "attrition-desk/contracts", "version": 1, "contracts": [)";
    const QByteArray note(4000, 'n');
    for (int i = 0; i < 300; ++i) {
        collection += (i == 0 ? "\n" : ",\n");
        collection += R"({"reference": "L-)" + QByteArray::number(i) +
                      R"(", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09", )"
                      R"("departure": "2027-05-11", "notes": ")" +
                      note + "\"}";
    }
    collection += "]}";
    QByteArray broken = collection;
    broken.replace(
        R"({"reference": "L-280", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09", )"
        R"("departure": "2027-05-11")",
        R"({"reference": "L-280", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09", )"
        R"("departure": "2027-05-08")");
    broken.replace(R"({"reference": "L-290")", R"({"reference": "L-3")");
    ASSERT_NE(broken, collection);
    const QString bad = write("large-refused.json", broken);
    const QString folder = path("new-folder");
    const QString database = folder + QStringLiteral("/deeper/contracts.sqlite");
    const CliRun refused = run({QStringLiteral("import"), bad}, database);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err,
              bad +
                  QStringLiteral(": $.contracts[280].departure: departure (2027-05-08) must be after arrival "
                                 "(2027-05-09)\n") +
                  bad + QStringLiteral(": $.contracts[290]: the reference \"L-3\" is also given in ") + bad +
                  QStringLiteral(": $.contracts[3]\nattrition-cli: nothing was imported\n"));
    EXPECT_EQ(refused.out, QString());
    EXPECT_FALSE(QFileInfo::exists(folder)) << "neither the database nor its folders are left behind";

    const CliRun imported = run({QStringLiteral("import"), write("large-good.json", collection)}, database);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(
        imported.out.startsWith(QStringLiteral("added    L-0 (version 1)\nadded    L-1 (version 1)\n")))
        << imported.out.toStdString();
    EXPECT_TRUE(imported.out.endsWith(QStringLiteral("300 contracts imported into ") +
                                      QDir::toNativeSeparators(database) +
                                      QStringLiteral(": 300 added, 0 replaced, 0 unchanged\n")))
        << imported.out.toStdString();
    const CliRun list = run({QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("reference"),
                             QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")},
                            database);
    EXPECT_EQ(json(list).value(QStringLiteral("total")).toInt(), 300);
}

TEST_F(CliDatabase, AChangedContractReplacesTheStoredOneOnlyWhenAsked) {
    const QString file = sample("example-a-cumulative.json");
    ASSERT_EQ(run({QStringLiteral("import"), file}).exitCode, 0);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray changed = f.readAll();
    changed.replace("Midwest Orthopaedic Forum", "Midwest Orthopaedic Forum 2027");
    const QString edited = write("edited.json", changed);

    const CliRun refused = run({QStringLiteral("import"), edited});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("\"EX-A-2027-CUM\""))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("None of the 1 contracts was imported")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--replace"))) << refused.err.toStdString();

    const CliRun replaced = run({QStringLiteral("import"), edited, QStringLiteral("--replace")});
    ASSERT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
    EXPECT_TRUE(replaced.out.contains(QStringLiteral("replaced EX-A-2027-CUM (version 2)")))
        << replaced.out.toStdString();
    const CliRun list = run({QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonObject row = json(list).value(QStringLiteral("contracts")).toArray().at(0).toObject();
    EXPECT_EQ(row.value(QStringLiteral("groupName")).toString(),
              QStringLiteral("Midwest Orthopaedic Forum 2027"));
    EXPECT_EQ(row.value(QStringLiteral("version")).toInt(), 2);
    EXPECT_EQ(row.value(QStringLiteral("updatedBy")).toString(), QStringLiteral("tester"));
}

TEST_F(CliDatabase, ListFiltersSortsAndPages) {
    ASSERT_EQ(run(QStringList{QStringLiteral("import")} + jsonFilesIn(ATTRITION_SAMPLES_DIR)).exitCode, 0);
    const CliRun jpy = run({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("jpy"),
                            QStringLiteral("--json")});
    ASSERT_EQ(jpy.exitCode, 0) << jpy.err.toStdString();
    for (const QJsonValue& row : json(jpy).value(QStringLiteral("contracts")).toArray()) {
        EXPECT_TRUE(row.toObject()
                        .value(QStringLiteral("reference"))
                        .toString()
                        .contains(QStringLiteral("JPY"), Qt::CaseInsensitive) ||
                    row.toObject()
                        .value(QStringLiteral("groupName"))
                        .toString()
                        .contains(QStringLiteral("JPY"), Qt::CaseInsensitive));
    }

    const CliRun sorted = run({QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("reference"),
                               QStringLiteral("--descending"), QStringLiteral("--limit"), QStringLiteral("3"),
                               QStringLiteral("--json")});
    const QJsonArray rows = json(sorted).value(QStringLiteral("contracts")).toArray();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_GT(rows[0].toObject().value(QStringLiteral("reference")).toString(),
              rows[1].toObject().value(QStringLiteral("reference")).toString());
    EXPECT_GT(json(sorted).value(QStringLiteral("total")).toInt(), 3);

    const CliRun actualized =
        run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("actualized")});
    ASSERT_EQ(actualized.exitCode, 0);
    EXPECT_TRUE(actualized.out.contains(QStringLiteral("EX-A-2027"))) << actualized.out.toStdString();
    EXPECT_FALSE(actualized.out.contains(QStringLiteral("tentative"))) << actualized.out.toStdString();

    const CliRun badStatus =
        run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("signed")});
    EXPECT_EQ(badStatus.exitCode, 2);
    EXPECT_TRUE(badStatus.err.contains(QStringLiteral("--status: unknown status \"signed\"")))
        << badStatus.err.toStdString();
    const CliRun badSort = run({QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("colour")});
    EXPECT_EQ(badSort.exitCode, 2);
    const CliRun badDate =
        run({QStringLiteral("list"), QStringLiteral("--arriving-from"), QStringLiteral("12/05/2027")});
    EXPECT_EQ(badDate.exitCode, 2);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("--arriving-from"))) << badDate.err.toStdString();
}

TEST_F(CliDatabase, ExportedContractsImportUnchangedIntoAnotherDatabase) {
    const QStringList files = jsonFilesIn(ATTRITION_SAMPLES_DIR);
    ASSERT_EQ(run(QStringList{QStringLiteral("import")} + files).exitCode, 0);
    const QString exported = path("export.json");
    const CliRun e = run({QStringLiteral("export"), QStringLiteral("--out"), exported});
    ASSERT_EQ(e.exitCode, 0) << e.err.toStdString();
    EXPECT_TRUE(e.out.contains(QStringLiteral("%1 contracts exported").arg(files.size())))
        << e.out.toStdString();

    const QString other = path("other.sqlite");
    const CliRun in = run({QStringLiteral("import"), exported}, other);
    ASSERT_EQ(in.exitCode, 0) << in.err.toStdString();
    EXPECT_TRUE(in.out.contains(QStringLiteral("%1 added").arg(files.size()))) << in.out.toStdString();
    // The round trip loses nothing: the exported file imports into the first database unchanged.
    const CliRun back = run({QStringLiteral("import"), exported});
    EXPECT_TRUE(back.out.contains(QStringLiteral("%1 unchanged").arg(files.size())))
        << back.out.toStdString();

    const CliRun csv = run({QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("--status"),
                            QStringLiteral("actualized")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Reference,"))) << lines[0].toStdString();
    const auto row = std::find_if(lines.begin(), lines.end(), [](const QString& l) {
        return l.startsWith(QStringLiteral("EX-A-2027-CUM,"));
    });
    ASSERT_NE(row, lines.end()) << csv.out.toStdString();
    EXPECT_TRUE(row->contains(QStringLiteral(",0.00,"))) << row->toStdString();
}

TEST_F(CliDatabase, APickupReportBecomesTheContractsPickupOnce) {
    ASSERT_EQ(run({QStringLiteral("import"), sample("example-a-night-by-night.json")}).exitCode, 0);
    const CliRun before = run({QStringLiteral("assess"), QStringLiteral("--db"), QStringLiteral("EX-A-2027"),
                               QStringLiteral("--json")});
    EXPECT_EQ(owed(before), QStringLiteral("2640.00"));

    const QString report = write("pickup.csv", "Date,Room Type,Original,Current,Pickup,Available\r\n"
                                               "2027-05-09,KING,20,20,10,10\r\n"
                                               "2027-05-12,KING,20,20,16,4\r\n");
    const QStringList args{QStringLiteral("import-pickup"), report,
                           QStringLiteral("--db"),          QStringLiteral("EX-A-2027"),
                           QStringLiteral("--report-date"), QStringLiteral("2027-05-13")};
    const CliRun imported = run(args);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(
        imported.out.contains(QStringLiteral("(2 rows) was imported into contract \"EX-A-2027\", version 2")))
        << imported.out.toStdString();
    // Sunday: 16 required, 10 picked up: 6 x 150.00 x 80%; Wednesday is now at its 16.
    const CliRun after = run({QStringLiteral("assess"), QStringLiteral("--db"), QStringLiteral("EX-A-2027"),
                              QStringLiteral("--json")});
    EXPECT_EQ(owed(after), QStringLiteral("720.00"));

    const CliRun again = run(args);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("was already in contract \"EX-A-2027\", version 2")))
        << again.out.toStdString();

    const QString bad = write("bad.csv", "Date,Room Type,Pickup\n2027-05-09,KING,3\n2027-05-20,KING,4\n");
    const CliRun refused =
        run({QStringLiteral("import-pickup"), bad, QStringLiteral("--db"), QStringLiteral("EX-A-2027")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(bad + QStringLiteral(": line 3"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("nothing was imported"))) << refused.err.toStdString();
    EXPECT_EQ(owed(run({QStringLiteral("assess"), QStringLiteral("--db"), QStringLiteral("EX-A-2027"),
                        QStringLiteral("--json")})),
              QStringLiteral("720.00"))
        << "the refused report changed nothing";
}

TEST_F(CliDatabase, ThePickupHistoryTravelsWithTheExportedContracts) {
    ASSERT_EQ(run({QStringLiteral("import"), sample("example-a-night-by-night.json")}).exitCode, 0);
    const QString early = write("early.csv", "Date,Room Type,Pickup\n2027-05-09,KING,4\n2027-05-12,KING,6\n");
    const QString later =
        write("later.csv", "Date,Room Type,Pickup\n2027-05-09,KING,9\n2027-05-12,KING,12\n");
    for (const auto& [file, day] : {std::pair{early, "2027-03-01"}, std::pair{later, "2027-04-01"}}) {
        const CliRun r =
            run({QStringLiteral("import-pickup"), file, QStringLiteral("--db"), QStringLiteral("EX-A-2027"),
                 QStringLiteral("--report-date"), QLatin1String(day)});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    const QString exported = path("export.json");
    ASSERT_EQ(run({QStringLiteral("export"), QStringLiteral("--out"), exported}).exitCode, 0);
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray history = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QStringLiteral("contracts"))
                                   .toArray()[0]
                                   .toObject()
                                   .value(QStringLiteral("pickupHistory"))
                                   .toArray();
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history[1].toObject().value(QStringLiteral("reportDate")).toString(),
              QStringLiteral("2027-04-01"));
    EXPECT_EQ(history[1]
                  .toObject()
                  .value(QStringLiteral("pickup"))
                  .toArray()[1]
                  .toObject()
                  .value(QStringLiteral("rooms")),
              QJsonValue(12));

    const QString other = path("other.sqlite");
    const CliRun in = run({QStringLiteral("import"), exported}, other);
    ASSERT_EQ(in.exitCode, 0) << in.err.toStdString();
    EXPECT_TRUE(in.out.contains(QStringLiteral("2 pickup reports of their histories recorded")))
        << in.out.toStdString();
    const CliRun again = run({QStringLiteral("import"), exported}, other);
    EXPECT_FALSE(again.out.contains(QStringLiteral("pickup report"))) << again.out.toStdString();
    const QString reexported = path("reexport.json");
    ASSERT_EQ(run({QStringLiteral("export"), QStringLiteral("--out"), reexported}, other).exitCode, 0);
    QFile back(reexported);
    ASSERT_TRUE(back.open(QIODevice::ReadOnly));
    ASSERT_TRUE(file.reset());
    EXPECT_EQ(back.readAll(), file.readAll()) << "the other database exports the same file, history included";
}

TEST_F(CliDatabase, DatabaseProblemsAreNamed) {
    const CliRun missing = run({QStringLiteral("list")}, path("no-such.sqlite"));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(path("no-such.sqlite"))) << missing.err.toStdString();
    EXPECT_FALSE(QFile::exists(path("no-such.sqlite"))) << "listing never creates a database";

    const QString notADatabase = write("notes.sqlite", "these are not contracts\n");
    const CliRun wrong = run({QStringLiteral("import"), sample("example-a-cumulative.json")}, notADatabase);
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(notADatabase)) << wrong.err.toStdString();
    QFile kept(notADatabase);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("these are not contracts\n")) << "the file is left as it was";

    const CliRun password =
        run({QStringLiteral("list")}, QStringLiteral("postgresql://ana:secret@localhost:5432/sales"));
    EXPECT_EQ(password.exitCode, 1);
    EXPECT_TRUE(password.err.contains(QStringLiteral("holds a password"))) << password.err.toStdString();
    EXPECT_FALSE(password.err.contains(QStringLiteral("secret"))) << password.err.toStdString();
}

TEST_F(CliDatabase, WithoutDatabaseTheUsersOwnIsUsed) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir_.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), path("data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path("config"));
    const CliRun imported = cli({QStringLiteral("import"), sample("example-a-cumulative.json")}, env);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(path("data"))) << imported.out.toStdString();
    EXPECT_TRUE(QFile::exists(path("data/Attrition Desk/Attrition Desk/contracts.sqlite")) ||
                QFile::exists(path("data/Attrition Desk/contracts.sqlite")))
        << imported.out.toStdString();
}

TEST_F(CliDatabase, APostgreSQLServerWorksTheSame) {
    const QString host = qEnvironmentVariable("ATTRITION_TEST_PG_HOST");
    if (host.isEmpty()) {
        GTEST_SKIP() << "NOT RUN: no PostgreSQL test server (set ATTRITION_TEST_PG_HOST, _PORT, _USER, _DB; "
                        "tests/storage/pg-test-cluster.sh starts one)";
    }
    const QString server =
        QStringLiteral("postgresql://%1@%2:%3/%4?schema=cli_%5")
            .arg(qEnvironmentVariable("ATTRITION_TEST_PG_USER"), host,
                 qEnvironmentVariable("ATTRITION_TEST_PG_PORT"), qEnvironmentVariable("ATTRITION_TEST_PG_DB"))
            .arg(QDateTime::currentMSecsSinceEpoch());
    const QString file = sample("example-e-cancellation.json");
    // A server's schema is created on first use only by the commands that write.
    const CliRun first = run({QStringLiteral("import"), file}, server);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("1 added"))) << first.out.toStdString();
    EXPECT_TRUE(run({QStringLiteral("import"), file}, server).out.contains(QStringLiteral("1 unchanged")));
    const CliRun stored = run({QStringLiteral("assess"), QStringLiteral("--db"), QStringLiteral("EX-E-2027"),
                               QStringLiteral("--json")},
                              server);
    ASSERT_EQ(stored.exitCode, 0) << stored.err.toStdString();
    EXPECT_EQ(owed(stored), QStringLiteral("28680.00"));
}

} // namespace
