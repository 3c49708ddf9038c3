#include "attrition/io/contract_json.h"
#include "io_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>
#include <limits>

using namespace attrition;
using namespace attrition::io;
using namespace attrition::io::test;

namespace {

/// Writes the contract, reads it back, and expects the same contract, field by field.
Contract roundTrip(const Contract& c, const std::string& what) {
    const QByteArray written = writeContract(c);
    const ReadResult r = readContracts(written);
    EXPECT_TRUE(r.ok()) << what << ": "
                        << (r.ok() ? std::string() : r.errors.front().toString().toStdString()) << "\n"
                        << written.toStdString();
    if (!r.ok()) {
        return {};
    }
    EXPECT_EQ(r.contracts.size(), 1U);
    expectSameContract(r.contracts.front(), c, what);
    EXPECT_EQ(writeContract(r.contracts.front()), written) << what;
    return r.contracts.front();
}

} // namespace

TEST(ContractWriter, EveryFieldRoundTripsExactly) {
    for (const char* code : {"USD", "JPY", "KWD", "EUR"}) {
        roundTrip(everyField(code), code);
    }
}

TEST(ContractWriter, EverySampleAndExampleRoundTripsExactly) {
    for (const QString& file : sampleFiles() + exampleFiles()) {
        const ReadResult first = readContractFile(file);
        ASSERT_TRUE(first.ok()) << file.toStdString();
        for (const Contract& c : first.contracts) {
            roundTrip(c, file.toStdString());
        }
    }
}

TEST(ContractWriter, EveryValueOfEveryEnumerationRoundTrips) {
    Contract c = everyField();
    for (auto s : {ContractStatus::Prospect, ContractStatus::Tentative, ContractStatus::Definite,
                   ContractStatus::Cancelled, ContractStatus::Actualized}) {
        c.status = s;
        roundTrip(c, std::string(toString(s)));
    }
    for (auto r : {RoundingMode::HalfUp, RoundingMode::HalfEven, RoundingMode::HalfDown, RoundingMode::Up,
                   RoundingMode::Down, RoundingMode::Ceiling, RoundingMode::Floor}) {
        c.rounding = r;
        roundTrip(c, std::string(toString(r)));
    }
    for (auto m : {AttritionMethod::Cumulative, AttritionMethod::NightByNight}) {
        c.attrition.method = m;
        roundTrip(c, std::string(toString(m)));
    }
    for (auto t : {ThresholdRounding::Exact, ThresholdRounding::Up, ThresholdRounding::Down}) {
        c.attrition.thresholdRounding = t;
        roundTrip(c, std::string(toString(t)));
    }
    for (auto b : {RateBasis::PerNight, RateBasis::Average}) {
        c.attrition.rateBasis = b;
        roundTrip(c, std::string(toString(b)));
    }
    for (auto r : {ResaleCreditMethod::None, ResaleCreditMethod::ByCount, ResaleCreditMethod::ByRevenue}) {
        c.attrition.resaleCredit = r;
        roundTrip(c, std::string(toString(r)));
    }
    for (auto p : {MeetingRoomPolicy::WithAttrition, MeetingRoomPolicy::GreaterOfTheTwo,
                   MeetingRoomPolicy::InsteadOfAttrition}) {
        c.meetingRoom.policy = p;
        roundTrip(c, std::string(toString(p)));
    }
    for (auto b :
         {CancellationBasis::RoomRevenue, CancellationBasis::TotalRevenue, CancellationBasis::PerComponent}) {
        c.cancellation.basis = b;
        roundTrip(c, std::string(toString(b)));
    }
}

TEST(ContractWriter, ExtremeValuesRoundTrip) {
    Contract c = everyField();
    c.block[0].rooms = std::numeric_limits<std::int32_t>::max();
    c.block[1].rooms = std::numeric_limits<std::int32_t>::min();
    c.block[0].rate = Money(std::numeric_limits<std::int64_t>::max(), currency("USD"));
    c.block[1].rate = Money(std::numeric_limits<std::int64_t>::min(), currency("USD"));
    c.deposits[0].amount = Money(-1, currency("USD"));
    c.attrition.taxRate = Percent::fromPartsPerMillion(1);
    c.attrition.damagesFactor = Percent::fromPartsPerMillion(-1);
    c.foodBeverage.taxRate = Percent::fromPoints(1'000'000'000);
    c.signedOn = date("0001-01-01");
    c.departure = date("9999-12-31");
    c.cancellation.tiers[1].maxDays = std::numeric_limits<std::int32_t>::max();
    c.comps.perRoomNights = -7;
    roundTrip(c, "extremes");
    const QJsonObject o = contractToJson(c);
    EXPECT_EQ(
        o.value(QStringLiteral("block")).toArray()[0].toObject().value(QStringLiteral("rate")).toString(),
        QStringLiteral("92233720368547758.07"));
    EXPECT_EQ(
        o.value(QStringLiteral("block")).toArray()[1].toObject().value(QStringLiteral("rate")).toString(),
        QStringLiteral("-92233720368547758.08"));
    EXPECT_EQ(o.value(QStringLiteral("attrition")).toObject().value(QStringLiteral("taxRate")).toString(),
              QStringLiteral("0.0001"));
}

TEST(ContractWriter, AmountsAreDecimalStringsInTheCurrencysUnits) {
    const QJsonObject usd = contractToJson(everyField("USD"));
    const QJsonObject jpy = contractToJson(everyField("JPY"));
    const QJsonObject kwd = contractToJson(everyField("KWD"));
    const auto rate = [](const QJsonObject& o) {
        return o.value(QStringLiteral("block")).toArray()[0].toObject().value(QStringLiteral("rate"));
    };
    EXPECT_EQ(rate(usd), QJsonValue(QStringLiteral("189.50")));
    EXPECT_EQ(rate(jpy), QJsonValue(QStringLiteral("18950")));
    EXPECT_EQ(rate(kwd), QJsonValue(QStringLiteral("18.950")));
    EXPECT_EQ(usd.value(QStringLiteral("currency")), QJsonValue(QStringLiteral("USD")));
    EXPECT_EQ(usd.value(QStringLiteral("attrition")).toObject().value(QStringLiteral("damagesFactor")),
              QJsonValue(QStringLiteral("72.5")));
    EXPECT_EQ(usd.value(QStringLiteral("foodBeverage")).toObject().value(QStringLiteral("taxRate")),
              QJsonValue(QStringLiteral("7.0001")));
    EXPECT_EQ(usd.value(QStringLiteral("block")).toArray()[1].toObject().value(QStringLiteral("rooms")),
              QJsonValue(120));
    EXPECT_EQ(usd.value(QStringLiteral("format")), QJsonValue(QStringLiteral("attrition-desk/contract")));
    EXPECT_EQ(usd.value(QStringLiteral("version")), QJsonValue(1));
}

TEST(ContractWriter, AbsentValuesAreLeftOutAndReadBackAbsent) {
    Contract c;
    c.reference = "R-1";
    c.currency = currency("USD");
    c.signedOn = date("2026-01-10");
    c.arrival = date("2027-05-09");
    c.departure = date("2027-05-11");
    const QJsonObject o = contractToJson(c);
    EXPECT_FALSE(o.contains(QStringLiteral("cutoff")));
    EXPECT_FALSE(o.contains(QStringLiteral("cancellationNotice")));
    EXPECT_FALSE(o.value(QStringLiteral("attrition")).toObject().contains(QStringLiteral("capAmount")));
    EXPECT_FALSE(
        o.value(QStringLiteral("attrition")).toObject().contains(QStringLiteral("resaleOnlyAtOccupancy")));
    // A zero amount never given a currency is left out, so that it reads back as the same unset zero.
    EXPECT_FALSE(o.value(QStringLiteral("foodBeverage")).toObject().contains(QStringLiteral("minimum")));
    EXPECT_FALSE(o.value(QStringLiteral("meetingRoom")).toObject().contains(QStringLiteral("rental")));
    roundTrip(c, "defaults");

    c.foodBeverage.minimum = Money::zero(currency("USD"));
    EXPECT_EQ(
        contractToJson(c).value(QStringLiteral("foodBeverage")).toObject().value(QStringLiteral("minimum")),
        QJsonValue(QStringLiteral("0.00")));
    roundTrip(c, "an explicit zero");
}

TEST(ContractWriter, TextIsKeptExactly) {
    const Contract c = everyField();
    const Contract back = roundTrip(c, "text");
    EXPECT_EQ(back.notes, "Line one\nLine two\t\"quoted\" \xF0\x9F\x8F\xA8");
    EXPECT_EQ(back.hotel, "Grand H\xC3\xB4tel du Lac\\Annecy");
}

TEST(ContractWriter, CollectionsRoundTrip) {
    const std::vector<Contract> contracts{everyField("USD"), everyField("JPY"), everyField("KWD")};
    const QByteArray written = writeContracts(contracts);
    const QJsonObject root = QJsonDocument::fromJson(written).object();
    EXPECT_EQ(root.value(QStringLiteral("format")), QJsonValue(QStringLiteral("attrition-desk/contracts")));
    EXPECT_FALSE(
        root.value(QStringLiteral("contracts")).toArray()[0].toObject().contains(QStringLiteral("format")));
    const ReadResult r = readContracts(written);
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    ASSERT_EQ(r.contracts.size(), 3U);
    for (std::size_t i = 0; i < contracts.size(); ++i) {
        expectSameContract(r.contracts[i], contracts[i], "contract " + std::to_string(i));
    }
    EXPECT_EQ(writeContracts(r.contracts), written);
    EXPECT_TRUE(readContracts(writeContracts({})).ok());
}
