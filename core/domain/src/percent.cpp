#include "attrition/domain/percent.h"

#include "attrition/domain/fixed_point.h"

namespace attrition {

std::optional<Percent> Percent::parse(std::string_view points) noexcept {
    const DecimalParse parsed = parseScaledDecimal(points, kPointDecimals);
    if (!parsed.value) {
        return std::nullopt;
    }
    const std::int64_t v = *parsed.value;
    // Keep far from overflow in products: +-1,000,000,000% is beyond any contract.
    constexpr std::int64_t kLimit = 1'000'000'000LL * 10'000;
    if (v > kLimit || v < -kLimit) {
        return std::nullopt;
    }
    return Percent(v);
}

std::string Percent::toPointsString() const {
    return formatScaledDecimal(ppm_, kPointDecimals, true);
}

} // namespace attrition
