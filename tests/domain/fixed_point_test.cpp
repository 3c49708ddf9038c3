#include "attrition/domain/fixed_point.h"

#include <gtest/gtest.h>
#include <limits>

using namespace attrition;

TEST(FixedPoint, ParsesExactly) {
    EXPECT_EQ(parseScaledDecimal("1234.56", 2).value, 123456);
    EXPECT_EQ(parseScaledDecimal("1234.5", 2).value, 123450);
    EXPECT_EQ(parseScaledDecimal("1234", 2).value, 123400);
    EXPECT_EQ(parseScaledDecimal("-0.01", 2).value, -1);
    EXPECT_EQ(parseScaledDecimal("+7", 0).value, 7);
    EXPECT_EQ(parseScaledDecimal(".5", 1).value, 5);
    EXPECT_EQ(parseScaledDecimal("1.500", 1).value, 15); // trailing zeros carry no value
    EXPECT_EQ(parseScaledDecimal("9223372036854775807", 0).value, std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(parseScaledDecimal("-9223372036854775808", 0).value, std::numeric_limits<std::int64_t>::min());
}

TEST(FixedPoint, RefusesWhatIsNotExact) {
    EXPECT_EQ(parseScaledDecimal("1.005", 2).error, DecimalError::TooManyDecimals);
    EXPECT_EQ(parseScaledDecimal("", 2).error, DecimalError::Empty);
    for (const char* bad : {"1,234.56", "1e3", "12a", "-", ".", "1.2.3", " 1", "0x10"}) {
        EXPECT_FALSE(parseScaledDecimal(bad, 2).value) << bad;
        EXPECT_EQ(parseScaledDecimal(bad, 2).error, DecimalError::Malformed) << bad;
    }
    EXPECT_EQ(parseScaledDecimal("9223372036854775808", 0).error, DecimalError::OutOfRange);
    EXPECT_EQ(parseScaledDecimal("92233720368547758.08", 3).error, DecimalError::OutOfRange);
}

TEST(FixedPoint, Formats) {
    EXPECT_EQ(formatScaledDecimal(123456, 2), "1234.56");
    EXPECT_EQ(formatScaledDecimal(-5, 2), "-0.05");
    EXPECT_EQ(formatScaledDecimal(123456789, 2, false, ','), "1,234,567.89");
    EXPECT_EQ(formatScaledDecimal(42500000, 6, true), "42.5");
    EXPECT_EQ(formatScaledDecimal(43000000, 6, true), "43");
    EXPECT_EQ(formatScaledDecimal(7, 0), "7");
    EXPECT_EQ(formatScaledDecimal(std::numeric_limits<std::int64_t>::min(), 2, false, ','),
              "-92,233,720,368,547,758.08");
    EXPECT_EQ(formatScaledDecimal(1234567, 3, false, '.', ','), "1.234,567");
}
