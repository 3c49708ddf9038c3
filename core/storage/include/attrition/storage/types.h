#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attrition::storage {

/// The database's own key of a stored contract. It never changes, even when the reference does.
struct ContractId {
    std::int64_t value = 0;

    friend constexpr auto operator<=>(const ContractId&, const ContractId&) = default;
};

/// An instant in UTC, in whole milliseconds since 1970-01-01T00:00:00Z (when a contract was saved, say).
struct Timestamp {
    std::int64_t msSinceEpoch = 0;

    /// "2026-11-23T09:15:02.125Z".
    std::string toIso() const;
    /// "2026-11-23 09:15 UTC", for messages.
    std::string toDisplay() const;
    /// Reads what toIso() writes (the fraction may have 0 to 3 digits; "Z" or "+00:00").
    static std::optional<Timestamp> parseIso(std::string_view text) noexcept;
    /// The system clock, truncated to milliseconds.
    static Timestamp now() noexcept;

    friend constexpr auto operator<=>(const Timestamp&, const Timestamp&) = default;
};

} // namespace attrition::storage
