#include "attrition/storage/types.h"

#include "attrition/domain/date.h"

#include <chrono>
#include <cstdio>

namespace attrition::storage {

namespace {

constexpr std::int64_t kMsPerDay = 86'400'000;

/// Floor division: the day of an instant before 1970 is the day before, not after.
std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

bool readDigits(std::string_view text, std::size_t& pos, std::size_t count, int& out) {
    if (pos + count > text.size()) {
        return false;
    }
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9') {
            return false;
        }
        value = value * 10 + (c - '0');
    }
    pos += count;
    out = value;
    return true;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

} // namespace

std::string Timestamp::toIso() const {
    const std::int64_t day = floorDiv(msSinceEpoch, kMsPerDay);
    const std::int64_t inDay = msSinceEpoch - day * kMsPerDay;
    const Date date = Date::fromDayNumber(static_cast<std::int32_t>(day));
    const auto hours = inDay / 3'600'000;
    const auto minutes = inDay / 60'000 % 60;
    const auto seconds = inDay / 1000 % 60;
    const auto millis = inDay % 1000;
    char time[32];
    std::snprintf(time, sizeof time, "T%02lld:%02lld:%02lld.%03lldZ", static_cast<long long>(hours),
                  static_cast<long long>(minutes), static_cast<long long>(seconds),
                  static_cast<long long>(millis));
    return date.toIso() + time;
}

std::string Timestamp::toDisplay() const {
    const std::string iso = toIso();
    // "2026-11-23T09:15:02.125Z" -> "2026-11-23 09:15 UTC"
    return iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
}

std::optional<Timestamp> Timestamp::parseIso(std::string_view text) noexcept {
    if (text.size() < 19) {
        return std::nullopt;
    }
    const std::optional<Date> date = Date::parseIso(text.substr(0, 10));
    if (!date || (text[10] != 'T' && text[10] != ' ')) {
        return std::nullopt;
    }
    std::size_t pos = 11;
    int hours = 0;
    int minutes = 0;
    int seconds = 0;
    if (!readDigits(text, pos, 2, hours) || !expect(text, pos, ':') || !readDigits(text, pos, 2, minutes) ||
        !expect(text, pos, ':') || !readDigits(text, pos, 2, seconds) || hours > 23 || minutes > 59 ||
        seconds > 59) {
        return std::nullopt;
    }
    int millis = 0;
    if (expect(text, pos, '.')) {
        int digits = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (digits < 3) {
                millis = millis * 10 + (text[pos] - '0');
            }
            ++digits;
            ++pos;
        }
        if (digits == 0) {
            return std::nullopt;
        }
        for (int i = digits; i < 3; ++i) {
            millis *= 10;
        }
    }
    std::int64_t offsetMinutes = 0;
    if (expect(text, pos, 'Z')) {
        // UTC
    } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
        const bool negative = text[pos] == '-';
        ++pos;
        int offHours = 0;
        int offMinutes = 0;
        if (!readDigits(text, pos, 2, offHours)) {
            return std::nullopt;
        }
        if (expect(text, pos, ':')) {
            if (!readDigits(text, pos, 2, offMinutes)) {
                return std::nullopt;
            }
        } else if (pos < text.size()) {
            if (!readDigits(text, pos, 2, offMinutes)) {
                return std::nullopt;
            }
        }
        offsetMinutes = (negative ? -1 : 1) * (offHours * 60 + offMinutes);
    } else {
        return std::nullopt;
    }
    if (pos != text.size()) {
        return std::nullopt;
    }
    const std::int64_t ms = static_cast<std::int64_t>(date->dayNumber()) * kMsPerDay +
                            static_cast<std::int64_t>(hours) * 3'600'000 + minutes * 60'000LL +
                            seconds * 1000LL + millis - offsetMinutes * 60'000;
    return Timestamp{ms};
}

Timestamp Timestamp::now() noexcept {
    using namespace std::chrono;
    return Timestamp{duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count()};
}

} // namespace attrition::storage
