#include "attrition/io/hotel_outlook.h"
#include "io_test_support.h"

#include <gtest/gtest.h>
#include <string>

using namespace attrition;
using namespace attrition::io;
using namespace attrition::io::test;

namespace {

std::string problems(const QByteArray& csv) {
    const HotelOutlookResult r = readHotelOutlook(csv, currency("USD"));
    EXPECT_TRUE(r.nights.empty());
    std::string out;
    for (const CsvError& e : r.errors) {
        out += e.toString().toStdString() + "\n";
    }
    return out;
}

TEST(HotelOutlook, ReadsEveryColumnInAnyOrderAndCase) {
    const HotelOutlookResult r = readHotelOutlook("Net-ADR;Date;CAPACITY;demand;ancillary\r\n"
                                                  "180.00;2027-03-01;250;180;20.00\r\n"
                                                  "150;2027-03-02;250;97.5;\r\n",
                                                  currency("USD"));
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    ASSERT_EQ(r.nights.size(), 2U);
    EXPECT_EQ(r.nights[0].night, date("2027-03-01"));
    EXPECT_EQ(r.nights[0].capacity, 250);
    EXPECT_EQ(r.nights[0].transientDemand, Quantity::whole(180));
    EXPECT_EQ(r.nights[0].transientNetAdr, money("180.00"));
    EXPECT_EQ(r.nights[0].transientAncillary, money("20.00"));
    EXPECT_EQ(r.nights[1].transientDemand, Quantity::fromMicro(97'500'000));
    EXPECT_EQ(r.nights[1].transientAncillary, money("0.00"));
}

TEST(HotelOutlook, AncillaryMayBeLeftOut) {
    const HotelOutlookResult r =
        readHotelOutlook("date,capacity,demand,net-adr\n2027-03-01,250,180,180.00\n", currency("USD"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.nights.front().transientAncillary, money("0.00"));
}

TEST(HotelOutlook, EveryProblemNamesItsLineAndColumnAndNothingIsRead) {
    EXPECT_EQ(problems("date,capacity,demand,net-adr,rate\n"),
              "line 1, column 5 (rate): unknown column \"rate\": expected date, capacity, demand, net-adr or "
              "ancillary\n");
    EXPECT_EQ(problems("date,capacity,net-adr\n"),
              "line 1: the column \"demand\" is missing: date, capacity, demand and net-adr are needed\n");
    EXPECT_EQ(
        problems("date,capacity,demand,net-adr\n"
                 "2027-03-01,250,180,180.00\n"
                 "2027-03-01,-3,-1,abc\n"
                 "01/03/2027,250,180.1234567,180.001\n"
                 "2027-03-04,250\n"),
        "line 3, column 1 (date): the night 2027-03-01 is given twice (first on line 2)\n"
        "line 3, column 2 (capacity): expected a whole number of rooms from 0 to 1000000, found \"-3\"\n"
        "line 3, column 3 (demand): expected a number of rooms from 0 to 1000000 with at most six "
        "decimals, found \"-1\"\n"
        "line 3, column 4 (net-adr): expected an amount in USD of at least zero with at most 2 decimals, "
        "found \"abc\"\n"
        "line 4, column 1 (date): expected a date such as 2027-03-01, found \"01/03/2027\"\n"
        "line 4, column 3 (demand): expected a number of rooms from 0 to 1000000 with at most six "
        "decimals, found \"180.1234567\"\n"
        "line 4, column 4 (net-adr): expected an amount in USD of at least zero with at most 2 decimals, "
        "found \"180.001\"\n"
        "line 5: expected 4 fields as in the header, found 2\n");
    EXPECT_EQ(problems(""), "the outlook is empty: expected a header row naming the columns\n");
}

TEST(HotelOutlook, WrittenNightsReadBackTheSame) {
    const Currency jpy = currency("JPY");
    const std::vector<HotelNight> nights{
        {date("2027-03-02"), 250, Quantity::fromMicro(97'500'000), money("150.00"), money("0.00")},
        {date("2027-03-01"), 0, Quantity::fromMicro(123'456'789), money("180.05"), money("20.10")},
        {date("2027-03-03"), 1'000'000, Quantity::whole(0), money("0.00"), money("0.01")},
    };
    const QByteArray csv = writeHotelOutlook(nights);
    EXPECT_EQ(csv, QByteArray("date,capacity,demand,net-adr,ancillary\r\n"
                              "2027-03-02,250,97.5,150.00,0.00\r\n"
                              "2027-03-01,0,123.456789,180.05,20.10\r\n"
                              "2027-03-03,1000000,0,0.00,0.01\r\n"));
    const HotelOutlookResult r = readHotelOutlook(csv, currency("USD"));
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    EXPECT_EQ(r.nights, nights);
    // Without decimals in yen.
    const std::vector<HotelNight> yen{
        {date("2027-04-10"), 600, Quantity::whole(512), Money(21000, jpy), Money(1500, jpy)}};
    EXPECT_EQ(writeHotelOutlook(yen),
              QByteArray("date,capacity,demand,net-adr,ancillary\r\n2027-04-10,600,512,21000,1500\r\n"));
    EXPECT_EQ(readHotelOutlook(writeHotelOutlook(yen), jpy).nights, yen);
    // No nights: the header alone.
    EXPECT_EQ(writeHotelOutlook({}), QByteArray("date,capacity,demand,net-adr,ancillary\r\n"));
}

} // namespace
