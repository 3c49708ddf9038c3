#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace attrition {

/// An exact percentage, held as parts per million of the whole (100% = 1,000,000), so any percentage
/// written with up to four decimal places (8.875%, 79.99%, 33.3333%) is represented exactly.
class Percent {
public:
    static constexpr std::int64_t kScale = 1'000'000; ///< parts per million in 100%
    static constexpr int kPointDecimals = 4;          ///< decimals of a percentage point

    constexpr Percent() = default;

    static constexpr Percent fromPartsPerMillion(std::int64_t ppm) noexcept { return Percent(ppm); }
    /// Whole percentage points: fromPoints(80) is 80%.
    static constexpr Percent fromPoints(std::int64_t points) noexcept { return Percent(points * 10'000); }
    /// Percentage points as decimal text, "8.875" for 8.875%. Nothing if malformed or not exact.
    static std::optional<Percent> parse(std::string_view points) noexcept;

    static constexpr Percent zero() noexcept { return Percent(0); }
    static constexpr Percent hundred() noexcept { return Percent(kScale); }

    constexpr std::int64_t partsPerMillion() const noexcept { return ppm_; }
    /// "8.875" (percentage points, trailing zeros dropped).
    std::string toPointsString() const;
    /// "8.875%".
    std::string toString() const { return toPointsString() + "%"; }

    /// 100% minus this.
    constexpr Percent complement() const noexcept { return Percent(kScale - ppm_); }
    constexpr bool isZero() const noexcept { return ppm_ == 0; }
    constexpr bool isBetweenZeroAndHundred() const noexcept { return ppm_ >= 0 && ppm_ <= kScale; }

    friend constexpr auto operator<=>(const Percent&, const Percent&) = default;

private:
    constexpr explicit Percent(std::int64_t ppm) noexcept
        : ppm_(ppm) {}
    std::int64_t ppm_ = 0;
};

} // namespace attrition
