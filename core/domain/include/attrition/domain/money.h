#pragma once

#include "attrition/domain/currency.h"
#include "attrition/domain/percent.h"
#include "attrition/domain/rounding.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace attrition {

/// Thrown when an amount would not fit in 64-bit minor units.
class MoneyOverflow : public std::overflow_error {
public:
    using std::overflow_error::overflow_error;
};

/// Thrown when two amounts in different currencies are combined.
class CurrencyMismatch : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

/// An amount of money: a signed 64-bit count of minor units of one ISO 4217 currency. Never a double.
/// Arithmetic is checked: overflow throws MoneyOverflow, mixing currencies throws CurrencyMismatch.
/// Every operation that could lose precision takes a RoundingMode. A default-constructed Money is a zero
/// with no currency, which combines with an amount of any currency.
class Money {
public:
    Money() = default;
    Money(std::int64_t minorUnits, Currency currency) noexcept
        : minor_(minorUnits)
        , currency_(currency) {}

    static Money zero(Currency currency) noexcept { return {0, currency}; }
    /// Whole major units: fromMajor(150, USD) is 150.00.
    static Money fromMajor(std::int64_t major, Currency currency);
    /// Plain decimal text in major units ("1234.56"); nothing if malformed, out of range, or carrying more
    /// decimals than the currency has.
    static std::optional<Money> parse(std::string_view text, Currency currency) noexcept;
    /// numerator / denominator minor units, rounded once with `mode`. Throws MoneyOverflow if it does not
    /// fit.
    static Money fromRatio(Wide numerator, Wide denominator, Currency currency, RoundingMode mode);

    std::int64_t minorUnits() const noexcept { return minor_; }
    Currency currency() const noexcept { return currency_; }
    bool isZero() const noexcept { return minor_ == 0; }
    bool isNegative() const noexcept { return minor_ < 0; }
    bool isPositive() const noexcept { return minor_ > 0; }

    /// "1234.56" (exactly the currency's decimals, no grouping).
    std::string toDecimalString() const;
    /// "1,234.56" (grouped, for explanations and plain-text reports).
    std::string toDisplayString() const;

    Money operator+(const Money& other) const;
    Money operator-(const Money& other) const;
    Money operator-() const;
    Money& operator+=(const Money& other);
    Money& operator-=(const Money& other);
    /// Times a whole count (room nights, say). Exact; throws on overflow.
    Money operator*(std::int64_t count) const;

    /// This amount times a percentage, rounded once.
    Money times(Percent percent, RoundingMode mode) const;
    /// Rounded to whole major units (for "round the fee to whole currency units").
    Money roundedToMajor(RoundingMode mode) const;

    static Money min(const Money& a, const Money& b);
    static Money max(const Money& a, const Money& b);

    /// Same amount and currency (a currency-less zero equals only itself).
    bool operator==(const Money& other) const noexcept = default;
    /// Ordering between amounts of one currency; throws CurrencyMismatch otherwise.
    std::strong_ordering operator<=>(const Money& other) const;

private:
    /// The currency of a result combining this and `other`; throws CurrencyMismatch if they differ.
    Currency commonCurrency(const Money& other) const;

    std::int64_t minor_ = 0;
    Currency currency_{};
};

/// Checked narrowing of an exact 128-bit intermediate to 64 bits.
std::int64_t checkedNarrow(Wide value);

} // namespace attrition
