// Speed of the sales pipeline (attrition/engine/pipeline.h) over the 100,000 contracts of the sample
// database (sampleContract with the benchmark database's seed, 2027), generated in memory so that only the
// aggregation is timed: every contract validated and assessed by the engine, then added up by stage, arrival
// month and currency with the conversion, wash and damages assessed. One in four prospects and tentatives
// is made lost (the generator makes none). Target: 300 ms for the whole table. Results: docs/PERFORMANCE.md.

#include "attrition/engine/pipeline.h"
#include "attrition/storage/sample_data.h"

#include <benchmark/benchmark.h>
#include <vector>

using namespace attrition;

namespace {

constexpr std::int64_t kContracts = 100'000;

const std::vector<Contract>& sampleContracts() {
    static const std::vector<Contract> contracts = [] {
        std::vector<Contract> all;
        all.reserve(kContracts);
        std::int64_t open = 0;
        for (std::int64_t i = 0; i < kContracts; ++i) {
            Contract c = storage::sampleContract(2027, i);
            if ((c.status == ContractStatus::Prospect || c.status == ContractStatus::Tentative) &&
                open++ % 4 == 0) {
                c.status = ContractStatus::Lost;
                c.lostReason = static_cast<LostReason>(open % 4);
            }
            all.push_back(std::move(c));
        }
        return all;
    }();
    return contracts;
}

void BM_PipelineOf100000Contracts(benchmark::State& state) {
    const std::vector<Contract>& contracts = sampleContracts();
    for (auto _ : state) {
        Pipeline p = pipeline(contracts);
        benchmark::DoNotOptimize(p);
    }
    state.counters["rows"] = static_cast<double>(pipeline(contracts).rows.size());
}
BENCHMARK(BM_PipelineOf100000Contracts)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

void BM_PipelineOfOneHotel(benchmark::State& state) {
    const std::vector<Contract>& contracts = sampleContracts();
    PipelineFilter filter;
    filter.hotel = contracts.front().hotel;
    for (auto _ : state) {
        Pipeline p = pipeline(contracts, filter);
        benchmark::DoNotOptimize(p);
    }
    state.counters["contracts"] = static_cast<double>(pipeline(contracts, filter).contracts);
}
BENCHMARK(BM_PipelineOfOneHotel)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

} // namespace

BENCHMARK_MAIN();
