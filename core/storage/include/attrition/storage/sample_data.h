#pragma once

#include "attrition/domain/contract.h"
#include "attrition/domain/hotel_night.h"
#include "attrition/domain/scenario.h"
#include "attrition/storage/repository.h"
#include "attrition/storage/result.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
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

/// The rooms a sample hotel can sell: 700 to 1,600 (drawn from the seed and the hotel's name), or more where
/// one night of a group's block needs it: at least a quarter more than `largestNight`, rounded up to ten.
std::int32_t sampleCapacity(std::string_view hotel, std::uint64_t seed, std::int32_t largestNight = 0);

/// The hotel's outlook the samples ship (what a quote weighs a group against, docs/QUOTE_METHODS.md), for
/// every night from `first` to `last`, both included, in `currency`: the capacity on every night, and
/// unconstrained transient demand (to a tenth of a room) that follows the hotel's week (a city hotel full
/// from Monday to Thursday, a resort, retreat, lodge, manor or spa at the weekend), a season that peaks on a
/// day of the year of its own, a few compression nights (a city-wide event) and a little noise night by
/// night; the transient net ADR rises with the demand around the hotel's own rate (whole units, hundreds of
/// yen), the ancillary profit is a share of that rate. The hotel's traits come from the seed and its name,
/// each night from them and its date alone, so a night is the same whatever the range asked for.
std::vector<HotelNight> sampleHotelOutlook(std::string_view hotel, Currency currency, std::int32_t capacity,
                                           Date first, Date last, std::uint64_t seed);

/// What the samples' outlook covers, contract by contract: per hotel, the currency of its first contract, the
/// nights from its earliest arrival to the night before its latest departure, and the largest block of one
/// night (all room types).
class SampleOutlookCover {
public:
    void add(const Contract& contract);
    bool empty() const { return hotels_.empty(); }
    /// Saves each hotel's outlook (sampleHotelOutlook, sampleCapacity) over its nights, a hotel at a time.
    /// What is stored stays: only the nights without an outlook are saved, and none for a hotel whose stored
    /// outlook is in another currency than its contracts'.
    Result<void> save(ContractRepository& repository, std::uint64_t seed, std::string_view user) const;

    struct Hotel {
        Currency currency;
        Date first;
        Date last;
        std::int32_t largestNight = 0;
    };
    const std::map<std::string, Hotel>& hotels() const { return hotels_; }

private:
    std::map<std::string, Hotel> hotels_;
};

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
    /// The hotel's outlook of every hotel of the contracts over the nights of their stays
    /// (SampleOutlookCover), saved after them.
    bool withOutlook = true;
    /// Contracts stored before (the bundled samples) whose hotels and stays the outlook covers as well.
    std::span<const Contract> outlookAlsoFor;
    std::string user = "sample-data";
    std::function<void(std::int64_t done, std::int64_t total)> progress;
};

/// Saves sample contracts (with their pickup reports and scenarios), then the hotels' outlook, into a
/// repository. Returns how many contracts were saved.
Result<std::int64_t> populateSampleData(ContractRepository& repository, const SampleDataOptions& options);

} // namespace attrition::storage
