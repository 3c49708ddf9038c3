#pragma once

#include "attrition/domain/contract.h"
#include "attrition/domain/scenario.h"
#include "attrition/storage/repository.h"
#include "attrition/storage/result.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attrition::storage {

/// Plausible contracts for demonstrations, fixtures and benchmarks: a few thousand organizers with repeat
/// business at a few dozen hotels, stays of one to six nights with shoulder nights, one to three room types,
/// pickup, audit credits, resale, review dates with reductions, F&B minimums, meeting room scales,
/// cancellation tiers and deposits, in USD, EUR, GBP, JPY and KWD. The same seed and index always give the
/// same contract, and every contract passes the engine's validation.
Contract sampleContract(std::uint64_t seed, std::int64_t index);

/// The day the generator stands on: contracts arriving before it have happened, later ones are upcoming.
Date sampleToday();

/// Dates contracts relative to `today`, each moved by a whole number of weeks so that weekdays, every
/// difference between two dates and so every amount owed stay: actualized groups (with their final pickup)
/// have left by `today`, cancelled ones gave notice before it, and the others, still to come, arrive after
/// it, their signing, reductions, deposits and pickup reports before it. All are moved alike where one shift
/// fits them all, the latest past date of them landing in the week before `today`; a contract that this
/// shift would misplace is moved by the nearest shift that places it. `histories` is empty or holds each
/// contract's pickup reports, moved with it. Returns each contract's shift in days.
std::vector<std::int32_t> placeBeforeToday(std::vector<Contract>& contracts,
                                           std::vector<std::vector<PickupSnapshot>>& histories, Date today);

/// The market segment of a group, for the shape of its booking curve. Contracts carry no segment: the
/// generator derives it from the account (sampleSegment).
enum class Segment : std::uint8_t { Association, Corporate, Smerf, Incentive };
const char* segmentName(Segment segment) noexcept;

/// The segment of an account, from a hash of its name (FNV-1a): every group of an organizer has the same
/// segment, and the four are about equally common.
Segment sampleSegment(std::string_view account);

/// The pickup history of a sample contract with pickup: reports from its signing to its arrival (past
/// groups, the last one on the arrival day and equal to the final pickup) or to sampleToday() (upcoming
/// groups, the last one equal to the contract's pickup); every 3 days in the last 30 days before arrival,
/// weekly to 180 days, every 4 weeks before. Pickup follows the S-shaped booking curve of the account's
/// segment, with late surges and stalls (silent attrition); no report is above the final pickup, and pickup
/// drops between reports by at most 5% of the final. Every report lists every night and room type of the
/// pickup. A cancelled group's reports run from its signing to its cancellation notice (or sampleToday(),
/// if earlier), heading for 45% to 95% of its block, per night and room type of the block; the report of
/// the notice day holds no rooms. Empty for any other contract without pickup, or one signed after
/// sampleToday().
std::vector<PickupSnapshot> samplePickupSnapshots(const Contract& contract, std::uint64_t seed);

/// Two what-if scenarios of a sample contract ("Pickup at 70%", "Cancel 60 days out").
std::vector<Scenario> sampleScenarios(const Contract& contract);

struct SampleDataOptions {
    std::int64_t contracts = 1000;
    std::uint64_t seed = 1;
    std::int64_t firstIndex = 0;   ///< the first contract's index (references run on from it)
    bool withSnapshots = true;     ///< the pickup history of every contract with pickup
    bool withScenarios = true;     ///< scenarios for every tenth contract
    std::int64_t batchSize = 2000; ///< contracts saved per transaction
    /// The day the contracts are made for: when set, every contract and its pickup reports are moved by the
    /// days from sampleToday() to it (and a year in a group's name follows its arrival), so that groups that
    /// arrived before it are past and the others upcoming. Unset: sampleToday().
    std::optional<Date> today;
    std::string user = "sample-data";
    std::function<void(std::int64_t done, std::int64_t total)> progress;
};

/// Saves sample contracts (with their pickup reports and scenarios) into a repository. Returns how many
/// contracts were saved.
Result<std::int64_t> populateSampleData(ContractRepository& repository, const SampleDataOptions& options);

} // namespace attrition::storage
