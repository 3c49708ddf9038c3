#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace attrition {

/// Why a decimal text could not be read exactly.
enum class DecimalError : std::uint8_t { Empty, Malformed, TooManyDecimals, OutOfRange };

std::string_view describe(DecimalError error) noexcept;

struct DecimalParse {
    std::optional<std::int64_t> value; ///< the number times 10^decimals, when read
    DecimalError error = DecimalError::Malformed;
};

/// Reads a plain decimal ("-1234.5", "0.125", "42") as an integer scaled by 10^decimals, exactly:
/// more fractional digits than `decimals` is an error, never a silent rounding. No grouping separators,
/// no exponent, '.' as the decimal point.
DecimalParse parseScaledDecimal(std::string_view text, int decimals) noexcept;

/// Writes value / 10^decimals as a plain decimal with exactly `decimals` fractional digits ("-1234.50").
/// With trimZeros, trailing fractional zeros (and a bare point) are dropped ("12.5", "80").
/// groupSeparator, when not '\0', is put between groups of three integer digits ("1,234.50").
std::string formatScaledDecimal(std::int64_t value, int decimals, bool trimZeros = false,
                                char groupSeparator = '\0', char decimalPoint = '.');

/// 10^exponent for 0 <= exponent <= 18.
std::int64_t pow10(int exponent) noexcept;

} // namespace attrition
