#pragma once

#include <compare>
#include <cstdint>
#include <string>

namespace attrition {

/// A count of room nights that may be fractional (85% of 50 rooms is 42.5 when a contract rounds
/// exactly), held exactly in millionths of a room night.
class Quantity {
public:
    static constexpr std::int64_t kScale = 1'000'000;

    constexpr Quantity() = default;
    static constexpr Quantity whole(std::int64_t roomNights) noexcept {
        return Quantity(roomNights * kScale);
    }
    static constexpr Quantity fromMicro(std::int64_t micro) noexcept { return Quantity(micro); }

    constexpr std::int64_t micro() const noexcept { return micro_; }
    constexpr bool isWhole() const noexcept { return micro_ % kScale == 0; }
    constexpr bool isZero() const noexcept { return micro_ == 0; }
    /// "42.5", "43" (trailing zeros dropped).
    std::string toString() const;

    constexpr Quantity operator+(Quantity o) const noexcept { return Quantity(micro_ + o.micro_); }
    constexpr Quantity operator-(Quantity o) const noexcept { return Quantity(micro_ - o.micro_); }
    constexpr Quantity& operator+=(Quantity o) noexcept { return micro_ += o.micro_, *this; }
    constexpr Quantity& operator-=(Quantity o) noexcept { return micro_ -= o.micro_, *this; }

    static constexpr Quantity min(Quantity a, Quantity b) noexcept { return a < b ? a : b; }
    static constexpr Quantity max(Quantity a, Quantity b) noexcept { return a < b ? b : a; }

    friend constexpr auto operator<=>(const Quantity&, const Quantity&) = default;

private:
    constexpr explicit Quantity(std::int64_t micro) noexcept
        : micro_(micro) {}
    std::int64_t micro_ = 0;
};

} // namespace attrition
