#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace attrition {

/// An ISO 4217 currency: its three-letter code and the number of decimals of its minor unit
/// (0 for JPY, 2 for USD, 3 for KWD).
class Currency {
public:
    constexpr Currency() = default;

    /// The currency with this ISO 4217 code (upper case), or nothing if the code is unknown.
    static std::optional<Currency> fromCode(std::string_view code) noexcept;

    std::string_view code() const noexcept { return {code_.data(), 3}; }
    int decimals() const noexcept { return decimals_; }
    /// 10^decimals: minor units in one major unit.
    std::int64_t minorPerMajor() const noexcept;
    bool isValid() const noexcept { return code_[0] != '\0'; }

    friend bool operator==(const Currency&, const Currency&) = default;

private:
    constexpr Currency(std::array<char, 3> code, std::uint8_t decimals)
        : code_(code)
        , decimals_(decimals) {}

    std::array<char, 3> code_{'\0', '\0', '\0'};
    std::uint8_t decimals_ = 0;
};

} // namespace attrition
