#include "attrition/io/contract_json.h"
#include "io_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace attrition;
using namespace attrition::io;
using namespace attrition::io::test;

namespace {

std::vector<PickupSnapshot> twoReports() {
    return {PickupSnapshot{
                date("2027-03-01"),
                {PickupEntry{date("2027-05-09"), "King", 12}, PickupEntry{date("2027-05-10"), "King", 9}}},
            PickupSnapshot{
                date("2027-04-01"),
                {PickupEntry{date("2027-05-09"), "King", 31}, PickupEntry{date("2027-05-10"), "Double", 0}}}};
}

void expectSameHistory(const std::vector<PickupSnapshot>& a, const std::vector<PickupSnapshot>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].reportDate, b[i].reportDate) << "report " << i;
        EXPECT_EQ(a[i].entries, b[i].entries) << "report " << i;
    }
}

} // namespace

TEST(PickupHistoryJson, AContractWithoutReportsHasNoHistoryField) {
    const QJsonObject o = contractToJson(everyField());
    EXPECT_FALSE(o.contains(QStringLiteral("pickupHistory")));
    const ReadResult r = readContracts(writeContract(everyField()));
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.histories.size(), 1U);
    EXPECT_TRUE(r.histories.front().empty());
}

TEST(PickupHistoryJson, ReportsAreWrittenAsTheyAreAndReadBackTheSame) {
    const QByteArray written = writeContract(everyField(), twoReports());
    const QJsonArray list =
        QJsonDocument::fromJson(written).object().value(QStringLiteral("pickupHistory")).toArray();
    ASSERT_EQ(list.size(), 2);
    const QJsonObject first = list[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("reportDate")).toString(), QStringLiteral("2027-03-01"));
    const QJsonObject entry = first.value(QStringLiteral("pickup")).toArray()[1].toObject();
    EXPECT_EQ(entry.value(QStringLiteral("night")).toString(), QStringLiteral("2027-05-10"));
    EXPECT_EQ(entry.value(QStringLiteral("roomType")).toString(), QStringLiteral("King"));
    EXPECT_EQ(entry.value(QStringLiteral("rooms")).toInt(), 9);

    const ReadResult r = readContracts(written);
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    expectSameContract(r.contracts.front(), everyField());
    ASSERT_EQ(r.histories.size(), 1U);
    expectSameHistory(r.histories.front(), twoReports());
    EXPECT_EQ(writeContract(r.contracts.front(), r.histories.front()), written);
}

TEST(PickupHistoryJson, ACollectionKeepsEachContractsReports) {
    Contract other = everyField("EUR");
    other.reference = "OTHER";
    const std::vector<Contract> contracts{everyField(), other, everyField("JPY")};
    const std::vector<std::vector<PickupSnapshot>> histories{{}, twoReports(), {twoReports().back()}};
    const QByteArray written = writeContracts(contracts, histories);
    const ReadResult r = readContracts(written);
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    ASSERT_EQ(r.histories.size(), 3U);
    for (std::size_t i = 0; i < 3; ++i) {
        expectSameHistory(r.histories[i], histories[i]);
    }
    EXPECT_EQ(writeContracts(r.contracts, r.histories), written);
}

TEST(PickupHistoryJson, EachProblemIsNamedAtItsPlaceAndNothingIsRead) {
    EXPECT_EQ(errorsOf(minimal(R"(, "pickupHistory": [
            {"reportDate": "2027-03-01", "pickup": [{"night": "2027-05-09", "roomType": "King", "rooms": 4}]},
            {"pickup": [{"night": "2027-05-09", "roomType": "King", "rooms": -1}]},
            {"reportDate": "2027-03-01", "pickup": [{"night": "2027-05-32", "room": "King", "rooms": 2}]},
            "2027-04-01",
            {"reportDate": "2027-04-02", "pickup": {}}])")),
              "$.pickupHistory[1].reportDate: missing required field\n"
              "$.pickupHistory[1].pickup[0].rooms: expected a room count of 0 or more, found -1\n"
              "$.pickupHistory[2].reportDate: a second pickup report of 2027-03-01 (the first is "
              "$.pickupHistory[0]); a day has one report\n"
              "$.pickupHistory[2].pickup[0].room: unknown field \"room\" (did you mean \"rooms\"?)\n"
              "$.pickupHistory[2].pickup[0].night: \"2027-05-32\" is not a date in the calendar\n"
              "$.pickupHistory[2].pickup[0].roomType: missing required field\n"
              "$.pickupHistory[3]: expected an object, found \"2027-04-01\"\n"
              "$.pickupHistory[4].pickup: expected an array, found an object");
    EXPECT_EQ(errorsOf(minimal(R"(, "pickupHistory": {})")),
              "$.pickupHistory: expected an array, found an object");
    EXPECT_EQ(errorsOf(minimal(R"(, "pickupHistory": [{"reportDate": "2027-03-01", "pickups": []}])")),
              "$.pickupHistory[0].pickups: unknown field \"pickups\" (did you mean \"pickup\"?)");
}

TEST(PickupHistoryJson, AReportWithoutEntriesIsAllowed) {
    const ReadResult r = readContracts(minimal(R"(, "pickupHistory": [{"reportDate": "2027-03-01"}])"));
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    ASSERT_EQ(r.histories.front().size(), 1U);
    EXPECT_EQ(r.histories.front().front().reportDate, date("2027-03-01"));
    EXPECT_TRUE(r.histories.front().front().entries.empty());
}
