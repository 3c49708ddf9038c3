// attrition-cli assess --scenarios and fractional pickup sweeps, run as a user would.

#include "cli_test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

namespace {

QString writeGrid(const QTemporaryDir& dir, const char* name, const QByteArray& text) {
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

/// The totals of `assess FILE --json` with the given what-if options.
QJsonObject assessedTotals(const QString& file, const QStringList& options) {
    const CliRun r = cli(QStringList{QStringLiteral("assess"), file, QStringLiteral("--json")} + options);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return json(r).value(QStringLiteral("totals")).toObject();
}

// Each scenario: the grid's cells and the same figures as assess options.
struct Case {
    const char* name;
    const char* pickup;
    const char* night;
    const char* spend;
    const char* notice;
};

const Case kCases[] = {
    {"as contracted", "", "", "", ""},
    {"seventy", "70", "", "", ""},
    {"fractional, \"quoted\"", "79.99", "", "", ""},
    {"one night", "", "3", "", ""},
    {"spend", "85.5", "", "20000.00", ""},
    {"cancelled", "", "", "", "2027-08-01"},
    {"all", "60", "", "1000.00", "2027-09-30"},
};

TEST(CliScenarioGrid, EveryRowEqualsAssessOfThatScenario) {
    const QTemporaryDir dir;
    const QString contract = example("complete-contract.json");
    QByteArray grid = "name,pickup,pickup:2027-10-04:KING,FB-Spend,notice\r\n";
    for (const Case& c : kCases) {
        QByteArray name = c.name;
        name.replace("\"", "\"\"");
        grid += "\"" + name + "\"," + c.pickup + "," + c.night + "," + c.spend + "," + c.notice + "\r\n";
    }
    const QString file = writeGrid(dir, "grid.csv", grid);

    const CliRun csv = cli({QStringLiteral("assess"), contract, QStringLiteral("--scenarios"), file});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const CliRun asJson = cli(
        {QStringLiteral("assess"), contract, QStringLiteral("--scenarios"), file, QStringLiteral("--json")});
    ASSERT_EQ(asJson.exitCode, 0) << asJson.err.toStdString();
    const QJsonArray rows = json(asJson).value(QStringLiteral("scenarios")).toArray();
    ASSERT_EQ(rows.size(), static_cast<qsizetype>(std::size(kCases)));

    QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), static_cast<qsizetype>(std::size(kCases)) + 1);
    EXPECT_EQ(
        lines.front(),
        QStringLiteral(
            "name,rooms,food_beverage,meeting_room,cancellation,tax,total_owed,net_due,pickup_percent"));
    bool someCancellation = false;
    bool someRooms = false;
    for (std::size_t i = 0; i < std::size(kCases); ++i) {
        const Case& c = kCases[i];
        QStringList options;
        if (*c.pickup != '\0') {
            options << QStringLiteral("--pickup") << QLatin1String(c.pickup);
        }
        if (*c.spend != '\0') {
            options << QStringLiteral("--fb-spend") << QLatin1String(c.spend);
        }
        if (*c.notice != '\0') {
            options << QStringLiteral("--notice") << QLatin1String(c.notice);
        }
        QString contractFile = contract;
        if (*c.night != '\0') {
            // The same pickup written into a copy of the contract.
            QFile in(contract);
            ASSERT_TRUE(in.open(QIODevice::ReadOnly));
            QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
            QJsonArray pickup = o.value(QStringLiteral("pickup")).toArray();
            bool found = false;
            for (qsizetype k = 0; k < pickup.size(); ++k) {
                QJsonObject e = pickup[k].toObject();
                if (e.value(QStringLiteral("night")).toString() == QLatin1String("2027-10-04") &&
                    e.value(QStringLiteral("roomType")).toString() == QLatin1String("KING")) {
                    e.insert(QStringLiteral("rooms"), QString::fromLatin1(c.night).toInt());
                    pickup[k] = e;
                    found = true;
                }
            }
            ASSERT_TRUE(found);
            o.insert(QStringLiteral("pickup"), pickup);
            contractFile = writeGrid(dir, "night.json", QJsonDocument(o).toJson());
        }
        const QJsonObject totals = assessedTotals(contractFile, options);
        const QJsonObject row = rows[static_cast<qsizetype>(i)].toObject();
        EXPECT_EQ(row.value(QStringLiteral("name")).toString(), QString::fromUtf8(c.name));
        EXPECT_EQ(row.value(QStringLiteral("line")).toInt(), static_cast<int>(i) + 2);
        const char* keys[] = {"rooms", "foodBeverage", "meetingRoom", "cancellation",
                              "tax",   "totalOwed",    "netDue"};
        QStringList fields;
        for (const char* key : keys) {
            const QString expected = totals.value(QLatin1String(key)).toString();
            EXPECT_EQ(row.value(QLatin1String(key)).toString(), expected) << c.name << " " << key;
            fields << expected;
        }
        someCancellation =
            someCancellation || totals.value(QStringLiteral("cancellation")).toString() != "0.00";
        someRooms = someRooms || totals.value(QStringLiteral("rooms")).toString() != "0.00";
        // The CSV row holds the same figures as the JSON one.
        const QString csvLine = lines[static_cast<qsizetype>(i) + 1];
        EXPECT_TRUE(csvLine.endsWith(QLatin1Char(',') + fields.join(QLatin1Char(',')) + QLatin1Char(',') +
                                     row.value(QStringLiteral("pickupPercent")).toString()))
            << csvLine.toStdString();
    }
    EXPECT_TRUE(lines[3].startsWith(QStringLiteral("\"fractional, \"\"quoted\"\"\",")));
    EXPECT_TRUE(someCancellation);
    EXPECT_TRUE(someRooms);
}

TEST(CliScenarioGrid, ErrorsNameTheLineAndColumn) {
    const QTemporaryDir dir;
    const QString contract = example("complete-contract.json");
    const QString file = writeGrid(dir, "bad.csv",
                                   "name,pickup,fb-spend\n"
                                   "a,75,100.00\n"
                                   "b,seventy,100.00\n"
                                   "c,80,12.345\n");
    const CliRun r = cli({QStringLiteral("assess"), contract, QStringLiteral("--scenarios"), file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 3, column 2 (pickup)"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("\"seventy\""))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 4, column 3 (fb-spend)"))) << r.err.toStdString();

    const QString header = writeGrid(dir, "header.csv", "name,pickup:2027-10-04:SUITE,rooms\nx,1,2\n");
    const CliRun h = cli({QStringLiteral("assess"), contract, QStringLiteral("--scenarios"), header});
    EXPECT_EQ(h.exitCode, 1);
    EXPECT_TRUE(h.err.contains(QStringLiteral("line 1, column 2 (pickup:2027-10-04:SUITE)")))
        << h.err.toStdString();
    EXPECT_TRUE(h.err.contains(QStringLiteral("line 1, column 3 (rooms)"))) << h.err.toStdString();

    const QString both = writeGrid(dir, "both.csv", "pickup,pickup:2027-10-04:KING\n70,3\n");
    const CliRun b = cli({QStringLiteral("assess"), contract, QStringLiteral("--scenarios"), both});
    EXPECT_EQ(b.exitCode, 1);
    EXPECT_TRUE(b.err.contains(QStringLiteral("line 2, column 2"))) << b.err.toStdString();

    const CliRun mixed = cli({QStringLiteral("assess"), contract, QStringLiteral("--scenarios"), file,
                              QStringLiteral("--pickup"), QStringLiteral("50")});
    EXPECT_EQ(mixed.exitCode, 2);
}

TEST(CliSweepPickup, FractionalStepsMatchAssessAtTheSamePickup) {
    const QString file = sample("example-a-cumulative.json");
    const CliRun r = cli({QStringLiteral("sweep"), QStringLiteral("pickup"), file, QStringLiteral("--from"),
                          QStringLiteral("79.9"), QStringLiteral("--to"), QStringLiteral("80.1"),
                          QStringLiteral("--step"), QStringLiteral("0.01"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray points = json(r).value(QStringLiteral("points")).toArray();
    ASSERT_EQ(points.size(), 21);
    const char* expected[] = {"79.9", "79.94", "79.98", "80.02", "80.06", "80.1"};
    for (qsizetype i = 0; i < points.size(); i += 4) {
        const QJsonObject p = points[i].toObject();
        const QString pickup = p.value(QStringLiteral("pickup")).toString();
        EXPECT_EQ(pickup, QLatin1String(expected[i / 4]));
        const QJsonObject totals = assessedTotals(file, {QStringLiteral("--pickup"), pickup});
        EXPECT_EQ(p.value(QStringLiteral("roomDamages")).toString(),
                  totals.value(QStringLiteral("rooms")).toString())
            << pickup.toStdString();
        EXPECT_EQ(p.value(QStringLiteral("totalOwed")).toString(),
                  totals.value(QStringLiteral("totalOwed")).toString())
            << pickup.toStdString();
    }
    // Whole steps: the same output as always.
    const CliRun whole = cli({QStringLiteral("sweep"), QStringLiteral("pickup"), file,
                              QStringLiteral("--step"), QStringLiteral("10")});
    const CliRun wholeDecimal = cli({QStringLiteral("sweep"), QStringLiteral("pickup"), file,
                                     QStringLiteral("--step"), QStringLiteral("10.00")});
    EXPECT_EQ(whole.exitCode, 0);
    EXPECT_EQ(whole.out, wholeDecimal.out);
    const CliRun tooFine = cli({QStringLiteral("sweep"), QStringLiteral("pickup"), file,
                                QStringLiteral("--step"), QStringLiteral("0.005")});
    EXPECT_EQ(tooFine.exitCode, 2);
}

} // namespace
