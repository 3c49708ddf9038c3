#include "attrition/domain/money.h"

#include "attrition/domain/fixed_point.h"

#include <limits>

namespace attrition {

std::int64_t checkedNarrow(Wide value) {
    if (value > std::numeric_limits<std::int64_t>::max() ||
        value < std::numeric_limits<std::int64_t>::min()) {
        throw MoneyOverflow("amount is too large to be represented");
    }
    return static_cast<std::int64_t>(value);
}

Money Money::fromMajor(std::int64_t major, Currency currency) {
    return {checkedNarrow(static_cast<Wide>(major) * currency.minorPerMajor()), currency};
}

std::optional<Money> Money::parse(std::string_view text, Currency currency) noexcept {
    const DecimalParse parsed = parseScaledDecimal(text, currency.decimals());
    if (!parsed.value) {
        return std::nullopt;
    }
    return Money(*parsed.value, currency);
}

Money Money::fromRatio(Wide numerator, Wide denominator, Currency currency, RoundingMode mode) {
    return {checkedNarrow(divideRounded(numerator, denominator, mode)), currency};
}

std::string Money::toDecimalString() const {
    return formatScaledDecimal(minor_, currency_.decimals());
}

std::string Money::toDisplayString() const {
    return formatScaledDecimal(minor_, currency_.decimals(), false, ',');
}

Currency Money::commonCurrency(const Money& other) const {
    if (currency_ == other.currency_) {
        return currency_;
    }
    // A default-constructed Money is a zero with no currency: it combines with any currency.
    if (!currency_.isValid() && minor_ == 0) {
        return other.currency_;
    }
    if (!other.currency_.isValid() && other.minor_ == 0) {
        return currency_;
    }
    throw CurrencyMismatch("cannot combine " + std::string(currency_.code()) + " with " +
                           std::string(other.currency_.code()));
}

Money Money::operator+(const Money& other) const {
    const Currency currency = commonCurrency(other);
    std::int64_t sum = 0;
    if (__builtin_add_overflow(minor_, other.minor_, &sum)) {
        throw MoneyOverflow("sum is too large to be represented");
    }
    return {sum, currency};
}

Money Money::operator-(const Money& other) const {
    const Currency currency = commonCurrency(other);
    std::int64_t diff = 0;
    if (__builtin_sub_overflow(minor_, other.minor_, &diff)) {
        throw MoneyOverflow("difference is too large to be represented");
    }
    return {diff, currency};
}

Money Money::operator-() const {
    if (minor_ == std::numeric_limits<std::int64_t>::min()) {
        throw MoneyOverflow("negation is too large to be represented");
    }
    return {-minor_, currency_};
}

Money& Money::operator+=(const Money& other) {
    return *this = *this + other;
}
Money& Money::operator-=(const Money& other) {
    return *this = *this - other;
}

Money Money::operator*(std::int64_t count) const {
    std::int64_t product = 0;
    if (__builtin_mul_overflow(minor_, count, &product)) {
        throw MoneyOverflow("product is too large to be represented");
    }
    return {product, currency_};
}

Money Money::times(Percent percent, RoundingMode mode) const {
    return fromRatio(static_cast<Wide>(minor_) * percent.partsPerMillion(), Percent::kScale, currency_, mode);
}

Money Money::roundedToMajor(RoundingMode mode) const {
    const std::int64_t unit = currency_.minorPerMajor();
    return {checkedNarrow(divideRounded(minor_, unit, mode) * unit), currency_};
}

Money Money::min(const Money& a, const Money& b) {
    return a <= b ? a : b;
}
Money Money::max(const Money& a, const Money& b) {
    return a >= b ? a : b;
}

std::strong_ordering Money::operator<=>(const Money& other) const {
    commonCurrency(other);
    return minor_ <=> other.minor_;
}

} // namespace attrition
