#pragma once
// Deterministic synthetic past groups for the forecast's tests and benchmarks: one to five nights in one to
// three room types, S-shaped booking curves (the middle between 30 and 70 days before arrival), wash mostly
// between 70% and 105% with a tail of bad groups, a weekly pickup report from a year before arrival.

#include "attrition/domain/contract.h"
#include "attrition/domain/pickup_history.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace attrition::synthetic {

struct PastGroup {
    Contract contract;
    std::vector<PickupSnapshot> snapshots;
};

/// A linear congruential generator: the same seed, the same groups on every machine.
class Lcg {
public:
    explicit Lcg(std::uint64_t seed)
        : s_(seed) {}
    double uniform() {
        s_ = s_ * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(s_ >> 11U) / 9007199254740992.0;
    }

private:
    std::uint64_t s_;
};

inline std::vector<PastGroup> pastGroups(int count, std::uint64_t seed, int maxNights = 1, int maxTypes = 1) {
    static constexpr std::array<const char*, 3> kTypes = {"KING", "QUEEN", "SUITE"};
    const Currency usd = *Currency::fromCode("USD");
    std::vector<PastGroup> groups;
    groups.reserve(static_cast<std::size_t>(count));
    Lcg random(seed);
    for (int i = 0; i < count; ++i) {
        PastGroup g;
        Contract& c = g.contract;
        c.reference = "PAST-" + std::to_string(i);
        c.account = "Account " + std::to_string(i % 50);
        c.status = ContractStatus::Actualized;
        c.currency = usd;
        c.arrival = *Date::fromYmd(2026, 5, 10);
        c.arrival = c.arrival.addDays(static_cast<std::int32_t>(random.uniform() * 200));
        const int nights = 1 + static_cast<int>(random.uniform() * maxNights);
        const int types = 1 + static_cast<int>(random.uniform() * maxTypes);
        c.departure = c.arrival.addDays(nights);
        c.signedOn = c.arrival.addDays(-400);
        c.foodBeverage.minimum = Money::zero(usd);
        c.foodBeverage.actualSpend = Money::zero(usd);
        c.meetingRoom.rental = Money::zero(usd);
        const double wash =
            random.uniform() < 0.9 ? 0.70 + random.uniform() * 0.35 : 0.30 + random.uniform() * 0.4;
        const double mid = 30 + random.uniform() * 40;
        const double scale = 10 + random.uniform() * 10;
        for (int n = 0; n < nights; ++n) {
            for (int t = 0; t < types; ++t) {
                const auto block = 10 + static_cast<std::int32_t>(random.uniform() * 90);
                const Date night = c.arrival.addDays(n);
                c.block.push_back(BlockEntry{night, kTypes[static_cast<std::size_t>(t)], block,
                                             Money::fromMajor(200, usd)});
                c.pickup.push_back(PickupEntry{night, kTypes[static_cast<std::size_t>(t)],
                                               static_cast<std::int32_t>(std::lround(block * wash))});
            }
        }
        for (int x = 364; x >= 0; x -= 7) {
            const double share =
                std::min(1.0, 1 / (1 + std::exp((x - mid) / scale)) * (1 + std::exp(-mid / scale)));
            PickupSnapshot s{c.arrival.addDays(-x), {}};
            for (const PickupEntry& e : c.pickup) {
                s.entries.push_back(PickupEntry{e.night, e.roomType,
                                                static_cast<std::int32_t>(std::lround(e.rooms * share))});
            }
            g.snapshots.push_back(std::move(s));
        }
        groups.push_back(std::move(g));
    }
    return groups;
}

} // namespace attrition::synthetic
