#include "attrition/domain/date.h"

#include <gtest/gtest.h>

using namespace attrition;

TEST(Date, ParsesStrictIso) {
    const auto d = Date::parseIso("2027-06-10");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->year(), 2027);
    EXPECT_EQ(d->month(), 6);
    EXPECT_EQ(d->day(), 10);
    EXPECT_EQ(d->toIso(), "2027-06-10");
    for (const char* bad :
         {"2027-6-10", "10/06/2027", "2027-06-10T00:00", "20270610", "", "2027-13-01", "2027-00-10",
          "2027-06-00", "2027-02-29", "2028-02-30", "2027-04-31", "0000-01-01"}) {
        EXPECT_FALSE(Date::parseIso(bad)) << bad;
    }
    EXPECT_TRUE(Date::parseIso("2028-02-29"));  // leap year
    EXPECT_TRUE(Date::parseIso("2000-02-29"));  // divisible by 400
    EXPECT_FALSE(Date::parseIso("2100-02-29")); // divisible by 100 only
}

TEST(Date, DaysBetweenAndArithmetic) {
    const Date arrival = *Date::parseIso("2027-06-10");
    const Date notice = *Date::parseIso("2027-03-01");
    EXPECT_EQ(arrival.daysSince(notice), 101); // worked example E
    EXPECT_EQ(notice.addDays(101), arrival);
    EXPECT_EQ(Date::parseIso("2028-03-01")->daysSince(*Date::parseIso("2028-02-28")), 2);
    EXPECT_EQ(Date::fromDayNumber(0).toIso(), "1970-01-01");
    EXPECT_EQ(Date::parseIso("1969-12-31")->dayNumber(), -1);
}

TEST(Date, Weekdays) {
    EXPECT_EQ(Date::parseIso("2027-05-09")->isoWeekday(), 7); // a Sunday
    EXPECT_EQ(Date::parseIso("2027-05-10")->isoWeekday(), 1); // a Monday
    EXPECT_EQ(Date::parseIso("1970-01-01")->isoWeekday(), 4); // a Thursday
}

TEST(Date, RoundTripsOverFourCenturies) {
    const Date start = *Date::fromYmd(1900, 1, 1);
    const Date end = *Date::fromYmd(2300, 12, 31);
    for (Date d = start; d <= end; d = d.addDays(1)) {
        const auto again = Date::fromYmd(d.year(), d.month(), d.day());
        ASSERT_TRUE(again) << d.toIso();
        ASSERT_EQ(*again, d);
        ASSERT_EQ(Date::parseIso(d.toIso()), d);
    }
}
