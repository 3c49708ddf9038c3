// Runs the built attrition-cli on the sample contracts, as a user would.
#include "../qt_printers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(ATTRITION_CLI), args);
    EXPECT_TRUE(p.waitForFinished(30000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString sample(const char* name) {
    return QStringLiteral(ATTRITION_SAMPLES_DIR "/") + QLatin1String(name);
}

QJsonObject assessJson(const char* name, const QStringList& extra = {}) {
    const CliRun r =
        cli(QStringList{QStringLiteral("assess"), sample(name), QStringLiteral("--json")} + extra);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString total(const QJsonObject& assessment, const char* name) {
    return assessment.value(QStringLiteral("totals")).toObject().value(QLatin1String(name)).toString();
}

} // namespace

TEST(Cli, WorkedExamplesToTheCent) {
    EXPECT_EQ(total(assessJson("example-a-cumulative.json"), "totalOwed"), QStringLiteral("0.00"));
    EXPECT_EQ(total(assessJson("example-a-night-by-night.json"), "totalOwed"), QStringLiteral("2640.00"));
    EXPECT_EQ(total(assessJson("example-a-over-block-credit.json"), "totalOwed"), QStringLiteral("1440.00"));
    EXPECT_EQ(total(assessJson("example-b-resale-by-revenue.json"), "totalOwed"), QStringLiteral("2840.00"));
    EXPECT_EQ(total(assessJson("example-b-resale-by-count.json"), "totalOwed"), QStringLiteral("2600.00"));
    const QJsonObject c = assessJson("example-c-food-beverage.json");
    EXPECT_EQ(total(c, "foodBeverage"), QStringLiteral("2348.50"));
    EXPECT_EQ(total(c, "tax"), QStringLiteral("208.43"));
    EXPECT_EQ(total(c, "totalOwed"), QStringLiteral("2556.93"));
    EXPECT_EQ(total(assessJson("example-d-meeting-room-scale.json"), "meetingRoom"),
              QStringLiteral("2500.00"));
    const QJsonObject e = assessJson("example-e-cancellation.json");
    EXPECT_EQ(total(e, "cancellation"), QStringLiteral("28680.00"));
    EXPECT_EQ(total(e, "depositsApplied"), QStringLiteral("10000.00"));
    EXPECT_EQ(total(e, "netDue"), QStringLiteral("18680.00"));
    EXPECT_EQ(total(assessJson("example-e-cancellation-per-component.json"), "cancellation"),
              QStringLiteral("25680.00"));
    EXPECT_EQ(assessJson("example-f-comp-rooms.json")
                  .value(QStringLiteral("figures"))
                  .toObject()
                  .value(QStringLiteral("compRoomNights")),
              4);
    EXPECT_EQ(total(assessJson("example-g-review-honoured.json"), "totalOwed"), QStringLiteral("600.00"));
    const QJsonObject late = assessJson("example-g-review-late.json");
    EXPECT_EQ(total(late, "totalOwed"), QStringLiteral("6000.00"));
    ASSERT_EQ(late.value(QStringLiteral("warnings")).toArray().size(), 1);
    EXPECT_EQ(late.value(QStringLiteral("warnings"))
                  .toArray()[0]
                  .toObject()
                  .value(QStringLiteral("key"))
                  .toString(),
              QStringLiteral("WarnReductionLate"));
}

TEST(Cli, ScenarioOptionsOverrideTheFacts) {
    // Example D at 79.99% pickup pays 75% of the rental; the pickup option applies a uniform share of the
    // block.
    EXPECT_EQ(total(assessJson("example-d-meeting-room-scale.json",
                               {QStringLiteral("--pickup"), QStringLiteral("79")}),
                    "meetingRoom"),
              QStringLiteral("3750.00"));
    // Example E's notice moved 30 days before arrival: 100% of 57,360.00.
    EXPECT_EQ(total(assessJson("example-e-cancellation.json",
                               {QStringLiteral("--notice"), QStringLiteral("2027-05-11")}),
                    "cancellation"),
              QStringLiteral("57360.00"));
    // Example C with 36,000.00 spent reaches the required spend.
    EXPECT_EQ(total(assessJson("example-c-food-beverage.json",
                               {QStringLiteral("--fb-spend"), QStringLiteral("36000")}),
                    "totalOwed"),
              QStringLiteral("0.00"));
}

TEST(Cli, TextOutputShowsEachLineAndTheTotals) {
    const CliRun r = cli({QStringLiteral("assess"), sample("example-a-night-by-night.json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2027-05-09: 11 room nights x 150.00 x 80% = 1,320.00")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2027-05-12: 11 room nights x 150.00 x 80% = 1,320.00")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("  Net due                       2,640.00")))
        << r.out.toStdString();
}

TEST(Cli, ValidateSaysValid) {
    const CliRun r = cli({QStringLiteral("validate"), sample("example-e-cancellation.json")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.endsWith(QStringLiteral(": valid\n"))) << r.out.toStdString();
}

TEST(Cli, InvalidContractsExitOneNamingFileAndPath) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.json"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "attrition-desk/contract", "version": 1, "reference": "BAD", "currency": "USD",
        "signedOn": "2026-01-10", "arrival": "2027-05-09", "departure": "2027-05-11",
        "block": [{"night": "2027-05-20", "roomType": "KING", "rooms": -5, "rate": "150.00"}]})");
    f.close();
    for (const char* command : {"assess", "validate"}) {
        const CliRun r = cli({QLatin1String(command), file});
        EXPECT_EQ(r.exitCode, 1) << command;
        EXPECT_EQ(r.err, file +
                             QStringLiteral(
                                 ": $.block[0].night: night 2027-05-20 is outside the stay (2027-05-09 to "
                                 "2027-05-10)\n") +
                             file + QStringLiteral(": $.block[0].rooms: rooms must not be negative (-5)\n"))
            << command;
        EXPECT_TRUE(r.out.isEmpty());
    }
}

TEST(Cli, UnreadableFilesExitOne) {
    const CliRun r = cli({QStringLiteral("assess"), QStringLiteral("/nonexistent/contract.json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err,
              QStringLiteral("/nonexistent/contract.json: /nonexistent/contract.json: no such file\n"));
}

TEST(Cli, UsageErrorsExitTwo) {
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("assess")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("assess"), sample("example-a-cumulative.json"), QStringLiteral("--bogus")})
                  .exitCode,
              2);
    const CliRun badPickup = cli({QStringLiteral("assess"), sample("example-a-cumulative.json"),
                                  QStringLiteral("--pickup"), QStringLiteral("lots")});
    EXPECT_EQ(badPickup.exitCode, 2);
    EXPECT_TRUE(badPickup.err.contains(QStringLiteral("--pickup: expected a percentage")))
        << badPickup.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("sweep"), QStringLiteral("sideways"), sample("example-a-cumulative.json")})
                  .exitCode,
              2);
    const CliRun help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Exit codes")));
}

TEST(Cli, Sweeps) {
    const CliRun pickup = cli({QStringLiteral("sweep"), QStringLiteral("pickup"),
                               sample("example-g-review-late.json"), QStringLiteral("--json")});
    ASSERT_EQ(pickup.exitCode, 0) << pickup.err.toStdString();
    const QJsonArray points = QJsonDocument::fromJson(pickup.out.toUtf8()).array();
    ASSERT_EQ(points.size(), 151);
    // 300 room nights at 150.00, 80% performance: nothing picked up owes 240 x 150.00.
    EXPECT_EQ(points[0].toObject().value(QStringLiteral("totalOwed")).toString(), QStringLiteral("36000.00"));
    EXPECT_EQ(points[80].toObject().value(QStringLiteral("totalOwed")).toString(), QStringLiteral("0.00"));

    const CliRun cancel =
        cli({QStringLiteral("sweep"), QStringLiteral("cancellation"), sample("example-e-cancellation.json"),
             QStringLiteral("--json"), QStringLiteral("--from"), QStringLiteral("2027-03-01"),
             QStringLiteral("--to"), QStringLiteral("2027-03-02")});
    ASSERT_EQ(cancel.exitCode, 0) << cancel.err.toStdString();
    const QJsonArray days = QJsonDocument::fromJson(cancel.out.toUtf8()).array();
    ASSERT_EQ(days.size(), 2);
    EXPECT_EQ(days[0].toObject().value(QStringLiteral("daysBeforeArrival")), 101);
    EXPECT_EQ(days[0].toObject().value(QStringLiteral("fee")).toString(), QStringLiteral("28680.00"));

    const CliRun fb =
        cli({QStringLiteral("sweep"), QStringLiteral("fb"), sample("example-c-food-beverage.json"),
             QStringLiteral("--steps"), QStringLiteral("4")});
    ASSERT_EQ(fb.exitCode, 0) << fb.err.toStdString();
    EXPECT_TRUE(fb.out.contains(QStringLiteral("30,000.00"))) << fb.out.toStdString();
}
