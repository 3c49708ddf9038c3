// Runs the built attrition-cli on the sample contracts, as a user would.
#include "../qt_printers.h"
#include "cli_test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <map>
#include <string>

namespace {

QJsonObject assessJson(const QString& file, const QStringList& extra = {}) {
    const CliRun r = cli(QStringList{QStringLiteral("assess"), file, QStringLiteral("--json")} + extra);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    return json(r);
}

QString assessText(const QString& file, const QStringList& extra = {}) {
    const CliRun r = cli(QStringList{QStringLiteral("assess"), file} + extra);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    return r.out;
}

QString total(const QJsonObject& assessment, const char* name) {
    return assessment.value(QStringLiteral("totals")).toObject().value(QLatin1String(name)).toString();
}

/// The amount on the line of the totals table with this label ("Total owed").
QString textTotal(const QString& text, const char* label) {
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("  ") + QLatin1String(label) + QLatin1Char(' '))) {
            return line.mid(2 + qsizetype(qstrlen(label))).trimmed();
        }
    }
    return {};
}

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& content) {
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

bool mentions(const QString& text, const char* what) {
    return text.contains(QString::fromUtf8(what));
}

} // namespace

// --- The worked examples of the domain primer, to the cent, as text and as JSON ---------------------------

TEST(CliWorkedExamples, A_CumulativeVersusNightByNight) {
    EXPECT_EQ(total(assessJson(sample("example-a-cumulative.json")), "totalOwed"), QStringLiteral("0.00"));
    const QString cumulative = assessText(sample("example-a-cumulative.json"));
    EXPECT_TRUE(
        mentions(cumulative, "Cumulative: required 80% x 240 room nights = 192; counted 210; shortfall 0"))
        << cumulative.toStdString();
    EXPECT_EQ(textTotal(cumulative, "Total owed"), QStringLiteral("0.00"));

    const QJsonObject nbn = assessJson(sample("example-a-night-by-night.json"));
    EXPECT_EQ(total(nbn, "rooms"), QStringLiteral("2640.00"));
    EXPECT_EQ(total(nbn, "totalOwed"), QStringLiteral("2640.00"));
    const QString text = assessText(sample("example-a-night-by-night.json"));
    EXPECT_TRUE(mentions(text, "    1,320.00  2027-05-09: 11 room nights x 150.00 x 80% = 1,320.00\n"))
        << text.toStdString();
    EXPECT_TRUE(mentions(text, "    1,320.00  2027-05-12: 11 room nights x 150.00 x 80% = 1,320.00\n"));
    EXPECT_EQ(textTotal(text, "Total owed"), QStringLiteral("2,640.00"));
    EXPECT_EQ(textTotal(text, "Net due"), QStringLiteral("2,640.00"));

    EXPECT_EQ(total(assessJson(sample("example-a-over-block-credit.json")), "totalOwed"),
              QStringLiteral("1440.00"));
    const QString credit = assessText(sample("example-a-over-block-credit.json"));
    EXPECT_TRUE(mentions(credit,
                         "Over-block credit: 10 room nights picked up above the block offset the shortfall: "
                         "22 - 10 = 12 room nights"))
        << credit.toStdString();
    EXPECT_EQ(textTotal(credit, "Total owed"), QStringLiteral("1,440.00"));
}

TEST(CliWorkedExamples, B_Resale) {
    EXPECT_EQ(total(assessJson(sample("example-b-resale-by-revenue.json")), "totalOwed"),
              QStringLiteral("2840.00"));
    const QString revenue = assessText(sample("example-b-resale-by-revenue.json"));
    EXPECT_TRUE(mentions(revenue, "   -3,160.00  ")) << revenue.toStdString();
    EXPECT_EQ(textTotal(revenue, "Total owed"), QStringLiteral("2,840.00"));

    EXPECT_EQ(total(assessJson(sample("example-b-resale-by-count.json")), "totalOwed"),
              QStringLiteral("2600.00"));
    const QString count = assessText(sample("example-b-resale-by-count.json"));
    EXPECT_TRUE(mentions(count, "Resale credit: 17 room nights resold; liable 30 - 17 = 13 room nights"))
        << count.toStdString();
    EXPECT_TRUE(mentions(count, "    2,600.00  13 room nights x 200.00 x 100% = 2,600.00\n"))
        << count.toStdString();
    EXPECT_EQ(textTotal(count, "Total owed"), QStringLiteral("2,600.00"));
}

TEST(CliWorkedExamples, C_FoodAndBeverage) {
    const QJsonObject c = assessJson(sample("example-c-food-beverage.json"));
    EXPECT_EQ(total(c, "foodBeverage"), QStringLiteral("2348.50"));
    EXPECT_EQ(total(c, "tax"), QStringLiteral("208.43"));
    EXPECT_EQ(total(c, "totalOwed"), QStringLiteral("2556.93"));
    const QString text = assessText(sample("example-c-food-beverage.json"));
    EXPECT_TRUE(mentions(text, "    1,925.00  F&B shortfall 5,500.00 x 35% = 1,925.00\n"))
        << text.toStdString();
    EXPECT_TRUE(mentions(text, "      423.50  Service charge 22% on F&B damages 1,925.00 = 423.50\n"));
    EXPECT_TRUE(
        mentions(text, "      208.43  Tax 8.875% on F&B damages and service charge 2,348.50 = 208.43\n"));
    EXPECT_EQ(textTotal(text, "Tax"), QStringLiteral("208.43"));
    EXPECT_EQ(textTotal(text, "Total owed"), QStringLiteral("2,556.93"));
}

TEST(CliWorkedExamples, D_MeetingRoomScale) {
    EXPECT_EQ(total(assessJson(sample("example-d-meeting-room-scale.json")), "meetingRoom"),
              QStringLiteral("2500.00"));
    const QString at845 = assessText(sample("example-d-meeting-room-scale.json"));
    EXPECT_TRUE(mentions(at845,
                         "Meeting room rental 5,000.00; pickup 84.5% is in the band from 80%: 50% charged = "
                         "2,500.00"))
        << at845.toStdString();
    EXPECT_EQ(textTotal(at845, "Meeting room"), QStringLiteral("2,500.00"));

    EXPECT_EQ(total(assessJson(sample("example-d-meeting-room-scale-79-99.json")), "meetingRoom"),
              QStringLiteral("3750.00"));
    const QString at7999 = assessText(sample("example-d-meeting-room-scale-79-99.json"));
    EXPECT_TRUE(mentions(at7999, "pickup 79.99% is in the band from 70%: 75% charged = 3,750.00"))
        << at7999.toStdString();
    EXPECT_EQ(textTotal(at7999, "Total owed"), QStringLiteral("3,750.00"));
}

TEST(CliWorkedExamples, E_Cancellation) {
    const QJsonObject e = assessJson(sample("example-e-cancellation.json"));
    EXPECT_EQ(e.value(QStringLiteral("cancelled")), QJsonValue(true));
    EXPECT_EQ(total(e, "cancellation"), QStringLiteral("28680.00"));
    EXPECT_EQ(total(e, "totalOwed"), QStringLiteral("28680.00"));
    EXPECT_EQ(total(e, "depositsApplied"), QStringLiteral("10000.00"));
    EXPECT_EQ(total(e, "netDue"), QStringLiteral("18680.00"));
    const QString text = assessText(sample("example-e-cancellation.json"));
    EXPECT_TRUE(mentions(
        text, "Notice received 2027-03-01, 101 days before arrival on 2027-06-10: the 91 to 180 days "
              "tier applies"))
        << text.toStdString();
    EXPECT_TRUE(mentions(
        text, "   28,680.00  Anticipated revenue 57,360.00 (rooms 45,360.00 + F&B minimum 12,000.00 + "
              "meeting room 0.00) x 50% = 28,680.00\n"))
        << text.toStdString();
    EXPECT_EQ(textTotal(text, "Cancellation"), QStringLiteral("28,680.00"));
    EXPECT_EQ(textTotal(text, "Deposits applied"), QStringLiteral("10,000.00"));
    EXPECT_EQ(textTotal(text, "Net due"), QStringLiteral("18,680.00"));

    const QJsonObject separate = assessJson(sample("example-e-cancellation-per-component.json"));
    EXPECT_EQ(total(separate, "cancellation"), QStringLiteral("25680.00"));
    const QString perComponent = assessText(sample("example-e-cancellation-per-component.json"));
    EXPECT_TRUE(mentions(perComponent, "   22,680.00  Room revenue 45,360.00 x 50% = 22,680.00\n"))
        << perComponent.toStdString();
    EXPECT_TRUE(mentions(perComponent, "    3,000.00  F&B minimum 12,000.00 x 25% = 3,000.00\n"));
    EXPECT_EQ(textTotal(perComponent, "Cancellation"), QStringLiteral("25,680.00"));
}

TEST(CliWorkedExamples, F_CompRooms) {
    const QJsonObject f = assessJson(sample("example-f-comp-rooms.json"));
    EXPECT_EQ(f.value(QStringLiteral("figures")).toObject().value(QStringLiteral("compRoomNights")),
              QJsonValue(4));
    const QString text = assessText(sample("example-f-comp-rooms.json"));
    EXPECT_TRUE(
        mentions(text, "Comp rooms: 1 per 50 room nights, 243 room nights picked up: 4 comp room nights"))
        << text.toStdString();
    EXPECT_TRUE(mentions(text, ", 4 comp earned\n"));
}

TEST(CliWorkedExamples, G_ReviewDate) {
    EXPECT_EQ(total(assessJson(sample("example-g-review-honoured.json")), "totalOwed"),
              QStringLiteral("600.00"));
    const QString honoured = assessText(sample("example-g-review-honoured.json"));
    EXPECT_TRUE(mentions(honoured,
                         "Reduction recorded 2027-03-20: block 300 to 255 room nights (15% of the original "
                         "block), within the 20% allowed by 2027-04-01: honoured"))
        << honoured.toStdString();
    EXPECT_TRUE(mentions(honoured, "      600.00  4 room nights x 150.00 x 100% = 600.00\n"));
    EXPECT_FALSE(mentions(honoured, "Warnings"));
    EXPECT_EQ(textTotal(honoured, "Total owed"), QStringLiteral("600.00"));

    const QJsonObject late = assessJson(sample("example-g-review-late.json"));
    EXPECT_EQ(total(late, "totalOwed"), QStringLiteral("6000.00"));
    const QJsonArray warnings = late.value(QStringLiteral("warnings")).toArray();
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings[0].toObject().value(QStringLiteral("key")),
              QJsonValue(QStringLiteral("WarnReductionLate")));
    const QString text = assessText(sample("example-g-review-late.json"));
    EXPECT_TRUE(mentions(text,
                         "\nWarnings\n  ! Reduction recorded 2027-04-05 (15% of the original block) not "
                         "honoured: it was made after the last review date, 2027-04-01; those rooms stay in "
                         "the block\n"))
        << text.toStdString();
    EXPECT_EQ(textTotal(text, "Total owed"), QStringLiteral("6,000.00"));
}

// --- Every sample and example ---------------------------------------------------------------------------

TEST(CliSamples, EverySampleValidatesAndAssessesToItsKnownTotal) {
    // What each sample owes (total owed, net due), as its notes and resources/samples/README.md say.
    const std::map<std::string, std::pair<const char*, const char*>> expected{
        {"cancellation-per-component-no-force-majeure-waiver.json", {"31886.00", "26886.00"}},
        {"cancellation-room-revenue-whole-units.json", {"16825.00", "0.00"}},
        {"comps-cumulative-toward-pickup.json", {"330.00", "330.00"}},
        {"cumulative-average-rate-exact-threshold.json", {"4500.00", "4500.00"}},
        {"cumulative-exact-threshold-meeting-room-taxed.json", {"10923.63", "10923.63"}},
        {"cumulative-threshold-down-audit-credits-cap.json", {"1653.75", "1653.75"}},
        {"example-a-cumulative.json", {"0.00", "0.00"}},
        {"example-a-night-by-night.json", {"2640.00", "2640.00"}},
        {"example-a-over-block-credit.json", {"1440.00", "1440.00"}},
        {"example-b-resale-by-count.json", {"2600.00", "2600.00"}},
        {"example-b-resale-by-revenue.json", {"2840.00", "2840.00"}},
        {"example-c-food-beverage.json", {"2556.93", "2556.93"}},
        {"example-d-meeting-room-scale-79-99.json", {"3750.00", "3750.00"}},
        {"example-d-meeting-room-scale.json", {"2500.00", "2500.00"}},
        {"example-e-cancellation-per-component.json", {"25680.00", "15680.00"}},
        {"example-e-cancellation.json", {"28680.00", "18680.00"}},
        {"example-f-comp-rooms.json", {"0.00", "0.00"}},
        {"example-g-review-honoured.json", {"600.00", "600.00"}},
        {"example-g-review-late.json", {"6000.00", "6000.00"}},
        {"full-night-by-night-resale-sold-out.json", {"8450.16", "0.00"}},
        {"jpy-cancellation-mitigation.json", {"6469760", "5469760"}},
        {"jpy-force-majeure.json", {"0", "0"}},
        {"kwd-attrition-three-decimals.json", {"1396.119", "1396.119"}},
        {"review-reduction-too-large.json", {"1790.00", "1790.00"}},
        {"tentative-pickup-to-date.json", {"42141.00", "42141.00"}},
    };
    const QStringList files = jsonFilesIn(ATTRITION_SAMPLES_DIR);
    EXPECT_EQ(static_cast<std::size_t>(files.size()), expected.size()) << "a sample without a known total";
    for (const QString& file : files) {
        const std::string name = QFileInfo(file).fileName().toStdString();
        SCOPED_TRACE(name);
        const CliRun valid = cli({QStringLiteral("validate"), file});
        EXPECT_EQ(valid.exitCode, 0) << valid.err.toStdString();
        EXPECT_EQ(valid.out, file + QStringLiteral(": valid\n"));
        EXPECT_FALSE(assessText(file).isEmpty());
        const QJsonObject assessed = assessJson(file);
        const auto it = expected.find(name);
        if (it != expected.end()) {
            EXPECT_EQ(total(assessed, "totalOwed"), QLatin1String(it->second.first));
            EXPECT_EQ(total(assessed, "netDue"), QLatin1String(it->second.second));
        }
        for (const char* kind : {"pickup", "cancellation", "fb"}) {
            const CliRun sweep =
                cli({QStringLiteral("sweep"), QLatin1String(kind), file, QStringLiteral("--json")});
            EXPECT_EQ(sweep.exitCode, 0) << kind << ": " << sweep.err.toStdString();
            EXPECT_FALSE(json(sweep).value(QStringLiteral("points")).toArray().isEmpty()) << kind;
        }
    }
}

TEST(CliSamples, TheDocumentedExamplesValidateAndAssess) {
    const CliRun complete = cli({QStringLiteral("validate"), example("complete-contract.json")});
    EXPECT_EQ(complete.exitCode, 0) << complete.err.toStdString();
    const QJsonObject assessed = assessJson(example("complete-contract.json"));
    EXPECT_EQ(total(assessed, "rooms"), QStringLiteral("2028.59"));
    EXPECT_EQ(total(assessed, "foodBeverage"), QStringLiteral("945.60"));
    EXPECT_EQ(total(assessed, "meetingRoom"), QStringLiteral("3750.00"));
    EXPECT_EQ(total(assessed, "tax"), QStringLiteral("234.78"));
    EXPECT_EQ(total(assessed, "totalOwed"), QStringLiteral("6958.97"));
    EXPECT_EQ(total(assessed, "depositBalance"), QStringLiteral("8041.03"));

    const QString collection = example("collection.json");
    const CliRun valid = cli({QStringLiteral("validate"), collection});
    EXPECT_EQ(valid.exitCode, 0) << valid.err.toStdString();
    EXPECT_EQ(valid.out, collection + QStringLiteral(": valid (2 contracts)\n"));
    EXPECT_EQ(
        total(assessJson(collection, {QStringLiteral("--contract"), QStringLiteral("EX-E-2027")}), "netDue"),
        QStringLiteral("18680.00"));
    EXPECT_EQ(total(assessJson(collection, {QStringLiteral("--contract=EX-A-2027")}), "totalOwed"),
              QStringLiteral("2640.00"));
    const CliRun which = cli({QStringLiteral("assess"), collection});
    EXPECT_EQ(which.exitCode, 1);
    EXPECT_EQ(which.err,
              collection + QStringLiteral(": holds 2 contracts; name one with --contract REFERENCE\n"));
    const CliRun unknown =
        cli({QStringLiteral("assess"), collection, QStringLiteral("--contract"), QStringLiteral("X")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.err, collection + QStringLiteral(": no contract has the reference \"X\"\n"));
}

// --- Scenario options -------------------------------------------------------------------------------------

TEST(CliScenarios, OptionsOverrideTheRecordedFacts) {
    // Example D with every night at 79% of its block pays 75% of the rental.
    const QJsonObject d = assessJson(sample("example-d-meeting-room-scale.json"),
                                     {QStringLiteral("--pickup"), QStringLiteral("79")});
    EXPECT_EQ(total(d, "meetingRoom"), QStringLiteral("3750.00"));
    const QString text = assessText(sample("example-d-meeting-room-scale.json"),
                                    {QStringLiteral("--pickup"), QStringLiteral("79")});
    EXPECT_TRUE(mentions(text, "Scenario     pickup 79% of the block on every night\n"))
        << text.toStdString();
    // Example E's notice moved to 30 days before arrival: 100% of 57,360.00.
    EXPECT_EQ(total(assessJson(sample("example-e-cancellation.json"),
                               {QStringLiteral("--notice"), QStringLiteral("2027-05-11")}),
                    "cancellation"),
              QStringLiteral("57360.00"));
    // Example C with 36,000.00 spent reaches the required spend.
    EXPECT_EQ(total(assessJson(sample("example-c-food-beverage.json"),
                               {QStringLiteral("--fb-spend"), QStringLiteral("36000")}),
                    "totalOwed"),
              QStringLiteral("0.00"));
    // Notice given to a group that had not cancelled assesses the cancellation clause.
    EXPECT_EQ(
        total(assessJson(sample("tentative-pickup-to-date.json"), {QStringLiteral("--notice=2027-12-01")}),
              "cancellation"),
        QStringLiteral("53603.75"));
}

TEST(CliScenarios, ProblemsCausedByAnOptionAreUsageErrors) {
    const CliRun early = cli({QStringLiteral("assess"), sample("example-e-cancellation.json"),
                              QStringLiteral("--notice"), QStringLiteral("2026-01-01")});
    EXPECT_EQ(early.exitCode, 2);
    EXPECT_TRUE(
        early.err.startsWith(QStringLiteral("attrition-cli: --notice: the cancellation notice (2026-01-01) "
                                            "is before the signing date (2026-06-15)\n")))
        << early.err.toStdString();
    const CliRun pickup = cli({QStringLiteral("assess"), sample("example-a-cumulative.json"),
                               QStringLiteral("--pickup"), QStringLiteral("2000")});
    EXPECT_EQ(pickup.exitCode, 2);
    EXPECT_TRUE(pickup.err.startsWith(
        QStringLiteral("attrition-cli: --pickup: expected a percentage from 0 to 1000, found \"2000\"\n")));
    const CliRun negative = cli({QStringLiteral("assess"), sample("example-c-food-beverage.json"),
                                 QStringLiteral("--fb-spend"), QStringLiteral("-5")});
    EXPECT_EQ(negative.exitCode, 2);
    EXPECT_TRUE(negative.err.startsWith(
        QStringLiteral("attrition-cli: --fb-spend: the amount must not be negative\n")));
    const CliRun decimals = cli({QStringLiteral("assess"), sample("jpy-cancellation-mitigation.json"),
                                 QStringLiteral("--fb-spend"), QStringLiteral("1.5")});
    EXPECT_EQ(decimals.exitCode, 2);
    EXPECT_TRUE(
        decimals.err.startsWith(QStringLiteral("attrition-cli: --fb-spend: expected an amount in JPY with at "
                                               "most 0 decimals, such as 1234, found \"1.5\"\n")))
        << decimals.err.toStdString();
}

// --- Validation and exit codes ----------------------------------------------------------------------------

TEST(CliExitCodes, InvalidContractsExitOneNamingFileAndPath) {
    QTemporaryDir dir;
    const QString file = writeFile(dir, "bad.json", R"({"format": "attrition-desk/contract", "version": 1,
        "reference": "BAD", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09",
        "departure": "2027-05-11",
        "block": [{"night": "2027-05-20", "roomType": "KING", "rooms": -5, "rate": "150.00"}]})");
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
    const CliRun sweep = cli({QStringLiteral("sweep"), QStringLiteral("pickup"), file});
    EXPECT_EQ(sweep.exitCode, 1);
    const CliRun asJson = cli({QStringLiteral("validate"), file, QStringLiteral("--json")});
    EXPECT_EQ(asJson.exitCode, 1);
    const QJsonObject report = json(asJson);
    EXPECT_EQ(report.value(QStringLiteral("valid")), QJsonValue(false));
    const QJsonArray problems = report.value(QStringLiteral("problems")).toArray();
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[1].toObject(),
              (QJsonObject{{QStringLiteral("path"), QStringLiteral("$.block[0].rooms")},
                           {QStringLiteral("message"), QStringLiteral("rooms must not be negative (-5)")}}));
}

TEST(CliExitCodes, PickupFarAboveTheBlockIsAWarningNotAnError) {
    QTemporaryDir dir;
    const QString file = writeFile(dir, "over.json", R"({"format": "attrition-desk/contract", "version": 1,
        "reference": "OVER", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09",
        "departure": "2027-05-11", "attrition": {"method": "night-by-night"},
        "block": [{"night": "2027-05-09", "roomType": "KING", "rooms": 50, "rate": "150.00"},
                  {"night": "2027-05-10", "roomType": "KING", "rooms": 50, "rate": "150.00"}],
        "pickup": [{"night": "2027-05-09", "roomType": "KING", "rooms": 48},
                   {"night": "2027-05-10", "roomType": "KING", "rooms": 500}]})");
    const CliRun r = cli({QStringLiteral("validate"), file});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, file + QStringLiteral(": valid\n"));
    EXPECT_EQ(r.err,
              file + QStringLiteral(": warning: $.pickup[1].rooms: the pickup of 500 rooms on 2027-05-10 is "
                                    "1000% of the 50 rooms of this room type blocked that night, more than "
                                    "120%: check that it was entered right\n"));
    const CliRun asJson = cli({QStringLiteral("validate"), file, QStringLiteral("--json")});
    const QJsonArray warnings = json(asJson).value(QStringLiteral("warnings")).toArray();
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings[0].toObject().value(QStringLiteral("path")), QStringLiteral("$.pickup[1].rooms"));
}

TEST(CliExitCodes, UnreadableFilesExitOne) {
    QTemporaryDir dir;
    const QString malformed =
        writeFile(dir, "malformed.json", "{\n  \"reference\": \"R-1\",\n  \"currency\" \"USD\"\n}");
    const CliRun m = cli({QStringLiteral("assess"), malformed});
    EXPECT_EQ(m.exitCode, 1);
    EXPECT_EQ(m.err,
              malformed + QStringLiteral(": malformed JSON at line 3, column 15 (byte 38): missing name "
                                         "separator\n"));
    const CliRun future =
        cli({QStringLiteral("validate"),
             writeFile(dir, "future.json", R"({"format": "attrition-desk/contract", "version": 2})")});
    EXPECT_EQ(future.exitCode, 1);
    EXPECT_TRUE(future.err.endsWith(
        QStringLiteral(": $.version: format version 2 is newer than this program supports (1)\n")))
        << future.err.toStdString();
    const CliRun money =
        cli({QStringLiteral("validate"),
             writeFile(dir, "money.json", R"({"format": "attrition-desk/contract", "version": 1,
        "reference": "R", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09",
        "departure": "2027-05-11", "deposits": [{"received": "2026-02-01", "amount": 1000.5}]})")});
    EXPECT_EQ(money.exitCode, 1);
    EXPECT_TRUE(
        money.err.endsWith(QStringLiteral(": $.deposits[0].amount: amounts are written as decimal strings "
                                          "(\"189.00\"), not as JSON numbers; found 1000.5\n")))
        << money.err.toStdString();

    const CliRun missing = cli({QStringLiteral("assess"), QStringLiteral("/nonexistent/contract.json")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.err, QStringLiteral("/nonexistent/contract.json: no such file\n"));
    const CliRun folder = cli({QStringLiteral("validate"), dir.path()});
    EXPECT_EQ(folder.exitCode, 1);
    EXPECT_EQ(folder.err, dir.path() + QStringLiteral(": is a folder, not a contract file\n"));
    const CliRun empty =
        cli({QStringLiteral("sweep"), QStringLiteral("fb"), writeFile(dir, "empty.json", "")});
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_TRUE(empty.err.endsWith(QStringLiteral("empty.json: the file is empty\n")));
}

TEST(CliExitCodes, UsageErrorsExitTwo) {
    const QString a = sample("example-a-cumulative.json");
    const std::vector<QStringList> usageErrors{
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("assess")},
        {QStringLiteral("assess"), a, a},
        {QStringLiteral("assess"), a, QStringLiteral("--bogus")},
        {QStringLiteral("assess"), a, QStringLiteral("--json=yes")},
        {QStringLiteral("assess"), a, QStringLiteral("--pickup")},
        {QStringLiteral("assess"), a, QStringLiteral("--pickup"), QStringLiteral("lots")},
        {QStringLiteral("assess"), a, QStringLiteral("--notice"), QStringLiteral("2027-02-30")},
        {QStringLiteral("validate")},
        {QStringLiteral("validate"), a, QStringLiteral("--pickup"), QStringLiteral("5")},
        {QStringLiteral("sweep")},
        {QStringLiteral("sweep"), QStringLiteral("sideways"), a},
        {QStringLiteral("sweep"), QStringLiteral("pickup")},
        {QStringLiteral("sweep"), QStringLiteral("pickup"), a, QStringLiteral("--from"), QStringLiteral("50"),
         QStringLiteral("--to"), QStringLiteral("10")},
        {QStringLiteral("sweep"), QStringLiteral("pickup"), a, QStringLiteral("--step"), QStringLiteral("0")},
        {QStringLiteral("sweep"), QStringLiteral("pickup"), a, QStringLiteral("--steps"),
         QStringLiteral("5")},
        {QStringLiteral("sweep"), QStringLiteral("cancellation"), a, QStringLiteral("--from"),
         QStringLiteral("2027-05-01"), QStringLiteral("--to"), QStringLiteral("2027-04-01")},
        {QStringLiteral("sweep"), QStringLiteral("fb"), a, QStringLiteral("--step"), QStringLiteral("10"),
         QStringLiteral("--steps"), QStringLiteral("3")},
        {QStringLiteral("sweep"), QStringLiteral("fb"), a, QStringLiteral("--to"), QStringLiteral("1,000")},
    };
    for (const QStringList& args : usageErrors) {
        const CliRun r = cli(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("attrition-cli: "))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("Usage:"))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).err.section(QLatin1Char('\n'), 0, 0),
              QStringLiteral("attrition-cli: unknown command \"frobnicate\""));
    EXPECT_EQ(
        cli({QStringLiteral("assess"), a, QStringLiteral("--bogus")}).err.section(QLatin1Char('\n'), 0, 0),
        QStringLiteral("attrition-cli: unknown option --bogus"));
    EXPECT_EQ(
        cli({QStringLiteral("assess"), a, QStringLiteral("--pickup"), QStringLiteral("lots")})
            .err.section(QLatin1Char('\n'), 0, 0),
        QStringLiteral("attrition-cli: --pickup: expected a percentage such as 75 or 82.5, found \"lots\""));
}

TEST(CliExitCodes, HelpAndVersion) {
    for (const QStringList& args : {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("-h")},
                                    QStringList{QStringLiteral("help")}}) {
        const CliRun help = cli(args);
        EXPECT_EQ(help.exitCode, 0);
        EXPECT_TRUE(help.out.startsWith(QStringLiteral("Usage:\n")));
        EXPECT_TRUE(help.out.contains(QStringLiteral("Exit codes: 0 done; 1 invalid input")));
        for (const char* command : {"list", "import", "import-pickup", "export", "assess FILE.json|--db REF",
                                    "forecast", "backtest"}) {
            EXPECT_TRUE(help.out.contains(QStringLiteral("attrition-cli ") + QLatin1String(command)))
                << command;
        }
        EXPECT_TRUE(help.err.isEmpty());
    }
    // A command's --help is about that command: its synopsis, the shapes it names, what it does, its options.
    struct Case {
        QStringList args;
        QStringList says;
        QStringList notSays;
    };
    const std::vector<Case> cases{
        {{QStringLiteral("assess"), QStringLiteral("--help")},
         {QStringLiteral("attrition-cli assess FILE.json|--db REF"), QStringLiteral("--pickup 75"),
          QStringLiteral("--contract REF"), QStringLiteral("--database DB")},
         {QStringLiteral("attrition-cli list"), QStringLiteral("FILTERS:"), QStringLiteral("--jobs N")}},
        {{QStringLiteral("sweep"), QStringLiteral("--help")},
         {QStringLiteral("attrition-cli sweep pickup"), QStringLiteral("attrition-cli sweep fb"),
          QStringLiteral("cancellation  notice received")},
         {QStringLiteral("attrition-cli assess"), QStringLiteral("--database DB")}},
        {{QStringLiteral("list"), QStringLiteral("--help")},
         {QStringLiteral("attrition-cli list [FILTERS]"), QStringLiteral("FILTERS: [--search TEXT]"),
          QStringLiteral("--database DB")},
         {QStringLiteral("attrition-cli import"), QStringLiteral("PAGE:"), QStringLiteral("LOOK:")}},
        {{QStringLiteral("import"), QStringLiteral("--help")},
         {QStringLiteral("attrition-cli import FILE.json... [--replace]"), QStringLiteral("--user NAME")},
         {QStringLiteral("attrition-cli import-pickup"), QStringLiteral("FILTERS:")}},
        {{QStringLiteral("forecast"), QStringLiteral("--help")},
         {QStringLiteral("attrition-cli forecast --db REF [LOOK]"), QStringLiteral("LOOK: [--today"),
          QStringLiteral("seeded Monte Carlo")},
         {QStringLiteral("attrition-cli advise"), QStringLiteral("FILTERS:")}},
        {{QStringLiteral("report"), QStringLiteral("--help")},
         {QStringLiteral("attrition-cli report --portfolio"), QStringLiteral("PAGE: [--page a4|letter]"),
          QStringLiteral("FILTERS:"), QStringLiteral("--jobs N")},
         {QStringLiteral("attrition-cli export"), QStringLiteral("LOOK:")}},
        {{QStringLiteral("outlook"), QStringLiteral("import"), QStringLiteral("--help")},
         {QStringLiteral("attrition-cli outlook import FILE.csv --hotel NAME"),
          QStringLiteral("attrition-cli outlook export --hotel NAME"),
          QStringLiteral("stores the nights of an outlook file"), QStringLiteral("--database DB"),
          QStringLiteral("--user NAME")},
         {QStringLiteral("attrition-cli quote"), QStringLiteral("FILTERS:"), QStringLiteral("LOOK:")}},
        {{QStringLiteral("quote"), QStringLiteral("--help")},
         {QStringLiteral("attrition-cli quote FILE.json|--db REF [--outlook OUTLOOK.csv]"),
          QStringLiteral("or --outlook CSV)")},
         {QStringLiteral("attrition-cli outlook")}},
    };
    for (const Case& c : cases) {
        const CliRun help = cli(c.args);
        EXPECT_EQ(help.exitCode, 0);
        EXPECT_TRUE(help.out.startsWith(QStringLiteral("Usage:\n")));
        EXPECT_TRUE(help.out.contains(QStringLiteral("Exit codes: 0 done; 1 invalid input")));
        EXPECT_TRUE(help.out.contains(QStringLiteral("'attrition-cli --help' describes every command.")));
        for (const QString& says : c.says) {
            EXPECT_TRUE(help.out.contains(says))
                << c.args.join(' ').toStdString() << ": " << says.toStdString() << "\n"
                << help.out.toStdString();
        }
        for (const QString& notSays : c.notSays) {
            EXPECT_FALSE(help.out.contains(notSays))
                << c.args.join(' ').toStdString() << ": " << notSays.toStdString();
        }
        EXPECT_TRUE(help.err.isEmpty());
    }
    const CliRun version = cli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out, QStringLiteral("attrition-cli " ATTRITION_VERSION "\n"));
}

// --- Sweeps -----------------------------------------------------------------------------------------------

TEST(CliSweeps, Pickup) {
    const CliRun r = cli({QStringLiteral("sweep"), QStringLiteral("pickup"),
                          sample("example-g-review-late.json"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(QStringLiteral("currency")), QJsonValue(QStringLiteral("USD")));
    const QJsonArray points = o.value(QStringLiteral("points")).toArray();
    ASSERT_EQ(points.size(), 151);
    // 300 room nights at 150.00, 80% performance: nothing picked up owes 240 x 150.00.
    EXPECT_EQ(points[0].toObject().value(QStringLiteral("totalOwed")),
              QJsonValue(QStringLiteral("36000.00")));
    EXPECT_EQ(points[70].toObject().value(QStringLiteral("totalOwed")),
              QJsonValue(QStringLiteral("4500.00")));
    EXPECT_EQ(points[80].toObject().value(QStringLiteral("totalOwed")), QJsonValue(QStringLiteral("0.00")));

    const CliRun text =
        cli({QStringLiteral("sweep"), QStringLiteral("pickup"), sample("example-g-review-late.json"),
             QStringLiteral("--from"), QStringLiteral("70"), QStringLiteral("--to=80"),
             QStringLiteral("--step"), QStringLiteral("10")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_EQ(text.out, QStringLiteral("Damages by pickup for EX-G-2027-LATE, amounts in USD\n"
                                       "\n"
                                       "pickup  room damages  meeting room  total owed\n"
                                       "   70%      4,500.00          0.00    4,500.00\n"
                                       "   80%          0.00          0.00        0.00\n"));
}

TEST(CliSweeps, Cancellation) {
    const CliRun r =
        cli({QStringLiteral("sweep"), QStringLiteral("cancellation"), sample("example-e-cancellation.json"),
             QStringLiteral("--json"), QStringLiteral("--from"), QStringLiteral("2027-03-01"),
             QStringLiteral("--to"), QStringLiteral("2027-03-02")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray days = json(r).value(QStringLiteral("points")).toArray();
    ASSERT_EQ(days.size(), 2);
    EXPECT_EQ(days[0].toObject().value(QStringLiteral("daysBeforeArrival")), QJsonValue(101));
    EXPECT_EQ(days[0].toObject().value(QStringLiteral("fee")), QJsonValue(QStringLiteral("28680.00")));

    const CliRun weekly =
        cli({QStringLiteral("sweep"), QStringLiteral("cancellation"), sample("example-e-cancellation.json"),
             QStringLiteral("--from"), QStringLiteral("2027-03-04"), QStringLiteral("--to"),
             QStringLiteral("2027-03-20"), QStringLiteral("--step"), QStringLiteral("7")});
    ASSERT_EQ(weekly.exitCode, 0) << weekly.err.toStdString();
    EXPECT_EQ(weekly.out, QStringLiteral("Cancellation fee by notice date for EX-E-2027, amounts in USD\n"
                                         "\n"
                                         "notice      days before arrival        fee  total owed\n"
                                         "2027-03-04                   98  28,680.00   28,680.00\n"
                                         "2027-03-11                   91  28,680.00   28,680.00\n"
                                         "2027-03-18                   84  43,020.00   43,020.00\n"));
}

TEST(CliSweeps, FoodAndBeverage) {
    const CliRun steps =
        cli({QStringLiteral("sweep"), QStringLiteral("fb"), sample("example-c-food-beverage.json"),
             QStringLiteral("--steps"), QStringLiteral("4")});
    ASSERT_EQ(steps.exitCode, 0) << steps.err.toStdString();
    EXPECT_EQ(steps.out, QStringLiteral("F&B damages by actual spend for EX-C-2027, amounts in USD\n"
                                        "\n"
                                        "F&B spend    damages  total owed\n"
                                        "     0.00  15,372.00   16,736.27\n"
                                        "10,000.00  11,102.00   12,087.30\n"
                                        "20,000.00   6,832.00    7,438.34\n"
                                        "30,000.00   2,562.00    2,789.38\n"
                                        "40,000.00       0.00        0.00\n"));
    const CliRun step = cli({QStringLiteral("sweep"), QStringLiteral("fb"),
                             sample("example-c-food-beverage.json"), QStringLiteral("--from"),
                             QStringLiteral("30500"), QStringLiteral("--to"), QStringLiteral("37000"),
                             QStringLiteral("--step"), QStringLiteral("2750"), QStringLiteral("--json")});
    ASSERT_EQ(step.exitCode, 0) << step.err.toStdString();
    const QJsonArray points = json(step).value(QStringLiteral("points")).toArray();
    ASSERT_EQ(points.size(), 3) << "every 2,750.00 from 30,500.00 up to 37,000.00";
    EXPECT_EQ(points[0].toObject().value(QStringLiteral("totalOwed")), QJsonValue(QStringLiteral("2556.93")));
    EXPECT_EQ(points[2].toObject().value(QStringLiteral("spend")), QJsonValue(QStringLiteral("36000.00")));
}

// --- Output never depends on the machine's locale ---------------------------------------------------------

TEST(CliLocale, OutputIsTheSameUnderAnyLocale) {
    QProcessEnvironment german = QProcessEnvironment::systemEnvironment();
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("assess"), sample("full-night-by-night-resale-sold-out.json")},
          QStringList{QStringLiteral("assess"), sample("kwd-attrition-three-decimals.json"),
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("sweep"), QStringLiteral("fb"),
                      sample("example-c-food-beverage.json")}}) {
        EXPECT_EQ(cli(args, german).out, cli(args).out) << args.join(QLatin1Char(' ')).toStdString();
    }
}
