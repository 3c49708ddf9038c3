// Speed of customer attrition by account (attrition/engine/accounts.h) over the 100,000 contracts of the
// sample database (sampleContract with the benchmark database's seed, 2027), generated in memory so that only
// the work of accounts() is timed: every contract validated, the actualized and cancelled ones assessed by
// the engine, then gathered by account with their events, pickup trend, damages per currency, stays,
// rebooking cycle and the rules of the accounts at risk. One in four prospects and tentatives is made lost
// (the generator makes none), as in the pipeline benchmark. Target: 300 ms for the whole table. Results:
// docs/PERFORMANCE.md.

#include "attrition/engine/accounts.h"
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

const Date kToday = Date::fromYmd(2027, 7, 1).value();

void BM_AccountsOf100000Contracts(benchmark::State& state) {
    const std::vector<Contract>& contracts = sampleContracts();
    for (auto _ : state) {
        AccountList list = accounts(contracts, kToday);
        benchmark::DoNotOptimize(list);
    }
    const AccountList list = accounts(contracts, kToday);
    std::int64_t atRisk = 0;
    for (const Account& a : list.accounts) {
        atRisk += a.risks.empty() ? 0 : 1;
    }
    state.counters["accounts"] = static_cast<double>(list.accounts.size());
    state.counters["at_risk"] = static_cast<double>(atRisk);
}
BENCHMARK(BM_AccountsOf100000Contracts)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

void BM_AccountsOfOneHotel(benchmark::State& state) {
    const std::vector<Contract>& contracts = sampleContracts();
    PipelineFilter filter;
    filter.hotel = contracts.front().hotel;
    for (auto _ : state) {
        AccountList list = accounts(contracts, kToday, {}, filter);
        benchmark::DoNotOptimize(list);
    }
    state.counters["contracts"] = static_cast<double>(accounts(contracts, kToday, {}, filter).contracts);
}
BENCHMARK(BM_AccountsOfOneHotel)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

} // namespace

BENCHMARK_MAIN();
