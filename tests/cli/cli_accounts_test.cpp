// attrition-cli accounts, on an SQLite file in a temporary folder.

#include "../qt_printers.h"
#include "cli_test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

namespace {

/// Acme at Harbour, in USD, one event a year whose pickup falls:
/// A-1 2024-05-10, 100 rooms at 100.00, 92 picked up: nothing owed;
/// A-2 2025-05-09, 85 picked up: nothing owed;
/// A-3 2026-05-08, 70 picked up, 10 short of the 80 required: owes 1,000.00; settled with 600.00 and 150.25
/// paid and 249.75 waived;
/// C-1 2026-09-01, 20 rooms at 100.00 cancelled under a 50% tier: owes 1,000.00; 500.00 paid, 100.00 waived.
/// Acme in USD: collected 600.00 + 150.25 + 500.00 = 1,250.25, waived 249.75 + 100.00 = 349.75.
/// Intervals 364 and 364 days: the usual cycle 364, 455 days at 125%.
/// Beta at Harbour: B-1 2026-03-01 in EUR, 50 rooms at 120.00, 30 picked up, 10 short: owes 1,200.00 EUR;
/// B-2 definite 2027-09-01 in USD, 100 rooms, 30 on the books.
/// Zeta at Lakeside: Z-1 lost.
const char* kContracts = R"({
  "format": "attrition-desk/contracts", "version": 1,
  "contracts": [
    { "reference": "A-1", "hotel": "Harbour", "salesManager": "Ana", "account": "Acme", "status": "actualized",
      "currency": "USD", "signedOn": "2023-06-01", "arrival": "2024-05-10", "departure": "2024-05-11",
      "block": [ { "night": "2024-05-10", "roomType": "KING", "rooms": 100, "rate": "100.00" } ],
      "pickup": [ { "night": "2024-05-10", "roomType": "KING", "rooms": 92 } ] },
    { "reference": "A-2", "hotel": "Harbour", "salesManager": "Ana", "account": "Acme", "status": "actualized",
      "currency": "USD", "signedOn": "2023-06-01", "arrival": "2025-05-09", "departure": "2025-05-10",
      "block": [ { "night": "2025-05-09", "roomType": "KING", "rooms": 100, "rate": "100.00" } ],
      "pickup": [ { "night": "2025-05-09", "roomType": "KING", "rooms": 85 } ] },
    { "reference": "A-3", "hotel": "Harbour", "salesManager": "Ana", "account": "Acme", "status": "actualized",
      "currency": "USD", "signedOn": "2023-06-01", "arrival": "2026-05-08", "departure": "2026-05-09",
      "block": [ { "night": "2026-05-08", "roomType": "KING", "rooms": 100, "rate": "100.00" } ],
      "pickup": [ { "night": "2026-05-08", "roomType": "KING", "rooms": 70 } ],
      "settlement": { "assessed": "1000.00", "invoicedOn": "2026-05-20",
                      "payments": [ { "received": "2026-06-01", "amount": "600.00" },
                                    { "received": "2026-07-01", "amount": "150.25" } ],
                      "waived": "249.75", "waiverReason": "Goodwill" } },
    { "reference": "C-1", "hotel": "Harbour", "salesManager": "Ben", "account": "Acme", "status": "cancelled",
      "currency": "USD", "signedOn": "2023-06-01", "arrival": "2026-09-01", "departure": "2026-09-02",
      "block": [ { "night": "2026-09-01", "roomType": "KING", "rooms": 20, "rate": "100.00" } ],
      "cancellation": { "tiers": [ { "minDays": 0, "percent": "50" } ] },
      "cancellationNotice": "2026-08-01",
      "settlement": { "assessed": "1000.00", "payments": [ { "received": "2026-08-15", "amount": "500.00" } ],
                      "waived": "100.00", "waiverReason": "Rebooked" } },
    { "reference": "B-1", "hotel": "Harbour", "salesManager": "Ben", "account": "Beta", "status": "actualized",
      "currency": "EUR", "signedOn": "2023-06-01", "arrival": "2026-03-01", "departure": "2026-03-02",
      "block": [ { "night": "2026-03-01", "roomType": "KING", "rooms": 50, "rate": "120.00" } ],
      "pickup": [ { "night": "2026-03-01", "roomType": "KING", "rooms": 30 } ] },
    { "reference": "B-2", "hotel": "Harbour", "salesManager": "Ben", "account": "Beta", "status": "definite",
      "currency": "USD", "signedOn": "2023-06-01", "arrival": "2027-09-01", "departure": "2027-09-02",
      "block": [ { "night": "2027-09-01", "roomType": "KING", "rooms": 100, "rate": "100.00" } ],
      "pickup": [ { "night": "2027-09-01", "roomType": "KING", "rooms": 30 } ] },
    { "reference": "Z-1", "hotel": "Lakeside", "salesManager": "Cy", "account": "Zeta", "status": "lost",
      "lostReason": "competitor",
      "currency": "USD", "signedOn": "2023-06-01", "arrival": "2027-06-09", "departure": "2027-06-10",
      "block": [ { "night": "2027-06-09", "roomType": "KING", "rooms": 10, "rate": "100.00" } ] }
  ]
})";

class CliAccounts : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        QFile f(dir_.filePath(QStringLiteral("contracts.json")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(kContracts);
        f.close();
        const CliRun imported = run({QStringLiteral("import"), f.fileName()});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString() << imported.out.toStdString();
    }

    CliRun run(QStringList args) const {
        args << QStringLiteral("--database") << dir_.filePath(QStringLiteral("contracts.sqlite"))
             << QStringLiteral("--user") << QStringLiteral("tester");
        return cli(args);
    }

    QTemporaryDir dir_;
};

QJsonObject accountOf(const QJsonObject& list, const QString& name) {
    for (const QJsonValue& a : list.value(QStringLiteral("accounts")).toArray()) {
        if (a.toObject().value(QStringLiteral("account")).toString() == name) {
            return a.toObject();
        }
    }
    return {};
}

TEST_F(CliAccounts, TextNamesEveryFigure) {
    const CliRun r =
        run({QStringLiteral("accounts"), QStringLiteral("--today"), QStringLiteral("2027-06-01")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const std::string out = r.out.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Accounts of 7 contracts in "))) << out;
    EXPECT_TRUE(r.out.contains(QStringLiteral(", on 2027-06-01\n"))) << out;
    EXPECT_TRUE(r.out.contains(QStringLiteral(
        "Acme: contracts 4 (by arrival year: 2024: 1, 2025: 1, 2026: 2); cancelled 1, lost 0")))
        << out;
    EXPECT_TRUE(r.out.contains(
        QStringLiteral("Room nights: final pickup 247 of 300 blocked (82.3%; actualized events: "
                       "3); on the books 0 of 0 blocked (-; events to come: 0)")))
        << out;
    EXPECT_TRUE(r.out.contains(QStringLiteral(
        "Pickup by event: A-1 2024-05-10 92% final; A-2 2025-05-09 85% final; A-3 2026-05-08 70% final")))
        << out;
    EXPECT_TRUE(r.out.contains(QStringLiteral("Pickup trend (final pickups, oldest first): 92%, 85%, 70%")))
        << out;
    EXPECT_TRUE(r.out.contains(QStringLiteral("Damages assessed: USD 2,000.00 (3 actualized: 1,000.00; 1 "
                                              "cancelled: 1,000.00; collected 1,250.25, waived 349.75)")))
        << out;
    EXPECT_TRUE(r.out.contains(
        QStringLiteral("Last stay: A-3 on 2026-05-08, days since: 389; next stay: none booked")))
        << out;
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("Rebooking: every 364 days usually (the median of the intervals 364, "
                                      "364), spread 0 days (the median distance from it), from 364 to "
                                      "364 days")))
        << out;
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("At risk: Pickup fell for two events in a row: 92% of the block at the "
                                      "event arriving 2024-05-10, 85% at "
                                      "the one arriving 2025-05-09, 70% at the one arriving 2026-05-08")))
        << out;
    // Beta: two currencies, never added together, and a stay to come.
    EXPECT_TRUE(r.out.contains(QStringLiteral("Damages assessed: EUR 1,200.00 (1 actualized: 1,200.00; 0 "
                                              "cancelled: 0.00; collected 0.00, waived 0.00)")))
        << out;
    EXPECT_TRUE(r.out.contains(QStringLiteral("next stay: B-2 on 2027-09-01, days to go: 92"))) << out;
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("Zeta: contracts 1 (by arrival year: 2027: 1); cancelled 0, lost 1")))
        << out;
    EXPECT_TRUE(r.out.contains(QStringLiteral("Rebooking: no cycle yet (fewer than 2 events)"))) << out;
}

TEST_F(CliAccounts, JsonAtRiskAndFilters) {
    // 456 days after A-3: the usual cycle of 364 days x 125% = 455 has passed.
    const CliRun r = run({QStringLiteral("accounts"), QStringLiteral("--json"), QStringLiteral("--today"),
                          QStringLiteral("2027-08-07")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject list = json(r);
    EXPECT_EQ(list.value(QStringLiteral("format")).toString(), QStringLiteral("attrition-desk/accounts"));
    EXPECT_EQ(list.value(QStringLiteral("today")).toString(), QStringLiteral("2027-08-07"));
    EXPECT_EQ(list.value(QStringLiteral("contracts")).toInt(), 7);
    EXPECT_EQ(list.value(QStringLiteral("cycleFactor")).toString(), QStringLiteral("125"));
    EXPECT_EQ(list.value(QStringLiteral("accounts")).toArray().size(), 3);

    const QJsonObject acme = accountOf(list, QStringLiteral("Acme"));
    EXPECT_EQ(acme.value(QStringLiteral("contracts")).toInt(), 4);
    EXPECT_EQ(acme.value(QStringLiteral("cancelled")).toInt(), 1);
    const QJsonObject finals = acme.value(QStringLiteral("finalPickup")).toObject();
    EXPECT_EQ(finals.value(QStringLiteral("blockRoomNights")).toInt(), 300);
    EXPECT_EQ(finals.value(QStringLiteral("pickupRoomNights")).toInt(), 247);
    EXPECT_EQ(finals.value(QStringLiteral("pickup")).toString(), QStringLiteral("82.3333"));
    const QJsonArray events = acme.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[2].toObject().value(QStringLiteral("pickup")).toString(), QStringLiteral("70"));
    EXPECT_EQ(events[2].toObject().value(QStringLiteral("pickupKind")).toString(), QStringLiteral("final"));
    const QJsonArray damages = acme.value(QStringLiteral("damagesAssessed")).toArray();
    ASSERT_EQ(damages.size(), 1);
    EXPECT_EQ(damages[0].toObject().value(QStringLiteral("total")).toString(), QStringLiteral("2000.00"));
    EXPECT_EQ(damages[0].toObject().value(QStringLiteral("collected")).toString(), QStringLiteral("1250.25"));
    EXPECT_EQ(damages[0].toObject().value(QStringLiteral("waived")).toString(), QStringLiteral("349.75"));
    const QJsonObject cycle = acme.value(QStringLiteral("cycle")).toObject();
    EXPECT_EQ(cycle.value(QStringLiteral("medianDays")).toString(), QStringLiteral("364"));
    EXPECT_EQ(acme.value(QStringLiteral("lastStay")).toObject().value(QStringLiteral("daysAgo")).toInt(),
              456);
    EXPECT_TRUE(acme.value(QStringLiteral("nextStay")).isNull());
    EXPECT_TRUE(acme.value(QStringLiteral("atRisk")).toBool());
    const QJsonArray risks = acme.value(QStringLiteral("risks")).toArray();
    ASSERT_EQ(risks.size(), 2);
    EXPECT_EQ(risks[0].toObject().value(QStringLiteral("risk")).toString(), QStringLiteral("cycle-overdue"));
    EXPECT_EQ(
        risks[0].toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral("No new contract for 456 days since the last event arrived on 2026-05-08: more than "
                       "455 days, 125% of the usual rebooking cycle of 364 days (the median of the 2 "
                       "intervals between its events)"));
    EXPECT_EQ(risks[1].toObject().value(QStringLiteral("risk")).toString(), QStringLiteral("pickup-falling"));

    const QJsonObject beta = accountOf(list, QStringLiteral("Beta"));
    const QJsonArray betaDamages = beta.value(QStringLiteral("damagesAssessed")).toArray();
    ASSERT_EQ(betaDamages.size(), 1); // B-2 is not actualized: no damages assessed
    EXPECT_EQ(betaDamages[0].toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    EXPECT_EQ(beta.value(QStringLiteral("onTheBooks")).toObject().value(QStringLiteral("pickup")).toString(),
              QStringLiteral("30"));

    // --at-risk: Acme only; a slower factor (150%: 546 days) clears the cycle rule.
    const CliRun atRisk =
        run({QStringLiteral("accounts"), QStringLiteral("--json"), QStringLiteral("--at-risk"),
             QStringLiteral("--today"), QStringLiteral("2027-08-07"), QStringLiteral("--cycle-factor"),
             QStringLiteral("150")});
    ASSERT_EQ(atRisk.exitCode, 0) << atRisk.err.toStdString();
    const QJsonArray shown = json(atRisk).value(QStringLiteral("accounts")).toArray();
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown[0].toObject().value(QStringLiteral("account")).toString(), QStringLiteral("Acme"));
    EXPECT_EQ(shown[0].toObject().value(QStringLiteral("risks")).toArray().size(), 1);

    // The filters of the other database commands.
    const CliRun lakeside = run({QStringLiteral("accounts"), QStringLiteral("--json"),
                                 QStringLiteral("--hotel"), QStringLiteral("Lakeside")});
    ASSERT_EQ(lakeside.exitCode, 0) << lakeside.err.toStdString();
    EXPECT_EQ(json(lakeside).value(QStringLiteral("accounts")).toArray().size(), 1);
    const CliRun ben = run({QStringLiteral("accounts"), QStringLiteral("--json"), QStringLiteral("--manager"),
                            QStringLiteral("Ben"), QStringLiteral("--account"), QStringLiteral("Acme")});
    ASSERT_EQ(ben.exitCode, 0) << ben.err.toStdString();
    EXPECT_EQ(json(ben).value(QStringLiteral("contracts")).toInt(), 1); // C-1
    const CliRun range =
        run({QStringLiteral("accounts"), QStringLiteral("--json"), QStringLiteral("--from"),
             QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31")});
    ASSERT_EQ(range.exitCode, 0) << range.err.toStdString();
    EXPECT_EQ(json(range).value(QStringLiteral("contracts")).toInt(), 3); // A-3, C-1, B-1
}

TEST_F(CliAccounts, Csv) {
    const CliRun r = run({QStringLiteral("accounts"), QStringLiteral("--csv"), QStringLiteral("--today"),
                          QStringLiteral("2027-06-01")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const std::string out = r.out.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral(
        "table,account,contracts,years,cancelled,lost,final_events,final_block_room_nights,"
        "final_pickup_room_nights,final_pickup_percent,books_events,books_block_room_nights,"
        "books_pickup_room_nights,books_pickup_percent,pickup_trend,last_stay,last_stay_days_ago,next_stay,"
        "next_stay_days_ahead,interval_days,median_interval_days,spread_days,risks,risk_texts")))
        << out;
    EXPECT_TRUE(r.out.contains(QStringLiteral(
        "account,Acme,4,\"2024:1;2025:1;2026:2\",1,0,3,300,247,82.3333,0,0,0,,\"92;85;70\",2026-05-08,389,,,"
        "\"364;364\",364,0,pickup-falling,\"Pickup fell for two events in a row: 92% of the block")))
        << out;
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("account,Beta,2,\"2026:1;2027:1\",0,0,1,50,30,60,1,100,30,30,60,"
                                      "2026-03-01,457,2027-09-01,92,549,549,0,,\r\n")))
        << out;
    // Values with a semicolon are quoted, so that a spreadsheet reading semicolons as separators keeps them.
    EXPECT_TRUE(r.out.contains(QStringLiteral("account,Zeta,1,2027:1,0,1,0,0,0,,0,0,0,,,,,,,,,,,\r\n")))
        << out;
    EXPECT_TRUE(r.out.contains(QStringLiteral("event,Acme,A-3,2026-05-08,actualized,100,70,70,final")))
        << out;
    EXPECT_TRUE(r.out.contains(QStringLiteral("event,Beta,B-2,2027-09-01,definite,100,30,30,on-the-books")))
        << out;
    EXPECT_TRUE(r.out.contains(QStringLiteral("table,account,currency,actualized_groups,actualized,cancelled_"
                                              "groups,cancelled,total,collected,waived")))
        << out;
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("damages,Acme,USD,3,1000.00,1,1000.00,2000.00,1250.25,349.75\r\n")))
        << out;
    // Nothing recorded: zero.
    EXPECT_TRUE(r.out.contains(QStringLiteral("damages,Beta,EUR,1,1200.00,0,0.00,1200.00,0.00,0.00\r\n")))
        << out;
}

TEST_F(CliAccounts, BadArguments) {
    const CliRun today = run({QStringLiteral("accounts"), QStringLiteral("--today"), QStringLiteral("June")});
    EXPECT_EQ(today.exitCode, 2);
    EXPECT_TRUE(
        today.err.contains(QStringLiteral("--today: expected a date written YYYY-MM-DD, found \"June\"")))
        << today.err.toStdString();
    const CliRun factor =
        run({QStringLiteral("accounts"), QStringLiteral("--cycle-factor"), QStringLiteral("0")});
    EXPECT_EQ(factor.exitCode, 2);
    EXPECT_TRUE(
        factor.err.contains(QStringLiteral("--cycle-factor: expected a percentage of the usual rebooking "
                                           "cycle above 0 and at most 1000, such as 125 or 150, found "
                                           "\"0\"")))
        << factor.err.toStdString();
    const CliRun file = run({QStringLiteral("accounts"), QStringLiteral("contracts.json")});
    EXPECT_EQ(file.exitCode, 2);
    EXPECT_TRUE(
        file.err.contains(QStringLiteral("accounts takes no file; it reads the database (--database)")))
        << file.err.toStdString();
    const CliRun both = run({QStringLiteral("accounts"), QStringLiteral("--json"), QStringLiteral("--csv")});
    EXPECT_EQ(both.exitCode, 2);
    const CliRun unknown = run({QStringLiteral("accounts"), QStringLiteral("--risky")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown option --risky"))) << unknown.err.toStdString();
}

TEST_F(CliAccounts, HelpNamesTheCommand) {
    const CliRun help = cli({QStringLiteral("accounts"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("attrition-cli accounts [FILTERS]")))
        << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--database"))) << help.out.toStdString();
    const CliRun all = cli({QStringLiteral("--help")});
    EXPECT_TRUE(all.out.contains(QStringLiteral("accounts  customer attrition by account")))
        << all.out.toStdString();
}

} // namespace
