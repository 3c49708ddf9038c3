#include "attrition/io/assessment_json.h"
#include "attrition/io/contract_json.h"
#include "io_test_support.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace attrition;
using namespace attrition::io;
using namespace attrition::io::test;

namespace {

Contract sample(const char* name) {
    const ReadResult r = readContractFile(QStringLiteral(ATTRITION_SAMPLES_DIR "/") + QLatin1String(name));
    EXPECT_TRUE(r.ok()) << name;
    return r.ok() ? r.contracts.front() : Contract();
}

QJsonObject assessed(const char* name) {
    const Contract c = sample(name);
    return assessmentToJson(c, assess(c));
}

QString total(const QJsonObject& o, const char* name) {
    return o.value(QStringLiteral("totals")).toObject().value(QLatin1String(name)).toString();
}

} // namespace

TEST(AssessmentJson, HeaderFiguresAndTotals) {
    const QJsonObject o = assessed("example-a-night-by-night.json");
    EXPECT_EQ(o.value(QStringLiteral("format")), QJsonValue(QStringLiteral("attrition-desk/assessment")));
    EXPECT_EQ(o.value(QStringLiteral("version")), QJsonValue(1));
    EXPECT_EQ(o.value(QStringLiteral("reference")), QJsonValue(QStringLiteral("EX-A-2027")));
    EXPECT_EQ(o.value(QStringLiteral("currency")), QJsonValue(QStringLiteral("USD")));
    EXPECT_EQ(o.value(QStringLiteral("cancelled")), QJsonValue(false));
    const QJsonObject contract = o.value(QStringLiteral("contract")).toObject();
    EXPECT_EQ(contract.value(QStringLiteral("groupName")),
              QJsonValue(QStringLiteral("Midwest Orthopaedic Forum")));
    EXPECT_EQ(contract.value(QStringLiteral("hotel")), QJsonValue(QStringLiteral("Lakeshore Grand Chicago")));
    EXPECT_EQ(contract.value(QStringLiteral("arrival")), QJsonValue(QStringLiteral("2027-05-09")));
    EXPECT_EQ(contract.value(QStringLiteral("departure")), QJsonValue(QStringLiteral("2027-05-13")));
    EXPECT_EQ(contract.value(QStringLiteral("nights")), QJsonValue(4));
    const QJsonObject figures = o.value(QStringLiteral("figures")).toObject();
    EXPECT_EQ(figures.value(QStringLiteral("contractedRoomNights")), QJsonValue(240));
    EXPECT_EQ(figures.value(QStringLiteral("countedRoomNights")), QJsonValue(210));
    EXPECT_EQ(figures.value(QStringLiteral("pickupPercent")), QJsonValue(QStringLiteral("87.5")));
    const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.keys(), (QStringList{"cancellation", "depositBalance", "depositsApplied", "foodBeverage",
                                          "meetingRoom", "netDue", "rooms", "subtotal", "tax", "totalOwed"}));
    EXPECT_EQ(total(o, "rooms"), QStringLiteral("2640.00"));
    EXPECT_EQ(total(o, "totalOwed"), QStringLiteral("2640.00"));
    EXPECT_EQ(total(o, "netDue"), QStringLiteral("2640.00"));
    EXPECT_EQ(total(o, "depositBalance"), QStringLiteral("0.00"));
}

TEST(AssessmentJson, EachLineCarriesItsFormula) {
    const QJsonObject o = assessed("example-a-night-by-night.json");
    const QJsonArray lines = o.value(QStringLiteral("lines")).toArray();
    ASSERT_FALSE(lines.isEmpty());
    QJsonObject damages;
    for (const QJsonValue& l : lines) {
        const QJsonObject line = l.toObject();
        EXPECT_EQ(line.keys(), (QStringList{"amount", "component", "explanation", "factor", "key", "night",
                                            "quantity", "rate"}));
        if (line.value(QStringLiteral("key")).toString() == QLatin1String("RoomDamagesNight") &&
            damages.isEmpty()) {
            damages = line;
        }
    }
    EXPECT_EQ(damages.value(QStringLiteral("component")), QJsonValue(QStringLiteral("rooms")));
    EXPECT_EQ(damages.value(QStringLiteral("night")), QJsonValue(QStringLiteral("2027-05-09")));
    EXPECT_EQ(damages.value(QStringLiteral("quantity")), QJsonValue(QStringLiteral("11")));
    EXPECT_EQ(damages.value(QStringLiteral("rate")), QJsonValue(QStringLiteral("150.00")));
    EXPECT_EQ(damages.value(QStringLiteral("factor")), QJsonValue(QStringLiteral("80")));
    EXPECT_EQ(damages.value(QStringLiteral("amount")), QJsonValue(QStringLiteral("1320.00")));
    EXPECT_EQ(damages.value(QStringLiteral("explanation")),
              QJsonValue(QStringLiteral("2027-05-09: 11 room nights x 150.00 x 80% = 1,320.00")));
    const QJsonObject first = lines.first().toObject();
    EXPECT_TRUE(first.value(QStringLiteral("night")).isNull());
    EXPECT_TRUE(first.value(QStringLiteral("rate")).isNull());
}

TEST(AssessmentJson, FractionalRoomNightsAreExact) {
    const QJsonObject o = assessed("cumulative-exact-threshold-meeting-room-taxed.json");
    bool found = false;
    for (const QJsonValue& l : o.value(QStringLiteral("lines")).toArray()) {
        if (l.toObject().value(QStringLiteral("key")).toString() == QLatin1String("RoomDamages")) {
            EXPECT_EQ(l.toObject().value(QStringLiteral("quantity")), QJsonValue(QStringLiteral("28.5")));
            EXPECT_EQ(l.toObject().value(QStringLiteral("amount")), QJsonValue(QStringLiteral("5671.50")));
            found = true;
        }
    }
    EXPECT_TRUE(found);
}

TEST(AssessmentJson, WorkedExampleC) {
    const QJsonObject o = assessed("example-c-food-beverage.json");
    EXPECT_EQ(total(o, "foodBeverage"), QStringLiteral("2348.50"));
    EXPECT_EQ(total(o, "tax"), QStringLiteral("208.43"));
    EXPECT_EQ(total(o, "totalOwed"), QStringLiteral("2556.93"));
    const QJsonObject last = o.value(QStringLiteral("lines")).toArray().last().toObject();
    EXPECT_EQ(last.value(QStringLiteral("component")), QJsonValue(QStringLiteral("tax")));
    EXPECT_EQ(last.value(QStringLiteral("key")), QJsonValue(QStringLiteral("TaxOnFoodBeverage")));
    EXPECT_EQ(last.value(QStringLiteral("explanation")),
              QJsonValue(QStringLiteral("Tax 8.875% on F&B damages and service charge 2,348.50 = 208.43")));
}

TEST(AssessmentJson, WarningsHaveKeyAndMessage) {
    const QJsonArray warnings =
        assessed("example-g-review-late.json").value(QStringLiteral("warnings")).toArray();
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings[0].toObject().value(QStringLiteral("key")),
              QJsonValue(QStringLiteral("WarnReductionLate")));
    EXPECT_EQ(warnings[0].toObject().value(QStringLiteral("message")),
              QJsonValue(QStringLiteral(
                  "Reduction recorded 2027-04-05 (15% of the original block) not honoured: it was "
                  "made after the last review date, 2027-04-01; those rooms stay in the block")));
}

TEST(AssessmentJson, EveryAmountHasExactlyTheCurrencysDecimals) {
    for (const QString& file : sampleFiles()) {
        const ReadResult r = readContractFile(file);
        ASSERT_TRUE(r.ok());
        const Contract& c = r.contracts.front();
        const int decimals = c.currency.decimals();
        const QRegularExpression amount(decimals == 0
                                            ? QStringLiteral("^-?[0-9]+$")
                                            : QStringLiteral("^-?[0-9]+\\.[0-9]{%1}$").arg(decimals));
        const QJsonObject o = assessmentToJson(c, assess(c));
        EXPECT_EQ(o.value(QStringLiteral("currency")).toString().toStdString(),
                  std::string(c.currency.code()));
        const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
        for (auto it = totals.begin(); it != totals.end(); ++it) {
            EXPECT_TRUE(amount.match(it.value().toString()).hasMatch())
                << file.toStdString() << " " << it.key().toStdString() << " "
                << it.value().toString().toStdString();
        }
        for (const QJsonValue& l : o.value(QStringLiteral("lines")).toArray()) {
            for (const char* key : {"amount", "rate"}) {
                const QJsonValue v = l.toObject().value(QLatin1String(key));
                if (!v.isNull()) {
                    EXPECT_TRUE(amount.match(v.toString()).hasMatch())
                        << file.toStdString() << " " << key << " " << v.toString().toStdString();
                }
            }
        }
    }
}

TEST(AssessmentJson, ZeroAndThreeDecimalCurrencies) {
    const QJsonObject jpy = assessed("jpy-cancellation-mitigation.json");
    EXPECT_EQ(jpy.value(QStringLiteral("currency")), QJsonValue(QStringLiteral("JPY")));
    EXPECT_EQ(jpy.value(QStringLiteral("cancelled")), QJsonValue(true));
    EXPECT_EQ(total(jpy, "cancellation"), QStringLiteral("5881600"));
    EXPECT_EQ(total(jpy, "tax"), QStringLiteral("588160"));
    EXPECT_EQ(total(jpy, "netDue"), QStringLiteral("5469760"));
    const QJsonObject kwd = assessed("kwd-attrition-three-decimals.json");
    EXPECT_EQ(total(kwd, "rooms"), QStringLiteral("955.369"));
    EXPECT_EQ(total(kwd, "foodBeverage"), QStringLiteral("440.750"));
    EXPECT_EQ(total(kwd, "totalOwed"), QStringLiteral("1396.119"));
}

TEST(SweepJson, PickupSweep) {
    const Contract c = sample("example-g-review-late.json");
    const QJsonObject o = pickupSweepToJson(c, sweepPickup(c, 0, 100, 20));
    EXPECT_EQ(o.value(QStringLiteral("format")), QJsonValue(QStringLiteral("attrition-desk/pickup-sweep")));
    EXPECT_EQ(o.value(QStringLiteral("reference")), QJsonValue(QStringLiteral("EX-G-2027-LATE")));
    EXPECT_EQ(o.value(QStringLiteral("currency")), QJsonValue(QStringLiteral("USD")));
    const QJsonArray points = o.value(QStringLiteral("points")).toArray();
    ASSERT_EQ(points.size(), 6);
    EXPECT_EQ(points[0].toObject(), (QJsonObject{{"pickup", "0"},
                                                 {"roomDamages", "36000.00"},
                                                 {"meetingRoom", "0.00"},
                                                 {"totalOwed", "36000.00"}}));
    EXPECT_EQ(points[3].toObject().value(QStringLiteral("totalOwed")), QJsonValue(QStringLiteral("9000.00")));
    EXPECT_EQ(points[4].toObject().value(QStringLiteral("totalOwed")), QJsonValue(QStringLiteral("0.00")));
}

TEST(SweepJson, CancellationSweep) {
    const Contract c = sample("example-e-cancellation.json");
    const QJsonObject o =
        cancellationSweepToJson(c, sweepCancellation(c, date("2027-03-01"), date("2027-03-02")));
    EXPECT_EQ(o.value(QStringLiteral("format")),
              QJsonValue(QStringLiteral("attrition-desk/cancellation-sweep")));
    EXPECT_EQ(o.value(QStringLiteral("arrival")), QJsonValue(QStringLiteral("2027-06-10")));
    const QJsonArray points = o.value(QStringLiteral("points")).toArray();
    ASSERT_EQ(points.size(), 2);
    EXPECT_EQ(points[0].toObject(), (QJsonObject{{"notice", "2027-03-01"},
                                                 {"daysBeforeArrival", 101},
                                                 {"fee", "28680.00"},
                                                 {"totalOwed", "28680.00"}}));
    EXPECT_EQ(points[1].toObject().value(QStringLiteral("daysBeforeArrival")), QJsonValue(100));
}

TEST(SweepJson, SpendSweep) {
    const Contract c = sample("example-c-food-beverage.json");
    const QJsonObject o = spendSweepToJson(c, sweepFoodBeverage(c, money("30500.00"), money("36500.00"), 2));
    EXPECT_EQ(o.value(QStringLiteral("format")), QJsonValue(QStringLiteral("attrition-desk/fb-sweep")));
    EXPECT_EQ(o.value(QStringLiteral("minimum")), QJsonValue(QStringLiteral("40000.00")));
    const QJsonArray points = o.value(QStringLiteral("points")).toArray();
    ASSERT_EQ(points.size(), 3);
    EXPECT_EQ(points[0].toObject(),
              (QJsonObject{{"spend", "30500.00"}, {"damages", "2348.50"}, {"totalOwed", "2556.93"}}));
    EXPECT_EQ(points[2].toObject(),
              (QJsonObject{{"spend", "36500.00"}, {"damages", "0.00"}, {"totalOwed", "0.00"}}));
}
