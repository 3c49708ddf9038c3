// attrition-cli pipeline, and the lost status in the database commands, on an SQLite file in a temporary
// folder.

#include "../qt_printers.h"
#include "cli_test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

namespace {

/// Five contracts of one hotel and one of another, in USD:
/// P-1 prospect, 2 x 10 rooms at 150.00, F&B minimum 1,000.00, no pickup yet;
/// T-1 tentative, 30 rooms at 200.00, pickup 10 of the 24 required: owes 14 x 200.00 = 2,800.00;
/// A-1 actualized in April, 2 x 40 rooms at 100.00, pickup 2 x 30 of the 64 required: owes 400.00, of which
///     250.00 and 50.00 were collected and 100.00 waived;
/// C-1 cancelled in April, 20 rooms at 100.00 under a 50% tier: owes 1,000.00, collected in one payment;
/// L-1 lost on price, 100 rooms at 150.00 with pickup: owes nothing;
/// L-2 lost to a competitor at the other hotel.
const char* kContracts = R"({
  "format": "attrition-desk/contracts", "version": 1,
  "contracts": [
    { "reference": "P-1", "hotel": "Harbour", "salesManager": "Ana", "account": "Acme", "status": "prospect",
      "currency": "USD", "signedOn": "2026-06-01", "arrival": "2027-05-09", "departure": "2027-05-11",
      "block": [ { "night": "2027-05-09", "roomType": "KING", "rooms": 10, "rate": "150.00" },
                 { "night": "2027-05-10", "roomType": "KING", "rooms": 10, "rate": "150.00" } ],
      "foodBeverage": { "minimum": "1000.00" } },
    { "reference": "T-1", "hotel": "Harbour", "salesManager": "Ana", "account": "Acme", "status": "tentative",
      "currency": "USD", "signedOn": "2026-06-01", "arrival": "2027-05-20", "departure": "2027-05-21",
      "block": [ { "night": "2027-05-20", "roomType": "KING", "rooms": 30, "rate": "200.00" } ],
      "pickup": [ { "night": "2027-05-20", "roomType": "KING", "rooms": 10 } ] },
    { "reference": "A-1", "hotel": "Harbour", "salesManager": "Ben", "account": "Acme", "status": "actualized",
      "currency": "USD", "signedOn": "2026-06-01", "arrival": "2027-04-10", "departure": "2027-04-12",
      "block": [ { "night": "2027-04-10", "roomType": "KING", "rooms": 40, "rate": "100.00" },
                 { "night": "2027-04-11", "roomType": "KING", "rooms": 40, "rate": "100.00" } ],
      "pickup": [ { "night": "2027-04-10", "roomType": "KING", "rooms": 30 },
                  { "night": "2027-04-11", "roomType": "KING", "rooms": 30 } ],
      "settlement": { "assessed": "400.00", "invoicedOn": "2027-04-20",
                      "payments": [ { "received": "2027-05-02", "amount": "250.00" },
                                    { "received": "2027-06-01", "amount": "50.00" } ],
                      "waived": "100.00", "waiverReason": "Goodwill" } },
    { "reference": "C-1", "hotel": "Harbour", "salesManager": "Ben", "account": "Zeta", "status": "cancelled",
      "currency": "USD", "signedOn": "2026-06-01", "arrival": "2027-04-15", "departure": "2027-04-16",
      "block": [ { "night": "2027-04-15", "roomType": "KING", "rooms": 20, "rate": "100.00" } ],
      "cancellation": { "tiers": [ { "minDays": 0, "percent": "50" } ] },
      "cancellationNotice": "2027-03-01",
      "settlement": { "assessed": "1000.00", "payments": [ { "received": "2027-03-20", "amount": "1000.00" } ] } },
    { "reference": "L-1", "hotel": "Harbour", "salesManager": "Ana", "account": "Zeta", "status": "lost",
      "lostReason": "price", "lostNote": "10% cheaper across the street",
      "currency": "USD", "signedOn": "2026-06-01", "arrival": "2027-05-09", "departure": "2027-05-10",
      "block": [ { "night": "2027-05-09", "roomType": "KING", "rooms": 100, "rate": "150.00" } ],
      "pickup": [ { "night": "2027-05-09", "roomType": "KING", "rooms": 5 } ] },
    { "reference": "L-2", "hotel": "Lakeside", "salesManager": "Cy", "account": "Acme", "status": "lost",
      "lostReason": "competitor",
      "currency": "USD", "signedOn": "2026-06-01", "arrival": "2027-06-09", "departure": "2027-06-10",
      "block": [ { "night": "2027-06-09", "roomType": "KING", "rooms": 10, "rate": "100.00" } ] }
  ]
})";

class CliPipeline : public ::testing::Test {
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

QJsonObject rowOf(const QJsonObject& pipeline, const QString& stage, const QString& month) {
    for (const QJsonValue& row : pipeline.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject o = row.toObject();
        if (o.value(QStringLiteral("stage")).toString() == stage &&
            o.value(QStringLiteral("month")).toString() == month) {
            return o;
        }
    }
    return {};
}

TEST_F(CliPipeline, JsonHasEveryFigure) {
    const CliRun r = run({QStringLiteral("pipeline"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject p = json(r);
    EXPECT_EQ(p.value(QStringLiteral("contracts")).toInt(), 6);
    EXPECT_EQ(p.value(QStringLiteral("rows")).toArray().size(), 6);

    const QJsonObject prospect = rowOf(p, QStringLiteral("prospect"), QStringLiteral("2027-05"));
    EXPECT_EQ(prospect.value(QStringLiteral("contracts")).toInt(), 1);
    EXPECT_EQ(prospect.value(QStringLiteral("roomNights")).toInt(), 20);
    EXPECT_EQ(prospect.value(QStringLiteral("roomRevenue")).toString(), QStringLiteral("3000.00"));
    EXPECT_EQ(prospect.value(QStringLiteral("foodBeverageMinimum")).toString(), QStringLiteral("1000.00"));
    EXPECT_EQ(prospect.value(QStringLiteral("damages")).toString(), QStringLiteral("0.00"));
    EXPECT_EQ(prospect.value(QStringLiteral("notMeasured")).toInt(), 1);
    EXPECT_EQ(prospect.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));

    EXPECT_EQ(
        rowOf(p, QStringLiteral("tentative"), QStringLiteral("2027-05")).value(QStringLiteral("damages")),
        QStringLiteral("2800.00"));
    EXPECT_EQ(
        rowOf(p, QStringLiteral("actualized"), QStringLiteral("2027-04")).value(QStringLiteral("damages")),
        QStringLiteral("400.00"));
    EXPECT_EQ(
        rowOf(p, QStringLiteral("cancelled"), QStringLiteral("2027-04")).value(QStringLiteral("damages")),
        QStringLiteral("1000.00"));
    const QJsonObject lost = rowOf(p, QStringLiteral("lost"), QStringLiteral("2027-05"));
    EXPECT_EQ(lost.value(QStringLiteral("roomRevenue")).toString(), QStringLiteral("15000.00"));
    EXPECT_EQ(lost.value(QStringLiteral("damages")).toString(), QStringLiteral("0.00"));

    // Won: A-1; lost: L-1, L-2: 33.3333%.
    const QJsonObject conversion = p.value(QStringLiteral("conversion")).toObject();
    EXPECT_EQ(conversion.value(QStringLiteral("won")).toInt(), 1);
    EXPECT_EQ(conversion.value(QStringLiteral("lost")).toInt(), 2);
    EXPECT_EQ(conversion.value(QStringLiteral("open")).toInt(), 2);
    EXPECT_EQ(conversion.value(QStringLiteral("rate")).toString(), QStringLiteral("33.3333"));

    const QJsonObject wash = p.value(QStringLiteral("wash")).toObject();
    EXPECT_EQ(wash.value(QStringLiteral("groups")).toInt(), 1);
    EXPECT_EQ(wash.value(QStringLiteral("pickup")).toString(), QStringLiteral("75"));
    EXPECT_EQ(wash.value(QStringLiteral("wash")).toString(), QStringLiteral("25"));

    const QJsonArray damages = p.value(QStringLiteral("damagesAssessed")).toArray();
    ASSERT_EQ(damages.size(), 1);
    EXPECT_EQ(damages[0].toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2027-04"));
    EXPECT_EQ(damages[0].toObject().value(QStringLiteral("actualized")).toString(), QStringLiteral("400.00"));
    EXPECT_EQ(damages[0].toObject().value(QStringLiteral("cancelled")).toString(), QStringLiteral("1000.00"));
    EXPECT_EQ(damages[0].toObject().value(QStringLiteral("total")).toString(), QStringLiteral("1400.00"));
    EXPECT_EQ(damages[0].toObject().value(QStringLiteral("collected")).toString(), QStringLiteral("1300.00"));
    EXPECT_EQ(damages[0].toObject().value(QStringLiteral("waived")).toString(), QStringLiteral("100.00"));
    EXPECT_TRUE(p.value(QStringLiteral("invalid")).toArray().isEmpty());
}

TEST_F(CliPipeline, FiltersAndArrivalRange) {
    const CliRun harbour = run({QStringLiteral("pipeline"), QStringLiteral("--json"),
                                QStringLiteral("--hotel"), QStringLiteral("Harbour")});
    ASSERT_EQ(harbour.exitCode, 0) << harbour.err.toStdString();
    EXPECT_EQ(json(harbour).value(QStringLiteral("contracts")).toInt(), 5);
    EXPECT_EQ(json(harbour).value(QStringLiteral("conversion")).toObject().value(QStringLiteral("rate")),
              QStringLiteral("50"));

    const CliRun ana = run({QStringLiteral("pipeline"), QStringLiteral("--json"), QStringLiteral("--manager"),
                            QStringLiteral("Ana"), QStringLiteral("--account"), QStringLiteral("Acme")});
    ASSERT_EQ(ana.exitCode, 0) << ana.err.toStdString();
    EXPECT_EQ(json(ana).value(QStringLiteral("contracts")).toInt(), 2); // P-1, T-1

    const CliRun april =
        run({QStringLiteral("pipeline"), QStringLiteral("--json"), QStringLiteral("--from"),
             QStringLiteral("2027-04-01"), QStringLiteral("--to"), QStringLiteral("2027-04-30")});
    ASSERT_EQ(april.exitCode, 0) << april.err.toStdString();
    EXPECT_EQ(json(april).value(QStringLiteral("contracts")).toInt(), 2); // A-1, C-1

    const CliRun bad = run({QStringLiteral("pipeline"), QStringLiteral("--from"), QStringLiteral("April")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(
        bad.err.contains(QStringLiteral("--from: expected a date written YYYY-MM-DD, found \"April\"")))
        << bad.err.toStdString();
    const CliRun both = run({QStringLiteral("pipeline"), QStringLiteral("--json"), QStringLiteral("--csv")});
    EXPECT_EQ(both.exitCode, 2);
}

TEST_F(CliPipeline, TextAndCsv) {
    const CliRun text = run({QStringLiteral("pipeline")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("Sales pipeline of 6 contracts in ")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Lost and cancelled:"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("2,800.00"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("1 won (definite or actualized), 2 lost, 2 still open")))
        << text.out.toStdString();
    // Shares read to one decimal in the text (33.3333% in JSON): 1 won of 3 decided.
    EXPECT_TRUE(text.out.contains(QStringLiteral("33.3% of the decided contracts were won")))
        << text.out.toStdString();
    EXPECT_FALSE(text.out.contains(QStringLiteral("33.3333"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("with what the settlements record as collected and waived")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("1,300.00"))) << text.out.toStdString();
    // The lost rows come after the open ones.
    EXPECT_LT(text.out.indexOf(QStringLiteral("tentative")),
              text.out.indexOf(QStringLiteral("Lost and cancelled")));

    const CliRun csv = run({QStringLiteral("pipeline"), QStringLiteral("--csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.startsWith(QStringLiteral(
        "table,stage,month,currency,contracts,room_nights,room_revenue,fb_minimum,damages,not_measured")))
        << csv.out.toStdString();
    EXPECT_TRUE(
        csv.out.contains(QStringLiteral("pipeline,tentative,2027-05,USD,1,30,6000.00,0.00,2800.00,0")))
        << csv.out.toStdString();
    EXPECT_TRUE(csv.out.contains(QStringLiteral("wash,all,1,80,60,75,25"))) << csv.out.toStdString();
    EXPECT_TRUE(
        csv.out.contains(QStringLiteral("damages,2027-04,USD,1,400.00,1,1000.00,1400.00,1300.00,100.00")))
        << csv.out.toStdString();
    EXPECT_TRUE(csv.out.contains(QStringLiteral("conversion,1,2,2,33.3333"))) << csv.out.toStdString();
}

TEST_F(CliPipeline, ListTakesTheLostStatus) {
    const CliRun lost = run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("lost"),
                             QStringLiteral("--json")});
    ASSERT_EQ(lost.exitCode, 0) << lost.err.toStdString();
    const QJsonArray rows = json(lost).value(QStringLiteral("contracts")).toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("lost"));

    const CliRun text =
        run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("lost,prospect")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("lost"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("3 of 3 contracts"))) << text.out.toStdString();

    const CliRun unknown = run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("won")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(
        QStringLiteral("(prospect, tentative, definite, cancelled, actualized or lost)")))
        << unknown.err.toStdString();

    // The reason and the note come back out of the database as they went in.
    const CliRun exported =
        run({QStringLiteral("export"), QStringLiteral("--status"), QStringLiteral("lost")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("\"lostReason\": \"price\"")))
        << exported.out.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("\"lostNote\": \"10% cheaper across the street\"")));
    EXPECT_TRUE(exported.out.contains(QStringLiteral("\"lostReason\": \"competitor\"")));
}

TEST_F(CliPipeline, HelpNamesTheCommand) {
    const CliRun help = cli({QStringLiteral("pipeline"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("attrition-cli pipeline [FILTERS]")))
        << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--database"))) << help.out.toStdString();
}

} // namespace
