#include "attrition/domain/fixed_point.h"

#include <limits>

namespace attrition {

std::string_view describe(DecimalError error) noexcept {
    switch (error) {
    case DecimalError::Empty:
        return "is empty";
    case DecimalError::Malformed:
        return "is not a decimal number";
    case DecimalError::TooManyDecimals:
        return "has more decimal places than allowed";
    case DecimalError::OutOfRange:
        return "is too large";
    }
    return "is not a decimal number";
}

std::int64_t pow10(int exponent) noexcept {
    std::int64_t result = 1;
    for (int i = 0; i < exponent; ++i) {
        result *= 10;
    }
    return result;
}

DecimalParse parseScaledDecimal(std::string_view text, int decimals) noexcept {
    DecimalParse out;
    if (text.empty()) {
        out.error = DecimalError::Empty;
        return out;
    }
    std::size_t i = 0;
    bool negative = false;
    if (text[0] == '-' || text[0] == '+') {
        negative = text[0] == '-';
        ++i;
    }
    // Accumulate the magnitude as a negative number so that INT64_MIN-scaled inputs are reachable.
    constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
    std::int64_t acc = 0;
    int integerDigits = 0;
    int fractionDigits = 0;
    bool seenPoint = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.') {
            if (seenPoint) {
                out.error = DecimalError::Malformed;
                return out;
            }
            seenPoint = true;
            continue;
        }
        if (c < '0' || c > '9') {
            out.error = DecimalError::Malformed;
            return out;
        }
        if (seenPoint) {
            ++fractionDigits;
            if (fractionDigits > decimals) {
                if (c == '0') {
                    continue; // trailing zeros beyond the precision carry no value
                }
                out.error = DecimalError::TooManyDecimals;
                return out;
            }
        } else {
            ++integerDigits;
        }
        const int digit = c - '0';
        if (acc < (kMin + digit) / 10) {
            out.error = DecimalError::OutOfRange;
            return out;
        }
        acc = acc * 10 - digit;
    }
    if (integerDigits == 0 && fractionDigits == 0) {
        out.error = DecimalError::Malformed;
        return out;
    }
    for (int k = std::min(fractionDigits, decimals); k < decimals; ++k) {
        if (acc < kMin / 10) {
            out.error = DecimalError::OutOfRange;
            return out;
        }
        acc *= 10;
    }
    if (!negative) {
        if (acc == kMin) {
            out.error = DecimalError::OutOfRange;
            return out;
        }
        acc = -acc;
    }
    out.value = acc;
    return out;
}

std::string formatScaledDecimal(std::int64_t value, int decimals, bool trimZeros, char groupSeparator,
                                char decimalPoint) {
    const bool negative = value < 0;
    // Work on the unsigned magnitude so that INT64_MIN prints correctly.
    std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(value + 1)) + 1U : static_cast<std::uint64_t>(value);
    const auto scale = static_cast<std::uint64_t>(pow10(decimals));
    const std::uint64_t integer = magnitude / scale;
    std::uint64_t fraction = magnitude % scale;

    std::string digits = std::to_string(integer);
    std::string out;
    out.reserve(digits.size() + static_cast<std::size_t>(decimals) + 8);
    if (negative) {
        out.push_back('-');
    }
    for (std::size_t k = 0; k < digits.size(); ++k) {
        if (groupSeparator != '\0' && k > 0 && (digits.size() - k) % 3 == 0) {
            out.push_back(groupSeparator);
        }
        out.push_back(digits[k]);
    }
    if (decimals > 0) {
        std::string frac(static_cast<std::size_t>(decimals), '0');
        for (int k = decimals - 1; k >= 0; --k) {
            frac[static_cast<std::size_t>(k)] = static_cast<char>('0' + fraction % 10);
            fraction /= 10;
        }
        if (trimZeros) {
            while (!frac.empty() && frac.back() == '0') {
                frac.pop_back();
            }
        }
        if (!frac.empty()) {
            out.push_back(decimalPoint);
            out += frac;
        }
    }
    return out;
}

} // namespace attrition
