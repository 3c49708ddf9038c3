#include "attrition/domain/date.h"

#include <array>

namespace attrition {

namespace {

// Days-from-civil and civil-from-days for the proleptic Gregorian calendar (era-based arithmetic).
constexpr std::int32_t daysFromCivil(int y, unsigned m, unsigned d) noexcept {
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

struct Civil {
    int y;
    unsigned m;
    unsigned d;
};

constexpr Civil civilFromDays(std::int32_t z) noexcept {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2 ? 1 : 0), m, d};
}

constexpr bool isLeap(int y) noexcept {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr int daysInMonth(int y, int m) noexcept {
    constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(civilFromDays(0).y == 1970);

} // namespace

std::optional<Date> Date::fromYmd(int year, int month, int day) noexcept {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return std::nullopt;
    }
    return Date(daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
}

std::optional<Date> Date::parseIso(std::string_view text) noexcept {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    auto digits = [&](std::size_t from, std::size_t count) -> int {
        int v = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') {
                return -1;
            }
            v = v * 10 + (text[i] - '0');
        }
        return v;
    };
    const int y = digits(0, 4);
    const int m = digits(5, 2);
    const int d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0) {
        return std::nullopt;
    }
    return fromYmd(y, m, d);
}

int Date::year() const noexcept {
    return civilFromDays(days_).y;
}
int Date::month() const noexcept {
    return static_cast<int>(civilFromDays(days_).m);
}
int Date::day() const noexcept {
    return static_cast<int>(civilFromDays(days_).d);
}

int Date::isoWeekday() const noexcept {
    // 1970-01-01 was a Thursday (4).
    const int w = (days_ % 7 + 7) % 7; // 0 = Thursday
    return (w + 3) % 7 + 1;
}

std::string Date::toIso() const {
    const Civil c = civilFromDays(days_);
    std::string out(10, '0');
    auto put = [&](std::size_t at, int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            out[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, c.y, 4);
    out[4] = '-';
    put(5, static_cast<int>(c.m), 2);
    out[7] = '-';
    put(8, static_cast<int>(c.d), 2);
    return out;
}

} // namespace attrition
