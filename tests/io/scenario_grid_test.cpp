#include "attrition/io/scenario_grid.h"
#include "io_test_support.h"

#include <gtest/gtest.h>
#include <string>

using namespace attrition;
using namespace attrition::io;
using namespace attrition::io::test;

namespace {

/// Two nights: KING 20 then 100 rooms, SUITE 5 rooms on the second night; KING picked up 18 and 90.
Contract contract() {
    Contract c;
    c.reference = "G-1";
    c.currency = currency("USD");
    c.signedOn = date("2026-01-10");
    c.arrival = date("2027-05-09");
    c.departure = date("2027-05-11");
    c.block = {{date("2027-05-09"), "KING", 20, money("189.00")},
               {date("2027-05-10"), "KING", 100, money("189.00")},
               {date("2027-05-10"), "SUITE", 5, money("450.00")}};
    c.pickup = {{date("2027-05-09"), "KING", 18}, {date("2027-05-10"), "KING", 90}};
    return c;
}

std::string problems(const QByteArray& csv) {
    const ScenarioGridResult r = readScenarioGrid(csv, contract());
    EXPECT_TRUE(r.scenarios.empty());
    std::string out;
    for (const CsvError& e : r.errors) {
        out += e.toString().toStdString() + "\n";
    }
    return out;
}

TEST(ScenarioGrid, ReadsEveryKindOfColumn) {
    const ScenarioGridResult r =
        readScenarioGrid("Name;PICKUP;pickup:2027-05-10:SUITE;pickup:2027-05-10:KING;"
                         "fb-spend;notice\n"
                         "\"low; late\";62.25;;;1000.50;2027-04-01\n"
                         "nights;;4;95;;\n"
                         ";;;;;\n",
                         contract());
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    ASSERT_EQ(r.scenarios.size(), 3U);

    const GridScenario& first = r.scenarios[0];
    EXPECT_EQ(first.line, 2);
    EXPECT_EQ(first.scenario.name, "low; late");
    EXPECT_EQ(first.scenario.overrides.uniformPickup, percent("62.25"));
    EXPECT_FALSE(first.scenario.overrides.pickup.has_value());
    EXPECT_EQ(first.scenario.overrides.foodBeverageSpend, money("1000.50"));
    EXPECT_EQ(first.scenario.overrides.cancellationNotice, date("2027-04-01"));

    const ScenarioOverrides& nights = r.scenarios[1].scenario.overrides;
    EXPECT_FALSE(nights.uniformPickup.has_value());
    ASSERT_TRUE(nights.pickup.has_value());
    // The contract's pickup, with the grid's nights replacing or adding to it.
    ASSERT_EQ(nights.pickup->size(), 3U);
    EXPECT_EQ((*nights.pickup)[0].rooms, 18);
    EXPECT_EQ((*nights.pickup)[1].rooms, 95);
    EXPECT_EQ((*nights.pickup)[2].roomType, "SUITE");
    EXPECT_EQ((*nights.pickup)[2].rooms, 4);

    const ScenarioOverrides& none = r.scenarios[2].scenario.overrides;
    EXPECT_FALSE(none.uniformPickup || none.pickup || none.foodBeverageSpend || none.cancellationNotice);
}

TEST(ScenarioGrid, ErrorsNameTheLineAndTheColumn) {
    EXPECT_EQ(
        problems("name,pickup,fb-spend,notice\n"
                 "a,75,1.00,2027-01-01\n"
                 "b,-1,1.001,2027-02-30\n"
                 "c,1000.5,x,\n"),
        "line 3, column 2 (pickup): expected a percentage from 0 to 1000 such as 75 or 82.25, found \"-1\"\n"
        "line 3, column 3 (fb-spend): expected an amount in USD of at least zero with at most 2 decimals, "
        "found \"1.001\"\n"
        "line 3, column 4 (notice): expected a date such as 2027-03-01, found \"2027-02-30\"\n"
        "line 4, column 2 (pickup): expected a percentage from 0 to 1000 such as 75 or 82.25, found "
        "\"1000.5\"\n"
        "line 4, column 3 (fb-spend): expected an amount in USD of at least zero with at most 2 decimals, "
        "found \"x\"\n");
}

TEST(ScenarioGrid, HeaderErrors) {
    EXPECT_EQ(
        problems("name,rooms,pickup:2027-05-11:KING,pickup:May 9:KING,Name\n"),
        "line 1, column 2 (rooms): unknown column \"rooms\": expected name, pickup, "
        "pickup:YYYY-MM-DD:ROOM-TYPE, fb-spend or notice\n"
        "line 1, column 3 (pickup:2027-05-11:KING): the contract's block holds no KING rooms on 2027-05-11\n"
        "line 1, column 4 (pickup:May 9:KING): expected a column named pickup:YYYY-MM-DD:ROOM-TYPE, found "
        "\"pickup:May 9:KING\"\n"
        "line 1, column 5 (Name): the column \"Name\" is given twice (first as column 1)\n");
    EXPECT_EQ(problems(""), "the grid is empty: expected a header row naming the columns\n");
}

TEST(ScenarioGrid, RowErrors) {
    EXPECT_EQ(
        problems("pickup,pickup:2027-05-09:KING\n70,3\n80\n,-2\n"),
        "line 2, column 2 (pickup:2027-05-09:KING): a row gives either pickup or pickup per night, not both "
        "(pickup is column 1)\n"
        "line 3: expected 2 fields as in the header, found 1\n"
        "line 4, column 2 (pickup:2027-05-09:KING): expected a whole number of rooms from 0 to 1000000, "
        "found \"-2\"\n");
}

} // namespace
