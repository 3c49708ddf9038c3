// Speed of the groups-at-risk early warning: the list over 5,000 upcoming contracts (one to five nights, one
// to three room types, weekly pickup reports, review dates, cutoffs, F&B minimums) against 2,000 past groups
// of the same hotel, as attrition-cli at-risk computes it once the database is read: the history prepared
// inside the timing (target 1 s). Medians; see docs/PERFORMANCE.md.
#include "attrition/engine/at_risk.h"
#include "synthetic_groups.h"

#include <benchmark/benchmark.h>

using namespace attrition;
using namespace attrition::forecast;

namespace {

const Date kToday = *Date::fromYmd(2027, 1, 4);

/// `count` groups still to arrive, from today to 180 days out: the synthetic groups' blocks and booking
/// curves, moved after today, with the pickup reports up to today; a third behind their curve, every fifth
/// stalled for a month, review dates, cutoffs and F&B minimums with the spend ordered so far.
struct Upcoming {
    std::vector<synthetic::PastGroup> groups;
    std::vector<UpcomingGroup> list;
};

Upcoming upcomingGroups(int count) {
    Upcoming u;
    u.groups = synthetic::pastGroups(count, 7, 5, 3);
    const Currency usd = *Currency::fromCode("USD");
    for (std::size_t i = 0; i < u.groups.size(); ++i) {
        synthetic::PastGroup& g = u.groups[i];
        Contract& c = g.contract;
        const auto away = static_cast<std::int32_t>(i % 181);
        const std::int32_t shift = kToday.addDays(away).daysSince(c.arrival);
        c.reference = "NEXT-" + std::to_string(i);
        c.status = ContractStatus::Definite;
        c.arrival = c.arrival.addDays(shift);
        c.departure = c.departure.addDays(shift);
        c.signedOn = c.arrival.addDays(-400);
        for (BlockEntry& e : c.block) {
            e.night = e.night.addDays(shift);
        }
        std::vector<PickupSnapshot> reports;
        for (PickupSnapshot& s : g.snapshots) {
            s.reportDate = s.reportDate.addDays(shift);
            for (PickupEntry& e : s.entries) {
                e.night = e.night.addDays(shift);
                if (i % 3 == 0) {
                    e.rooms = e.rooms * 2 / 3; // behind its curve
                }
            }
            if (s.reportDate <= kToday) {
                reports.push_back(s);
            }
        }
        if (i % 5 == 0 && reports.size() > 5) {
            // Stalled: the last five weeks' reports repeat the one before them.
            for (std::size_t k = reports.size() - 5; k < reports.size(); ++k) {
                reports[k].entries = reports[reports.size() - 6].entries;
            }
        }
        c.pickup = reports.empty() ? std::vector<PickupEntry>{} : reports.back().entries;
        g.snapshots = std::move(reports);
        c.reviewSchedule = {ReviewStep{c.arrival.addDays(-30), Percent::fromPoints(20)},
                            ReviewStep{c.arrival.addDays(-14), Percent::fromPoints(10)}};
        if (i % 4 == 0) {
            c.cutoff = c.arrival.addDays(-21);
        }
        if (i % 2 == 0) {
            c.foodBeverage.minimum = Money::fromMajor(20'000, usd);
            c.foodBeverage.allowance = Percent::fromPoints(10);
            c.foodBeverage.actualSpend = Money::fromMajor(static_cast<std::int64_t>(i % 7) * 2'000, usd);
        }
    }
    for (const synthetic::PastGroup& g : u.groups) {
        u.list.push_back(UpcomingGroup{&g.contract, g.snapshots, {}});
    }
    return u;
}

void BM_GroupsAtRiskFiveThousandUpcoming(benchmark::State& state) {
    const Upcoming upcoming = upcomingGroups(5'000);
    const auto past = synthetic::pastGroups(static_cast<int>(state.range(0)), 2, 5, 3);
    std::vector<GroupHistory> gh;
    for (const synthetic::PastGroup& g : past) {
        gh.push_back(GroupHistory{&g.contract, g.snapshots});
    }
    AtRiskOptions o;
    o.today = kToday;
    o.windowDays = 180;
    std::size_t rows = 0;
    std::size_t flagged = 0;
    for (auto _ : state) {
        const AtRiskList list = groupsAtRiskByHotel(upcoming.list, gh, o);
        rows = list.rows.size();
        flagged = 0;
        for (const AtRiskRow& r : list.rows) {
            flagged += r.flags.empty() ? 0U : 1U;
        }
        benchmark::DoNotOptimize(list);
    }
    state.counters["groups"] = static_cast<double>(rows);
    state.counters["flagged"] = static_cast<double>(flagged);
}
BENCHMARK(BM_GroupsAtRiskFiveThousandUpcoming)->Arg(2'000)->Unit(benchmark::kMillisecond);

} // namespace
