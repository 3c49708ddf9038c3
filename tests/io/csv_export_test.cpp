#include "attrition/io/contract_json.h"
#include "attrition/io/csv.h"
#include "io_test_support.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace attrition;
using namespace attrition::io;
using namespace attrition::io::test;

namespace {

Contract sample(const char* name) {
    const ReadResult r = readContractFile(QStringLiteral(ATTRITION_SAMPLES_DIR "/") + QLatin1String(name));
    EXPECT_TRUE(r.ok()) << name;
    return r.ok() ? r.contracts.front() : Contract();
}

const char* const kContractsHeader =
    "Reference,Group,Account,Hotel,Sales manager,Status,Currency,Arrival,Departure,Nights,Block room nights,"
    "Picked up room nights,Pickup %,Rooms,F&B,Meeting room,Cancellation,Tax,Total owed,Deposits applied,"
    "Net due\r\n";

const char* const kAssessmentHeader =
    "Reference,Component,Night,Quantity,Rate,Factor %,Amount,Currency,Explanation\r\n";

std::vector<std::vector<QString>> records(const QByteArray& csv) {
    const CsvParseResult r = parseCsv(csv);
    EXPECT_FALSE(r.error);
    return r.table.records;
}

/// The pickup % column of a one-contract export whose assessment has this pickup.
std::string pickupColumn(Percent pickup, bool cancelled = false) {
    const Contract c = sample("example-a-night-by-night.json");
    Assessment a = assess(c);
    a.pickupPercent = pickup;
    a.cancelled = cancelled;
    return records(contractsCsv({{&c, &a}})).at(1).at(12).toStdString();
}

} // namespace

TEST(CsvExport, AssessmentLinesThenTotals) {
    const Contract c = sample("example-a-night-by-night.json");
    EXPECT_EQ(
        assessmentCsv(c, assess(c)).toStdString(),
        std::string(kAssessmentHeader) +
            "EX-A-2027,rooms,,,,,0.00,USD,\"Block: 240 room nights contracted, 240 after honoured "
            "reductions\"\r\n"
            "EX-A-2027,rooms,,,,,0.00,USD,Counted pickup: 210 picked up + 0 outside the block + 0 billed "
            "no-shows + 0 walked + 0 comp = 210 room nights (87.5% of the block)\r\n"
            "EX-A-2027,rooms,2027-05-09,11,,,0.00,USD,\"2027-05-09: required 80% x 20 rooms = 16; counted 5; "
            "shortfall 11\"\r\n"
            "EX-A-2027,rooms,2027-05-10,0,,,0.00,USD,\"2027-05-10: required 80% x 100 rooms = 80; counted "
            "100; "
            "shortfall 0\"\r\n"
            "EX-A-2027,rooms,2027-05-11,0,,,0.00,USD,\"2027-05-11: required 80% x 100 rooms = 80; counted "
            "100; "
            "shortfall 0\"\r\n"
            "EX-A-2027,rooms,2027-05-12,11,,,0.00,USD,\"2027-05-12: required 80% x 20 rooms = 16; counted 5; "
            "shortfall 11\"\r\n"
            "EX-A-2027,rooms,2027-05-09,11,150.00,80,1320.00,USD,\"2027-05-09: 11 room nights x 150.00 x 80% "
            "= 1,320.00\"\r\n"
            "EX-A-2027,rooms,2027-05-12,11,150.00,80,1320.00,USD,\"2027-05-12: 11 room nights x 150.00 x 80% "
            "= 1,320.00\"\r\n"
            "EX-A-2027,total,,,,,2640.00,USD,Subtotal\r\n"
            "EX-A-2027,total,,,,,0.00,USD,Tax\r\n"
            "EX-A-2027,total,,,,,2640.00,USD,Total owed\r\n"
            "EX-A-2027,total,,,,,0.00,USD,Deposits applied\r\n"
            "EX-A-2027,total,,,,,2640.00,USD,Net due\r\n");
}

TEST(CsvExport, AssessmentWithADepositBalance) {
    const Contract c = sample("cancellation-room-revenue-whole-units.json");
    EXPECT_EQ(
        assessmentCsv(c, assess(c)).toStdString(),
        std::string(kAssessmentHeader) +
            "HOU-2027-203,cancellation,,,,,0.00,USD,\"Notice received 2027-08-06, 45 days before arrival on "
            "2027-09-20: the 31 to 60 days tier applies\"\r\n"
            "HOU-2027-203,cancellation,,,48072.50,35,16825.38,USD,\"Anticipated room revenue 48,072.50 x 35% "
            "= 16,825.38\"\r\n"
            "HOU-2027-203,cancellation,,,,,-0.38,USD,\"Fee rounded to whole units: 16,825.38 to "
            "16,825.00\"\r\n"
            "HOU-2027-203,deposits,,,20000.00,,-16825.00,USD,\"Deposit received 2026-10-20: 20,000.00, "
            "16,825.00 applied\"\r\n"
            "HOU-2027-203,total,,,,,16825.00,USD,Subtotal\r\n"
            "HOU-2027-203,total,,,,,0.00,USD,Tax\r\n"
            "HOU-2027-203,total,,,,,16825.00,USD,Total owed\r\n"
            "HOU-2027-203,total,,,,,16825.00,USD,Deposits applied\r\n"
            "HOU-2027-203,total,,,,,0.00,USD,Net due\r\n"
            "HOU-2027-203,total,,,,,3175.00,USD,Deposit balance\r\n");
}

TEST(CsvExport, AssessmentAmountsInTheCurrencysDecimals) {
    const Contract kwd = sample("kwd-attrition-three-decimals.json");
    const auto kwdRows = records(assessmentCsv(kwd, assess(kwd)));
    ASSERT_EQ(kwdRows.size(), 12U);
    EXPECT_EQ(kwdRows[4],
              (std::vector<QString>{"KWI-2027-212", "rooms", "", "21", "62.750", "72.5", "955.369", "KWD",
                                    "21 room nights x 62.750 x 72.5% = 955.369"}));
    EXPECT_EQ(kwdRows[6],
              (std::vector<QString>{"KWI-2027-212", "food-beverage", "", "", "1101.875", "40", "440.750",
                                    "KWD", "F&B shortfall 1,101.875 x 40% = 440.750"}));
    EXPECT_EQ(kwdRows[9], (std::vector<QString>{"KWI-2027-212", "total", "", "", "", "", "1396.119", "KWD",
                                                "Total owed"}));

    const Contract jpy = sample("jpy-cancellation-mitigation.json");
    const auto jpyRows = records(assessmentCsv(jpy, assess(jpy)));
    ASSERT_EQ(jpyRows.size(), 11U);
    EXPECT_EQ(jpyRows[3],
              (std::vector<QString>{"TYO-2027-007", "cancellation", "", "37", "", "", "-835100", "JPY",
                                    "Resale credit: 37 room nights resold, credited at no more than "
                                    "the contracted rate: -835,100"}));
    EXPECT_EQ(jpyRows[4],
              (std::vector<QString>{"TYO-2027-007", "tax", "", "", "5881600", "10", "588160", "JPY",
                                    "Tax 10% on the cancellation fee 5,881,600 = 588,160"}));
    EXPECT_EQ(jpyRows[10],
              (std::vector<QString>{"TYO-2027-007", "total", "", "", "", "", "5469760", "JPY", "Net due"}));
}

TEST(CsvExport, ContractsWithAndWithoutAssessment) {
    const Contract a = sample("example-a-night-by-night.json");
    const Assessment assessedA = assess(a);
    const Contract hou = sample("cancellation-room-revenue-whole-units.json");
    const Assessment assessedHou = assess(hou);
    const Contract kwd = sample("kwd-attrition-three-decimals.json");
    const Assessment assessedKwd = assess(kwd);
    EXPECT_EQ(
        contractsCsv({{&a, &assessedA},
                      {&a, nullptr},
                      {nullptr, &assessedA},
                      {&hou, &assessedHou},
                      {&kwd, &assessedKwd}})
            .toStdString(),
        std::string(kContractsHeader) +
            "EX-A-2027,Midwest Orthopaedic Forum,Midwest Orthopaedic Society,Lakeshore Grand Chicago,Dana "
            "Whitfield,actualized,USD,2027-05-09,2027-05-13,4,240,210,87.50,2640.00,0.00,0.00,0.00,0.00,"
            "2640.00,0.00,2640.00\r\n"
            "EX-A-2027,Midwest Orthopaedic Forum,Midwest Orthopaedic Society,Lakeshore Grand Chicago,Dana "
            "Whitfield,actualized,USD,2027-05-09,2027-05-13,4,240,210,,,,,,,,,\r\n"
            "HOU-2027-203,Gulf Coast Petroleum Accountants Society Annual Meeting,Gulf Coast Petroleum "
            "Accountants Society,Bayou Bend Hotel Houston,Andre Thibodeaux,cancelled,USD,2027-09-20,"
            "2027-09-23,3,205,0,,0.00,0.00,0.00,16825.00,0.00,16825.00,16825.00,0.00\r\n"
            "KWI-2027-212,Gulf Petroleum Engineering Forum,Gulf Engineering Society,Arabian Gulf Towers "
            "Kuwait City,Omar Haddad,actualized,KWD,2027-12-12,2027-12-14,2,90,60,66.66,955.369,440.750,"
            "0.000,0.000,0.000,1396.119,0.000,1396.119\r\n");
    EXPECT_EQ(contractsCsv({}).toStdString(), kContractsHeader);
}

TEST(CsvExport, PickupPercentHasTwoDecimalsTruncated) {
    EXPECT_EQ(pickupColumn(percent("84.5")), "84.50");
    EXPECT_EQ(pickupColumn(percent("79.9999")), "79.99");
    EXPECT_EQ(pickupColumn(percent("100")), "100.00");
    EXPECT_EQ(pickupColumn(percent("112.375")), "112.37");
    EXPECT_EQ(pickupColumn(Percent::zero()), "0.00");
    EXPECT_EQ(pickupColumn(percent("84.5"), true), "") << "a cancelled group is assessed without its pickup";
}

TEST(CsvExport, ContractsRoundTripThroughParseCsv) {
    const Contract c = everyField();
    const auto rows = records(contractsCsv({{&c, nullptr}}));
    ASSERT_EQ(rows.size(), 2U);
    ASSERT_EQ(rows[1].size(), 21U);
    EXPECT_EQ(rows[1][0].toStdString(), c.reference);
    EXPECT_EQ(rows[1][1].toStdString(), c.groupName);
    EXPECT_EQ(rows[1][2].toStdString(), c.account);
    EXPECT_EQ(rows[1][3].toStdString(), c.hotel);
    EXPECT_EQ(rows[1][4].toStdString(), c.salesManager);
    EXPECT_EQ(rows[1][5], "actualized");
    EXPECT_EQ(rows[1][6], "USD");
    EXPECT_EQ(rows[1][7], "2027-09-15");
    EXPECT_EQ(rows[1][8], "2027-09-18");
    EXPECT_EQ(rows[1][9], "3");
    EXPECT_EQ(rows[1][10], "199");
    EXPECT_EQ(rows[1][11], "157");
}

TEST(CsvExport, AssessmentRoundTripsThroughParseCsv) {
    const Contract c = sample("example-a-night-by-night.json");
    const Assessment a = assess(c);
    const auto rows = records(assessmentCsv(c, a));
    ASSERT_EQ(rows.size(), 1 + a.lines.size() + 5);
    for (const auto& row : rows) {
        EXPECT_EQ(row.size(), 9U);
    }
    for (std::size_t i = 0; i < a.lines.size(); ++i) {
        EXPECT_EQ(rows[i + 1][8].toStdString(), renderEnglish(a.lines[i].explanation));
        EXPECT_EQ(rows[i + 1][6].toStdString(), a.lines[i].amount.toDecimalString());
    }
}

TEST(CsvExport, TypedTextThatLooksLikeAFormulaStaysText) {
    Contract c = sample("example-a-night-by-night.json");
    c.reference = "=HYPERLINK(\"http://x\")";
    c.groupName = "+1 Group";
    c.account = "-Acme";
    c.hotel = "@Hotel";
    c.salesManager = "Dana = Whitfield";
    const Assessment a = assess(c);
    const std::vector<QString> row = records(contractsCsv({{&c, &a}})).at(1);
    EXPECT_EQ(row.at(0).toStdString(), "'=HYPERLINK(\"http://x\")");
    EXPECT_EQ(row.at(1).toStdString(), "'+1 Group");
    EXPECT_EQ(row.at(2).toStdString(), "'-Acme");
    EXPECT_EQ(row.at(3).toStdString(), "'@Hotel");
    EXPECT_EQ(row.at(4).toStdString(), "Dana = Whitfield") << "only a leading sign makes a formula";
    EXPECT_EQ(records(assessmentCsv(c, a)).at(1).at(0).toStdString(), "'=HYPERLINK(\"http://x\")");
    // Amounts keep their sign: a credit line is a number.
    const Contract resale = sample("example-b-resale-by-revenue.json");
    bool negative = false;
    for (const std::vector<QString>& r : records(assessmentCsv(resale, assess(resale)))) {
        negative = negative || r.at(6).startsWith(QLatin1Char('-'));
    }
    EXPECT_TRUE(negative);
}
