#include "attrition/domain/money.h"

#include <gtest/gtest.h>
#include <limits>

using namespace attrition;

namespace {

const Currency kUsd = *Currency::fromCode("USD");
const Currency kJpy = *Currency::fromCode("JPY");
const Currency kKwd = *Currency::fromCode("KWD");
const Currency kEur = *Currency::fromCode("EUR");
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

Money usd(const char* text) {
    return *Money::parse(text, kUsd);
}

} // namespace

TEST(Money, ParsesAndPrintsInTheCurrencysUnits) {
    EXPECT_EQ(usd("1234.56").minorUnits(), 123456);
    EXPECT_EQ(Money::parse("24800", kJpy)->minorUnits(), 24800);
    EXPECT_EQ(Money::parse("62.750", kKwd)->minorUnits(), 62750);
    EXPECT_FALSE(Money::parse("1.5", kJpy));    // yen has no minor unit
    EXPECT_FALSE(Money::parse("1.0005", kKwd)); // three decimals at most
    EXPECT_FALSE(Money::parse("12.345", kUsd));
    EXPECT_EQ(usd("1234.5").toDecimalString(), "1234.50");
    EXPECT_EQ(usd("-1234567.89").toDisplayString(), "-1,234,567.89");
    EXPECT_EQ(Money(24800, kJpy).toDisplayString(), "24,800");
    EXPECT_EQ(Money(62750, kKwd).toDisplayString(), "62.750");
    EXPECT_EQ(Money::fromMajor(150, kUsd), usd("150.00"));
    EXPECT_EQ(Money::fromMajor(150, kKwd).minorUnits(), 150000);
}

TEST(Money, AdditionAndSubtraction) {
    EXPECT_EQ(usd("0.10") + usd("0.20"), usd("0.30"));
    EXPECT_EQ(usd("0.10") - usd("0.20"), usd("-0.10"));
    EXPECT_EQ(-usd("5.00"), usd("-5.00"));
    EXPECT_EQ(-Money::zero(kUsd), Money::zero(kUsd));
    Money m = usd("1.00");
    m += usd("2.50");
    EXPECT_EQ(m, usd("3.50"));
    m -= usd("4.00");
    EXPECT_EQ(m, usd("-0.50"));
    EXPECT_EQ(Money(1, kJpy) + Money(2, kJpy), Money(3, kJpy));
    EXPECT_EQ(Money(1, kKwd) - Money(2, kKwd), Money(-1, kKwd));
}

TEST(Money, TheLargestAmountsOverflowLoudly) {
    const Money top(kMax, kUsd);
    const Money bottom(kMin, kUsd);
    EXPECT_EQ(top - Money(1, kUsd), Money(kMax - 1, kUsd));
    EXPECT_THROW(top + Money(1, kUsd), MoneyOverflow);
    EXPECT_THROW(bottom - Money(1, kUsd), MoneyOverflow);
    EXPECT_THROW(-bottom, MoneyOverflow);
    EXPECT_THROW(top * 2, MoneyOverflow);
    EXPECT_THROW(bottom * -1, MoneyOverflow);
    EXPECT_THROW(Money::fromMajor(kMax / 10, kUsd), MoneyOverflow);
    EXPECT_THROW(Money(kMax, kKwd).roundedToMajor(RoundingMode::Up), MoneyOverflow);
    EXPECT_THROW(top.times(Percent::fromPoints(200), RoundingMode::HalfUp), MoneyOverflow);
    EXPECT_EQ(top.times(Percent::hundred(), RoundingMode::HalfUp), top);
    Money m = top;
    EXPECT_THROW(m += Money(1, kUsd), MoneyOverflow);
    EXPECT_EQ(m, top) << "a failed operation leaves the amount unchanged";
    EXPECT_EQ(Money(kMax, kUsd).toDecimalString(), "92233720368547758.07");
}

TEST(Money, CurrenciesNeverMix) {
    EXPECT_THROW(usd("1.00") + Money(100, kEur), CurrencyMismatch);
    EXPECT_THROW(usd("1.00") - Money(100, kEur), CurrencyMismatch);
    EXPECT_THROW((void)(usd("1.00") < Money(100, kEur)), CurrencyMismatch);
    EXPECT_THROW(Money::max(usd("1.00"), Money(100, kJpy)), CurrencyMismatch);
    // A default Money is a zero with no currency: it combines with any currency.
    EXPECT_EQ(Money() + usd("1.00"), usd("1.00"));
    EXPECT_EQ((usd("1.00") - Money()).currency(), kUsd);
    EXPECT_NE(Money(), Money::zero(kUsd));
}

TEST(Money, MultiplicationByACountIsExact) {
    EXPECT_EQ(usd("189.00") * 240, usd("45360.00"));
    EXPECT_EQ(usd("0.01") * -3, usd("-0.03"));
    EXPECT_EQ(Money(24800, kJpy) * 3, Money(74400, kJpy));
    EXPECT_EQ(Money(62750, kKwd) * 2, Money(125500, kKwd));
    EXPECT_EQ(usd("5.00") * 0, Money::zero(kUsd));
}

TEST(Money, TimesAPercentageRoundsOnceWithTheGivenMode) {
    const Percent tax = *Percent::parse("8.875");
    // Worked example C: 2,348.50 x 8.875% = 208.429375.
    EXPECT_EQ(usd("2348.50").times(tax, RoundingMode::HalfUp), usd("208.43"));
    EXPECT_EQ(usd("2348.50").times(tax, RoundingMode::Up), usd("208.43"));
    EXPECT_EQ(usd("2348.50").times(tax, RoundingMode::Down), usd("208.42"));
    // A tie: 0.05 x 50% = 0.025.
    const Percent half = Percent::fromPoints(50);
    EXPECT_EQ(usd("0.05").times(half, RoundingMode::HalfUp), usd("0.03"));
    EXPECT_EQ(usd("0.05").times(half, RoundingMode::HalfEven), usd("0.02"));
    EXPECT_EQ(usd("0.05").times(half, RoundingMode::HalfDown), usd("0.02"));
    EXPECT_EQ(usd("0.07").times(half, RoundingMode::HalfEven), usd("0.04"));
    EXPECT_EQ(usd("-0.05").times(half, RoundingMode::HalfUp), usd("-0.03"));
    EXPECT_EQ(usd("-0.05").times(half, RoundingMode::Ceiling), usd("-0.02"));
    EXPECT_EQ(usd("-0.05").times(half, RoundingMode::Floor), usd("-0.03"));
    // Zero-decimal and three-decimal currencies round to their own minor unit.
    EXPECT_EQ(Money(24801, kJpy).times(half, RoundingMode::HalfUp), Money(12401, kJpy));
    EXPECT_EQ(Money(24801, kJpy).times(half, RoundingMode::HalfEven), Money(12400, kJpy));
    EXPECT_EQ(Money(62751, kKwd).times(Percent::parse("72.5").value(), RoundingMode::HalfUp),
              Money(45494, kKwd));
    EXPECT_EQ(usd("100.00").times(Percent::zero(), RoundingMode::Up), Money::zero(kUsd));
}

TEST(Money, FromRatioRoundsOnce) {
    EXPECT_EQ(Money::fromRatio(4050000, 195, kUsd, RoundingMode::HalfUp), usd("207.69")); // 20,769.23...
    EXPECT_EQ(Money::fromRatio(1, 2, kUsd, RoundingMode::HalfUp), usd("0.01"));
    EXPECT_EQ(Money::fromRatio(1, 2, kUsd, RoundingMode::HalfEven), usd("0.00"));
    EXPECT_THROW(Money::fromRatio(static_cast<Wide>(kMax) * 2, 1, kUsd, RoundingMode::HalfUp), MoneyOverflow);
}

TEST(Money, RoundedToWholeUnits) {
    EXPECT_EQ(usd("28680.50").roundedToMajor(RoundingMode::HalfUp), usd("28681.00"));
    EXPECT_EQ(usd("28680.50").roundedToMajor(RoundingMode::HalfEven), usd("28680.00"));
    EXPECT_EQ(usd("28680.49").roundedToMajor(RoundingMode::Up), usd("28681.00"));
    EXPECT_EQ(usd("-2.50").roundedToMajor(RoundingMode::HalfUp), usd("-3.00"));
    EXPECT_EQ(Money(1500, kKwd).roundedToMajor(RoundingMode::HalfDown), Money(1000, kKwd));
    EXPECT_EQ(Money(1234, kJpy).roundedToMajor(RoundingMode::Up), Money(1234, kJpy));
}

TEST(Money, ComparisonsAndMinMax) {
    EXPECT_LT(usd("1.00"), usd("1.01"));
    EXPECT_GT(usd("-1.00"), usd("-1.01"));
    EXPECT_LE(usd("1.00"), usd("1.00"));
    EXPECT_EQ(Money::min(usd("3.00"), usd("2.00")), usd("2.00"));
    EXPECT_EQ(Money::max(usd("3.00"), usd("2.00")), usd("3.00"));
    EXPECT_TRUE(usd("0.00").isZero());
    EXPECT_TRUE(usd("-0.01").isNegative());
    EXPECT_TRUE(usd("0.01").isPositive());
}
