#pragma once
// The typical contract of the benchmarks: 5 nights x 3 room types, with pickup, an F&B minimum, a meeting
// room scale, cancellation tiers and a deposit.

#include "attrition/domain/contract.h"

#include <array>

namespace attrition::bench {

inline Date date(const char* iso) {
    return *Date::parseIso(iso);
}

/// 5 nights x 3 room types, with pickup, an F&B minimum, a meeting room scale, cancellation tiers and a
/// deposit.
inline Contract typicalContract() {
    const Currency usd = *Currency::fromCode("USD");
    Contract c;
    c.reference = "BENCH-1";
    c.currency = usd;
    c.signedOn = date("2025-05-09");
    c.arrival = date("2027-05-09");
    c.departure = date("2027-05-14");
    const std::array<const char*, 3> types{"KING", "QUEEN", "SUITE"};
    for (int night = 0; night < 5; ++night) {
        for (int t = 0; t < 3; ++t) {
            const Date d = c.arrival.addDays(night);
            c.block.push_back(
                {d, types[static_cast<std::size_t>(t)], 40 + 10 * t, Money::fromMajor(150 + 50 * t, usd)});
            c.pickup.push_back({d, types[static_cast<std::size_t>(t)], 30 + 7 * t});
        }
    }
    c.attrition.damagesFactor = Percent::fromPoints(80);
    c.foodBeverage.minimum = Money::fromMajor(40000, usd);
    c.foodBeverage.actualSpend = Money::fromMajor(30500, usd);
    c.foodBeverage.allowance = Percent::fromPoints(10);
    c.foodBeverage.damagesFactor = Percent::fromPoints(35);
    c.foodBeverage.serviceChargeRate = Percent::fromPoints(22);
    c.foodBeverage.serviceChargeOnDamages = true;
    c.foodBeverage.taxRate = *Percent::parse("8.875");
    c.foodBeverage.taxOnDamages = true;
    c.foodBeverage.taxOnServiceCharge = true;
    c.meetingRoom.rental = Money::fromMajor(5000, usd);
    c.meetingRoom.scale = {{Percent::fromPoints(90), Percent::zero()},
                           {Percent::fromPoints(80), Percent::fromPoints(50)},
                           {Percent::fromPoints(70), Percent::fromPoints(75)},
                           {Percent::zero(), Percent::hundred()}};
    CancellationTier far{181, std::nullopt, Percent::fromPoints(10), {}, {}, {}};
    CancellationTier mid{91, 180, Percent::fromPoints(50), {}, {}, {}};
    CancellationTier near{31, 90, Percent::fromPoints(75), {}, {}, {}};
    CancellationTier last{0, 30, Percent::fromPoints(100), {}, {}, {}};
    c.cancellation.tiers = {far, mid, near, last};
    c.cancellation.basis = CancellationBasis::TotalRevenue;
    c.deposits.push_back({date("2025-06-01"), Money::fromMajor(5000, usd), "deposit"});
    return c;
}

} // namespace attrition::bench
