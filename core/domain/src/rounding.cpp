#include "attrition/domain/rounding.h"

#include <array>
#include <utility>

namespace attrition {

namespace {
constexpr std::array<std::pair<RoundingMode, std::string_view>, 7> kNames{{
    {RoundingMode::HalfUp, "half-up"},
    {RoundingMode::HalfEven, "half-even"},
    {RoundingMode::HalfDown, "half-down"},
    {RoundingMode::Up, "up"},
    {RoundingMode::Down, "down"},
    {RoundingMode::Ceiling, "ceiling"},
    {RoundingMode::Floor, "floor"},
}};
} // namespace

std::string_view toString(RoundingMode mode) noexcept {
    for (const auto& [m, name] : kNames) {
        if (m == mode) {
            return name;
        }
    }
    return "half-up";
}

std::optional<RoundingMode> roundingModeFromString(std::string_view text) noexcept {
    for (const auto& [m, name] : kNames) {
        if (name == text) {
            return m;
        }
    }
    return std::nullopt;
}

Wide divideRounded(Wide numerator, Wide denominator, RoundingMode mode) noexcept {
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    Wide quotient = numerator / denominator; // truncates towards zero
    const Wide remainder = numerator % denominator;
    if (remainder == 0) {
        return quotient;
    }
    const bool negative = numerator < 0;
    const Wide absRemainder = negative ? -remainder : remainder;
    const Wide twice = absRemainder * 2; // < 2 * denominator, no overflow for sane denominators
    bool awayFromZero = false;
    switch (mode) {
    case RoundingMode::HalfUp:
        awayFromZero = twice >= denominator;
        break;
    case RoundingMode::HalfDown:
        awayFromZero = twice > denominator;
        break;
    case RoundingMode::HalfEven:
        awayFromZero = twice > denominator || (twice == denominator && (quotient % 2) != 0);
        break;
    case RoundingMode::Up:
        awayFromZero = true;
        break;
    case RoundingMode::Down:
        awayFromZero = false;
        break;
    case RoundingMode::Ceiling:
        awayFromZero = !negative;
        break;
    case RoundingMode::Floor:
        awayFromZero = negative;
        break;
    }
    if (awayFromZero) {
        quotient += negative ? -1 : 1;
    }
    return quotient;
}

} // namespace attrition
