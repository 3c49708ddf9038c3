#include "attrition/domain/currency.h"

#include <gtest/gtest.h>

using namespace attrition;

TEST(Currency, KnownCodesCarryTheirDecimals) {
    EXPECT_EQ(Currency::fromCode("USD")->decimals(), 2);
    EXPECT_EQ(Currency::fromCode("EUR")->decimals(), 2);
    EXPECT_EQ(Currency::fromCode("JPY")->decimals(), 0);
    EXPECT_EQ(Currency::fromCode("KRW")->decimals(), 0);
    EXPECT_EQ(Currency::fromCode("KWD")->decimals(), 3);
    EXPECT_EQ(Currency::fromCode("BHD")->decimals(), 3);
    EXPECT_EQ(Currency::fromCode("JPY")->minorPerMajor(), 1);
    EXPECT_EQ(Currency::fromCode("USD")->minorPerMajor(), 100);
    EXPECT_EQ(Currency::fromCode("KWD")->minorPerMajor(), 1000);
    EXPECT_EQ(Currency::fromCode("GBP")->code(), "GBP");
}

TEST(Currency, UnknownCodesAreRefused) {
    EXPECT_FALSE(Currency::fromCode("XYZ"));
    EXPECT_FALSE(Currency::fromCode("usd"));
    EXPECT_FALSE(Currency::fromCode("US"));
    EXPECT_FALSE(Currency::fromCode("USDX"));
    EXPECT_FALSE(Currency::fromCode(""));
    EXPECT_FALSE(Currency().isValid());
}
