#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace attrition {

/// A calendar date in the proleptic Gregorian calendar (the hotel's local date; no time, no zone),
/// held as a day count from 1970-01-01.
class Date {
public:
    constexpr Date() = default;

    /// Nothing if the day does not exist (2027-02-29) or the year is outside 1..9999.
    static std::optional<Date> fromYmd(int year, int month, int day) noexcept;
    /// Strict ISO 8601 calendar date "YYYY-MM-DD".
    static std::optional<Date> parseIso(std::string_view text) noexcept;
    static constexpr Date fromDayNumber(std::int32_t days) noexcept { return Date(days); }

    constexpr std::int32_t dayNumber() const noexcept { return days_; }
    int year() const noexcept;
    int month() const noexcept;
    int day() const noexcept;
    /// 1 = Monday ... 7 = Sunday.
    int isoWeekday() const noexcept;
    std::string toIso() const;

    constexpr Date addDays(std::int32_t n) const noexcept { return Date(days_ + n); }
    /// Calendar days from `earlier` to this date.
    constexpr std::int32_t daysSince(Date earlier) const noexcept { return days_ - earlier.days_; }

    friend constexpr auto operator<=>(const Date&, const Date&) = default;

private:
    constexpr explicit Date(std::int32_t days) noexcept
        : days_(days) {}
    std::int32_t days_ = 0;
};

} // namespace attrition
