#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace attrition {

/// A 128-bit signed integer for exact intermediates (amount x room nights x percentages).
__extension__ typedef __int128 Wide;

/// How an exact quotient is brought to a whole number of units. Every conversion that can lose
/// precision takes one of these explicitly.
enum class RoundingMode : std::uint8_t {
    HalfUp,   ///< ties away from zero (commercial rounding; the default)
    HalfEven, ///< ties to the even neighbour (banker's rounding)
    HalfDown, ///< ties towards zero
    Up,       ///< away from zero (ceiling of the magnitude)
    Down,     ///< towards zero (truncation)
    Ceiling,  ///< towards +infinity
    Floor,    ///< towards -infinity
};

std::string_view toString(RoundingMode mode) noexcept;
std::optional<RoundingMode> roundingModeFromString(std::string_view text) noexcept;

/// numerator / denominator rounded to an integer with `mode`. denominator must not be zero.
/// Exact for every 128-bit operand; the caller checks that the result fits where it is stored.
Wide divideRounded(Wide numerator, Wide denominator, RoundingMode mode) noexcept;

} // namespace attrition
