// Speed of the damages engine: one assessment of a typical contract, the pickup sweep a chart draws, and a
// daily cancellation sweep over two years. Targets: 2 us, 300 us and 1 ms (medians).
#include "attrition/engine/engine.h"
#include "typical_contract.h"

#include <array>
#include <benchmark/benchmark.h>

using namespace attrition;

namespace {

using bench::date;
using bench::typicalContract;

void BM_AssessTypicalContract(benchmark::State& state) {
    const Contract c = typicalContract();
    for (auto _ : state) {
        Assessment a = assess(c);
        benchmark::DoNotOptimize(a);
    }
}
BENCHMARK(BM_AssessTypicalContract);

void BM_AssessNightByNight(benchmark::State& state) {
    Contract c = typicalContract();
    c.attrition.method = AttritionMethod::NightByNight;
    for (auto _ : state) {
        Assessment a = assess(c);
        benchmark::DoNotOptimize(a);
    }
}
BENCHMARK(BM_AssessNightByNight);

void BM_AssessCancelled(benchmark::State& state) {
    Contract c = typicalContract();
    c.cancellationNotice = date("2027-03-01");
    for (auto _ : state) {
        Assessment a = assess(c);
        benchmark::DoNotOptimize(a);
    }
}
BENCHMARK(BM_AssessCancelled);

void BM_PickupSweep151Points(benchmark::State& state) {
    const Contract c = typicalContract();
    for (auto _ : state) {
        auto points = sweepPickup(c, 0, 150, 1);
        benchmark::DoNotOptimize(points);
    }
}
BENCHMARK(BM_PickupSweep151Points)->Unit(benchmark::kMicrosecond);

void BM_CancellationSweepTwoYearsDaily(benchmark::State& state) {
    const Contract c = typicalContract();
    for (auto _ : state) {
        auto points = sweepCancellation(c, c.arrival.addDays(-730), c.arrival);
        benchmark::DoNotOptimize(points);
    }
}
BENCHMARK(BM_CancellationSweepTwoYearsDaily)->Unit(benchmark::kMicrosecond);

void BM_MoneyTimesPercent(benchmark::State& state) {
    const Money amount(123'456'789, *Currency::fromCode("USD"));
    const Percent rate = *Percent::parse("8.875");
    for (auto _ : state) {
        Money m = amount.times(rate, RoundingMode::HalfUp);
        benchmark::DoNotOptimize(m);
    }
}
BENCHMARK(BM_MoneyTimesPercent);

} // namespace
