#include "attrition/domain/percent.h"

#include <gtest/gtest.h>

using namespace attrition;

TEST(Percent, ParsesPercentagePointsExactly) {
    EXPECT_EQ(Percent::parse("80")->partsPerMillion(), 800'000);
    EXPECT_EQ(Percent::parse("8.875")->partsPerMillion(), 88'750);
    EXPECT_EQ(Percent::parse("79.99")->partsPerMillion(), 799'900);
    EXPECT_EQ(Percent::parse("33.3333")->partsPerMillion(), 333'333);
    EXPECT_EQ(Percent::parse("0")->partsPerMillion(), 0);
    EXPECT_EQ(Percent::parse("100")->partsPerMillion(), Percent::kScale);
    EXPECT_FALSE(Percent::parse("33.33333")); // not exact in four decimals
    EXPECT_FALSE(Percent::parse("80%"));
    EXPECT_FALSE(Percent::parse(""));
}

TEST(Percent, PrintsAndCompares) {
    EXPECT_EQ(Percent::parse("8.875")->toString(), "8.875%");
    EXPECT_EQ(Percent::fromPoints(80).toString(), "80%");
    EXPECT_EQ(Percent::fromPoints(80).complement(), Percent::fromPoints(20));
    EXPECT_LT(Percent::parse("79.99"), Percent::fromPoints(80));
    EXPECT_TRUE(Percent::hundred().isBetweenZeroAndHundred());
    EXPECT_FALSE(Percent::parse("100.01")->isBetweenZeroAndHundred());
    EXPECT_FALSE(Percent::parse("-1")->isBetweenZeroAndHundred());
}
