// Speed of the forecast: the forecast and damages risk of the typical contract with 10,000 Monte Carlo draws
// (target 20 ms), the forecast of 1,000 upcoming contracts against 100,000 past ones (2 s), and a backtest
// of 10,000 past groups at four horizons (10 s). Medians; see docs/PERFORMANCE.md.
#include "attrition/engine/forecast.h"
#include "attrition/engine/quote.h"
#include "synthetic_groups.h"
#include "typical_contract.h"

#include <benchmark/benchmark.h>

using namespace attrition;
using namespace attrition::forecast;

namespace {

std::vector<GroupHistory> histories(const std::vector<synthetic::PastGroup>& groups) {
    std::vector<GroupHistory> h;
    h.reserve(groups.size());
    for (const synthetic::PastGroup& g : groups) {
        h.push_back(GroupHistory{&g.contract, g.snapshots});
    }
    return h;
}

ForecastOptions thirtyDaysOut(const Contract& c) {
    ForecastOptions o;
    o.today = c.arrival.addDays(-30);
    o.draws = 10'000;
    return o;
}

/// Forecast, then 10,000 draws through the damages engine, with `state.range(0)` past groups behind the
/// error distribution (each distinct error is assessed once, then every draw reuses its exact damages).
void BM_ForecastAndRiskTenThousandDraws(benchmark::State& state) {
    const Contract c = bench::typicalContract();
    const auto groups = synthetic::pastGroups(static_cast<int>(state.range(0)), 1, 5, 3);
    const History history(histories(groups));
    const ForecastOptions o = thirtyDaysOut(c);
    for (auto _ : state) {
        const Forecast f = forecastPickup(c, history, o);
        const DamagesRisk r = damagesRisk(c, f, o);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_ForecastAndRiskTenThousandDraws)->Arg(200)->Arg(10'000)->Unit(benchmark::kMillisecond);

void BM_ForecastThousandUpcomingAgainstHundredThousand(benchmark::State& state) {
    const auto groups = synthetic::pastGroups(100'000, 2, 5, 3);
    const auto gh = histories(groups);
    const Contract c = bench::typicalContract();
    for (auto _ : state) {
        const History history(gh);
        double total = 0;
        for (int i = 0; i < 1000; ++i) {
            ForecastOptions o;
            o.today = c.arrival.addDays(-(i % 180));
            total += forecastPickup(c, history, o).expected;
        }
        benchmark::DoNotOptimize(total);
    }
}
BENCHMARK(BM_ForecastThousandUpcomingAgainstHundredThousand)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_BacktestTenThousandAtFourHorizons(benchmark::State& state) {
    const auto groups = synthetic::pastGroups(10'000, 3, 5, 3);
    const auto gh = histories(groups);
    const std::array<std::int32_t, 4> horizons = {90, 60, 30, 14};
    for (auto _ : state) {
        const History history(gh);
        const auto results = backtest(history, horizons);
        benchmark::DoNotOptimize(results);
    }
}
BENCHMARK(BM_BacktestTenThousandAtFourHorizons)->Unit(benchmark::kMillisecond);

} // namespace

namespace {

/// A proposal of 7 nights x 4 room types and the hotel's outlook for its nights, quoted with 10,000 wash
/// draws from the washes of `state.range(0)` past groups (each distinct wash, and each distinct pickup it
/// gives, is worked out once).
void BM_QuoteSevenNightsFourTypesTenThousandDraws(benchmark::State& state) {
    const Currency usd = *Currency::fromCode("USD");
    Contract c = bench::typicalContract();
    c.status = ContractStatus::Prospect;
    c.departure = c.arrival.addDays(7);
    c.block.clear();
    c.pickup.clear();
    const std::array<const char*, 4> types{"KING", "QUEEN", "SUITE", "ACCESSIBLE"};
    std::vector<quote::HotelNight> outlook;
    for (int night = 0; night < 7; ++night) {
        const Date d = c.arrival.addDays(night);
        for (int t = 0; t < 4; ++t) {
            c.block.push_back(
                {d, types[static_cast<std::size_t>(t)], 30 + 10 * t, Money::fromMajor(150 + 40 * t, usd)});
        }
        outlook.push_back({d, 400, Quantity::whole(220 + 15 * night), Money::fromMajor(185, usd),
                           Money::fromMajor(25, usd)});
    }
    const auto groups = synthetic::pastGroups(static_cast<int>(state.range(0)), 1, 5, 3);
    const std::vector<GroupHistory> past = histories(groups);
    const quote::WashDistribution wash = quote::washDistribution(past, c.account);
    quote::QuoteOptions o;
    o.draws = 10'000;
    o.margins.roomVariableCost = Money::fromMajor(32, usd);
    o.margins.groupCommission = Percent::fromPoints(10);
    for (auto _ : state) {
        const quote::Quote q = quote::quoteGroup(c, outlook, wash, o);
        benchmark::DoNotOptimize(q);
    }
}
BENCHMARK(BM_QuoteSevenNightsFourTypesTenThousandDraws)->Arg(200)->Arg(10'000)->Unit(benchmark::kMillisecond);

} // namespace
