#include "text/values.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

using namespace attrition;
using namespace attrition::ui;

namespace {

const QLocale us(QLocale::English, QLocale::UnitedStates);
const QLocale de(QLocale::German, QLocale::Germany);
const QLocale fr(QLocale::French, QLocale::France);

Currency code(const char* c) {
    return *Currency::fromCode(c);
}

std::int64_t minor(const Parsed& p) {
    return integerOr(p.value, -999);
}

} // namespace

TEST(ValuesTest, ReadsAmountsInTheLocalesNotation) {
    EXPECT_EQ(minor(parseMoney(QStringLiteral("1,234.50"), code("USD"), us)), 123450);
    EXPECT_EQ(minor(parseMoney(QStringLiteral("1234.5"), code("USD"), us)), 123450);
    EXPECT_EQ(minor(parseMoney(QStringLiteral("  18,680 "), code("USD"), us)), 1868000);
    EXPECT_EQ(minor(parseMoney(QStringLiteral("USD 99.99"), code("USD"), us)), 9999);
    EXPECT_EQ(minor(parseMoney(QStringLiteral("-5.00"), code("USD"), us)), -500);
    EXPECT_EQ(minor(parseMoney(QStringLiteral("1.234,50"), code("EUR"), de)), 123450);
    EXPECT_EQ(minor(parseMoney(QStringLiteral("1 234,50"), code("EUR"), fr)), 123450);
    EXPECT_EQ(minor(parseMoney(QStringLiteral("32000"), code("JPY"), us)), 32000);
    EXPECT_EQ(minor(parseMoney(QStringLiteral("85.525"), code("KWD"), us)), 85525);
}

TEST(ValuesTest, RefusesMoreDecimalsThanTheCurrencyHas) {
    const Parsed usd = parseMoney(QStringLiteral("12.345"), code("USD"), us);
    EXPECT_FALSE(usd.ok());
    EXPECT_EQ(usd.error, QStringLiteral("USD amounts have at most 2 decimals"));
    const Parsed jpy = parseMoney(QStringLiteral("100.5"), code("JPY"), us);
    EXPECT_EQ(jpy.error, QStringLiteral("JPY amounts have no decimals"));
    EXPECT_TRUE(
        parseMoney(QStringLiteral("1.2345"), code("KWD"), us).error.contains(QStringLiteral("at most 3")));
}

TEST(ValuesTest, RefusesMisplacedSeparatorsRatherThanGuessing) {
    // "1,5" typed in a US locale is a European decimal, not fifteen.
    const Parsed p = parseMoney(QStringLiteral("1,5"), code("USD"), us);
    EXPECT_FALSE(p.ok());
    EXPECT_TRUE(p.error.contains(QStringLiteral("1,234.50"))) << p.error.toStdString();
    EXPECT_FALSE(parseMoney(QStringLiteral("1234.50"), code("EUR"), de).ok());
    EXPECT_FALSE(parseMoney(QStringLiteral("12a"), code("USD"), us).ok());
    EXPECT_FALSE(parseMoney(QString(), code("USD"), us).ok());
}

TEST(ValuesTest, FormatsAmountsWithTheCurrencysDecimals) {
    EXPECT_EQ(formatMoney(Money(123450, code("USD")), us), QStringLiteral("1,234.50"));
    EXPECT_EQ(formatMoney(Money(-500, code("USD")), us), QStringLiteral("-5.00"));
    EXPECT_EQ(formatMoney(Money(32000, code("JPY")), us), QStringLiteral("32,000"));
    EXPECT_EQ(formatMoney(Money(85525, code("KWD")), us), QStringLiteral("85.525"));
    EXPECT_EQ(formatMoney(Money(123450, code("EUR")), de), QStringLiteral("1.234,50"));
    EXPECT_EQ(formatMoney(Money(INT64_MIN, code("USD")), us), QStringLiteral("-92,233,720,368,547,758.08"));
    EXPECT_EQ(formatMoneyWithCode(Money(1868000, code("USD")), us), QStringLiteral("18,680.00\u00A0USD"));
}

TEST(ValuesTest, ReadsAndWritesPercentagesExactly) {
    EXPECT_EQ(minor(parsePercent(QStringLiteral("8.875"), us)), 88'750);
    EXPECT_EQ(minor(parsePercent(QStringLiteral("80 %"), us)), 800'000);
    EXPECT_EQ(minor(parsePercent(QStringLiteral("79,99"), de)), 799'900);
    EXPECT_FALSE(parsePercent(QStringLiteral("33.33333"), us).ok());
    EXPECT_EQ(formatPercent(Percent::fromPartsPerMillion(88'750), us), QStringLiteral("8.875%"));
    EXPECT_EQ(formatPercentPoints(Percent::fromPoints(80), de), QStringLiteral("80"));
    EXPECT_EQ(formatPercentRounded(Percent::fromPartsPerMillion(907'575), 1, us), QStringLiteral("90.8%"));
    EXPECT_EQ(formatPercentRounded(Percent::fromPartsPerMillion(875'000), 1, us), QStringLiteral("87.5%"));
}

TEST(ValuesTest, ReadsDatesInTheLocalesShortFormatAndIso) {
    const auto day = [](const Parsed& p) {
        return std::get<Date>(p.value).toIso();
    };
    EXPECT_EQ(day(parseDate(QStringLiteral("6/10/2027"), us)), "2027-06-10");
    EXPECT_EQ(day(parseDate(QStringLiteral("6/10/27"), us)), "2027-06-10");
    EXPECT_EQ(day(parseDate(QStringLiteral("2027-06-10"), us)), "2027-06-10");
    EXPECT_EQ(day(parseDate(QStringLiteral("10.06.2027"), de)), "2027-06-10");
    const Parsed bad = parseDate(QStringLiteral("2/30/2027"), us);
    EXPECT_FALSE(bad.ok());
    EXPECT_EQ(bad.error,
              QStringLiteral("\u201c2/30/2027\u201d is not a valid date: write it like 6/10/2027"));
    EXPECT_EQ(formatDate(*Date::fromYmd(2027, 6, 10), us), QStringLiteral("6/10/2027"));
}

TEST(ValuesTest, ReadsCounts) {
    EXPECT_EQ(minor(parseCount(QStringLiteral("1,200"), us)), 1200);
    EXPECT_FALSE(parseCount(QStringLiteral("12.5"), us).ok());
    EXPECT_FALSE(parseCount(QStringLiteral("99999999999"), us).ok());
}
