#include "assessor.h"
#include "attrition/engine/engine.h"

namespace attrition {

std::vector<PickupSweepPoint> sweepPickup(const Contract& contract, int fromPoints, int toPoints,
                                          int stepPoints) {
    if (stepPoints <= 0 || toPoints < fromPoints || fromPoints < 0) {
        detail::requireValid(contract, {});
        return {};
    }
    return sweepPickup(contract, Percent::fromPoints(fromPoints), Percent::fromPoints(toPoints),
                       Percent::fromPoints(stepPoints));
}

std::vector<PickupSweepPoint> sweepPickup(const Contract& contract, Percent from, Percent to, Percent step) {
    detail::requireValid(contract, {});
    std::vector<PickupSweepPoint> points;
    const std::int64_t first = from.partsPerMillion();
    const std::int64_t last = to.partsPerMillion();
    const std::int64_t stride = step.partsPerMillion();
    if (stride <= 0 || last < first || first < 0) {
        return points;
    }
    points.reserve(static_cast<std::size_t>((last - first) / stride + 1));
    ScenarioOverrides overrides;
    overrides.withoutCancellation = true;
    for (std::int64_t k = first; k <= last; k += stride) {
        overrides.uniformPickup = Percent::fromPartsPerMillion(k);
        const Assessment a = detail::Assessor(contract, overrides, false).run();
        points.push_back({*overrides.uniformPickup, a.rooms, a.meetingRoom, a.totalOwed});
    }
    return points;
}

std::vector<CancellationSweepPoint> sweepCancellation(const Contract& contract, Date from, Date to) {
    detail::requireValid(contract, {});
    std::vector<CancellationSweepPoint> points;
    if (to < from) {
        return points;
    }
    points.reserve(static_cast<std::size_t>(to.daysSince(from) + 1));
    // The fee depends on the notice date only through its tier: assess once per tier.
    const CancellationTier* cachedTier = nullptr;
    Money cachedFee;
    Money cachedTotal;
    ScenarioOverrides overrides;
    for (Date d = from; d <= to; d = d.addDays(1)) {
        const std::int32_t days = contract.arrival.daysSince(d);
        const CancellationTier* tier = detail::findTier(contract.cancellation.tiers, std::max(0, days));
        if (tier == nullptr || tier != cachedTier) {
            overrides.cancellationNotice = d;
            const Assessment a = detail::Assessor(contract, overrides, false).run();
            cachedTier = tier;
            cachedFee = a.cancellation;
            cachedTotal = a.cancellation + a.tax;
        }
        points.push_back({d, days, cachedFee, cachedTotal});
    }
    return points;
}

std::vector<SpendSweepPoint> sweepFoodBeverage(const Contract& contract, Money from, Money to, int steps) {
    detail::requireValid(contract, {});
    std::vector<SpendSweepPoint> points;
    if (steps < 0) {
        return points;
    }
    points.reserve(static_cast<std::size_t>(steps) + 1);
    const Money span = to - from;
    ScenarioOverrides overrides;
    overrides.withoutCancellation = true;
    for (int k = 0; k <= steps; ++k) {
        const Money spend = steps == 0
                                ? from
                                : from + Money::fromRatio(static_cast<Wide>(span.minorUnits()) * k, steps,
                                                          span.currency(), RoundingMode::HalfUp);
        overrides.foodBeverageSpend = spend;
        detail::Assessor assessor(contract, overrides, false);
        const Assessment a = assessor.run();
        points.push_back({spend, a.foodBeverage, a.foodBeverage + assessor.foodBeverageTax()});
    }
    return points;
}

} // namespace attrition
