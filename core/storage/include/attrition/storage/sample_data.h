#pragma once

#include "attrition/domain/contract.h"
#include "attrition/domain/scenario.h"
#include "attrition/storage/repository.h"
#include "attrition/storage/result.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace attrition::storage {

/// Plausible contracts for demonstrations, fixtures and benchmarks: a few thousand organizers with repeat
/// business at a few dozen hotels, stays of one to six nights with shoulder nights, one to three room types,
/// pickup, audit credits, resale, review dates with reductions, F&B minimums, meeting room scales,
/// cancellation tiers and deposits, in USD, EUR, GBP, JPY and KWD. The same seed and index always give the
/// same contract, and every contract passes the engine's validation.
Contract sampleContract(std::uint64_t seed, std::int64_t index);

/// Pickup reports of a sample contract, weekly up to its cutoff, pickup growing towards its final value.
std::vector<PickupSnapshot> samplePickupSnapshots(const Contract& contract, std::uint64_t seed);

/// Two what-if scenarios of a sample contract ("Pickup at 70%", "Cancel 60 days out").
std::vector<Scenario> sampleScenarios(const Contract& contract);

struct SampleDataOptions {
    std::int64_t contracts = 1000;
    std::uint64_t seed = 1;
    std::int64_t firstIndex = 0;   ///< the first contract's index (references run on from it)
    bool withSnapshots = true;     ///< pickup reports for every tenth contract
    bool withScenarios = true;     ///< scenarios for every tenth contract
    std::int64_t batchSize = 2000; ///< contracts saved per transaction
    std::string user = "sample-data";
    std::function<void(std::int64_t done, std::int64_t total)> progress;
};

/// Saves sample contracts (with their pickup reports and scenarios) into a repository. Returns how many
/// contracts were saved.
Result<std::int64_t> populateSampleData(ContractRepository& repository, const SampleDataOptions& options);

} // namespace attrition::storage
